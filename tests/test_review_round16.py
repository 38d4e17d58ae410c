"""Fixes from session 16's independent review: agreements not yet concluded, a republic's "the
King", protesters of a dateline's country where the sentence names another. The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coded_events, coref_refs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, coded", [
    ("Iran and Russia drafted a treaty on defence.", False),
    ("Iran and Russia are working out a deal on gas.", False),
    ("Iran and Russia signed a deal on gas.", True),
    ("Iran and Russia agreed on a deal on gas.", True),
])
def test_an_agreement_is_an_event_only_when_concluded(text, coded):
    assert bool([e for e in coded_events(text) if e.type in ("SUPPORT", "AGREE")]) == coded


def test_the_king_of_a_republic_is_no_one():
    assert [r for r in coref_refs("Israeli officials said the King had rejected the plan.", date(2005, 3, 1))
            if r[0] == "the King"] == []
    assert ("the King", "JORGOV") in coref_refs("Jordanian officials said the King had rejected the plan.",
                                                date(2005, 3, 1))


@pytest.mark.parametrize("text, source", [
    ("LONDON, March 3 (Reuters) - Oil workers went on strike on Monday, halting output at Nigeria's largest oilfield.", None),
    ("GENEVA, March 3 (Reuters) - Thousands of refugees protested against food cuts in camps run by the UN.", None),
    ("LAGOS, March 3 - Teachers went on strike over pay.", "NGALAB"),
])
def test_protesters_take_the_datelines_country_only_when_no_other_is_named(text, source):
    found = [e.source.code if e.source else None for e in coded_events(text) if e.type == "PROTEST"]
    assert found and set(found) == {source}
