"""DuckDB storage: schema, idempotent writes, failures, filters (documents built by hand)."""
from datetime import date

import pytest

from diplograph.errors import DatabaseError
from diplograph.store import MIGRATIONS, Store, date_key, events_filter
from diplograph.types import Actor, Document, Event, Failure, Mention, content_id

IRN = Actor("IRNGOV", "IRN", "GOV", "Iran", "Tehran")
RUS = Actor("RUS", "RUS", None, "Russia", "Russia")


def event(doc_id, n, src, tgt, *, type="AGREE", goldstein=3.0, quad=1, day="2025-01-17", precision="day", modality="asserted"):
    return Event(f"{doc_id}-{n}", doc_id, 0, type, None, "057", quad, goldstein, src, tgt, day, precision,
                 "text", modality, "Iran and Russia signed a treaty.", "signed", 0.9)


def document(text, events=(), path="a.txt"):
    did = content_id(text)
    evs = tuple(e(did) for e in events)
    return Document(id=did, text=text, path=path, published=date(2025, 1, 17),
                    mentions=(Mention(0, 4, "Iran", IRN, 0),), events=evs)


def test_write_is_idempotent(tmp_path):
    db = tmp_path / "t.duckdb"
    d = document("Iran and Russia signed a treaty.", [lambda i: event(i, 1, IRN, RUS), lambda i: event(i, 2, RUS, IRN)])
    with Store(db) as s:
        assert s.write([d]) == 1
        assert s.write([d, d]) == 0
    with Store(db) as s:  # reopening does not migrate twice
        assert s.counts() == {"documents": 1, "mentions": 1, "timexes": 0, "events": 2, "failures": 0}
        assert s.version() == len(MIGRATIONS)


def test_duplicate_inside_one_batch_is_stored_once(tmp_path):
    d = document("Same text.", [lambda i: event(i, 1, IRN, RUS)])
    with Store(tmp_path / "t.duckdb") as s:
        assert s.write([d, d.replace(path="b.txt")]) == 1
        assert s.counts()["events"] == 1


def test_failures_are_upserted_and_cleared_on_success(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        s.write([], [Failure("a.txt", "read", "not valid UTF-8")])
        s.write([], [Failure("a.txt", "read", "not valid UTF-8 (again)")])
        assert s.query("SELECT path, reason FROM failures")[1] == [("a.txt", "not valid UTF-8 (again)")]
        s.write([document("Now it reads.")])
        assert s.counts()["failures"] == 0


def test_month_and_year_columns_respect_precision(tmp_path):
    d = document("Three events.", [
        lambda i: event(i, 1, IRN, RUS, day="2025-01-17"),
        lambda i: event(i, 2, IRN, RUS, day="2025-04", precision="month"),
        lambda i: event(i, 3, IRN, RUS, day="2015", precision="year"),
    ])
    with Store(tmp_path / "t.duckdb") as s:
        s.write([d])
        rows = s.query("SELECT date, month, year FROM events ORDER BY date")[1]
    assert rows == [("2015", None, 2015), ("2025-01-17", "2025-01", 2025), ("2025-04", "2025-04", 2025)]


def test_filters(tmp_path):
    d = document("Filters.", [
        lambda i: event(i, 1, IRN, RUS),
        lambda i: event(i, 2, Actor("USA", "USA"), IRN, type="SANCTION", goldstein=-5, quad=4, day="2024-09-10"),
        lambda i: event(i, 3, RUS, IRN, type="AID", modality="hedged"),
    ])
    with Store(tmp_path / "t.duckdb") as s:
        s.write([d])

        def ids(**kw):
            where, params = events_filter(**kw)
            return sorted(r[0][-1] for r in s.query(f"SELECT id FROM events WHERE {where}", params)[1])

        assert ids(dyad=("IRN", "RUS")) == ["1"]
        assert ids(dyad=("rus", "irn"), modality="all") == ["1", "3"]
        assert ids(actor="USA") == ["2"]
        assert ids(type="sanction") == ["2"]
        assert ids(since="2025") == ["1"]
        assert ids(until="2024-09") == ["2"]
        assert ids(modality="hedged") == ["3"]


@pytest.mark.parametrize("week, monday", [("2025-W39", "2025-09-22"), ("2026-W01", "2025-12-29"),
                                          ("2020-W53", "2020-12-28"), ("2021-W01", "2021-01-04")])
def test_a_week_compares_as_its_monday(tmp_path, week, monday):
    with Store(tmp_path / "t.duckdb") as s:
        assert s.query(f"SELECT {date_key('d')} FROM (SELECT ? AS d)", [week])[1] == [(monday,)]
        assert s.query(f"SELECT {date_key('d')} FROM (SELECT ? AS d)", ["2025-10"])[1] == [("2025-10",)]


def test_week_dates_filter_and_sort_by_their_monday(tmp_path):
    from diplograph.query import list_events

    d = document("Weeks.", [
        lambda i: event(i, 1, IRN, RUS, day="2025-W39", precision="week"),  # 22-28 September
        lambda i: event(i, 2, IRN, RUS, day="2025-10-05"),
        lambda i: event(i, 3, IRN, RUS, day="2025-09-10"),
    ])
    with Store(tmp_path / "t.duckdb") as s:
        s.write([d])

        def ids(**kw):
            where, params = events_filter(**kw)
            return sorted(r[0][-1] for r in s.query(f"SELECT id FROM events WHERE {where}", params)[1])

        assert ids(since="2025-10") == ["2"]  # 'W' sorts after digits as text: the week came in
        assert ids(since="2025-09-15") == ["1", "2"]
        assert ids(until="2025-09") == ["1", "3"]
        cols, rows = list_events(s, limit=10)
        dates = [r[cols.index("date")] for r in rows]
    assert dates == ["2025-10-05", "2025-W39", "2025-09-10"]  # newest first


def test_read_only_needs_an_existing_database(tmp_path):
    with pytest.raises(DatabaseError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database")
    with pytest.raises(DatabaseError, match="cannot open"):
        Store(bad)


def test_old_database_is_migrated_and_keeps_its_rows(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(MIGRATIONS[0])
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO documents (id, text) VALUES ('d1', 'kept')")
    con.close()
    with Store(db) as s:
        assert s.version() == len(MIGRATIONS)
        assert s.query("SELECT text FROM documents")[1] == [("kept",)]
        d = document("New text.", [lambda i: event(i, 1, IRN, RUS)])
        s.write([d])
        assert s.query("SELECT more_evidence FROM events")[1] == [([],)]
