"""References, round 13: pronoun chains (also from a title: "the prime minister ... He"), "they"
after two parties of one state, "the party", an officer named by the office ("Iran's foreign
minister ... He"). The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2005, 3, 1)


def refs(text, day=DAY):
    return coref_refs(text, day)


# --- a pronoun continues a pronoun ------------------------------------------------------------
def test_he_continues_an_earlier_he():
    text = ("Charles Kennedy said the levy was unfair. The new discount changed nothing, he added. "
            "He also accused ministers of ignoring the elderly.")
    found = refs(text)
    assert ("he", "GBROPP") in found and ("He", "GBROPP") in found


def test_it_continues_an_earlier_it():
    text = "Iran said it would resume enrichment. It also blamed Israel for the blast. It later warned Washington."
    assert [f for f in refs(text) if f[0].lower() == "it"] == [("it", "IRN"), ("It", "IRN"), ("It", "IRN")]


def test_a_chain_does_not_count_towards_the_main_country():
    # the pronouns are no new names: "the government" still has no main country to take
    text = "Tony Blair met Jacques Chirac. He said he was pleased. The government said nothing."
    assert ("The government", "GBRGOV") not in refs(text)


# --- party adjectives with no party noun are no actors ----------------------------------------
def test_party_adjectives_without_a_partys_noun_are_no_actors():
    text = ("Ministers in Britain published the figures. Conservative estimates put the cost at 2bn. "
            "Democratic reforms were promised. Critics attacked the liberal use of force. "
            "The Social Democratic leader was absent.")
    assert [f for f in refs(text) if "onservative" in f[0] or "emocratic" in f[0] or "iberal" in f[0]] == []


# --- they after two parties of one state; "the party" --------------------------------------------
def test_they_after_two_parties_of_one_state():
    text = ("Tony Blair spoke in London about Britain's schools. "
            "The Conservatives and the Liberal Democrats say they want the advice published.")
    found = refs(text)
    assert ("they", "GBRPTY") in found
    assert len([f for f in found if f[0] == "they"]) == 2


def test_the_party_is_the_one_party_named_before():
    text = "Pupils in Britain would be given free lessons by a future Tory government, the party has said."
    assert ("the party", "GBRPTY") in refs(text)


def test_the_party_with_two_parties_named_is_left_alone():
    text = ("Ministers in Britain faced questions. Tony Blair said little. Labour attacked the Tories on Monday. "
            "The party said the figures were wrong.")
    found = refs(text)
    assert ("Labour", "GBRPTY") in found
    assert [f for f in found if f[0] == "The party"] == []
    # a party family the text leaves without a state is a reading too
    text = "Labour attacked the Tories on Monday. The party said the figures were wrong."
    assert [f for f in refs(text) if f[0] == "The party"] == []


def test_the_party_as_an_object_is_left_alone():
    text = "The Tories in Britain met on Monday. Ministers later attended the party at Downing Street."
    assert [f for f in refs(text) if f[0] == "the party"] == []


# --- a title's holder continued by "he" ---------------------------------------------------------
def test_he_after_a_title_points_to_its_holder():
    text = ("Tony Blair visited Paris on Monday. The prime minister said the talks went well. "
            "He also criticised the French farm subsidies.")
    found = refs(text)
    assert ("The prime minister", "GBRGOV") in found and ("He", "GBRGOV") in found


def test_he_after_a_title_with_two_people_in_reach_is_left_alone():
    text = ("Tony Blair met Jacques Chirac in Paris. The prime minister and the president spoke for an hour. "
            "He said the talks went well.")
    assert [f for f in refs(text) if f[0] == "He"] == []

# --- an officer named by the office is whom a later "he" stands for ------------------------------
def test_he_after_a_states_officer():
    found = refs("Iran's foreign minister said the talks had failed. He accused Washington of bad faith.")
    assert ("He", "IRNGOV") in found


def test_it_after_a_states_officer_is_still_the_state():
    assert ("it", "IRNGOV") in refs("Iran's foreign minister said it would retaliate.")


def test_he_after_a_partys_spokesman():
    text = ("Ministers in London face questions about British debt. The Lib Dems' Treasury spokesman is "
            "unveiling a policy. He wants tougher checks on lenders.")
    assert ("He", "GBRPTY") in refs(text)


def test_he_after_two_officers_of_different_states_is_left_alone():
    text = "Iran's foreign minister and Russia's defence minister met in Moscow. He said the talks went well."
    assert [f for f in refs(text) if f[0] == "He"] == []
