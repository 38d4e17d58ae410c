"""Readers: files, folders, URLs and standard input in; Documents (or Failures naming the
source and the problem) out, one at a time.

Formats: plain text with optional ``---`` front matter, HTML (trafilatura), JSONL (streamed line
by line, optionally gzipped, with a field mapping), WARC/ARC (``warc.py``), RSS/Atom feeds
(``feeds.py``, linked pages fetched by ``fetch.py``). Whole-document formats are refused above a
size limit before they are read; JSONL and WARC are streamed, with the limit applied per line and
per record, so memory stays bounded whatever the input size."""
from __future__ import annotations

import gzip
import io
import json
import logging
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from diplograph.ingest.encoding import DecodeProblem, declared_charset, decode
from diplograph.ingest.fetch import DEFAULT_MAX_BYTES, FetchError, FetchOptions, fetch, is_url
from diplograph.ingest.language import language_of
from diplograph.ingest.pubdate import parse_date
from diplograph.types import Document, Failure, content_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# One JSON value per file: an article object (as news-please and many scrapers save them) or a
# list of article objects.
JSON_SUFFIXES = (".json",)
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
# What is read from a folder: ``.xml`` only when named (folders of saved pages hold sitemaps and the like).
FOLDER_SUFFIXES = tuple(s for s in SUFFIXES if s != ".xml")
# One document (a page, a text file, a JSONL line, a WARC record) larger than this is refused:
# news articles are far smaller, and a 200 MB "page" would only exhaust memory in the parser.
MAX_BYTES = DEFAULT_MAX_BYTES
STDIN = "-"
STDIN_NAME = "<stdin>"
# Files in a folder that describe the folder rather than report news (named files are read).
NOT_ARTICLES = {"README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG", "SOURCES"}
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
DATE_FIELDS = ("published", "date", "date_publish", "publish_date", "pubdate", "datetime")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source_url")
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)
_META_LANG = re.compile(rb"""<meta[^>]+(?:http-equiv=["']?content-language["']?[^>]+content|property=["']og:locale["'][^>]+content)\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)


@dataclass(frozen=True)
class ReadOptions:
    """How sources are read. Field names for JSONL may be dotted (``meta.date``)."""

    published: date | None = None
    text_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    home_country: str | None = None
    max_bytes: int = MAX_BYTES
    fetch_links: bool = True
    fetch: FetchOptions = field(default_factory=FetchOptions)

    def __post_init__(self) -> None:
        # A library caller gets the same check as --home-country: a name ("Britain") becomes its
        # code, and a value that names no country fails here, not as silently uncoded bodies.
        if self.home_country is not None:
            from diplograph.actors.outlets import country_code

            object.__setattr__(self, "home_country", country_code(self.home_country))

    def fetch_options(self) -> FetchOptions:
        """The fetch options, with the same size limit for one page as for one file."""
        return replace(self.fetch, max_bytes=self.max_bytes)


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def _suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


# --- sources -------------------------------------------------------------------------------------
def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path | str | Failure]:
    """Files named, readable files under folders named (in a stable order), URLs, and ``-``."""
    for p in paths:
        if isinstance(p, str) and (p == STDIN or is_url(p)):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            read, other = 0, Counter()
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    if _suffix(child.name, FOLDER_SUFFIXES) and child.name.split(".")[0].upper() not in NOT_ARTICLES:
                        read += 1
                        yield child
                    else:
                        other[child.suffix.lower() or "(none)"] += 1
            if not read:
                yield Failure(str(path), "read", _nothing_to_read(other))
        elif path.exists():
            yield path
        else:
            yield Failure(str(path), "read", "no such file or folder")


iter_paths = iter_sources


def _nothing_to_read(other: Counter) -> str:
    kinds = ", ".join(f"{n} {suffix}" for suffix, n in other.most_common(5))
    found = f"its {sum(other.values())} files ({kinds}) are" if other else "it holds no files, or only hidden ones,"
    readable = " ".join(s for s in FOLDER_SUFFIXES if not s.endswith(".gz"))
    return f"nothing to read in this folder: {found} of no kind diplograph reads ({readable}, and .gz of those)"


def read_paths(paths: Iterable[str | Path], *, published: date | None = None,
               options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    options = options or ReadOptions(published=published)
    for item in iter_sources(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_source(item, options=options)


def read_source(source: Path | str, *, options: ReadOptions) -> Iterator[Document | Failure]:
    """Documents from one file, URL or standard input (``-``)."""
    if source == STDIN:
        yield from read_stream(sys.stdin.buffer, STDIN_NAME, options=options)
    elif isinstance(source, str) and is_url(source):
        yield from read_url(source, options=options)
    else:
        yield from read_path(Path(source), options=options)


def read_path(path: Path, *, published: date | None = None, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    """Documents in one file; a problem becomes a Failure naming the file."""
    options = options or ReadOptions(published=published)
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Failure(name, "read", f"cannot read: {exc.strerror or exc}")
        return
    if size == 0:
        yield Failure(name, "read", "the file is empty")
        return
    lower = name.lower()
    try:
        if _suffix(lower, WARC_SUFFIXES):
            from diplograph.ingest.warc import read_warc

            with open(path, "rb") as f:
                yield from read_warc(name, f, options=options)
            return
        if _suffix(lower, JSONL_SUFFIXES):
            with open(path, "rb") as f:
                stream = gzip.GzipFile(fileobj=f) if lower.endswith(".gz") else f
                yield from read_jsonl(name, stream, options=options)
            return
        if _suffix(lower, JSON_SUFFIXES):
            if size > options.max_bytes:
                # (a big .json file is most often JSON lines under another name: stream it)
                with open(path, "rb") as f:
                    yield from read_jsonl(name, f, options=options)
                return
            with open(path, "rb") as f:
                raw = f.read()
            yield from read_json(name, raw, options=options)
            return
        if size > options.max_bytes:
            yield Failure(name, "read", f"the file is {_mb(size)}, over the {_mb(options.max_bytes)} limit for one "
                                        f"document; split it, or raise the limit with --max-mb")
            return
        with open(path, "rb") as f:
            raw = f.read(options.max_bytes + 1)
    except OSError as exc:
        yield Failure(name, "read", f"cannot read: {exc.strerror or exc}")
        return
    if len(raw) > options.max_bytes:  # the file grew while we looked
        yield Failure(name, "read", f"the file is over the {_mb(options.max_bytes)} limit for one document")
        return
    yield from read_bytes(name, raw, options=options, kind=_kind_from_name(lower))


def _kind_from_name(lower: str) -> str | None:
    if _suffix(lower, HTML_SUFFIXES):
        return "html"
    if _suffix(lower, FEED_SUFFIXES):
        return "feed"
    if _suffix(lower, TEXT_SUFFIXES):
        return "text"
    return None


def sniff(head: bytes) -> str:
    """What a byte stream holds, from its first bytes: warc, gzip, feed, html, jsonl or text."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    low = stripped[:2048].lower()
    if low.startswith(b"<?xml") or low.startswith((b"<rss", b"<feed", b"<rdf")):
        if b"<rss" in low or b"<feed" in low or b"<rdf" in low:
            return "feed"
        return "html" if b"<html" in low else "feed"
    if low.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<div", b"<p")):
        return "html"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        # an object over several lines (pretty-printed) is one JSON value; else JSON lines
        first = stripped.split(b"\n", 1)[0].strip()
        return "json" if first == b"{" else "jsonl"
    return "text"


def read_bytes(name: str, raw: bytes, *, options: ReadOptions, kind: str | None = None,
               url: str | None = None, charset: str | None = None) -> Iterator[Document | Failure]:
    """Documents from the bytes of one whole file or response."""
    kind = kind or sniff(raw[:4096])
    if kind == "gzip":
        stream = gzip.GzipFile(fileobj=io.BytesIO(raw))
        yield from read_stream(stream, name, options=options)
        return
    if kind == "warc":
        from diplograph.ingest.warc import read_warc

        yield from read_warc(name, io.BytesIO(raw), options=options)
        return
    if kind == "jsonl":
        yield from read_jsonl(name, io.BytesIO(raw), options=options)
        return
    if kind == "json":
        yield from read_json(name, raw, options=options)
        return
    if kind == "feed":
        from diplograph.ingest.feeds import read_feed

        yield from read_feed(name, raw, options=options, url=url)
        return
    if kind == "html":
        yield html_document(name, raw, options=options, url=url, charset=charset)
        return
    try:
        text, detected = decode(raw, declared=charset)
    except DecodeProblem as exc:
        yield Failure(name, "read", str(exc))
        return
    yield text_document(name, text, options=options, quality=(f"encoding:{detected}",) if detected else ())


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff the format), put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_stream(stream: BinaryIO, name: str, *, options: ReadOptions) -> Iterator[Document | Failure]:
    """Documents from a byte stream of any supported format (standard input, a gzip member):
    JSONL and WARC are streamed; other formats are read whole, up to the size limit."""
    try:
        head = stream.read(8192)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(name, "read", f"cannot read: {exc}")
        return
    if not head:
        yield Failure(name, "read", "the input is empty")
        return
    kind = sniff(head)
    whole = io.BufferedReader(_Prefixed(head, stream), buffer_size=65536)
    if kind == "gzip":
        yield from read_stream(gzip.GzipFile(fileobj=whole), name, options=options)
        return
    if kind == "warc":
        from diplograph.ingest.warc import read_warc

        yield from read_warc(name, whole, options=options)
        return
    if kind == "jsonl":
        yield from read_jsonl(name, whole, options=options)
        return
    try:
        raw = whole.read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(name, "read", f"the input is damaged or truncated: {exc}")
        return
    if len(raw) > options.max_bytes:
        yield Failure(name, "read", f"the input is over the {_mb(options.max_bytes)} limit for one document; "
                                    f"split it, or raise the limit with --max-mb")
        return
    yield from read_bytes(name, raw, options=options, kind=kind)


