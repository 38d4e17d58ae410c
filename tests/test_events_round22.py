"""Round 22 of event roles: who did it to whom, on general patterns of news English.

- the countries joined to the one a role names ("the foreign ministers of India and Pakistan",
  "envoys from Sudan and Chad") share that role (GOV, MIL ...), not only the first;
- a noun of the same type as the verb whose subject, object or phrase it is names the verb's act
  again ("a bombing by Hamas killed five soldiers", "granted Chad $20 million in aid"): one event,
  with what the noun adds; a noun of another act set beside the verb ("after a bombing") stays;
- the receiver of a sum the parser took for a name modifying the sum ("granted Chad 20 million
  dollars") is the target;
- a deed of force laid to someone ("claimed responsibility for the bombing", "blamed the attack
  on the rebels", "accused Israel of the attack on its border post") was done by them, as claimed,
  and what is "its" is the accuser's;
- an infinitive that says what a topic is for ("the issues to be discussed by the ministers")
  is an agenda, no act."""
from __future__ import annotations

import pytest

from conftest import coded_events


def _dyads(text: str, type_: str) -> set[tuple]:
    return {(e.source and e.source.code, e.target and e.target.code) for e in coded_events(text) if e.type == type_}


def _countries(text: str, type_: str) -> set[tuple]:
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in coded_events(text) if e.type == type_}


# --- a role shared by the countries joined to its first ---------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("The foreign ministers of Greece and Turkey met in Brussels on Monday.", "CONSULT",
     {("GRCGOV", "TURGOV"), ("TURGOV", "GRCGOV")}),
    ("Envoys from Sudan and Chad held talks in Tripoli.", "CONSULT", {("SDNGOV", "TCDGOV"), ("TCDGOV", "SDNGOV")}),
    ("The foreign ministers of Greece and Turkey condemned the bombing.", "ACCUSE", {("GRCGOV", None), ("TURGOV", None)}),
])
def test_countries_joined_to_a_role_share_it(text, type_, want):
    assert _dyads(text, type_) == want


def test_countries_the_act_is_done_to_keep_their_own_reading():
    # (the sector of the doer's title is not given to the places visited)
    assert _dyads("The foreign minister of India visited Pakistan and Nepal.", "CONSULT") == {
        ("INDGOV", "PAK"), ("INDGOV", "NPL")}


# --- a noun restating the verb's act ----------------------------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("Japan granted Chad 20 million dollars in aid.", "AID", {("JPN", "TCD")}),
    ("The Swedish government granted Kenya 10 million kronor in aid.", "AID", {("SWE", "KEN")}),
    ("A bombing by Hamas killed five Israeli soldiers.", "ASSAULT", {("PSE", "ISR")}),
    ("The bombing of the market killed 20 Iraqi civilians.", "ASSAULT", {(None, "IRQ")}),
])
def test_a_noun_restating_the_verbs_act_is_one_event(text, type_, want):
    assert _countries(text, type_) == want


def test_a_noun_of_another_act_beside_the_verb_keeps_its_event():
    # "after a bombing": an earlier act, not the attack told of
    events = [e for e in coded_events("Rebels attacked an army convoy two days after a bombing by government troops.")
              if e.type == "ASSAULT"]
    assert {e.trigger for e in events} == {"attacked", "bombing"}


# --- deeds laid to their doers ----------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Hamas claimed responsibility for the suicide bombing in Jerusalem.", ("PSE", "ISR")),
    ("The Taliban claimed responsibility for an attack on a police station in Kandahar.", ("AFG", "AFG")),
    ("Syria accused Israel of the attack on its border post.", ("ISR", "SYR")),
    ("The Pakistani government blamed India for the attack on its embassy.", ("IND", "PAK")),
    ("Ankara blamed the bombing on Kurdish rebels.", ("TUR", None)),
])
def test_a_deed_laid_to_someone_is_theirs(text, want):
    assert want in _countries(text, "ASSAULT"), coded_events(text)


@pytest.mark.parametrize("text", [
    "Turkey denied responsibility for the attack.",
    "Syria condemned the attack on its border post.",
])
def test_a_deed_disowned_or_condemned_is_not_the_speakers(text):
    assert not any(src == "TUR" or src == "SYR" for src, _ in _countries(text, "ASSAULT"))


# --- an agenda ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The issues to be discussed by the ministers from Qatar and Oman include oil prices.",
    "Officials said the questions to be negotiated in Geneva were complex.",
])
def test_what_a_topic_is_to_be_is_no_act(text):
    assert not _dyads(text, "CONSULT")


