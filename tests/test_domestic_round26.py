"""Roles of domestic and one-sided acts (round 26), each on sentences written for these tests (no
gold text), with sentences each mechanism must leave alone:
- the places an armed group holds, named by its role ("overran a Karen rebel base"), struck by a
  state's ground forces with nothing saying it is abroad, are the state's own rebels
  (roles.home_held_place); not a strike from the air, nor one in a sentence naming another state;
- those an act threatened, promised or refused would fall on ("threatened to jail opposition
  leaders"), when they are an unarmed home group, are the doer's own people; not rebels, whose
  country the threat does not say;
- a state's role named only by "by" on a passive ("were arrested by police in the Gabonese
  capital") is that role of the place, or of the home group it acts on;
- the other party of a truce or talks agreed to ("agreed to a truce with the rebels");
- a protest gathering a state's forces strike ("fired on a student rally"), in a sentence naming
  no other country, is of their own people;
- so is the one a court sentences (events/coder.py, the implied home target);
- a force named as the government's ("government troops"), by no country, is of the country whose
  rebels or land it fights;
- a state's role named by no country ("police arrested ...") is of the place found for its act,
  where no scene preposition names it ("in the Spanish Basque country");
and the floor of the coder on the probe set tests/fixtures/probe_domestic26.jsonl."""

import pytest

from conftest import found
from probes import records, side_score


def dyads(text: str, type_: str) -> set[tuple]:
    return {(s, t) for s, t, _ in found(text, type_)}


# --- held places of the state's own armed groups ---------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Burmese troops overran a Karen rebel base on Tuesday.", ("MMR", "MMR")),
    ("Colombian police destroyed a guerrilla camp.", ("COL", "COL")),
])
def test_held_place_of_home_rebels(text, want):
    assert want in dyads(text, "ASSAULT")


@pytest.mark.parametrize("text,doer,wrong", [
    # from the air, often across a border
    ("Russia said its jets had bombed rebel camps.", "RUS", "RUS"),
    ("Russian warplanes bombed rebel bases overnight.", "RUS", "RUS"),
    # another state's land named
    ("Turkish troops raided Kurdish rebel camps in northern Iraq.", "TUR", "TUR"),
])
def test_held_place_abroad_or_from_the_air_is_not_home(text, doer, wrong):
    assert (doer, wrong) not in dyads(text, "ASSAULT")


def test_held_place_abroad_keeps_its_place():
    assert ("TUR", "IRQ") in dyads("Turkish troops raided Kurdish rebel camps in northern Iraq.", "ASSAULT")


# --- those a threatened act would fall on ----------------------------------------------------
def test_threatened_act_on_home_group():
    assert ("MOZ", "MOZ") in dyads("Mozambique's president threatened to jail opposition leaders.", "THREATEN")


def test_threatened_act_on_rebels_says_not_whose():
    assert ("USA", "USA") not in dyads("Washington threatened to punish the rebels.", "THREATEN")


# --- a state's role named by "by" on a passive ----------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Dozens of opposition supporters were arrested by police in the Gabonese capital Libreville.", ("GAB", "GAB")),
    ("Ten students were detained by soldiers in Nairobi on Friday.", ("KEN", "KEN")),
])
def test_passive_agent_role_of_the_place(text, want):
    assert want in dyads(text, "COERCE")


def test_passive_agent_is_not_of_the_nationality_of_those_arrested():
    # British tourists are arrested abroad as often as at home
    assert all(s is None for s, _ in dyads("Two British tourists were arrested by police.", "COERCE"))


def test_passive_agent_named_by_country_is_kept():
    got = dyads("Two British tourists were arrested by Emirati police in Dubai.", "COERCE")
    assert ("ARE", "GBR") in got
    assert all(s != "GBR" for s, _ in got)


# --- the other party of a truce agreed to ----------------------------------------------------
def test_truce_agreed_to_with_home_rebels():
    assert ("SDN", "SDN") in {d for t in ("AGREE", "RETREAT", "COOPERATE") for d in dyads(
        "Sudan's government agreed to a truce with the rebels.", t)}


