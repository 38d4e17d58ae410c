"""Event coding against PLOVER-GSR: 322 human-coded sentences from the CAMEO manual, each with
one gold event (PLOVER v0.5 type, source and target actors).

For each sentence we run the whole pipeline and take as our answer the event whose trigger is
one of the gold event words (the EVT markup), asserted events first, else our most confident
event. Its type is read in PLOVER's view: an act announced for the future counts as AGREE or
THREATEN and a refused one as REJECT (plover.csv says which), since PLOVER codes the promise,
threat or refusal where diplograph codes the act with its modality. Scores:
- type: per-type precision/recall/F1, micro and macro F1, over sentences;
- type + dyad: the type and the source and target countries all right;
- "any": whether the gold type is among all the types we coded for the sentence.

``split`` picks a fixed half of the set by a hash of each record id: "dev" is the half whose misses
may be read while improving the coder, "held-out" the half that is only measured, so that the gap
between the two shows how much the rules were fitted to what was read.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluation import EvalReport, bootstrap_intervals, prf, require

DEFAULT_PATH = "../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.json"
# PLOVER v0.5 names -> the current 16 types
V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Codes in the gold file that are not ISO 3166 alpha-3
GOLD_CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "NGO": "IGO"}
GROUP_PREFIXES = ("IGO", "NGO", "IMG")
# a one-event line's codes are CAMEO's (ours); a PLOVER-GSR record's sectors are PLOVER's, which
# renamed two: CAMEO's media MED is PLOVER's JRN, CAMEO's medical HLH is PLOVER's MED
CAMEO_TO_PLOVER_SECTORS = {"MED": "JRN", "HLH": "MED"}


def _actors(record: dict, key: str) -> list[dict]:
    value = record.get(key) or []
    if isinstance(value, dict):
        value = [value]
    return [a for a in value if isinstance(a, dict)]


def _gold_codes(record: dict, key: str) -> set[str]:
    out = set()
    for a in _actors(record, key):
        code = (a.get("code") or "").upper()
        if code:
            out.add(GOLD_CODE_FIX.get(code, code)[:3])
    return out


def _our_code(actor) -> str | None:
    """Country level; organisations by prefix. The gold codes international NGOs (Amnesty, the
    Red Cross) as IGO, so our NGO reads as IGO here."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return "IGO" if actor.code[:3] == "NGO" else actor.code[:3]


def _evt_words(record: dict) -> set[str]:
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
    words = set()
    for span in re.findall(r"\(EVT: ([^)]*)\)", markup):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", span))
    return words


SPLITS = ("all", "dev", "held-out")


def in_split(record_id: str, split: str) -> bool:
    """The dev half holds the ids whose SHA-1 starts with an even hex digit."""
    if split == "all":
        return True
    even = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[0], 16) % 2 == 0
    return even if split == "dev" else not even


def load(path: Path, split: str = "all") -> list[dict]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    return [r for r in read_records(path) if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")
            and in_split(str(r.get("id", "")), split)]


def read_records(path: Path) -> list[dict]:
    """The records of a PLOVER-GSR JSON file, or of a JSON-lines file of one-event sentences in
    our simpler form (a user's own set, or our fixtures), turned into the same shape::

        {"text": "...", "type": "ACCUSE", "trigger": "accused", "source": "ISR", "target": "PSE",
         "source_text": "Israel", "source_code": "ISRGOV", "target_text": "...", "target_code": "...",
         "date": "1997-04-02", "id": "..."}

    Only text, type and trigger are needed; a null or missing source or target is not checked.
    A line's id defaults to the file's name and a hash of its text, so that the dev and held-out
    halves stay the same when lines are added or reordered."""
    path = Path(path)
    require(path, "give the PLOVER-GSR JSON file, or JSON lines of one-event sentences")
    if path.suffix.lower() != ".jsonl":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(path), f"not a JSON file ({exc}); give the PLOVER-GSR JSON file") from None
        if not isinstance(data, list):
            raise InputError(str(path), "expected a JSON list of PLOVER-GSR records")
        return [r for r in data if isinstance(r, dict)]
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not a JSON object ({exc.msg})") from None
        if not isinstance(rec, dict) or not all(isinstance(rec.get(k), str) and rec[k] for k in ("text", "type", "trigger")):
            raise InputError(f"{path}:{n}", "each line needs \"text\", \"type\" and \"trigger\" (strings)")
        if rec.get("date"):
            try:
                date.fromisoformat(str(rec["date"]))
            except ValueError:
                raise InputError(f"{path}:{n}", f"date {rec['date']!r} is not YYYY-MM-DD") from None
        out.append(_from_line(rec, path))
    return out


