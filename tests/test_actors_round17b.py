"""Actors, round 17b: a bare plural of a state's body ("ministers", "officials") in a document of
one country, where this sentence names that country too: as another body of the state ("Dutch
MPs"), a party of it ("Tory MPs") or a place by the country's name ("In Britain"). The texts are
written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs, events_of_type

pytestmark = pytest.mark.model
DAY = date(2024, 3, 4)


# --- the one country of the document, named by another body or a place of this sentence -------
@pytest.mark.parametrize("text, word, code", [
    ("Dutch MPs have pressed ministers to publish what the new tanks will cost.", "ministers", "NLDGOV"),
    ("Ministers were accused by Dutch MPs of playing down the cost of the tanks.", "Ministers", "NLDGOV"),
    ("Canadian senators asked officials to release the audit of the ferry contract.", "officials", "CANGOV"),
    ("Tory MPs accused ministers of sitting on the audit of the ferry contract.", "ministers", "GBRGOV"),
    ("In Britain, MPs accused ministers of sitting on the audit.", "MPs", "GBRLEG"),
    ("In Britain, MPs accused ministers of sitting on the audit.", "ministers", "GBRGOV"),
    # a country's name as a place of an earlier sentence
    ("The row over the audit grew in Britain on Monday. MPs accused ministers of sitting on it.", "ministers", "GBRGOV"),
])
def test_a_bare_plural_takes_the_documents_one_country(text, word, code):
    assert (word, code) in coref_refs(text, DAY)


def test_the_legislature_and_the_government_are_a_pair_of_one_state():
    got = events_of_type("Dutch MPs have pressed ministers to publish what the new tanks will cost.", "REQUEST")
    assert ("NLD", "NLD", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "The Kenyan government is under pressure over the audit. MPs accused ministers of sitting on it.",
    "MPs accused ministers of sitting on the audit. The Kenyan government is under pressure over it.",
])
def test_the_document_country_before_or_after(text):
    refs = coref_refs(text, DAY)
    assert ("MPs", "KENLEG") in refs and ("ministers", "KENGOV") in refs, refs


# --- left alone: another reading is open ----------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    # a city as a place is a venue, not the story's state
    ("In Geneva, officials said the talks had gone well.", "officials"),
    ("The talks were held in Geneva on Monday. Officials said they had gone well.", "Officials"),
    # the country itself acts on the plural: they may be another state's
    ("Russia accused officials of leaking the audit.", "officials"),
    # a second country in the document
    ("Dutch MPs met their Belgian counterparts on Monday. Ministers were not invited.", "Ministers"),
    # an organisation near: its members
    ("Dutch MPs asked about the EU budget. Ministers agreed to publish it on Monday.", "Ministers"),
])
def test_no_country_where_another_reading_is_open(text, word):
    assert not any(t == word for t, _ in coref_refs(text, DAY)), coref_refs(text, DAY)


@pytest.mark.parametrize("text, word", [
    # a state's forces are often abroad: a place does not place them
    ("In Mali, troops opened fire on the convoy.", "troops"),
    ("Dutch MPs questioned whether soldiers should stay in the region.", "soldiers"),
])
def test_troops_are_not_placed_by_the_lone_country(text, word):
    assert not any(t == word for t, _ in coref_refs(text, DAY)), coref_refs(text, DAY)


@pytest.mark.parametrize("text, word", [
    ("Dutch MPs said some officials had misled them.", "officials"),
    ("Dutch MPs said foreign officials had misled them.", "officials"),
    ("Dutch MPs said officials of the shipyard had misled them.", "officials"),
])
def test_the_old_guards_still_hold(text, word):
    assert not any(t.endswith(word) and c.startswith("NLD") for t, c in coref_refs(text, DAY)), coref_refs(text, DAY)


# --- "accused ministers of lying": a gerund the parse takes as the object is still the charge --
def test_a_gerund_parsed_as_an_object_is_still_the_charge():
    refs = coref_refs("Kenyan opposition MPs accused ministers of lying.", DAY)
    assert ("ministers", "KENGOV") in refs, refs


@pytest.mark.parametrize("text, plural", [
    # the foreign body named after the plural is the other side, not the story's state
    ("MPs urged ministers to raise human rights with Chinese officials.", "ministers"),
    ("Ministers will meet Chinese diplomats next week to discuss trade.", "Ministers"),
    # a country gone to is not the scene
    ("During a visit to Iraq, ministers promised more aid.", "ministers"),
])
def test_a_bare_plural_does_not_take_the_other_sides_country(text, plural):
    from datetime import date

    from diplograph.pipeline import extract_text

    doc = extract_text(text, published=date(2005, 3, 1))
    assert not [m for m in doc.mentions if m.text == plural], doc.mentions
