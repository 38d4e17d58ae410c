"""The packaged dictionaries and ontology: unique keys, valid codes, ordered dates,
no overlapping terms for one office."""
from collections import defaultdict
from datetime import date
from itertools import combinations

import pytest

from diplograph.data_files import read_csv, split_list
from diplograph.events.ontology import ontology

ACTOR_FILES = {
    "countries.csv": ("iso3", "name", "aliases", "adjectives", "demonyms", "capitals", "region", "traits"),
    "regions.csv": ("code", "name", "aliases", "adjectives"),
    "cities.csv": ("name", "country", "aliases"),
    "places.csv": ("name", "aliases", "country", "kind", "valid_from", "valid_to", "note"),
    "seats.csv": ("pattern", "code", "entity", "valid_from", "valid_to", "note"),
    "groups.csv": ("pattern", "code", "entity", "valid_from", "valid_to", "note"),
    "igos.csv": ("pattern", "code", "note", "body"),
    "sectors.csv": ("word", "sector", "generic", "plural", "note"),
    "people.csv": ("name", "aliases", "country", "sector", "code", "role", "valid_from", "valid_to"),
    "roles.csv": ("code", "kind", "label"),
}


def rows(name):
    return read_csv(f"actors/{name}", ACTOR_FILES[name])


def day(value, default):
    return date.fromisoformat(value) if value else default


@pytest.fixture(scope="module")
def codes():
    roles = {r["code"]: r["kind"] for r in rows("roles.csv")}
    countries = {r["iso3"] for r in rows("countries.csv")}
    return roles, countries


def sector_ok(sector, roles):
    return len(sector) % 3 == 0 and all(roles.get(sector[i : i + 3]) == "role" for i in range(0, len(sector), 3))


def test_every_cell_is_trimmed_and_lists_have_no_empty_items():
    for name in ACTOR_FILES:
        for r in rows(name):
            for col, cell in r.items():
                assert cell == cell.strip() and "  " not in cell, (name, r)
                if col in ("aliases", "adjectives", "demonyms", "capitals"):
                    assert all(split_list(cell)) and cell.count("|") == len(split_list(cell)) - 1 if cell else True, (name, r)


def test_roles_are_unique_three_letter_codes():
    codes = [r["code"] for r in rows("roles.csv")]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    assert {"GOV", "MIL", "REB", "LEG", "SPY", "WST", "EUR"} <= set(codes)


def test_countries_unique_and_cover_the_un_and_more():
    table = rows("countries.csv")
    codes = [r["iso3"] for r in table]
    assert len(codes) == len(set(codes)) >= 240  # 193 UN members, observers, Kosovo, territories
    assert {"PSE", "TWN", "XKX", "IRN", "RUS", "USA", "HKG", "GRL"} <= set(codes)
    owner = {}
    for r in table:
        forms = [r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"]),
                 *split_list(r["demonyms"]), *split_list(r["capitals"])]
        for name in forms:
            assert owner.setdefault(name, r["iso3"]) == r["iso3"], f"{name} names two countries"


def test_country_traits_are_known_and_cover_the_obvious_cases():
    table = {r["iso3"]: set(split_list(r["traits"])) for r in rows("countries.csv")}
    assert set().union(*table.values()) <= {"monarchy", "island", "given-name", "north-half", "south-half", "kin-state"}
    assert {"GBR", "SAU", "JPN", "JOR"} <= {iso for iso, t in table.items() if "monarchy" in t}
    assert not {"USA", "FRA", "IRN", "RUS"} & {iso for iso, t in table.items() if "monarchy" in t}
    assert {"TWN", "CUB", "CYP", "LKA"} <= {iso for iso, t in table.items() if "island" in t}


