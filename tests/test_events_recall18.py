"""Recall round 18: wordings of common news events the coder missed ("told X to ...", an outcry,
a stance restated, a need put in the past of reported speech). Project-written sentences."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model

PUB = date(2005, 3, 1)


def events(text):
    return {(e.source and e.source.code, e.target and e.target.code, e.type) for e in extract_text(text, published=PUB).events}


def types(text):
    return {t for _, _, t in events(text)}


# telling an actor to act is an order, whatever the act
@pytest.mark.parametrize("text,expected", [
    ("The American president told Israel to show restraint in Gaza.", ("USAGOV", "ISR", "REQUEST")),
    ("Russia told Ukraine to pay its gas debts by the end of the month.", ("RUS", "UKR", "REQUEST")),
    ("The German chancellor told the Greek prime minister to cut spending.", ("DEUGOV", "GRCGOV", "REQUEST")),
    ("The Chinese foreign ministry told Japan to face up to its history.", ("CHNGOV", "JPN", "REQUEST")),
])
def test_told_to_is_an_order(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "The prime minister told reporters to expect a statement on Monday.",
    "The coach told the players to keep calm.",
    "The Iranian foreign minister told the IAEA chief that Iran would keep enriching uranium.",
])
def test_told_without_an_order(text):
    assert "REQUEST" not in types(text)


# an outcry, uproar or backlash is criticism of the one whose act caused it
@pytest.mark.parametrize("text,expected", [
    ("There was an international outcry over the Russian seizure of the ships.", (None, "RUS", "ACCUSE")),
    ("The French proposal sparked a backlash from Germany and Italy.", ("DEU", "FRA", "ACCUSE")),
    ("The Greek government's plans for pension cuts caused an outcry among unions.", (None, "GRCGOV", "ACCUSE")),
    ("The Israeli raid caused an uproar in the Arab League.", (None, "ISR", "ACCUSE")),
])
def test_outcry_is_criticism(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "The referee's decision caused an uproar in the stadium.",
    "The new iPhone price caused a backlash among customers.",
    "The storm caused chaos across the north of the country.",
])
def test_outcry_without_political_actor(text):
    assert "ACCUSE" not in types(text)


# a stance said again is said
@pytest.mark.parametrize("text,expected", [
    ("The French president reaffirmed his backing for the Lebanese government.", ("FRAGOV", "LBNGOV", "SUPPORT")),
    ("The German chancellor repeated her support for Turkey's bid to join the EU.", ("DEUGOV", "TUR", "SUPPORT")),
    ("Britain has reiterated its opposition to the Russian plan.", ("GBR", "RUS", "ACCUSE")),
])
def test_restated_stance(text, expected):
    assert expected in events(text)


def test_restated_stance_not_outside_politics():
    assert not events("The striker repeated his support for the new manager.")
    assert not events("The company restated its commitment to the merger with Siemens.")


# "said X needed to / had to act": a need told in the past tense of reported speech is a demand
@pytest.mark.parametrize("text,expected", [
    ("The French foreign minister said Iran needed to stop enrichment.", ("FRAGOV", "IRN", "REQUEST")),
    ("The German chancellor said Greece had to cut its deficit.", ("DEUGOV", "GRC", "REQUEST")),
    ("The Indian minister said Pakistan needed to act against the militants.", ("INDGOV", "PAK", "REQUEST")),
])
def test_backshifted_need_is_a_demand(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "The Greek prime minister said Greece had to borrow heavily in 2010.",
    "The Kenyan president said he had to leave early.",
    "The French president said France had to protect its farmers.",
])
def test_backshifted_need_not_a_demand(text):
    assert "REQUEST" not in types(text)
