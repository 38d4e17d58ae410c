"""Round 12 of real-news event coding: forces kept on standby, unions balloting on strikes,
opposing a proposal (a rejection), appeals against a court's decision, convictions by the court
of the convicted, and false alarms: a central bank holding up its currency, "signed up for",
talking to the public, acts set in a war long over; arriving at the seat of a government is a
visit to it; recognising a thing (a disease, the importance of) is no recognition of a state."""
from __future__ import annotations

import pytest

from conftest import assert_not_coded, coded_events, events_of_type as _of, codes_of_type as _codes


# --- forces in a state of readiness --------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Spanish navy ships were on standby off the coast of Libya.", "ESP"),
    ("Indian troops remained on high alert along the border with Pakistan.", "IND"),
    ("Dutch troops are on standby in case they are needed in Mali.", "NLD"),
])
def test_forces_on_standby_are_mobilized(text, source):
    found = _of(text, "MOBILIZE")
    assert any(src == source for src, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The company's website is on alert for fraud.",
    "The Irish minister is on standby to fly to Brussels.",
])
def test_readiness_of_no_forces_is_no_mobilization(text):
    assert_not_coded(text, "MOBILIZE")


# --- strike ballots --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Canadian teachers' union is to ballot its members on strike action over pay.",
    "Next month the Irish unions will hold strike ballots over the pay freeze.",
])
def test_a_union_balloting_on_a_strike_threatens_one(text):
    found = _of(text, "THREATEN")
    assert found, coded_events(text)


@pytest.mark.parametrize("text", [
    "The Scottish council is to ballot residents on congestion charging.",
    "The Irish party won the nomination on the second ballot.",
])
def test_other_ballots_are_no_threats(text):
    assert_not_coded(text, "THREATEN")


# --- opposing a proposal -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Italy and Spain opposed a proposed levy on imported steel.",
    "Poland opposed the plan to share out the refugees.",
])
def test_opposing_a_proposal_is_a_rejection(text):
    assert _of(text, "REJECT"), coded_events(text)
    assert not _of(text, "ACCUSE"), coded_events(text)


def test_opposing_a_deed_is_still_disapproval():
    assert ("POL", "RUS", "asserted") in _of("Poland opposed the Russian invasion.", "ACCUSE")


# --- appeals at law ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Irish government appealed against a High Court ruling on the abortion law.",
    "The Australian government lodged an appeal against the ruling.",
])
def test_an_appeal_against_a_ruling_is_a_case_brought(text):
    assert _of(text, "ACCUSE"), coded_events(text)
    assert not _of(text, "REQUEST"), coded_events(text)


def test_an_appeal_to_an_actor_is_still_a_request():
    found = _of("Greenpeace appealed to the Australian government to halt the whaling.", "REQUEST")
    assert any(tgt == "AUS" for _, tgt, _ in found), found


# --- convictions with no court named ----------------------------------------------------------------------
def test_a_conviction_with_no_court_named_is_by_the_court_of_the_convicted():
    assert ("KENJUD", "KEN") in _codes("The Kenyan former minister was convicted of fraud.", "SANCTION")


def test_no_home_court_when_another_country_is_named():
    found = _codes("Egypt handed back an Israeli who was convicted of spying.", "SANCTION")
    assert found and not any(src == "ISRJUD" for src, _ in found), found


# --- false alarms ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Bank of Canada intervened on Tuesday to support the Canadian dollar against heavy selling.",
    "The Swedish central bank raised interest rates to support the krona.",
    "The Irish Prime Minister has signed up for another round of television debates.",
])
def test_currency_support_and_signing_up_are_no_support(text):
    assert_not_coded(text, "SUPPORT")


def test_support_of_an_actor_is_still_support():
    assert ("DEU", "FRA", "future") in _of("Germany will support France in the talks.", "SUPPORT")


def test_talking_to_the_public_is_no_consultation():
    assert_not_coded("The Irish minister said talking to the Irish public was better than briefing newspapers.", "CONSULT")
    assert ("IRL", "GBR", "asserted") in _of("The Irish minister talked to the British ambassador.", "CONSULT")


@pytest.mark.parametrize("text", [
    "Several Japanese destroyers sunk during World War II were found off the coast.",
    "His father, a Canadian soldier, was killed during the Second World War.",
])
def test_acts_in_a_war_long_over_are_background(text):
    assert_not_coded(text, "ASSAULT")


@pytest.mark.parametrize("text, type_, dyad", [
    ("Putin threatened Europe in a speech on the Cold War.", "THREATEN", ("RUS", None)),
    ("China criticised the United States in a statement warning of a new Cold War.", "ACCUSE", ("CHN", "USA")),
])
def test_a_war_only_talked_about_does_not_make_the_act_history(text, type_, dyad):
    assert any((src, tgt if dyad[1] else None) == dyad for src, tgt, _ in _of(text, type_)), _of(text, type_)


# --- arriving at a government's seat ------------------------------------------------------------------------
def test_arriving_at_a_government_seat_is_a_visit_to_it():
    found = _of("The Japanese finance minister arrived at the Kremlin on Monday.", "CONSULT")
    assert ("JPN", "RUS", "asserted") in found, found


def test_arriving_at_a_court_is_no_visit():
    assert_not_coded("As he arrived at Spain's High Court on Wednesday, the banker greeted the waiting media.", "CONSULT")


# --- recognising what is no state ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A new strain of the virus was recognised in Kenya last week.",
    "The Australian minister recognised the importance of the trade talks.",
])
def test_recognising_a_thing_is_no_recognition(text):
    assert_not_coded(text, "SUPPORT")


def test_not_recognising_an_annexation_is_still_coded():
    found = _of("The government in Kiev said it would not recognise the annexation of the peninsula.", "SUPPORT")
    assert ("UKR", None, "negated") in found, found


@pytest.mark.parametrize("text, dyad", [
    ("Britain recognised the new Libyan government on Tuesday.", ("GBR", "LBY")),
    ("Only Northern Cyprus, which is recognized only by Turkey, has the right to the zone.", ("TUR", "CYP")),
])
def test_recognising_a_state_or_government_is_still_support(text, dyad):
    assert any((src, tgt) == dyad for src, tgt, _ in _of(text, "SUPPORT")), _of(text, "SUPPORT")


def test_the_strike_only_voted_on_is_no_event_of_its_own():
    text = "LONDON, May 2 - The Unite union balloted its members on strikes against the government."
    assert _of(text, "THREATEN"), coded_events(text)
    assert not [e for e in coded_events(text) if e.type in ("ASSAULT", "PROTEST")]
