"""An act one actor tells or directs another to do is asked for, not done; what a state tells
its own forces to do is its announced intention; "told reporters that ..." reports a fact."""
from __future__ import annotations

import pytest

from conftest import coded_events


def _modalities(text: str, event_type: str) -> set[str]:
    return {e.modality for e in coded_events(text) if e.type == event_type}


@pytest.mark.parametrize("text, event_type", [
    ("Washington told Moscow to withdraw its troops from the border.", "RETREAT"),
    ("India told Pakistan to stop the attacks on Sunday.", "RETREAT"),
    ("The UN told Israel to pull its forces out of Gaza.", "RETREAT"),
    ("The United States told Iran to free the detained sailors.", "RETREAT"),
])
def test_an_act_told_to_another_is_not_asserted(text, event_type):
    found = _modalities(text, event_type)
    assert found, f"no {event_type} in {text!r}"
    assert "asserted" not in found


def test_a_fact_told_to_reporters_stays_asserted():
    found = _modalities("The minister told reporters that Israel had pulled its forces out of Gaza.", "RETREAT")
    assert found == {"asserted"}


def test_what_a_state_tells_its_own_troops_is_its_intention():
    found = _modalities("The Kremlin told its generals to withdraw the troops from the border.", "RETREAT")
    assert found == {"future"}
