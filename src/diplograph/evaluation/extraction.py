"""Article extraction against the ScrapingHub article-extraction benchmark (181 news pages with
gold article bodies).

Each page (``html/<id>.html.gz``) goes through our HTML reader, which is trafilatura followed by
:func:`diplograph.ingest.clean.clean`. The same reader is run a second time with the cleaning
step switched off, so the report shows what cleaning adds or costs, page by page.

The metric is the benchmark's own: text is split into ``\\w+`` tokens, each text becomes the
multiset of its 4-token shingles (a text shorter than four tokens is one shingle), and per page
true positives, false positives and false negatives are counted over the shingle multisets and
normalised to sum to one. Precision is the mean over pages with ``tp + fp > 0`` (pages where
something was extracted), recall the mean over pages with ``tp + fn > 0``, and F1 is computed
from the two means. Accuracy is the share of pages whose token lists equal the gold's.

Peer numbers are those published with the benchmark; when the folder holds the peers' outputs
(``output/<tool>.json``) they are scored again here with the same code, which checks this
implementation against the published figures.
"""
from __future__ import annotations

import contextlib
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from diplograph.errors import InputError
from diplograph.evaluation import EvalReport, require

DEFAULT_PATH = "../shared/eval/extraction/scrapinghub_aeb"
GOAL_F1 = 0.958
SHINGLE = 4
# F1 published with the benchmark (same 181 pages, same metric).
PUBLISHED_F1 = {
    "trafilatura": 0.958,
    "newspaper4k": 0.949,
    "news-please": 0.948,
    "readability": 0.922,
    "goose3": 0.896,
    "justext": 0.804,
}
# File names of the peers' outputs in output/ and the names used above.
PEER_FILES = {
    "trafilatura": "trafilatura.json",
    "newspaper4k": "newspaper.json",
    "news-please": "news_please.json",
    "readability": "readability.json",
    "goose3": "goose3.json",
    "justext": "justext.json",
    "html-text (full page text)": "html-text.json",
}
_TOKEN = re.compile(r"\w+")


# --- the metric -----------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter[str]:
    """The multiset of n-token shingles; a text of fewer than n tokens is one shingle."""
    toks = tokens(text)
    grams = (" ".join(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))
    return Counter(g for g in grams if g)


def page_scores(gold: str | None, pred: str | None, n: int = SHINGLE) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingle counts, normalised to sum to 1 (all 0 when both are empty)."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float


