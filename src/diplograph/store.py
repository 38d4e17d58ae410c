"""DuckDB storage: schema by migrations, idempotent writes (a document is stored once, with
its mentions, timexes and events, in one transaction), queries for the commands."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path

from diplograph.errors import DatabaseError
from diplograph.types import Document, Event, Failure

log = logging.getLogger(__name__)

DEFAULT_DB = "diplograph.duckdb"

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, title VARCHAR, published DATE,
        published_source VARCHAR, site VARCHAR, author VARCHAR, language VARCHAR,
        quality VARCHAR[], n_sentences INTEGER, text VARCHAR, ingested_at TIMESTAMP
    );
    CREATE TABLE mentions (
        doc_id VARCHAR, sentence INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        code VARCHAR, country VARCHAR, sector VARCHAR, entity VARCHAR
    );
    CREATE TABLE timexes (
        doc_id VARCHAR, sentence INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        type VARCHAR, value VARCHAR, precision VARCHAR, how VARCHAR
    );
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_index INTEGER, type VARCHAR, mode VARCHAR,
        cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_entity VARCHAR, source_text VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_entity VARCHAR, target_text VARCHAR,
        date VARCHAR, date_precision VARCHAR, date_basis VARCHAR, month VARCHAR, year INTEGER,
        modality VARCHAR, location VARCHAR, trigger VARCHAR, confidence DOUBLE, sentence VARCHAR
    );
    CREATE TABLE failures (
        path VARCHAR, stage VARCHAR, reason VARCHAR, doc_id VARCHAR, failed_at TIMESTAMP,
        PRIMARY KEY (path, stage)
    );
    """,
    # 2: other sentences of the same document that report the same event
    """
    ALTER TABLE events ADD COLUMN more_evidence VARCHAR[];
    """,
    # 3: cross-document event clusters and tracked agreements, written by
    # diplograph.analysis.refresh (one row per event; one row per agreement, the whole record as JSON)
    """
    CREATE TABLE event_clusters (
        event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR, n_reports INTEGER, n_documents INTEGER, n_sources INTEGER
    );
    CREATE TABLE agreements (
        id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, parties VARCHAR[], signed VARCHAR,
        entry_into_force VARCHAR, record JSON
    );
    """,
    # 4: near-duplicate documents (syndicated copies) linked to the stored original, not stored twice
    """
    CREATE TABLE duplicates (
        doc_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE, exact BOOLEAN,
        path VARCHAR, url VARCHAR, site VARCHAR, published DATE, linked_at TIMESTAMP
    );
    """,
)

EVENT_COLUMNS = (
    "id", "doc_id", "sentence_index", "type", "mode", "cameo", "quad_class", "goldstein",
    "source_code", "source_country", "source_sector", "source_entity", "source_text",
    "target_code", "target_country", "target_sector", "target_entity", "target_text",
    "date", "date_precision", "date_basis", "month", "year", "modality", "location", "trigger",
    "confidence", "sentence", "more_evidence",
)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def event_row(ev: Event) -> tuple:
    s, t = ev.source, ev.target
    month = ev.date[:7] if ev.date and ev.date_precision in ("day", "month") else None
    if ev.date and ev.date_precision == "week":  # 2025-W39: the month of its Monday
        month = date.fromisocalendar(int(ev.date[:4]), int(ev.date[6:8]), 1).isoformat()[:7]
    year = int(ev.date[:4]) if ev.date and ev.date[:4].isdigit() and ev.date_precision != "decade" else None
    return (
        ev.id, ev.doc_id, ev.sentence_index, ev.type, ev.mode, ev.cameo, ev.quad_class, ev.goldstein,
        s and s.code, s and s.country, s and s.sector, s and s.entity, s and s.text,
        t and t.code, t and t.country, t and t.sector, t and t.entity, t and t.text,
        ev.date, ev.date_precision, ev.date_basis, month, year, ev.modality, ev.location, ev.trigger,
        ev.confidence, ev.sentence, list(ev.more_evidence),
    )


