"""Round 9 of event roles and senses: a body of people reached by a preposition keeps its role,
a news medium that tells of an act is no party to it, and a tail of non-political senses
(words of a campaign, a strike put to a vote, a camera, a hospital, a firm's market)."""
from __future__ import annotations

import pytest

from conftest import assert_coded, assert_not_coded, coded_events, codes_of_type as _codes


# --- a role body under a preposition of motion keeps its sector ---------------------------------
@pytest.mark.parametrize("text, country, code", [
    ("Greek police arrested the smuggler and handed him over to Albanian authorities on Friday.", "ALB", "ALBGOV"),
    ("Turkish police detained the activist and handed him to Iraqi authorities.", "IRQ", "IRQGOV"),
])
def test_role_body_keeps_its_sector(text, country, code):
    events = coded_events(text)
    targets = [e.target.code for e in events if e.target is not None and e.target.country == country]
    assert targets and all(t == code for t in targets), [(e.type, e.target) for e in events]


def test_scene_preposition_still_gives_the_country():
    # "in" names where it happened, whatever organ the phrase also stands for
    assert ("FRAMIL", "IRQ") in _codes("French jets bombed targets in Iraqi territory on Monday.", "ASSAULT")


# --- who tells of it, or whom it is laid to, is no target --------------------------------------
def test_news_medium_is_no_target():
    events = [e for e in coded_events("Gunmen ambushed a patrol on Tuesday, according to Al Jazeera.") if e.type == "ASSAULT"]
    assert events and all(e.target is None or e.target.country != "QAT" for e in events), events


def test_local_authorities_still_place_the_act():
    events = [e for e in coded_events("Gunmen ambushed a patrol on Tuesday, according to Afghan police.") if e.type == "ASSAULT"]
    assert any(e.target is not None and e.target.code == "AFG" for e in events), events


def test_the_one_an_act_is_laid_to_is_no_target():
    events = [e for e in coded_events("The governor attributed the ambush to Nigerian militants.") if e.type == "ASSAULT"]
    assert all(e.target is None or e.target.country != "NGA" for e in events), events


# --- a politician's attack in words ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Elizabeth Warren attacked President Trump for cutting school funding.",
    "Democrats attacked President Trump on his record on health care.",
])
def test_politician_attacks_in_words(text):
    assert_coded(text, "ACCUSE", None, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Putin attacked Ukraine for seeking closer ties with the West.",
    "Hamas attacked Israel for blockading Gaza.",
])
def test_attacks_on_states_stay_attacks(text):
    assert_coded(text, "ASSAULT", None, None)


# --- senses that are no political act -------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Bus drivers will vote next month to authorize a strike over pay.", "ASSAULT"),
    ("The strike, the longest stoppage at the smelter in years, ended on Monday.", "ASSAULT"),
    ("A security camera captured the governor leaving the hotel.", "COERCE"),
    ("After four days of treatment, the French president was released from hospital.", "RETREAT"),
    ("The new malaria drug was approved in Kenya last week.", "SUPPORT"),
    ("Japan's Toyota will invest $500 million in Mexico.", "COOPERATE"),
    ("Trading in the bank's shares was suspended in London.", "SANCTION"),
    ("The miner withdrew its planned listing in Hong Kong.", "RETREAT"),
    ("Iran delivered a stern warning to the Saudi envoy.", "AID"),
])
def test_non_political_senses(text, type_):
    assert_not_coded(text, type_)


def test_strike_not_put_to_a_vote_of_workers_stays():
    assert_coded("Congress voted to authorize air strikes on Syria.", "ASSAULT", None, None)


def test_release_from_prison_stays():
    assert_coded("Myanmar's junta released Aung San Suu Kyi from prison on Monday.", "RETREAT", None, None)


def test_state_investment_stays():
    assert_coded("China invested heavily in Zambia's copper mines.", "COOPERATE", ("CHN", None), None)


def test_trade_suspended_with_a_state_stays():
    assert_coded("The United States suspended trade with Cuba in 1962.", "SANCTION", ("USA", "CUB"), None)


# --- a written act carried to someone --------------------------------------------------------------
def test_note_sent_to_diplomats_targets_them():
    assert_coded("China sent a protest note to Philippine diplomats in Beijing.", "PROTEST", ("CHN", "PHL"), None)


# --- a presenter's show, a trip at home -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The British television presenter hosted a popular quiz show for a decade.",
    "President Obama's town hall, hosted by a CNN anchor, drew large audiences.",
])
def test_broadcast_hosting_is_no_visit(text):
    assert_not_coded(text, "CONSULT")


def test_hosting_a_leader_stays():
    assert_coded("Egypt hosted the Israeli prime minister in Cairo.", "CONSULT", ("EGY", "ISR"), None)


@pytest.mark.parametrize("text", [
    "Prime Minister Tony Blair will travel to key marginal seats to campaign.",
    "President Trump travelled to Texas on Monday.",
])
def test_trip_at_home_is_no_visit(text):
    assert_not_coded(text, "CONSULT")


def test_trip_abroad_stays():
    assert_coded("Macron visited Berlin on Friday.", "CONSULT", ("FRA", "DEU"), None)


# --- bodies without arms clash in words ---------------------------------------------------------------
def test_legislature_clashing_over_an_issue_is_no_attack():
    assert_coded("The German parliament has clashed with the European Commission on the issue.", "ACCUSE", None, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Indian troops clashed with Chinese soldiers on the border.",
    "Israel clashed with Hezbollah over the weekend.",
])
def test_armed_clashes_stay(text):
    assert_coded(text, "ASSAULT", None, None)
