"""A time clause under a future main clause tells of what is still to come, in the present
("when Pezeshkian visits Moscow") and in the present perfect ("once Ukraine has withdrawn")."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def modality_of(text, trigger):
    evs = [e for e in extract_text(text, published=date(2025, 1, 1)).events if e.trigger == trigger]
    assert evs, f"no event at {trigger!r}"
    return {e.modality for e in evs}


@pytest.mark.parametrize("text, trigger", [
    ("Russia will lift the sanctions once Ukraine has withdrawn its troops from the border.", "withdrawn"),
    ("The embargo will stay until Iran has released the British sailors.", "released"),
    ("Turkey will attend the summit after Greece has apologised.", "apologised"),
])
def test_a_present_perfect_time_clause_under_a_future_is_future(text, trigger):
    assert modality_of(text, trigger) == {"future"}


@pytest.mark.parametrize("text, trigger", [
    ("Kenya withdrew its troops after Somalia had signed the deal.", "signed"),
    ("Russia lifted the sanctions after Ukraine has withdrawn its troops.", "withdrawn"),
])
def test_under_a_past_main_clause_the_time_clause_stays_asserted(text, trigger):
    assert modality_of(text, trigger) == {"asserted"}
