"""Armed groups named without a country take the country their own sentence gives them
(actors/local.py, ``armed_actors``): a place in their phrase, or the state rebels fight."""
from __future__ import annotations

from datetime import date

import pytest


def mentions(text: str):
    from diplograph.pipeline import extract_text

    return extract_text(text, published=date(2024, 3, 4)).mentions


def codes(text: str, words: str) -> set[str]:
    """The codes of the mentions over ``words``."""
    return {m.actor.code for m in mentions(text) if m.text == words}


@pytest.mark.parametrize("text, words, code", [
    # a part of a country after "in the ... of": rebels keep the dictionary's sector
    ("Rebels in the south of Chad burned two trucks on Friday.", "Rebels", "TCDREB"),
    ("Insurgents in the east of Niger ambushed a patrol on Sunday.", "Insurgents", "NERREB"),
    # the state a rebel group fights, through a participle or as the object of "fought"
    ("An armed rebel group fighting Uganda's government freed two aid workers.", "armed rebel group", "UGAREB"),
    ("Rebels fought Malian troops for two hours on Monday.", "Rebels", "MLIREB"),
    # forces that a word makes a state's, with a town of the sentence in their phrase
    ("Government troops near Mosul opened a new road on Friday.", "Government troops", "IRQMIL"),
    # forces named by a people or a faith, not by a state, are rebels
    ("Muslim fighters in Bosnia seized a police post on Friday.", "Muslim fighters", "BIHREB"),
])
def test_armed_group_takes_the_country_of_its_sentence(text, words, code):
    assert code in codes(text, words)


@pytest.mark.parametrize("text, words", [
    # bare forces: whose they are is not said (troops abroad are not the host's)
    ("Troops in Syria withdrew from two bases on Friday.", "Troops"),
    # no place and no state fought in the sentence: never the story's country for armed groups
    ("Floods hit Kenya last week. Rebels burned two trucks on Friday.", "Rebels"),
    # the place is elsewhere in the sentence, not in the group's own phrase
    ("Officials in Paris said rebels had freed the hostages.", "rebels"),
    # places of two countries in the phrase: no reading
    ("Rebels on the border of Chad and Sudan burned two trucks.", "Rebels"),
    # a name of their own decides, not the place
    ("Guerrillas loyal to Fidel Castro in Bolivia raided a mine.", "Guerrillas"),
])
def test_armed_group_without_a_country_in_its_phrase_is_left_alone(text, words):
    assert not {c for c in codes(text, words) if c[:3].isalpha() and len(c) > 3}


def test_state_forces_keep_the_sector_the_dictionary_gives():
    # "security forces" are the police sector in the dictionary; the place gives the country
    assert "PAKCOP" in codes("Security forces near Lahore arrested two men on Friday.", "Security forces")


def test_armed_group_becomes_the_source_of_its_event():
    from conftest import coded_events

    evs = coded_events("Rebels in the north of Mali attacked an army post on Tuesday.")
    assert any(e.source and e.source.code == "MLIREB" for e in evs)
