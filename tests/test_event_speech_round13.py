"""Round 13 of real-news event coding: criticism and demands told in reported speech (speech.py).
A speaker who says another's plan failed, is not working, did nothing to help, that voters lost
trust in someone, that a move was a ploy, that someone was too timid or not honest, or that a
pact was broken, criticises (ACCUSE) whoever the judged thing is of; one who says another needs
to, ought to, or that it is time for another to act, or that a measure must be taken, asks it
(REQUEST). The speech act is asserted; what is demanded keeps its own, not asserted, modality."""
from __future__ import annotations

import pytest

from conftest import assert_not_coded, coded_events, codes_of_type as _codes


# --- negative judgements in reported speech ------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("The Liberal Democrats said Tony Blair's plans had failed.", "GBRGOV"),
    ("The Liberal Democrats said the British government's policy was not working.", "GBRGOV"),
    ("The Liberal Democrats said the new British budget did nothing to help pensioners.", "GBR"),
    ("The Liberal Democrats said the British government had done little to tackle poverty.", "GBRGOV"),
    ("The Liberal Democrats said voters had lost trust in Tony Blair.", "GBRGOV"),
    ("The Liberal Democrats said voters now have a deep lack of trust in Tony Blair.", "GBRGOV"),
    ("The Liberal Democrats claimed Tony Blair's move was a cynical ploy.", "GBRGOV"),
    ("The Liberal Democrats claimed Tony Blair's visit was an attempt to win votes.", "GBRGOV"),
    ("The Liberal Democrats said Tony Blair was too slow to act.", "GBRGOV"),
    ("The Liberal Democrats said Tony Blair was not honest about the war.", "GBRGOV"),
    ("Trust is falling because Tony Blair is not being straight with voters, the Liberal Democrats said.", "GBRGOV"),
])
def test_a_negative_judgement_in_reported_speech_is_criticism(text, target):
    assert ("GBRPTY", target) in _codes(text, "ACCUSE"), coded_events(text)
    assert all(e.modality == "asserted" for e in coded_events(text) if e.type == "ACCUSE")


def test_a_broken_pact_said_of_a_state_is_criticism_of_it():
    found = _codes("The French foreign minister said Iran had violated the agreement.", "ACCUSE")
    assert ("FRAGOV", "IRN") in found, found


def test_a_claim_noun_with_a_judgement_accuses_the_one_judged():
    found = _codes("Tony Blair spoke amid French claims that Iran had violated the agreement.", "ACCUSE")
    assert ("FRA", "IRN") in found, found


def test_a_failed_policy_of_no_one_named_is_criticism_without_a_target():
    found = _codes("The Liberal Democrats said the new rebate did nothing to fix the unfair tax.", "ACCUSE")
    assert found == [("GBRPTY", None)], found


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said the talks had failed.",  # talks are no one's policy
    "The French foreign minister said the bank had failed.",
    "The French foreign minister said Iran is not working with the inspectors.",  # no cooperation is no judgement
    "The Liberal Democrats said Tony Blair's visit was an attempt to win votes.",  # said, not claimed; a fair aim
    "The Liberal Democrats said Tony Blair was honest about the war.",
    "The Liberal Democrats said it was too early to judge Tony Blair.",
    "The Liberal Democrats said voters had lost their money.",
    "The French foreign minister said Iran had signed the agreement.",
    "The Liberal Democrats said Tony Blair's plans would not fail.",
])
def test_no_judgement_is_no_criticism(text):
    assert_not_coded(text, "ACCUSE")


# --- demands said as a need, a duty or time come ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The French foreign minister said Iran needs to release the sailors.",
    "The French foreign minister said Iran has to release the sailors.",
    "The French foreign minister said Iran ought to release the sailors.",
    "The French foreign minister said it was time for Iran to release the sailors.",
    "It is time for Iran to release the sailors, the French foreign minister said.",
    "Iran needs to release the sailors, the French foreign minister said.",
])
def test_a_need_said_of_another_is_a_demand_and_the_act_stays_unasserted(text):
    events = coded_events(text)
    assert ("FRAGOV", "IRN") in _codes(text, "REQUEST"), events
    asked = [e for e in events if e.trigger == "release"]
    assert asked and all(e.modality == "hypothetical" for e in asked), [(e.type, e.modality) for e in asked]
    assert all(e.modality == "asserted" for e in events if e.type == "REQUEST")


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said the tax must be scrapped.",
    "People in debt should be given more protection from lenders, the Liberal Democrats say.",
    "The Liberal Democrats want to see tougher checks on lenders.",
])
def test_a_measure_asked_of_no_one_named_is_a_demand(text):
    assert ("GBRPTY", None) in _codes(text, "REQUEST"), coded_events(text)


@pytest.mark.parametrize("text", [
    "The French foreign minister said France needs to act.",  # the speaker's own country
    "The French foreign minister said Iran does not need to end its programme.",
    "The French foreign minister said Iran has yet to release the sailors.",
    "The Liberal Democrats said the report should be published by June.",  # an expectation
    "The Liberal Democrats want to see the film.",
])
def test_no_demand_without_another_asked_or_a_measure(text):
    assert_not_coded(text, "REQUEST")


def test_a_past_necessity_stays_asserted():
    events = coded_events("Iran had to release the sailors after the talks.")
    assert [e.modality for e in events if e.trigger == "release"] == ["asserted"]


# --- the owner of what is criticised, and others of one kind -------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Other parties have attacked Tory plans for lower taxes.", ("GBRPTY", "GBRPTY")),
    ("The French president attacked German plans for a new tax.", ("FRAGOV", "DEU")),
    ("The French president rejected the German compromise offer.", ("FRAGOV", "DEU")),
])
def test_criticism_of_a_thing_falls_on_its_owner(text, pair):
    type_ = "REJECT" if "rejected" in text else "ACCUSE"
    assert pair in _codes(text, type_), coded_events(text)


# --- coming under fire -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The French government has come under fire from Germany over its budget.",
    "The French government came under attack from Germany over its budget.",
    "The French government came under heavy criticism from Germany.",
])
def test_coming_under_fire_over_something_is_criticism(text):
    assert ("DEU", "FRAGOV") in _codes(text, "ACCUSE"), coded_events(text)
    assert_not_coded(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The Iraqi army convoy came under attack in Mosul.",
    "Iraqi troops came under fire for three hours on Monday.",
])
def test_coming_under_fire_in_a_place_is_no_criticism(text):
    assert_not_coded(text, "ACCUSE")


# --- quoted commands -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ('"Release the sailors now," the French foreign minister said.', ("FRAGOV", None)),
    ('The French foreign minister said: "Release the sailors now."', ("FRAGOV", None)),
    ('"Stop the killing," the French foreign minister told Israel.', ("FRAGOV", "ISR")),
])
def test_a_quoted_command_is_a_demand_and_the_act_is_not_asserted(text, pair):
    events = coded_events(text)
    assert pair in _codes(text, "REQUEST"), events
    assert all(e.modality != "asserted" for e in events if e.type != "REQUEST"), [(e.type, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    '"Let me be clear," the French foreign minister said.',
    '"Wait," the French foreign minister said.',
])
def test_a_figure_of_speech_is_no_command(text):
    assert_not_coded(text, "REQUEST")
