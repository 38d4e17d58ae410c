"""Dask backend: the pipeline on the workers of a Dask cluster, with the interface of
:class:`diplograph.jobs.Pool` (no domain logic here).

``DaskPool("tcp://host:8786")`` connects to a running scheduler; ``DaskPool("local")`` starts a
cluster of ``processes`` worker processes on this machine (loopback only, no dashboard). Each
worker loads the spaCy model once, when the pool registers its worker plugin, and then runs
:func:`diplograph.jobs._work` on whole batches, exactly what a worker of the process pool runs.
:func:`diplograph.jobs.analyse` submits the batches and collects the results in input order with
a bounded number in flight; reading, deduplication and the DuckDB writes stay in this process.

A batch that raises, or whose worker dies more often than the scheduler allows
(``KilledWorker``), comes back as one :class:`~diplograph.types.Failure` per document; the run
goes on, and since failures are not stored as documents, the next ``ingest`` retries them. An
error of the install (a broken data file, :class:`~diplograph.errors.DiplographError`) stops the
run, as it does in one process.

Workers need diplograph installed, in the same version (``pip install`` the checkout on each
machine). Start them with one thread each (``dask worker ADDRESS --nthreads 1``): a worker runs
one batch at a time whatever its thread count, since the per-worker stage timer is shared."""
from __future__ import annotations

import logging
import re
import threading

from diplograph.errors import DiplographError
from diplograph.types import Document, Failure

log = logging.getLogger(__name__)

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # DaskPool says what to install
    WorkerPlugin = object

LOCAL = "local"
PLUGIN = "diplograph-model"
CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler
WORKERS_TIMEOUT = 60.0  # seconds to wait for a first worker (and for the model to load)


class DaskMissing(DiplographError):
    def __init__(self, detail: str):
        super().__init__(f"--dask needs the packages dask and distributed ({detail}); run `make setup` "
                         f"(or `pip install -r requirements.lock`)")


class SchedulerUnreachable(DiplographError):
    def __init__(self, address: str, detail: str):
        super().__init__(f"cannot reach a Dask scheduler at {address} ({detail}); start one with "
                         f"`dask scheduler` and workers with `dask worker {address} --nthreads 1`, "
                         f"or use --dask local for a cluster on this machine")


class NoWorkers(DiplographError):
    def __init__(self, address: str, seconds: float):
        super().__init__(f"the Dask scheduler at {address} had no worker after {seconds:.0f} s; start some with "
                         f"`dask worker {address} --nthreads 1`")


class WorkerSetupFailed(DiplographError):
    def __init__(self, address: str, detail: str):
        super().__init__(f"the Dask workers of {address} could not load the pipeline ({detail}); install "
                         f"diplograph and its model on every worker machine, in the version used here "
                         f"(`make setup` in a checkout of the same commit)")


class SchedulerLost(DiplographError):
    def __init__(self, address: str, detail: str):
        super().__init__(f"lost the connection to the Dask scheduler at {address} ({detail}); run the command "
                         f"again when it is back (ingest resumes where it stopped)")


def _require():
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError as exc:
        raise DaskMissing(str(exc)) from exc
    return distributed


# --- on the workers ------------------------------------------------------------------------------
_one_at_a_time = threading.Lock()


class ModelPlugin(WorkerPlugin):
    """Loads the model (and starts the stage timer when ``timed``) once per worker process, when
    registered and on every worker that joins later."""

    def __init__(self, timed: bool = False, level: int = logging.WARNING):
        self.timed = timed
        self.level = level

    def setup(self, worker) -> None:
        from diplograph import jobs

        if not logging.getLogger().handlers:
            logging.basicConfig(level=self.level, format="%(levelname)s %(name)s[dask worker]: %(message)s")
        jobs._prepare_worker(self.timed)


def _run(docs: list[Document]):
    """The task: :func:`diplograph.jobs._work`, one batch at a time per worker process."""
    from diplograph.jobs import _work

    with _one_at_a_time:
        return _work(docs)


