"""Scoring our own probe sets (tests/fixtures/probe_*26.jsonl): one JSON object a line, a
sentence (or a short document) with the event word, its PLOVER type and its source and target
countries. Each probe is its own document, published on its "date" (2000-01-01 when it has none,
the day PLOVER-GSR is read on)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "ACCUSE", "REQUEST",
                          "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})


def records(name: str) -> list[dict]:
    path = FIXTURES / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _coded(recs: list[dict]):
    from diplograph.pipeline import process
    from diplograph.types import Document, content_id

    docs = [Document(id=content_id(r["text"]) + f"-{i}", text=r["text"],
                     published=date.fromisoformat(r["date"]) if r.get("date") else date(2000, 1, 1))
            for i, r in enumerate(recs)]
    return zip(recs, process(docs))


def type_score(name: str) -> tuple[int, int]:
    """(how many probes get their type, how many probes): the event on the probe's word, picked
    as the PLOVER-GSR scorer picks it (plover_gsr.main_event) and read in PLOVER's view."""
    from diplograph.evaluation.plover_gsr import main_event
    from diplograph.events.ontology import ontology

    onto = ontology()
    recs = records(name)
    good = 0
    for rec, doc in _coded(recs):
        words = set(re.findall(r"[a-z]+", rec["trigger"].lower()))
        main = main_event(list(getattr(doc, "events", ())), words)
        good += bool(main and main.trigger.lower() in words and onto.plover_view(main.type, main.modality) == rec["type"])
    return good, len(recs)


def _side_ok(gold, ours) -> bool:
    """A side the probe leaves null is not checked; a list gives the answers that are right."""
    return gold is None or ours in ([gold] if isinstance(gold, str) else gold)


def side_score(name: str) -> tuple[int, int]:
    """(how many probes have an event on their trigger words, how many of those have the probe's
    source and target countries): the event picked is the asserted, then the most confident, one;
    a probe marked "symmetric" ("X and Y signed") may be read either way round."""
    from diplograph.evaluation.plover_gsr import _our_code

    on_trigger = right = 0
    for r, doc in _coded(records(name)):
        words = {w.lower() for w in r["trigger"].split()}
        events = [e for e in doc.events if words & set(e.trigger.lower().split())]
        main = max(events, key=lambda e: (e.modality == "asserted", e.confidence), default=None)
        if main is None:
            continue
        on_trigger += 1
        src, tgt = _our_code(main.source), _our_code(main.target)
        ok = _side_ok(r["source"], src) and _side_ok(r["target"], tgt)
        if not ok and r.get("symmetric"):
            ok = _side_ok(r["source"], tgt) and _side_ok(r["target"], src)
        right += ok
    return on_trigger, right


def plover(text: str) -> dict[str, str]:
    """Event word -> its type in PLOVER's view (a promise of an act is AGREE), for one sentence."""
    from conftest import role_events
    from diplograph.events.ontology import ontology

    onto = ontology()
    return {e.trigger.lower(): onto.plover_view(e.type, e.modality) for e in role_events(text)}


def tokens(text: str):
    """The parsed words of a one-paragraph text, as the pipeline parses them."""
    from diplograph.nlp import parse
    from diplograph.types import Document

    doc = parse([Document(id="t", text=text, published=date(2000, 1, 1))])[0]
    return [t for _, sdoc in doc.parse for t in sdoc]
