"""What the actor dictionaries hold, for ``diplograph actors --list``."""
from __future__ import annotations

from datetime import date

from diplograph.actors.lexicon import lexicon

KINDS = ("country", "adjective", "demonym", "capital", "city", "region", "seat", "group", "igo", "person", "sector")


def list_entries(kind: str | None = None, query: str | None = None, *, day: date | None = None) -> list[dict]:
    """The dictionary entries, one per surface form, in file order.

    ``kind``: one of :data:`KINDS` (None: all). ``query``: keep entries whose form, entity
    or code contains it (case-insensitive). ``day``: keep only dated entries in force that
    day (undated entries are kept). Each entry is ``{"kind", "pattern", "code", "country",
    "sector", "entity", "role", "valid_from", "valid_to", "source"}`` with ISO dates or None.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    needle = query.lower() if query else None
    out = []
    for phrase, entry in lexicon().entries:
        if kind is not None and entry.kind != kind:
            continue
        if needle and not any(needle in (x or "").lower() for x in (phrase, entry.entity, entry.code)):
            continue
        if day is not None and entry.dated and not entry.valid_on(day):
            continue
        out.append({
            "kind": entry.kind,
            "pattern": phrase,
            "code": entry.code,
            "country": entry.country,
            "sector": entry.sector,
            "entity": entry.entity,
            "role": entry.role if entry.kind == "person" else None,
            "valid_from": entry.valid_from.isoformat() if entry.valid_from else None,
            "valid_to": entry.valid_to.isoformat() if entry.valid_to else None,
            "source": entry.source,
        })
    return out
