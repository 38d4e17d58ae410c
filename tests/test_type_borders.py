"""Session 24, helper C: the borders between event types (COERCE / ASSAULT / SANCTION, CONCEDE /
RETREAT / AGREE, MOBILIZE, ACCUSE kinds, AID / SUPPORT, CONSULT). Each rule or group of trigger
rows has sentences of our own wording and one it must not fire on. The matrix they came from is
in /work/notes/s24/C/matrix.py."""
from __future__ import annotations

from datetime import date

import pytest


def _events(text: str, published: date = date(2001, 3, 1)):
    from diplograph.pipeline import extract_text

    return extract_text(text, published=published).events


def _side(actor):
    return actor and (actor.country or actor.code[:3])


def dyads(text: str, type_: str) -> set[tuple]:
    """(source, target) of one type: countries, or "IGO"/"NGO" for bodies."""
    return {(_side(e.source), _side(e.target)) for e in _events(text) if e.type == type_}


def types(text: str) -> set[str]:
    return {e.type for e in _events(text)}


# --- a state seizing a firm's property is a seizure, not a takeover ------------------------------
@pytest.mark.parametrize("text, want", [
    ("Venezuela seized the assets of an American oil company on Wednesday.", ("VEN", "USA")),
    ("Bolivia's army seized the installations of a Spanish power company on Tuesday.", ("BOL", "ESP")),
    ("The assets of a Dutch bank were seized by Argentine authorities.", ("ARG", "NLD")),
])
def test_state_seizing_a_firms_property(text, want):
    assert want in dyads(text, "COERCE"), _events(text)


def test_firm_taking_over_a_firm_is_no_seizure():
    assert "COERCE" not in types("A Turkish firm seized control of a Greek shipping company last year.")


# --- states of emergency declared, constitutions suspended ----------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Sri Lanka's president declared a state of emergency on Friday after a wave of bombings in Colombo.", ("LKA", "LKA")),
    ("The Fijian military declared a state of emergency and suspended the constitution.", ("FJI", "FJI")),
])
def test_declared_emergency_is_coercion(text, want):
    assert want in dyads(text, "COERCE"), _events(text)


def test_suspended_constitution_is_no_sanction():
    evs = _events("The Fijian military suspended the constitution on Monday.")
    assert {e.type for e in evs} == {"COERCE"}, evs


@pytest.mark.parametrize("text", [
    "Ecuador declared a state of emergency in three coastal provinces after floods killed 40 people.",
    "Tropical Storm Barry neared the coast on Thursday. The governor asked the president to declare a state "
    "of emergency in Louisiana.",
    "More than 200 fires are burning in the province. The governor declared a state of emergency on Monday.",
])
def test_emergency_for_a_calamity_is_no_coercion(text):
    assert "COERCE" not in types(text)


def test_emergency_after_gunfire_is_coercion():
    text = "Troops opened fire on protesters in the capital. The president declared a state of emergency on Monday."
    assert "COERCE" in types(text), _events(text)


# --- arrests made, people hanged ------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Greek police made dozens of arrests in Athens during the riots.", ("GRC", "GRC")),
    ("Indonesian police made more than 200 arrests during the riots in Jakarta.", ("IDN", "IDN")),
])
def test_arrests_made(text, want):
    assert want in dyads(text, "COERCE"), _events(text)


@pytest.mark.parametrize("text, want", [
    ("Saudi Arabia hanged a Pakistani man convicted of smuggling heroin.", ("SAU", "PAK")),
    ("Iraq hanged three Iranian nationals for spying on Tuesday.", ("IRQ", "IRN")),
])
def test_hanged_is_an_execution(text, want):
    assert want in dyads(text, "ASSAULT"), _events(text)


def test_hanged_effigy_is_no_execution():
    assert "ASSAULT" not in types("Protesters hanged an effigy of the president outside the parliament building.")


