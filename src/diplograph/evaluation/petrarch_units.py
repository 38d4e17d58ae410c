"""Role mechanics against PETRARCH's coder unit tests (``PETR.UnitTest.records.jsonl``): short
sentences about fictional states ("Arnor", "Gondor") and a few real ones, written to test how a
coder finds who did what to whom: compound subjects and objects, passives, agent words that give
an actor its role, comma clauses, date-bounded actor codes, odd parses. Each record has gold
events (source code, target code, event code) or none.

The actors come from the set's own dictionary (``PETR.Validate.actors.txt``, beside the records
unless given): its names are made known to our resolver for the run only
(:func:`diplograph.actors.lexicon.extra_names`), with codes as the dictionary gives them; a
three-letter code or prefix is read as a country, a longer code as a named body with its role
(MORMIL), dated codes with their dates, a name the dictionary codes differently from us
("Egypt" UAR) as the dictionary does. Two kinds of dictionary entry are left out: null codes
(``---``, ``+++``: the name is to be skipped), and all but the first code of a coded compound
(``ELR/GAL``: one name for several actors, which our resolver cannot give). The agent, verb and
discard dictionaries are not read: our own sector words, verbs and filters are what is measured.

Scores, as the petrarch suite's: a gold event is matched by one of our events (of any modality:
the set codes "is about to restore" and "will not wire tap" alike) with the same source and
target prefixes (the first three letters of the codes); a side the gold leaves without a country
(``---GOV``, none) is matched by one of ours without a country. Then, of the matched, whether the
event codes share their root (two digits) and whether the full actor codes agree (the agents).
The event codes are the validation verb dictionary's, which its notes say are mostly WEIS, not
CAMEO, with private codes (9xx, 345, 1717) for pattern tests: the root agreement is a rough
signal only; the dyad is the measure of the mechanics. Records without events measure false
alarms. Everything is reported per category too (MODIFY split into its PASSIVE and COMMA
records), to show which mechanics fail.

Left out (``EXCLUDED`` says which and why, from each record's comments):
- records marked ``sentence="false"`` (DEMO-04, AGENT-08, the second AGENTS-18 and AGENTS-19,
  COMPOUND-28): features PETRARCH does not implement, or a known fault of its own;
- ERROR-01..03: input PETRARCH is to reject (a dateline, parse trees left unbalanced on
  purpose); the text we read is whole, so the record tests nothing of ours;
- DISCARD-01: a story dropped for one word ("typhoon") naming what happened years before the
  event the sentence reports. The other DISCARD records (sport fixtures) count as no-event;
- ACTOR-01, -03, -04: one sentence, with events under an option that builds actors from unknown
  noun phrases and none without it; ACTOR-02, the same under that option, likewise. The gold
  says what an option does, not what the sentence means;
- repeats of a sentence whose gold follows another configuration: AGENT-12 and AGENT-13
  (AGENT-09's sentence, coded with agent entries the sentence does not contain), DEMO-22
  (DEMO-21's, plus an actor kept only "if allowed"), AFP0808020593-1b (the -1a sentence under a
  parse that loses an event the comments call legitimate).
And, inside the kept records, gold events with no coded actor on either side ("a senior official
said": ``---GOV`` to ``---``), which PETRARCH emits only with ``require_dyad`` off; they are
counted, not scored.

``split`` takes the same stable halves by record id as plover-gsr: dev is read while developing,
held-out is only measured.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from diplograph.evaluation import EvalReport, prf, require
from diplograph.evaluation.petrarch import _day
from diplograph.evaluation.plover_gsr import SPLITS, in_split

DEFAULT_PATH = "../shared/eval/petrarch/PETR.UnitTest.records.jsonl"
ACTORS_FILE = "PETR.Validate.actors.txt"
SOURCE = "petrarch-units"  # the Entry.source of the names the suite adds

EXCLUDED = {
    "ERROR-01": "input to reject (a dateline), not a sentence to code",
    "ERROR-02": "a parse tree broken on purpose; the text is whole",
    "ERROR-03": "a parse tree broken on purpose; the text is whole",
    "DISCARD-01": "story discarded for a word about a past event (typhoon)",
    "ACTOR-01": "gold depends on an option that builds actors from unknown noun phrases",
    "ACTOR-02": "gold depends on an option that builds actors from unknown noun phrases",
    "ACTOR-03": "gold depends on an option that builds actors from unknown noun phrases",
    "ACTOR-04": "gold depends on an option that builds actors from unknown noun phrases",
    "AGENT-12": "AGENT-09's sentence, coded with agent entries it does not contain",
    "AGENT-13": "AGENT-09's sentence, coded with agent entries it does not contain",
    "DEMO-22": "DEMO-21's sentence, plus an actor kept only when an option allows",
    "AFP0808020593-1b": "the -1a sentence under a parse that loses a legitimate event",
}
# the gold's marks for a side with no coded actor: PETRARCH's null code and its discard code
NULL_CODES = ("---", "###")
GROUP_PREFIXES = ("IGO", "NGO", "IMG")


# --- the actor dictionary -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DictCode:
    """One code of a dictionary entry, with the dates it holds (None: open)."""

    code: str
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class DictActor:
    """A dictionary entry: its name, its synonyms and its codes."""

    name: str
    synonyms: tuple[str, ...]
    codes: tuple[DictCode, ...]


_COMMENT_BLOCK = re.compile(r"<!\s*--.*?-->", re.S)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RANGE = re.compile(r"(\d{6,8})\s*-\s*(\d{6,8})")
_BEFORE = re.compile(r"<\s*(\d{6,8})")
_AFTER = re.compile(r">\s*(\d{6,8})")
_CODE = re.compile(r"[A-Z0-9]{3,}")


def _dict_date(value: str) -> date:
    """YYYYMMDD, or YYMMDD as the older entries write it (1930-2029)."""
    if len(value) == 6:
        yy = int(value[:2])
        value = f"{1900 + yy if yy >= 30 else 2000 + yy}{value[2:]}"
    return date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def _dict_code(block: str) -> DictCode | None:
    """``[HOBGOV 19950601 - 19990815]``, ``[HOB < 950601]``, ``[HOBREB > 990816]``, ``[ELR/GAL]``:
    the first code and its dates; None for a null code (``---``) or one that is no code."""
    block = block.strip()
    head = block.split()[0] if block else ""
    code = head.split("/")[0].upper()
    if not _CODE.fullmatch(code):
        return None
    rest = block[len(head):]
    if m := _RANGE.search(rest):
        return DictCode(code, _dict_date(m[1]), _dict_date(m[2]))
    if m := _BEFORE.search(rest):
        return DictCode(code, None, _dict_date(m[1]) - timedelta(days=1))
    if m := _AFTER.search(rest):
        return DictCode(code, _dict_date(m[1]) + timedelta(days=1), None)
    return DictCode(code)


def _phrase(raw: str) -> str:
    """A dictionary name as words: underscores are spaces, a trailing one (a whole-word mark) goes."""
    return " ".join(raw.replace("_", " ").split())


def read_actors(path: Path) -> list[DictActor]:
    """The entries of a PETRARCH/TABARI actor dictionary: ``NAME [CODE]`` lines, ``+SYNONYM``
    lines under them, codes on lines of their own, ``#`` and ``<!-- -->`` comments."""
    text = _COMMENT_BLOCK.sub("", require(Path(path), "give the PETRARCH validation actor dictionary").read_text(
        encoding="utf-8", errors="replace"))
    out: list[DictActor] = []
    name, synonyms, codes = None, [], []

    def close() -> None:
        if name and codes:
            out.append(DictActor(name, tuple(synonyms), tuple(codes)))

    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        found = [c for c in map(_dict_code, _CODE_BLOCK.findall(line)) if c]
        bare = _CODE_BLOCK.sub("", line).strip()
        if line.startswith("+"):
            if name and bare[1:].strip():
                synonyms.append(_phrase(bare[1:]))
        elif line.startswith("["):
            codes.extend(found)
        else:
            close()
            name, synonyms, codes = _phrase(bare), [], found
    close()
    return out