def read_url(url: str, *, options: ReadOptions) -> Iterator[Document | Failure]:
    """A page or a feed given by URL."""
    try:
        resp = fetch(url, options.fetch_options())
    except FetchError as exc:
        yield Failure(url, "fetch", exc.reason)
        return
    kind = None
    if any(t in resp.content_type for t in ("rss", "atom")):
        kind = "feed"
    elif resp.content_type in ("text/html", "application/xhtml+xml"):
        kind = "html"
    elif resp.content_type.startswith(("image/", "audio/", "video/", "font/")) or resp.content_type in ("application/pdf", "application/zip"):
        yield Failure(url, "fetch", f"not a page or a feed (content type {resp.content_type})")
        return
    if not resp.body:
        yield Failure(url, "fetch", "the server sent an empty page")
        return
    yield from read_bytes(url, resp.body, options=options, kind=kind, url=resp.url, charset=resp.charset)


# --- documents -----------------------------------------------------------------------------------
def make_document(name: str, text: str, meta: dict, *, options: ReadOptions,
                  quality: Iterable[str] = ()) -> Document | Failure:
    """A Document from extracted text and metadata (``title``, ``published``, ``url``, ``source``
    or ``site``, ``author``, ``language``): cleaned, dated, its language found."""
    from diplograph.ingest.clean import clean

    text = text.replace("\r\n", "\n").strip()
    text, flags = clean(text)
    if not text:
        return Failure(name, "read", "no text in the document")
    flags_out: list[str] = [*quality, *flags]
    pub, source = None, None
    raw_date = meta.get("published")
    if raw_date:
        try:
            pub = parse_date(raw_date)
            source = "metadata"
        except ValueError as exc:
            log.warning("%s: %s", name, exc)
            flags_out.append("bad-published-date")
    if pub is None and options.published is not None:
        pub, source = options.published, "user"
    return Document(
        id=content_id(text),
        text=text,
        path=name,
        url=_str(meta.get("url")),
        title=_str(meta.get("title")),
        published=pub,
        published_source=source,
        site=_str(meta.get("source") or meta.get("site")),
        author=_str(meta.get("author")),
        language=language_of(text, meta.get("language")),
        quality=tuple(dict.fromkeys(flags_out)),
        home_country=options.home_country,
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    value = str(value).strip()
    return value or None


def text_document(name: str, text: str, *, options: ReadOptions, quality: Iterable[str] = ()) -> Document | Failure:
    """Plain text, with optional ``---`` front matter (``title``, ``published``/``date``, ``source``,
    ``url``, ``author``, ``language``)."""
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
    return make_document(name, text, meta, options=options, quality=quality)


def html_language(raw: bytes) -> str | None:
    head = raw[:8192]
    m = _HTML_LANG.search(head) or _META_LANG.search(head)
    return m.group(1).decode("ascii") if m else None


def html_document(name: str, raw: bytes, *, options: ReadOptions, url: str | None = None,
                  charset: str | None = None, meta: dict | None = None,
                  quality: Iterable[str] = ()) -> Document | Failure:
    """The article in an HTML page (trafilatura, comments off, no date guessed from footers).
    ``meta`` fills what the page itself does not say (from a feed entry or a WARC header)."""
    import trafilatura

    try:
        html, detected = decode(raw, declared=charset or declared_charset(raw))
    except DecodeProblem as exc:
        return Failure(name, "read", str(exc))
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        return Failure(name, "read", f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    if result is None or not getattr(result, "text", None):
        return Failure(name, "read", "no article text found in the HTML page")
    fallback = meta or {}
    found = {
        "title": result.title,
        "published": result.date,
        "url": url or result.url,
        "source": result.sitename,
        "author": result.author,
        "language": html_language(raw),
    }
    merged = {k: found.get(k) or fallback.get(k) for k in set(found) | set(fallback)}
    flags = list(quality)
    if detected:
        flags.append(f"encoding:{detected}")
    return make_document(name, result.text, merged, options=options, quality=flags)


def _field(record: dict, path: str):
    value = record
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _first(record: dict, mapped: str | None, fields: tuple[str, ...]):
    if mapped:
        return _field(record, mapped)
    for f in fields:
        if record.get(f) not in (None, ""):
            return record[f]
    return None


def read_jsonl(name: str, stream: BinaryIO, *, options: ReadOptions) -> Iterator[Document | Failure]:
    """One document per line, streamed; a line over the size limit, not UTF-8, not JSON, not an
    object or without text is a Failure naming ``file:line``; a damaged gzip stops the file with
    a Failure after the lines read so far."""
    n = 0
    limit = options.max_bytes
    while True:
        try:
            line = stream.readline(limit + 1)
        except (EOFError, OSError, zlib.error) as exc:
            yield Failure(name, "read", f"the file is damaged or truncated after line {n} ({_gzip_reason(exc)}); "
                                        f"the lines before were read")
            return
        if not line:
            return
        n += 1
        where = f"{name}:{n}"
        if len(line) > limit and not line.endswith(b"\n"):
            try:
                while (rest := stream.readline(65536)) and not rest.endswith(b"\n"):
                    pass
            except (EOFError, OSError, zlib.error):
                pass
            yield Failure(where, "read", f"the line is over the {_mb(limit)} limit for one document")
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Failure(where, "read", f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); JSON lines must be UTF-8")
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Failure(where, "read", f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(where, "read", "the line is JSON but not an object")
            continue
        yield record_document(where, record, options=options)


def record_document(where: str, record: dict, *, options: ReadOptions) -> Document | Failure:
    """The document of one JSON article object (a JSON lines line, a JSON file or an element
    of a JSON list): its text field, with title, date, URL, source, author and language."""
    body = _first(record, options.text_field, TEXT_FIELDS)
    if not isinstance(body, str):
        looked = options.text_field or ", ".join(TEXT_FIELDS)
        return Failure(where, "read", f"no text field (looked for {looked}; choose one with --text-field)")
    meta = {
        "title": _first(record, options.title_field, TITLE_FIELDS),
        "published": _first(record, options.date_field, DATE_FIELDS),
        "url": _first(record, options.url_field, URL_FIELDS),
        "source": record.get("source") or record.get("site"),
        "author": record.get("author") or record.get("authors"),
        "language": record.get("language") or record.get("lang"),
    }
    return make_document(where, body, meta, options=options)


def read_json(name: str, raw: bytes, *, options: ReadOptions) -> Iterator[Document | Failure]:
    """A file holding one JSON value: an article object, or a list of them (``name[3]`` names
    the fourth). A file of several objects one per line is read as JSON lines."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Failure(name, "read", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); JSON must be UTF-8")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(name, io.BytesIO(raw), options=options)  # JSON lines named .json
            return
        yield Failure(name, "read", f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(value, dict):
        yield record_document(name, value, options=options)
    elif isinstance(value, list):
        if not value:
            yield Failure(name, "read", "the file is an empty JSON list")
        for i, item in enumerate(value):
            where = f"{name}[{i}]"
            if isinstance(item, dict):
                yield record_document(where, item, options=options)
            else:
                yield Failure(where, "read", "the list item is JSON but not an object")
    else:
        yield Failure(name, "read", "the file is JSON but neither an article object nor a list of them")


def _gzip_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip: the compressed stream ends early"
    return f"{type(exc).__name__}: {exc}"
