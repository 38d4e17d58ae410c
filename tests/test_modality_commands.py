"""An act one actor tells or directs another to do is asked for, not done; what a state tells
its own forces to do is its announced intention; "told reporters that ..." reports a fact."""
from __future__ import annotations

import pytest

from conftest import coded_events, modalities


@pytest.mark.parametrize("text, event_type", [
    ("Washington told Moscow to withdraw its troops from the border.", "RETREAT"),
    ("India told Pakistan to stop the attacks on Sunday.", "RETREAT"),
    ("The UN told Israel to pull its forces out of Gaza.", "RETREAT"),
    ("The United States told Iran to free the detained sailors.", "RETREAT"),
])
def test_an_act_told_to_another_is_not_asserted(text, event_type):
    found = modalities(text, event_type)
    assert found, f"no {event_type} in {text!r}"
    assert "asserted" not in found


def test_a_fact_told_to_reporters_stays_asserted():
    found = modalities("The minister told reporters that Israel had pulled its forces out of Gaza.", "RETREAT")
    assert found == {"asserted"}


def test_what_a_state_tells_its_own_troops_is_its_intention():
    found = modalities("The Kremlin told its generals to withdraw the troops from the border.", "RETREAT")
    assert found == {"future"}


@pytest.mark.parametrize("text, event_type", [
    ('"Withdraw your troops from Lebanon," the US told Syria.', "RETREAT"),
    ('"Impose sanctions on Iran," the US told the Security Council.', "SANCTION"),
    ('"Now withdraw your troops from Lebanon," the US told Syria.', "RETREAT"),
    ('"Stop enrichment and withdraw your troops from Lebanon," the US told Iran.', "RETREAT"),
    ('"Syria, withdraw your troops from Lebanon," Bush said.', "RETREAT"),
])
def test_a_quoted_command_is_not_asserted_and_is_a_demand(text, event_type):
    events = coded_events(text)
    found = {e.modality for e in events if e.type == event_type}
    assert found and "asserted" not in found
    assert any(e.type == "REQUEST" and e.modality == "asserted" for e in events)


def test_a_quoted_statement_of_fact_is_no_command():
    events = coded_events('"We withdrew our troops from Lebanon," the Syrian minister said.')
    assert not any(e.type == "REQUEST" for e in events)
    assert {e.modality for e in events if e.type == "RETREAT"} and "hypothetical" not in {e.modality for e in events}
