"""A relationship over time, counted in clusters (one per event however often reported): per
month or year, counts per quad class and per dimension, Goldstein sum and mean, the balance of
cooperation and conflict, and the periods where the relationship changed most.

Change points: a moving-window mean shift. Over the Goldstein sums of every period from the
first to the last dated event (periods without events count as 0), the shift at period t is the
mean of the ``window`` periods starting at t minus the mean of the ``window`` periods before it
(fewer at the edges). The periods with the largest absolute shifts are the change points, taken
greedily so that no two are closer than ``window`` periods. A positive shift means the
relationship warmed (more or stronger cooperation), a negative one that it cooled.
"""
from __future__ import annotations

from dataclasses import dataclass

from diplograph.analysis.clusters import Cluster, clusters_for
from diplograph.analysis.dates import in_range, periods_between
from diplograph.analysis.vocab import DIMENSIONS
from diplograph.store import Store, events_filter

QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
DEFAULT_WINDOW = {"month": 3, "year": 2}


@dataclass(frozen=True)
class RelationshipSeries:
    a: str
    b: str
    by: str
    rows: list[dict]            # one per period with events, oldest first
    change_points: list[dict]
    total: int                  # clusters, dated or not
    undated: int                # clusters without a period at this grain
    reports: int                # stored events behind the clusters
    window: int

    def filled(self) -> list[dict]:
        """Every period from the first to the last with events; empty ones with zero counts."""
        return fill(self.rows, self.by)

    def as_dict(self) -> dict:
        return {
            "dyad": [self.a, self.b], "by": self.by, "total": self.total, "undated": self.undated,
            "reports": self.reports, "window": self.window, "series": self.rows, "change_points": self.change_points,
        }


def empty_row(period: str) -> dict:
    row = {"period": period, "events": 0, "reports": 0, "documents": 0}
    row.update({name: 0 for name in QUADS.values()})
    row.update({d: 0 for d in DIMENSIONS})
    row.update({"cooperation": 0, "conflict": 0, "balance": None, "goldstein_sum": 0.0, "goldstein_mean": None})
    return row


def series_rows(clusters: list[Cluster], by: str) -> tuple[list[dict], int]:
    """One row per period with clusters, and how many clusters have no period."""
    if by not in ("month", "year"):
        raise ValueError("by must be 'month' or 'year'")
    groups: dict[str, list[Cluster]] = {}
    undated = 0
    for c in clusters:
        period = c.when.period(by) if c.when else None
        if period is None:
            undated += 1
            continue
        groups.setdefault(period, []).append(c)
    rows = []
    for period in sorted(groups):
        cs = groups[period]
        row = empty_row(period)
        row["events"] = len(cs)
        row["reports"] = sum(c.n_reports for c in cs)
        row["documents"] = len({r.doc_id for c in cs for r in c.reports})
        for c in cs:
            if c.quad_class in QUADS:
                row[QUADS[c.quad_class]] += 1
            row[c.dimension] += 1
        row["cooperation"] = row["verbal_coop"] + row["material_coop"]
        row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
        both = row["cooperation"] + row["conflict"]
        row["balance"] = round((row["cooperation"] - row["conflict"]) / both, 2) if both else None
        scores = [c.goldstein for c in cs if c.goldstein is not None]
        row["goldstein_sum"] = round(sum(scores), 1)
        row["goldstein_mean"] = round(sum(scores) / len(scores), 2) if scores else None
        rows.append(row)
    return rows, undated


def fill(rows: list[dict], by: str) -> list[dict]:
    if not rows:
        return []
    have = {r["period"]: r for r in rows}
    return [have.get(p) or empty_row(p) for p in periods_between(rows[0]["period"], rows[-1]["period"], by)]


def change_points(filled: list[dict], *, window: int = 3, top: int = 3, key: str = "goldstein_sum") -> list[dict]:
    """The periods where the moving-window mean of ``key`` shifted most (module docstring)."""
    values = [float(r[key] or 0.0) for r in filled]
    scored = []
    for t in range(1, len(values)):
        before = values[max(0, t - window):t]
        after = values[t:t + window]
        b, a = sum(before) / len(before), sum(after) / len(after)
        shift = round(a - b, 2)
        if shift:
            scored.append((abs(shift), -t, t, b, a, shift))
    scored.sort(reverse=True)
    chosen: list[dict] = []
    taken: list[int] = []
    for _, _, t, b, a, shift in scored:
        if len(chosen) >= top:
            break
        if any(abs(t - u) < window for u in taken):
            continue
        taken.append(t)
        chosen.append({
            "period": filled[t]["period"], "shift": shift, "before": round(b, 2), "after": round(a, 2),
            "direction": "warmer" if shift > 0 else "cooler",
        })
    return chosen


def relationship_series(store: Store, a: str, b: str, *, by: str = "month", since: str | None = None,
                        until: str | None = None, modality: str = "asserted", window: int | None = None,
                        top_changes: int = 3, clusters: list[Cluster] | None = None) -> RelationshipSeries:
    """The series of the relationship between A and B (either direction; codes match by prefix).
    Pass ``clusters`` to reuse ones already built for the dyad."""
    if clusters is None:
        where, params = events_filter(dyad=(a, b), modality=modality)
        clusters = clusters_for(store, where, params)
    clusters = [c for c in clusters if in_range(c.when, since, until)]
    rows, undated = series_rows(clusters, by)
    w = window or DEFAULT_WINDOW[by]
    return RelationshipSeries(
        a.upper(), b.upper(), by, rows, change_points(fill(rows, by), window=w, top=top_changes),
        len(clusters), undated, sum(c.n_reports for c in clusters), w,
    )