def test_talks_to_come_are_still_coded():
    assert _countries("Qatar and Oman will discuss oil prices.", "CONSULT") == {("QAT", "OMN"), ("OMN", "QAT")}


def test_a_noun_raised_from_the_verbs_infinitive_is_the_same_act():
    # "a car bomb was reported to have killed ...": the bomb is the killing's subject
    events = [e for e in coded_events("A car bomb was reported to have killed two Iraqi policemen in Basra.")
              if e.type == "ASSAULT"]
    assert [e.trigger for e in events] == ["killed"]


# --- whom a protest is against, by protesters no one names ---------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Britain closed its embassy after days of anti-British demonstrations.", {(None, "GBR")}),
    ("Students held anti-American protests on Friday.", {(None, "USA")}),
])
def test_an_anti_word_names_whom_the_protest_is_against(text, want):
    assert _countries(text, "PROTEST") == want


def test_protesters_at_a_foreign_post_are_not_of_its_state():
    assert _countries("Farmers blocking the road to the French embassy were arrested.", "PROTEST") == {(None, "FRA")}
    # (a government of their own is theirs)
    assert _countries("Farmers protested against the French government.", "PROTEST") == {("FRA", "FRA")}


# --- one's own things ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("Britain closed its embassy on Monday.", "SANCTION", {("GBR", None)}),
    ("Canada withdrew its diplomats.", "SANCTION", {("CAN", None)}),
    ("Israel withdrew its troops on Sunday.", "RETREAT", {("ISR", None)}),
])
def test_ones_own_envoys_or_forces_moved_are_no_target(text, type_, want):
    assert _countries(text, type_) == want


def test_where_ones_own_post_is_stays_the_target():
    assert _countries("Britain closed its embassy in Tehran.", "SANCTION") == {("GBR", "IRN")}


# --- arms that back a force; topics of talks ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Turkish army, backed by tanks and helicopters, attacked Kurdish rebel bases in northern Iraq.",
    "Government troops supported by artillery and air power stormed the rebel town.",
])
def test_a_force_backed_by_arms_backs_no_one(text):
    assert not _dyads(text, "SUPPORT")


def test_a_force_backed_by_a_state_is_backed():
    assert ("RWA", None) in _countries("The rebels, backed by Rwanda, seized the town of Goma.", "SUPPORT")


@pytest.mark.parametrize("text, want", [
    # (round 30: the party talked with is the talks' other side, so both ways; Iraq in neither)
    ("Blair discussed Iraq with Chirac on Monday.", {("GBR", "FRA"), ("FRA", "GBR")}),
    ("The Saudi foreign minister discussed Iraq with his Egyptian counterpart.", {("SAU", "EGY"), ("EGY", "SAU")}),
])
def test_what_is_discussed_with_a_party_is_no_party(text, want):
    assert _countries(text, "CONSULT") == want


# --- destruction ordered ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("President Chirac ordered the destruction of the Ivorian air force.", ("FRA", "CIV")),
    ("Israeli troops continued the demolition of Palestinian homes in Rafah.", ("ISR", "PSE")),
])
def test_destruction_done_or_ordered_is_an_assault(text, want):
    assert want in _countries(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The demolition of the old stadium began on Monday.",
    "Officials said the destruction of documents was routine.",
])
def test_destruction_by_no_one_of_nothing_political_is_no_event(text):
    assert not _dyads(text, "ASSAULT")


# --- whom help, bans and promises are for --------------------------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("The United States will provide 10 million dollars to help Mozambique rebuild after floods.", "AID", ("USA", "MOZ")),
    ("Japan sent 30 medical experts to assist Indonesia after the earthquake.", "AID", ("JPN", "IDN")),
    ("The Kenyan government banned a rally planned by the opposition for Saturday.", "COERCE", ("KEN", "KEN")),
    ("Iran banned a conference sponsored by Britain.", "COERCE", ("IRN", "GBR")),
    ("Vietnam and Cambodia pledged to boost cooperation in fighting drug trafficking.", "AGREE", ("VNM", "KHM")),
])
def test_whom_an_act_is_for_named_further_down(text, type_, want):
    assert want in _countries(text, type_), coded_events(text)


def test_a_ban_names_its_organiser_by_role():
    assert ("KENGOV", "KENOPP") in _dyads("The Kenyan government banned a rally planned by the opposition for Saturday.",
                                          "COERCE")


def test_a_promise_of_ones_own_growth_names_no_one():
    assert _countries("Iran promised to increase its oil exports.", "AGREE") == {("IRN", None)}


