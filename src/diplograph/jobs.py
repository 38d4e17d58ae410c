"""The library functions behind the commands: extract (nothing stored) and ingest (DuckDB)."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.ingest import iter_paths, read_path
from diplograph.pipeline import run
from diplograph.store import DEFAULT_DB, Store
from diplograph.types import Document, Failure

log = logging.getLogger(__name__)


def read_all(paths: Iterable[str | Path], *, published: date | None = None,
             on_file: Callable[[str], None] | None = None) -> Iterator[Document | Failure]:
    for item in iter_paths(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_path(item, published=published)
        if on_file:
            on_file(str(item.path if isinstance(item, Failure) else item))


def extract(paths: Iterable[str | Path], *, published: date | None = None, batch_size: int = 32) -> Iterator[Document | Failure]:
    """Documents with their events, and Failures for what could not be read or processed."""
    yield from run(read_all(paths, published=published), batch_size=batch_size)


@dataclass
class IngestSummary:
    files: int = 0
    documents: int = 0
    new: int = 0
    duplicates: int = 0
    events: int = 0
    published_applied: int = 0
    no_published: int = 0
    failures: list[Failure] = field(default_factory=list)


def ingest(paths: Iterable[str | Path], *, db: str | Path = DEFAULT_DB, published: date | None = None,
           batch_size: int = 32, progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Store documents, mentions, timexes and events in DuckDB. Documents already stored (same
    content hash) are skipped before parsing, so a second run, or a run after a crash, does
    only what is left. Each batch is written in one transaction."""
    summary = IngestSummary()
    paths = list(paths)
    with Store(db) as store:
        events_before = store.counts()["events"]
        def unread() -> Iterator[Document | Failure]:
            for item in read_all(paths, published=published, on_file=lambda _: _count_file(summary, progress)):
                if isinstance(item, Document):
                    summary.documents += 1
                    if item.published_source == "user":
                        summary.published_applied += 1
                    elif item.published is None:
                        summary.no_published += 1
                    if store.has_document(item.id):
                        summary.duplicates += 1
                        continue
                yield item

        batch_docs: list[Document] = []
        batch_fail: list[Failure] = []
        for item in run(unread(), batch_size=batch_size):
            if isinstance(item, Failure):
                batch_fail.append(item)
                summary.failures.append(item)
            else:
                batch_docs.append(item)
            if len(batch_docs) + len(batch_fail) >= batch_size:
                _flush(store, batch_docs, batch_fail, summary)
                if progress:
                    progress(summary)
        _flush(store, batch_docs, batch_fail, summary)
        summary.events = store.counts()["events"] - events_before
        if progress:
            progress(summary)
    return summary


def _count_file(summary: IngestSummary, progress) -> None:
    summary.files += 1
    if progress:
        progress(summary)


def _flush(store: Store, docs: list[Document], fails: list[Failure], summary: IngestSummary) -> None:
    if not docs and not fails:
        return
    new = store.write(docs, fails)
    summary.new += new
    summary.duplicates += len(docs) - new
    docs.clear()
    fails.clear()