# --- individuals expelled are deported (COERCE 174); diplomats expelled are a SANCTION -------------
@pytest.mark.parametrize("text, want", [
    ("Kuwait expelled 50 Iraqi nationals accused of overstaying their visas.", ("KWT", "IRQ")),
    ("Libya expelled hundreds of Egyptian nationals in September 1995.", ("LBY", "EGY")),
    ("Bahrain ordered the expulsion of two British nationals on Monday.", ("BHR", "GBR")),
])
def test_expelled_individuals_are_deported(text, want):
    assert want in dyads(text, "COERCE"), _events(text)
    assert "SANCTION" not in types(text)


def test_expelled_diplomats_stay_a_sanction():
    assert ("CHE", "RUS") in dyads("Switzerland expelled three Russian diplomats on Friday.", "SANCTION")


# --- bans on protest, blackouts, closures, restrictions -------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Zambia outlawed demonstrations in the capital ahead of the vote.", ("ZMB", "ZMB")),
    ("The Burmese junta imposed a news blackout on the fighting in Karen state.", ("MMR", "MMR")),
    ("The Russian government imposed a news blackout on the fighting in Chechnya.", ("RUS", "RUS")),
    ("The Ukrainian government placed restrictions on Russian-language broadcasts.", ("UKR", None)),
])
def test_bans_and_blackouts(text, want):
    found = dyads(text, "COERCE")
    assert want in found or want[1] is None and want[0] in {a for a, _ in found}, _events(text)


def test_outlawed_practice_is_no_ban():
    assert "COERCE" not in types("Sweden outlawed the death penalty in 1973.")


@pytest.mark.parametrize("text", [
    "Zimbabwean riot police broke up an opposition rally in Harare with tear gas.",
    "Police broke up a demonstration by 500 students in Rangoon.",
])
def test_crowds_broken_up(text):
    assert "ASSAULT" in types(text), _events(text)


def test_broke_up_talks_is_no_force():
    assert "ASSAULT" not in types("The meeting between the two parties broke up without agreement.")


# --- suing, criticism of an actor's act, regret over another's deed -------------------------------
@pytest.mark.parametrize("text, want", [
    ("Croatia took Serbia to the International Court of Justice over genocide claims.", ("HRV", "SRB")),
    ("Serbia took Croatia to the International Court of Justice in 2010.", ("SRB", "HRV")),
])
def test_taken_to_court(text, want):
    assert want in dyads(text, "ACCUSE"), _events(text)


@pytest.mark.parametrize("text, want", [
    ("Turkey's foreign ministry slammed the French parliament's vote on the Armenian genocide.", ("TUR", "FRA")),
    ("Indian officials slammed China's decision to block the resolution.", ("IND", "CHN")),
])
def test_slammed_an_actors_act(text, want):
    assert want in dyads(text, "ACCUSE"), _events(text)


def test_slammed_a_thing_with_no_actor():
    assert "ACCUSE" not in types("The coach slammed the referee's decision.")


@pytest.mark.parametrize("text, want", [
    ("The Dutch government expressed regret over Indonesia's execution of a Dutch citizen.", ("NLD", "IDN")),
    ("The French foreign ministry expressed regret at Algeria's decision to expel the reporter.", ("FRA", "DZA")),
    ("Germany expressed regret over Russia's expulsion of its diplomats.", ("DEU", "RUS")),
])
def test_regret_over_anothers_deed_is_disapproval(text, want):
    assert want in dyads(text, "ACCUSE"), _events(text)
    assert "CONCEDE" not in types(text)


def test_regret_over_own_deed_stays_a_concession():
    assert "ACCUSE" not in types("Japan expressed regret over its wartime conduct in Korea.")


# --- force postures -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Iraq moved two armoured divisions toward the Kuwaiti border.", ("IRQ", "KWT")),
    ("Syria moved an armoured brigade toward the Jordanian border.", ("SYR", "JOR")),
])
def test_units_moved_to_a_border(text, want):
    assert want in dyads(text, "MOBILIZE"), _events(text)