def _display(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split())


def lexicon_names(actors: list[DictActor]) -> tuple[list, dict[str, str]]:
    """(phrase, Entry) pairs for :func:`~diplograph.actors.lexicon.extra_names` and the code ->
    name table of the dictionary's country prefixes."""
    from diplograph.actors.lexicon import Entry

    # a country's name is that of the entry with the bare code ("Mordor" MOR, not "Durthang Orc" MORORC)
    bare = {c.code: _display(a.name) for a in reversed(actors) for c in a.codes if len(c.code) == 3}
    names, countries = [], {}
    for actor in actors:
        entity = _display(actor.name)
        entries = []
        for c in actor.codes:
            head = c.code[:3]
            if head in GROUP_PREFIXES:
                entry = Entry("igo", c.code, None, None, entity, c.valid_from, c.valid_to, source=SOURCE)
            else:
                countries.setdefault(head, bare.get(head, entity))
                dated = c.valid_from is not None or c.valid_to is not None
                kind = "country" if len(c.code) == 3 and not dated else "seat"
                entry = Entry(kind, c.code, head, c.code[3:] or None, entity, c.valid_from, c.valid_to, source=SOURCE)
            entries.append(entry)
        for phrase in (actor.name, *actor.synonyms):
            names.extend((phrase, e) for e in entries)
    return names, countries


