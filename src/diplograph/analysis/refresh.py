"""Keep the derived tables up to date after an ingest: ``event_clusters`` (which cluster each
event belongs to) and ``agreements`` (one row per tracked agreement, its record as JSON). The
analysis commands do not depend on them (they compute what they need from the events); the
tables are for SQL users, exports and dashboards."""
from __future__ import annotations

import json
import logging

from diplograph.analysis.agreements import find_agreements
from diplograph.analysis.clusters import cluster_events
from diplograph.store import Store

log = logging.getLogger(__name__)


def store_agreements(store: Store) -> int:
    """Recognise every agreement in the store and write the ``agreements`` table."""
    found = find_agreements(store)
    rows = [
        (ag.id, ag.name, ag.kind, list(ag.parties), ag.signed.date if ag.signed else None,
         ag.entry_into_force.date if ag.entry_into_force else None, json.dumps(ag.as_dict(), ensure_ascii=False))
        for ag in found
    ]
    store.replace_rows("agreements", list({r[0]: r for r in rows}.values()))  # one row per id
    return len(rows)


def refresh(store: Store) -> dict[str, int]:
    """Recompute event clusters and agreements (a writable store). Returns their counts."""
    counts = {"clusters": cluster_events(store), "agreements": store_agreements(store)}
    log.info("refreshed %s: %s", store.path, counts)
    return counts