def _from_line(rec: dict, path: Path) -> dict:
    """A one-event line as a PLOVER-GSR record, with markup made from the phrases it names (the
    line's CAMEO sectors under PLOVER's names: CAMEO_TO_PLOVER_SECTORS)."""
    text = rec["text"]
    sides, marks = {}, []
    for key, tag in (("source", "SRC"), ("target", "TAR")):
        country = rec.get(key)
        if not country:
            sides[key] = []
            continue
        code = (rec.get(f"{key}_code") or "").upper()
        entry = {"actorText": rec.get(f"{key}_text") or "", "code": str(country).upper()}
        if len(code) >= 6 and code[:3] == entry["code"]:
            entry["sector"] = CAMEO_TO_PLOVER_SECTORS.get(code[3:6], code[3:6])
        elif code and code == entry["code"]:
            entry["sector"] = ""
        else:  # no full code given: the sector is not checked
            entry["sector"] = "***"
        sides[key] = [entry] if entry["actorText"] else [{"code": entry["code"]}]
        if entry["actorText"]:
            marks.append((entry["actorText"], tag))
    marks.append((rec["trigger"], "EVT"))
    spans = []
    for phrase, tag in marks:
        at = text.find(phrase)
        if at >= 0 and not any(at < e and s < at + len(phrase) for s, e, _ in spans):
            spans.append((at, at + len(phrase), tag))
    markup, last = [], 0
    for s, e, tag in sorted(spans):
        markup += [text[last:s], f"({tag}: {text[s:e]})"]
        last = e
    markup.append(text[last:])
    return {
        "id": str(rec.get("id") or f"{path.stem}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"),
        "date": rec.get("date"), "event": rec["type"].upper(), "eventText": rec["trigger"], "text": text,
        "source": sides["source"], "target": sides["target"], "textInfo": {"markup": "".join(markup)},
    }


def score(outcomes: list[tuple[str, str | None, bool]]) -> dict:
    """Scores of (gold type, our type or None, dyad right) per sentence: per-type precision,
    recall and F1, micro and macro F1, and type + dyad. A sentence whose type is right but whose
    dyad is wrong counts as a false positive and a false negative of type + dyad."""
    tp, fp, fn = Counter(), Counter(), Counter()
    dyad_tp = 0
    for gold, pred, dyad_ok in outcomes:
        if pred == gold:
            tp[gold] += 1
            dyad_tp += dyad_ok
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
    rows, f1s = [], []
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p, r, f = prf(tp[t], fp[t], fn[t])
        support = tp[t] + fn[t]
        rows.append((t, support, round(p, 3), round(r, 3), round(f, 3)))
        if support:
            f1s.append(f)
    n = len(outcomes)
    micro_p, micro_r, micro_f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    dyad_p, dyad_r, dyad_f = prf(dyad_tp, sum(fp.values()) + sum(tp.values()) - dyad_tp, n - dyad_tp)
    return {
        "type micro precision": micro_p, "type micro recall": micro_r, "type micro F1": micro_f,
        "type macro F1": sum(f1s) / len(f1s) if f1s else 0.0,
        "type + dyad precision": dyad_p, "type + dyad recall": dyad_r, "type + dyad F1": dyad_f,
        "per type": rows,
    }


BOOTSTRAP_KEYS = ("type micro F1", "type macro F1", "type + dyad F1")


