"""Lead's fixes of session 22, on sentences of our own."""
import pytest
from conftest import events_of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,want", [
    ("The United States will provide 10 million dollars to help Mozambique rebuild after floods.", ("USA", "MOZ")),
    ("Britain provided five million pounds to Malawi for famine relief.", ("GBR", "MWI")),
])
def test_a_sum_of_money_given_is_aid_not_a_currency_market(text, want):
    assert want in {(s, t) for s, t, _ in events_of_type(text, "AID")}


def test_a_currency_supplied_to_a_market_is_still_no_aid():
    assert not events_of_type("The Bundesbank supplied dollars to the market on Friday.", "AID")


@pytest.mark.parametrize("text", [
    "Mexico held talks with its commercial bank creditors in New York on Monday.",
    "Argentina held talks with its creditors in New York.",
    "The Peruvian finance minister met a committee of creditors in Paris on Friday.",
])
def test_the_venue_of_a_meeting_with_an_uncoded_party_is_no_target(text):
    pairs = {(s, t) for s, t, _ in events_of_type(text, "CONSULT")}
    assert pairs and all(t in (None, "") for _, t in pairs), pairs


@pytest.mark.parametrize("text,want", [
    ("Iran held talks with Britain in London.", ("IRN", "GBR")),
    ("The French president visited Algiers on Sunday.", ("FRA", "DZA")),
    ("Iran held talks in Moscow on Tuesday.", ("IRN", "RUS")),
])
def test_a_party_or_host_still_is(text, want):
    assert want in {(s, t) for s, t, _ in events_of_type(text, "CONSULT")}


@pytest.mark.parametrize("text", [
    "The French cabinet met in Paris on Wednesday.",
    "The UN Security Council convened in New York on Friday.",
    "Arab League foreign ministers gathered in Cairo to discuss the crisis.",
])
def test_a_body_sitting_on_its_own_has_no_venue_target(text):
    assert all(t is None for _, t, _ in events_of_type(text, "CONSULT"))


@pytest.mark.parametrize("text,want", [
    ("Iran's foreign minister met in Moscow with his Russian counterpart.", ("IRN", "RUS")),
    ("The French foreign minister met Iraqi officials in Baghdad.", ("FRA", "IRQ")),
])
def test_whom_a_body_meets_is_still_the_target(text, want):
    assert want in {(s, t) for s, t, _ in events_of_type(text, "CONSULT")}