def test_truce_agreed_to_with_a_state_is_that_state():
    got = {d for t in ("AGREE", "RETREAT", "COOPERATE") for d in dyads("Eritrea agreed to a truce with Ethiopia.", t)}
    assert ("ERI", "ERI") not in got


# --- a protest gathering struck by a state's forces ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Nepalese troops fired on a student rally.", ("NPL", "NPL")),
    ("Police in Kathmandu opened fire on a Maoist demonstration.", ("NPL", "NPL")),
])
def test_gathering_struck_is_of_home_people(text, want):
    assert want in dyads(text, "ASSAULT")


def test_gathering_struck_abroad_is_of_the_place():
    got = dyads("American troops fired on a rally in Baghdad.", "ASSAULT")
    assert ("USA", "IRQ") in got and ("USA", "USA") not in got


def test_gathering_of_named_foreigners_keeps_them():
    got = dyads("Israeli troops opened fire on a Palestinian demonstration.", "ASSAULT")
    assert ("ISR", "PSE") in got and ("ISR", "ISR") not in got


# --- a court's sentence on someone of no other country -------------------------------------
@pytest.mark.parametrize("text,want", [
    ("A Cairo court sentenced a prominent writer to five years in prison.", ("EGY", "EGY")),
    ("Iran's judiciary sentenced a reformist cleric to death.", ("IRN", "IRN")),
])
def test_court_sentences_its_own_people(text, want):
    assert want in dyads(text, "SANCTION")


def test_court_sentence_on_a_foreigner_is_on_the_foreigner():
    got = dyads("A Cairo court sentenced two Israeli spies to ten years.", "SANCTION")
    assert ("EGY", "ISR") in got and ("EGY", "EGY") not in got


# --- a force named as the government's -----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Government troops clashed with rebels outside the Liberian capital.", ("LBR", "LBR")),
    ("Government troops attacked rebel positions near the Sri Lankan town of Vavuniya.", ("LKA", "LKA")),
])
def test_government_force_is_of_the_land_it_fights(text, want):
    assert want in dyads(text, "ASSAULT")


def test_bare_troops_are_not_the_place_s():
    got = dyads("Troops clashed with rebels outside the Liberian capital.", "ASSAULT")
    assert all(s != "LBR" for s, _ in got)


# --- a state's role, by the place found for its act -----------------------------------------
def test_role_of_the_act_s_place():
    assert ("ESP", "ESP") in dyads("Police arrested 12 suspected separatists in the Spanish Basque country.", "COERCE")


def test_role_with_no_place_gets_none():
    assert all(s is None for s, _ in dyads("Police detained two British journalists.", "COERCE"))


# --- the probe set ---------------------------------------------------------------------------
def test_probe_fixture_is_well_formed():
    recs = records("probe_domestic26.jsonl")
    assert len(recs) >= 100
    for r in recs:
        assert {"text", "date", "trigger", "type", "source", "target"} <= set(r)
        assert all(w.lower() in r["text"].lower() for w in r["trigger"].split()), r
        for side in (r["source"], r["target"]):
            assert side is None or all(len(c) == 3 and c.isupper() for c in ([side] if isinstance(side, str) else side))


def test_probe_floor():
    """The event on each probe's trigger words has the probe's source and target countries
    (tests/probes.side_score)."""
    on_trigger, right = side_score("probe_domestic26.jsonl")
    # at round 26: 95 of 100 probes have an event on their trigger, 89 of them with both sides
    # right (86 before this round's role mechanisms)
    assert on_trigger >= 95
    assert right >= 89


# --- a gathering aimed at is not the shooters' own -------------------------------------------
@pytest.mark.parametrize("text, shooter", [
    ("Russian troops fired at a protest outside the Georgian parliament.", "RUS"),
    ("Indonesian soldiers shot at a rally in Dili.", "IDN"),
])
def test_protest_fired_at_is_not_the_shooters(text, shooter):
    assert all(s != shooter for s, _ in dyads(text, "PROTEST")), dyads(text, "PROTEST")


def test_protest_joined_is_the_joiners():
    assert any(s == "UKR" for s, _ in dyads("Ukrainian students took part in a protest in Kyiv.", "PROTEST"))
