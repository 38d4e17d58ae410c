"""Local and generic actors take the country where the story happens (actors/local.py)."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import events_of_type, found


def mentions(text: str):
    from diplograph.pipeline import extract_text

    return extract_text(text, published=date(2024, 3, 4)).mentions


def coded(text: str, words: str):
    """The codes of the mentions over ``words``."""
    return {m.actor.code for m in mentions(text) if m.text == words}


@pytest.mark.parametrize("text, words, code", [
    # a named local force, in a story set in one country
    ("A car was set alight in a park in Leeds on Friday. A man was arrested by West Yorkshire Police on Saturday.",
     "West Yorkshire Police", "GBRCOP"),
    # the place of the sentence decides over the story's
    ("Talks between London and Paris resumed. In Lyon, police detained two drivers after the crash.",
     "police", "FRACOP"),
    # the dateline gives the country when nothing else does
    ("NAIROBI, May 2 - Police said the road would stay closed until Monday.", "Police", "KENCOP"),
    # a town council and a mayor
    ("Floods hit the town of Keswick in England on Tuesday. The town council voted to open a shelter.",
     "town council", "GBRGOV"),
    ("Floods hit homes in Perth, Australia on Tuesday. The mayor said the shelter was full.", "mayor", "AUSGOV"),
    # counted victims
    ("A bus crashed near Lahore, Pakistan on Sunday, and a blast there killed four people.", "people", "PAKCVL"),
    # armed officers in a story that names the police
    ("Police sealed off a street in Lille, France. Armed officers shot the gunman.", "Armed officers", "FRACOP"),
])
def test_local_actor_takes_the_country_of_the_story(text, words, code):
    assert code in coded(text, words)


def test_police_and_the_person_arrested_both_get_the_country():
    text = "A shop was robbed in Bristol, England on Monday. Police said they had arrested a second man."
    assert ("GBR", "GBR", "asserted") in found(text, "COERCE") or ("GBR", "GBR", "claimed") in found(text, "COERCE")


def test_passive_arrest_of_a_person_is_the_state_of_the_story():
    text = "A painting was taken from a gallery in Glasgow, Scotland on Sunday. A woman was arrested on Tuesday."
    assert {(s, t) for s, t, _ in found(text, "COERCE")} == {("GBR", "GBR")}


def test_an_actor_before_the_country_is_named_takes_it_from_the_next_sentence():
    text = ("On Sunday, Avon Police told reporters they were holding a third suspect. "
            "Two paintings vanished on Friday from a museum in Bath, England.")
    assert "GBRCOP" in coded(text, "Avon Police")


@pytest.mark.parametrize("text, words", [
    # no place and no country in the story: nothing
    ("Police said the road would stay closed until Monday.", "Police"),
    # people at large, not counted victims or crowds
    ("A poll in Britain found that 40% of people would vote for the plan.", "people"),
    # a possessor or complement decides, not the story
    ("Protests spread in Lima, Peru. Its police said nothing.", "police"),
    # a council that is no town's
    ("Talks were held in Madrid, Spain. The Atlantic Council said the talks failed.", "Atlantic Council"),
    # "non-residents" are not residents
    ("Banks in Oslo, Norway said non-residents may buy the bonds.", "residents"),
    # a police word that modifies another noun
    ("The government in Kent, England raised military and police spending.", "police"),
])
def test_no_local_actor(text, words):
    assert not [m for m in mentions(text) if m.text.endswith(words) and m.actor.country]


def test_private_persons_only_in_a_sentence_of_a_legal_act():
    text = "A market was busy in Leeds, England on Friday. A man shouted at a woman near the station."
    assert not [m for m in mentions(text) if m.text in ("man", "woman")]
    text = "A market was busy in Leeds, England on Friday. Police detained a man near the station."
    assert "GBR" in coded(text, "man")


def test_crime_between_private_persons_stays_uncoded():
    # the sentence names an arrest, so the persons get a country; their quarrel is still no event
    plain = "A shop was robbed in Derby, England. A man who was charged on Monday threatened a woman."
    assert not found(plain, "THREATEN")


def test_police_arriving_is_no_visit():
    text = "A fire broke out in Cardiff, Wales on Monday. Police arrived and closed the road."
    assert not found(text, "CONSULT")


def test_a_private_person_is_never_the_state_acting():
    """A legal word elsewhere in the sentence gives "a man" the story's country, but he does
    not become the British state criticising its government."""
    found = events_of_type("LONDON, May 2 - A man criticised the British government over the question of housing.", "ACCUSE")
    assert all(src != "GBR" for src, _, _ in found), found
