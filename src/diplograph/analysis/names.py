"""Readable names for actor codes, from the packaged country and organisation lists."""
from __future__ import annotations

import functools

from diplograph.data_files import read_csv


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = {r["iso3"]: r["name"] for r in read_csv("actors/countries.csv", ("iso3", "name"))}
    for r in read_csv("actors/igos.csv", ("pattern", "code")):
        names.setdefault(r["code"], r.get("note") or r["pattern"])
    return names


def actor_name(code: str | None) -> str:
    """The country (or organisation) name of a code, with its sector: ``RUSGOV`` is
    "Russia (GOV)"."""
    if not code:
        return "?"
    names = _names()
    if code in names:
        return names[code]
    if code[:3] in names:
        return f"{names[code[:3]]} ({code[3:]})"
    return code


def who(code: str | None, entity: str | None) -> str:
    """An actor as a reader knows it: the person or body named, with its country, else the code's name."""
    country = actor_name(code[:3] if code else None)
    if entity and code and entity not in (country, actor_name(code)):
        return f"{entity} ({code[:3]})"
    return actor_name(code)