def test_moved_a_unit_of_a_firm_is_no_mobilization():
    assert "MOBILIZE" not in types("The Japanese carmaker moved its design unit to Tokyo.")


# --- concessions: returns, easing, apologies ------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Iraq returned Kuwaiti archives looted during the 1990 occupation.", ("IRQ", "KWT")),
    ("Armenia returned the villages to Azerbaijan under the 2020 agreement.", ("ARM", "AZE")),
])
def test_property_and_land_returned(text, want):
    assert want in dyads(text, "RETREAT"), _events(text)


def test_returned_home_is_no_concession():
    assert "RETREAT" not in types("The Armenian president returned to Yerevan on Sunday.")


@pytest.mark.parametrize("text", [
    "The United States announced an easing of the embargo on Vietnam.",
    "The lifting of the embargo on Iraq was debated at the United Nations.",
])
def test_embargo_eased_as_a_noun(text):
    assert "RETREAT" in types(text), _events(text)


@pytest.mark.parametrize("text, want", [
    ("Serbia's president offered an apology to Croatia for the crimes of the 1990s war.", ("SRB", "HRV")),
    ("The Serbian president offered an apology to Bosnia for the war.", ("SRB", "BIH")),
])
def test_apology_offered_is_support(text, want):
    assert want in dyads(text, "SUPPORT"), _events(text)
    assert "AGREE" not in types(text)


def test_offered_help_stays_a_promise():
    assert "AGREE" in types("Britain offered to help Sierra Leone train a new army.")


# --- aid: refuge given, projects funded, visitors hosted ------------------------------------------
@pytest.mark.parametrize("text", [
    "Ecuador gave refuge to the WikiLeaks founder at its London embassy.",
    "Sweden gave refuge to a Kurdish dissident wanted by Turkey.",
])
def test_refuge_given_is_asylum(text):
    assert "AID" in types(text), _events(text)


@pytest.mark.parametrize("text", [
    "The United States bankrolled the Contra rebels in the 1980s.",
    "Libya bankrolled the IRA during the 1980s, British officials said.",
])
def test_bankrolled_is_aid(text):
    assert "AID" in types(text), _events(text)


def test_ministry_funding_is_no_aid():
    assert "AID" not in types("The ministry will fund three new hospitals in Wales.")


@pytest.mark.parametrize("text, want", [
    ("President Bill Clinton welcomed Chinese Premier Zhu Rongji to the White House.", ("USA", "CHN")),
    ("The Egyptian president welcomed the Sudanese leader to the presidential palace.", ("EGY", "SDN")),
])
def test_welcomed_to_a_seat_is_hosting(text, want):
    assert want in dyads(text, "CONSULT"), _events(text)


# --- threats on a condition, and deadlines ---------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Japan said it would cut off aid to Myanmar if the junta did not free the opposition leader.", ("JPN", "MMR")),
    ("Russia would cut gas supplies to Ukraine if Kiev failed to pay its debts, officials said.", ("RUS", "UKR")),
    ("Ghana would recall its ambassador unless Togo freed the fishermen.", ("GHA", "TGO")),
])
def test_harm_on_a_condition_is_a_threat(text, want):
    assert want in dyads(text, "THREATEN"), _events(text)


def test_offer_on_a_condition_is_no_threat():
    assert "THREATEN" not in types("Washington would lift the embargo if Iraq complied with the resolutions.")


@pytest.mark.parametrize("text, want", [
    ("The United States gave Belgrade 48 hours to pull its forces out of Kosovo or face air strikes.", ("USA", "SRB")),
    ("The Security Council gave Iraq a deadline of January 15 to leave Kuwait.", ("IGO", "IRQ")),
])
def test_deadline_is_an_ultimatum(text, want):
    evs = _events(text)
    assert want in dyads(text, "THREATEN"), evs
    assert not {"RETREAT", "ASSAULT"} & {e.type for e in evs}, evs  # the demanded act is not done


def test_money_given_to_act_is_no_ultimatum():
    assert "THREATEN" not in types("Japan gave Indonesia $50 million to rebuild Aceh.")


