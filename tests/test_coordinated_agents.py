"""Coordinated actors that must keep every member: an agent word "in"/"from" coordinated places
("officials in Kenya and Uganda"), a first country before stacked adjectives the parser
misreads ("Mali and neighbouring, drought-hit Niger"), and coordinated role objects."""
from __future__ import annotations

from conftest import codes_of_type, events_of_type


def _sources(text: str, type_: str) -> set[str | None]:
    return {src for src, _ in codes_of_type(text, type_)}


def _targets(text: str, type_: str) -> set[str | None]:
    return {tgt for _, tgt in codes_of_type(text, type_)}


# --- an agent word in or from two places: the agent of each ------------------------------------
def test_officials_in_two_countries_are_both_sources():
    assert {"KENGOV", "UGAGOV"} <= _sources("Officials in Kenya and Uganda welcomed the new border rules.", "SUPPORT")


def test_lawmakers_in_two_countries_keep_their_role():
    assert {"FRALEG", "DEULEG"} <= _sources("Lawmakers in France and Germany criticised Turkey over the raids.",
                                            "ACCUSE")


def test_police_in_two_countries():
    assert {"IRQCOP", "SYRCOP"} <= _sources("Police in Iraq and Syria detained dozens of smugglers.", "COERCE")


def test_second_noun_of_a_subject_pair_shares_the_role_with_each_place():
    # the parser hangs "in" on the first noun; the mention takes the second noun's role
    assert {"KENGOV", "UGAGOV"} <= _sources(
        "Senators and officials in Kenya and Uganda praised the new trade rules.", "SUPPORT")
    assert {"GHAGOV", "TGOGOV"} <= _sources(
        "Diplomats and ministers from Ghana and Togo praised the new trade rules.", "SUPPORT")


def test_an_agent_in_one_place_leaves_the_other_side_alone():
    # (round 30: the envoys met are the meeting's other side, coded after the doer's)
    assert codes_of_type("Officials in Kenya met Ugandan envoys.", "CONSULT") == [("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")]
    assert _sources("Lawmakers in Chile met Peruvian diplomats.", "CONSULT") == {"CHLLEG", "PERGOV"}


# --- a first country before stacked adjectives ----------------------------------------------------
def test_first_country_kept_before_bare_stacked_adjectives():
    found = events_of_type("Mali and neighbouring, drought-hit Niger agreed to cooperate.", "AGREE")
    assert {("MLI", "NER"), ("NER", "MLI")} <= {(s, t) for s, t, _ in found}
    found = events_of_type("Spain and nearby, crisis-hit Portugal signed a deal.", "SUPPORT")
    assert {("ESP", "PRT"), ("PRT", "ESP")} <= {(s, t) for s, t, _ in found}


def test_second_country_kept_when_the_first_heads_the_pair():
    found = events_of_type("Kenya and impoverished, war-torn Somalia agreed to cooperate.", "AGREE")
    assert {("KEN", "SOM"), ("SOM", "KEN")} <= {(s, t) for s, t, _ in found}


def test_stacked_adjectives_after_an_article_keep_both():
    assert {"TCD", "SDN"} <= _sources("Chad and the oil-rich, troubled Sudan praised a renewal of ties with Libya.",
                                      "SUPPORT")
    assert {"GBR", "CHN"} <= _sources("Britain and the ever more assertive China signed a trade agreement.",
                                      "SUPPORT")


def test_adjectives_of_a_noun_that_is_no_country_add_nobody():
    assert codes_of_type("Mali and neighbouring, drought-hit areas received aid from France.", "AID") == [
        ("FRA", "MLI")]
    assert codes_of_type("Mali and neighbouring, drought-hit Niger received aid from France.", "AID") in (
        [("FRA", "NER"), ("FRA", "MLI")], [("FRA", "MLI"), ("FRA", "NER")])


# --- coordinated objects with a shared agent word ------------------------------------------------
def test_officials_in_two_countries_as_object():
    assert {"IRNGOV", "IRQGOV"} <= _targets("Israel criticised officials in Iran and Iraq.", "ACCUSE")


def test_ministers_from_two_countries_as_object():
    assert {"GHAGOV", "TGOGOV"} <= _targets("Nigeria met ministers from Ghana and Togo.", "CONSULT")
    assert {"GHAGOV", "TGOGOV"} <= _targets("Kenya hosted envoys from Ghana and Togo.", "CONSULT")
