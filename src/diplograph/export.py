"""Exports in the formats event-data users already read.

- ``parquet``: every event with its document and cluster, as a Parquet dataset partitioned by
  month (``events/month=2025-01/...``; events with no month go to ``month=undated``).
- ``csv``: the same rows as one ``events.csv``.
- ``gdelt``: ``events.tsv``, one row per event cluster and direction (GDELT records an event
  once and counts its mentions), with GDELT event-table column names for every column that has
  a counterpart here, then diplograph's own columns prefixed ``DG_``. GDELT dates every event
  to a day: SQLDATE is the first day of the event's period and DG_DatePrecision says how precise
  the date really is; undated events have no SQLDATE.
- ``plover``: ``events.plover.jsonl``, one event per line in the PLOVER data model (``id``,
  ``date``, ``event_type``, ``mode``, ``context``, ``actor``, ``actor_country``, ``recipient``,
  ``recipient_country``, ...). PLOVER codes an announced act as a promise (AGREE) and a refused
  one as REJECT: ``event_type`` is that view, and diplograph's own coding is kept under
  ``diplograph``.

By default gdelt exports asserted events only (GDELT users read every row as something that
happened); the other formats export every modality with a column that says which.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from diplograph import __version__
from diplograph.analysis.clusters import Cluster, Report, cluster, load_reports
from diplograph.analysis.dates import parse
from diplograph.analysis.documents import has_column
from diplograph.errors import DiplographError
from diplograph.store import Store, date_key, events_filter

FORMATS = ("parquet", "csv", "gdelt", "plover")
DEFAULT_MODALITY = {"parquet": "all", "csv": "all", "gdelt": "asserted", "plover": "all"}

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
    "DG_DatePrecision", "DG_DateBasis", "DG_Modality", "DG_PloverType", "DG_PloverMode", "DG_Dimension",
    "DG_ClusterId", "DG_Evidence",
)


class ExportError(DiplographError):
    pass


@dataclass(frozen=True)
class ExportResult:
    format: str
    files: list[Path]
    rows: int


def _event_rows(store: Store, modality: str) -> tuple[list[dict], dict[str, Cluster]]:
    where, params = events_filter(modality=modality)
    more = ", e.more_evidence" if has_column(store, "events", "more_evidence") else ""
    cols, rows = store.query(
        f"""SELECT e.id, e.doc_id, e.sentence_index, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,
                   e.source_code, e.source_country, e.source_sector, e.source_entity, e.source_text,
                   e.target_code, e.target_country, e.target_sector, e.target_entity, e.target_text,
                   e.date, e.date_precision, e.date_basis, e.month, e.year, e.modality, e.location, e.trigger,
                   e.confidence, e.sentence{more}, d.title AS doc_title, d.url AS doc_url, d.path AS doc_path,
                   d.site AS doc_site, d.published AS doc_published, d.ingested_at AS doc_ingested_at
            FROM (SELECT * FROM events WHERE {where}) e LEFT JOIN documents d ON d.id = e.doc_id
            ORDER BY {date_key('e.date')} NULLS LAST, e.id""",
        params,
    )
    events = [dict(zip(cols, r)) for r in rows]
    by_event: dict[str, Cluster] = {}
    for c in cluster(load_reports(store, where, params)):
        for r in c.reports:
            by_event[r.id] = c
    return events, by_event


def _with_cluster(events: list[dict], by_event: dict[str, Cluster]) -> list[dict]:
    from diplograph.events.ontology import ontology

    onto = ontology()
    out = []
    for e in events:
        c = by_event.get(e["id"])
        row = dict(e)
        row.pop("doc_ingested_at", None)
        if "more_evidence" in row:
            row["more_evidence"] = list(row["more_evidence"] or [])
        row["plover_type"] = onto.plover_view(e["type"], e["modality"])
        row["dimension"] = c.dimension if c else None
        row["cluster_id"] = c.id if c else e["id"]
        row["cluster_reports"] = c.n_reports if c else 1
        row["cluster_documents"] = c.n_documents if c else 1
        row["cluster_sources"] = c.n_sources if c else 1
        out.append(row)
    return out


def _parquet(rows: list[dict], out: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = out / "events"
    if target.exists() and any(target.iterdir()):
        raise ExportError(f"{target} already holds files; choose another --out or remove it")
    for r in rows:
        r["month"] = r["month"] or "undated"
    table = pa.Table.from_pylist(rows)
    pq.write_to_dataset(table, root_path=str(target), partition_cols=["month"])
    return sorted(target.rglob("*.parquet"))


def _csv(rows: list[dict], out: Path) -> list[Path]:
    path = out / "events.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        if not rows:
            return [path]
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return [path]


def _gdelt_id(cluster_id: str, source: str | None, target: str | None) -> int:
    return int(hashlib.sha256(f"{cluster_id}|{source}|{target}".encode()).hexdigest()[:15], 16)


def _known_group(code: str | None) -> str | None:
    return code[3:6] if code and code[:3] in ("IGO", "NGO", "IMG") else None


def _gdelt_rows(clusters: list[Cluster], events: dict[str, dict]) -> list[dict]:
    from diplograph.events.ontology import ontology

    onto = ontology()
    rows = []
    for c in clusters:
        directions: dict[tuple, Report] = {}
        for r in c.reports:
            directions.setdefault((r.source, r.target), r)
        for (src, tgt), r in sorted(directions.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")):
            e = events.get(r.id, {})
            when = c.when
            mentions = [x for x in c.reports if (x.source, x.target) == (src, tgt)] if not c.mutual else c.reports
            docs = sorted({(x.published.isoformat() if x.published else "9999", x.url or x.path or x.doc_id, x.doc_id) for x in c.reports})
            added = min((events.get(x.id, {}).get("doc_ingested_at") for x in c.reports
                         if events.get(x.id, {}).get("doc_ingested_at")), default=None)
            cameo = c.cameo or ""
            row = {
                "GLOBALEVENTID": _gdelt_id(c.id, src, tgt),
                "SQLDATE": when.start.strftime("%Y%m%d") if when else None,
                "MonthYear": when.start.strftime("%Y%m") if when else None,
                "Year": when.start.year if when else None,
                "FractionDate": round(when.start.year + (when.start.timetuple().tm_yday - 1) / 365, 4) if when else None,
                "Actor1Code": r.source_code, "Actor1Name": (r.source_entity or r.source_text or "").upper() or None,
                "Actor1CountryCode": r.source_country, "Actor1KnownGroupCode": _known_group(r.source_code),
                "Actor1Type1Code": e.get("source_sector"),
                "Actor2Code": r.target_code, "Actor2Name": (r.target_entity or r.target_text or "").upper() or None,
                "Actor2CountryCode": r.target_country, "Actor2KnownGroupCode": _known_group(r.target_code),
                "Actor2Type1Code": e.get("target_sector"),
                "IsRootEvent": int(any(x.sentence_index == 0 for x in c.reports)),
                "EventCode": cameo or None, "EventBaseCode": cameo[:3] or None, "EventRootCode": cameo[:2] or None,
                "QuadClass": c.quad_class, "GoldsteinScale": c.goldstein,
                "NumMentions": len(mentions), "NumSources": c.n_sources, "NumArticles": c.n_documents,
                "ActionGeo_FullName": e.get("location"),
                "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else None,
                "SOURCEURL": docs[0][1] if docs else None,
                "DG_DatePrecision": when.precision if when else None, "DG_DateBasis": r.date_basis,
                "DG_Modality": c.modality, "DG_PloverType": onto.plover_view(c.type, c.modality),
                "DG_PloverMode": c.mode, "DG_Dimension": c.dimension, "DG_ClusterId": c.id,
                "DG_Evidence": " ".join(r.sentence.split()),
            }
            rows.append(row)
    return rows


def _gdelt(rows: list[dict], out: Path) -> list[Path]:
    path = out / "events.tsv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(GDELT_COLUMNS)
        for r in rows:
            w.writerow("" if r[c] is None else r[c] for c in GDELT_COLUMNS)
    return [path]


def plover_record(row: dict) -> dict:
    """One event in the PLOVER data model, with diplograph's own coding under ``diplograph``."""
    when = parse(row["date"], row["date_precision"])
    published = row.get("doc_published")
    return {
        "id": row["id"],
        "date": row["date"] if when else None,
        "date_resolution": when.precision if when else None,
        "event_type": row["plover_type"],
        "mode": row["mode"],
        "context": [row["dimension"]] if row.get("dimension") else [],
        "actor": row["source_entity"] or row["source_text"] or row["source_code"],
        "actor_country": row["source_country"],
        "actor_code": row["source_code"],
        "actor_sector": row["source_sector"],
        "recipient": row["target_entity"] or row["target_text"] or row["target_code"],
        "recipient_country": row["target_country"],
        "recipient_code": row["target_code"],
        "recipient_sector": row["target_sector"],
        "event_text": row["trigger"],
        "text": row["sentence"],
        "location": row["location"],
        "story_id": row["doc_id"],
        "story_date": published.isoformat() if published else None,
        "publication": row.get("doc_site"),
        "headline": row.get("doc_title"),
        "source_url": row.get("doc_url") or row.get("doc_path"),
        "language": "en",
        "coder": "diplograph",
        "version": __version__,
        "diplograph": {
            "type": row["type"], "modality": row["modality"], "cameo": row["cameo"], "quad_class": row["quad_class"],
            "goldstein": row["goldstein"], "date": row["date"], "date_basis": row["date_basis"],
            "confidence": row["confidence"], "cluster_id": row["cluster_id"],
            "cluster_documents": row["cluster_documents"], "cluster_sources": row["cluster_sources"],
        },
    }


def _plover(rows: list[dict], out: Path) -> list[Path]:
    path = out / "events.plover.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(plover_record(r), ensure_ascii=False, default=str) + "\n")
    return [path]


def export(store: Store, format: str, out: str | Path, *, modality: str | None = None) -> ExportResult:
    """Write the stored events to ``out`` (a folder, created if needed) in one of FORMATS."""
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    modality = modality or DEFAULT_MODALITY[format]
    events, by_event = _event_rows(store, modality)
    if format == "gdelt":
        seen, clusters = set(), []
        for e in events:
            c = by_event.get(e["id"])
            if c is not None and c.id not in seen:
                seen.add(c.id)
                clusters.append(c)
        rows = _gdelt_rows(clusters, {e["id"]: e for e in events})
        return ExportResult(format, _gdelt(rows, out), len(rows))
    rows = _with_cluster(events, by_event)
    if format == "parquet":
        return ExportResult(format, _parquet(rows, out), len(rows))
    if format == "csv":
        return ExportResult(format, _csv(rows, out), len(rows))
    return ExportResult(format, _plover(rows, out), len(rows))
