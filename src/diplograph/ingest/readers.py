"""Read plain text (with optional front matter), HTML (trafilatura) and JSONL files."""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from diplograph.types import Document, Failure, content_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 50_000_000
# Files in a folder that describe the folder rather than report news (named files are read).
NOT_ARTICLES = {"README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG", "SOURCES"}
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
DATE_FIELDS = ("published", "date", "date_publish", "publish_date", "pubdate", "datetime")
TITLE_FIELDS = ("title", "headline")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files named, and the readable files under folders named, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    if child.suffix.lower() in SUFFIXES and child.stem.upper() not in NOT_ARTICLES:
                        yield child
        elif path.exists():
            yield path
        else:
            yield Failure(str(path), "read", "no such file or folder")


def read_paths(paths: Iterable[str | Path], *, published: date | None = None) -> Iterator[Document | Failure]:
    for item in iter_paths(paths):
        if isinstance(item, Failure):
            yield item
            continue
        yield from read_path(item, published=published)


def read_path(path: Path, *, published: date | None = None) -> Iterator[Document | Failure]:
    """Documents in one file; a problem becomes a Failure naming the file."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield Failure(name, "read", "the file is empty")
            return
        if size > MAX_BYTES:
            yield Failure(name, "read", f"the file is {size / 1e6:.0f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit for one file; split it")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Failure(name, "read", f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in raw[:8192]:
        yield Failure(name, "read", "looks like a binary file (NUL bytes), not text, HTML or JSONL")
        return
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in SUFFIXES and raw.lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))):
        yield from _read_html(name, raw, published)
        return
    text = _decode(name, raw)
    if isinstance(text, Failure):
        yield text
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(name, text, published)
    else:
        yield _read_text(name, text, published)


def _decode(name: str, raw: bytes) -> str | Failure:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Failure(
            name, "read",
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8",
        )


def parse_date(value: object) -> date | None:
    """A publication date from metadata: ISO dates and datetimes, with or without time zone."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"unrecognised date {text!r}; use YYYY-MM-DD") from None


def _make(name: str, text: str, meta: dict, published: date | None, published_source: str | None) -> Document | Failure:
    from diplograph.ingest.clean import clean

    text = text.replace("\r\n", "\n").strip()
    text, flags = clean(text)
    if not text:
        return Failure(name, "read", "no text in the document")
    quality: list[str] = list(flags)
    pub = None
    raw_date = meta.get("published")
    if raw_date:
        try:
            pub = parse_date(raw_date)
            published_source = published_source or "metadata"
        except ValueError as exc:
            log.warning("%s: %s", name, exc)
            quality.append("bad-published-date")
    if pub is None and published is not None:
        pub, published_source = published, "user"
    if pub is None:
        published_source = None
    return Document(
        id=content_id(text),
        text=text,
        path=name,
        url=meta.get("url") or None,
        title=meta.get("title") or None,
        published=pub,
        published_source=published_source,
        site=meta.get("source") or meta.get("site") or None,
        author=meta.get("author") or None,
        language=meta.get("language") or "en",
        quality=tuple(quality),
    )


def _read_text(name: str, text: str, published: date | None) -> Document | Failure:
    meta: dict = {}
    m = _FRONT.match(text)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                key, _, value = line.partition(":")
                meta[key.strip().lower()] = value.strip().strip('"').strip("'")
        if "date" in meta and "published" not in meta:
            meta["published"] = meta["date"]
        text = text[m.end():]
    return _make(name, text, meta, published, None)


def _first(record: dict, fields: tuple[str, ...]):
    for f in fields:
        if record.get(f) not in (None, ""):
            return record[f]
    return None


def _read_jsonl(name: str, text: str, published: date | None) -> Iterator[Document | Failure]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, "read", f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(where, "read", "the line is JSON but not an object")
            continue
        body = _first(record, TEXT_FIELDS)
        if not isinstance(body, str):
            yield Failure(where, "read", f"no text field (looked for {', '.join(TEXT_FIELDS)})")
            continue
        meta = {
            "title": _first(record, TITLE_FIELDS),
            "published": _first(record, DATE_FIELDS),
            "url": record.get("url"),
            "source": record.get("source") or record.get("site"),
            "author": record.get("author"),
            "language": record.get("language") or record.get("lang"),
        }
        doc = _make(where, body, meta, published, None)
        yield doc


def _read_html(name: str, raw: bytes, published: date | None) -> Iterator[Document | Failure]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            raw,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        yield Failure(name, "read", f"HTML could not be parsed: {type(exc).__name__}: {exc}")
        return
    if result is None or not getattr(result, "text", None):
        yield Failure(name, "read", "no article text found in the HTML page")
        return
    meta = {
        "title": result.title,
        "published": result.date,
        "url": result.url,
        "source": result.sitename,
        "author": result.author,
        "language": result.language,
    }
    yield _make(name, result.text, meta, published, "metadata" if result.date else None)
