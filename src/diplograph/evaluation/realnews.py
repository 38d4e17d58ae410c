"""Event coding against sentences annotated by hand: our real-news gold, or a user's own.

A gold file is JSON lines, one sentence a line, with the events a careful coder finds in it::

    {"text": "...", "published": "2024-03-04",
     "events": [{"type": "ACCUSE", "source": "USAGOV", "target": "IRN", "modality": "asserted"}]}

A sentence may instead point into a corpus file that may not be copied (``corpus``, relative to
the folder given as ``corpora``; ``line``; the sentence's ``start`` and ``end`` in the document text
as diplograph reads it; ``sha1``, the first 12 hex digits of the SHA-1 of the stripped sentence).
The whole article is then run, so that references to earlier sentences resolve, and the events
whose evidence falls in the sentence are scored. ``tests/fixtures/realnews/GUIDE.md`` says how ours
were annotated.

Our events and the gold's are both read in PLOVER's view (an act announced for the future is a
promise, AGREE, or a threat, THREATEN; a refused one REJECT; ``plover.csv`` says which), as for
PLOVER-GSR, so an annotator may write either the act with its modality ("SANCTION", "future") or
the promise itself ("THREATEN", "asserted"). Scores are over sets per sentence:
- type: (sentence, type) pairs: precision, recall, micro F1, and macro F1 over the gold types;
- type + dyad: (sentence, type, source country, target country); an organisation counts by its
  IGO/NGO prefix, and a side with no actor is None on both sides alike;
- full code: (sentence, type, source code, target code);
- modality: of the type + dyad matches, how many have the gold modality, and how many events the
  gold says did not happen (negated, hedged, hypothetical, future, claimed) we call asserted.
"""
from __future__ import annotations

import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluation import EvalReport, bootstrap_intervals, prf, require

DEFAULT_PATH = "tests/fixtures/realnews/dev.jsonl"
DEFAULT_CORPORA = "../shared/corpora"
REPO_ROOT = Path(__file__).resolve().parents[3]
MODALITIES = ("asserted", "negated", "hedged", "hypothetical", "future", "claimed")
GROUP_PREFIXES = ("IGO", "NGO", "IMG")


def sentence_sha(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:12]


def gold_country(code: str | None) -> str | None:
    """The dyad-level reading of a gold code: its country, or an organisation's prefix."""
    if not code:
        return None
    return code.upper()[:3]


def our_country(actor) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code else None


@dataclass
class Item:
    """One gold sentence: where it is, and what the annotator coded."""

    where: str
    doc_key: str
    start: int
    end: int
    events: list[dict]
    text: str = ""


@dataclass
class Outcome:
    gold_types: set = field(default_factory=set)
    our_types: set = field(default_factory=set)
    gold_dyads: set = field(default_factory=set)
    our_dyads: set = field(default_factory=set)
    gold_full: set = field(default_factory=set)
    our_full: set = field(default_factory=set)


def _check_event(where: str, e: object, types: set[str]) -> dict:
    if not isinstance(e, dict):
        raise InputError(where, "each event must be an object with type, source, target, modality")
    t = str(e.get("type", "")).upper()
    if t not in types:
        raise InputError(where, f"unknown event type {e.get('type')!r}; use one of PLOVER's: {', '.join(sorted(types))}")
    m = e.get("modality") or "asserted"
    if m not in MODALITIES:
        raise InputError(where, f"unknown modality {m!r}; use one of {', '.join(MODALITIES)}")
    for side in ("source", "target"):
        v = e.get(side)
        if v is not None and not (isinstance(v, str) and v.strip()):
            raise InputError(where, f"{side} must be an actor code such as 'RUSGOV' or null")
    return {"type": t, "modality": m,
            "source": (e.get("source") or "").upper() or None, "target": (e.get("target") or "").upper() or None}


def _read_corpus_line(corpora: Path, rel: str, line: int):
    from diplograph.ingest.readers import ReadOptions, read_jsonl
    from diplograph.types import Document

    path = require(corpora / rel, "give the corpora folder with --corpora")
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n == line:
                got = list(read_jsonl(f"{rel}:{line}", io.BytesIO(raw), options=ReadOptions()))
                if got and isinstance(got[0], Document):
                    return got[0]
                reason = got[0].reason if got else "an empty line"
                raise InputError(f"{rel}:{line}", f"the corpus line cannot be read ({reason})")
    raise InputError(str(path), f"has no line {line}")


