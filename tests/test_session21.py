"""Lead's fixes of session 21: false alarms the CAMEO-code probes showed. Sentences written for
these tests."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def types(text, day=date(2005, 3, 1)):
    return [e.type for e in extract_text(text, published=day).events]


# a rally of prices is no crowd
@pytest.mark.parametrize("text", [
    "A stock market rally lifted shares in Tokyo on Monday.",
    "Oil prices rallied on Tuesday after the cartel cut output.",
    "The Nikkei staged a strong rally on Friday.",
    "A late rally in the dollar helped exporters.",
])
def test_a_market_rally_is_no_protest(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Opposition supporters staged a rally in Dhaka against the government.",
    "Farmers held a rally in Paris over fuel prices.",
    "Thousands of students rallied in Caracas against the oil minister.",
])
def test_a_rally_of_people_stays_a_protest(text):
    assert "PROTEST" in types(text)


# a post or position of forces is ground, not a stance
@pytest.mark.parametrize("text", [
    "Maoist guerrillas attacked a police post in Nepal's western hills on Sunday.",
    "Rebels attacked an army post near the Chadian border.",
])
def test_an_attack_on_a_force_post_is_an_assault(text):
    found = types(text)
    assert "ASSAULT" in found and "ACCUSE" not in found, found


def test_an_attack_on_a_social_media_post_is_words():
    assert "ASSAULT" not in types("The minister attacked the opposition leader's post on social media.")


def events(text, day=date(2005, 3, 1)):
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in extract_text(text, published=day).events]


# review 21: each rule fires only where its comment says
@pytest.mark.parametrize("text", [
    "The opposition attacked the government's border policy.",
    "Labour attacked the police reforms on Tuesday.",
    "The senator attacked the military budget.",
])
def test_an_attack_on_a_policy_of_forces_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Traders staged a rally in Kathmandu against the new sales tax.",
    "Shopkeepers and traders rallied in Dhaka against the VAT.",
])
def test_traders_rallying_is_a_protest(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", ["Wall Street's rally continued on Tuesday.", "Copper rallied to a three-month high."])
def test_a_rally_of_a_market_or_metal_is_no_protest(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "The minister called the boycott a mistake.",
    "The prime minister called the boycott unfair.",
    "The government called the strike by teachers a political stunt.",
])
def test_calling_a_boycott_something_is_no_boycott_held(text):
    assert not any(m == "asserted" for _, _, _, m in events(text))


def test_a_strike_called_is_still_staged():
    assert any(k == "PROTEST" and m == "asserted" for k, _, _, m in events(
        "The unions called a general strike in Nigeria on Monday."))


@pytest.mark.parametrize("text", [
    "Hamas militants killed two civilians in a rocket attack.",
    "Gunmen killed four villagers on Sunday, the army said.",
])
def test_an_armed_group_killing_civilians_does_not_say_whose(text):
    found = events(text)
    assert any(k == "ASSAULT" for k, _, _, _ in found), found
    assert not any(k == "ASSAULT" and s and t and s[:3] == t[:3] for k, s, t, _ in found), found


def test_police_striking_civilians_still_act_at_home():
    assert any(k == "ASSAULT" and s == "EGYCOP" and (t or "")[:3] == "EGY" for k, s, t, _ in events(
        "Egyptian police tortured detainees, a rights group said."))


def test_a_foreign_state_asking_rebels_does_not_make_them_its_own():
    found = events("The French government demanded that rebels in Chad end their offensive.")
    assert not any(k == "REQUEST" and t == "FRAREB" for k, _, t, _ in found), found


@pytest.mark.parametrize("phrase, code", [
    ("Iraq's Sunni ministers", "IRQGOV"), ("Indian Union minister", "INDGOV"),
    ("the Indian Union Home Minister", "INDGOV"), ("Chinese intellectual property office", "CHN"),
    ("Chinese intellectuals", "CHNEDU"), ("Kenya's industry ministry", "KENGOVBUS"),
])
def test_portfolio_words_and_head_only_words(phrase, code):
    from diplograph.actors.resolve import resolve_phrase
    actor = resolve_phrase(phrase, day=date(2005, 1, 1))
    assert actor is not None and actor.code == code, actor


@pytest.mark.parametrize("text", [
    "The president cancelled a campaign rally in Ohio.",
    "The authorities cancelled the May Day march in Minsk.",
])
def test_a_rally_cancelled_by_a_state_or_a_campaign_eases_no_dissent(text):
    assert "CONCEDE" not in types(text)


def test_protesters_cancelling_their_protest_concede():
    assert "CONCEDE" in types("Striking miners in Bolivia cancelled a protest planned for Friday.")


@pytest.mark.parametrize("text", ["Police sealed off the area after a gas leak.",
                                  "Police sealed off the area around the bank after the robbery."])
def test_a_cordon_at_a_scene_is_no_siege(text):
    assert "COERCE" not in types(text)


@pytest.mark.parametrize("text", ["A Buddhist monk set fire to himself in protest in Saigon.",
                                  "Two Tibetan nuns set themselves on fire in Sichuan."])
def test_self_immolation_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", ["Football riots broke out in Glasgow.", "Prison riots erupted in Brazil."])
def test_fans_and_inmates_riots_are_no_one_against_the_state(text):
    assert not any(s or t for _, s, t, _ in events(text))


def test_fuel_riots_are_the_place_against_its_government():
    assert ("PROTEST", "NGA", "NGA") in {(k, s, t) for k, s, t, _ in events("Fuel riots broke out in Nigeria on Monday.")}


@pytest.mark.parametrize("text", [
    "A court in Cairo found the three journalists not guilty of spreading false news.",
    "A tribunal in Dhaka found the opposition leader not guilty of sedition.",
])
def test_found_not_guilty_is_no_conviction(text):
    assert "SANCTION" not in types(text)


def test_found_guilty_is_a_conviction():
    assert "SANCTION" in types("A Cairo court found three Al Jazeera journalists guilty of spreading false news.")
