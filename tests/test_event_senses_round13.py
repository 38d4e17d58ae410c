"""Round 13 (issue #4): words with a political and a non-political sense, or two political senses,
told apart on what the sentence says around them. All sentences are our own."""
from __future__ import annotations

import pytest

from conftest import assert_coded, assert_not_coded, coded_events


def _on(text: str, trigger: str) -> set[str]:
    """The types coded on one trigger word."""
    return {e.type for e in coded_events(text) if e.trigger.lower() == trigger}


# --- verbal attacks: a person or a party attacked in words is criticism (CAMEO 111) -----------------
@pytest.mark.parametrize("text, trigger", [
    ("Tony Blair was attacking Mr Campbell in a speech to party members.", "attacking"),
    ("Gordon Brown attacked the Tories in a speech in Glasgow.", "attacked"),
    ("The Tories attacked Labour over hospital waiting lists.", "attacked"),
    ("If you look at what I do, said Mr Blair, I attack Michael Howard politically.", "attack"),
])
def test_attack_on_a_politician_in_words_is_criticism(text, trigger):
    assert _on(text, trigger) == {"ACCUSE"}


@pytest.mark.parametrize("text", [
    "Protesters attacked the Tory MP with eggs outside Parliament in London.",
    "Gunmen attacked Mr Hassan's car in Baghdad, wounding his driver.",
    "Insurgents attacked US troops in Ramadi.",
    "Zanu-PF supporters attacked MDC activists in Harare.",
    "US jets attacked Iraqi positions south of Baghdad.",
])
def test_violent_attacks_stay_assaults(text):
    assert_coded(text, "ASSAULT", None, "ACCUSE")


def test_attack_over_a_stance_is_criticism():
    assert "ASSAULT" not in _on("The Italian prime minister attacked the French president over his handling of "
                                "the budget talks.", "attacked")


def test_attack_on_part_of_a_programme_is_criticism():
    assert "ASSAULT" not in _on("The Commission defended its plans against attacks on key elements of its farm "
                                "programme from Germany.", "attacks")


def test_attack_on_rights_is_no_armed_attack():
    assert "ASSAULT" not in _on("Trade unions in Britain called the bill an attack on workers' rights.", "attack")


def test_under_attack_over_a_story_with_no_actor_hit_is_no_assault():
    assert_not_coded("The BBC's reporter came under attack from Downing Street over his story.", "ASSAULT")


# --- "join": a month, a seat, a campaign, an outing ------------------------------------------------
def test_join_in_march_is_no_march_joined():
    assert_not_coded("He joined the campaign of John Kerry in March.", "PROTEST")


@pytest.mark.parametrize("text", [
    "Mr Obama joined the Senate in 2005.",
    "Mr Straw joined the cabinet in 1997.",
    "Robert Kilroy-Silk joined the UK Independence Party.",
    "He joined the campaign of John Kerry in March.",
    "Gordon Brown is due to join Alan Milburn for a Labour poster launch this week.",
])
def test_a_person_taking_a_seat_or_an_outing_is_no_support(text):
    assert_not_coded(text, "SUPPORT")


@pytest.mark.parametrize("text, dyad", [
    ("Poland joined NATO in 1999.", ("POL", None)),
    ("France joined Germany in opposing the war.", ("FRA", "DEU")),
])
def test_states_joining_a_bloc_or_an_act_still_support(text, dyad):
    assert_coded(text, "SUPPORT", dyad, None)


# --- "appeal": to voters is campaigning, to a body is a request --------------------------------------
@pytest.mark.parametrize("text", [
    "The candidate made an appeal to women voters in Ohio.",
    "Mr Kerry appealed to voters in Florida to back him.",
    "Mr Brown appealed to supporters to unite behind the leader.",
])
def test_appeal_to_voters_is_no_request(text):
    assert_not_coded(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Iran appealed to the United Nations to stop the fighting.",
    "Sri Lanka will appeal to its aid donors for 20 million dollars in support.",
])
def test_appeal_to_a_body_or_donors_is_a_request(text):
    assert_coded(text, "REQUEST", None, None)


# --- "pay tribute": mourning, or to a person who stands for no body ----------------------------------
@pytest.mark.parametrize("text", [
    "Mr Blair paid tribute to the late Pope John Paul II.",
    "Tony Blair paid tribute to the soldiers who died in Basra.",
    "Thousands gathered in Lagos to pay tribute to the Nigerian singer Femi Adeyemi.",
])
def test_tribute_in_mourning_is_no_praise(text):
    assert_not_coded(text, "SUPPORT")


def test_tribute_to_a_leader_is_praise():
    assert_coded("Tony Blair paid tribute to Gordon Brown's economic record.", "SUPPORT", ("GBR", "GBR"), None)


# --- "recognise": a face, a merit, a state ------------------------------------------------------------
def test_recognising_a_face_is_no_recognition():
    assert_not_coded("Only one voter in ten recognised Charles Kennedy in the street survey.", "SUPPORT")