def bootstrap(outcomes: list[tuple[str, str | None, bool]], *, rounds: int = 1000, seed: int = 7) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of the headline scores, resampling the sentences with replacement.
    With 150 sentences a half's F1 moves by several points from sampling alone; the interval says
    how much."""
    return bootstrap_intervals(outcomes, score, BOOTSTRAP_KEYS, rounds=rounds, seed=seed)


def _day(record: dict, default: date | None) -> date | None:
    """The record's own date where it has one (PLOVER-GSR's records all say 2000-01-01)."""
    try:
        return date.fromisoformat(str(record["date"])) if record.get("date") else default
    except ValueError:
        return default


def main_event(events, words):
    """Our answer for a sentence: an event on a gold event word, asserted before not, then the
    most confident (None when there is no event). Probe tests pick the same way."""
    return max(events, key=lambda e: (e.trigger.lower() in words, e.modality == "asserted", e.confidence),
               default=None)


def run(path: Path, *, published: date | None = date(2000, 1, 1), split: str = "all") -> EvalReport:
    from diplograph.events.ontology import ontology
    from diplograph.pipeline import process
    from diplograph.types import Document, content_id

    path = Path(path)
    records = load(path, split)
    docs = [Document(id=content_id(r["text"]) + f"-{i}", text=r["text"], published=_day(r, published))
            for i, r in enumerate(records)]
    results = []
    for start in range(0, len(docs), 64):
        results.extend(process(docs[start : start + 64]))

    onto = ontology()
    outcomes: list[tuple[str, str | None, bool]] = []
    confusion: Counter = Counter()
    any_hit = 0
    misses = []
    for rec, doc in zip(records, results):
        gold = V05.get(rec["event"], rec["event"])
        events = list(getattr(doc, "events", ()))
        words = _evt_words(rec)
        main = main_event(events, words)
        pred = onto.plover_view(main.type, main.modality) if main else None
        confusion[(gold, pred or "-")] += 1
        if gold in {e.type for e in events}:
            any_hit += 1
        dyad_ok = False
        if pred == gold:
            src, tgt = _gold_codes(rec, "source"), _gold_codes(rec, "target")
            ok_src = not src or _our_code(main.source) in src
            ok_tgt = not tgt or _our_code(main.target) in tgt
            dyad_ok = ok_src and ok_tgt
            if not dyad_ok:
                misses.append(f"dyad  {rec['id']}: gold {sorted(src)}->{sorted(tgt)}, ours "
                              f"{_our_code(main.source)}->{_our_code(main.target)} | {rec['text'][:150]}")
        else:
            misses.append(f"type  {rec['id']}: gold {gold}, ours {pred or '-'}"
                          f"{' (' + main.trigger + ')' if main else ''} | {rec['text'][:150]}")
        outcomes.append((gold, pred, dyad_ok))

    scores = score(outcomes)
    low_high = bootstrap(outcomes)
    n = len(records)
    part = "" if split == "all" else f", {split} half"
    report = EvalReport(f"PLOVER-GSR event coding ({path.name}{part}, {n} sentences)")
    report.metrics = {
        "sentences": n,
        "with any event": sum(1 for d in results if getattr(d, "events", ())),
        **{k: v for k, v in scores.items() if k != "per type"},
        "gold type among our types": any_hit / n if n else 0.0,
        **{f"{k}, 95% interval": f"{lo:.3f}-{hi:.3f}" for k, (lo, hi) in low_high.items()},
    }
    report.tables.append(("Per type", ["type", "gold", "precision", "recall", "F1"], scores["per type"]))
    golds = sorted({g for g, _ in confusion})
    preds = sorted({p for _, p in confusion})
    report.tables.append(
        ("Confusion (rows gold, columns ours by their first four letters; - is no event)", ["gold", *[p[:4] for p in preds]],
         [(g, *[confusion[(g, p)] or "" for p in preds]) for g in golds])
    )
    report.misses = misses
    return report
