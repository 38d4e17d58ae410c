"""Events, session 16 (lead): an event named under a noun of what may come is not asserted: "fears of an invasion", "the
threat of a strike", "warnings of a blockade" (hypothetical or future), "rumours of a coup"
(hedged), "allegations of shelling" (claimed); an event under a preposition of background
("amid fears of ...") keeps that. A real event under "concern over" or after "following" stays
asserted. "Talk of a deal" holds no talks; the doer of a condemned act is named with "by", not
"of". The sentences are written for these tests."""
import pytest

from conftest import coded_events, modalities

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, type_, expected", [
    ("Markets fell amid fears of a Russian invasion of Ukraine.", "ASSAULT", {"hypothetical"}),
    ("The talks resumed despite threats of an Israeli strike on Iran.", "ASSAULT", {"future", "hypothetical"}),
    ("Troops were deployed after warnings of a Chinese blockade of Taiwan.", "COERCE", {"hypothetical"}),
    ("Shares slid on the risk of a Turkish offensive against Syria.", "ASSAULT", {"hypothetical"}),
    ("Prices rose following speculation about an Indian strike on Pakistan.", "ASSAULT", {"hedged"}),
])
def test_an_event_under_a_noun_of_what_may_come_is_not_asserted(text, type_, expected):
    found = modalities(text, type_)
    assert found and found <= expected and "asserted" not in found


@pytest.mark.parametrize("text, type_", [
    ("The minister resigned following the Russian invasion of Ukraine.", "ASSAULT"),
    ("The UN voiced concern over the Russian invasion of Ukraine.", "ASSAULT"),
])
def test_a_real_event_in_the_background_stays_asserted(text, type_):
    assert "asserted" in modalities(text, type_)


@pytest.mark.parametrize("text, held", [
    ("Markets rose on talk of a trade deal between China and the United States.", False),
    ("There was talk about a war between India and Pakistan.", False),
    ("The talk between Biden and Xi lasted two hours.", True),
    ("China and the United States held talks on trade.", True),
])
def test_talk_of_something_is_no_talks(text, held):
    assert bool(modalities(text, "CONSULT")) == held


# --- the doer of a condemned act is named with "by", not "of" ------------------------------------
def accuse_targets(text):
    return {e.target.code if e.target else None for e in coded_events(text) if e.type == "ACCUSE"}


@pytest.mark.parametrize("text, target", [
    ("Japan condemned the shelling of Kyiv by Russian forces.", "RUSMIL"),
    ("Japan condemned the invasion of Ukraine by Russia.", "RUS"),           # "by" on the verb
    ("The UN criticised the detention of journalists by Egyptian police.", "EGYCOP"),
    ("Japan condemned the Russian shelling of Kyiv.", "RUS"),
])
def test_the_doer_of_a_condemned_act_is_its_target(text, target):
    assert accuse_targets(text) == {target}


def test_with_no_doer_named_the_act_keeps_its_of():
    assert accuse_targets("Japan condemned the killing of Iranian diplomats.") == {"IRNGOV"}