def test_recognising_efforts_is_praise_not_recognition():
    events = [e for e in coded_events("Pakistan recognised the efforts of the Afghan government.")
              if e.type == "SUPPORT"]
    assert events and all(e.cameo == "051" for e in events), [(e.type, e.cameo) for e in events]


def test_recognising_a_state_stays_recognition():
    events = [e for e in coded_events("Pakistan recognised Bangladesh in 1974.") if e.type == "SUPPORT"]
    assert events and events[0].cameo == "054"


# --- battles with illness and campaigns against ills --------------------------------------------------
@pytest.mark.parametrize("text", [
    "The singer died on Friday after a long battle with throat cancer.",
    "Donors pledged new money for the battle against the water crisis in the Sahel.",
    "The president vowed to step up the war on obesity in American schools.",
])
def test_battles_against_ills_are_no_assault(text):
    assert_not_coded(text, "ASSAULT")


def test_battle_with_an_armed_group_stays_assault():
    assert_coded("Israeli forces battled with Hamas fighters in Gaza.", "ASSAULT", ("ISR", "PSE"), None)


# --- strikes over pay -------------------------------------------------------------------------------
def test_strike_over_pay_is_no_armed_strike():
    assert_not_coded("Union leaders began talks with the Bolivian government to end their strike over pay.",
                     "ASSAULT")


def test_miners_strike_is_a_labour_strike():
    assert_coded("The miners' strike in Bolivia entered its third week.", "PROTEST", None, "ASSAULT")


# --- "press": journalists' questions are no demand -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Reporters pressed Mr Blair on the timing of the election.",
    "Mr Blair was pressed by journalists about the war.",
])
def test_pressed_by_reporters_is_no_request(text):
    assert_not_coded(text, "REQUEST")


def test_state_pressing_a_state_is_a_request():
    assert_coded("Britain pressed Iran to suspend enrichment.", "REQUEST", ("GBR", "IRN"), None)


# --- force verbs said of proposals, seats, remarks and leaflets -------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Republicans in the US Congress killed the immigration bill.", "killed"),
    ("The US Senate shot down the president's proposal on Tuesday.", "shot"),
])
def test_killing_a_bill_is_a_rejection(text, trigger):
    assert _on(text, trigger) == {"REJECT"}


@pytest.mark.parametrize("text, trigger", [
    ("Gordon Brown fired a broadside at the Conservatives over their spending plans.", "fired"),
    ("Michael Howard launched a blistering assault on Labour's record on crime.", "assault"),
])
def test_broadsides_and_assaults_in_words_are_criticism(text, trigger):
    assert _on(text, trigger) == {"ACCUSE"}


@pytest.mark.parametrize("text, type_", [
    ("Michael Howard is expected to seize on the minister's remarks.", "COERCE"),
    ("The Liberal Democrats hope to capture seats from Labour in the north.", "COERCE"),
    ("Labour will bombard voters with leaflets in the final week.", "ASSAULT"),
    ("The US Congress sanctioned the use of force against Iraq.", "SANCTION"),
])
def test_figurative_force_is_no_act_of_force(text, type_):
    assert_not_coded(text, type_)


@pytest.mark.parametrize("text, type_, dyad", [
    ("Israel shot down a Syrian jet over the Golan Heights.", "ASSAULT", ("ISR", "SYR")),
    ("Russian warships bombarded Ukrainian positions near Odesa.", "ASSAULT", ("RUS", "UKR")),
    ("Syrian forces captured the town of Palmyra.", "COERCE", ("SYR", None)),
    ("Iran seized a British tanker in the Gulf.", "COERCE", ("IRN", "GBR")),
    ("The United States sanctioned Iran over its nuclear programme.", "SANCTION", ("USA", "IRN")),
])
def test_literal_force_is_kept(text, type_, dyad):
    assert_coded(text, type_, dyad, None)


# --- barrages of words, and attacks from a party ------------------------------------------------------
def test_barrage_of_questions_is_no_shelling():
    assert_not_coded("Tony Blair faced a barrage of questions from MPs.", "ASSAULT")


def test_barrage_of_criticism_is_criticism():
    assert _on("Tony Blair faced a barrage of criticism from Labour MPs.", "barrage") == {"ACCUSE"}


def test_barrage_of_rockets_stays_an_assault():
    assert_coded("Hamas fired a barrage of rockets into Israel.", "ASSAULT", ("PSE", "ISR"), None)


def test_attacks_from_a_party_are_criticism():
    assert _on("Mr Blair defended his record on Iraq against attacks from the Liberal Democrats.",
               "attacks") == {"ACCUSE"}


def test_attacks_from_an_armed_group_stay_assaults():
    assert_coded("Israel defended its raid against attacks from Hezbollah.", "ASSAULT", None, "ACCUSE")