# --- a strike "with" arms; a purpose clause about one's own people ----------------------------------
@pytest.mark.parametrize("text", [
    "Syrian troops pounded rebel positions in east Beirut with artillery fire.",
    "Ethiopian jets bombed Eritrean positions with cluster bombs.",
])
def test_a_blow_struck_with_arms_is_an_assault(text):
    assert _dyads(text, "ASSAULT")


def test_a_plight_fought_is_still_no_assault():
    assert not _dyads("The president is battling with cancer.", "ASSAULT")


@pytest.mark.parametrize("text, want", [
    ("The French foreign ministry summoned the Iranian ambassador to protest the arrest of a French journalist.",
     {("FRA", "IRN")}),
    ("Britain summoned the Russian ambassador to protest the expulsion of British diplomats.", {("GBR", "RUS")}),
])
def test_a_protest_for_ones_own_people_is_to_the_one_summoned(text, want):
    assert _countries(text, "ACCUSE") == want


# --- who a state's organ tells of --------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("Israel's defense minister said on Sunday that the army would retaliate against any attack from Lebanon.",
     "ASSAULT", ("ISRMIL", "LBN")),
    ("Seoul said police had detained three North Korean agents.", "COERCE", ("KORCOP", "PRK")),
])
def test_a_force_of_no_country_in_a_states_report_is_its_own(text, type_, want):
    assert want in _dyads(text, type_)


@pytest.mark.parametrize("text, want", [
    ("The Kenyan government said opposition leaders would be consulted on the new constitution.", ("KEN", "KEN")),
    ("Japan said aid would be sent to the flood victims in Bangladesh.", ("JPN", "BGD")),
])
def test_a_helpful_act_to_come_told_with_no_doer_is_the_tellers(text, want):
    assert want in {d for t in ("CONSULT", "AID") for d in _countries(text, t)}


def test_a_harm_told_with_no_doer_is_not_the_tellers():
    assert ("IRQ", "IRQ") not in _countries("Iraq said two soldiers were killed in the attack.", "ASSAULT")


# --- trips and crossings -----------------------------------------------------------------------------
def test_a_departure_for_a_capital_is_a_visit():
    text = "The budget was announced on the eve of the Japanese finance minister's departure for Washington."
    assert _countries(text, "CONSULT") == {("JPN", "USA")}
    assert not _dyads("The minister's departure for the airport was delayed.", "CONSULT")


@pytest.mark.parametrize("text, want", [
    ("Israel closed the Gaza crossing points after a rocket attack.", ("ISR", "PSE")),
    ("Pakistan shut its border with Afghanistan.", ("PAK", "AFG")),
])
def test_crossings_and_borders_shut(text, want):
    assert want in _countries(text, "COERCE")


# --- what was asked and turned down -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Saddam Hussein rejected calls by Arab leaders to withdraw from Kuwait.",
    "Israel rejected a UN request to withdraw from Lebanon.",
])
def test_an_act_asked_for_and_rejected_is_not_done(text):
    events = [e for e in coded_events(text) if e.trigger == "withdraw"]
    assert events and all(e.modality != "asserted" for e in events)


def test_a_deed_laid_to_the_subject_of_a_passive_charge():
    assert ("SYR", "LBN") in _countries("Syria was blamed for the bombing in Beirut.", "ASSAULT")


def test_a_domestic_group_to_be_consulted_is_the_tellers_own():
    assert ("GBRGOV", "GBRLAB") in _dyads(
        "The British government says trade unions will be consulted before any changes are made.", "CONSULT")


# --- an act as the subject is no group of people --------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("The shelling of Kyiv killed five civilians.", {(None, "UKR")}),
    ("The bombing in Baghdad killed 20 people.", {("IRQ", "IRQ")}),
])
def test_an_act_as_subject_names_where_and_whom_it_struck_not_its_doers(text, want):
    # (the Baghdad bombers are the place's unidentified armed men, as the coder codes them)
    assert _countries(text, "ASSAULT") == want


def test_a_meeting_of_ministers_is_the_ministers():
    assert _countries("A meeting of Arab foreign ministers condemned the attack.", "ACCUSE")


# --- who goes, named with "of" -------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, want", [
    ("The withdrawal of US troops from Iraq began on Monday.", "RETREAT", {("USA", "IRQ")}),
    ("The pullout of Syrian troops from Lebanon was completed on Tuesday.", "RETREAT", {("SYR", "LBN")}),
    ("The visit of the Chinese premier to India was a success.", "CONSULT", {("CHN", "IND")}),
])
def test_the_one_of_a_going_goes(text, type_, want):
    assert _countries(text, type_) == want


def test_a_thing_withdrawn_is_no_one_going():
    assert all(src is None for src, _ in _countries("The withdrawal of sanctions against Iraq is unlikely.", "RETREAT"))
