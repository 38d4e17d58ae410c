"""Round 17 of real-news event coding: the owner of what an act is about, readiness, court acts.

- the target of a rejection, backing, criticism, sanction or demand whose object names no actor is
  the owner of that object: a party named by its family word before it or as its possessor ("a
  Conservative budget amendment", "the Conservatives' offer"), who gave it ("the report drawn up
  by the Attorney General"), the state that holds the captives a release would free ("prisoners
  held without charge in Egypt"), and, last, the country it would happen in ("a scheme to bury
  chemicals in Poland was branded reckless");
- forces said to be on standby, at the ready or available are mobilised ("has 500 soldiers at the
  ready"), and "is understood to have" reports news, it does not guess;
- a court act with no court named (a conviction, appeal judges throwing out cases, an appeal
  lost) is by the judiciary of the place, else of the story's state; a belief ("the courage of
  one's convictions") or a rule ("anyone convicted of ...") is no conviction;
- two parties of one state are two actors: "the Tories insist Labour's scheme has failed" accuses
  Labour, and "the prime minister asked the Queen" is a request between two actors of one code;
- a claim gone against ("amid opposition charges he was too timid") judges the person named
  before it; an appeal against a court's ruling, or a promise to pensioners by a party, is
  aimed at the story state's court or people."""
from __future__ import annotations

import pytest

from conftest import codes_of_type, coded_events, events_of_type

# a British story's opening, so that party words have their state
UK = "The British government published its terror bill on Monday. British MPs will vote on it on Friday. "


# --- the owner of the object ---------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, dyad", [
    (UK + "The prime minister, Tony Blair, rejected a Conservative budget amendment.", "REJECT",
     ("GBRGOV", "GBRPTY")),
    (UK + "Tony Blair rejected the Conservatives' offer.", "REJECT", ("GBRGOV", "GBRPTY")),
    (UK + "Tony Blair welcomed the Labour amendment.", "SUPPORT", ("GBRGOV", "GBRPTY")),
    # no country named before: the one state the sentence names, as it has a party of the family
    ("Tony Blair turned down a Conservative budget amendment.", "REJECT", ("GBRGOV", "GBRPTY")),
])
def test_a_party_word_before_a_proposal_is_its_owner(text, type_, dyad):
    assert dyad in codes_of_type(text, type_), coded_events(text)


@pytest.mark.parametrize("text, type_", [
    ("Russia criticised the Republican plan for missile defence.", "ACCUSE"),
    ("Iran welcomed the Labour proposal on nuclear talks.", "SUPPORT"),
    ("Mexico rejected the Republican bill on immigration.", "REJECT"),
])
def test_a_foreign_partys_proposal_is_not_the_acting_states_own_party(text, type_):
    # the state named before the party word is the one acting on the proposal, not its owner
    source_country = codes_of_type(text, type_)[0][0]
    assert all(t is None or not t.startswith(source_country) for _, t in codes_of_type(text, type_)), coded_events(text)


@pytest.mark.parametrize("text", [
    UK + "Conservative MPs were angry about the bill.",
    UK + "Conservative estimates put the cost at ten million pounds.",
    UK + "The Conservatives' leader spoke against the bill.",
])
def test_a_party_word_before_people_or_a_plain_adjective_is_no_party_owner(text):
    from datetime import date

    from diplograph.pipeline import extract_text

    doc = extract_text(text, published=date(2001, 5, 1))
    assert not [m for m in doc.mentions if m.actor.code == "GBRPTY"], doc.mentions


def test_the_one_who_gave_what_is_asked_for_is_asked():
    text = UK + "British opposition parties demanded publication of the report drawn up by the Attorney General."
    assert ("GBROPP", "GBRJUD") in codes_of_type(text, "REQUEST"), coded_events(text)


@pytest.mark.parametrize("text, dyad", [
    ("The Dutch minister called for the release of prisoners held without charge in Egypt.", ("NLD", "EGY")),
    ("The South African archbishop called for the release of the inmates at a prison in Egypt.", ("ZAF", "EGY")),
])
def test_a_release_asked_for_is_asked_of_the_state_holding_them_there(text, dyad):
    assert any((a, b) == dyad for a, b, _ in events_of_type(text, "REQUEST")), coded_events(text)


@pytest.mark.parametrize("text, dyad", [
    ("A scheme to bury German chemicals in Poland was branded reckless by the Polish opposition.",
     ("POL", "POL")),
    ("The Italian minister said the arrests in Libya were unacceptable.", ("ITA", "LBY")),
    ("The proposal to build a dam in Laos was rejected by Thailand.", ("THA", "LAO")),
])
def test_what_is_judged_belongs_last_to_the_country_it_happens_in(text, dyad):
    type_ = "REJECT" if "rejected" in text else "ACCUSE"
    assert any((a, b) == dyad for a, b, _ in events_of_type(text, type_)), coded_events(text)


def test_a_mild_word_of_a_place_blames_no_one():
    assert not events_of_type("The Italian minister said the situation in Libya was dangerous.", "ACCUSE")


