"""``diplograph bench``: throughput of the whole ingest (read, parse, actors, time, events,
store into a throw-away DuckDB file) beside bare spaCy ``nlp.pipe`` on the same texts, with the
time share of each stage and the peak memory of the process tree.

Model loading is left out of both timings (the workers are started and have loaded the model
before the clock starts; spaCy's own worker processes are forked from a process that has it).
With ``--dask`` our side runs on Dask workers (``local``: a cluster of ``--processes`` workers
here); their CPU time is asked from the workers themselves, and the scheduler's is in ours."""

import json
import os
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Optional

from diplograph.jobs import STAGE_NAMES


# --- memory ------------------------------------------------------------------------------------
def _tree(root: int) -> list[int]:
    """The process and its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class PeakRSS:
    """Samples the summed resident memory of this process and its children (an upper bound:
    pages shared between processes count once per process). Use as a context manager."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="peak-rss")

    def sample(self) -> int:
        if not os.path.isdir("/proc"):
            import resource

            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        total = sum(_rss(pid) for pid in _tree(os.getpid()))
        self.peak = max(self.peak, total)
        return total

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "PeakRSS":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


# --- the benchmark -----------------------------------------------------------------------------
@dataclass
class Run:
    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # user + system, this process and its (finished) children
    peak_rss_mb: float = 0.0
    events: int | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_s(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2), "words_per_s": round(self.words_per_s, 1),
                "words_per_cpu_s": round(self.words_per_cpu_s, 1)}


def _cpu() -> float:
    """CPU seconds used so far by this process and its children that have ended."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class BenchReport:
    paths: list[str]
    processes: int
    batch_size: int
    cpus: int
    ours: Run
    spacy: Run
    stages: dict[str, float] = field(default_factory=dict)  # seconds, summed over processes
    startup_seconds: float = 0.0
    failures: int = 0
    dask: str | None = None  # the scheduler address (or "local") when ours ran on Dask

    @property
    def ratio(self) -> float:
        return self.ours.words_per_s / self.spacy.words_per_s if self.spacy.words_per_s else 0.0

    def shares(self) -> dict[str, float]:
        total = sum(self.stages.values()) or 1.0
        return {k: self.stages.get(k, 0.0) / total for k in STAGE_NAMES}

    def as_dict(self) -> dict:
        return {
            "paths": self.paths, "processes": self.processes, "batch_size": self.batch_size, "cpus": self.cpus,
            "dask": self.dask,
            "diplograph": self.ours.as_dict(), "spacy": self.spacy.as_dict(), "ratio_words_per_s": round(self.ratio, 3),
            "stage_seconds": {k: round(self.stages.get(k, 0.0), 3) for k in STAGE_NAMES},
            "stage_share": {k: round(v, 4) for k, v in self.shares().items()},
            "startup_seconds": round(self.startup_seconds, 2), "failures": self.failures,
            "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        }


def _texts(paths, options, limit: int | None, languages) -> list[str]:
    """The texts of the documents the pipeline analyses, each once, in input order."""
    from diplograph.jobs import analysable, read_all
    from diplograph.types import Document

    seen, texts, n = set(), [], 0
    for item in read_all(paths, options=options):
        if not isinstance(item, Document):
            continue
        if limit is not None and n >= limit:
            break
        n += 1
        if item.id not in seen and analysable(item, languages):
            seen.add(item.id)
            texts.append(item.text)
    return texts


def _reap() -> None:
    """Wait for spaCy's worker processes to end, so that their CPU time is counted."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.join(timeout=30)


