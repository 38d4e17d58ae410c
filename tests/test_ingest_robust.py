"""Ingest when things go wrong: broken inputs are recorded and the batch goes on; a run with
worker processes killed with SIGKILL, then run again, ends with exactly what a clean run in one
process stores, and leaves no worker behind; other languages are stored without analysis."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT, write, children, zombie
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.store import Store

pytestmark = pytest.mark.model
runner = CliRunner()

COUNTRIES = [("Iran", "Russia"), ("Russia", "Ukraine"), ("Israel", "Iran"), ("China", "Taiwan"), ("Turkey", "Syria"),
             ("India", "Pakistan"), ("France", "Germany"), ("Saudi Arabia", "Iran")]
VERBS = ["signed an agreement with", "accused", "imposed sanctions on", "sent humanitarian aid to", "condemned",
         "held talks with", "threatened"]


def corpus(folder, n=40):
    """n short project-written articles, each different, with dates and events."""
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)]
        verb = VERBS[i % len(VERBS)]
        day = 1 + i % 28
        write(folder / f"{i:02d}.txt", f"---\ntitle: Story {i}\npublished: 2024-03-{day:02d}\n---\n\n"
              f"{a} {verb} {b} on Monday, officials said in report number {i}.\n\n"
              f"Last year {b} had warned {a} about the build-up, according to a statement issued in the capital.\n")


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def snapshot(db):
    with Store(db, read_only=True) as s:
        return {
            "counts": s.counts(),
            "documents": s.query("SELECT id, path, published, language, n_sentences FROM documents ORDER BY id")[1],
            "events": s.query("SELECT id, type, source_code, target_code, date FROM events ORDER BY id")[1],
            "mentions": s.query("SELECT doc_id, sentence, start_char, end_char, code FROM mentions ORDER BY ALL")[1],
            "timexes": s.query("SELECT doc_id, sentence, start_char, value FROM timexes ORDER BY ALL")[1],
        }


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finds the worker processes in /proc")
def test_kill_9_then_resume_gives_what_a_clean_run_gives(tmp_path):
    folder = tmp_path / "corpus"
    corpus(folder, 40)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    exe = ROOT / ".venv" / "bin" / "diplograph"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "diplograph.cli"]
    # two worker processes: the killed run's documents come from the workers, the resumed
    # run's from one process, and the end result must not tell them apart
    proc = subprocess.Popen([*cmd, "-v", "ingest", str(folder), "--db", str(killed_db), "--batch-size", "4", "-q",
                             "--processes", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stored, workers = 0, []
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:  # the log says when a batch has been committed
            if "stored a batch" in line:
                stored += 1
                if stored == 3:
                    workers = children(proc.pid)
                    time.sleep(0.05)  # somewhere inside the next batch
                    proc.send_signal(signal.SIGKILL)
                    break
            assert time.monotonic() < deadline, "the ingest did not store batches in time"
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and stored == 3
    assert len(workers) >= 2
    for _ in range(50):  # the orphaned workers notice and end
        if not any(os.path.exists(f"/proc/{pid}") and not zombie(pid) for pid in workers):
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"worker processes {workers} outlived the killed ingest")
    partial = snapshot(killed_db)["counts"]["documents"]
    assert 12 <= partial < 40

    r = run("ingest", folder, "--db", killed_db, "--batch-size", "4", "-q")
    assert r.exit_code == 0, r.output
    assert f"{40 - partial} new, {partial} already stored, 0 failed" in r.stdout
    r = run("ingest", folder, "--db", clean_db, "--batch-size", "4", "-q")
    assert r.exit_code == 0 and "40 new" in r.stdout
    resumed, clean = snapshot(killed_db), snapshot(clean_db)
    assert resumed["counts"]["events"] > 40
    assert resumed == clean


def test_broken_inputs_are_recorded_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    corpus(folder, 3)
    write(folder / "latin.txt", ("Caf\xe9 talks: " + "Iran and Russia held talks in Moscow on Monday. " * 3).encode("cp1252"))
    write(folder / "blob.html", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    write(folder / "bad.jsonl", '{"text": "Israel struck Iran on Saturday.", "date": "2024-10-26"}\n{oops\n')
    packed = gzip.compress(("\n".join(json.dumps({"text": f"Russia struck Kyiv, report {i}."}) for i in range(40))).encode())
    write(folder / "cut.jsonl.gz", packed[: len(packed) // 2])
    write(folder / "utf16.txt", "Turkey condemned Syria on Monday, officials said.".encode("utf-16"))
    with open(folder / "huge.html", "wb") as f:
        f.truncate(200_000_000)
    write(folder / "fr.txt", "La France et l'Allemagne ont signé mardi un accord de coopération militaire, a annoncé le "
          "ministère des Affaires étrangères. Le président a déclaré que cet accord était une étape importante pour la "
          "sécurité de l'Europe et que les deux pays travailleraient ensemble.")
    db = tmp_path / "t.duckdb"
    r = run("ingest", folder, "--db", db, "-q")
    assert r.exit_code == 1
    assert "4 failed" in r.stdout  # blob.html, bad.jsonl:2, cut.jsonl.gz (after its good lines), huge.html
    for name in ("blob.html", "bad.jsonl:2", "cut.jsonl.gz", "huge.html"):
        assert name in r.stderr
    assert "binary" in r.stderr and "malformed JSON" in r.stderr and "truncated gzip" in r.stderr and "200 MB" in r.stderr
    assert "1 documents in other languages (fr 1)" in r.stderr
    with Store(db, read_only=True) as s:
        failed = dict(s.query("SELECT path, stage FROM failures")[1])
        assert {os.path.basename(p) for p in failed} == {"blob.html", "bad.jsonl:2", "cut.jsonl.gz", "huge.html"}
        langs = dict(s.query("SELECT regexp_extract(path, '[^/]+$'), language FROM documents")[1])
        assert langs["fr.txt"] == "fr" and langs["latin.txt"] == "en" and langs["utf16.txt"] == "en"
        (n_fr,) = s.query("SELECT n_sentences FROM documents WHERE path LIKE '%fr.txt'")[1][0]
        assert n_fr == 0  # recorded, not analysed
        assert s.query("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE d.path LIKE '%utf16.txt'")[1][0][0] >= 1
        assert s.query("SELECT count(*) FROM documents WHERE path LIKE '%cut.jsonl.gz:%'")[1][0][0] > 0


def test_stdin_and_field_mapping(tmp_path):
    db = tmp_path / "t.duckdb"
    lines = "".join(json.dumps({"body": f"Israel struck Iran on Saturday, report {i}.", "meta": {"d": "2024-10-26"}}) + "\n"
                    for i in range(3))
    r = runner.invoke(app, ["ingest", "-", "--db", str(db), "-q", "--text-field", "body", "--date-field", "meta.d"],
                      input=lines, catch_exceptions=False)
    assert r.exit_code == 0 and "3 new" in r.stdout, r.output
    r = runner.invoke(app, ["extract", "-", "--published", "2024-10-26"], input="Israel struck Iran on Saturday.",
                      catch_exceptions=False)
    assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["date"] == "2024-10-26"
