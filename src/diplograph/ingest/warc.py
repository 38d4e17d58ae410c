"""WARC and ARC archives (plain or gzipped, as Common Crawl writes them), streamed with warcio.

Each ``response`` record with status 200 and an HTML body is one page; its ``WARC-Target-URI`` is
the document's URL. ``WARC-Date`` is when the page was crawled, not when it was published: it is
never used as the publication date, only kept as a quality flag (``crawl-date:YYYY-MM-DD``) when
the page itself gives no date. A record is named ``FILE@OFFSET`` (its byte offset in the file), so
failures point at it and a re-run names it the same way."""
from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from diplograph.types import Document, Failure

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Damaged(Exception):
    pass


def _records(it, counted: "_Counted"):
    """warcio's records, with every way a damaged archive shows itself turned into _Damaged:
    warcio raises many kinds on malformed input, and ends quietly on a cut-off one."""
    last = None
    while True:
        try:
            record = next(it)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio's parser errors have no common base
            raise _Damaged(f"{type(exc).__name__}: {exc}") from exc
        if record.rec_type is None or record.length is None:  # every record has a Content-Length
            raise _Damaged("a record header is cut off")
        last = record
        yield record
    if last is None:
        return
    short = getattr(last.raw_stream, "limit", 0)  # a record shorter than its Content-Length
    if short > 0:
        raise _Damaged(f"the last record is {short} bytes short")
    end = sum(it.member_info) if it.member_info else 0
    slack = 0 if it.member_info and _is_gzip(counted.stream) else 4  # plain WARC: blank lines
    if counted.count - end > slack:  # bytes after the last whole record (a cut-off header)
        raise _Damaged(f"{counted.count - end} bytes after the last whole record")
    if it.member_info and not _last_member_complete(counted.stream, it.member_info[0]):
        raise _Damaged("truncated gzip: the last compressed record ends early")


def _is_gzip(stream: BinaryIO) -> bool:
    try:
        if not stream.seekable():
            return False
        stream.seek(0)
        return stream.read(2) == b"\x1f\x8b"
    except (OSError, AttributeError, ValueError):
        return False


def _last_member_complete(stream: BinaryIO, offset: int) -> bool:
    """Whether the gzip member at ``offset`` (the last record) has its end-of-stream trailer;
    True when the archive is not gzipped or the stream cannot seek back (a pipe)."""
    try:
        if not stream.seekable():
            return True
        stream.seek(offset)
        data = stream.read(64 * 1024 * 1024)
    except (OSError, AttributeError, ValueError):
        return True
    if not data.startswith(b"\x1f\x8b"):
        return True
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while data and not d.eof:
            d.decompress(data, 1 << 20)
            data = d.unconsumed_tail
    except zlib.error:
        return False
    return d.eof


def read_warc(name: str, stream: BinaryIO, *, options) -> Iterator[Document | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    from diplograph.ingest.readers import _mb, html_document

    limit = options.max_bytes
    if not _looks_like_archive(stream):
        yield Failure(name, "read", "not a WARC or ARC archive (it does not start with a WARC/ARC record header)")
        return
    records = pages = 0
    counted = _Counted(stream)
    it = ArchiveIterator(counted, arc2warc=True)
    try:
        for record in _records(it, counted):
            records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if status != "200" or ctype not in HTML_TYPES:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                body = record.content_stream().read(limit + 1)
                where = f"{name}@{it.get_record_offset()}"  # known once the record is read
            except Exception as exc:  # noqa: BLE001 - zlib, EOF, chunked-encoding errors
                raise _Damaged(f"{type(exc).__name__}: {exc}") from exc
            if len(body) > limit:
                yield Failure(where, "read", f"the page {url} is over the {_mb(limit)} limit for one document")
                continue
            pages += 1
            charset = _charset(record.http_headers.get_header("Content-Type"))
            crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10]
            doc = html_document(where, body, options=options, url=url, charset=charset)
            if isinstance(doc, Document) and doc.published_source != "metadata" and crawled:
                doc = doc.replace(quality=doc.quality + (f"crawl-date:{crawled}",))
            yield doc
    except _Damaged as exc:
        yield Failure(name, "read", f"the archive is damaged or truncated after {records} records ({exc}); "
                                    f"the pages before were read")
        return
    if records == 0:
        yield Failure(name, "read", "no WARC records in the file")
    log.info("%s: %d records, %d HTML pages", name, records, pages)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower() or None
    return None


def _peek(stream: BinaryIO, n: int) -> bytes:
    if hasattr(stream, "peek"):
        return stream.peek(n)[:n]
    pos = stream.tell()
    head = stream.read(n)
    stream.seek(pos)
    return head


def _looks_like_archive(stream: BinaryIO) -> bool:
    head = _peek(stream, 4096)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip()
    return head.startswith((b"WARC/", b"filedesc://"))


class _Counted:
    """The input as warcio reads it, counting the bytes (and so giving ``tell`` on pipes)."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count