def _self_cpu() -> float:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _run_ours(paths, *, processes, limit, batch_size, options, languages, dask=None):
    from diplograph import nlp
    from diplograph.jobs import Pool, ingest

    run = Run()
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp, PeakRSS() as mem:
        t0 = time.perf_counter()
        pool, startup_cpu = None, 0.0
        if dask is not None:
            from diplograph.scale import DaskPool

            pool = DaskPool(dask, processes=processes, timed=True)
            pool.warm_up()
        elif processes > 1:
            pool = Pool(processes, timed=True)
            pool.warm_up()
            startup_cpu = pool.startup_cpu()
        else:
            nlp.load()
        startup = time.perf_counter() - t0
        try:
            # Dask workers may be on other machines: ask them for their CPU time, before they end
            t0, c0 = time.perf_counter(), (_self_cpu() + pool.worker_cpu() if dask else _cpu())
            summary = ingest(paths, db=Path(tmp) / "bench.duckdb", options=options, batch_size=batch_size,
                             processes=processes, languages=languages, timed=True, pool=pool, limit=limit)
            run.seconds = time.perf_counter() - t0
            if dask is not None:
                run.cpu_seconds = _self_cpu() + pool.worker_cpu() - c0
        finally:
            if pool is not None:
                pool.__exit__(None, None, None)  # the workers end, so their CPU time is counted
        if dask is None:
            # less the workers' start-up (they ended inside the measured span, with their model loading)
            run.cpu_seconds = _cpu() - c0 - startup_cpu
    run.articles, run.words, run.events = summary.analysed, summary.words, summary.events
    run.peak_rss_mb = mem.peak / 1e6
    return run, summary, startup


def _run_spacy(texts, *, processes, batch_size):
    from diplograph import nlp

    run = Run()
    with PeakRSS() as mem:
        model = nlp.load()
        t0, c0 = time.perf_counter(), _cpu()
        for _ in model.pipe(texts, batch_size=batch_size, n_process=processes):
            pass
        run.seconds = time.perf_counter() - t0
        if processes > 1:  # otherwise spaCy started none (and other children, a Dask cluster's say, are not ours)
            _reap()
        run.cpu_seconds = _cpu() - c0
    run.articles = len(texts)
    run.words = sum(len(t.split()) for t in texts)
    run.peak_rss_mb = mem.peak / 1e6
    return run


def run_bench(paths: list[str], *, processes: int = 1, limit: int | None = None, batch_size: int = 32,
              spacy_batch_size: int = 32, options=None, languages=("en",), repeat: int = 1,
              dask: str | None = None) -> BenchReport:
    """Ingest ``paths`` into a temporary database with timings, then run bare spaCy on the same
    texts with the same number of processes; ``repeat`` times, alternating, keeping the fastest
    run of each (and the highest peak memory), which damps the noise of a shared machine.
    ``dask``: our ingest parses on that Dask cluster (``"local"``: ``processes`` workers here)."""
    from diplograph.ingest import ReadOptions

    options = options or ReadOptions()
    report = BenchReport(paths=[str(p) for p in paths], processes=processes, batch_size=batch_size,
                         cpus=os.cpu_count() or 1, ours=Run(), spacy=Run(), dask=dask)
    texts = None
    peak_ours = peak_spacy = 0.0
    for _ in range(max(1, repeat)):
        ours, summary, startup = _run_ours(paths, processes=processes, limit=limit, batch_size=batch_size,
                                           options=options, languages=languages, dask=dask)
        peak_ours = max(peak_ours, ours.peak_rss_mb)
        if not report.ours.seconds or ours.seconds < report.ours.seconds:
            report.ours, report.stages, report.startup_seconds = ours, dict(summary.timings), startup
            report.failures = len(summary.failures)
        if texts is None:
            texts = _texts(paths, options, limit, languages)
        bare = _run_spacy(texts, processes=processes, batch_size=spacy_batch_size)
        peak_spacy = max(peak_spacy, bare.peak_rss_mb)
        if not report.spacy.seconds or bare.seconds < report.spacy.seconds:
            report.spacy = bare
    report.ours.peak_rss_mb, report.spacy.peak_rss_mb = peak_ours, peak_spacy
    return report


