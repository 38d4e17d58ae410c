"""Round 15 of real-news event coding: constructions that recur in news and that the coder read
wrongly or not at all.

- a request acted on ("at the request of X", "at X's behest"): X asked (REQUEST) whoever acted;
- a protest whose "anti-" word names a country ("anti-French demonstrations in Abidjan"): the
  protest is against that country, by the people of the place;
- a member put out of a body in the passive ("was expelled from the party", "was suspended from
  the Commonwealth"): the body does it;
- a case brought in court ("a High Court challenge to the plans", "a legal challenge"): ACCUSE
  (CAMEO 115), as a lawsuit;
- a breach told in the passive in reported speech ("said the ceasefire had been violated", "said
  the rights of detainees were breached"), and not heeding others ("said the ministry had ignored the
  warnings"): criticism by the speaker;
- concern at another's failure to act ("said they were worried the ministry had not
  consulted"): criticism of the one who did not act; concern at what may happen is none."""
from __future__ import annotations

import pytest

from conftest import assert_not_coded, codes_of_type, coded_events, events_of_type


# --- a request acted on ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Spain extradited the suspect at the request of the French government.", ("FRA", "ESP")),
    ("The French envoy left Tehran at Iran's request.", ("IRN", "FRA")),
    ("Per request of French President Jacques Chirac, the Belgian government met on Monday.", ("FRA", "BEL")),
    ("The Belgian cabinet delayed the vote at the behest of the German chancellor.", ("DEU", "BEL")),
])
def test_an_act_done_at_the_request_of_another_is_its_request(text, dyad):
    found = events_of_type(text, "REQUEST")
    assert (*dyad, "asserted") in found, coded_events(text)


def test_a_request_acted_on_in_the_passive_asks_no_place():
    # the talks were moved to Geneva: Switzerland was not asked
    found = events_of_type("The talks were moved to Geneva at the behest of the United States.", "REQUEST")
    assert found == [("USA", None, "asserted")], found


def test_a_request_acted_on_keeps_the_modality_of_the_act():
    found = events_of_type("The French government may withdraw its envoy at the request of Iran.", "REQUEST")
    assert found and all(m != "asserted" for _, _, m in found), found


def test_a_request_of_no_actor_is_no_request():
    assert_not_coded("Spain extradited the suspect at the request of his family.", "REQUEST")


# --- protests against a country named in their "anti-" word ----------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Thousands joined anti-American protests in Pakistan.", ("PAK", "USA")),
    ("Paris recalled its staff after a week of anti-French demonstrations in Abidjan.", ("CIV", "FRA")),
    ("Anti-Japanese protesters marched in Beijing.", ("CHN", "JPN")),
])
def test_an_anti_country_protest_is_against_that_country(text, dyad):
    found = {(a, b) for a, b, _ in events_of_type(text, "PROTEST")}
    assert found == {dyad}, coded_events(text)


@pytest.mark.parametrize("text", [
    "Anti-American protesters burned flags on Friday.",  # no place, no one named: not the US protesting
    "Students staged anti-government protests in Tehran.",  # no country named after "anti-"
])
def test_an_anti_word_names_no_protester(text):
    assert all(a != "USA" for a, _, _ in events_of_type(text, "PROTEST"))
    if "Tehran" in text:
        assert {(a, b) for a, b, _ in events_of_type(text, "PROTEST")} == {("IRN", "IRN")}


# --- put out of a body ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, codes", [
    ("The Scottish MP was expelled from the Scottish National Party last year.",
     ("GBRPTY", "GBRLEG")),
    ("Zimbabwe was suspended from the Commonwealth.", ("IGOCWN", "ZWE")),
])
def test_a_member_put_out_of_a_body_is_put_out_by_it(text, codes):
    assert codes in codes_of_type(text, "SANCTION"), coded_events(text)


def test_a_place_one_is_barred_from_is_still_who_expels():
    assert ("GBR", "RUSGOV") in codes_of_type("Two Russian diplomats were expelled from Britain.", "SANCTION")


def test_a_meeting_one_is_barred_from_is_not_who_bars():
    found = codes_of_type("Iran was barred from the meeting of OPEC ministers.", "COERCE")
    assert all(a is None for a, _ in found), found


# --- a case brought in court ----------------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Environmental groups launched a High Court challenge to the British government's airport plans.", ("GBR", "GBR")),
    ("The Scottish National Party mounted a legal challenge against the British government's decision.",
     ("GBR", "GBR")),
])
def test_a_court_challenge_is_a_case_brought(text, dyad):
    found = {(a, b) for a, b, _ in events_of_type(text, "ACCUSE")}
    assert dyad in found, coded_events(text)


