"""The actor dictionaries, loaded once from package data and indexed by token sequence.

Files (``data/actors/``, described in its SOURCES.md):

- ``countries.csv``: ISO 3166-1 states and territories with names, demonyms, capitals;
- ``regions.csv``: collective references coded with CAMEO region codes ("the West" -> WST);
- ``cities.csv``: other cities often named in the news, coded with their country;
- ``seats.csv``: seats of power and state bodies ("the Kremlin" -> RUSGOV);
- ``groups.csv``: parties and non-state armed groups, with dates where their role changed;
- ``igos.csv``: international organisations and their bodies;
- ``sectors.csv``: agent words that give a role (sector) to a named actor;
- ``people.csv``: people with dated terms of office;
- ``people_phoenix.csv``: more people with dated terms up to 2014, generated from the Phoenix
  dictionary by ``tools/import_phoenix.py``; a name that people.csv knows is left to people.csv;
- ``roles.csv``: the role and region codes the other files may use.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from diplograph.data_files import read_csv, split_list, tokenizer, tokens
from diplograph.errors import DataFileError

# Kinds that name an actor by themselves; "sector" words only qualify one.
NAME_KINDS = frozenset({"country", "adjective", "demonym", "capital", "city", "seat", "group", "igo", "region"})
# Kinds whose country takes the role given by a neighbouring sector word.
PLACE_KINDS = frozenset({"country", "adjective", "demonym", "capital", "city", "region"})
GROUP_PREFIXES = ("IGO", "NGO", "IMG")


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming an actor. ``kind`` says how it combines with its neighbours."""

    kind: str  # country | adjective | demonym | capital | city | region | seat | group | igo | person | sector
    code: str  # for sector entries the sector code (GOV, MIL ...)
    country: str | None
    sector: str | None
    entity: str
    valid_from: date | None = None
    valid_to: date | None = None
    role: str | None = None
    generic: bool = False  # sector words naming a person or unit of any body ("official", "spokesman")
    source: str = ""

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        return True

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None


def _date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc


