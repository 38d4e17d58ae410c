"""Actors, round 16: a surname alone after the full name, namesakes of dictionary people, party
families with the word "party", monarchs named by the title, and new people and party rows.
The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2005, 3, 1)


def mentions(text, day=DAY):
    """(text, code) of every actor mention of a text."""
    from diplograph import nlp as nlp_mod
    from diplograph.actors import find_mentions
    from diplograph.types import Document, content_id

    (doc,) = nlp_mod.parse([Document(id=content_id(text), text=text, published=day)])
    return [(m.text, m.actor.code) for m in find_mentions(doc).mentions]


# --- a surname alone after the person was named in full ---------------------------------------
@pytest.mark.parametrize("text, day, surname, code", [
    ("Prime Minister Boris Johnson met business leaders on Monday. Johnson said the plan would work.",
     date(2019, 9, 1), "Johnson", "GBRGOV"),
    ("Chancellor Gordon Brown will present his budget in March. Critics say Brown has little room.",
     DAY, "Brown", "GBRGOV"),
    # the possessive keeps the person
    ("Boris Johnson spoke in Leeds on Friday. Johnson's plan drew criticism.",
     date(2019, 9, 1), "Johnson", "GBRGOV"),
])
def test_a_surname_alone_is_the_person_named_in_full_before(text, day, surname, code):
    assert (surname, code) in coref_refs(text, day)


@pytest.mark.parametrize("text, day, word", [
    # another person of the same surname, named in full, makes the surname of no reading
    ("Boris Johnson spoke in Leeds. His rival Mark Johnson replied at once. Johnson said the plan would fail.",
     date(2019, 9, 1), "Johnson"),
    # a company named after a person
    ("Boris Johnson visited a factory. Johnson Controls said it would hire 200 people.",
     date(2019, 9, 1), "Johnson"),
    # a title or another capitalised word next to the surname: another name
    ("Gordon Brown spoke on Monday. The Brown Shipley bank said rates would rise.", DAY, "Brown"),
])
def test_a_surname_is_left_alone_where_it_may_be_someone_or_something_else(text, day, word):
    assert not any(t == word for t, _ in coref_refs(text, day))


def test_a_namesake_named_in_full_takes_the_surname_from_the_dictionary_person():
    # Shahid Khaqan Abbasi (Pakistan) is known as "Abbasi"; an unknown Feroz Abbasi is not him
    text = "Feroz Abbasi was freed from custody on Tuesday. Mr Abbasi said he would rest. Abbasi thanked his family."
    assert not [c for t, c in mentions(text) if "Abbasi" in t]


def test_the_dictionary_person_named_in_full_keeps_the_surname():
    text = "Prime Minister Shahid Khaqan Abbasi met the army chief. Abbasi said the talks went well."
    assert ("Abbasi", "PAKGOV") in mentions(text, date(2018, 1, 10))


# --- party families with the word "party" ------------------------------------------------------
@pytest.mark.parametrize("text, span, code", [
    ("Tony Blair spoke in London. The MP was expelled from the Labour party last year.", "the Labour party", "GBRPTY"),
    ("Tony Blair spoke in London. The Conservative party said the tax was unfair.", "The Conservative party", "GBRPTY"),
    ("President George W. Bush spoke in Ohio. The Democratic Party said it would fight the plan.",
     "The Democratic Party", "USAPTY"),
])
def test_a_party_family_with_the_word_party_is_a_party_of_the_storys_state(text, span, code):
    assert (span, code) in coref_refs(text, DAY)


@pytest.mark.parametrize("text", [
    # the party word is the modifier of another noun: the noun decides
    "Tony Blair spoke in London. Labour party members backed the plan.",
    # a longer name before the family
    "Tony Blair spoke in London. The Christian Democratic party of Italy met in Rome.",
])
def test_a_party_family_inside_another_phrase_is_left_alone(text):
    assert not any("party" in t.lower() and c == "GBRPTY" for t, c in coref_refs(text, DAY))


# --- a monarch named by the title alone --------------------------------------------------------
def test_the_queen_after_a_government_person_of_her_state():
    text = "Tony Blair will name the day soon. Mr Blair will ask the Queen to dissolve Parliament next week."
    assert ("the Queen", "GBRGOV") in coref_refs(text, DAY)


def test_the_king_with_no_state_named_is_left_alone():
    assert not any(t == "the King" for t, _ in coref_refs("The weather was fine. The crowd cheered when the King arrived.", DAY))


# --- new rows ---------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, day, code", [
    ("Treasury Secretary James Baker", date(1987, 4, 1), "USAGOV"),
    ("Prime Minister Cavaco Silva", date(1987, 4, 1), "PRTGOV"),
    ("Robert Dole", date(1987, 4, 1), "USALEG"),
    ("Jayewardene", date(1987, 4, 1), "LKAGOV"),
    ("Paul Keating", date(1987, 4, 1), "AUSGOV"),
    ("Paul Keating", date(1994, 4, 1), "AUSGOV"),
    ("Sir Digby Jones", date(2005, 2, 1), "GBRBUS"),
    ("Denis MacShane", date(2005, 2, 1), "GBRGOV"),
    ("Tim Collins", date(2005, 2, 1), "GBROPP"),
    ("Brendan Barber", date(2005, 2, 1), "GBRLAB"),
    ("UKIP", date(2005, 2, 1), "GBRPTY"),
    ("the SNP", date(2005, 2, 1), "GBRPTY"),
    ("Plaid Cymru", date(2005, 2, 1), "GBRPTY"),
    ("the CDU", date(1987, 4, 1), "DEUPTY"),
    ("Anthony Fauci", date(2020, 4, 1), "USAHLH"),
])
def test_new_rows(phrase, day, code):
    from diplograph.actors.resolve import resolve_phrase

    actor = resolve_phrase(phrase, day=day)
    assert actor is not None and actor.code == code


def test_an_office_ended_leaves_the_country_only():
    from diplograph.actors.resolve import resolve_phrase

    actor = resolve_phrase("Estelle Morris", day=date(2006, 1, 1))
    assert actor is not None and actor.code == "GBR"


def test_a_former_head_of_a_department_is_of_its_country_only():
    # James Baker held the Treasury in 1987: "former" still drops the office
    found = mentions("Former U.S. Treasury Secretary James Baker met bankers.", date(1987, 4, 7))
    assert ("U.S. Treasury Secretary James Baker", "USA") in found


def test_a_thai_leader_is_named_by_the_given_name_after_the_full_name():
    text = "Prime Minister Prem Tinsulanonda opened the session. Prem told reporters the budget was sound."
    assert ("Prem", "THAGOV") in coref_refs(text, date(1987, 3, 3))


def test_a_peer_named_by_title_and_surname_after_the_full_name():
    text = "Former Labour leader Neil Kinnock took his seat on Monday. Lord Kinnock said he was proud."
    assert ("Lord Kinnock", "GBR") in coref_refs(text, DAY)
