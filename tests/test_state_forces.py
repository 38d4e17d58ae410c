"""A state's forces named with no owner ("the army", "an army convoy", "killing 12 soldiers")
take the one state the text leaves them to (actors/local.py, ``state_forces``); never the
place's country where another state's forces may be meant."""
from __future__ import annotations

from datetime import date

import pytest


def doc(text: str, day: date = date(1998, 6, 1)):
    from diplograph.pipeline import extract_text

    return extract_text(text, published=day)


def codes(text: str, words: str, day: date = date(1998, 6, 1)) -> set[str]:
    """The codes of the mentions over ``words``."""
    return {m.actor.code for m in doc(text, day).mentions if m.text == words}


@pytest.mark.parametrize("text, words, code", [
    # "the army", "the military", "the navy", "the air force" of a document that names one state
    ("The army pounded guerrilla hideouts in eastern Peru on Thursday.", "The army", "PERMIL"),
    ("The military imposed a dusk-to-dawn curfew in Lahore after the riots.", "The military", "PAKMIL"),
    ("Villagers said the air force bombed a market near Juba.", "the air force", "SDNMIL"),
    # the one state named after the body, in a later sentence
    ("The army said it had retaken the town. Fighting had raged near Huambo for a week.", "The army", "AGOMIL"),
    # a document naming another state (not at war): the one state of the sentence's places
    ("The army shelled rebel bases in southern Sudan on Monday. Egypt urged both sides to talk.",
     "The army", "SDNMIL"),
])
def test_bare_force_body_takes_the_one_state(text, words, code):
    assert codes(text, words) == {code}


@pytest.mark.parametrize("text, words, code", [
    # a force word modifying a force's unit, post or craft
    ("Guerrillas ambushed a military convoy in northern Peru, witnesses said.", "military convoy", "PERMIL"),
    ("Insurgents fired mortars at an army base near Kirkuk.", "army base", "IRQMIL"),
    ("A grenade was thrown at a police post in Dhaka on Sunday.", "police post", "BGDCOP"),
    ("Rebels downed an air force jet over Casamance.", "air force jet", "SENMIL"),
    ("Smugglers opened fire on a border post in eastern Iran.", "border post", "IRNMIL"),
    ("Two army trucks hit mines in Angola's Moxico province.", "army trucks", "AGOMIL"),
])
def test_force_thing_takes_the_one_state(text, words, code):
    assert codes(text, words) == {code}


@pytest.mark.parametrize("text, words, code", [
    # soldiers counted as the victims of violence
    ("A bomb wrecked a bus in Assam, killing seven soldiers.", "soldiers", "INDMIL"),
    ("Five soldiers were shot dead in an ambush in Burundi on Monday.", "soldiers", "BDIMIL"),
    ("Gunmen killed two troops near Grozny.", "troops", "RUSMIL"),
])
def test_counted_soldiers_as_victims_take_the_one_state(text, words, code):
    assert codes(text, words) == {code}