# --- the records ----------------------------------------------------------------------------
def load(path: Path, split: str = "all") -> tuple[list[dict], Counter]:
    """The records kept, in the split, and the count of those left out by reason."""
    require(Path(path), "give PETR.UnitTest.records.jsonl")
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    kept, left = [], Counter()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if not in_split(str(rec.get("id", "")), split):
            continue
        if str(rec.get("sentence", "true")).lower() == "false":
            left["marked sentence=false"] += 1
        elif rec.get("id") in EXCLUDED:
            left[EXCLUDED[rec["id"]]] += 1
        elif rec.get("text"):
            kept.append(rec)
    return kept, left


def group(rec: dict) -> str:
    """The mechanic a record tests: its category, MODIFY split into PASSIVE and COMMA."""
    category = str(rec.get("category") or "-").rstrip("x")
    category = {"AGENTS": "AGENT"}.get(category, category)
    if category == "MODIFY":
        return str(rec.get("id", "")).split("-")[0]
    return category


def _gold_side(code: str | None) -> str | None:
    if not code or code.startswith(NULL_CODES):
        return None
    return code[:3].upper()


def _our_side(actor) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code[:3] in GROUP_PREFIXES else None


def _full(code: str | None) -> str:
    code = (code or "").upper()
    while code.startswith(NULL_CODES):
        code = code[3:]
    return code


def gold_events(rec: dict) -> tuple[list[dict], int]:
    """The gold events scored, and the number without a coded actor on either side."""
    events = [] if rec.get("noevents") else [e for e in rec.get("events") or [] if e.get("code")]
    scored = [e for e in events if _gold_side(e.get("source")) or _gold_side(e.get("target"))]
    return scored, len(events) - len(scored)


@dataclass
class Tally:
    """Counts for one group of records."""

    records: int = 0
    gold: int = 0
    matched: int = 0
    ours: int = 0
    root: int = 0
    full: int = 0
    quiet: int = 0
    alarms: int = 0

    def add(self, other: "Tally") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


