"""Round 10 of real-news event coding: criticism in words (an attack on a plan or a cost, a thing
called unacceptable), labour strikes told by the verb or as industrial action, who acts in a spell
of an act ("three days of strikes"), a group of officials from two bodies, and a refusal to permit."""
from __future__ import annotations

import pytest

from conftest import assert_coded, assert_not_coded, coded_events, events_of_type as _of


# --- an attack in words: on a plan, a cost, a record -------------------------------------------
@pytest.mark.parametrize("text", [
    "The Dutch opposition leader launched an attack on the cost of the new rail tunnel.",
    "Canada's finance minister mounted an attack on the record of the previous government.",
])
def test_light_verb_attack_on_a_stance_is_criticism(text):
    assert_coded(text, "ACCUSE", None, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Russian forces launched an attack on the city of Kharkiv.",
    "Militants mounted an attack on a police station in Kenya.",
])
def test_light_verb_attack_on_a_place_stays_an_assault(text):
    assert_coded(text, "ASSAULT", None, "ACCUSE")


def test_attack_on_an_actors_plan_is_criticism_of_that_actor():
    assert ("FRA", "DEU", "asserted") in _of("The French minister attacked Germany's plan for a new fuel tax.", "ACCUSE")
    assert ("FRA", "DEU", "asserted") in _of("Germany's plan for a new fuel tax was attacked by the French minister.",
                                             "ACCUSE")


def test_attack_on_an_actors_sites_stays_an_assault():
    assert_coded("Israel attacked Iran's nuclear facilities overnight.", "ASSAULT", ("ISR", "IRN"), "ACCUSE")


# --- labour strikes -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "French train drivers are striking for six hours a day in protest at the pension reform.",
    "Nigerian doctors struck over unpaid salaries last month.",
])
def test_workers_striking_is_a_protest(text):
    assert_coded(text, "PROTEST", None, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Israeli jets struck overnight in southern Lebanon.",
    "Israeli jets struck Hamas targets in Gaza.",
])
def test_armed_strikes_stay_assaults(text):
    assert_coded(text, "ASSAULT", None, "PROTEST")


def test_a_thought_that_strikes_someone_is_no_blow():
    assert_not_coded('"It strikes me as odd," the Austrian senator said of the vote.', "ASSAULT")


def test_industrial_action_is_a_strike():
    assert ("GBR", "GBR", "future") in {(s, t, m) for s, t, m in
                                        _of("British rail workers will take industrial action next week over pay.", "PROTEST")}


def test_spell_of_an_act_takes_the_subject_of_its_verb():
    # "three days of industrial action": who starts the spell strikes
    assert any(s == "FRA" for s, _, _ in _of("French pilots started three days of industrial action today.", "PROTEST"))


# --- criticism by a condemning word -------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ('The French foreign ministry said Iran\'s detention of the sailors was "unacceptable".', ("FRA", "IRN")),
    ("The Dutch foreign minister called the Russian move outrageous.", ("NLD", "RUS")),
    ("The Dutch foreign minister described Iran's conduct as reprehensible.", ("NLD", "IRN")),
    ("The Dutch foreign minister said the decision was unacceptable.", ("NLD", None)),
])
def test_saying_a_thing_is_condemnable_is_criticism(text, dyad):
    assert_coded(text, "ACCUSE", dyad, None)


@pytest.mark.parametrize("text", [
    "The Dutch foreign minister said any attack on Iran would be unacceptable.",  # a warning of what would be
    "The Dutch foreign minister said the Iranian vote was not unfair.",  # denied
    "The Dutch foreign minister told reporters that the Kenyan weather was wonderful.",  # no condemning word
])
def test_no_criticism_without_a_condemnation(text):
    assert_not_coded(text, "ACCUSE")


def test_condemning_verb_with_its_word_is_one_criticism():
    events = [e for e in coded_events("The Dutch foreign minister condemned the Russian raid as barbaric.")
              if e.type == "ACCUSE"]
    assert len(events) == 1, events


# --- officials from two bodies -----------------------------------------------------------------
def test_officials_from_a_body_and_another_act_for_the_first_named():
    assert any(s == "KEN" for s, _, _ in _of(
        "Senior officials from Kenya's government and its ruling party rejected union calls to raise wages.", "REJECT"))


# --- a refusal to permit ------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Chile's ruling party said it would never permit the privatisation of copper mines.", "CHL"),
    ("Mexico's ruling party said it would never allow the sale of the state banks.", "MEX"),
])
def test_never_permitting_a_thing_is_a_refused_concession(text, country):
    found = _of(text, "CONCEDE")
    assert found and all(m == "negated" for _, _, m in found) and any(s == country for s, _, _ in found), found


