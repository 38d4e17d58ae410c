"""Gaps of round 19: a declaration of war (coded as a threat of force, CAMEO 138), an assurance
given to another actor (CAMEO 013, SUPPORT), and a protest noun whose "by" names the protesters
(not the police who break it up). Project-written sentences."""
import pytest

from conftest import role_events, role_triples

pytestmark = pytest.mark.model

coded, events = role_events, role_triples


# a declaration of war on an actor is the threat of force made formal (its fighting is ASSAULT)
@pytest.mark.parametrize("text,expected", [
    ("Iraq declared war on Iran in 1980.", ("IRQ", "IRN", "THREATEN")),
    ("Germany declares war against the United States.", ("DEU", "USA", "THREATEN")),
    ("Paraguay declared war on Bolivia after the border clash.", ("PRY", "BOL", "THREATEN")),
])
def test_declared_war_on_an_actor(text, expected):
    assert expected in events(text)
    assert any(e.cameo == "138" for e in coded(text) if e.type == "THREATEN")


@pytest.mark.parametrize("text", [
    "The president declared war on poverty.",
    "The government declared war on drugs.",
    "The mayor declared war on obesity.",
])
def test_war_on_a_social_ill_is_no_event(text):
    assert not coded(text)


# an assurance to another actor, that something will be so or of one's support: backing (CAMEO 013)
@pytest.mark.parametrize("text,expected", [
    ("Washington assured Seoul that its troops would stay.", ("USAGOV", "KORGOV", "SUPPORT")),
    ("Moscow reassured Minsk that gas deliveries would continue.", ("RUSGOV", "BLRGOV", "SUPPORT")),
    ("Britain assured Poland of its backing.", ("GBR", "POL", "SUPPORT")),
])
def test_assurance_to_an_actor(text, expected):
    assert expected in events(text)
    assert any(e.cameo == "013" for e in coded(text))


@pytest.mark.parametrize("text", [
    "The goal assured Brazil a place in the final.",
    "Victory seemed assured for the ruling party.",
    "The prime minister sought to reassure party members that the election would be won.",
])
def test_assured_without_an_assurance_to_an_actor(text):
    assert not any(e.cameo == "013" for e in coded(text))


# "a demonstration by graduates": the protesters are those the "by" names, not who breaks it up
@pytest.mark.parametrize("text,place", [
    ("Police broke up a demonstration by graduates in Algiers.", "DZA"),
    ("Security forces dispersed a protest by teachers in Nairobi.", "KEN"),
    ("Riot police broke up a rally by opposition supporters in Minsk.", "BLR"),
])
def test_protest_by_others_is_not_the_polices(text, place):
    protests = [e for e in coded(text) if e.type == "PROTEST"]
    assert protests
    assert all(e.source is not None and e.source.country == place for e in protests)
    assert not any(e.source.sector in ("COP", "MIL") for e in protests)


@pytest.mark.parametrize("text,expected", [
    ("Students staged a demonstration in Cairo.", "EGY"),
    ("Workers held a rally in Athens against the cuts.", "GRC"),
])
def test_protest_noun_without_by_keeps_its_subject(text, expected):
    protests = [e for e in coded(text) if e.type == "PROTEST"]
    assert protests and all(e.source is not None and e.source.country == expected for e in protests)
