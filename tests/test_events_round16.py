"""Round 16 of real-news event coding: readings the coder got wrong on real news.

- denying a claim ("denied the allegations", "denied that the minister had been sacked", "denied
  being pressured") is no REJECT; refusing a grant ("denied him a visa", "denied bail") or
  disowning an actor's deed ("denied responsibility for the attack", "denied sending drones",
  "denied that it had closed the border", CAMEO 016) still is;
- an event noun after "following", "after" or "since" is a past fact, whatever the clause it hangs
  on says of its own act ("voters are scheduled to go to the polls following the resignation");
- an agreement noun (pact, accord, deal, treaty) is an event only where the sentence concludes or
  announces one ("announced a trade pact", "the accord signed on Monday", "a UN-brokered deal"),
  not where it names one ("reneging on its pact", "under the 1994 agreement");
- criticism, pleas and protests that an actor goes against ("despite criticism from Greece", "amid
  protests from China", "in the face of objections from Norway") are by the "from"/"by" actor against
  whoever acts despite them, are past facts, and are no target of the act done despite them;
- a visit or arrival "here" in a dated report ("ROME, March 3 - ... began a visit here") is to the
  dateline's country, and protesters named by no country in a dated report are of its place;
- an act that a plan, policy or proposal would do, told of, is no act and no promise ("plans to
  provide aid were discussed"), unless an actor announces the plan;
- an attack laid to someone ("blamed the attack on X", "attributed the bombing to X") accuses X."""
from __future__ import annotations

import pytest

from conftest import codes_of_type, coded_events, events_of_type


# --- a claim denied is no rejection ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The French government denied the claims made by the opposition.",
    "The Kremlin denied reports that Russian troops were massing on the border.",
    "Downing Street denied that the British minister had been sacked.",
    "The Iranian ministry denied being pressured by Russia.",
    "The Iranian foreign ministry denied it.",
    "The accusation was denied by the Iranian foreign ministry.",
    "The Chinese government issued a denial of the report.",
])
def test_a_claim_denied_is_no_rejection(text):
    events = coded_events(text)
    assert not [e for e in events if e.type in ("REJECT", "ACCUSE")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, dyad", [
    ("Israel denied the Palestinian envoy entry to Gaza.", ("ISR", "PSE")),
    ("The US denied Cuba access to the talks.", ("USA", "CUB")),
    ("Britain denied the Libyan request for the extradition of the two men.", ("GBR", "LBY")),
    ("Hamas denied responsibility for the bombing in Jerusalem.", ("PSE", None)),
    ("Iran denied sending drones to Russia.", ("IRN", None)),
    ("Hungary denied that it had closed the border.", ("HUN", None)),
])
def test_a_grant_refused_or_a_deed_disowned_is_still_a_rejection(text, dyad):
    found = events_of_type(text, "REJECT")
    assert any(a == dyad[0] and (dyad[1] is None or b == dyad[1]) for a, b, _ in found), coded_events(text)


# --- an event noun set before its clause by "following" or "after" --------------------------------
@pytest.mark.parametrize("text", [
    "British voters went to the polls last month following the resignation of the British prime minister.",
    "Markets fell after the resignation of the British prime minister.",
    "Protests continued despite the resignation of the British prime minister.",
])
def test_an_event_noun_after_following_in_a_past_clause_is_a_past_fact(text):
    found = events_of_type(text, "RETREAT")
    assert found and all(m == "asserted" for _, _, m in found), coded_events(text)


# ... but a clause to come makes what it follows come too (the session's review found these
# reported as asserted): safety first, also where the event may have happened
@pytest.mark.parametrize("text, type_", [
    ("British voters will go to the polls after the resignation of the British prime minister.", "RETREAT"),
    ("British voters are scheduled to go to the polls next month following the resignation of the British prime minister.", "RETREAT"),
    ("NATO will respond after any Russian attack on a member state.", "ASSAULT"),
    ("Russia could face sanctions after any invasion of Ukraine.", "ASSAULT"),
    ("Elections will be held following the withdrawal of Israeli troops.", "RETREAT"),
    ("Iran will press ahead despite any criticism from the United States.", "ACCUSE"),
])
def test_an_event_noun_after_a_clause_to_come_is_not_asserted(text, type_):
    assert all(m != "asserted" for _, _, m in events_of_type(text, type_)), coded_events(text)


def test_a_claim_still_reaches_an_event_noun_after_following():
    text = "The Russian defence ministry said Ukrainian forces shelled the town following the withdrawal of Russian troops."
    found = events_of_type(text, "RETREAT")
    assert all(m != "asserted" for _, _, m in found), coded_events(text)


def test_the_verb_the_background_noun_hangs_on_keeps_its_future():
    found = events_of_type("Israel will withdraw its troops from Gaza following the signing of the truce.", "RETREAT")
    assert ("ISR", "PSE", "future") in found, found


# --- an agreement named is no agreement made ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Critics asked whether Japan is reneging on its pact with the United States.",
    "Under the 1994 agreement between Japan and the United States, chip prices are monitored.",
    "The pact between Japan and the United States expires next year.",
    "The Saudi oil minister said the kingdom would adhere to the OPEC accord.",
])
def test_an_agreement_named_is_no_agreement_made(text):
    events = coded_events(text)
    assert not [e for e in events if e.type in ("SUPPORT", "REJECT") and e.cameo == "057"], events
    assert not [e for e in events if e.trigger.lower() in ("pact", "agreement", "accord")], events


