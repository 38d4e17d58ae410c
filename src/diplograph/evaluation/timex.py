"""Temporal expressions against the TempEval-3 platinum test set (20 TimeML documents).

For each gold document we take the text inside ``<TEXT>`` with its tags removed (character
offsets of each gold TIMEX3 are worked out while removing them), build a
:class:`~diplograph.types.Document` whose publication date is the document creation time (DCT),
and run our own stages on it: ``diplograph.nlp.parse`` then ``diplograph.time.find``.

Scores follow TempEval-3 Task A (UzZaman et al. 2013) and its official entity scorer:

- strict match: a system expression with exactly the gold extent;
- relaxed match: any character overlap. Precision counts system expressions that overlap some
  gold expression, recall counts gold expressions that some system expression overlaps;
- attribute (type, value) correctness is judged on relaxed-matched gold expressions, each paired
  with the system expression that overlaps it most. Attribute accuracy = correct / matched, and
  attribute F1 = relaxed F1 x attribute accuracy (so value accuracy = value F1 / relaxed F1).

A system expression without a value counts as a wrong value. Our own ``RANGE`` type (an end
of a range: "since 2022", "from 2014 to 2016") is scored as ``DATE``, the TIMEX3 type a range
end has in TimeML.
"""
from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluation import EvalReport, prf, require

DEFAULT_PATH = "../shared/eval/te3"
# Our types -> TIMEX3 types. RANGE is ours: a range end, which TimeML tags as a DATE.
TYPE_MAP = {"RANGE": "DATE"}


@dataclass(frozen=True, slots=True)
class Expr:
    """One temporal expression, gold or ours, as offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    dct: date
    timexes: tuple[Expr, ...]


# --- reading TimeML -------------------------------------------------------------------------


def read_timeml(path: Path) -> GoldDoc:
    """The text of ``<TEXT>`` with tags removed, the DCT, and the gold TIMEX3s with offsets."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not a readable TimeML file ({exc})") from exc
    dct_el = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct_el is None or text_el is None:
        raise InputError(str(path), "a TimeML document needs <DCT><TIMEX3 value=...> and <TEXT>")
    try:
        dct = date.fromisoformat(dct_el.get("value", "")[:10])
    except ValueError as exc:
        raise InputError(str(path), f"the DCT value {dct_el.get('value')!r} is not a day") from exc
    parts: list[str] = []
    gold: list[Expr] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            gold.append(Expr(start, pos, "".join(parts)[start:pos], el.get("type", ""), el.get("value")))

    walk(text_el)
    text = "".join(parts)
    gold.sort(key=lambda e: (e.start, e.end))
    return GoldDoc(path.name.removesuffix(".tml"), text, dct, tuple(gold))


def gold_files(path: Path) -> list[Path]:
    """The ``.tml`` files of the TE3 folder (its ``platinum/``), of any other folder (searched
    recursively, e.g. ``tbaq_sample/``), or one file."""
    path = Path(path)
    require(path, "give the TempEval-3 folder (with platinum/) or a .tml file")
    if path.is_file():
        return [path]
    folder = path / "platinum" if (path / "platinum").is_dir() else path
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise InputError(str(path), "no .tml files here; give the TempEval-3 folder (with platinum/)")
    return files


# --- scoring ---------------------------------------------------------------------------------


def _overlap(a: Expr, b: Expr) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict_p: int = 0  # system expressions with an exact gold extent
    strict_r: int = 0  # gold expressions with an exact system extent
    relaxed_p: int = 0  # system expressions overlapping some gold expression
    relaxed_r: int = 0  # gold expressions overlapping some system expression
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Tally") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


