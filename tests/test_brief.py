"""Briefs: headline numbers, chart, timeline, agreements, dimensions, frictions and limits kept
apart from facts, quotes with speakers, and a numbered citation on every line. One end-to-end
test renders the html brief and checks the image and the citations; two more run the bundled
sample corpus and the seed article through the whole pipeline (the acceptance check)."""
import base64
import re
from datetime import date

import pytest
from conftest import ROOT
from test_analysis_agreements import _corpus
from test_analysis_fixtures import doc, ev, make_db, mention
from typer.testing import CliRunner

from diplograph.analysis.brief import build_brief, render_markdown
from diplograph.cli import app
from diplograph.store import Store

CRITICISM = "Russia criticised Iran over the slow pace of gas talks in March."
CLAIM = "Ukraine said Iran had supplied drones to Russia in February."
HEDGE = "The Kremlin is unlikely to offer military aid to Iran."
QUOTE = 'Russia has stated that regime change in Iran is "unimaginable" and "unacceptable," officials said.'


def _extra():
    return [
        doc("f1", CRITICISM, published=date(2025, 3, 20), events=[
            ev("f1a", "f1", CRITICISM, type="ACCUSE", cameo="111", mode="disapprove", quad=3, g=-2.0, src="RUS", tgt="IRN",
               date="2025-03", trigger="criticised")]),
        doc("f2", CLAIM, published=date(2025, 3, 1), events=[
            ev("f2a", "f2", CLAIM, type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRN", tgt="RUS",
               date="2025-02", modality="claimed", trigger="supplied")]),
        doc("f3", HEDGE + " " + QUOTE, published=date(2025, 6, 20), site=None, events=[
            ev("f3a", "f3", HEDGE, type="AGREE", cameo="033", quad=1, g=5.2, src="RUSGOV", tgt="IRN", date="2025-06-20",
               basis="publication", modality="hedged", trigger="offer")],
            mentions=[mention(HEDGE + " " + QUOTE, "Russia", "RUS", 1), mention(HEDGE + " " + QUOTE, "Iran", "IRN", 1, nth=1)]),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("brief") / "t.duckdb", _corpus() + _extra())


def _lines(brief):
    out = list(brief.headline)

    def walk(sec):
        out.extend(sec.lines)
        for sub in sec.subsections:
            walk(sub)
    for sec in brief.sections:
        walk(sec)
    return out


def _section(brief, *titles):
    secs = brief.sections
    for t in titles:
        sec = next(s for s in secs if s.title == t)
        secs = sec.subsections
    return sec


def test_brief_contents(db):
    with Store(db, read_only=True) as s:
        b = build_brief(s, "IRN", "RUS")
    assert b.title == "Iran – Russia: relationship brief"
    assert b.headline[0].text == ("7 events between Iran and Russia from 2025-01-17 to 2025-10-02 (1 undated), "
                                  "reported 10 times in 6 documents from 4 sources.")
    assert b.headline[1].text == ("6 cooperative and 1 conflictual events: balance +0.71 (+1 all cooperation, "
                                  "−1 all conflict); mean Goldstein score +6.57.")
    assert b.headline[2].text == "By dimension: diplomatic 4, legal 2, economic 1."
    assert b.headline[3].text == ("Comprehensive strategic partnership treaty: signed 2025-01-17, ratified by Iran 2025-06, "
                                  "ratified by Russia 2025-04-21, in force 2025-10-02.")
    assert b.headline[-1].text == "Kept apart from the facts above: 3 statements (1 hedged, 1 negated, 1 claimed)."
    # every line cites, and every citation is listed once
    for line in _lines(b):
        assert line.cites and all(1 <= n <= len(b.citations) for n in line.cites), line
    assert len({c.key for c in b.citations}) == len(b.citations)

    timeline = _section(b, "Timeline of key events")
    assert [(x.lead, x.text.split(" — ")[0]) for x in timeline.lines] == [
        ("2025-01-17", "Russia and Iran: Sign agreement"),
        ("2025-03", "Russia → Iran: Criticize or denounce"),
        ("as of 2025-04-09", "State Duma (RUS) → Iran: Ratify agreement"),      # dated by its publication
        ("as of 2025-04-21", "Vladimir Putin (RUS) → Iran: Ratify agreement"),
        ("2025-W39", "Rosatom (RUS) and Iran: Sign agreement"),
        ("2025-10-02", "Iran → Russia: Agreement enters into force"),
    ]
    (undated,) = timeline.subsections[0].lines
    assert undated.lead == "undated" and "broad cooperation pact" in undated.text
    treaty = _section(b, "Agreements", "Comprehensive strategic partnership treaty")
    assert treaty.intro == "strategic partnership; parties: Iran, Russia"
    assert [x.text for x in treaty.lines] == [
        "Signed: 2025-01-17",
        "Ratified by Iran: 2025-06 — steps: 2025-05-21 (Iran's parliament); 2025-06 (Guardian Council)",
        "Ratified by Russia: 2025-04-21 — steps: 2025-04-08 (State Duma); 2025-04-16 (Federation Council); 2025-04-21 (Vladimir Putin)",
        "In force: 2025-10-02", "Does not contain: defence", "Obligation: neutrality",
        "Obligation: economic cooperation", "Obligation: security cooperation",
    ]
    dims = [s.title for s in _section(b, "By dimension").subsections]
    assert dims == ["Diplomatic", "Economic", "Legal"]
    frictions = _section(b, "Frictions and limits")
    assert [s.title for s in frictions.subsections] == ["Conflictual events", "Limits of the agreements", "Statements not taken as fact"]
    assert [x.tag for x in frictions.subsections[2].lines] == ["claimed (attributed, not confirmed)", "hedged", "denied or negated"]
    assert frictions.subsections[1].lines[0].text == "Comprehensive strategic partnership treaty does not contain: defence"
    assert all("Ukraine said" not in x.text for x in timeline.lines)  # a claim is not a fact
    (quote,) = _section(b, "Quotes").lines
    assert quote.text == "Russia: “unimaginable” … “unacceptable”" and b.citations[quote.cites[0] - 1].sentence == QUOTE
    assert b.table_rows == [("2025", 6, 5, 1, 0.67, 38.0, 6.33)]