def score_record(rec: dict, events) -> tuple[Tally, int, list[str]]:
    """One record's counts against our events, the gold events not scored, and its misses."""
    gold, unscored = gold_events(rec)
    t = Tally(records=1, ours=len(events))
    misses = []
    head = f"{rec['id']} [{group(rec)}]"
    ours = ", ".join(f"{e.source and e.source.code}->{e.target and e.target.code} {e.cameo}" for e in events) or "none"
    if not gold:
        t.quiet = 1
        if events:
            t.alarms = 1
            misses.append(f"alarm {head}: ours {ours} | {rec['text'][:150]}")
        return t, unscored, misses
    used: set[int] = set()
    for g in gold:
        t.gold += 1
        gs, gt, code = _gold_side(g.get("source")), _gold_side(g.get("target")), str(g["code"])
        cand = [e for e in events if id(e) not in used and _our_side(e.source) == gs and _our_side(e.target) == gt]
        if not cand:
            misses.append(f"miss  {head}: gold {g.get('source')}->{g.get('target')} {code}, ours {ours} | {rec['text'][:150]}")
            continue
        best = max(cand, key=lambda e: ((e.cameo or "")[:2] == code[:2],
                                        _full(e.source and e.source.code) == _full(g.get("source"))
                                        and _full(e.target and e.target.code) == _full(g.get("target"))))
        used.add(id(best))
        t.matched += 1
        t.root += (best.cameo or "")[:2] == code[:2]
        t.full += (_full(best.source and best.source.code) == _full(g.get("source"))
                   and _full(best.target and best.target.code) == _full(g.get("target")))
    return t, unscored, misses


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def run(path: Path, *, actors: Path | None = None, split: str = "all") -> EvalReport:
    from diplograph.actors.lexicon import extra_names
    from diplograph.pipeline import process
    from diplograph.types import Document, content_id

    path = Path(path)
    records, left = load(path, split)
    actors = Path(actors) if actors else path.with_name(ACTORS_FILE)
    names, countries = lexicon_names(read_actors(actors))
    docs = [Document(id=f"{content_id(r['text'])}-{i}", text=r["text"], published=_day(r.get("date")))
            for i, r in enumerate(records)]
    with extra_names(names, countries=countries):
        results = process(docs)

    total, by_group = Tally(), {}
    unscored_all = 0
    misses: list[str] = []
    for rec, doc in zip(records, results):
        t, unscored, m = score_record(rec, list(getattr(doc, "events", ())))
        total.add(t)
        by_group.setdefault(group(rec), Tally()).add(t)
        unscored_all += unscored
        misses.extend(m)
    p, r, f = prf(total.matched, total.ours - total.matched, total.gold - total.matched)
    part = "" if split == "all" else f", {split} half"
    report = EvalReport(f"PETRARCH coder unit tests ({path.name}{part}, {len(records)} sentences, "
                        f"{total.gold} events; actors from {actors.name})")
    report.metrics = {
        "sentences": len(records),
        "left out (see the module's notes)": sum(left.values()),
        "gold events scored": total.gold,
        "gold events with no coded actor (not scored)": unscored_all,
        "our events": total.ours,
        "dyad matched (recall)": r,
        "dyad precision": p,
        "dyad F1": f,
        "code root agreement (of matched; gold codes mostly WEIS)": _ratio(total.root, total.matched),
        "full actor codes agree (of matched)": _ratio(total.full, total.matched),
        "no-event sentences": total.quiet,
        "of which we coded an event": total.alarms,
    }
    rows = []
    for name in sorted(by_group):
        t = by_group[name]
        gp, gr, _ = prf(t.matched, t.ours - t.matched, t.gold - t.matched)
        rows.append((name, t.records, t.gold, t.matched, round(gr, 3), round(gp, 3),
                     round(_ratio(t.root, t.matched), 3), round(_ratio(t.full, t.matched), 3),
                     t.quiet, t.alarms))
    report.tables.append(("Per category", ["category", "sentences", "gold", "matched", "recall", "precision",
                                           "root agree", "codes agree", "no-event", "alarms"], rows))
    report.misses = misses
    return report
