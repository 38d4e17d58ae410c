"""Round 27: actors' sectors (the role after the country). Phrases written for these tests."""
from datetime import date

import pytest

from diplograph.actors import resolve_phrase


def code(phrase: str, year: int = 2000) -> str | None:
    actor = resolve_phrase(phrase, day=date(year, 6, 1))
    return actor.code if actor else None


# --- a militia the state backs is the state's armed force (MIL), an unbacked one stays UAF ----------
@pytest.mark.parametrize("phrase,want", [
    ("Chadian government-backed militiamen", "TCDMIL"),
    ("pro-government militias", "MIL"),
    ("army-backed militiamen", "MIL"),
    ("Government-backed Janjaweed fighters", "SDNMIL"),
    # not: backed by another state, against the government, or no backer
    ("Iranian-backed militias", "UAF"),
    ("anti-government militias", "UAF"),
    ("Chadian militiamen", "TCDUAF"),
    ("the Janjaweed", "SDNUAF"),
])
def test_state_backed_militias(phrase, want):
    assert code(phrase) == want


# --- "X-appointed"/"X-imposed" Y: Y is the body --------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Fiji's military-appointed cabinet", "FJIGOV"),
    ("an army-imposed government", "GOV"),
    # not: the force itself
    ("Fiji's military", "FJIMIL"),
])
def test_appointed_body(phrase, want):
    assert code(phrase) == want


# --- words of a class: armed groups, migrants, spy planes, municipalities, women ---------------------
@pytest.mark.parametrize("phrase,want", [
    ("Somali armed groups", "SOMREB"),
    ("Guatemalan migrants", "GTMCVL"),
    ("Guatemalan migrant workers", "GTMLAB"),
    ("Guatemalan refugees", "GTMREF"),
    ("a Chinese spy plane", "CHNMIL"),
    ("Chinese reconnaissance planes", "CHNMIL"),
    ("a Chinese spy", "CHNSPY"),
    ("the municipality of Tuzla", "BIHGOV"),
    ("dozens of women in Chad", "TCDCVL"),
    ("Chadian women", "TCDCVL"),
    # a title after "woman" keeps its office
    ("a Chadian woman minister", "TCDGOV"),
])
def test_class_words(phrase, want):
    assert code(phrase) == want


# --- companies: an industry noun and "group"/"giant"; names ending in Mines or Mining -------------
@pytest.mark.parametrize("phrase,want", [
    ("Dutch brewing group Heineken", "NLDBUS"),
    ("the Swiss drugs giant", "CHEBUS"),
    ("Ghana Consolidated Gold Mines", "GHABUS"),
    ("Namibia Diamond Mining", "NAMBUS"),
    # not: other groups
    ("Somali rebel group", "SOMREB"),
])
def test_companies(phrase, want):
    assert code(phrase) == want


# --- a state's body named with a possessive, and a state's development fund --------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Kenya's National Cereals Bureau", "KENGOV"),
    ("the Qatar Fund for Rural Development", "QATGOV"),
    # not: too little of a name of its own
    ("Kenya's Commission", "KEN"),
])
def test_state_bodies(phrase, want):
    assert code(phrase) == want


# --- "police in the (southern) city of X": the town's police, not its people ----------------------
@pytest.mark.parametrize("phrase,want", [
    ("police in the northern city of Mosul", "IRQCOP"),
    ("officials in the Kenyan town of Garissa", "KENGOV"),
    ("the mayor of the town of Garissa", "KENGOV"),
    # not: the town's people stay its people
    ("residents of the city of Mosul", "IRQCVL"),
    ("the town of Garissa", "KENCVL"),
])
def test_body_in_a_town(phrase, want):
    assert code(phrase) == want
