"""The actor dictionaries, loaded from package data and indexed by token sequence."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from diplograph.data_files import read_csv, split_list, tokens
from diplograph.errors import DataFileError


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming an actor. ``kind`` says how it combines with its neighbours."""

    kind: str  # country | adjective | capital | seat | igo | person | sector
    code: str  # for sector entries the sector code (GOV, MIL ...)
    country: str | None
    sector: str | None
    entity: str
    valid_from: date | None = None
    valid_to: date | None = None
    role: str | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        return True


def _date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc


class Lexicon:
    """Names indexed two ways: exact token sequences (proper names) and lowercased ones
    (sector words such as "foreign ministry")."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], list[Entry]] = {}
        self.lower: dict[tuple[str, ...], list[Entry]] = {}
        self.countries: dict[str, str] = {}
        self.max_len = 1

    def add(self, phrase: str, entry: Entry, *, case_sensitive: bool = True) -> None:
        toks = tokens(phrase)
        if toks and toks[0].lower() == "the" and len(toks) > 1:
            toks = toks[1:]
        if not toks:
            return
        index = self.exact if case_sensitive else self.lower
        key = toks if case_sensitive else tuple(t.lower() for t in toks)
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_len = max(self.max_len, len(key))

    def lookup(self, words: tuple[str, ...]) -> list[Entry]:
        hits = self.exact.get(words)
        if hits:
            return hits
        if all(w[:1].isupper() for w in words if w[:1].isalpha()) and len(words) == 1 and words[0].isupper():
            # "IRAN" in a headline: try the title-cased form
            hits = self.exact.get(tuple(w.title() for w in words))
            if hits:
                return hits
        return self.lower.get(tuple(w.lower() for w in words), [])


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for row in read_csv("actors/countries.csv", ("iso3", "name", "aliases", "adjectives", "capitals")):
        iso, name = row["iso3"], row["name"]
        if len(iso) != 3 or not iso.isalpha() or not iso.isupper():
            raise DataFileError(f"data/actors/countries.csv: bad iso3 {iso!r}")
        lex.countries[iso] = name
        for phrase in [name, *split_list(row["aliases"])]:
            lex.add(phrase, Entry("country", iso, iso, None, name))
        for phrase in split_list(row["adjectives"]):
            lex.add(phrase, Entry("adjective", iso, iso, None, name))
        for phrase in split_list(row["capitals"]):
            lex.add(phrase, Entry("capital", iso, iso, None, phrase))
    for row in read_csv("actors/seats.csv", ("pattern", "code")):
        code = row["code"]
        country = code[:3] if code[:3] in lex.countries else None
        sector = code[3:6] or None if country else None
        lex.add(row["pattern"], Entry("seat", code, country, sector, row["pattern"].removeprefix("the ")))
    for row in read_csv("actors/igos.csv", ("pattern", "code")):
        lex.add(row["pattern"], Entry("igo", row["code"], None, None, row.get("note") or row["pattern"]))
    for row in read_csv("actors/sectors.csv", ("word", "sector")):
        lex.add(row["word"], Entry("sector", row["sector"], None, row["sector"], row["word"]), case_sensitive=False)
    for n, row in enumerate(read_csv("actors/people.csv", ("name", "aliases", "country", "sector", "role", "valid_from", "valid_to")), 2):
        where = f"data/actors/people.csv row {n}"
        country = row["country"] or None
        sector = row["sector"] or None
        code = (country or "") + (sector or "")
        entry = Entry(
            "person", code, country, sector, row["name"],
            _date(row["valid_from"], where), _date(row["valid_to"], where), row["role"],
        )
        for phrase in [row["name"], *split_list(row["aliases"])]:
            lex.add(phrase, entry)
    return lex