def _cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# --- in this process -----------------------------------------------------------------------------
class _Batch:
    """A submitted batch; ``result()`` gives ``(results, timings)`` as the process pool's future
    does, with a Failure per document when the batch could not be analysed."""

    def __init__(self, pool: "DaskPool", docs: list[Document], future):
        self.pool, self.docs, self.future = pool, docs, future

    def result(self):
        from concurrent.futures import CancelledError

        try:
            return self.future.result()
        except DiplographError:
            raise  # the install is broken, not the documents: stop the run
        except CancelledError as exc:  # "... cancelled for reason: scheduler-connection-lost."
            reason = re.search(r"reason: ([\w-]+)", str(exc))
            raise SchedulerLost(self.pool.address, reason[1] if reason else "the task was cancelled") from exc
        except Exception as exc:
            reason = _reason(exc, len(self.docs))
            log.warning("a batch of %d documents failed on Dask: %s", len(self.docs), reason)
            return [Failure(d.path or d.id, "worker", reason, d.id) for d in self.docs], {}
        finally:
            self.future.release()


def _reason(exc: Exception, n: int) -> str:
    if type(exc).__name__ == "KilledWorker":
        return (f"KilledWorker: a Dask worker died on this batch of {n} documents, on every retry (out of memory?); "
                f"run the command again with a smaller --batch-size to retry them")
    return f"{type(exc).__name__}: {exc}"


class DaskPool:
    """Dask workers that each load the model once; the same interface as :class:`jobs.Pool`.
    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a cluster of
    ``processes`` workers on this machine. Use as a context manager."""

    def __init__(self, address: str, *, processes: int = 1, timed: bool = False,
                 connect_timeout: float | None = None, workers_timeout: float | None = None):
        distributed = _require()
        connect_timeout = connect_timeout or CONNECT_TIMEOUT
        workers_timeout = workers_timeout or WORKERS_TIMEOUT
        # distributed logs each connection at INFO; keep its warnings, ours stay at the asked level
        logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
        self.address = address
        self.cluster = self.client = None
        if address == LOCAL:
            import importlib.util

            from diplograph import nlp
            from diplograph.errors import ModelMissing

            if importlib.util.find_spec(nlp.MODEL) is None:  # say so here, not as a broken cluster later
                raise ModelMissing(nlp.MODEL)
        try:
            if address == LOCAL:
                self.cluster = distributed.LocalCluster(
                    n_workers=processes, processes=True, threads_per_worker=1, host="127.0.0.1", protocol="tcp://",
                    scheduler_port=0, dashboard_address=None, silence_logs=logging.ERROR,
                    # no dashboard; the scheduler's HTTP routes (health, metrics) on a free loopback port
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
                self.client = distributed.Client(self.cluster, set_as_default=False)
            else:
                try:
                    self.client = distributed.Client(address, timeout=connect_timeout, set_as_default=False)
                except (OSError, ValueError) as exc:  # TimeoutError is an OSError
                    raise SchedulerUnreachable(address, f"{type(exc).__name__}: {exc}") from exc
                try:
                    self.client.wait_for_workers(1, timeout=workers_timeout)
                except (TimeoutError, distributed.TimeoutError) as exc:
                    raise NoWorkers(address, workers_timeout) from exc
            self._register(timed)
        except BaseException:
            self.close()
            raise
        self.processes = max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))
        self._startup = 0.0
        log.info("Dask: %d workers at %s", self.processes, self.scheduler_address)

    @property
    def scheduler_address(self) -> str:
        return self.client.scheduler.address

    def _register(self, timed: bool) -> None:
        plugin = ModelPlugin(timed, logging.getLogger().getEffectiveLevel())
        try:
            replies = self.client.register_plugin(plugin, name=PLUGIN)
        except DiplographError as exc:
            raise WorkerSetupFailed(self.address, str(exc)) from exc
        except Exception as exc:  # e.g. diplograph not importable on a worker
            raise WorkerSetupFailed(self.address, f"{type(exc).__name__}: {exc}") from exc
        for reply in (replies or {}).values():
            if isinstance(reply, dict) and reply.get("status") == "error":
                raise WorkerSetupFailed(self.address, str(reply.get("exception") or reply.get("text")))

    def warm_up(self) -> None:
        """Every worker has loaded the model once the plugin is registered; this records their CPU
        time so far (for benchmarks that time the work only)."""
        self._startup = self.worker_cpu()

    def startup_cpu(self) -> float:
        """CPU seconds the workers had used when warm_up ended (their model loading)."""
        return self._startup

    def worker_cpu(self) -> float:
        """CPU seconds used so far by the worker processes, summed."""
        return sum(self.client.run(_cpu).values())

    def submit(self, docs: list[Document]) -> _Batch:
        # pure=False: the same documents submitted twice are two tasks (dask would merge them)
        return _Batch(self, docs, self.client.submit(_run, docs, pure=False))

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "DaskPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