def test_brief_since(db):
    with Store(db, read_only=True) as s:
        b = build_brief(s, "IRN", "RUS", since="2025-04")
    timeline = _section(b, "Timeline of key events")
    assert [x.lead for x in timeline.lines] == ["as of 2025-04-09", "as of 2025-04-21", "2025-W39", "2025-10-02"]
    assert not timeline.subsections  # undated events have no place in a period
    assert b.scope.startswith("IRN–RUS, events from 2025-04,")
    assert _section(b, "Agreements", "Comprehensive strategic partnership treaty").lines[0].text == "Signed: 2025-01-17"


def test_markdown_brief(db):
    with Store(db, read_only=True) as s:
        b = build_brief(s, "IRN", "RUS")
    md = render_markdown(b)
    assert md.startswith("# Iran – Russia: relationship brief\n")
    assert "](data:image/svg+xml;base64," in md and "| 2025 | 6 | 5 | 1 | 0.67 | 38.0 | 6.33 |" in md
    sources = md.split("## Sources\n\n", 1)[1].splitlines()
    assert [int(x.split(".")[0]) for x in sources] == list(range(1, len(b.citations) + 1))
    for line in md.split("## Sources")[0].splitlines():
        if line.startswith("- "):
            assert re.search(r"\[\d+\]$", line), line


def test_html_brief_end_to_end(db, tmp_path):
    out = tmp_path / "brief.html"
    r = CliRunner().invoke(app, ["brief", "IRN", "RUS", "--db", str(db), "--format", "html", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "sources cited, chart embedded" in r.stdout
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    # the chart: an inline SVG image, nothing fetched from elsewhere
    m = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)
    svg = base64.b64decode(m.group(1)).decode("utf-8")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert svg.count('class="coop"') == 4 and svg.count('class="conflict"') == 1  # months with cooperation / conflict
    assert 'class="marker"' in svg and "signed" in svg and "ratified RUS" in svg and "in force" in svg
    assert "<script" not in html and "<link" not in html and not re.search(r'src="https?:', html)
    # citations: every reference points at a listed source; every listed source is referenced
    refs = set(re.findall(r'href="#c(\d+)"', html))
    ids = re.findall(r'<li id="c(\d+)">', html)
    assert refs == set(ids) and ids == [str(n) for n in range(1, len(ids) + 1)]
    body = html.split("<h2>Sources</h2>")[0]
    for item in re.findall(r"<li>(.*?)</li>", body):
        assert 'href="#c' in item, item
    assert "Russian President Vladimir Putin signed a law on 21 April" in html.split("<h2>Sources</h2>")[1]


def test_brief_command_to_stdout_and_errors(db):
    runner = CliRunner()
    r = runner.invoke(app, ["brief", "irn", "rus", "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.startswith("# Iran – Russia: relationship brief")
    r = runner.invoke(app, ["brief", "IRN", "CHN", "--db", str(db)])
    assert r.exit_code == 1 and "no events between IRN and CHN" in r.stderr
    r = runner.invoke(app, ["brief", "IRN", "RUS", "--db", str(db), "--since", "April"])
    assert r.exit_code == 2 and "YYYY" in r.output


# --- the acceptance check: the real pipeline on the sample corpus and the seed article -------

def _ingest(tmp_path, *paths, published=None):
    from diplograph.jobs import ingest

    db = tmp_path / "real.duckdb"
    for p in paths:
        ingest([p], db=db, published=published)
    return db


def _check_treaty(db, signed):
    from diplograph.analysis import find_agreements

    with Store(db, read_only=True) as s:
        found = find_agreements(s, "IRN", "RUS")
        b = build_brief(s, "IRN", "RUS")
    treaty = next(ag for ag in found if ag.kind == "strategic partnership")
    assert treaty.signed.date == signed
    assert treaty.ratification("RUS").date == "2025-04-21"
    md = render_markdown(b)
    assert f"signed {signed}" in md and "ratified by Russia 2025-04-21" in md
    return b, md


@pytest.mark.model
def test_acceptance_sample_corpus(tmp_path):
    db = _ingest(tmp_path, ROOT / "src" / "diplograph" / "data" / "sample")
    b, md = _check_treaty(db, "2025-01-17")
    lines = _lines(b)
    assert any("drone" in x.text for x in lines if x.cites)            # the drone deliveries
    assert any("missiles" in x.text or "drone" in x.text for x in _section(b, "Frictions and limits").subsections[-1].lines)
    assert _section(b, "Frictions and limits").subsections[0].lines     # conflict (the 2016 criticism)


@pytest.mark.model
def test_acceptance_seed_article(tmp_path, shared):
    seed = shared / "seed" / "iran-russia-alliance.txt"
    db = _ingest(tmp_path, seed, published=date(2025, 6, 20))
    b, md = _check_treaty(db, "2025-01")
    lines = _lines(b)
    assert any("supplied arms" in x.text for x in lines if x.cites)     # the arms supplies
    assert any("drones" in x.text for x in lines if x.cites)            # the drone deliveries
    assert _section(b, "Frictions and limits").subsections[0].lines     # the frictions
    db = _ingest(tmp_path, ROOT / "src" / "diplograph" / "data" / "sample")
    _check_treaty(db, "2025-01-17")