def test_two_parties_of_one_state_are_two_actors_in_criticism():
    text = UK + "The Tories insist Labour's scheme for free school meals has failed."
    assert ("GBRPTY", "GBRPTY") in codes_of_type(text, "ACCUSE"), coded_events(text)


# --- readiness: forces on standby, at the ready, available (family 14) -----------------------------
@pytest.mark.parametrize("text, source", [
    ("British troops are at the ready.", "GBR"),
    ("The US governor has 500 soldiers at the ready.", "USA"),
    ("Two thousand British soldiers are available for deployment.", "GBR"),
    ("Texas floods worsened. The governor said he has arranged for 3000 of the National Guard to be available.",
     "USA"),
    ("The Indian army kept two divisions on alert.", "IND"),
    # (the parser hangs "standby" away from its "on" here)
    ("Officials have confirmed Dutch marines are on standby if they are needed to rescue tourists from Haiti.", "NLD"),
    ("Texas floods worsened. The governor said the National Guard was on standby.", "USA"),
])
def test_forces_made_ready_are_mobilised(text, source):
    assert any(a == source for a, _, _ in events_of_type(text, "MOBILIZE")), coded_events(text)


@pytest.mark.parametrize("text", [
    "Tickets are available from the British embassy.",
    "Funds are available to the Iraqi army.",
    "The Iraqi leader has a plan at the ready.",
    "The British website is on alert for fraud.",
    # forces that are merely there, or too few, are not mobilised
    "Chinese soldiers were available for interview.",
    "Only 300 British troops are available, the minister said.",
])
def test_things_ready_or_available_are_no_mobilisation(text):
    assert not events_of_type(text, "MOBILIZE"), coded_events(text)


def test_the_forces_one_keeps_ready_are_not_the_target():
    found = events_of_type("India keeps its troops on standby.", "MOBILIZE")
    assert found and all(b is None for _, b, _ in found), found


@pytest.mark.parametrize("text", [
    "Pakistan's courts are slow, critics in Pakistan say. Drug dealers who are convicted face ten years in jail.",
    "Pakistan's courts are slow, critics in Pakistan say. Few rapists are ever convicted.",
    "Pakistan's courts are slow, critics in Pakistan say. Most smugglers are convicted within a year.",
])
def test_a_rule_or_a_statistic_of_convictions_is_no_case(text):
    assert not events_of_type(text, "SANCTION"), coded_events(text)


def test_losing_appeal_with_fans_is_no_case_at_law():
    text = ("Britain's pop scene is changing. British ministers praised it on Monday. "
            "The band lost its appeal among young fans after a court case.")
    assert not events_of_type(text, "REJECT"), coded_events(text)


@pytest.mark.parametrize("text", [
    "The bombing in Baghdad was branded barbaric by France.",
    "The attack on a market in Kabul was condemned by the United Nations.",
    "Calls for a ceasefire in Lebanon were rejected by Israel.",
    "The proposal to hold talks in Norway was rejected by Sri Lanka's rebels.",
])
def test_an_attack_or_a_call_somewhere_is_not_the_places_doing(text):
    # the place of an attack is its victim, and talks or calls there are no one's measure
    for type_ in ("ACCUSE", "REJECT"):
        assert all(b not in ("IRQ", "AFG", "LBN", "NOR") for _, b, _ in events_of_type(text, type_)), coded_events(text)


def test_hostages_held_somewhere_are_not_held_by_that_state():
    text = "Japan wants the release of the hostages held in the Philippines."
    assert all(b != "PHL" for _, b, _ in events_of_type(text, "REQUEST")), coded_events(text)


def test_understood_to_have_is_reported_not_guessed():
    found = events_of_type("French paratroopers are understood to have been placed on standby.", "MOBILIZE")
    assert found and all(m == "claimed" for _, _, m in found), found
    # a belief stays a guess
    assert all(m == "hedged" for _, _, m in events_of_type("Iran is thought to have sent drones to Russia.", "AID"))


# --- court acts with no court named (family 12) ------------------------------------------------
# a Pakistani story: the country is named often enough to be the story's
PK = "Pakistan's government defended the trial. Pakistan's courts are slow, critics in Pakistan say. "


@pytest.mark.parametrize("text, dyad", [
    (PK + "His father fainted on learning his son had been convicted.", ("PAKJUD", "PAK")),
    (PK + "The inquiry centred on Khan and Malik's convictions.", ("PAKJUD", "PAK")),
    (PK + "On Monday three senior judges dismissed the two appeals.", ("PAKJUD", "PAK")),
])
def test_a_court_act_with_no_court_named_is_by_the_story_states_judiciary(text, dyad):
    type_ = "REJECT" if "dismissed" in text else "SANCTION"
    assert dyad in codes_of_type(text, type_), coded_events(text)


