"""Actors on the command line by name as well as by code: "Iran", "the Kremlin", "UK"."""
import json

import pytest
from conftest import write
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.errors import FilterError
from diplograph.query import check_code

runner = CliRunner()

ARTICLE = """---
title: Pact signed
published: 2025-01-17
---

Iran and Russia signed a strategic partnership treaty in Moscow on Friday.

Britain condemned Russia over the war in Ukraine.
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("given,code", [
    ("IRN", "IRN"), ("irn", "IRN"), ("RUSGOV", "RUSGOV"), ("IGOWSTNAT", "IGOWSTNAT"), ("WST", "WST"),
    ("Iran", "IRN"), ("russia", "RUS"), ("Israel", "ISR"), ("CANADA", "CAN"), ("Sweden", "SWE"),
    ("UK", "GBR"), ("United States", "USA"), ("the Kremlin", "RUSGOV"), (" IRN ", "IRN"),
])
def test_codes_stay_and_names_become_codes(given, code):
    assert check_code(given, "A") == code


@pytest.mark.parametrize("given", ["Foo bar baz", "IRNXYZ extra words", "Atlantis-on-Sea"])
def test_what_is_neither_a_code_nor_a_name_is_refused(given):
    with pytest.raises(FilterError, match="neither an actor code"):
        check_code(given, "A")


def test_a_word_no_dictionary_knows_is_a_prefix_as_given():
    assert check_code("qqq", "A") == "QQQ"  # (matched as a prefix; the result is empty, with a note)


@pytest.mark.model
def test_commands_take_names(tmp_path):
    db = tmp_path / "e.duckdb"
    assert run("ingest", write(tmp_path / "a.txt", ARTICLE), "--db", db).exit_code == 0
    by_code = json.loads(run("dyad", "IRN", "RUS", "--db", db, "--format", "json").stdout)
    by_name = json.loads(run("dyad", "Iran", "Russia", "--db", db, "--format", "json").stdout)
    assert by_code == by_name and by_code["series"]
    rows = json.loads(run("events", "--dyad", "Iran,Russia", "--db", db, "--format", "json").stdout)
    assert {(r["source"], r["target"]) for r in rows} == {("IRN", "RUS"), ("RUS", "IRN")}
    rows = json.loads(run("events", "--actor", "UK", "--db", db, "--format", "json").stdout)
    assert rows and all(r["source"].startswith("GBR") or r["target"].startswith("GBR") for r in rows)
    brief = run("brief", "iran", "russia", "--db", db)
    assert brief.exit_code == 0 and "IRN" in brief.stdout
    r = run("dyad", "Iran", "Foo bar baz", "--db", db)
    assert r.exit_code == 2 and "'Foo bar baz' is neither an actor code" in r.output
    r = run("dyad", "Iran", "Atlantis", "--db", db)
    assert r.exit_code == 0 and "no stored event has an actor whose code starts with ATLANTIS" in r.output