@pytest.mark.parametrize("text", [
    "The champion faces a tough challenge from the French player in court two.",
    "The French president said the economy was the biggest challenge facing Europe.",
])
def test_a_challenge_that_is_no_case_is_no_accusation(text):
    assert_not_coded(text, "ACCUSE")


# --- breaches and deafness told in reported speech -------------------------------------------------
@pytest.mark.parametrize("text, codes", [
    ("The French foreign minister said the ceasefire had been violated by Syrian forces.", ("FRAGOV", "SYRMIL")),
    ("The Liberal Democrats said the rules had been broken.", ("GBRPTY", None)),
    ("The French foreign minister said the ceasefire had been violated.", ("FRAGOV", None)),
    ("The Liberal Democrats said the British government had ignored the concerns of farmers.", ("GBRPTY", "GBRGOV")),
    ("The French minister claimed Israel had disregarded the warnings of its allies.", ("FRAGOV", "ISR")),
])
def test_a_breach_or_a_warning_ignored_told_by_a_speaker_is_criticism(text, codes):
    found = [(e.source and e.source.code, e.target and e.target.code, e.modality)
             for e in coded_events(text) if e.type == "ACCUSE"]
    assert (*codes, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The French foreign minister said the ceasefire had not been violated.",
    "The French foreign minister said the ceasefire could be violated.",
    "The French foreign minister said the agreement had been signed by Syria.",
    "The French minister said Israel would not ignore the warnings.",
    "The French minister said the markets had ignored the warnings.",
])
def test_no_breach_said_is_no_criticism(text):
    assert_not_coded(text, "ACCUSE")


# --- concern at another's failure -----------------------------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("British MPs said they were worried that the British government had not consulted farmers.", ("GBR", "GBR")),
    ("Germany is worried that Russia has failed to withdraw its troops.", ("DEU", "RUS")),
    ("The French minister said he was disappointed that Iran did not attend the talks.", ("FRA", "IRN")),
])
def test_concern_at_a_failure_to_act_is_criticism(text, dyad):
    assert (*dyad, "asserted") in events_of_type(text, "ACCUSE"), coded_events(text)


@pytest.mark.parametrize("text", [
    "The French minister said he was worried that Iran would not attend the talks.",  # what may happen
    "Germany is not worried that Russia has failed to withdraw its troops.",
    "Germany may be worried that Russia will not withdraw its troops.",
    "The French minister was concerned that the talks had not made progress.",  # no one's failure
])
def test_concern_at_no_failure_of_an_actor_is_no_criticism(text):
    assert_not_coded(text, "ACCUSE")


# --- answering what another said or would do: its author is the target ------------------------------
@pytest.mark.parametrize("text, type_, codes", [
    ("The French foreign minister dismissed arguments made by US officials.", "REJECT", ("FRAGOV", "USAGOV")),
    ("The French foreign minister rejected claims made by the Iranian government.", "REJECT", ("FRAGOV", "IRNGOV")),
    ("Germany welcomed the plan put forward by France.", "SUPPORT", ("DEU", "FRA")),
    ("The Liberal Democrats want the publication of the legal opinion drafted by the British Attorney General.",
     "REQUEST", ("GBRPTY", "GBRJUD")),
])
def test_what_is_answered_is_of_whoever_made_it(text, type_, codes):
    assert codes in codes_of_type(text, type_), coded_events(text)


def test_an_act_refused_is_refused_to_whoever_would_do_it():
    text = "The Brazilian president said the government would not accept any monitoring of its economy by the IMF."
    found = [(a and a[:3], b and b[:3]) for a, b in codes_of_type(text, "AGREE")]
    assert ("BRA", "IGO") in found, coded_events(text)


def test_a_thing_made_by_no_actor_gives_no_target():
    found = codes_of_type("The French minister rejected the plan drawn up by experts.", "REJECT")
    assert found == [("FRAGOV", None)], found


# --- an ultimatum is coded as the threat --------------------------------------------------------------
def test_an_act_announced_on_a_condition_is_only_the_threat():
    events = coded_events("The Liberal Democrats will vote against the budget unless the British government cuts taxes.")
    assert {e.type for e in events} == {"THREATEN"}, [(e.type, e.trigger, e.modality) for e in events]


def test_an_act_announced_without_condition_stays():
    events = coded_events("The Liberal Democrats will vote against the budget.")
    assert any(e.type == "REJECT" and e.modality == "future" for e in events), events


# --- quitting with nothing named is resigning -----------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The British interior minister quit on Friday after an inquiry into his expenses.", "RETREAT"),
    ("Italy quit the talks on Monday.", "SANCTION"),
    ("France quit from the alliance.", "SANCTION"),
])
def test_quitting_alone_is_a_resignation(text, type_):
    assert {e.type for e in coded_events(text) if e.trigger == "quit"} == {type_}, coded_events(text)


