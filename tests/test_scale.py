"""The Dask backend on a real cluster of two worker processes on loopback: it gives what one
process gives (extract and ingest), a second ingest stores nothing, an ingest killed with
SIGKILL resumes to what one clean run stores, a broken document or a dead worker becomes
Failures and the run goes on, and an unreachable scheduler is named."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT, children, zombie
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.errors import DiplographError
from diplograph.jobs import analyse, ingest
from diplograph.store import Store
from diplograph.types import Document, Failure

pytestmark = pytest.mark.model
runner = CliRunner()
SAMPLE = ROOT / "src" / "diplograph" / "data" / "sample"
FILES = ["05-russia-air-strikes-syria.txt", "13-us-kills-soleimani.txt", "25-saudi-iran-restore-ties.txt",
         "36-russia-iran-treaty-signed.txt", "39-india-strikes-pakistan-sindoor.txt", "41-israel-strikes-iran-russia-condemns.txt"]


@pytest.fixture(scope="module")
def cluster():
    """One local cluster for the module: two workers, the model loaded in each. A worker that
    dies fails its task at once (no retries), so the dead-worker test is quick."""
    import dask

    from diplograph.scale import DaskPool

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        pool = DaskPool("local", processes=2)
    with pool:
        yield pool


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name in FILES:
        shutil.copy(SAMPLE / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def alone(corpus, tmp_path_factory):
    """The corpus ingested in this process, without Dask: what every Dask run must store."""
    db = tmp_path_factory.mktemp("alone") / "alone.duckdb"
    assert ingest([corpus], db=db, batch_size=2).new == len(FILES)
    return snapshot(db)


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def extracted(corpus) -> str:
    """What extract prints for the corpus in this process, without Dask."""
    r = run("extract", corpus)
    assert r.exit_code == 0, r.output
    assert len(events(r.stdout)) > 20
    return r.stdout


def test_extract_dask_local_gives_the_events_of_one_process(corpus, extracted):
    r = run("extract", corpus, "--dask", "local", "--processes", "2")  # starts and stops its own cluster
    assert r.exit_code == 0, r.output
    assert r.stdout == extracted  # the same events, in the same order


def test_extract_on_a_scheduler_address(cluster, corpus, extracted):
    r = run("extract", corpus, "--dask", cluster.scheduler_address)
    assert r.exit_code == 0, r.output
    assert r.stdout == extracted


def snapshot(db):
    with Store(db, read_only=True) as s:
        return {
            "counts": s.counts(),
            "documents": s.query("SELECT id, path, published, language, n_sentences FROM documents ORDER BY id")[1],
            "events": s.query("SELECT * FROM events ORDER BY id")[1],
            "agreements": s.query("SELECT * FROM agreements ORDER BY id")[1],
            "mentions": s.query("SELECT doc_id, sentence, start_char, end_char, code FROM mentions ORDER BY ALL")[1],
            "timexes": s.query("SELECT doc_id, sentence, start_char, value FROM timexes ORDER BY ALL")[1],
        }


def test_ingest_on_dask_stores_what_one_process_stores_and_a_second_run_nothing(cluster, corpus, alone, tmp_path):
    on_dask = tmp_path / "dask.duckdb"
    first = ingest([corpus], db=on_dask, batch_size=2, pool=cluster)
    assert (first.new, first.duplicates, first.failures) == (len(FILES), 0, [])
    assert snapshot(on_dask) == alone
    r = run("ingest", corpus, "--db", on_dask, "-q", "--dask", cluster.scheduler_address)
    assert r.exit_code == 0, r.output
    assert f"0 new, {len(FILES)} already stored, 0 failed; 0 events stored" in r.stdout
    assert snapshot(on_dask) == alone


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finds the worker processes in /proc")
def test_kill_9_during_a_dask_ingest_then_resume(cluster, corpus, alone, tmp_path):
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "-v", "ingest", str(corpus), "--db", str(db), "-q",
                             "--batch-size", "1", "--dask", "local", "--processes", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:  # the log says when a batch has been committed
            if "stored a batch" in line:
                workers = children(proc.pid)
                proc.send_signal(signal.SIGKILL)
                break
            assert time.monotonic() < deadline, "the ingest did not store a batch in time"
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and len(workers) >= 2
    for _ in range(100):  # the workers of the killed run's cluster end with it
        if not any(os.path.exists(f"/proc/{pid}") and not zombie(pid) for pid in workers):
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"Dask worker processes {workers} outlived the killed ingest")
    summary = ingest([corpus], db=db, batch_size=2, pool=cluster)
    assert summary.new + summary.duplicates == len(FILES) and 1 <= summary.duplicates < len(FILES)
    assert snapshot(db) == alone


def test_a_broken_document_fails_alone(cluster):
    docs = [Document(id="a", text="Iran accused Russia of lying on Monday.", path="a.txt"),
            Document(id="b", text=None, path="broken.txt"),  # not text: the parser raises
            Document(id="c", text="Russia condemned Ukraine on Tuesday.", path="c.txt")]
    out = list(analyse(docs, batch_size=3, pool=cluster))
    assert [type(x) for x in out] == [Document, Failure, Document]
    assert out[1].path == "broken.txt" and out[1].stage == "nlp"
    assert out[0].events and out[2].events


def test_a_dead_worker_fails_its_batch_and_the_run_goes_on(cluster):
    from diplograph.scale import _Batch

    docs = [Document(id="x", text="Iran accused Russia.", path="x.txt"), Document(id="y", text="Russia.", path="y.txt")]
    dead = _Batch(cluster, docs, cluster.client.submit(os._exit, 1, pure=False)).result()
    results, timings = dead
    assert [(f.path, f.stage) for f in results] == [("x.txt", "worker"), ("y.txt", "worker")]
    assert "KilledWorker" in results[0].reason and "--batch-size" in results[0].reason
    raised = _Batch(cluster, docs[:1], cluster.client.submit(int, "not a number", pure=False)).result()[0]
    assert raised[0].stage == "worker" and "ValueError" in raised[0].reason
    # the nanny restarts the worker (the plugin loads the model again) and work goes on
    cluster.client.wait_for_workers(2, timeout=60)
    (doc,) = analyse([docs[0]], pool=cluster)
    assert isinstance(doc, Document) and doc.events


def test_an_unreachable_scheduler_is_named(monkeypatch):
    from diplograph import scale
    from diplograph.scale import DaskPool, SchedulerUnreachable

    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", 1.0)  # the command's default is 10 s

    with pytest.raises(SchedulerUnreachable) as caught:
        DaskPool("tcp://127.0.0.1:9")
    message = str(caught.value)
    assert "tcp://127.0.0.1:9" in message and "dask scheduler" in message and "--dask local" in message
    assert isinstance(caught.value, DiplographError)
    r = runner.invoke(app, ["extract", str(SAMPLE / FILES[0]), "--dask", "tcp://127.0.0.1:9"])
    assert r.exit_code == 1 and "cannot reach a Dask scheduler at tcp://127.0.0.1:9" in r.output


def test_bench_on_dask_reports_what_the_process_pool_reports(cluster, corpus, alone):
    r = run("bench", corpus, "--dask", cluster.scheduler_address, "--format", "json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["dask"] == cluster.scheduler_address and report["failures"] == 0
    assert report["diplograph"]["articles"] == report["spacy"]["articles"] == len(FILES)
    assert report["diplograph"]["events"] == alone["counts"]["events"]
    assert report["diplograph"]["cpu_seconds"] > 0
    assert report["stage_seconds"]["parsing"] > 0 and report["stage_seconds"]["events"] > 0  # timed on the workers



def test_without_dask_installed_the_error_says_what_to_install():
    code = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
            "from diplograph.scale import DaskPool\n"
            "try:\n    DaskPool('local')\nexcept Exception as exc:\n    print(type(exc).__name__, exc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.startswith("DaskMissing --dask needs the packages dask and distributed"), r.stdout + r.stderr
    assert "make setup" in r.stdout


def test_a_scheduler_without_workers_is_named():
    from distributed import LocalCluster

    from diplograph.scale import DaskPool, NoWorkers

    with LocalCluster(n_workers=0, processes=False, host="127.0.0.1", protocol="tcp://",
                      dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as empty:
        with pytest.raises(NoWorkers) as caught:
            DaskPool(empty.scheduler_address, workers_timeout=1)
    assert empty.scheduler_address in str(caught.value) and "dask worker" in str(caught.value)