# --- restrictions ended, build-ups, people sent back ----------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("The Algerian government ended the curfew in the capital on Sunday.", ("CONCEDE", "DZA")),
    ("Israel scaled back restrictions on Palestinian movement in the West Bank.", ("CONCEDE", "ISR")),
    ("The European Union abolished its sanctions on Libya.", ("RETREAT", "IGO")),
])
def test_restrictions_ended(text, want):
    evs = _events(text)
    assert any(e.type == want[0] and _side(e.source) == want[1] for e in evs), evs


def test_ended_a_strike_is_no_concession_of_this_kind():
    assert "RETREAT" not in types("The Kenyan teachers ended their strike on Monday.")


@pytest.mark.parametrize("text, want", [
    ("The Turkish military build-up on the Syrian border alarmed Damascus.", ("TUR", "SYR")),
    ("A Russian build-up along the Ukrainian border worried NATO.", ("RUS", "UKR")),
])
def test_build_up_on_a_border(text, want):
    assert want in dyads(text, "MOBILIZE"), _events(text)


def test_build_up_of_debt_is_no_mobilization():
    assert "MOBILIZE" not in types("The build-up of debt worried the central bank.")


@pytest.mark.parametrize("text, want", [
    ("Hundreds of Chechen refugees were sent back to Russia by Georgian authorities.", ("GEO", "RUS")),
    ("Thailand sent back 300 Burmese migrants on Monday.", ("THA", "MMR")),
])
def test_people_sent_back_are_deported(text, want):
    assert want in dyads(text, "COERCE"), _events(text)


def test_ship_sent_back_is_no_deportation():
    assert "COERCE" not in types("The ship was sent back to port for repairs.")


# --- "protested that ...": a complaint in words, not a march --------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Amnesty International protested that the trial of the Kurdish deputies had been unfair.", "NGO"),
    ("The Greek government protested that Turkish jets had violated its airspace again.", "GRC"),
])
def test_protested_that_is_a_complaint(text, want):
    evs = _events(text)
    assert any(e.type == "ACCUSE" and _side(e.source) == want for e in evs), evs
    assert "PROTEST" not in {e.type for e in evs}, evs


def test_protested_in_the_street_stays_a_protest():
    assert "PROTEST" in types("Thousands of students protested in Jakarta against the fuel price rise.")


@pytest.mark.parametrize("text, want", [
    ("Nigeria declared two Ghanaian diplomats persona non grata.", ("NGA", "GHA")),
    ("Moscow declared the British military attache persona non grata on Friday.", ("RUS", "GBR")),
])
def test_persona_non_grata_is_an_expulsion(text, want):
    assert want in dyads(text, "SANCTION"), _events(text)


def test_declared_a_holiday_is_no_sanction():
    assert "SANCTION" not in types("Nigeria declared Friday a public holiday.")


# --- joint investigations, outsiders allowed to travel ---------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Canada and Mexico launched a joint investigation into the smuggling ring.", ("CAN", "MEX")),
    ("British and Irish police opened a joint inquiry into the bombing.", ("GBR", "IRL")),
])
def test_joint_investigation_is_cooperation(text, want):
    evs = _events(text)
    assert want in dyads(text, "COOPERATE"), evs
    assert "ACCUSE" not in {e.type for e in evs}, evs


def test_single_investigation_stays_an_accusation():
    assert "COOPERATE" not in types("The United Nations launched an investigation into the killing of civilians in Kandahar.")


@pytest.mark.parametrize("text", [
    "Beijing allowed foreign journalists to travel to Tibet for the first time since the riots.",
    "Myanmar's junta let UN envoys travel to Rakhine state on Monday.",
])
def test_outsiders_allowed_to_travel(text):
    assert "RETREAT" in types(text), _events(text)


def test_passengers_allowed_to_travel_is_no_access():
    assert "RETREAT" not in types("The airline allowed passengers to travel with pets.")
