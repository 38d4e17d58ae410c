"""References, round 15: critics said to be from across a country ("critics from across
Spain's political landscape"). The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2004, 11, 1)


def refs(text, day=DAY):
    return coref_refs(text, day)


# --- critics from across a country --------------------------------------------------------------
@pytest.mark.parametrize("text, critic, code", [
    ("Critics from across Spain's political landscape have condemned the new levy.", "Critics", "ESP"),
    ("Opponents from across Germany have attacked the pension reform.", "Opponents", "DEU"),
])
def test_critics_from_across_a_country_are_of_that_country(text, critic, code):
    assert (critic, code) in refs(text)


@pytest.mark.parametrize("text", [
    "Critics of Britain's levy say it hurts farmers.",  # whose critics: not said
    "Critics say the levy hurts farmers in France.",  # bare critics
    "Critics from the Labour Party and from France attacked the plan.",  # a body and a country
    "Critics from France and Italy attacked the plan.",  # two countries
    "The plan's critics from Germany and Italy met in Rome.",  # two countries
])
def test_critics_with_no_single_country_of_their_own_are_left_alone(text):
    assert not any(t in ("Critics", "critics") for t, _ in refs(text))



def test_critics_from_a_countrys_magazines_are_left_alone():
    # the country modifies another noun: whose critics they are is the magazines' affair
    assert not any(t == "critics" for t, _ in refs("The panel was made up of critics from British film magazines."))
