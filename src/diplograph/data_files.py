"""Packaged data files (CSV), read once with importlib.resources and checked on load."""
from __future__ import annotations

import csv
import functools
import io
from importlib import resources

from diplograph.errors import DataFileError


def read_csv(package_path: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of ``data/<package_path>``; the header must contain ``columns``. Lines starting
    with ``#`` are comments."""
    ref = resources.files("diplograph").joinpath("data", *package_path.split("/"))
    try:
        text = ref.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"packaged data file data/{package_path} is missing; reinstall diplograph") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise DataFileError(f"data/{package_path}: missing columns {missing}; header is {reader.fieldnames}")
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row:
            raise DataFileError(f"data/{package_path} row {n}: more cells than columns: {row[None]}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


@functools.lru_cache(maxsize=None)
def tokenizer():
    """spaCy's English tokenizer without a model, so patterns tokenize like the text does."""
    import spacy

    return spacy.blank("en").tokenizer


def tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenizer()(phrase))
