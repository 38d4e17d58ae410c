"""How a relationship moves: events between two actors by month or year, by quad class,
with Goldstein sums and means, and the most cooperative and most conflictual events."""
from __future__ import annotations

from dataclasses import dataclass

from diplograph.store import Store, events_filter

QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


@dataclass(frozen=True)
class DyadReport:
    a: str
    b: str
    by: str
    series: list[dict]
    cooperative: list[dict]
    conflictual: list[dict]
    total: int
    undated: int

    def as_dict(self) -> dict:
        return {
            "dyad": [self.a, self.b], "by": self.by, "total": self.total, "undated": self.undated,
            "series": self.series, "most_cooperative": self.cooperative, "most_conflictual": self.conflictual,
        }


def dyad_report(store: Store, a: str, b: str, *, by: str = "month", top: int = 10,
                since: str | None = None, until: str | None = None, modality: str = "asserted") -> DyadReport:
    if by not in ("month", "year"):
        raise ValueError("by must be 'month' or 'year'")
    where, params = events_filter(dyad=(a, b), since=since, until=until, modality=modality)
    period = "month" if by == "month" else "CAST(year AS VARCHAR)"
    quad_cols = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS {name}" for q, name in QUADS.items())
    cols, rows = store.query(
        f"""SELECT {period} AS period, count(*) AS events, {quad_cols},
                   round(sum(goldstein), 1) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean
            FROM events WHERE {where} AND {period} IS NOT NULL
            GROUP BY period ORDER BY period""",
        params,
    )
    series = [dict(zip(cols, r)) for r in rows]
    total = store.query(f"SELECT count(*) FROM events WHERE {where}", params)[1][0][0]
    undated = total - sum(r["events"] for r in series)
    # One row per reported act: a joint act ("Iran and Russia signed") is stored as two
    # directed events and shown once, marked mutual. Two events of one sentence in the same
    # direction ("the minister criticised Moscow, accusing Russia of ...") are one act but not
    # mutual: mutual needs sources of both sides, told apart by country (or code, for bodies).
    pick = """SELECT e.date, e.type, e.cameo, e.goldstein, e.source_code, e.target_code, e.modality,
                     e.sentence, d.title, d.path, e.doc_id,
                     min(coalesce(e.source_country, e.source_code)) OVER act
                         <> max(coalesce(e.source_country, e.source_code)) OVER act AS mutual
              FROM events e LEFT JOIN documents d ON d.id = e.doc_id
              WHERE {where}
              WINDOW act AS (PARTITION BY e.doc_id, e.sentence_index, e.type)
              QUALIFY row_number() OVER (act ORDER BY e.source_code, e.target_code) = 1
              ORDER BY e.goldstein {order}, e.date, e.id LIMIT ?"""
    coop_cols, coop = store.query(pick.format(where=where + " AND e.goldstein > 0", order="DESC"), params + [top])
    conf_cols, conf = store.query(pick.format(where=where + " AND e.goldstein < 0", order="ASC"), params + [top])
    return DyadReport(
        a.upper(), b.upper(), by, series,
        [dict(zip(coop_cols, r)) for r in coop], [dict(zip(conf_cols, r)) for r in conf],
        total, undated,
    )
