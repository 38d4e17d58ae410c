"""`diplograph ontology` shows the coder's own ontology: counts read from the data files, the
trigger rows the coder really uses, and clear errors."""
import csv
import json
from datetime import date
from importlib import resources

from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.pipeline import extract_text


def run(*args, code=0):
    r = CliRunner().invoke(app, ["ontology", *args], catch_exceptions=False)
    assert r.exit_code == code, r.output
    return r


def data_rows(name):
    """A data file read with the csv module alone, '#' comment lines dropped."""
    text = resources.files("diplograph").joinpath("data", "ontology", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def test_the_overview_counts_what_the_data_files_hold():
    rows = {r["type"]: r for r in json.loads(run("--format", "json").stdout)}
    plover = data_rows("plover.csv")
    assert list(rows) == [r["type"] for r in plover]
    triggers = data_rows("triggers.csv")
    cameo = data_rows("cameo.csv")
    for name in ("ASSAULT", "AGREE", "SANCTION"):
        assert rows[name]["triggers"] == sum(r["type"] == name for r in triggers)
        assert rows[name]["codes"] == sum(r["plover_type"] == name for r in cameo)
        assert rows[name]["description"] == next(r["description"] for r in plover if r["type"] == name)
    assert sum(r["triggers"] for r in rows.values()) == len(triggers)
    # a promise to attack is a threat in PLOVER's view; a threat has no such reading
    assert rows["ASSAULT"]["future"] == "THREATEN" and rows["THREATEN"]["future"] is None


def test_a_type_lists_its_cameo_codes_with_goldstein_values():
    out = list(csv.DictReader(run("sanction", "--format", "csv").stdout.splitlines()))
    codes = {r["cameo"]: r for r in out}
    assert "161" in codes and "166" in codes and "190" not in codes
    assert float(codes["166"]["goldstein"]) < 0
    table = run("SANCTION").stdout
    assert "SANCTION:" in table  # the description is the title


def test_the_rows_of_a_word_are_the_ones_the_coder_uses():
    rows = list(csv.DictReader(run("--query", "expel", "--format", "csv").stdout.splitlines()))
    by_pattern = {r["pattern"]: r for r in rows}
    assert all("expel" in r["pattern"].split() for r in rows)
    for text, pattern in (("Kenya expelled two Ugandan diplomats on Monday.", "expel diplomat"),
                          ("Peru expelled a Chilean journalist.", "expel journalist")):
        event = extract_text(text, published=date(2020, 1, 1)).events[0]
        assert (event.type, event.cameo) == (by_pattern[pattern]["type"], by_pattern[pattern]["cameo"])


def test_a_phrase_query_needs_all_its_words_and_a_type_narrows_it():
    rows = list(csv.DictReader(run("--query", "call on", "--format", "csv").stdout.splitlines()))
    assert rows and all({"call", "on"} <= set(r["pattern"].split()) for r in rows)
    rows = list(csv.DictReader(run("assault", "--triggers", "--format", "csv").stdout.splitlines()))
    assert len(rows) > 50 and {r["type"] for r in rows} == {"ASSAULT"}


def test_unknown_type_and_unknown_word_are_said_plainly():
    r = run("bogus", code=2)
    assert "unknown PLOVER type 'bogus'" in r.output and "ASSAULT" in r.output
    r = run("--query", "zzzq")
    assert "no trigger row holds 'zzzq'" in r.output
    assert json.loads(run("--query", "zzzq", "--format", "json").stdout) == []


def test_a_long_list_is_cut_with_a_note():
    r = run("--triggers", "--limit", "3")
    assert "showing 3 (use --limit)" in r.output