# --- the command -------------------------------------------------------------------------------
def register(app, ctx) -> None:
    import typer

    @app.command()
    def bench(
        paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders to read (any format ingest reads); default: the bundled sample corpus.", show_default=False)] = None,
        processes: Annotated[int, typer.Option(min=1, help="Worker processes, for us and for spaCy's n_process.")] = 1,
        limit: Annotated[Optional[int], typer.Option(min=1, help="Use only the first N documents.")] = None,
        batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch (ours and spaCy's).")] = 32,
        repeat: Annotated[int, typer.Option(min=1, help="Run both this many times, alternating, and keep the fastest of each.")] = 1,
        dask: ctx.DaskOpt = None,
        text_field: Annotated[Optional[str], typer.Option(help="JSONL: the field with the article text.")] = None,
        format: Annotated[ctx.TableFormat, typer.Option("--format", "-f", help="table or json.")] = ctx.TableFormat.table,
    ) -> None:
        """Measure throughput: articles/s, words/s, time share per stage and peak memory of the
        whole ingest (into a temporary database), beside bare spaCy nlp.pipe on the same texts.

        Example: diplograph bench ../shared/corpora/bbc_fulltext/bbc_fulltext.jsonl --processes 2 --limit 500

        On Dask: diplograph bench ../shared/corpora/bbc_fulltext/bbc_fulltext.jsonl --dask local --processes 2
        """
        from importlib import resources

        from rich.table import Table

        from diplograph.errors import DiplographError
        from diplograph.ingest import ReadOptions

        options = ReadOptions(text_field=text_field)
        try:
            if paths:
                report = run_bench(paths, processes=processes, limit=limit, batch_size=batch_size,
                                   spacy_batch_size=batch_size, options=options, repeat=repeat, dask=dask)
            else:
                with resources.as_file(resources.files("diplograph").joinpath("data", "sample")) as sample:
                    report = run_bench([str(sample)], processes=processes, limit=limit, batch_size=batch_size,
                                       spacy_batch_size=batch_size, options=options, repeat=repeat, dask=dask)
        except DiplographError as exc:
            ctx.fail(str(exc))
        if format is not ctx.TableFormat.table:
            ctx.out.out(json.dumps(report.as_dict(), indent=1), highlight=False)
            return
        o, s = report.ours, report.spacy
        on_dask = f" (ours on Dask: {report.dask})" if report.dask else ""
        table = Table(title=f"{o.articles} articles, {o.words:,} words, {report.processes} process"
                            f"{'es' if report.processes > 1 else ''}{on_dask} on {report.cpus} CPUs")
        table.add_column("")
        table.add_column("diplograph", justify="right")
        table.add_column("bare spaCy", justify="right")
        table.add_row("seconds", f"{o.seconds:.1f}", f"{s.seconds:.1f}")
        table.add_row("articles/s", f"{o.articles_per_s:.1f}", f"{s.articles_per_s:.1f}")
        table.add_row("words/s", f"{o.words_per_s:,.0f}", f"{s.words_per_s:,.0f}")
        table.add_row("CPU seconds", f"{o.cpu_seconds:.1f}", f"{s.cpu_seconds:.1f}")
        table.add_row("words per CPU second", f"{o.words_per_cpu_s:,.0f}", f"{s.words_per_cpu_s:,.0f}")
        table.add_row("peak RSS (MB)", f"{o.peak_rss_mb:,.0f}", f"{s.peak_rss_mb:,.0f}")
        table.add_row("events", f"{o.events:,}", "-")
        ctx.out.print(table)
        cpu_ratio = o.words_per_cpu_s / s.words_per_cpu_s if s.words_per_cpu_s else 0.0
        ctx.out.print(f"diplograph / bare spaCy words/s: {report.ratio:.0%} (per CPU second: {cpu_ratio:.0%}; "
                      f"the wall-clock ratio needs an otherwise idle machine)", highlight=False)
        stages = Table(title="time per stage (seconds summed over processes)")
        stages.add_column("stage")
        stages.add_column("seconds", justify="right")
        stages.add_column("share", justify="right")
        for name, share in report.shares().items():
            stages.add_row(name, f"{report.stages.get(name, 0.0):.2f}", f"{share:.1%}")
        ctx.out.print(stages)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        ctx.out.print(f"start-up (model loading, not timed above): {report.startup_seconds:.1f} s; "
                      f"failed documents: {report.failures}; load average at the end: {load:.1f}", highlight=False)
