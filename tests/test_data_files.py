"""The packaged dictionaries and ontology: unique keys, valid codes, ordered dates,
no overlapping terms for one office."""
from collections import defaultdict
from datetime import date

from diplograph.data_files import read_csv, split_list
from diplograph.events.ontology import ontology


def test_countries_unique_and_cover_the_un_and_more():
    rows = read_csv("actors/countries.csv", ("iso3", "name", "aliases", "adjectives", "capitals"))
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes)) >= 196
    assert {"PSE", "TWN", "XKX", "IRN", "RUS", "USA"} <= set(codes)
    owner = {}
    for r in rows:
        for name in [r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"]), *split_list(r["capitals"])]:
            assert owner.setdefault(name, r["iso3"]) == r["iso3"], f"{name} names two countries"


def test_codes_start_with_a_country_or_igo():
    countries = {r["iso3"] for r in read_csv("actors/countries.csv", ("iso3",))}
    for path in ("actors/seats.csv", "actors/igos.csv"):
        for r in read_csv(path, ("pattern", "code")):
            assert r["code"][:3] in countries or r["code"][:3] in ("IGO", "IMG", "NGO"), (path, r)
    for r in read_csv("actors/people.csv", ("name", "country")):
        assert r["country"] in countries, r


def test_people_terms_are_ordered_and_do_not_overlap():
    terms = defaultdict(list)
    for r in read_csv("actors/people.csv", ("name", "country", "role", "valid_from", "valid_to")):
        start = date.fromisoformat(r["valid_from"]) if r["valid_from"] else date.min
        end = date.fromisoformat(r["valid_to"]) if r["valid_to"] else date.max
        assert start <= end, r
        terms[(r["country"], r["role"])].append((start, end, r["name"]))
    heads = 0
    for (country, role), spans in terms.items():
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{country} {role}: {n1} and {n2} overlap"
        if role in ("President", "Prime Minister") and spans[-1][1] == date.max:
            heads += 1
    assert heads >= 40


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
