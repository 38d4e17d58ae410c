"""Who reports, records or grieves over an act did not do it: the subject of such a verb is
not the source of the event its object names; the verbs that perform an act still give it."""
from __future__ import annotations

import pytest

from conftest import coded_events


def _sources(text: str, event_type: str) -> set:
    return {e.source.country if e.source else None for e in coded_events(text) if e.type == event_type}


@pytest.mark.parametrize("text, event_type, observer", [
    ("China mourned the killing of its diplomats in the embassy.", "ASSAULT", "CHN"),
    ("Pakistan reported the shelling of its border posts on Monday.", "ASSAULT", "PAK"),
    ("The Kenyan ministry recalled the bombing of the embassy in 1998.", "ASSAULT", "KEN"),
    ("Media in India and Pakistan describe the deal as a step forward.", "SUPPORT", "IND"),
])
def test_the_observer_is_not_the_actor(text, event_type, observer):
    assert observer not in _sources(text, event_type)


@pytest.mark.parametrize("text, event_type, actor", [
    ("Russia launched an attack on the town of Bakhmut.", "ASSAULT", "RUS"),
    ("Iran carried out the bombing of the camps in Iraq.", "ASSAULT", "IRN"),
    ("Syrian troops began the shelling of the town at dawn.", "ASSAULT", "SYR"),
])
def test_verbs_that_perform_the_act_still_give_its_source(text, event_type, actor):
    assert actor in _sources(text, event_type)