def score(pairs: Iterable[tuple[str | None, str | None]], n: int = SHINGLE) -> Scores:
    """Benchmark scores over (gold, predicted) pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for gold, pred in pairs:
        pages += 1
        tp, fp, fn = page_scores(gold, pred, n)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        exact += tokens(gold) == tokens(pred)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, exact / pages if pages else 0.0)


def page_f1(gold: str | None, pred: str | None) -> float:
    tp, fp, fn = page_scores(gold, pred)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _site(url: str) -> str:
    host = urlsplit(url).netloc
    return host[4:] if host.startswith("www.") else host


# --- running our reader ---------------------------------------------------------------------


def read_page(name: str, raw: bytes, *, cleaning: bool = True) -> tuple[str, tuple[str, ...]]:
    """The article text our HTML reader gives for one page, with its quality flags ("" when the
    reader finds no text)."""
    from diplograph.ingest.clean import disabled
    from diplograph.ingest.readers import ReadOptions, html_document
    from diplograph.types import Document

    with contextlib.nullcontext() if cleaning else disabled():
        doc = html_document(name, raw, options=ReadOptions())
    if not isinstance(doc, Document):
        return "", ()
    return doc.text, doc.quality


def _load_gold(path: Path) -> dict[str, dict]:
    gold_file = require(path / "ground-truth.json", "the benchmark folder needs ground-truth.json")
    try:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(gold_file), f"cannot be read as JSON: {exc}") from None
    if not isinstance(gold, dict) or not gold:
        raise InputError(str(gold_file), "expected an object {item_id: {articleBody, url}}")
    return gold


def _load_peer(file: Path) -> dict[str, str] | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data.get("output"), dict):
        data = data["output"]
    return {k: (v.get("articleBody") if isinstance(v, dict) else v) or "" for k, v in data.items()}


def run(path: Path, *, worst: int = 15) -> EvalReport:
    """Score our extraction (trafilatura + clean) and trafilatura alone on the benchmark folder
    (``ground-truth.json`` and ``html/<id>.html.gz``)."""
    path = require(Path(path), "the ScrapingHub article-extraction benchmark folder")
    gold = _load_gold(path)
    started = time.perf_counter()
    rows = []  # (id, url, gold, ours, alone, flags)
    missing = 0
    for item_id, record in gold.items():
        page = path / "html" / f"{item_id}.html.gz"
        try:
            raw = gzip.decompress(page.read_bytes())
        except (OSError, EOFError) as exc:
            missing += 1
            rows.append((item_id, record.get("url", ""), record.get("articleBody", ""), "", "", (f"unreadable: {exc}",)))
            continue
        ours, flags = read_page(page.name, raw)
        alone, _ = read_page(page.name, raw, cleaning=False)
        rows.append((item_id, record.get("url", ""), record.get("articleBody", ""), ours, alone, flags))
    seconds = time.perf_counter() - started

    ours_s = score((g, o) for _, _, g, o, _, _ in rows)
    alone_s = score((g, a) for _, _, g, _, a, _ in rows)
    changed = sum(o != a for _, _, _, o, a, _ in rows)
    empty = sum(not o for _, _, _, o, _, _ in rows)

    metrics: dict[str, float | int | str] = {
        "pages": len(rows),
        "f1": round(ours_s.f1, 4),
        "precision": round(ours_s.precision, 4),
        "recall": round(ours_s.recall, 4),
        "accuracy": round(ours_s.accuracy, 4),
        "f1_trafilatura_alone": round(alone_s.f1, 4),
        "precision_trafilatura_alone": round(alone_s.precision, 4),
        "recall_trafilatura_alone": round(alone_s.recall, 4),
        "goal_f1": GOAL_F1,
        "pages_changed_by_cleaning": changed,
        "pages_without_text": empty,
        "pages_unreadable": missing,
        "seconds": int(round(seconds)),
    }

    comparison = [
        ("diplograph (trafilatura + clean)", f"{ours_s.precision:.3f}", f"{ours_s.recall:.3f}", f"{ours_s.f1:.3f}", ""),
        ("trafilatura alone, our reader settings", f"{alone_s.precision:.3f}", f"{alone_s.recall:.3f}", f"{alone_s.f1:.3f}", ""),
    ]
    for tool, file in PEER_FILES.items():
        peer = _load_peer(path / "output" / file)
        published = PUBLISHED_F1.get(tool)
        if peer is None and published is None:
            continue
        if peer is None:
            comparison.append((tool, "", "", "", f"{published:.3f}"))
            continue
        s = score((r["articleBody"], peer.get(k, "")) for k, r in gold.items())
        comparison.append((tool, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", "" if published is None else f"{published:.3f}"))

    per_page = []
    for item_id, url, g, o, a, flags in rows:
        tp, fp, fn = page_scores(g, o)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        per_page.append((page_f1(g, o), item_id, url, p, r, page_f1(g, a), flags))
    per_page.sort(key=lambda t: (t[0], t[1]))
    worst_rows = [
        (item_id[:8], _site(url), f"{f:.3f}", f"{p:.3f}", f"{r:.3f}", f"{fa:.3f}")
        for f, item_id, url, p, r, fa, _ in per_page[:worst]
    ]
    # Pages where cleaning moved the page's F1, most helped first, most hurt last.
    moved = sorted(
        ((f - fa, item_id, url, fa, f) for f, item_id, url, _, _, fa, _ in per_page if abs(f - fa) > 1e-9),
        key=lambda t: (-t[0], t[1]),
    )
    moved_rows = [(item_id[:8], _site(url), f"{fa:.3f}", f"{f:.3f}", f"{d:+.3f}") for d, item_id, url, fa, f in moved]

    report = EvalReport(title=f"Article extraction, ScrapingHub benchmark ({len(rows)} pages)", metrics=metrics)
    report.tables.append(("Comparison (F1 from the benchmark's shingle metric)", ["extractor", "precision", "recall", "F1", "published F1"], comparison))
    report.tables.append((f"Worst {len(worst_rows)} pages (ours)", ["page", "site", "F1", "P", "R", "F1 alone"], worst_rows))
    if moved_rows:
        report.tables.append(("Pages where cleaning changed F1", ["page", "site", "F1 alone", "F1 cleaned", "change"], moved_rows))
    report.misses = [f"{item_id[:8]} F1 {f:.3f} (P {p:.3f}, R {r:.3f}) {url} {' '.join(flags)}".rstrip()
                     for f, item_id, url, p, r, _, flags in per_page if f < 0.8]
    return report
