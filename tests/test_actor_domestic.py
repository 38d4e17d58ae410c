"""Bodies, members and parties of a state named with no country ("the Treasury", "Ministers",
"Labour") stand for the state the story is about (actors/coref.py)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import coded_events

DAY = date(2004, 5, 1)
UK = "Tony Blair gave a speech in London on Monday about Britain's railways. "


def mentions(text: str) -> dict[str, str]:
    """Mention text -> actor code, for every mention of the document."""
    from diplograph.pipeline import extract_text

    return {m.text: m.actor.code for m in extract_text(text, published=DAY).mentions}


@pytest.mark.parametrize("sentence, phrase, code", [
    ("The Ministry of Defence was attacked over the cost of new helicopters.", "The Ministry of Defence", "GBRGOVMIL"),
    ("Critics said the Department of Health had wasted money.", "the Department of Health", "GBRGOVHLH"),
    ("The Ministry of the Interior denied the report.", "The Ministry of the Interior", "GBRGOV"),
    ("Rail unions blamed the Treasury for the cuts.", "the Treasury", "GBRGOV"),
    ("The Foreign Office issued new travel advice.", "The Foreign Office", "GBRGOV"),
    ("The opposition demanded a public inquiry.", "The opposition", "GBROPP"),
    ("Ministers were blamed for hiding the figures.", "Ministers", "GBRGOV"),
    ("Senior ministers met to discuss the strike.", "Senior ministers", "GBRGOV"),
    ("MPs voted against the new fares.", "MPs", "GBRLEG"),
    ("Prosecutors charged two managers after the crash.", "Prosecutors", "GBRJUD"),
    ("Labour attacked the plans as reckless.", "Labour", "GBRPTY"),
    ("He said the Conservatives had no plan for the network.", "the Conservatives", "GBRPTY"),
])
def test_body_of_the_story_state(sentence, phrase, code):
    assert mentions(UK + sentence).get(phrase) == code


def test_two_parties_of_one_state_are_two_actors():
    events = coded_events(UK + "Labour accused the Conservatives of lying about the fares.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert any(e.source and e.target and e.source.code == e.target.code == "GBRPTY" for e in accuse), \
        [(e.source, e.target) for e in accuse]


def test_ministry_whose_complement_names_a_country_keeps_that_country():
    found = mentions(UK + "The Ministry of Defence of Ukraine thanked the donors.")
    assert found.get("Ministry of Defence of Ukraine") == "UKRGOVMIL"
    assert not [code for code in found.values() if code.startswith("GBRGOV") and code != "GBRGOV"]


def test_ministry_of_a_non_portfolio_is_left_alone():
    found = mentions(UK + "The ministry of fun was a joke in the paper.")
    assert not any(text.lower().startswith("the ministry") for text in found)


def test_modifier_party_word_is_no_party_of_its_own():
    found = mentions(UK + "Labour MPs rejected the plan. The Christian Democrats in Germany agreed.")
    assert "Labour" not in found
    assert "Democrats" not in found and "The Christian Democrats" not in found


def test_two_states_and_no_main_one_leave_bare_plurals_alone():
    found = mentions("Iran and Iraq signed a border deal on Monday. Ministers praised the deal.")
    assert "Ministers" not in found


def test_members_next_to_an_organisation_are_its_not_the_state():
    found = mentions("EU foreign ministers met in Brussels with officials from Belgium and Belgium's king. "
                     "Ministers agreed on new sanctions.")
    assert "Ministers" not in found


def test_body_named_before_any_country_takes_the_first_one_named():
    found = mentions("Ministers were blamed for hiding the figures on Tuesday. "
                     "Tony Blair defended the decision.")
    assert found.get("Ministers") == "GBRGOV"


def test_body_named_before_two_countries_is_left_alone():
    found = mentions("Ministers were blamed for hiding the figures on Tuesday. "
                     "Tony Blair and Jacques Chirac defended the decision.")
    assert "Ministers" not in found


def test_one_country_named_once_is_the_story_state():
    found = mentions("Jack Straw said the visa rules were fine. Later the Treasury rejected the costs.")
    assert found.get("the Treasury") == "GBRGOV"


# --- people named again by an honorific and their last name ------------------------------------
def test_honorific_and_last_name_is_the_person_named_in_full():
    found = mentions("Gordon Brown unveiled his budget in London. Later Mr Brown rejected calls for a tax cut.")
    assert found.get("Mr Brown") == "GBRGOV"


def test_honorific_and_a_last_name_two_people_share_is_left_alone():
    found = mentions("George Bush met Jeb Bush in Miami on Monday. Mr Bush said the talks went well.")
    assert "Mr Bush" not in found


def test_honorific_before_an_unknown_last_name_is_left_alone():
    found = mentions("Gordon Brown unveiled his budget in London. Mr Green, a teacher, disliked it.")
    assert "Mr Green" not in found


# --- a title's holder: a shadow minister or a minister called chancellor holds no such office ------
def test_chancellor_of_the_exchequer_is_no_prime_minister():
    found = mentions("Tony Blair and Chancellor Gordon Brown visited Leeds. The prime minister praised the city.")
    assert found.get("The prime minister") == "GBRGOV"


def test_shadow_chancellor_does_not_hold_the_title():
    found = mentions("Chancellor Gordon Brown spoke in London. Shadow chancellor Oliver Letwin attacked him. "
                     "The chancellor replied on Tuesday.")
    assert found.get("The chancellor") == "GBRGOV"
