"""The commands as a user runs them: exit codes, messages naming bad files, idempotent ingest."""
import json
import subprocess
import sys

import pytest
from conftest import ROOT, write
from typer.testing import CliRunner

from diplograph.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()

ARTICLE = """---
title: Treaty signed
published: 2025-01-17
---

Iran and Russia signed a strategic partnership treaty in Moscow on Friday.

The United States imposed sanctions on Iran last month.
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_extract_jsonl_fields(tmp_path):
    p = write(tmp_path / "a.txt", ARTICLE)
    r = run("extract", p)
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 3
    for row in rows:
        for field in ("type", "mode", "cameo", "quad_class", "goldstein", "source", "target", "date",
                      "date_precision", "date_basis", "modality", "sentence", "doc_id", "confidence"):
            assert field in row
        assert set(row["source"]) == {"code", "country", "sector", "entity", "text"}
    sanction = next(r for r in rows if r["type"] == "SANCTION")
    assert sanction["date"] == "2024-12" and sanction["date_precision"] == "month"
    signed = [r for r in rows if r["type"] == "SUPPORT"]
    assert {r["date"] for r in signed} == {"2025-01-17"}


def test_extract_bad_files_are_named_and_the_rest_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", ARTICLE)
    empty = write(tmp_path / "empty.txt", "")
    binary = write(tmp_path / "x.txt", b"\x00\x01\x02binary")
    bad_utf8 = write(tmp_path / "latin.txt", "Fran\xe7ois".encode("latin-1"))
    jsonl = write(tmp_path / "n.jsonl", '{"text": "Russia struck Kyiv on Monday.", "date": "2024-07-08"}\n{oops\n')
    r = run("extract", empty, binary, good, bad_utf8, jsonl, tmp_path / "missing.txt")
    assert r.exit_code == 1
    assert len(r.stdout.splitlines()) == 4  # 3 from good.txt, 1 from the good JSONL line
    for name in (str(empty), str(binary), str(bad_utf8), f"{jsonl}:2", "missing.txt"):
        assert name in r.stderr
    assert "empty" in r.stderr and "binary" in r.stderr and "UTF-8" in r.stderr and "malformed JSON" in r.stderr


def test_extract_tells_when_there_is_no_publication_date(tmp_path):
    p = write(tmp_path / "a.txt", "Iran supplied drones to Russia last year.")
    r = run("extract", p)
    assert "no publication date" in r.stderr and "--published" in r.stderr
    r = run("extract", p, "--published", "2025-06-20")
    assert json.loads(r.stdout.splitlines()[0])["date"] == "2024"
    r = run("extract", p, "--published", "June 20")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output


def test_ingest_twice_stores_once_then_query(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    write(corpus / "b.txt", ARTICLE.replace("Treaty signed", "Same story, other site"))  # same body
    write(corpus / "c.jsonl", '{"text": "Israel struck Iran on Saturday.", "date": "2024-10-26"}\n')
    db = tmp_path / "t.duckdb"
    r = run("ingest", corpus, "--db", db, "--quiet")
    assert r.exit_code == 0, r.output
    assert "3 documents: 2 new, 1 already stored, 0 failed; 4 events" in r.stdout
    r = run("ingest", corpus, "--db", db, "--quiet")
    assert "0 new, 3 already stored" in r.stdout and "0 events" in r.stdout

    r = run("events", "--db", db, "--dyad", "IRN,RUS", "--format", "json")
    rows = json.loads(r.stdout)
    assert {(x["source"], x["target"], x["type"]) for x in rows} == {("IRN", "RUS", "SUPPORT"), ("RUS", "IRN", "SUPPORT")}
    r = run("events", "--db", db, "--type", "ASSAULT", "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("date,type") and "2024-10-26,ASSAULT" in r.stdout

    r = run("dyad", "IRN", "RUS", "--db", db, "--format", "json")
    report = json.loads(r.stdout)
    assert report["series"] == [{
        "period": "2025-01", "events": 2, "verbal_coop": 2, "material_coop": 0, "verbal_conflict": 0,
        "material_conflict": 0, "goldstein_sum": 16.0, "goldstein_mean": 8.0,
    }]
    (top,) = report["most_cooperative"]  # the joint signing, shown once
    assert top["mutual"] and top["type"] == "SUPPORT" and report["most_conflictual"] == []


def test_ingest_reports_failures_and_records_them(tmp_path):
    write(tmp_path / "in" / "good.txt", ARTICLE)
    write(tmp_path / "in" / "bad.txt", b"\xff\xfe\xfa not utf8")
    db = tmp_path / "t.duckdb"
    r = run("ingest", tmp_path / "in", "--db", db, "--quiet")
    assert r.exit_code == 1 and "bad.txt" in r.stderr and "1 failed" in r.stdout
    from diplograph.store import Store

    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 1
        assert s.query("SELECT stage FROM failures")[1] == [("read",)]


def test_query_commands_on_a_missing_database(tmp_path):
    r = run("dyad", "IRN", "RUS", "--db", tmp_path / "none.duckdb")
    assert r.exit_code == 1 and "no such database" in r.stderr


def test_actor_command():
    r = run("actor", "Donald Trump", "--date", "2019-05-01", "--format", "json")
    assert json.loads(r.stdout)["code"] == "USAGOV"
    r = run("actor", "Donald Trump", "--date", "2022-05-01", "--format", "json")
    assert json.loads(r.stdout)["code"] == "USA"
    r = run("actor", "the weather", "--format", "json")
    assert r.stdout.strip() == "null"


def test_every_command_has_help_with_an_example():
    from typer.main import get_command

    group = get_command(app)
    for name, cmd in group.commands.items():
        assert cmd.help and "Example:" in cmd.help, name
        r = run(name, "--help")
        assert r.exit_code == 0


def test_console_script_and_make_targets():
    exe = ROOT / ".venv" / "bin" / "diplograph"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "diplograph.cli"]
    r = subprocess.run([*cmd, "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "extract" in r.stdout and "ingest" in r.stdout
    r = subprocess.run(["make", "-n", "demo", "test"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and "diplograph demo" in r.stdout and "pytest" in r.stdout


def test_syndicated_copy_is_linked_not_stored_twice(tmp_path):
    body = ("Iran and Russia signed a strategic partnership treaty in Moscow on Friday. The treaty covers "
            "defence, energy, trade and transport, and commits each side not to help an aggressor against "
            "the other. Officials said it would be sent to both parliaments for ratification within months, "
            "and that a long list of joint projects in energy and transport would follow in the coming year.")
    write(tmp_path / "in" / "a.txt", "---\npublished: 2025-01-17\n---\n\n" + body)
    write(tmp_path / "in" / "b.txt", "---\npublished: 2025-01-18\n---\n\n" + body + " Reporting by the sample desk.")
    db = tmp_path / "t.duckdb"
    r = run("ingest", tmp_path / "in", "--db", db, "--quiet")
    assert r.exit_code == 0, r.output
    assert "1 near-duplicates of stored documents linked" in r.stdout
    from diplograph.store import Store

    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 1
        (row,) = s.query("SELECT duplicate_of, exact FROM duplicates")[1]
        assert row[1] is False
        assert s.query("SELECT count(*) FROM event_clusters")[1][0][0] >= 1  # analysis refreshed after ingest
