"""Actor mechanisms of round 25, on phrases and sentences written for these tests (no gold
text), each with a case it must leave alone: a possessive inside a body's name ("the People's
Party": the head noun is the body, not the people), the name heads "Liberation Front" and
"Liberation Movement" (an armed movement), and a paper the dictionary does not know, named after
"the daily", "the newspaper" ... (the media of the place where the story happens)."""
from datetime import date

import pytest

from conftest import mention_codes
from diplograph.actors import resolve_phrase


def code(phrase: str, year: int = 2000) -> str | None:
    actor = resolve_phrase(phrase, day=date(year, 6, 1))
    return actor.code if actor else None


# --- a possessive inside a name: the name's head decides ------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Kenya People's Party", "KENPTY"),
    ("the Nigerian People's Party", "NGAPTY"),
    ("the Zambian Workers' Party", "ZMBPTY"),
    ("the Ghana People's Union", "GHALAB"),
    ("the People's Democratic Party", "PTY"),
])
def test_possessive_inside_a_name_leaves_the_head(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("the People's Liberation Army", "CHNMIL"),  # a body the dictionary knows keeps its code
    ("Kenyan villagers", "KENCVL"),
])
def test_possessive_rule_leaves_known_bodies_and_plain_agents(phrase, want):
    assert code(phrase) == want


def test_possessive_of_a_lower_case_word_is_no_name():
    # "the army's spokesman": lower case, an owner and the office, not one name
    assert code("the Kenyan army's spokesman") != "KENPTY"


# --- "Liberation Front", "Liberation Movement": an armed movement ---------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Kenyan Liberation Front", "KENREB"),
    ("the Chadian National Liberation Front", "TCDREB"),
    ("the Malian National Liberation Movement", "MLIREB"),
])
def test_liberation_front_is_an_armed_movement(phrase, want):
    assert code(phrase) == want


def test_liberation_alone_is_no_movement():
    assert code("the liberation of Kuwait") != "KWTREB"


# --- a paper named after "the daily", "the newspaper": the story's own media ----------------
@pytest.mark.parametrize("text,phrase,want", [
    ("Police in Mombasa said the opposition newspaper Daily Lantern had printed lies.",
     "newspaper Daily Lantern", "KENMED"),
    ("Soldiers raided the offices of the daily El Sol in Lima on Monday, Peruvian officials said.",
     "daily El Sol", "PERMED"),
    ("In Dhaka, the weekly Morning Star accused the Bangladeshi government of fraud.",
     "weekly Morning Star", "BGDMED"),
])
def test_unknown_paper_is_the_story_places_media(text, phrase, want):
    assert mention_codes(text, 2000).get(phrase) == want


@pytest.mark.parametrize("text,phrase", [
    # no name follows: "the daily" is a word of time or a plain noun
    ("Police in Mombasa said the daily protests had stopped.", "daily protests"),
    # a foreign paper named by its own country's word is that country's (the older rule)
    ("Police in Mombasa said the British daily Morning Lark had printed lies.", "daily Morning Lark"),
])
def test_paper_rule_must_not_fire(text, phrase):
    assert mention_codes(text, 2000).get(phrase) is None


# --- "People's" before a name head that is no sector word: a name, not the people ----------
@pytest.mark.parametrize("phrase,want", [
    ("the Kenya People's Front", "KEN"),
    ("the Nigerian People's Alliance", "NGA"),
])
def test_peoples_inside_a_name_is_not_the_people(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("the people's anger", "CVL"),  # lower case: the people
    ("the Kenya People's Party", "KENPTY"),  # a sector head after it: the head decides
])
def test_peoples_rule_leaves_the_people_and_sector_heads(phrase, want):
    assert code(phrase) == want


# --- people "of"/"at" a company named by its place: their own sector, the firm's country ----
@pytest.mark.parametrize("phrase,want", [
    ("workers at the Ghana Cocoa Company", "GHALAB"),
    ("employees of the Zambia Copper Corporation", "ZMBLAB"),
    ("workers at Kenya Airways", "KENLAB"),
    ("officials of the Ghana Cocoa Company", "GHABUS"),  # a generic word: the firm's own people
])
def test_people_of_a_company(phrase, want):
    assert code(phrase) == want


def test_company_staff_needs_a_company():
    # "of" a state: the state's workers, no firm
    assert code("workers of the Ghana government") == "GHALAB"
    assert code("the Ghana Cocoa Company") == "GHABUS"


# --- a state body named by its country and a capitalised head -------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Uganda Investment Agency", "UGAGOV"),
    ("the Nigerian Communications Commission", "NGAGOV"),
    ("the Kenya Bureau of Standards", "KENGOV"),
    ("the Zambian Wildlife Service", "ZMBGOV"),
])
def test_state_body_by_its_head(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("the Ghana News Agency", "GHAMED"),  # a head of its own in the dictionary keeps its sector
    ("the Kenya Intelligence Agency", "KENSPY"),
    ("the Kenyan Human Rights Commission", "KENHRI"),
    ("the Kenya Commission", "KEN"),  # too little of a name of its own
])
def test_state_body_rule_leaves_known_heads(phrase, want):
    assert code(phrase) == want


def test_state_body_in_a_sentence():
    found = mention_codes("The Uganda Investment Agency accused Kenyan officials of blocking the deal.", 2004)
    assert found.get("Uganda Investment Agency") == "UGAGOV"
    assert mention_codes("The agency said Kenyan officials had blocked the deal.", 2004).get("agency") is None


# --- a body of the whole world the dictionary does not know: a non-governmental one ---------
@pytest.mark.parametrize("phrase,want", [
    ("the Global Water Network", "NGO"),
    ("the International Federation of Farmers", "NGOAGR"),
    ("the Fourth World Rivers Forum", "NGO"),
])
def test_world_body_is_an_ngo(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("the International Criminal Court", "IGOJUDICC"),  # a body the dictionary knows
    ("the World Bank", "IGOUNODEVWBK"),
    ("the Kenyan International Trade Council", "KEN"),  # a state's body
])
def test_world_body_rule_leaves_known_and_state_bodies(phrase, want):
    assert code(phrase) == want


def test_world_body_in_a_sentence_and_a_possessor():
    found = mention_codes("Delegates to the Global Rivers Forum in Nairobi criticised the Kenyan government.", 2004)
    assert found.get("Global Rivers Forum") == "NGO"
    found = mention_codes("Kenya's International Trade Council met on Monday.", 2004)
    assert "NGO" not in found.values()