def load(path: Path, corpora: Path) -> tuple[list[Item], dict]:
    """The gold sentences and the documents to run, keyed by article. A record that does not
    parse, names an unknown type or modality, or no longer matches its corpus is an InputError
    naming ``file:line``: a gold file is either read whole or not scored."""
    from diplograph.events.ontology import ontology
    from diplograph.types import Document, content_id

    require(path, "give a gold file of annotated sentences")
    types = set(ontology().types)
    items: list[Item] = []
    docs: dict[str, object] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("events", []), list):
            raise InputError(where, "each line must be an object with an 'events' list")
        events = [_check_event(where, e, types) for e in rec.get("events", [])]
        if isinstance(rec.get("text"), str):
            text = rec["text"]
            published = None
            if rec.get("published"):
                try:
                    published = date.fromisoformat(str(rec["published"])[:10])
                except ValueError:
                    raise InputError(where, f"published {rec['published']!r} is not a YYYY-MM-DD date") from None
            key = f"inline:{where}"  # the file's own: pooled files may both have a line n
            docs[key] = Document(id=content_id(text) + f"-{n}", text=text, published=published, path=where)
            items.append(Item(where, key, 0, len(text), events, text))
            continue
        try:
            rel, line, start, end = rec["corpus"], int(rec["line"]), int(rec["start"]), int(rec["end"])
        except (KeyError, TypeError, ValueError):
            raise InputError(where, "a record needs either 'text' or 'corpus', 'line', 'start' and 'end'") from None
        key = f"{rel}:{line}"
        if key not in docs:
            docs[key] = _read_corpus_line(corpora, rel, line)
        text = docs[key].text[start:end]
        if rec.get("sha1") and sentence_sha(text) != rec["sha1"]:
            raise InputError(where, f"the sentence at {key} [{start}:{end}] is not the one annotated (SHA-1 differs): "
                                    "the corpus or the reader changed")
        items.append(Item(where, key, start, end, events, text))
    return items, docs


def _spans(doc, event) -> list[tuple[int, int]]:
    """Where an event's evidence lies in its document: its sentence, and the other sentences
    that report it."""
    out = []
    if 0 <= event.sentence_index < len(doc.sentences):
        s = doc.sentences[event.sentence_index]
        out.append((s.start, s.end))
    for more in event.more_evidence:
        at = doc.text.find(more.strip())
        if at >= 0:
            out.append((at, at + len(more.strip())))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return hi - lo > 0.5 * min(a[1] - a[0], b[1] - b[0])