class Store:
    """One DuckDB file. Use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False):
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise DatabaseError(f"{self.path}: no such database; create it with `diplograph ingest PATH --db {self.path}` "
                                f"(or `diplograph demo --db {self.path}` for the bundled sample)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise DatabaseError(f"{self.path}: cannot open as a DuckDB database ({exc})") from exc
        if not read_only:
            self.migrate()
        elif self.version() == 0:
            raise DatabaseError(f"{self.path}: not a diplograph database (no schema); run `diplograph ingest` on it first")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except Exception:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        current = self.version()
        for n, sql in enumerate(MIGRATIONS, start=1):
            if n <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(sql)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(n)]
            )
            self.con.execute("COMMIT")
            log.info("migrated %s to schema %d", self.path, n)

    # --- writes ------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write(self, docs: list[Document], failures: list[Failure] = ()) -> int:
        """Store documents that are not stored yet, with everything found in them, and the
        failures, in one transaction. Returns how many documents were new."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            known = self.known_ids(d.id for d in docs)
            new = []
            for d in docs:
                if d.id not in known:
                    known.add(d.id)
                    new.append(d)
            now = _now()
            if new:
                self._bulk("documents", [
                    (d.id, d.path, d.url, d.title, d.published, d.published_source, d.site, d.author,
                     d.language, list(d.quality), len(d.sentences), d.text, now)
                    for d in new
                ])
                rows = [
                    (d.id, m.sentence, m.start, m.end, m.text, m.actor.code, m.actor.country, m.actor.sector, m.actor.entity)
                    for d in new for m in d.mentions
                ]
                self._bulk("mentions", rows)
                rows = [
                    (d.id, t.sentence, t.start, t.end, t.text, t.type, t.value, t.precision, t.how)
                    for d in new for t in d.timexes
                ]
                self._bulk("timexes", rows)
                rows = [event_row(e) for d in new for e in d.events]
                self._bulk("events", rows, ignore=True)
            paths = [d.path for d in docs if d.path]
            if paths:
                self.con.execute("DELETE FROM failures WHERE path IN (SELECT unnest(?))", [paths])
            for f in failures:
                self.con.execute(
                    "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)", [f.path, f.stage, f.reason, f.doc_id, now]
                )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(new)

    def link_duplicates(self, links: list[tuple[Document, str, float, bool]]) -> None:
        """Record documents that copy a stored one: (document, id of the original, similarity, exact)."""
        now = _now()
        self._bulk("duplicates", [
            (d.id, of, sim, exact, d.path, d.url, d.site, d.published, now) for d, of, sim, exact in links
        ], ignore=True)

    def replace_rows(self, table: str, rows: list[tuple]) -> None:
        """Replace a derived table's whole content in one transaction (bulk insert)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(f"DELETE FROM {table}")
            self._bulk(table, rows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def texts(self):
        """(id, text) of every stored document, oldest first (to rebuild the duplicate index)."""
        return self.con.execute("SELECT id, text FROM documents ORDER BY ingested_at, id").fetchall()

    def _bulk(self, table: str, rows: list[tuple], *, ignore: bool = False) -> None:
        """Insert rows in one statement through an Arrow table (row-by-row inserts cost about
        a millisecond each, which on a laptop is a fifth of the whole pipeline)."""
        if not rows:
            return
        import pyarrow as pa

        cols = self._columns(table)[: len(rows[0])]
        arrow = pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(cols)})
        self.con.register("_diplograph_rows", arrow)
        try:
            names = ", ".join(f'"{c}"' for c in cols)
            self.con.execute(
                f"INSERT {'OR IGNORE ' if ignore else ''}INTO {table} ({names}) SELECT {names} FROM _diplograph_rows"
            )
        finally:
            self.con.unregister("_diplograph_rows")

    def _columns(self, table: str) -> list[str]:
        cache = self.__dict__.setdefault("_column_cache", {})
        if table not in cache:
            cache[table] = [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()]
        return cache[table]

    # --- reads -------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "mentions", "timexes", "events", "failures")
        }

    def query(self, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return cols, cur.fetchall()


def date_key(column: str = "date") -> str:
    """SQL for an event date that sorts and compares as text with ``YYYY[-MM[-DD]]``: a week
    (``2025-W39``) is read as the day of its Monday (``2025-09-22``); other dates as they are."""
    year = f"CAST(substr({column}, 1, 4) AS INTEGER)"
    jan4 = f"make_date({year}, 1, 4)"  # ISO week 1 is the week with 4 January in it
    days = f"CAST((CAST(substr({column}, 7, 2) AS INTEGER) - 1) * 7 - isodow({jan4}) + 1 AS INTEGER)"
    monday = f"{jan4} + {days}"
    return f"(CASE WHEN {column} LIKE '____-W__' THEN strftime({monday}, '%Y-%m-%d') ELSE {column} END)"


DATE_KEY = date_key()


def events_filter(
    *, actor: str | None = None, dyad: tuple[str, str] | None = None, type: str | None = None,
    since: str | None = None, until: str | None = None, modality: str | None = "asserted",
    month: str | None = None,
) -> tuple[str, list]:
    """A WHERE clause and its parameters for the event filters shared by the commands.
    An actor code matches by prefix: ``IRN`` matches IRN, IRNGOV, IRNMIL. ``since`` and ``until``
    read a week as the day of its Monday (:func:`date_key`). ``month`` (YYYY-MM)
    is the month an event counts in (a week's is the month of its Monday), as series count."""
    where, params = ["TRUE"], []
    if actor:
        where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params += [actor.upper(), actor.upper()]
    if dyad:
        a, b = dyad[0].upper(), dyad[1].upper()
        where.append(
            "((starts_with(source_code, ?) AND starts_with(target_code, ?)) OR "
            "(starts_with(source_code, ?) AND starts_with(target_code, ?)))"
        )
        params += [a, b, b, a]
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if since:
        where.append(f"{DATE_KEY} >= ?")
        params.append(since)
    if until:
        where.append(f"substr({DATE_KEY}, 1, ?) <= ?")
        params += [len(until), until]
    if month:
        where.append("month = ?")
        params.append(month)
    if modality and modality != "all":
        where.append("modality = ?")
        params.append(modality)
    return " AND ".join(where), params


def to_json(cols: list[str], rows: list[tuple]) -> list[dict]:
    return [dict(zip(cols, (v.isoformat() if hasattr(v, "isoformat") else v for v in r))) for r in rows]


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
