"""Exports: Parquet partitioned by month, CSV, GDELT-style TSV (one row per event cluster and
direction, GDELT column names) and PLOVER JSON lines (PLOVER's view of promises and refusals)."""
import csv
import json
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.export import GDELT_COLUMNS, ExportError, export
from diplograph.store import Store

SIGN = "Iran and Russia signed a partnership treaty on Friday."
SIGN2 = "The partnership treaty was signed by Iran and Russia on Friday in Moscow."
PLAN = "Iran will supply drones to Russia next year."
DENY = "Iran did not deliver missiles to Russia."
OLD = "Russia has supplied arms to Iran for years."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    s = dict(type="SUPPORT", cameo="057", quad=1, g=8.0, trigger="signed")
    docs = [
        doc("x1", SIGN, published=date(2025, 1, 17), site="Wire A", url="https://example.invalid/x1", events=[
            ev("e1", "x1", SIGN, **s, src="IRN", tgt="RUS", date="2025-01-17", location="Moscow"),
            ev("e2", "x1", SIGN, **s, src="RUS", tgt="IRN", date="2025-01-17", location="Moscow")]),
        doc("x2", SIGN2, published=date(2025, 1, 18), site="Wire B", url="https://example.invalid/x2", events=[
            ev("e3", "x2", SIGN2, **s, src="IRNGOV", tgt="RUSGOV", date="2025-01-17", index=2,
               src_entity="Masoud Pezeshkian", tgt_entity="Vladimir Putin")]),
        doc("x3", PLAN + " " + DENY, published=date(2025, 2, 3), events=[
            ev("e4", "x3", PLAN, type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRN", tgt="RUS",
               date="2026", modality="future", trigger="supply"),
            ev("e5", "x3", DENY, type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRN", tgt="RUS",
               date="2025-02-03", basis="publication", modality="negated", trigger="deliver", index=1)]),
        doc("x4", OLD, published=date(2025, 6, 20), site=None, events=[
            ev("e6", "x4", OLD, type="AID", cameo="072", mode="military", quad=2, g=8.3, src="RUS", tgt="IRN", date=None,
               trigger="supplied")]),
    ]
    return make_db(tmp_path_factory.mktemp("export") / "t.duckdb", docs)


def test_parquet_is_partitioned_by_month(db, tmp_path):
    import pyarrow.dataset as ds

    with Store(db, read_only=True) as s:
        result = export(s, "parquet", tmp_path)
    assert result.rows == 6
    parts = sorted(p.parent.name for p in result.files)
    assert parts == ["month=2025-01", "month=2025-02", "month=undated"]
    table = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    rows = {r["id"]: r for r in table.to_pylist()}
    assert set(rows) == {"e1", "e2", "e3", "e4", "e5", "e6"}
    assert (rows["e3"]["cluster_id"], rows["e3"]["cluster_reports"], rows["e3"]["cluster_documents"],
            rows["e3"]["cluster_sources"]) == ("e1", 3, 2, 2)
    assert (rows["e4"]["month"], rows["e4"]["plover_type"], rows["e5"]["plover_type"]) == ("undated", "AGREE", "REJECT")
    assert rows["e1"]["doc_url"] == "https://example.invalid/x1" and rows["e6"]["dimension"] == "military"
    with Store(db, read_only=True) as s, pytest.raises(ExportError, match="already holds files"):
        export(s, "parquet", tmp_path)


def test_csv(db, tmp_path):
    with Store(db, read_only=True) as s:
        result = export(s, "csv", tmp_path, modality="asserted")
    with result.files[0].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == ["e1", "e2", "e3", "e6"]
    assert rows[0]["date"] == "2025-01-17" and rows[0]["cluster_documents"] == "2" and rows[3]["date"] == ""
    assert {"plover_type", "dimension", "cluster_id", "doc_title", "sentence"} <= set(rows[0])


def test_gdelt_one_row_per_event_and_direction(db, tmp_path):
    with Store(db, read_only=True) as s:
        result = export(s, "gdelt", tmp_path)
    lines = result.files[0].read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines[1:]]
    assert result.rows == len(rows) == 3          # the signing both ways; the undated supply
    signing = [r for r in rows if r["EventCode"] == "057"]
    assert [(r["Actor1Code"], r["Actor2Code"]) for r in signing] == [("IRN", "RUS"), ("RUS", "IRN")]
    one = signing[0]
    assert (one["SQLDATE"], one["MonthYear"], one["Year"], one["FractionDate"]) == ("20250117", "202501", "2025", "2025.0438")
    assert (one["EventBaseCode"], one["EventRootCode"], one["QuadClass"], one["GoldsteinScale"]) == ("057", "05", "1", "8.0")
    assert (one["NumMentions"], one["NumSources"], one["NumArticles"], one["IsRootEvent"]) == ("3", "2", "2", "1")
    assert (one["Actor1Name"], one["Actor1CountryCode"], one["ActionGeo_FullName"]) == ("IRAN", "IRN", "Moscow")
    assert one["SOURCEURL"] == "https://example.invalid/x1" and len(one["DATEADDED"]) == 14
    assert (one["DG_DatePrecision"], one["DG_Modality"], one["DG_PloverType"], one["DG_ClusterId"]) == ("day", "asserted", "SUPPORT", "e1")
    assert one["GLOBALEVENTID"].isdigit() and one["GLOBALEVENTID"] != signing[1]["GLOBALEVENTID"]
    undated = next(r for r in rows if r["Actor1Code"] == "RUS" and r["EventCode"] == "072")
    assert (undated["SQLDATE"], undated["Year"], undated["DG_DatePrecision"], undated["SOURCEURL"]) == ("", "", "", "x4.txt")


def test_plover_records(db, tmp_path):
    with Store(db, read_only=True) as s:
        result = export(s, "plover", tmp_path)
    records = {r["id"]: r for r in map(json.loads, result.files[0].read_text(encoding="utf-8").splitlines())}
    assert len(records) == 6
    e3 = records["e3"]
    for field in ("id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
                  "recipient_country", "text", "story_date", "source_url", "version"):
        assert field in e3
    assert (e3["date"], e3["event_type"], e3["actor"], e3["actor_country"], e3["recipient"], e3["recipient_country"]) == (
        "2025-01-17", "SUPPORT", "Masoud Pezeshkian", "IRN", "Vladimir Putin", "RUS")
    assert (e3["context"], e3["story_date"], e3["diplograph"]["cluster_documents"]) == (["diplomatic"], "2025-01-18", 2)
    assert (records["e4"]["event_type"], records["e4"]["diplograph"]["type"], records["e4"]["diplograph"]["modality"]) == (
        "AGREE", "AID", "future")
    assert records["e5"]["event_type"] == "REJECT" and records["e6"]["date"] is None


def test_export_command(db, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--format", "plover", "--out", str(tmp_path / "p"), "--db", str(db), "--modality", "asserted"])
    assert r.exit_code == 0, r.output
    assert "Exported 4 rows as plover" in r.stdout
    assert len((tmp_path / "p" / "events.plover.jsonl").read_text().splitlines()) == 4
    r = runner.invoke(app, ["export", "--format", "gdelt", "--out", str(tmp_path / "g"), "--db", str(db), "--modality", "sure"])
    assert r.exit_code == 2 and "--modality" in r.output
