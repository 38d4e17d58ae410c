"""'his country', 'her nation': the state of the one person the possessive points to, so that a
speaker's report about their own state has a source. The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2024, 3, 1)


@pytest.mark.parametrize("text, phrase, code", [
    ("North Korean leader Kim Jong Un denied that his country had sent artillery shells to Russia.",
     "his country", "PRK"),
    ("Lavrov said his country was ready to supply more oil to India.", "his country", "RUS"),
    ("Finnish President Alexander Stubb said his nation would not be intimidated by Moscow.", "his nation", "FIN"),
])
def test_own_country_of_a_person(text, phrase, code):
    assert (phrase, code) in coref_refs(text, DAY)


@pytest.mark.parametrize("text", [
    # no person named: nothing to point to
    "The company chairman said his country needed more investment from Japan.",
    # two people of two states: "his" has no single reading
    "Putin told Macron that his country would not back down.",
])
def test_own_country_needs_one_person(text):
    assert not any(t.lower() in ("his country", "his nation") for t, _ in coref_refs(text, DAY))