@pytest.mark.parametrize("text, dyad", [
    ("Japan and the United States announced a trade pact on Monday.", ("JPN", "USA")),
    ("The newly signed pact between Turkey and Iraq on refugees took effect on Monday.", ("TUR", "IRQ")),
    ("Japan and the United States reached a deal on chip prices.", ("JPN", "USA")),
])
def test_an_agreement_concluded_is_still_one(text, dyad):
    found = events_of_type(text, "SUPPORT")
    assert any((a, b) == dyad for a, b, _ in found), coded_events(text)


# --- criticism, pleas and protests gone against ("despite", "amid", "in the face of") ------------
@pytest.mark.parametrize("text, type_, dyad", [
    ("Turkey announced the change despite criticism from Greece.", "ACCUSE", ("GRC", "TUR")),
    ("Turkey announced the change despite criticism by the Greek foreign minister.", "ACCUSE", ("GRC", "TUR")),
    ("Russia went ahead with the tests in the face of objections from Norway.", "ACCUSE", ("NOR", "RUS")),
    # (a state's protests are its complaints, CAMEO 114: test_probes_round17.py)
    ("The Japanese government pressed ahead with the plan amid protests from China.", "ACCUSE", ("CHN", "JPN")),
    ("The Greek president said he would veto the bill despite pleas from the German chancellor.", "REQUEST",
     ("DEU", "GRC")),
    ("The bill was passed by the Italian parliament despite protests from the Italian opposition.", "PROTEST",
     ("ITA", "ITA")),
])
def test_what_an_actor_goes_against_is_aimed_at_it(text, type_, dyad):
    found = events_of_type(text, type_)
    assert any((a, b) == dyad for a, b, _ in found), coded_events(text)


def test_the_pleader_is_not_the_target_of_the_act_done_despite_the_pleas():
    found = events_of_type("The Greek president said he would veto the bill despite pleas from the German chancellor.",
                           "REJECT")
    assert found and all(b != "DEU" for _, b, _ in found), found


def test_pleas_gone_against_are_no_future_pleas():
    found = events_of_type("The Greek president will veto the bill despite pleas from the German chancellor.", "REQUEST")
    assert found and all(m == "asserted" for _, _, m in found), found


def test_pressing_ahead_is_no_request():
    events = coded_events("The German government pressed ahead with the reform.")
    assert not [e for e in events if e.type == "REQUEST"], events
    assert events_of_type("Britain pressed France to act.", "REQUEST"), "a request with its target is kept"


# --- a visit "here": the host is the dateline's country ----------------------------------------------
@pytest.mark.parametrize("text", [
    "ROME, March 3 - The French foreign minister began a four-day visit here today.",
    "ROME, March 3 - The French foreign minister arrived here today for talks with Italian officials.",
])
def test_a_visit_here_is_to_the_dateline_country(text):
    found = events_of_type(text, "CONSULT")
    assert ("FRA", "ITA", "asserted") in found, coded_events(text)


def test_here_without_a_dateline_names_no_host():
    found = events_of_type("The French foreign minister began a four-day visit here today.", "CONSULT")
    assert found and all(b is None for _, b, _ in found), found


def test_a_visit_here_by_the_dateline_country_own_minister_is_no_visit_to_itself():
    found = events_of_type("ROME, March 3 - The Italian foreign minister arrived here today after a trip abroad.",
                           "CONSULT")
    assert all(b != "ITA" for _, b, _ in found), found


def test_a_refusal_gone_against_is_not_aimed_at_who_acts_despite_it():
    found = codes_of_type("The European Union will act on climate change despite the American refusal to sign "
                          "the protocol.", "REJECT")
    assert found and all(b is None or not b.startswith("IGO") for _, b in found), found


# --- protesters named by no country, in a dated report ------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("LAGOS, March 3 - Teachers went on strike over unpaid salaries.", "NGALAB"),
    ("LIMA, March 3 - Market traders marched against the new sales tax.", "PERCVL"),
])
def test_protesters_of_no_country_are_of_the_dateline_place(text, source):
    found = codes_of_type(text, "PROTEST")
    assert any(a == source and b == source[:3] for a, b in found), coded_events(text)


def test_protesters_with_no_dateline_stay_unplaced():
    found = codes_of_type("Teachers went on strike over unpaid salaries.", "PROTEST")
    assert found and all(a is None for a, _ in found), found


def test_a_body_meeting_here_has_no_host():
    found = codes_of_type("ROME, March 2 - Experts called for a campaign, a statement from a Food and Agriculture "
                          "Organization (FAO) meeting here said.", "CONSULT")
    assert found and all(b != "ITA" for _, b in found), found


# --- an act a plan would do, told of, is no act and no promise --------------------------------------
@pytest.mark.parametrize("text", [
    "British plans to provide income aid to farmers were discussed by ministers.",
    "The French policy would provide 250 million euros to the farmers.",
    "The British policy is to offer rebates to pensioners.",
])
def test_an_act_a_plan_would_do_is_not_coded(text):
    events = coded_events(text)
    assert not [e for e in events if e.type in ("AID", "AGREE")], events


def test_a_plan_an_actor_announces_is_still_a_promise():
    found = events_of_type("The German government announced plans to send aid to Sudan.", "AID")
    assert ("DEU", "SDN", "future") in found, found


# --- an attack laid to someone ("blamed the attack on X", "attributed the bombing to X") ------------
@pytest.mark.parametrize("text, dyad", [
    ("The Saudi government blamed the attack on Iranian forces.", ("SAU", "IRN")),
    ("The Pakistani government attributed the bombing to Indian agents.", ("PAK", "IND")),
])
def test_an_attack_laid_to_someone_accuses_them(text, dyad):
    found = events_of_type(text, "ACCUSE")
    assert any((a, b) == dyad for a, b, _ in found), coded_events(text)


def test_a_cause_laid_to_no_actor_is_no_accusation():
    assert not events_of_type("The German central bank attributed the rise to higher exports.", "ACCUSE")
