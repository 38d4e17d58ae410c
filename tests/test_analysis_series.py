"""Relationship series: every number of every period, counted in clusters, by month and by
year, the undated events, and the change points."""
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db

from diplograph.analysis.dates import parse
from diplograph.analysis.series import change_points, fill, relationship_series
from diplograph.analysis.vocab import dimensions
from diplograph.store import Store


def _corpus():
    t = {
        "a": "Iran and Russia signed a partnership treaty in Moscow.",
        "b": "Iran supplied drones to Russia on Monday.",
        "c": "Iranian drones were supplied to Russia on Monday, officials said.",
        "d": "Russia criticised Iran over the delay in January.",
        "e": "Iran imposed sanctions on Russian banks.",
        "f": "Russia and Iran cooperated economically on a trade corridor in March.",
        "g": "Iranian and Russian officials held consultations in 2024.",
        "h": "Russia has supplied arms to Iran for years.",
        "i": "Iran did not send missiles to Russia.",
        "j": "The United States imposed sanctions on Iran.",
    }
    return [
        doc("d1", t["a"], published=date(2025, 1, 17), site="One", events=[
            ev("a1", "d1", t["a"], type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRN", tgt="RUS", date="2025-01-17", trigger="signed"),
            ev("a2", "d1", t["a"], type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUS", tgt="IRN", date="2025-01-17", trigger="signed")]),
        doc("d2", t["b"], published=date(2025, 1, 20), site="One", events=[
            ev("b1", "d2", t["b"], type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRN", tgt="RUS", date="2025-01-20", trigger="supplied")]),
        doc("d3", t["c"], published=date(2025, 1, 21), site="Two", events=[
            ev("c1", "d3", t["c"], type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRNMIL", tgt="RUS", date="2025-01-20", trigger="supplied")]),
        doc("d4", t["d"], published=date(2025, 1, 30), events=[
            ev("d1e", "d4", t["d"], type="ACCUSE", cameo="111", mode="disapprove", quad=3, g=-2.0, src="RUS", tgt="IRN", date="2025-01", trigger="criticised")]),
        doc("d5", t["e"], published=date(2025, 3, 5), events=[
            ev("e1", "d5", t["e"], type="SANCTION", cameo="163", mode="discontinue", quad=4, g=-8.0, src="IRN", tgt="RUS", date="2025-03-05", trigger="sanctions")]),
        doc("d6", t["f"], published=date(2025, 3, 30), events=[
            ev("f1", "d6", t["f"], type="COOPERATE", cameo="061", mode="economic", quad=2, g=6.4, src="RUS", tgt="IRN", date="2025-03", trigger="cooperated")]),
        doc("d7", t["g"], published=date(2025, 2, 1), events=[
            ev("g1", "d7", t["g"], type="CONSULT", cameo="040", quad=1, g=1.0, src="IRNGOV", tgt="RUSGOV", date="2024", trigger="consultations")]),
        doc("d8", t["h"], published=date(2025, 6, 20), events=[
            ev("h1", "d8", t["h"], type="AID", cameo="070", quad=2, g=7.0, src="RUS", tgt="IRN", date=None, trigger="supplied")]),
        doc("d9", t["i"], published=date(2025, 2, 1), events=[
            ev("i1", "d9", t["i"], type="AID", cameo="072", mode="military", quad=2, g=8.3, src="IRN", tgt="RUS", date="2025-02-01",
               modality="negated", trigger="send")]),
        doc("d10", t["j"], published=date(2025, 1, 2), events=[
            ev("j1", "d10", t["j"], type="SANCTION", cameo="163", quad=4, g=-8.0, src="USA", tgt="IRN", date="2025-01-02", trigger="sanctions")]),
    ]


def _row(period, **values):
    row = {"period": period, "events": 0, "reports": 0, "documents": 0, "verbal_coop": 0, "material_coop": 0,
           "verbal_conflict": 0, "material_conflict": 0, "diplomatic": 0, "military": 0, "economic": 0,
           "humanitarian": 0, "legal": 0, "cooperation": 0, "conflict": 0, "balance": None,
           "goldstein_sum": 0.0, "goldstein_mean": None}
    row.update(values)
    return row


JAN = _row("2025-01", events=3, reports=5, documents=4, verbal_coop=1, material_coop=1, verbal_conflict=1,
           diplomatic=2, military=1, cooperation=2, conflict=1, balance=0.33, goldstein_sum=14.3, goldstein_mean=4.77)
MAR = _row("2025-03", events=2, reports=2, documents=2, material_coop=1, material_conflict=1, economic=2,
           cooperation=1, conflict=1, balance=0.0, goldstein_sum=-1.6, goldstein_mean=-0.8)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("series") / "t.duckdb", _corpus())


def test_monthly_series_counts_clusters(db):
    with Store(db, read_only=True) as s:
        r = relationship_series(s, "IRN", "RUS", by="month")
    assert (r.a, r.b, r.by, r.window) == ("IRN", "RUS", "month", 3)
    assert r.rows == [JAN, MAR]
    assert (r.total, r.undated, r.reports) == (7, 2, 9)
    assert r.change_points == [{"period": "2025-02", "shift": -15.1, "before": 14.3, "after": -0.8, "direction": "cooler"}]
    assert r.filled() == [JAN, _row("2025-02"), MAR]
    assert r.as_dict()["series"] == [JAN, MAR]


def test_yearly_series(db):
    with Store(db, read_only=True) as s:
        r = relationship_series(s, "RUS", "IRN", by="year")
    assert r.rows == [
        _row("2024", events=1, reports=1, documents=1, verbal_coop=1, diplomatic=1, cooperation=1, balance=1.0,
             goldstein_sum=1.0, goldstein_mean=1.0),
        _row("2025", events=5, reports=7, documents=6, verbal_coop=1, material_coop=2, verbal_conflict=1,
             material_conflict=1, diplomatic=2, military=1, economic=2, cooperation=3, conflict=2, balance=0.2,
             goldstein_sum=12.7, goldstein_mean=2.54),
    ]
    assert (r.total, r.undated, r.reports, r.window) == (7, 1, 9, 2)
    assert r.change_points == [{"period": "2025", "shift": 11.7, "before": 1.0, "after": 12.7, "direction": "warmer"}]


def test_series_filters_and_other_modalities(db):
    with Store(db, read_only=True) as s:
        march = relationship_series(s, "IRN", "RUS", since="2025-02")
        assert march.rows == [MAR] and (march.total, march.undated) == (2, 0)
        denied = relationship_series(s, "IRN", "RUS", modality="negated")
        assert [(r["period"], r["events"], r["military"], r["material_coop"]) for r in denied.rows] == [("2025-02", 1, 1, 1)]
        assert relationship_series(s, "IRN", "CHN").rows == []


def test_change_points_moving_window():
    rows = [{"period": f"2024-{m:02d}", "goldstein_sum": v}
            for m, v in zip(range(1, 13), [0, 0, 0, 10, 10, 10, 0, 0, 0, -5, -5, -5])]
    assert change_points(rows, window=3) == [
        {"period": "2024-04", "shift": 10.0, "before": 0.0, "after": 10.0, "direction": "warmer"},
        {"period": "2024-07", "shift": -10.0, "before": 10.0, "after": 0.0, "direction": "cooler"},
        {"period": "2024-10", "shift": -5.0, "before": 0.0, "after": -5.0, "direction": "cooler"},
    ]
    assert change_points(rows, window=3, top=1) == [change_points(rows, window=3)[0]]
    assert change_points([{"period": "2024", "goldstein_sum": 3.0}]) == []
    assert [r["period"] for r in fill([{"period": "2023"}, {"period": "2025"}], "year")] == ["2023", "2024", "2025"]


@pytest.mark.parametrize("type,mode,cameo,evidence,dimension", [
    ("SUPPORT", None, "057", "Iran and Russia signed a partnership treaty.", "diplomatic"),
    ("SUPPORT", None, "057", "Putin signed a law ratifying the treaty.", "legal"),
    ("SUPPORT", None, "057", "They signed a gas deal.", "economic"),
    ("SUPPORT", None, "051", "Russia praised Iran's ratification.", "diplomatic"),  # not a generic code
    ("AID", None, "070", "Iran aided the Kremlin with badly needed drones.", "military"),
    ("AID", None, "070", "Russia sent relief to the refugees.", "humanitarian"),
    ("AID", None, "070", "The package arrived.", "economic"),
    ("AID", "humanitarian", "073", "", "humanitarian"),
    ("AID", "asylum", "075", "", "humanitarian"),
    ("AGREE", None, "0332", "", "military"),
    ("AGREE", None, "030", "They agreed to meet again.", "diplomatic"),
    ("COOPERATE", "intelligence", "064", "", "military"),
    ("SANCTION", "discontinue", "163", "", "economic"),
    ("SANCTION", "convict", "116", "", "legal"),
    ("SANCTION", "withdraw", "161", "", "diplomatic"),
    ("ACCUSE", "investigate", "091", "", "legal"),
    ("ACCUSE", "disapprove", "111", "", "diplomatic"),
    ("COERCE", "arrest", "173", "", "legal"),
    ("COERCE", "seize", "192", "", "military"),
    ("THREATEN", "violence", "138", "", "military"),
    ("THREATEN", "restrict", "1312", "", "economic"),
    ("RETREAT", "release", "0841", "", "humanitarian"),
    ("RETREAT", "ceasefire", "0871", "", "military"),
    ("MOBILIZE", "troops", "154", "", "military"),
    ("ASSAULT", "aerial", "195", "", "military"),
    ("CONSULT", "visit", "042", "", "diplomatic"),
    ("NOT-A-TYPE", None, None, "", "diplomatic"),
])
def test_dimension_of_an_event(type, mode, cameo, evidence, dimension):
    assert dimensions().of(type, mode, cameo, evidence) == dimension


@pytest.mark.parametrize("value,start,end,precision,month", [
    ("2025-01-17", date(2025, 1, 17), date(2025, 1, 17), "day", "2025-01"),
    ("2025-02", date(2025, 2, 1), date(2025, 2, 28), "month", "2025-02"),
    ("2024", date(2024, 1, 1), date(2024, 12, 31), "year", None),
    ("2025-W39", date(2025, 9, 22), date(2025, 9, 28), "week", "2025-09"),
    ("2024-FA", date(2024, 1, 1), date(2024, 12, 31), "year", None),
    ("2022-02-24TEV", date(2022, 2, 24), date(2022, 2, 24), "day", "2022-02"),
])
def test_dates_as_intervals(value, start, end, precision, month):
    w = parse(value)
    assert (w.start, w.end, w.precision, w.month) == (start, end, precision, month)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "PAST_REF", "XXXX-XX-XXTNI", "P1D", "2025-02-30"])
def test_dates_that_name_no_period(value):
    assert parse(value) is None
