"""RSS and Atom feeds (feedparser). Each entry's linked page is fetched (politely, see
``fetch.py``) and read as HTML; the entry gives what the page lacks (title, date, author). When the
page cannot be fetched or holds no article, the entry's own content or summary is used instead and
the document is flagged ``feed-summary-only``; an entry with neither is a Failure naming its URL."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser

from diplograph.ingest.fetch import FetchError, Fetcher
from diplograph.types import Document, Failure

log = logging.getLogger(__name__)

SUMMARY_ONLY = "feed-summary-only"
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


class _Text(HTMLParser):
    """The text of an HTML fragment, one paragraph per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    paras = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paras if p)


def _entry_date(entry) -> tuple[date | None, str | None]:
    for key, flag in (("published_parsed", None), ("updated_parsed", "date-from-feed-updated")):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday), flag
    return None, None


def _entry_text(entry) -> str:
    content = entry.get("content") or []
    best = max((c.get("value", "") for c in content), key=len, default="")
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) > len(summary) else summary)


def read_feed(name: str, raw: bytes, *, options, url: str | None = None) -> Iterator[Document | Failure]:
    import feedparser

    from diplograph.ingest.readers import html_document, make_document

    parsed = feedparser.parse(raw, response_headers={"content-location": url} if url else None)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        if parsed.get("version"):
            yield Failure(name, "read", f"the feed has no entries{why}")
        else:
            yield Failure(name, "read", f"not an RSS or Atom feed{why}")
        return
    site = parsed.feed.get("title")
    entries = []
    for n, entry in enumerate(parsed.entries, start=1):
        published, date_flag = _entry_date(entry)
        meta = {
            "title": entry.get("title"),
            "published": published,
            "url": entry.get("link"),
            "source": site,
            "author": entry.get("author"),
            "language": entry.get("language") or parsed.feed.get("language"),
        }
        entries.append((n, entry, meta, date_flag))

    links = [meta["url"] for _, _, meta, _ in entries if meta["url"] and options.fetch_links]
    pages = Fetcher(options.fetch_options()).map(links) if links else iter(())
    for n, entry, meta, date_flag in entries:
        where = meta["url"] or f"{name}#{n}"
        flags = [date_flag] if date_flag else []
        reason = "its link was not fetched (--no-fetch)" if meta["url"] else "the entry has no link"
        if meta["url"] and options.fetch_links:
            link, got = next(pages)
            assert link == meta["url"]
            if isinstance(got, FetchError):
                reason = got.reason
            else:
                doc = html_document(where, got.body, options=options, url=got.url, charset=got.charset,
                                    meta=meta, quality=flags)
                if isinstance(doc, Document):
                    yield doc
                    continue
                reason = doc.reason
        text = _entry_text(entry)
        if not text:
            stage = "fetch" if meta["url"] and options.fetch_links else "read"
            yield Failure(where, stage, f"{reason}, and the feed entry has no summary to use instead")
            continue
        log.info("%s: %s; using the feed's summary", where, reason)
        yield make_document(where, text, meta, options=options, quality=[*flags, SUMMARY_ONLY])
