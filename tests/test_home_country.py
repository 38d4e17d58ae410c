"""--home-country: the user says which country's outlet the documents come from, for files whose
site or URL does not tell it. Bodies a story names without a country ("MPs", "ministers", "the
police") are then that country's, unless the story names its own country or the document's URL
names another outlet. The texts are written for these tests."""
import json

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import write
from diplograph.cli import app
from diplograph.pipeline import extract_text

STORY = ("MPs have urged ministers to publish the full cost of the new frigates.\n\n"
         "The police arrested four men after the march.\n")

runner = CliRunner()


def extracted(path, *options) -> set[tuple]:
    r = runner.invoke(app, ["extract", str(path), "--published", "2006-05-02", *options])
    assert r.exit_code == 0, r.output
    events = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    return {(e["type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code")) for e in events}


@pytest.mark.model
@pytest.mark.parametrize("value", ["GBR", "gbr", "Britain", "the United Kingdom"])
def test_the_home_country_gives_the_story_its_country(tmp_path, value):
    path = write(tmp_path / "story.txt", STORY)
    assert ("REQUEST", "GBRLEG", "GBRGOV") in extracted(path, "--home-country", value)
    assert ("COERCE", "GBRCOP", "GBR") in extracted(path, "--home-country", value)


@pytest.mark.model
def test_without_it_the_bodies_have_no_country(tmp_path):
    path = write(tmp_path / "story.txt", STORY)
    found = extracted(path)
    assert not any(code and code.startswith("GBR") for _, s, t in found for code in (s, t))


@pytest.mark.model
def test_a_story_that_names_its_country_keeps_it(tmp_path):
    path = write(tmp_path / "story.txt", "Dutch MPs have criticised the cost of the new frigates.\n\n"
                                         "MPs urged the government to publish the full cost.\n")
    found = extracted(path, "--home-country", "GBR")
    assert ("REQUEST", "NLDLEG", "NLDGOV") in found
    assert not any(code and code.startswith("GBR") for _, s, t in found for code in (s, t))


@pytest.mark.model
def test_an_outlet_the_url_names_comes_before_the_option(tmp_path):
    path = write(tmp_path / "story.md", "---\nurl: https://www.thehindu.com/news/national/x.ece\n---\n" + STORY)
    found = extracted(path, "--home-country", "GBR")
    assert ("REQUEST", "INDLEG", "INDGOV") in found


@pytest.mark.parametrize("value", ["Narnia", "Reuters", "", "Iranian foreign ministry", "IGOUNO"])
def test_a_value_that_is_no_country_is_refused(tmp_path, value):
    path = write(tmp_path / "story.txt", STORY)
    r = runner.invoke(app, ["extract", str(path), "--home-country", value])
    assert r.exit_code == 2
    assert "--home-country" in r.output and "is not a country" in r.output


@pytest.mark.model
def test_ingest_stores_the_events_with_the_home_country(tmp_path):
    path = write(tmp_path / "news" / "story.txt", STORY)
    db = tmp_path / "x.duckdb"
    r = runner.invoke(app, ["ingest", str(path.parent), "--db", str(db), "--published", "2006-05-02",
                            "--home-country", "GBR", "--quiet"])
    assert r.exit_code == 0, r.output
    with duckdb.connect(str(db), read_only=True) as con:
        rows = set(con.execute("select type, source_code, target_code from events").fetchall())
    assert ("REQUEST", "GBRLEG", "GBRGOV") in rows


@pytest.mark.model
def test_the_python_entry_point_takes_it():
    doc = extract_text(STORY, home_country="GBR")
    assert ("REQUEST", "GBRLEG", "GBRGOV") in {(e.type, e.source and e.source.code, e.target and e.target.code)
                                              for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize("value", ["gbr", "Britain"])
def test_the_python_entry_point_takes_a_name_or_a_code_in_any_case(value):
    doc = extract_text(STORY, home_country=value)
    assert {e.source.code for e in doc.events if e.source} <= {"GBRLEG", "GBRCOP"}


def test_the_python_entry_point_refuses_what_is_no_country():
    from diplograph.errors import UnknownCountry

    with pytest.raises(UnknownCountry, match="not a country"):
        extract_text(STORY, home_country="Reuters")