def score_doc(name: str, gold: list[Expr], ours: list[Expr]) -> tuple[Tally, list[tuple]]:
    """Compare one document. Returns the counts and the misses as
    ``(kind, doc, text, gold type, gold value, our text, our type, our value)`` rows."""
    t = Tally(gold=len(gold), system=len(ours))
    misses: list[tuple] = []
    exact = {(g.start, g.end) for g in gold}
    ours_exact = {(s.start, s.end) for s in ours}
    for s in ours:
        if (s.start, s.end) in exact:
            t.strict_p += 1
        if any(_overlap(s, g) > 0 for g in gold):
            t.relaxed_p += 1
        else:
            misses.append(("spurious", name, "", "", "", s.text, s.type, s.value))
    for g in gold:
        if (g.start, g.end) in ours_exact:
            t.strict_r += 1
        best = max(ours, key=lambda s: _overlap(s, g), default=None)
        if best is None or _overlap(best, g) <= 0:
            misses.append(("missed", name, g.text, g.type, g.value, "", "", ""))
            continue
        t.relaxed_r += 1
        typ = TYPE_MAP.get(best.type, best.type)
        if typ == g.type:
            t.type_ok += 1
        if best.value is not None and best.value == g.value:
            t.value_ok += 1
        else:
            misses.append(("value", name, g.text, g.type, g.value, best.text, typ, best.value))
    return t, misses


def _scores(p_hits: int, system: int, r_hits: int, gold: int) -> tuple[float, float, float]:
    """Precision from the system side, recall from the gold side (they differ when one system
    expression overlaps two gold ones), and their F1."""
    p = prf(p_hits, system - p_hits, 0)[0]
    r = prf(r_hits, 0, gold - r_hits)[1]
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metrics(t: Tally) -> dict[str, float | int]:
    sp, sr, sf = _scores(t.strict_p, t.system, t.strict_r, t.gold)
    rp, rr, rf = _scores(t.relaxed_p, t.system, t.relaxed_r, t.gold)
    type_acc = t.type_ok / t.relaxed_r if t.relaxed_r else 0.0
    value_acc = t.value_ok / t.relaxed_r if t.relaxed_r else 0.0
    return {
        "gold": t.gold,
        "system": t.system,
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": sf,
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": rf,
        "type_accuracy": type_acc,
        "type_f1": rf * type_acc,
        "value_accuracy": value_acc,
        "value_f1": rf * value_acc,
    }


# --- running our pipeline ----------------------------------------------------------------------


def tag(docs: list[GoldDoc]) -> list[list[Expr]]:
    """Our temporal expressions for each gold document (publication date = its DCT)."""
    from diplograph import nlp
    from diplograph.time import find
    from diplograph.types import Document, content_id

    inputs = [Document(id=content_id(d.text), text=d.text, published=d.dct) for d in docs]
    out = []
    for doc in nlp.parse(inputs):
        doc = find(doc)
        out.append([Expr(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes])
    return out


def run(path: Path) -> EvalReport:
    files = gold_files(Path(path))
    docs = [read_timeml(f) for f in files]
    started = time.perf_counter()
    predictions = tag(docs)
    seconds = time.perf_counter() - started
    total = Tally()
    rows: list[tuple] = []
    per_doc: list[tuple] = []
    for doc, ours in zip(docs, predictions):
        t, misses = score_doc(doc.name, list(doc.timexes), ours)
        total.add(t)
        rows.extend(misses)
        m = metrics(t)
        per_doc.append((doc.name, t.gold, t.system, round(m["relaxed_f1"], 3), round(m["value_f1"], 3)))
    path = Path(path)
    where = "platinum" if (path / "platinum").is_dir() else path.name
    report = EvalReport(f"TempEval-3 TimeML ({where}): temporal expressions, {len(docs)} documents")
    report.metrics.update(metrics(total))
    report.metrics["seconds"] = round(seconds, 2)
    kinds = Counter(r[0] for r in rows)
    report.metrics.update({f"{k}_count": kinds.get(k, 0) for k in ("missed", "spurious", "value")})
    report.tables.append(("Per document", ["doc", "gold", "ours", "relaxed F1", "value F1"], per_doc))
    order = {"value": 0, "missed": 1, "spurious": 2}
    for kind, name, gtext, gtype, gvalue, stext, stype, svalue in sorted(rows, key=lambda r: order[r[0]]):
        if kind == "missed":
            report.misses.append(f"missed   {name}: {gtext!r} {gtype} {gvalue}")
        elif kind == "spurious":
            report.misses.append(f"spurious {name}: {stext!r} {stype} {svalue}")
        else:
            report.misses.append(f"value    {name}: {gtext!r} gold {gtype} {gvalue}; ours {stext!r} {stype} {svalue}")
    return report