def test_army_unit_is_the_target_of_an_ambush():
    d = doc("Guerrillas ambushed an army patrol in eastern Turkey on Sunday.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.code == "TURMIL" for e in d.events)


def test_police_take_a_place_inside_another_mention():
    # the only place of the sentence is inside the gunmen's own phrase
    assert codes("Militants in Dagestan shot dead three policemen on Friday.", "policemen") == {"RUSCOP"}
    assert codes("Two policemen died when a bomb went off near a police station in Quetta.", "policemen") == {"PAKCOP"}


@pytest.mark.parametrize("text, words, day", [
    # lands a foreign army held: the army there is another state's
    ("The army bulldozed two houses in Nablus on Monday.", "The army", date(2003, 5, 5)),
    ("An army patrol came under fire in Ramallah.", "army patrol", date(2001, 2, 2)),
    ("Insurgents attacked an army convoy near Ramadi, killing four soldiers.", "army convoy", date(2006, 3, 3)),
    ("Insurgents attacked an army convoy near Ramadi, killing four soldiers.", "soldiers", date(2006, 3, 3)),
    ("A mine killed three soldiers near Kandahar.", "soldiers", date(2009, 9, 9)),
    ("A roadside bomb hit an army truck in south Lebanon.", "army truck", date(1995, 4, 4)),
    # a story that speaks of foreign forces, an invasion or an occupation
    ("Peacekeepers arrived in Dili. The army pulled out of the town on Monday.", "The army", date(2006, 6, 6)),
    ("After the invasion, an army convoy was ambushed north of Panama City.", "army convoy", date(1990, 1, 5)),
    ("Peacekeepers patrolled the town of Kindu. Troops fired warning shots to scatter looters.", "Troops",
     date(2003, 6, 6)),
    # a navy at sea off a coast: as often another's
    ("The navy intercepted a boat carrying 80 migrants off the coast of Tunisia.", "The navy", date(2015, 5, 5)),
])
def test_forces_in_a_land_foreign_armies_held_are_left_alone(text, words, day):
    assert not codes(text, words, day)


@pytest.mark.parametrize("text, words", [
    # two warring states: neither's unless the text says
    ("Armenian and Azerbaijani forces clashed on Sunday. Four soldiers were killed.", "soldiers"),
    ("Peru and Ecuador traded fire on the border. An army post was destroyed.", "army post"),
    # another state's forces named in the story: the place's state is not the only reading
    ("Turkish troops crossed into northern Iraq. The army said it destroyed 20 rebel camps near Zakho.", "The army"),
    ("Ugandan troops pushed into eastern Congo. Rebels ambushed an army convoy near Bunia.", "army convoy"),
    # the dateline is another state's
    ("ANKARA, March 3 - The army struck rebel camps in northern Iraq, killing 30.", "The army"),
])
def test_forces_of_a_story_of_two_states_are_left_alone(text, words):
    assert not any(c.startswith(("ARM", "AZE", "ECU", "IRQ", "COD", "PER")) for c in codes(text, words))


@pytest.mark.parametrize("text, words", [
    # "army" of no state: a named or a rebel's army, or no force at all
    ("An army of aid workers reached the flooded villages in Bangladesh.", "army"),
    ("An army of aid workers reached the flooded villages in Bangladesh.", "An army"),
    ("The Salvation Army opened a shelter in Harare.", "The Salvation Army"),
    ("The rebel army seized an army base near Kindia.", "rebel army"),
    ("Gunmen of a private army camp raided a farm in Colombia.", "private army camp"),
    # troops that act are as often a foreign army's, even in a story of one state
    ("In Chad, troops opened fire on a crowd.", "troops"),
    ("Soldiers searched houses in Gao on Friday.", "Soldiers"),
    # soldiers not counted as victims
    ("Soldiers guarded the polling stations in Nigeria.", "Soldiers"),
])
def test_army_of_no_state_and_acting_troops_are_left_alone(text, words):
    assert not codes(text, words)


def test_named_armies_keep_their_own_code():
    assert codes("The Free Syrian Army shelled an army checkpoint near Homs.", "Free Syrian Army") == {"SYRREB"}
    assert codes("The Free Syrian Army shelled an army checkpoint near Homs.", "army checkpoint",
                 date(2013, 2, 2)) == {"SYRMIL"}


def test_navy_with_a_place_of_its_state():
    assert codes("The navy shelled rebel positions near Trincomalee.", "The navy") == {"LKAMIL"}


def test_capitalised_armies_are_names_not_forces():
    assert not codes("Fighters of the Red Army Faction attacked a Red Army post in Bavaria.", "Red Army post")
    assert not codes("The Red Army shelled villages near Kabul.", "Red Army", date(1985, 5, 5))


def test_a_strike_that_occupied_a_plant_keeps_the_story_army():
    # words of an occupation keep the new rule off, not coref's titles: the story's army stays its own
    text = ("Brazilian officials said strikers occupied two refineries on Monday. Brazil's oil minister "
            "appealed for calm. The army cleared the plants on Tuesday.")
    assert codes(text, "The army") == {"BRAMIL"}


def test_same_forces_named_near_keep_their_country_with_foreign_words():
    text = "Israeli troops entered the occupied town of Tulkarm. Soldiers detained 15 men."
    assert codes(text, "Soldiers", date(2002, 4, 4)) == {"ISRMIL"}