# --- the resignation of someone is theirs -----------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("The by-election follows the resignation of British Home Secretary David Blunkett.", "GBRGOV"),
    ("The by-election follows the resignation of Australian MP John McVeigh.", "AUSLEG"),
])
def test_the_resignation_of_someone_is_their_retreat(text, code):
    assert (code, None) in codes_of_type(text, "RETREAT"), coded_events(text)


def test_a_resignation_demanded_is_not_done():
    text = "Protesters demanded the resignation of the French prime minister."
    assert not codes_of_type(text, "RETREAT"), coded_events(text)


# --- idioms of criticism ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Liberal Democrats took a swipe at the British government over tuition fees.",
    "The Liberal Democrats raised concerns about the British government's plans.",
])
def test_idioms_of_criticism(text):
    assert ("GBRPTY", "GBRGOV") in codes_of_type(text, "ACCUSE"), coded_events(text)


def test_concerns_about_no_actor_are_no_criticism():
    assert_not_coded("Doctors raised concerns about the safety of the drug.", "ACCUSE")


# --- delivering a policy or a promise is no aid -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The British finance minister will deliver her budget to the House of Commons next week.",
    "The Tories said the British government had failed to deliver on its promises.",
    "The French minister said the new law would deliver a fairer asylum system.",
])
def test_delivering_a_policy_is_no_aid(text):
    assert_not_coded(text, "AID")


@pytest.mark.parametrize("text, dyad", [
    ("Germany delivered tanks to Ukraine.", ("DEU", "UKR")),
    ("Turkish trucks delivered medicine in northern Syria.", ("TUR", "SYR")),
    ("Germany is set to deliver four more air defence systems to Ukraine.", ("DEU", "UKR")),
])
def test_delivering_goods_is_still_aid(text, dyad):
    assert {(a, b) for a, b, _ in events_of_type(text, "AID")} == {dyad}, coded_events(text)


# --- speaking with no one ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'The banker said there was "no stock exchange to speak of" in Qatar or Oman, with the last share '
    "sale in 1990.",
    "British ministers should speak English to a certain level.",
])
def test_speaking_with_no_party_is_no_consultation(text):
    assert_not_coded(text, "CONSULT")


@pytest.mark.parametrize("text, dyad", [
    ("The French president spoke with the German chancellor.", ("FRA", "DEU")),
    ("The French president spoke to the German chancellor by phone.", ("FRA", "DEU")),
])
def test_speaking_with_a_leader_is_still_consultation(text, dyad):
    assert dyad in {(a, b) for a, b, _ in events_of_type(text, "CONSULT")}, coded_events(text)


# --- a coercive measure named as a kind is no act ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Opponents say detention without trial breaches human rights.",
    "He suffered a cardiac arrest on Monday and died.",
])
def test_a_measure_named_as_a_kind_is_no_coercion(text):
    assert_not_coded(text, "COERCE")


@pytest.mark.parametrize("text", [
    "The detention of 12 men at Belmarsh prison was unlawful, the Law Lords said.",
    "Arrests were made in Australia and Brazil.",
    "The police announced the arrest of two men in Kabul.",
])
def test_an_arrest_done_is_still_coercion(text):
    assert events_of_type(text, "COERCE"), coded_events(text)


# --- a day fixed for an act puts the act in the future --------------------------------------------------
def test_a_strike_given_a_day_is_future():
    found = events_of_type("British unions have earmarked 23 March for a one-day strike.", "PROTEST")
    assert found and all(m == "future" for _, _, m in found), found


def test_a_strike_held_on_a_day_is_asserted():
    found = events_of_type("British unions held a one-day strike on 23 March.", "PROTEST")
    assert found and all(m == "asserted" for _, _, m in found), found


def test_a_curfew_in_force_is_still_coercion():
    assert events_of_type("When curfew was in place in Srinagar, the fear started spreading.", "COERCE")


# --- complying with what another asked is yielding to it ----------------------------------------------
@pytest.mark.parametrize("text, dyad, modality", [
    ("Iran complied with the demands of the UN Security Council.", ("IRN", "IGO"), "asserted"),
    ("Britain will comply with the ruling of the European Court of Human Rights.", ("GBR", "IGO"), "future"),
])
def test_complying_with_a_demand_concedes_to_whoever_made_it(text, dyad, modality):
    found = [(a and a[:3], b and b[:3], e.modality) for (a, b), e in zip(
        codes_of_type(text, "CONCEDE"), [e for e in coded_events(text) if e.type == "CONCEDE"])]
    assert (*dyad, modality) in found, found


def test_complying_with_rules_of_no_one_is_no_concession():
    assert_not_coded("Companies must comply with the new rules.", "CONCEDE")
