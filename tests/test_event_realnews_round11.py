"""Round 11 of real-news event coding: requests said as nouns (pleas, calls, a request "from" or
"by" someone, who asks), criticism in words (said or branded a disgrace, a mild word of blame
said of an actor's stance, saying an actor lied or misled), and what someone says ought not to
be done, which is no refusal."""
from __future__ import annotations

import pytest

from conftest import assert_coded, assert_not_coded, coded_events, events_of_type as _of, codes_of_type as _codes


# --- requests said as nouns ----------------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("The garrison stayed on despite pleas from the Canadian government that it remain.", "CAN"),
    ("Norway lowered its oil output after a call by Saudi Arabia to support prices.", "SAU"),
    ("The peacekeepers stayed on despite a request from the Kenyan government.", "KEN"),
])
def test_plea_call_or_request_from_an_actor_is_its_request(text, source):
    found = _of(text, "REQUEST")
    assert any(src == source for src, _, _ in found), found
    # where the asker is from is not whom it asks
    assert not any(src == source and tgt == source for src, tgt, _ in found), found


@pytest.mark.parametrize("text", [
    "The Russian president took a call from the French president on Tuesday.",
    "A call from the French president came late on Tuesday.",
    "The Kenyan minister entered a guilty plea in the fraud case.",
])
def test_phone_calls_and_pleas_in_court_are_no_requests(text):
    assert_not_coded(text, "REQUEST")


# --- criticism in words --------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Russia's decision was called unacceptable by the German chancellor.", ("DEU", "RUS")),
    ("The Indian government's new law has been described as unfair.", (None, "IND")),
])
def test_branded_in_the_passive_is_criticism_by_the_agent(text, dyad):
    assert_coded(text, "ACCUSE", dyad, None)


@pytest.mark.parametrize("text, dyad", [
    ("The German chancellor said the French plan was a disgrace.", ("DEU", "FRA")),
    ("The Dutch minister called the French decision a mistake.", ("NLD", "FRA")),
    ("The Dutch minister said Germany's remark was ill-advised.", ("NLD", "DEU")),
])
def test_saying_an_actors_stance_is_a_disgrace_or_ill_advised_is_criticism(text, dyad):
    assert_coded(text, "ACCUSE", dyad, None)


@pytest.mark.parametrize("text", [
    "The Dutch minister said his remark was a mistake.",  # one's own mistake
    "The Dutch minister made a mistake in the budget.",
    "The Dutch minister said the situation in the port was dangerous.",  # no one's
])
def test_mild_words_of_no_ones_doing_are_no_criticism(text):
    assert_not_coded(text, "ACCUSE")


def test_saying_an_actor_misled_others_is_criticism_of_it():
    assert ("NLD", "DEU", "asserted") in _of("The Dutch minister said Germany had misled its partners.", "ACCUSE")
    assert_not_coded("The Dutch minister said Germany had not misled anyone.", "ACCUSE")


# --- what ought not to be done -------------------------------------------------------------------
def test_what_should_not_be_done_is_no_refusal():
    events = coded_events("The Spanish mayor should not apologise for his remark, the French president said.")
    assert not [e for e in events if e.modality == "negated"], [(e.type, e.trigger, e.modality) for e in events]
    events = coded_events("The Spanish mayor must stand firm and not apologise, the French president said.")
    assert not [e for e in events if e.modality == "negated"], [(e.type, e.trigger, e.modality) for e in events]


def test_a_not_outside_the_should_still_negates():
    # "must" on another clause does not reach an act negated in a clause below it
    assert ("negated" in {m for _, _, m in _of("Kuwait must be glad that Iraq was not attacked.", "ASSAULT")})


# --- the agent of a passive with two objects ------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Dairy farmers are being promised new subsidies by the French government.", ("FRA", None)),
    ("Kenya was offered fresh talks by the Ugandan government.", ("UGA", "KEN")),
])
def test_passive_promise_takes_its_agent_from_the_object(text, dyad):
    assert_coded(text, "AGREE", dyad, None)


# --- what an actor wants of others ----------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("The United States wants Iran to halt uranium enrichment.", ("USA", "IRN")),
    ("Iran wants sanctions lifted before any talks.", ("IRN", None)),
    ("The French government says it wants the publication of the full report.", ("FRA", None)),
])
def test_wanting_another_to_act_is_a_request(text, dyad):
    assert_coded(text, "REQUEST", dyad, None)


@pytest.mark.parametrize("text", [
    "Iran wants to win the next election.",
    "Iran does not want the United States to leave the region.",
    "Iran would want the United States to leave the region.",
])
def test_own_aims_and_unwanted_acts_are_no_requests(text):
    assert_not_coded(text, "REQUEST")


# --- the one told what he should do ----------------------------------------------------------------
def test_told_someone_he_should_is_a_request_of_the_one_told():
    assert ("KEN", "UGA", "asserted") in _of("The Kenyan president told the Ugandan leader that he should withdraw "
                                             "his troops.", "REQUEST")


def test_aides_to_a_leader_act_for_his_side():
    assert ("KOR", None, "asserted") in _of("Aides to South Korea's president are urging him to call new talks.",
                                            "REQUEST")


@pytest.mark.parametrize("text, dyad", [
    ("The Dutch government suggested that Belgium should reopen the border crossing.", ("NLD", "BEL")),
    ("The French minister recommended that Germany should cut its deficit.", ("FRA", "DEU")),
])
def test_suggesting_what_another_should_do_is_a_request(text, dyad):
    assert_coded(text, "REQUEST", dyad, None)


# --- a warning of what another's plan would do ----------------------------------------------------
def test_warning_of_what_anothers_law_would_do_is_criticism():
    assert ("DEU", "RUS", "asserted") in _of("The German minister warned that Russia's new law would harm trade.",
                                             "ACCUSE")


def test_warning_of_ones_own_response_stays_a_threat():
    assert_coded("Russia warned that it would retaliate against any attack.", "THREATEN", ("RUS", None), "ACCUSE")


def test_resisting_anothers_pleas_is_no_request_of_ones_own():
    assert not [src for src, _, _ in _of("Norway has so far resisted the cartel's pleas to curb its oil output.",
                                         "REQUEST") if src == "NOR"]