def test_a_rule_that_does_not_permit_is_no_refusal():
    assert_not_coded("The Kenyan law does not permit police to hold suspects for long.", "CONCEDE")


# --- who frees captives is who holds them ------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Two Danish sailors held by Iran will be freed next week.", "IRN"),
    ("Hostages held by Hamas were released on Sunday.", "PSE"),
])
def test_release_by_the_holder(text, source):
    assert any(s == source for s, _, _ in _of(text, "RETREAT")), coded_events(text)


def test_a_call_for_release_is_a_demand_on_the_holder():
    found = _of("Amnesty International demanded the release of activists detained by Egypt.", "REQUEST")
    assert any(t == "EGY" for _, t, _ in found), found


def test_release_without_a_holder_keeps_its_roles():
    assert ("IRN", "GBR", "asserted") in _of("Iran released the British sailors.", "RETREAT")


# --- an organ's inquiry --------------------------------------------------------------------------
def test_an_organ_named_before_an_inquiry_holds_it():
    events = [e for e in coded_events("Canada's police investigation of the minister is continuing.") if e.type == "ACCUSE"]
    assert any(e.source is not None and e.source.code == "CANCOP" for e in events), events


def test_a_country_named_before_an_inquiry_is_what_it_is_into():
    assert any(t == "IRN" for _, t, _ in _of("The Iran investigation was opened by the UN.", "ACCUSE"))


# --- blame: saying another has failed -----------------------------------------------------------
def test_saying_another_failed_is_criticism():
    assert ("FRA", "IRN", "asserted") in _of("Iran has failed to meet its obligations, the French foreign minister said.",
                                             "ACCUSE")


@pytest.mark.parametrize("text", [
    "The French foreign minister said Iran may fail to meet the deadline.",  # a guess
    "The French foreign minister said Iran had not failed to cooperate.",  # denied
])
def test_no_blame_for_a_possible_or_denied_failure(text):
    assert_not_coded(text, "ACCUSE")


# --- a crowd with slogans, a trip, words with another actor ------------------------------------
def test_crowd_gathered_with_banners_is_a_demonstration():
    assert any(s == "CHL" for s, _, _ in _of(
        "Thousands of people gathered outside the Chilean parliament with banners.", "PROTEST"))


def test_crowd_gathered_without_signs_of_protest_is_none():
    assert_not_coded("Thousands of people gathered in the Chilean capital for the concert.", "PROTEST")


@pytest.mark.parametrize("text, target", [
    ("The Japanese trade minister leaves for Washington today.", "USA"),
    ("The Dutch prime minister was speaking to Dutch MPs on Monday.", "NLD"),
    ("The Dutch prime minister spoke to Putin by phone.", "RUS"),
])
def test_trip_or_words_with_another_actor_is_a_consultation(text, target):
    assert any(t == target for _, t, _ in _of(text, "CONSULT")), coded_events(text)


@pytest.mark.parametrize("text", [
    "The Japanese trade minister left for two weeks.",
    "The Japanese trade minister left for home.",
    "The Dutch prime minister spoke to reporters in The Hague.",
    "The Dutch prime minister spoke to the nation on television.",
    "The Wallabies leave for Fiji next month.",  # a team on tour: no one travels for a state
])
def test_no_consultation_without_a_party_met(text):
    assert_not_coded(text, "CONSULT")


# --- a body's members meeting at a venue -------------------------------------------------------
def test_members_of_a_body_meeting_somewhere_meet_no_host():
    found = [e for e in coded_events("European Union ministers will meet in Luxembourg tomorrow.") if e.type == "CONSULT"]
    assert found and all(e.target is None for e in found), found


def test_an_envoy_meeting_somewhere_visits_its_host():
    found = _of("The UN envoy met in Damascus on Monday.", "CONSULT")
    assert any(t == "SYR" for _, t, _ in found), found


# --- a house sitting ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "He expects a vote when the Irish parliament meets next Tuesday.",
    "The German parliament meets on Friday to debate the bill.",
])
def test_a_house_sitting_consults_no_one(text):
    assert_not_coded(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "Irish MPs met with the Chinese ambassador.",
    "Irish and British lawmakers met in Dublin.",
])
def test_members_meeting_others_still_consult(text):
    assert_coded(text, "CONSULT", None, None)


# --- a patient moved to hospital ----------------------------------------------------------------
def test_evacuated_to_hospital_is_no_retreat():
    assert_not_coded("The Fijian prime minister was evacuated on Wednesday from Suva to a hospital in Auckland.",
                     "RETREAT")


def test_evacuating_posts_is_still_a_retreat():
    assert_coded("Britain evacuated its embassy staff from Kabul to Doha.", "RETREAT", ("GBR", None), None)
