"""The library functions behind the commands: extract (nothing stored) and ingest (DuckDB),
in one process, with a pool of worker processes, or on a Dask cluster (:mod:`diplograph.scale`).

With ``processes > 1`` each worker loads the spaCy model once and runs
:func:`diplograph.pipeline.process` on whole batches; the parent reads the sources, skips what is
already stored, hands batches out (a bounded number in flight, so memory stays bounded) and writes
the results to DuckDB itself, in input order, one transaction per batch. Results are the same as
in one process. Dask workers run the same ``_work`` on the same batches."""
from __future__ import annotations

import contextlib
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from diplograph.errors import DiplographError
from diplograph.ingest import ReadOptions, iter_sources, read_source
from diplograph.store import DEFAULT_DB, Store
from diplograph.types import Document, Failure

log = logging.getLogger(__name__)

ENGLISH = ("en",)
STAGE_NAMES = ("reading", "parsing", "actors", "time", "events", "storing")


class WorkerDied(DiplographError):
    def __init__(self, detail: str):
        super().__init__(f"a worker process stopped unexpectedly ({detail}); it may have run out of memory: "
                         f"try fewer --processes or a smaller --batch-size, then run the command again (it resumes)")


def read_all(paths: Iterable[str | Path], *, published: date | None = None, options: ReadOptions | None = None,
             on_file: Callable[[str], None] | None = None) -> Iterator[Document | Failure]:
    options = options or ReadOptions(published=published)
    for item in iter_sources(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_source(item, options=options)
        if on_file:
            on_file(str(item.path if isinstance(item, Failure) else item))


def analysable(doc: Document, languages: tuple[str, ...] | None) -> bool:
    """Whether the pipeline runs on a document: its language is one asked for (None: any)."""
    return languages is None or (doc.language or "en") in languages


# --- timing ------------------------------------------------------------------------------------
@contextlib.contextmanager
def stage_timer(timings: dict[str, float]):
    """Add the seconds spent parsing and in each pipeline stage to ``timings`` while active, by
    wrapping the parser and the stage functions that ``pipeline.process`` calls (so what is timed
    is exactly what runs). Restores them on exit."""
    from diplograph import nlp as nlp_module
    from diplograph import pipeline

    def timed(name: str, func: Callable) -> Callable:
        def run(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
        return run

    class _TimedNLP:
        parse = staticmethod(timed("parsing", nlp_module.parse))

        def __getattr__(self, name):
            return getattr(nlp_module, name)

    saved = (pipeline.nlp, pipeline.STAGES)
    pipeline.nlp = _TimedNLP()
    pipeline.STAGES = tuple(type(s)(s.name, timed(s.name, s.func), s.requires, s.assigns) for s in saved[1])
    try:
        yield timings
    finally:
        pipeline.nlp, pipeline.STAGES = saved


# --- worker processes --------------------------------------------------------------------------
_worker_timings: dict[str, float] | None = None
_worker_timer = None  # held so that the timer stays active for the life of the worker


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent process is gone (killed with SIGKILL, say): nothing
    else would, and an orphan would go on holding its memory."""
    import os

    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(timed: bool, level: int) -> None:
    import os
    import threading

    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    logging.basicConfig(level=level, format="%(levelname)s %(name)s[worker]: %(message)s")
    _prepare_worker(timed)


def _prepare_worker(timed: bool) -> None:
    """Load the model and the dictionaries and, when ``timed``, start the stage timer: once per
    worker process (of the process pool or of a Dask cluster). (Loaded here, the dictionaries
    do not slow the worker's first batch nor count in the time of the stage that first used them.)"""
    global _worker_timings, _worker_timer
    from diplograph import nlp
    from diplograph.actors.lexicon import lexicon
    from diplograph.events.ontology import ontology

    nlp.load()
    lexicon()
    ontology()
    if timed and _worker_timer is None:
        _worker_timings = {}
        _worker_timer = stage_timer(_worker_timings)
        _worker_timer.__enter__()


def _work(docs: list[Document]) -> tuple[list[Document | Failure], dict[str, float]]:
    from diplograph.pipeline import process

    results = process(docs)
    if _worker_timings is None:
        return results, {}
    spent = dict(_worker_timings)
    _worker_timings.clear()
    return results, spent


def _ready() -> tuple[int, float]:
    import os
    import resource

    time.sleep(0.05)  # so that the tasks spread over all workers
    r = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), r.ru_utime + r.ru_stime


class Pool:
    """Worker processes that each load the model once. Use as a context manager."""

    def __init__(self, processes: int, *, timed: bool = False):
        import importlib.util
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from diplograph import nlp
        from diplograph.errors import ModelMissing

        if importlib.util.find_spec(nlp.MODEL) is None:  # say so here, not as a broken pool later
            raise ModelMissing(nlp.MODEL)
        # spawn, not fork: the parent may hold DuckDB and fetch threads, which fork does not copy safely.
        self.processes = processes
        self.executor = ProcessPoolExecutor(
            max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(timed, logging.getLogger().getEffectiveLevel()),
        )

    def warm_up(self) -> None:
        """Wait until every worker has loaded the model (for benchmarks that time the work only)."""
        from concurrent.futures.process import BrokenProcessPool

        self._startup: dict[int, float] = {}
        try:
            for f in [self.executor.submit(_ready) for _ in range(self.processes * 4)]:
                pid, cpu = f.result()
                self._startup[pid] = max(cpu, self._startup.get(pid, 0.0))
        except BrokenProcessPool as exc:
            raise WorkerDied(str(exc) or "killed") from exc

    def startup_cpu(self) -> float:
        """CPU seconds the workers had used when warm_up ended (their model loading)."""
        return sum(getattr(self, "_startup", {}).values())

    def submit(self, docs: list[Document]):
        return self.executor.submit(_work, docs)

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _merge(batch: list, results: Iterable[Document | Failure], languages) -> Iterator[Document | Failure]:
    done = iter(results)
    for item in batch:
        if isinstance(item, Document) and analysable(item, languages):
            yield next(done)
        else:
            yield item


def analyse(items: Iterable[Document | Failure], *, processes: int = 1, batch_size: int = 32,
            languages: tuple[str, ...] | None = ENGLISH, timings: dict[str, float] | None = None,
            pool: Pool | None = None, dask: str | None = None) -> Iterator[Document | Failure]:
    """Documents with their events, in input order. Failures pass through; documents in a
    language not asked for pass through unanalysed (no sentences, no events). ``timings``, when
    given, receives the seconds spent per stage (reading: pulling from ``items``). ``pool`` is a
    running :class:`Pool` or :class:`diplograph.scale.DaskPool`; ``dask`` (a scheduler address,
    or ``"local"`` for ``processes`` workers on this machine) starts a DaskPool for this run."""
    reading = 0.0

    def pulled() -> Iterator:
        nonlocal reading
        it = iter(items)
        while True:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                reading += time.perf_counter() - t0
            yield item

    source = pulled() if timings is not None else items
    try:
        if processes <= 1 and pool is None and dask is None:
            from diplograph.pipeline import process

            ctx = stage_timer(timings) if timings is not None else contextlib.nullcontext()
            with ctx:
                for batch in _batches(source, batch_size):
                    docs = [d for d in batch if isinstance(d, Document) and analysable(d, languages)]
                    yield from _merge(batch, process(docs) if docs else (), languages)
            return
        own = pool is None
        if pool is None and dask is not None:
            from diplograph.scale import DaskPool

            pool = DaskPool(dask, processes=processes, timed=timings is not None)
        pool = pool or Pool(processes, timed=timings is not None)
        try:
            window: deque = deque()
            limit = pool.processes * 2
            for batch in _batches(source, batch_size):
                docs = [d for d in batch if isinstance(d, Document) and analysable(d, languages)]
                window.append((batch, pool.submit(docs) if docs else None))
                while len(window) >= limit:
                    yield from _collect(window.popleft(), languages, timings)
            while window:
                yield from _collect(window.popleft(), languages, timings)
        finally:
            if own:
                pool.__exit__(None, None, None)
    finally:
        if timings is not None:
            timings["reading"] = timings.get("reading", 0.0) + reading


def _collect(entry, languages, timings) -> Iterator[Document | Failure]:
    from concurrent.futures.process import BrokenProcessPool

    batch, future = entry
    results: list = []
    if future is not None:
        try:
            results, spent = future.result()
        except BrokenProcessPool as exc:
            raise WorkerDied(str(exc) or "killed") from exc
        if timings is not None:
            for k, v in spent.items():
                timings[k] = timings.get(k, 0.0) + v
    yield from _merge(batch, results, languages)


def extract(paths: Iterable[str | Path], *, published: date | None = None, options: ReadOptions | None = None,
            batch_size: int = 32, processes: int = 1, languages: tuple[str, ...] | None = ENGLISH,
            dask: str | None = None) -> Iterator[Document | Failure]:
    """Documents with their events, and Failures for what could not be read or processed.
    Documents in other languages come back unanalysed (check ``doc.language``). ``dask``: run
    the pipeline on that Dask cluster (see :func:`analyse`)."""
    options = options or ReadOptions(published=published)
    yield from analyse(read_all(paths, options=options), processes=processes, batch_size=batch_size,
                       languages=languages, dask=dask)


@dataclass
class IngestSummary:
    files: int = 0
    documents: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0  # copies of a stored document, linked in the duplicates table
    events: int = 0
    published_applied: int = 0
    no_published: int = 0
    words: int = 0  # in the documents analysed in this run
    analysed: int = 0
    other_languages: Counter = field(default_factory=Counter)  # stored, not analysed
    summary_only: int = 0  # feed entries whose page could not be read
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def ingest(paths: Iterable[str | Path], *, db: str | Path = DEFAULT_DB, published: date | None = None,
           options: ReadOptions | None = None, batch_size: int = 32, processes: int = 1,
           languages: tuple[str, ...] | None = ENGLISH, timed: bool = False, pool: Pool | None = None,
           limit: int | None = None, progress: Callable[[IngestSummary], None] | None = None,
           near_duplicates: bool = True, refresh_analysis: bool = True, dask: str | None = None) -> IngestSummary:
    """Store documents, mentions, timexes and events in DuckDB. Documents already stored (same
    content hash) are skipped before parsing, so a second run, or a run after a crash (even
    ``kill -9``), does only what is left and ends with what one clean run gives. Each batch is
    written in one transaction. Documents in other languages are stored without analysis.
    ``timed`` fills ``summary.timings`` (seconds per stage); ``limit`` stops after that many
    documents; ``pool`` reuses worker processes that are already running; ``dask`` analyses on
    that Dask cluster (a scheduler address, or ``"local"``) while this process writes."""
    from diplograph.ingest.feeds import SUMMARY_ONLY

    options = options or ReadOptions(published=published)
    summary = IngestSummary()
    timings: dict[str, float] | None = summary.timings if timed else None
    paths = list(paths)
    with Store(db) as store:
        events_before = store.counts()["events"]
        near_links: list = []
        dedup = _duplicate_index(store) if near_duplicates else None
        checking = [0.0]  # seconds spent asking the database whether a document is stored

        def unread() -> Iterator[Document | Failure]:
            for item in read_all(paths, options=options, on_file=lambda _: _count_file(summary, progress)):
                if isinstance(item, Document):
                    if limit is not None and summary.documents >= limit:
                        return
                    summary.documents += 1
                    if item.published_source == "user":
                        summary.published_applied += 1
                    elif item.published is None:
                        summary.no_published += 1
                    t0 = time.perf_counter()
                    stored = store.has_document(item.id)
                    checking[0] += time.perf_counter() - t0
                    if stored:
                        summary.duplicates += 1
                        continue
                    match = dedup.add_match(item.id, item.text) if dedup is not None else None
                    if match is not None:  # a syndicated copy: linked to its original, not analysed twice
                        near_links.append((item, match.doc_id, match.similarity, match.exact))
                        summary.near_duplicates += 1
                        continue
                yield item

        batch_docs: list[Document] = []
        batch_fail: list[Failure] = []
        for item in analyse(unread(), processes=processes, batch_size=batch_size, languages=languages,
                            timings=timings, pool=pool, dask=dask):
            if isinstance(item, Failure):
                batch_fail.append(item)
                summary.failures.append(item)
            else:
                batch_docs.append(item)
                if analysable(item, languages):
                    summary.analysed += 1
                    summary.words += len(item.text.split())
                else:
                    summary.other_languages[item.language or "und"] += 1
                if SUMMARY_ONLY in item.quality:
                    summary.summary_only += 1
            if len(batch_docs) + len(batch_fail) >= batch_size:
                _flush(store, batch_docs, batch_fail, summary, timings)
                if progress:
                    progress(summary)
        _flush(store, batch_docs, batch_fail, summary, timings)
        if near_links:
            store.link_duplicates(near_links)
        summary.events = store.counts()["events"] - events_before
        if refresh_analysis and (summary.new or near_links):
            from diplograph.analysis import refresh

            refresh(store)  # event clusters across documents and the agreements table
        if timings is not None:
            # reading was timed around the whole pull, which includes the stored-document checks
            timings["reading"] = max(0.0, timings.get("reading", 0.0) - checking[0])
            timings["storing"] = timings.get("storing", 0.0) + checking[0]
        if progress:
            progress(summary)
    return summary


def _duplicate_index(store: Store):
    """MinHash index of the stored documents, rebuilt from the database so that a resumed run
    links copies exactly as an uninterrupted one does."""
    from diplograph.ingest.dedup import DuplicateIndex

    return DuplicateIndex.from_texts(store.texts())


def _count_file(summary: IngestSummary, progress) -> None:
    summary.files += 1
    if progress:
        progress(summary)


def _flush(store: Store, docs: list[Document], fails: list[Failure], summary: IngestSummary,
           timings: dict[str, float] | None = None) -> None:
    if not docs and not fails:
        return
    t0 = time.perf_counter()
    new = store.write(docs, fails)
    if timings is not None:
        timings["storing"] = timings.get("storing", 0.0) + time.perf_counter() - t0
    summary.new += new
    summary.duplicates += len(docs) - new
    log.info("stored a batch: %d documents (%d new), %d failures", len(docs), new, len(fails))
    docs.clear()
    fails.clear()


def parse_languages(value: str | None) -> tuple[str, ...] | None:
    """``"en"``, ``"en,fr"`` -> codes; ``"all"`` (or ``"any"``) -> None, meaning every language."""
    if value is None or value.strip().lower() in ("all", "any", "*"):
        return None
    codes = tuple(dict.fromkeys(c.strip().lower() for c in value.split(",") if c.strip()))
    bad = [c for c in codes if not (c.isalpha() and 2 <= len(c) <= 3) and not c.startswith("und")]
    if bad or not codes:
        raise ValueError(f"{value!r} is not a list of language codes; use e.g. en or en,fr or all")
    return codes


def describe_languages(counts: Counter) -> str:
    return ", ".join(f"{lang} {n}" for lang, n in counts.most_common())