def score(outcomes: list[Outcome]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    d_tp = d_fp = d_fn = f_tp = f_fp = f_fn = 0
    for o in outcomes:
        for t in o.gold_types | o.our_types:
            if t in o.gold_types and t in o.our_types:
                tp[t] += 1
            elif t in o.our_types:
                fp[t] += 1
            else:
                fn[t] += 1
        d_tp += len(o.gold_dyads & o.our_dyads)
        d_fp += len(o.our_dyads - o.gold_dyads)
        d_fn += len(o.gold_dyads - o.our_dyads)
        f_tp += len(o.gold_full & o.our_full)
        f_fp += len(o.our_full - o.gold_full)
        f_fn += len(o.gold_full - o.our_full)
    rows, f1s = [], []
    for t in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = prf(tp[t], fp[t], fn[t])
        support = tp[t] + fn[t]
        rows.append((t, support, round(p, 3), round(r, 3), round(f, 3)))
        if support:
            f1s.append(f)
    mp, mr, mf = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    dp, dr, df = prf(d_tp, d_fp, d_fn)
    fp_, fr, ff = prf(f_tp, f_fp, f_fn)
    return {
        "type precision": mp, "type recall": mr, "type micro F1": mf,
        "type macro F1": sum(f1s) / len(f1s) if f1s else 0.0,
        "type + dyad precision": dp, "type + dyad recall": dr, "type + dyad F1": df,
        "full code precision": fp_, "full code recall": fr, "full code F1": ff,
        "per type": rows,
    }


BOOTSTRAP_KEYS = ("type micro F1", "type + dyad F1")


def bootstrap(outcomes: list[Outcome], *, rounds: int = 1000, seed: int = 7) -> dict[str, tuple[float, float]]:
    """95% percentile intervals, resampling sentences with replacement (fixed seed)."""
    return bootstrap_intervals(outcomes, score, BOOTSTRAP_KEYS, rounds=rounds, seed=seed)


def _in_checkout(path: Path) -> Path:
    """A relative path that is not found from here is looked for from the checkout, so that the
    defaults work from any folder."""
    if path.exists() or path.is_absolute() or not (REPO_ROOT / path).exists():
        return path
    return REPO_ROOT / path


def run(path: Path | list[Path], *, corpora: Path | str = DEFAULT_CORPORA) -> EvalReport:
    """Score the coder on one gold file, or on several pooled into one set (their sentences
    together, so that the intervals are those of the larger sample). An article that two files
    point into is run once."""
    from diplograph.events.ontology import ontology
    from diplograph.pipeline import process

    paths = [_in_checkout(Path(p)) for p in (path if isinstance(path, (list, tuple)) else [path])]
    if not paths:
        raise InputError("realnews", "give at least one gold file")
    corpora = _in_checkout(Path(corpora))
    items, docs = [], {}
    seen: dict[tuple, str] = {}
    for one in paths:
        got_items, got_docs = load(one, corpora)
        for item in got_items:
            key = (item.doc_key, item.start, item.end) if not item.doc_key.startswith("inline:") else (item.where,)
            if key in seen and len(paths) > 1:
                raise InputError(item.where, f"the same sentence as {seen[key]}: pooled files must not annotate a "
                                             "sentence twice (a second annotation is compared with "
                                             "tools/realnews_agreement.py, not pooled)")
            seen[key] = item.where
        items += got_items
        for key, doc in got_docs.items():
            docs.setdefault(key, doc)
    keys = list(docs)
    results: dict[str, object] = {}
    for start in range(0, len(keys), 32):
        batch = keys[start:start + 32]
        for key, doc in zip(batch, process([docs[k] for k in batch])):
            results[key] = doc
    onto = ontology()
    outcomes: list[Outcome] = []
    misses: list[str] = []
    modality_right = modality_scored = unsafe = 0
    failed = 0
    for item in items:
        doc = results[item.doc_key]
        events = [e for e in getattr(doc, "events", ()) if any(_overlaps(span, (item.start, item.end)) for span in _spans(doc, e))]
        if not hasattr(doc, "events"):
            failed += 1
        o = Outcome()
        ours_by_dyad: dict[tuple, list] = {}
        for e in events:
            t = onto.plover_view(e.type, e.modality)
            dyad = (t, our_country(e.source), our_country(e.target))
            o.our_types.add(t)
            o.our_dyads.add(dyad)
            o.our_full.add((t, e.source.code if e.source else None, e.target.code if e.target else None))
            ours_by_dyad.setdefault(dyad, []).append(e)
        for g in item.events:
            t = onto.plover_view(g["type"], g["modality"])
            dyad = (t, gold_country(g["source"]), gold_country(g["target"]))
            o.gold_types.add(t)
            o.gold_dyads.add(dyad)
            o.gold_full.add((t, g["source"], g["target"]))
            if dyad in ours_by_dyad:
                modality_scored += 1
                # judged in the view the types are matched in: our refused AGREE and the gold's
                # asserted REJECT say the same
                mods = {onto.plover_modality(e.type, e.modality) for e in ours_by_dyad[dyad]}
                gold_mod = onto.plover_modality(g["type"], g["modality"])
                modality_right += gold_mod in mods
                if gold_mod != "asserted" and mods == {"asserted"}:
                    unsafe += 1
        outcomes.append(o)
        if o.gold_dyads != o.our_dyads:
            gold_s = ", ".join(f"{t} {s}->{g}" for t, s, g in sorted(o.gold_dyads, key=str)) or "-"
            ours_s = ", ".join(f"{e.trigger}:{onto.plover_view(e.type, e.modality)} {our_country(e.source)}->{our_country(e.target)}"
                               for e in events) or "-"
            kind = "type" if o.gold_types != o.our_types else "dyad"
            misses.append(f"{kind}  {item.where} ({item.doc_key}): gold {gold_s}; ours {ours_s} | {item.text.strip()[:160]}")
    scores = score(outcomes)
    low_high = bootstrap(outcomes)
    names = " + ".join(p.name for p in paths)
    report = EvalReport(f"Event coding against hand-annotated sentences ({names}, {len(items)} sentences, "
                        f"{len(docs)} documents)")
    report.metrics = {
        "sentences": len(items),
        "sentences with gold events": sum(1 for i in items if i.events),
        "gold events (type + dyad)": sum(len(o.gold_dyads) for o in outcomes),
        "our events (type + dyad)": sum(len(o.our_dyads) for o in outcomes),
        **{k: v for k, v in scores.items() if k != "per type"},
        "modality right, of type + dyad matches": f"{modality_right}/{modality_scored}",
        "not-asserted in gold, asserted by us": unsafe,
        **{f"{k}, 95% interval": f"{lo:.3f}-{hi:.3f}" for k, (lo, hi) in low_high.items()},
    }
    if failed:
        report.metrics["documents that failed"] = failed
    report.tables.append(("Per type ((sentence, type) pairs)", ["type", "gold", "precision", "recall", "F1"], scores["per type"]))
    report.misses = misses
    return report
