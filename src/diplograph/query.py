"""Event queries shared by the CLI and the HTTP API: the checks on filter values, the event
list behind ``diplograph events`` and ``/api/events``, and the actors and dyads present in a
store (for a picker). The WHERE clause itself is ``store.events_filter``."""
from __future__ import annotations

import re

from diplograph.errors import FilterError
from diplograph.events.modality import MODALITIES
from diplograph.store import Store, date_key, events_filter

MODALITY_CHOICES = (*MODALITIES, "all")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Za-z0-9]{1,15}$")

# What `diplograph events` prints, in this order; `detail` adds where each event comes from.
EVENT_COLUMNS = ("date", "type", "mode", "cameo", "goldstein", "source", "target", "modality", "sentence")
DETAIL_COLUMNS = ("id", "date_precision", "date_basis", "quad_class", "source_entity", "target_entity", "trigger",
                  "doc_id", "sentence_index", "title", "url", "site", "published")
_SQL = {"source": "e.source_code", "target": "e.target_code", "title": "d.title", "url": "d.url", "site": "d.site",
        "published": "d.published"}


def check_partial_date(value: str | None, option: str = "since") -> str | None:
    """``value`` when it is YYYY, YYYY-MM or YYYY-MM-DD (a real date), else FilterError."""
    from diplograph.analysis.dates import parse

    if value is None or value == "":
        return None
    if not _PARTIAL_DATE.match(value) or parse(value) is None:
        raise FilterError(option, f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_month(value: str | None, option: str = "month") -> str | None:
    """``value`` when it is a month, YYYY-MM, else FilterError."""
    from diplograph.analysis.dates import parse

    if value is None or value == "":
        return None
    if not re.match(r"^\d{4}-\d{2}$", value) or parse(value) is None:
        raise FilterError(option, f"{value!r} is not a month; use YYYY-MM")
    return value


def check_modality(value: str | None, option: str = "modality") -> str | None:
    if value is not None and value not in MODALITY_CHOICES:
        raise FilterError(option, f"{value!r}: use one of {', '.join(MODALITY_CHOICES)}")
    return value


def check_code(value: str | None, option: str = "actor") -> str | None:
    """An actor code or prefix (IRN, RUSGOV, IGOWSTNAT, any case), upper-cased; or a name the
    actor dictionaries know, as its code ("Iran" -> IRN, "the Kremlin" -> RUSGOV, "UK" -> GBR)."""
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if _CODE.match(value) and _code_like(value.upper()):
        return value.upper()
    from diplograph.actors.resolve import resolve_phrase

    actor = resolve_phrase(value)
    if actor is not None and actor.code:
        return actor.code
    if _CODE.match(value):
        return value.upper()  # a prefix no dictionary has: matched as given (and reported empty)
    raise FilterError(option, f"{value!r} is neither an actor code (such as IRN or RUSGOV) nor a name "
                              f"diplograph knows (see diplograph actor TEXT)")


def _code_like(code: str) -> bool:
    """Does it read as a code: a country, region or organisation code, then role codes
    ("RUSGOV"), not a name that starts like one ("ISRAEL", "CANADA")? A one- or two-letter
    prefix ("I") is taken as given."""
    from diplograph.actors.lexicon import GROUP_PREFIXES, lexicon

    if len(code) < 3:
        return len(code) < 2 or code not in _SHORT_NAMES
    lex = lexicon()
    head, rest = code[:3], code[3:]
    if head in GROUP_PREFIXES:
        return True  # (their codes go on with the body's own letters: IGOWSTNAT)
    if head not in lex.countries and lex.roles.get(head) != "region":
        return False
    return len(rest) % 3 == 0 and all(rest[i:i + 3] in lex.roles for i in range(0, len(rest), 3))


# two-letter names that are no code prefix a user means ("UK", "US": the country)
_SHORT_NAMES = frozenset({"UK", "US", "EU", "UN"})


def check_type(value: str | None, option: str = "type") -> str | None:
    """A PLOVER event type of the ontology (any case), upper-cased."""
    from diplograph.events.ontology import ontology

    if value is None or value == "":
        return None
    types = ontology().types
    if value.upper() not in types:
        raise FilterError(option, f"{value!r} is not a PLOVER event type; use one of {', '.join(sorted(types))}")
    return value.upper()


def parse_dyad(value: str | None, option: str = "dyad") -> tuple[str, str] | None:
    """``"IRN,RUS"`` as a pair of codes."""
    if value is None or value == "":
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise FilterError(option, "give two codes separated by a comma, e.g. IRN,RUS")
    return check_code(parts[0], option), check_code(parts[1], option)


def list_events(store: Store, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,
                modality: str = "asserted", month: str | None = None, limit: int = 50, offset: int = 0,
                detail: bool = False) -> tuple[list[str], list[tuple]]:
    """Stored events, newest first: the columns of ``diplograph events``, and with ``detail``
    also the event id, date precision and basis, quad class, actor names, trigger and the
    document (id, sentence index, title, url, site, publication date)."""
    where, params = events_filter(actor=actor, dyad=dyad, type=type, since=since, until=until, modality=modality,
                                  month=month)
    cols = EVENT_COLUMNS + (DETAIL_COLUMNS if detail else ())
    select = ", ".join(f"{_SQL.get(c, 'e.' + c)} AS {c}" for c in cols)
    join = "LEFT JOIN documents d ON d.id = e.doc_id" if detail else ""
    return store.query(
        f"""SELECT {select} FROM (SELECT * FROM events WHERE {where}) e {join}
            ORDER BY {date_key('e.date')} DESC NULLS LAST, e.id LIMIT ? OFFSET ?""",
        params + [limit, offset],
    )


def count_events(store: Store, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
                 type: str | None = None, since: str | None = None, until: str | None = None,
                 modality: str = "asserted", month: str | None = None) -> int:
    where, params = events_filter(actor=actor, dyad=dyad, type=type, since=since, until=until, modality=modality,
                                  month=month)
    return store.query(f"SELECT count(*) FROM events WHERE {where}", params)[1][0][0]


# An actor as the picker groups it: its country, or an organisation's code without its sector
# (the European Parliament, IGOEUREECLEG, is the EU, IGOEUREEC)
_SIDE = ("coalesce({p}_country, CASE WHEN {p}_sector IS NOT NULL AND length({p}_code) > length({p}_sector) "
         "AND ends_with({p}_code, {p}_sector) THEN left({p}_code, length({p}_code) - length({p}_sector)) "
         "ELSE {p}_code END)")


def actors_present(store: Store, *, modality: str = "asserted") -> list[dict]:
    """Every country (or organisation) that is source or target of a stored event, with how many
    events involve it, most first."""
    from diplograph.analysis.names import actor_name

    where, params = events_filter(modality=modality)
    cols, rows = store.query(
        f"""SELECT code, count(DISTINCT id) AS events FROM (
                SELECT id, {_SIDE.format(p='source')} AS code FROM events WHERE {where}
                UNION ALL
                SELECT id, {_SIDE.format(p='target')} AS code FROM events WHERE {where})
            WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code""",
        params + params,
    )
    return [{"code": code, "name": actor_name(code), "events": n} for code, n in rows]


def dyads_present(store: Store, *, modality: str = "asserted", min_events: int = 1,
                  limit: int | None = None) -> list[dict]:
    """The pairs of countries (or organisations) with events between them, either direction,
    with how many, most first. A pair is listed once, its codes in alphabetical order; events
    of a country with itself (government against opposition) are left out."""
    from diplograph.analysis.names import actor_name

    where, params = events_filter(modality=modality)
    s, t = _SIDE.format(p="source"), _SIDE.format(p="target")
    cols, rows = store.query(
        f"""SELECT least({s}, {t}) AS a, greatest({s}, {t}) AS b, count(*) AS events FROM events
            WHERE {where} AND {s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> {t}
            GROUP BY a, b HAVING count(*) >= ? ORDER BY events DESC, a, b""" + (" LIMIT ?" if limit else ""),
        params + [min_events] + ([limit] if limit else []),
    )
    return [{"a": a, "b": b, "name_a": actor_name(a), "name_b": actor_name(b), "events": n} for a, b, n in rows]


def absent_codes(store: Store, codes) -> list[str]:
    """The codes no stored event's actor starts with (why a result came out empty)."""
    return [c for c in codes if c and not code_present(store, c)]


def code_present(store: Store, code: str) -> bool:
    """Whether any stored event (of any modality) has an actor whose code starts with ``code``."""
    code = code.upper()
    return bool(store.query(
        "SELECT 1 FROM events WHERE starts_with(source_code, ?) OR starts_with(target_code, ?) LIMIT 1",
        [code, code])[1])
