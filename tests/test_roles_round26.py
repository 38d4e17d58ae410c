"""Role mechanisms of round 26 (who is source, who is target), each on sentences written for these
tests (no gold text), with a sentence each mechanism must leave alone:
- the subject the parser joined to the object ending an opening clause ("After Russian troops
  entered Chechnya, Latvia protested", sentence._split_from_opening);
- an object pronoun of a second verb joined to the first, pointing back to the first verb's object
  (roles._object_pronoun_antecedent);
- the other party of an act held with another, named on a passive's subject ("talks with Eritrea
  were postponed by Ethiopia");
- the teller's own people or things in a reported deed of force, named by "its"/"their"
  (roles._reporters_own), and so the accuser's ("accused Baghdad of shelling their villages",
  roles._accuser);
- the sender of those a relative clause of sending names, and the doer named by "by" on an act
  that is the subject (roles._sender);
- the sides of a joint act breaking out, named with "between" on the verb of breaking out
  ("clashes broke out between Indian and Chinese troops", roles._noun_roles);
- a confiscation no one is named for is the act of the state where it happens (words.STATE_LEGAL_CAMEOS);
and the floor of the coder on the roles probe set tests/fixtures/probe_roles26.jsonl."""

import pytest

from conftest import found
from probes import records, side_score


def dyads(text: str, type_: str) -> set[tuple]:
    return {(s, t) for s, t, _ in found(text, type_)}


def sources(text: str, type_: str) -> set:
    return {s for s, _ in dyads(text, type_)}


# --- the subject after an opening clause, read as a list with its last noun ------------------
def test_subject_split_from_the_opening_clause():
    got = dyads("After Russian troops entered Chechnya, Latvia protested to Moscow.", "ACCUSE")
    assert ("LVA", "RUS") in got
    assert "RUS" not in {s for s, _ in got}  # Chechnya is where the troops went, not who protests


def test_a_real_list_of_subjects_after_an_opening_clause_is_kept():
    got = sources("When the talks failed, Britain, France and Germany protested to Moscow.", "ACCUSE")
    assert {"GBR", "FRA", "DEU"} <= got


# --- a second verb's object pronoun ----------------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Turkey criticised Greece and accused it of arming the rebels.", "ACCUSE", ("TUR", "GRC")),
    ("Egypt condemned Israel and urged it to halt the raids.", "REQUEST", ("EGY", "ISR")),
])
def test_pronoun_object_of_a_joined_verb(text, type_, want):
    assert want in dyads(text, type_)


def test_pronoun_of_a_joined_verb_is_not_its_subject():
    assert ("TUR", "TUR") not in dyads("Turkey criticised Greece and accused it of arming the rebels.", "ACCUSE")


# --- the other party of a held act, on a passive's subject -----------------------------------
@pytest.mark.parametrize("text,want", [
    ("Talks with Eritrea were postponed by Ethiopia.", ("ETH", "ERI")),
    ("A meeting with the Chinese premier was cancelled by Japan.", ("JPN", "CHN")),
])
def test_party_of_a_held_act_put_off(text, want):
    assert want in {(s, t) for type_ in ("SANCTION", "REJECT") for s, t in dyads(text, type_)}


def test_the_one_an_act_was_on_is_not_the_judged():
    # who was attacked is not who is condemned
    assert ("EGY", "ISR") not in dyads("The attack on Israel was condemned by Egypt.", "ACCUSE")


# --- the teller's own, named by a possessive pronoun -----------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Georgia said Russia had detained three of its citizens.", ("RUS", "GEO")),
    ("Thai officials said Cambodia had arrested their soldiers.", ("KHM", "THA")),
])
def test_reported_deed_on_the_tellers_own(text, want):
    assert want in dyads(text, "COERCE")


def test_deed_laid_on_another_hits_the_accusers_own():
    assert ("IRQ", "IRQ") in dyads("Iraqi Kurds accused Baghdad of shelling their villages.", "ASSAULT")


def test_accusers_own_needs_the_pronoun_to_agree():
    # "their" is not the one state that accuses
    assert ("RUS", "GEO") not in dyads("Georgia accused Russia of arresting their leaders.", "COERCE")


@pytest.mark.parametrize("text,type_,not_want", [
    # one's own troops withdrawn are no deed on the teller
    ("Georgia said Russia had withdrawn its troops from the valley.", "RETREAT", ("RUS", "GEO")),
    # "its own": the doer's
    ("India said Pakistan had attacked its own people.", "ASSAULT", ("PAK", "IND")),
])
def test_the_doers_own_is_not_the_tellers(text, type_, not_want):
    assert not_want not in dyads(text, type_)


# --- the sender of those sent, and the doer of an act named as the subject -------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Troops that Kenya deployed to Somalia attacked militant bases.", "ASSAULT", "KEN"),
    ("The envoy that Norway dispatched to Colombo met the Sri Lankan president.", "CONSULT", "NOR"),
    ("The bombing, carried out by Chechen rebels, killed five Russian soldiers.", "ASSAULT", "RUS"),
    ("The ambush, staged by Hezbollah guerrillas, killed three Israeli soldiers.", "ASSAULT", "LBN"),
])
def test_sender_or_named_doer_acts(text, type_, want):
    assert want in sources(text, type_)


@pytest.mark.parametrize("text,type_,not_want", [
    # backing is no sending: the backer does not attack
    ("The rebels that Uganda backs attacked army posts in Congo.", "ASSAULT", "UGA"),
    # the soldiers trained are no act: their trainer does not attack
    ("The soldiers, trained by France, attacked rebel camps in Mali.", "ASSAULT", "FRA"),
])
def test_no_sender_for_other_relations(text, type_, not_want):
    assert not_want not in sources(text, type_)


# --- "between" on the verb a joint act breaks out with --------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Clashes broke out between Indian and Chinese troops in the Himalayas.", "ASSAULT", {"IND", "CHN"}),
    ("Talks resumed between Israel and Syria.", "CONSULT", {"ISR", "SYR"}),
])
def test_sides_of_a_joint_act_breaking_out(text, type_, want):
    assert any({s, t} == want for s, t in dyads(text, type_))


def test_unrest_breaking_out_keeps_its_place():
    assert ("NGA", "NGA") in dyads("Riots erupted in Lagos.", "PROTEST")


# --- the probe set ---------------------------------------------------------------------------
def test_probe_fixture_is_well_formed():
    recs = records("probe_roles26.jsonl")
    assert len(recs) >= 120
    for r in recs:
        assert {"text", "trigger", "type", "source", "target"} <= set(r)
        assert all(w.lower() in r["text"].lower() for w in r["trigger"].split()), r
        for side in (r["source"], r["target"]):
            assert side is None or all(len(c) == 3 and c.isupper() for c in ([side] if isinstance(side, str) else side))


def test_probe_floor():
    """The event on each probe's trigger word has the probe's source and target countries
    (tests/probes.side_score)."""
    on_trigger, right = side_score("probe_roles26.jsonl")
    # at round 26: 122 of 130 probes have an event on their trigger, 117 of them with both sides right
    assert on_trigger >= 122
    assert right >= 117