def fold(word: str) -> str:
    """The word without diacritics ("Khürelsükh" -> "Khurelsukh"); ASCII words unchanged."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children",
                      "chief": "chiefs", "staff": "staff", "police": "police", "personnel": "personnel"}


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def fast_tokens(phrase: str) -> tuple[str, ...]:
    """The tokens of a phrase as :func:`diplograph.data_files.tokens` gives them; words of
    plain letters split on spaces without running the tokenizer (the same result unless a
    word is one of the tokenizer's special cases, which go the slow way)."""
    if _PLAIN.fullmatch(phrase):
        words = phrase.split(" ")
        rules = _special_cases()
        if not any(w.lower() in rules for w in words):
            return tuple(words)
    return tokens(phrase)


@functools.lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    """The tokenizer's special cases, lower-cased ("cannot", "gonna", "dont" ...)."""
    return frozenset(k.lower() for k in tokenizer().rules)


def plural(phrase: str) -> str | None:
    """The regular plural of a phrase's last word ("foreign minister" -> "foreign ministers")."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or last.endswith("s"):
        return None
    if last in _IRREGULAR_PLURALS:
        form = _IRREGULAR_PLURALS[last]
    elif last.endswith("man"):
        form = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        form = last[:-1] + "ies"
    elif last.endswith(("x", "ch", "sh")):
        form = last + "es"
    else:
        form = last + "s"
    return f"{head} {form}" if head else form


class Lexicon:
    """Names indexed by exact token sequence (proper names), with fall-backs for text in
    capitals and without diacritics; sector words indexed lower-cased."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], list[Entry]] = {}
        self.lower: dict[tuple[str, ...], list[Entry]] = {}
        self.folded: dict[tuple[str, ...], list[Entry]] = {}
        self.upper: dict[tuple[str, ...], list[Entry]] = {}
        # first token -> longest key starting with it, per index
        self.starts: dict[str, int] = {}
        self.starts_lower: dict[str, int] = {}
        self.starts_folded: dict[str, int] = {}
        self.starts_upper: dict[str, int] = {}
        self.countries: dict[str, str] = {}
        self.regions: dict[str, str] = {}
        self.roles: dict[str, str] = {}  # code -> kind (role | region)
        self.people: dict[str, list[Entry]] = {}  # canonical name -> the person's terms
        self.entries: list[tuple[str, Entry]] = []  # (phrase, entry) in file order, for listings
        self.max_len = 1
        self._near: dict[tuple, list[tuple[str, list[Entry]]]] | None = None

    # --- building ---------------------------------------------------------------------
    @staticmethod
    def _bucket(index: dict, key: tuple[str, ...], entry: Entry) -> None:
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def add(self, phrase: str, entry: Entry, *, case_sensitive: bool = True, keep_article: bool = False,
            toks: tuple[str, ...] | None = None, upper: bool = True) -> None:
        """Index a phrase. A leading "the" is optional ("the Kremlin", "Kremlin"), or, with
        ``keep_article``, required ("the West" is not "West"); the forms with the article
        are indexed too, so that "the West Bank" wins over "the West". ``upper=False`` leaves
        the phrase out of the index for text in capitals (to keep large files small)."""
        toks = toks if toks is not None else fast_tokens(phrase)
        if not toks:
            return
        self.entries.append((phrase, entry))
        if toks[0].lower() == "the" and len(toks) > 1 and case_sensitive:
            rest = toks[1:]
            self._add_tokens(("the", *rest), entry, case_sensitive, upper)
            self._add_tokens(("The", *rest), entry, case_sensitive, upper)
            if keep_article:
                return
            toks = rest
        elif toks[0].lower() == "the" and len(toks) > 1:
            toks = toks[1:]
        self._add_tokens(toks, entry, case_sensitive, upper)

    def _add_tokens(self, toks: tuple[str, ...], entry: Entry, case_sensitive: bool, upper: bool = True) -> None:
        self.max_len = max(self.max_len, len(toks))
        if not case_sensitive:
            key = tuple(t.lower() for t in toks)
            self._bucket(self.lower, key, entry)
            self.starts_lower[key[0]] = max(self.starts_lower.get(key[0], 0), len(key))
            return
        self._bucket(self.exact, toks, entry)
        self.starts[toks[0]] = max(self.starts.get(toks[0], 0), len(toks))
        folded = tuple(fold(t) for t in toks)
        if folded != toks:
            self._bucket(self.folded, folded, entry)
            self.starts_folded[folded[0]] = max(self.starts_folded.get(folded[0], 0), len(folded))
        if upper and any(c.isalpha() for t in toks for c in t):
            caps = tuple(t.upper() for t in folded)
            self._bucket(self.upper, caps, entry)
            self.starts_upper[caps[0]] = max(self.starts_upper.get(caps[0], 0), len(caps))

    # --- looking up ---------------------------------------------------------------------
    def longest_at(self, words: list[str], lowers: list[str], i: int) -> int:
        """The longest key length that could start at position ``i`` (0: none)."""
        w = words[i]
        n = max(self.starts.get(w, 0), self.starts_lower.get(lowers[i], 0))
        if not w.isascii():
            n = max(n, self.starts_folded.get(fold(w), 0))
        if w.isupper():
            n = max(n, self.starts_upper.get(fold(w), 0))
        return min(n, len(words) - i)

    def lookup(self, words: tuple[str, ...], lowers: tuple[str, ...] | None = None) -> list[Entry]:
        hits = self.exact.get(words)
        if hits:
            return hits
        if not all(w.isascii() for w in words):
            hits = self.folded.get(tuple(fold(w) for w in words))
            if hits:
                return hits
        letters = [w for w in words if any(c.isalpha() for c in w)]
        if letters and all(w.isupper() for w in letters) and (len(letters) > 1 or len(letters[0]) > 3):
            # "TEHRAN", "SECURITY COUNCIL" in a headline or dateline
            hits = self.upper.get(tuple(fold(w).upper() for w in words))
            if hits:
                return hits
        return self.lower.get(lowers if lowers is not None else tuple(w.lower() for w in words), [])

    def near_person(self, words: tuple[str, ...]) -> list[Entry]:
        """The entries of the one person whose name is a slight misspelling of ``words``
        ("Laurent Gbago", "Francois Mitterand"): as many words, each starting with the same
        letter, at most one edit in all (two in names of ten letters or more). Empty when
        no name or more than one person is that close. The index is built on first use."""
        if self._near is None:
            near: dict[tuple, list[tuple[str, list[Entry]]]] = {}
            for key, entries in self.exact.items():
                people = [e for e in entries if e.kind == "person"]
                if people and len(key) > 1 and all(t.isalpha() for t in key):
                    near.setdefault(_near_key(key), []).append((" ".join(key).lower(), people))
            self._near = near
        text = " ".join(words).lower()
        limit = 2 if len(text) >= 10 else 1
        best, found = limit + 1, []
        for form, people in self._near.get(_near_key(words), ()):
            d = _edits(text, form, best)
            if d < best:
                best, found = d, [people]
            elif d == best:
                found.append(people)
        names = {e.entity for people in found for e in people}
        return found[0] if len(names) == 1 and 0 < best <= limit else []

    def is_person(self, name: str | None) -> bool:
        return bool(name) and name in self.people

    def role_kind(self, code: str) -> str | None:
        return self.roles.get(code)


def _near_key(words: tuple[str, ...]) -> tuple:
    return (len(words), *(fold(w)[:1].lower() for w in words))


def _edits(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of a and b, or ``cap`` + 1 once it must exceed ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return prev[-1]


def _sector_ok(sector: str, roles: dict[str, str], where: str) -> None:
    if len(sector) % 3 or any(roles.get(sector[i : i + 3]) != "role" for i in range(0, len(sector), 3)):
        raise DataFileError(f"{where}: {sector!r} is not a sequence of role codes from roles.csv")


def _code_ok(code: str, lex: Lexicon, where: str) -> tuple[str | None, str | None]:
    """(country, sector) of a full actor code, checked against the country and role tables."""
    if len(code) < 3 or len(code) % 3:
        raise DataFileError(f"{where}: bad actor code {code!r}")
    head, rest = code[:3], code[3:]
    if head in lex.countries:
        if rest:
            _sector_ok(rest, lex.roles, where)
        return head, rest or None
    if head in GROUP_PREFIXES:
        return None, None
    if lex.roles.get(head) == "region":
        if rest:
            _sector_ok(rest, lex.roles, where)
        return None, rest or None
    raise DataFileError(f"{where}: code {code!r} starts with neither a country, a region nor IGO/NGO/IMG")


@functools.lru_cache(maxsize=1)
def role_codes() -> frozenset[str]:
    """The role codes (GOV, MIL, ...) that sectors may be made of."""
    return frozenset(r["code"] for r in read_csv("actors/roles.csv", ("code", "kind")) if r["kind"] == "role")


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for row in read_csv("actors/roles.csv", ("code", "kind", "label")):
        if row["kind"] not in ("role", "region") or len(row["code"]) != 3:
            raise DataFileError(f"data/actors/roles.csv: bad row {row}")
        lex.roles[row["code"]] = row["kind"]
    for row in read_csv("actors/countries.csv", ("iso3", "name", "aliases", "adjectives", "capitals")):
        iso, name = row["iso3"], row["name"]
        if len(iso) != 3 or not iso.isalpha() or not iso.isupper():
            raise DataFileError(f"data/actors/countries.csv: bad iso3 {iso!r}")
        lex.countries[iso] = name
    for row in read_csv("actors/countries.csv", ("iso3", "name", "aliases", "adjectives", "capitals")):
        iso, name = row["iso3"], row["name"]
        src = "countries.csv"
        for phrase in [name, *split_list(row["aliases"])]:
            lex.add(phrase, Entry("country", iso, iso, None, name, source=src))
        for phrase in split_list(row["adjectives"]):
            lex.add(phrase, Entry("adjective", iso, iso, None, name, source=src))
        for phrase in split_list(row.get("demonyms", "")):
            lex.add(phrase, Entry("demonym", iso, iso, None, name, source=src))
        for phrase in split_list(row["capitals"]):
            lex.add(phrase, Entry("capital", iso, iso, None, phrase, source=src))
    for row in read_csv("actors/regions.csv", ("code", "name", "aliases", "adjectives")):
        code = row["code"]
        if lex.roles.get(code) != "region":
            raise DataFileError(f"data/actors/regions.csv: {code!r} is not a region code in roles.csv")
        lex.regions[code] = row["name"]
        for phrase in [row["name"], *split_list(row["aliases"])]:
            # "the West" keeps its article: bare "West" begins "West Bank", "West Africa"
            lex.add(phrase, Entry("region", code, None, None, row["name"], source="regions.csv"), keep_article=True)
        for phrase in split_list(row["adjectives"]):
            lex.add(phrase, Entry("region", code, None, None, row["name"], role="adjective", source="regions.csv"))
    for row in read_csv("actors/cities.csv", ("name", "country")):
        where = f"data/actors/cities.csv {row['name']!r}"
        if row["country"] not in lex.countries:
            raise DataFileError(f"{where}: unknown country {row['country']!r}")
        for phrase in [row["name"], *split_list(row.get("aliases", ""))]:
            lex.add(phrase, Entry("city", row["country"], row["country"], None, row["name"], source="cities.csv"))
    for file, kind in (("seats.csv", "seat"), ("groups.csv", "group")):
        for n, row in enumerate(read_csv(f"actors/{file}", ("pattern", "code")), 2):
            where = f"data/actors/{file} row {n}"
            code = row["code"]
            country, sector = _code_ok(code, lex, where)
            entity = row.get("entity") or row["pattern"].removeprefix("the ")
            entry = Entry(kind, code, country, sector, entity,
                          _date(row.get("valid_from", ""), where), _date(row.get("valid_to", ""), where), source=file)
            lex.add(row["pattern"], entry)
    for n, row in enumerate(read_csv("actors/igos.csv", ("pattern", "code")), 2):
        where = f"data/actors/igos.csv row {n}"
        if not row["code"].startswith(("IGO", "NGO")):
            raise DataFileError(f"{where}: {row['code']!r} is not an IGO or NGO code")
        lex.add(row["pattern"], Entry("igo", row["code"], None, None, row.get("note") or row["pattern"], source="igos.csv"))
    plurals = []
    for n, row in enumerate(read_csv("actors/sectors.csv", ("word", "sector")), 2):
        where = f"data/actors/sectors.csv row {n}"
        _sector_ok(row["sector"], lex.roles, where)
        generic = row.get("generic", "") == "yes"
        entry = Entry("sector", row["sector"], None, row["sector"], row["word"], generic=generic, source="sectors.csv")
        lex.add(row["word"], entry, case_sensitive=False)
        if row.get("plural", "") != "no":
            plurals.append((plural(row["word"]), entry))
    for form, entry in plurals:  # a word written out in the file wins over a rule's plural
        if form and not lex.lower.get(tuple(t.lower() for t in tokens(form))):
            lex.add(form, entry, case_sensitive=False)
    cols = ("name", "aliases", "country", "sector", "code", "role", "valid_from", "valid_to")
    for n, row in enumerate(read_csv("actors/people.csv", cols), 2):
        where = f"data/actors/people.csv row {n}"
        country = row["country"] or None
        sector = row["sector"] or None
        if country and country not in lex.countries:
            raise DataFileError(f"{where}: unknown country {country!r}")
        if sector:
            _sector_ok(sector, lex.roles, where)
        if country:
            code = country + (sector or "")
        elif row["code"].startswith("IGO"):
            code = row["code"] + (sector or "")
        else:
            raise DataFileError(f"{where}: a person needs a country or an IGO code")
        entry = Entry("person", code, country, sector, row["name"],
                      _date(row["valid_from"], where), _date(row["valid_to"], where), row["role"], source="people.csv")
        lex.people.setdefault(row["name"], []).append(entry)
        for phrase in [row["name"], *split_list(row["aliases"])]:
            lex.add(phrase, entry)
    _add_phoenix_people(lex)
    return lex


def _stream_csv(package_path: str, columns: tuple[str, ...]):
    """Rows of a large packaged CSV one at a time (read_csv holds them all in memory at
    once); ``#`` comment lines are skipped and the header must contain ``columns``."""
    import csv
    from importlib import resources

    ref = resources.files("diplograph").joinpath("data", *package_path.split("/"))
    try:
        fh = ref.open("r", encoding="utf-8", newline="")
    except FileNotFoundError as exc:
        raise DataFileError(f"packaged data file data/{package_path} is missing; reinstall diplograph") from exc
    with fh:
        reader = csv.reader(ln for ln in fh if ln.strip() and not ln.startswith("#"))
        header = next(reader, [])
        missing = [c for c in columns if c not in header]
        if missing:
            raise DataFileError(f"data/{package_path}: missing columns {missing}; header is {header}")
        width = len(header)
        for n, cells in enumerate(reader, 2):
            if len(cells) > width:
                raise DataFileError(f"data/{package_path} row {n}: more cells than columns: {cells[width:]}")
            yield {k: v.strip() for k, v in zip(header, cells)} | {k: "" for k in header[len(cells):]}


def _add_phoenix_people(lex: Lexicon) -> None:
    """people_phoenix.csv: one row per term; an empty sector is a person known but in no
    office the dictionary records (country only). A form that already names someone of
    people.csv is left to people.csv (the generator drops those people; this is the guard)."""
    cols = ("name", "aliases", "country", "sector", "valid_from", "valid_to")
    file = "people_phoenix.csv"
    skip: set[str] = set()
    for n, row in enumerate(_stream_csv(f"actors/{file}", cols), 2):
        name = row["name"]
        if name in skip:
            continue
        where = f"data/actors/{file} row {n}"
        country, sector = row["country"], row["sector"] or None
        if country not in lex.countries:
            raise DataFileError(f"{where}: unknown country {country!r}")
        if sector:
            _sector_ok(sector, lex.roles, where)
        forms = [(phrase, fast_tokens(phrase)) for phrase in [name, *split_list(row["aliases"])]]
        if name not in lex.people and any(
                e.kind == "person" for _, toks in forms for e in lex.exact.get(toks, ())):
            skip.add(name)
            continue
        # a form that already names another kind of actor stays with it
        forms = [(p, t) for p, t in forms if not any(e.kind != "person" for e in lex.exact.get(t, ()))]
        entry = Entry("person", country + (sector or ""), country, sector, name,
                      _date(row["valid_from"], where), _date(row["valid_to"], where), None, source=file)
        lex.people.setdefault(name, []).append(entry)
        for phrase, toks in forms:
            lex.add(phrase, entry, toks=toks, upper=False)
