"""Lead's fixes of session 23 outside modality, on sentences of our own."""
import pytest
from conftest import events_of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Brazilian coffee shipments to the United States fell to 80,000 tonnes in March.",
    "Iranian oil deliveries to India dropped by half.",
    "Canadian wheat exports to the Soviet Union rose 12 percent last year.",
])
def test_a_trade_flow_told_as_a_figure_is_no_event(text):
    assert not events_of_type(text, "AID") and not events_of_type(text, "COOPERATE")


@pytest.mark.parametrize("text,want", [
    ("Russian arms deliveries to Syria rose to 40 tanks a month.", ("RUS", "SYR")),
    ("Russian arms deliveries to Syria increased sharply in 2015.", ("RUS", "SYR")),
    ("Iran's deliveries of drones to Russia have doubled.", ("IRN", "RUS")),
    ("The delivery of wheat to Yemen by the UN reached the port on Monday.", (None, "YEM")),
])
def test_arms_flows_and_flows_without_a_figure_are_still_acts(text, want):
    got = {(s, t) for s, t, _ in events_of_type(text, "AID")}
    assert any(t == want[1] and (want[0] is None or s == want[0]) for s, t in got), got
