"""Lead's fixes of session 21: false alarms the CAMEO-code probes showed. Sentences written for
these tests."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def types(text, day=date(2005, 3, 1)):
    return [e.type for e in extract_text(text, published=day).events]


# a rally of prices is no crowd
@pytest.mark.parametrize("text", [
    "A stock market rally lifted shares in Tokyo on Monday.",
    "Oil prices rallied on Tuesday after the cartel cut output.",
    "The Nikkei staged a strong rally on Friday.",
    "A late rally in the dollar helped exporters.",
])
def test_a_market_rally_is_no_protest(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Opposition supporters staged a rally in Dhaka against the government.",
    "Farmers held a rally in Paris over fuel prices.",
    "Thousands of students rallied in Caracas against the oil minister.",
])
def test_a_rally_of_people_stays_a_protest(text):
    assert "PROTEST" in types(text)


# a post or position of forces is ground, not a stance
@pytest.mark.parametrize("text", [
    "Maoist guerrillas attacked a police post in Nepal's western hills on Sunday.",
    "Rebels attacked an army post near the Chadian border.",
])
def test_an_attack_on_a_force_post_is_an_assault(text):
    found = types(text)
    assert "ASSAULT" in found and "ACCUSE" not in found, found


def test_an_attack_on_a_social_media_post_is_words():
    assert "ASSAULT" not in types("The minister attacked the opposition leader's post on social media.")