@pytest.mark.parametrize("text", [
    PK + "You have to have the courage of your convictions.",
    PK + "The market's conviction that the rupee would rise drove inflows.",
    PK + "They must stay true to their convictions.",
    PK + "Anyone convicted of selling the drug can be jailed.",
    PK + "Testimony of two witnesses is required to convict a person.",
    PK + "The panel includes two judges and sentencing experts.",
])
def test_a_belief_or_a_rule_is_no_conviction(text):
    assert not events_of_type(text, "SANCTION"), coded_events(text)


@pytest.mark.parametrize("text, dyad", [
    ("British farmers lost their appeal against the fine.", ("GBRJUD", None)),
    ("The Kenyan opposition leader lost his appeal against the ban.", ("KENJUD", "KENOPP")),
])
def test_losing_an_appeal_is_a_courts_rejection(text, dyad):
    found = codes_of_type(text, "REJECT")
    assert any(a == dyad[0] and (dyad[1] is None or b == dyad[1]) for a, b in found), coded_events(text)
    assert not events_of_type(text, "REQUEST"), coded_events(text)


@pytest.mark.parametrize("text", [
    "The British plan has lost its appeal.",
    "The British team lost an appeal to fans.",
    "Britain lost its appeal at the WTO.",
])
def test_an_appeal_lost_outside_a_court_is_no_rejection_by_a_court(text):
    assert not [c for c in codes_of_type(text, "REJECT") if c[0] and c[0].endswith("JUD")], coded_events(text)


# --- "amid claims that <judgement>" (family 2) --------------------------------------------------
def test_a_claim_gone_against_judges_the_person_named_before_it():
    text = "The French president approved Finance Minister Bruno Le Maire's budget amid opposition charges he was too timid."
    found = codes_of_type(text, "ACCUSE")
    assert ("FRAOPP", "FRAGOV") in found, coded_events(text)


def test_a_he_in_a_claim_that_is_no_concession_stays_unresolved():
    # no concession: nothing says whom "he" stands for
    text = "The French president spoke after opposition charges he was too timid."
    assert not [b for _, b in codes_of_type(text, "ACCUSE") if b == "FRAGOV"], coded_events(text)


def test_a_court_in_a_story_of_an_international_body_is_not_the_dateline_states():
    text = "BRUSSELS, March 3 - The Court rejected a case which argued the EC Commission had no power to act."
    assert not [a for a, _ in codes_of_type(text, "REJECT") if a == "BELJUD"], coded_events(text)


# --- promises to a state's own people, named by their role ------------------------------------------
@pytest.mark.parametrize("text", [
    UK + "Pensioners were promised cheaper fuel by the Liberal Democrats on Monday.",
    UK + "The Conservatives promised pensioners lower heating bills.",
])
def test_people_a_party_promises_to_are_its_own_states(text):
    found = codes_of_type(text, "AGREE")
    assert any(a == "GBRPTY" and b == "GBRCVL" for a, b in found), coded_events(text)


# --- an appeal against a court's ruling with no country named (family 2, court shape) ------------
def test_an_appeal_against_a_court_ruling_is_against_the_story_states_court():
    text = "Kenya's courts are slow. In Kenya the opposition fumed. They appealed against the High Court's ruling."
    assert (None, "KENJUD") in codes_of_type(text, "ACCUSE"), coded_events(text)


def test_an_appeal_against_a_referees_decision_is_no_case_at_law():
    # (in a story whose state is known, so that the rule could fire)
    text = "Kenya's courts are slow. In Kenya the opposition fumed. They appealed against the decision of the referee."
    assert not events_of_type(text, "ACCUSE"), coded_events(text)


@pytest.mark.parametrize("text", [
    "Tony Blair met George Bush amid opposition charges he had ignored the warnings.",
    "Chancellor Gordon Brown met Jacques Chirac amid claims he had broken his promise.",
])
def test_a_he_in_a_claim_after_two_people_is_no_one_guessed(text):
    assert not events_of_type(text, "ACCUSE"), coded_events(text)


# --- the monarch is another actor than the state's ministers ------------------------------------------
def test_a_minister_asking_the_monarch_is_two_actors_of_one_code():
    text = "Tony Blair met MPs in London on Monday. The prime minister then asked the Queen to dissolve Parliament."
    assert ("GBRGOV", "GBRGOV") in codes_of_type(text, "REQUEST"), coded_events(text)


def test_a_state_recalling_its_envoy_to_protest_complains_to_no_one_of_its_own():
    found = codes_of_type("China recalled its ambassador to protest the visit.", "ACCUSE")
    assert all(b is None or not b.startswith("CHN") for _, b in found), found


@pytest.mark.parametrize("text", [
    "Pakistan's courts are slow, critics in Pakistan say. Drug smugglers were convicted on Monday.",
    "Pakistan's courts are slow, critics in Pakistan say. Bank officials were convicted of fraud on Tuesday.",
])
def test_a_past_conviction_of_people_named_by_a_plural_is_a_case(text):
    assert events_of_type(text, "SANCTION"), coded_events(text)