def test_no_name_points_to_two_kinds_of_actor():
    """A surface form is a country form, a region, a city, a seat, a group or an
    organisation, never two of them (a dated group may repeat its own pattern)."""
    owner = {}
    for r in rows("countries.csv"):
        for form in [r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"]), *split_list(r["demonyms"]), *split_list(r["capitals"])]:
            owner[form] = "countries"
    sources = [("regions.csv", lambda r: [r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"])]),
               ("cities.csv", lambda r: [r["name"], *split_list(r["aliases"])]),
               ("seats.csv", lambda r: [r["pattern"]]),
               ("groups.csv", lambda r: [r["pattern"]]),
               ("igos.csv", lambda r: [r["pattern"]]),
               ("places.csv", lambda r: [r["name"], *split_list(r["aliases"])])]
    for name, forms in sources:
        seen = set()
        for r in rows(name):
            dated = bool(r.get("valid_from") or r.get("valid_to"))
            for form in forms(r):
                if name not in ("groups.csv", "places.csv"):
                    assert form not in seen, (name, form)
                seen.add(form)
                if name == "places.csv" and dated:
                    continue  # a dated place overrides a country form for a time ("Juba" before 2011)
                assert owner.setdefault(form, name) == name, f"{form!r} is in {owner[form]} and {name}"


def test_codes_are_valid(codes):
    roles, countries = codes
    for r in rows("regions.csv"):
        assert roles.get(r["code"]) == "region", r
    for r in rows("cities.csv"):
        assert r["country"] in countries, r
    for r in rows("places.csv"):
        assert r["country"] in countries and r["kind"] in ("country", "adjective", "demonym", "city", "region"), r
    for name in ("seats.csv", "groups.csv"):
        for r in rows(name):
            code = r["code"]
            assert code[:3] in countries or code[:3] == "IMG", (name, r)
            if code[:3] in countries and code[3:]:
                assert sector_ok(code[3:], roles), (name, r)
    bodies = {}
    for r in rows("igos.csv"):
        assert r["code"][:3] in ("IGO", "NGO") and len(r["code"]) % 3 == 0, r
        assert r["body"] in ("", "council", "military"), r
        # one organisation (the note names it) is one kind of body in all its rows
        assert bodies.setdefault(r["note"], r["body"]) == r["body"], r
    for r in rows("sectors.csv"):
        # lower case, except abbreviated titles, which tokenize as written ("Lt. Gen."), and words
        # in capitals, which are matched in capitals only ("PM": "pm" is the time)
        assert r["word"] == r["word"].lower() or r["word"].endswith(".") or r["word"].isupper(), r
        assert sector_ok(r["sector"], roles), r
        assert r["generic"] in ("", "yes") and r["plural"] in ("", "no"), r
    for r in rows("people.csv"):
        if r["country"]:
            assert r["country"] in countries and not r["code"], r
        else:
            assert r["code"].startswith("IGO") and len(r["code"]) % 3 == 0, r
        assert not r["sector"] or sector_ok(r["sector"], roles), r


def test_keys_are_unique():
    for name, key in (("sectors.csv", ("word",)), ("igos.csv", ("pattern",)), ("seats.csv", ("pattern",)),
                      ("cities.csv", ("name",)), ("groups.csv", ("pattern", "valid_from")),
                      ("places.csv", ("name", "valid_from")),
                      ("people.csv", ("name", "country", "code", "role", "valid_from"))):
        keys = [tuple(r[k] for k in key) for r in rows(name)]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, (name, dupes)


def test_dated_rows_are_ordered():
    for name in ("seats.csv", "groups.csv", "people.csv", "places.csv"):
        for r in rows(name):
            start, end = day(r["valid_from"], date.min), day(r["valid_to"], date.max)
            assert start < end, (name, r)
            assert end == date.max or end <= date(2026, 12, 31), (name, r)


def test_a_group_has_one_code_at_a_time():
    by = defaultdict(list)
    for r in rows("groups.csv"):
        by[r["pattern"]].append((day(r["valid_from"], date.min), day(r["valid_to"], date.max)))
    for pattern, spans in by.items():
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, pattern


def test_people_terms_do_not_overlap_for_one_office():
    terms = defaultdict(list)
    for r in rows("people.csv"):
        start, end = day(r["valid_from"], date.min), day(r["valid_to"], date.max)
        terms[(r["country"] or r["code"], r["role"])].append((start, end, r["name"]))
    heads = 0
    for (office, role), spans in terms.items():
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{office} {role}: {n1} and {n2} overlap"
        if role in ("President", "Prime Minister", "Chancellor", "King", "Emir", "Supreme Leader") and spans[-1][1] == date.max:
            heads += 1
    assert heads >= 60


def test_people_cover_the_big_offices_since_2000():
    """Heads of state or government and foreign and defence ministers of the most covered
    countries, each office held by someone on every day from 2001 (allowing vacancies
    and caretakers of up to a year)."""
    terms = defaultdict(list)
    for r in rows("people.csv"):
        terms[(r["country"], r["role"])].append((day(r["valid_from"], date.min), day(r["valid_to"], date.max)))
    offices = [("USA", "President"), ("USA", "Secretary of State"), ("USA", "Secretary of Defense"),
               ("RUS", "President"), ("RUS", "Foreign Minister"), ("RUS", "Defence Minister"),
               ("CHN", "President"), ("CHN", "Foreign Minister"), ("CHN", "Defence Minister"),
               ("GBR", "Prime Minister"), ("GBR", "Foreign Secretary"), ("GBR", "Defence Secretary"),
               ("FRA", "President"), ("FRA", "Foreign Minister"), ("DEU", "Chancellor"), ("DEU", "Foreign Minister"),
               ("IRN", "President"), ("IRN", "Foreign Minister"), ("IRN", "Defence Minister"),
               ("ISR", "Prime Minister"), ("ISR", "Defence Minister"), ("IND", "Prime Minister"),
               ("JPN", "Prime Minister"), ("TUR", "President"), ("EGY", "Foreign Minister"), ("ITA", "Prime Minister")]
    for office in offices:
        spans = sorted(terms[office])
        assert spans, office
        assert spans[0][0] <= date(2001, 1, 1), office
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert (s2 - e1).days <= 366, (office, e1, s2)


def test_a_name_points_to_one_person_at_a_time():
    forms = defaultdict(list)
    for r in rows("people.csv"):
        span = (day(r["valid_from"], date.min), day(r["valid_to"], date.max))
        for form in [r["name"], *split_list(r["aliases"])]:
            forms[form].append((r["name"], span))
    for form, items in forms.items():
        for (n1, (s1, e1)), (n2, (s2, e2)) in combinations(items, 2):
            if n1 != n2:
                assert e1 <= s2 or e2 <= s1, f"{form!r} names {n1} and {n2} at the same time"


def test_ontology_is_consistent():
    onto = ontology()
    assert len(onto.types) == 16
    for t in onto.types.values():
        assert t.default_cameo in onto.cameo
    for code in onto.cameo.values():
        assert -10 <= code.goldstein <= 10 and code.quad_class in (1, 2, 3, 4)
        assert code.plover_type is None or code.plover_type in onto.types
    triggers = [t for group in (*onto.verbs.values(), *onto.nouns.values()) for t in group]
    assert len({(t.pattern, t.pos) for t in triggers}) == len(triggers)
    for t in triggers:
        assert t.cameo in onto.cameo
        assert t.mode is None or t.mode in onto.types[t.type].modes, t
    covered = {t.type for t in triggers}
    assert {"AGREE", "CONSULT", "SUPPORT", "AID", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT"} <= covered


def test_phoenix_places_are_unique_valid_and_leave_our_forms_alone(codes):
    _, countries = codes
    table = read_csv("actors/places_phoenix.csv", ("name", "country"))
    names = [r["name"] for r in table]
    assert len(names) == len(set(names)) > 1000
    assert all(r["country"] in countries for r in table)
    ours = set()
    for r in rows("countries.csv"):
        ours.update([r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"]), *split_list(r["capitals"])])
    for name in ("cities.csv", "places.csv"):
        for r in rows(name):
            ours.update([r["name"], *split_list(r["aliases"])])
    assert not ours & set(names)
