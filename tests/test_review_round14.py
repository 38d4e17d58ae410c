"""Rules of this round narrowed after review: each case is a shape the first version got wrong."""
from __future__ import annotations

import pytest

from conftest import coded_events


def _coded(text: str) -> set[tuple]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in coded_events(text)}


def _types(text: str) -> set[str]:
    return {e.type for e in coded_events(text)}


@pytest.mark.parametrize("text", [
    "The weapons were seized on Monday by Iraqi police.",
    "Iraqi police seized on Monday a cache of weapons.",
])
def test_a_date_after_seize_is_no_seizing_on(text):
    assert "COERCE" in _types(text) and "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", [
    "British troops came under attack from the Taliban for the second time this week.",
    "The Israeli army came under attack from Hamas over the fence.",
    "A US convoy came under attack over the river near Baghdad.",
])
def test_armed_attacks_come_under_are_no_criticism(text):
    assert "ACCUSE" not in _types(text) and "ASSAULT" in _types(text)


def test_words_come_under_from_a_state_are_criticism():
    assert ("ACCUSE", "DEU", "FRA") in _coded("The French government came under attack from Germany over its budget.")


def test_militiamen_attacking_a_leader_is_an_assault():
    found = _types("Militiamen attacked opposition leader Morgan Tsvangirai in Harare, the MDC said.")
    assert "ASSAULT" in found and "ACCUSE" not in found


def test_fighting_drug_traffickers_is_fighting():
    assert "ASSAULT" in _types("Colombian troops are fighting against drug traffickers in the south.")
    assert "ASSAULT" not in _types("Nigeria is fighting against drugs and corruption.")


def test_rebels_capturing_a_market_take_it():
    assert "COERCE" in _types("Rebels captured the main market in Mogadishu.")


def test_a_mourning_word_in_the_reason_keeps_the_tribute():
    assert ("SUPPORT", "USA", "GBR") in _coded("Bush paid tribute to Blair for his stand against the death penalty.")
    assert "SUPPORT" not in _types("Tributes were paid to the late pope by the Polish president.")


def test_a_second_speech_verb_is_read_on_its_own():
    found = _coded("Russia said Georgia must stop the shelling, and the US said Iraq needs to hold elections.")
    assert ("REQUEST", "RUS", "GEO") in found and ("REQUEST", "USA", "IRQ") in found


def test_a_passive_need_asks_nothing_of_its_subject():
    assert ("REQUEST", "USA", "IRN") not in _coded("The US said Iran needs to be punished.")
    assert ("REQUEST", "USA", "IRN") in _coded("The US said Iran needs to stop enrichment.")


@pytest.mark.parametrize("text", [
    "The US said Georgia had done nothing to provoke Russia.",
    "France said Britain could do little to stop the war.",
])
def test_doing_nothing_blameless_or_unable_is_no_criticism(text):
    assert "ACCUSE" not in _types(text)


def test_regretting_a_killing_by_ones_troops_keeps_its_source():
    assert ("ASSAULT", "ISR", "PSE") in _coded("Israel regretted the killing of Palestinian civilians by its troops.")
