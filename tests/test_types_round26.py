"""Round 26 (helper T): which PLOVER type an event gets, probed with wire idioms the lexicon did not
list (light verbs and phrasal idioms: "played host to", "came to the defence of", "turned to X for
help", "sat down for talks", "ordered the monitors out"), sending verbs other than "send" with the
same objects ("dispatched peacekeepers", "rushed food"), positions overrun, truces violated,
commissive verbs ("undertook to", "volunteered to") and a double object the parser read as a
compound ("branded British officials liars"). Each family has a sentence that must not change.
Sentences are our own; the probe set is tests/fixtures/probe_types26.jsonl."""
from __future__ import annotations

import pytest

from probes import plover, PLOVER_TYPES, records as load_records, type_score

pytestmark = pytest.mark.model


# --- 1. light verbs and phrasal idioms ------------------------------------------------------------
@pytest.mark.parametrize("text, word, type_", [
    ("Oman played host to an Iranian trade mission last week.", "played", "CONSULT"),
    ("Kenya came to the defence of Uganda's president against charges of vote buying.", "came", "SUPPORT"),
    ("Turkey came to the aid of Azerbaijan after the earthquake.", "came", "AID"),
    ("Chile voiced sympathy with Peru after the mudslides.", "voiced", "SUPPORT"),
    ("Laos turned to Thailand for help in fighting the floods.", "turned", "REQUEST"),
    ("Delegates of Sudan and Chad sat down for talks in Tripoli on Monday.", "sat", "CONSULT"),
    ("Burundi ordered UN observers out of the country on Friday.", "ordered", "SANCTION"),
    ("Panama handed over intelligence on the smuggling ring to Colombian police.", "handed", "COOPERATE"),
])
def test_light_verb_idioms(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("The general came to power in a coup in 1992.", "came"),  # no defence, no aid
    ("Hungary turned to the question of minority rights at the meeting.", "turned"),  # no help asked
    ("Delegates sat down in the hall on Monday.", "sat"),  # no talks
])
def test_idiom_needs_its_noun(text, word):
    assert word not in plover(text), plover(text)


def test_played_host_to_an_occasion_is_no_visit():
    # a festival or games held is not a visitor received (CAMEO 043 needs a guest)
    assert "played" not in plover("Toronto played host to an annual film festival in September.")


def test_ordering_own_troops_out_is_no_expulsion():
    # "out" alone does not make an expulsion: only those a state hosts can be ordered out
    assert plover("Peru ordered its troops out of the barracks to patrol Lima.").get("ordered") != "SANCTION"


def test_handed_over_goods_is_still_aid():
    assert plover("Japan handed over medicines and tents to Nepal on Sunday.").get("handed") == "AID"


# --- 2. sending verbs other than "send", positions overrun, truces broken ----------------------------
@pytest.mark.parametrize("text, word, type_", [
    ("Ghana dispatched peacekeepers to Liberia in August.", "dispatched", "AID"),
    ("Cuba dispatched doctors to Haiti after the storm.", "dispatched", "AID"),
    ("Egypt rushed food and medicine to Gaza on Tuesday.", "rushed", "AID"),
    ("Rwandan rebels overran an army garrison near Gisenyi.", "overran", "ASSAULT"),
    ("Colombian guerrillas overran a police outpost in Cauca.", "overran", "ASSAULT"),
    ("Sri Lanka's army violated the truce by shelling Tamil villages, the rebels said.", "violated", "ASSAULT"),
    ("Azerbaijan breached the truce near the Armenian border, Yerevan said.", "breached", "ASSAULT"),
])
def test_sending_overrunning_breaching(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


def test_bare_dispatch_is_no_aid():
    assert plover("Reuters dispatched a correspondent to Kabul.").get("dispatched") != "AID"


# --- 3. commissive verbs: what one undertakes or volunteers to do is promised ------------------------
@pytest.mark.parametrize("text, word", [
    ("The Nigerian government undertook to release all political prisoners by June.", "release"),
    ("Canada volunteered to host the next round of Mideast peace talks.", "host"),
])
def test_commissive_verbs_promise(text, word):
    assert plover(text).get(word) == "AGREE", plover(text)


def test_released_prisoners_stays_retreat():
    assert plover("The Nigerian government released all political prisoners in June.").get("released") == "RETREAT"


# --- 4. two objects the parser joined as a compound ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Zimbabwe's president branded British officials liars and colonialists.",
    "Venezuela's president branded American diplomats spies.",
])
def test_branded_plural_object(text):
    assert plover(text).get("branded") == "ACCUSE", plover(text)


def test_branded_goods_no_accusation():
    assert "branded" not in plover("Kenya branded its tea exports for the European market.")


# --- 5. verbs whose type depends on their object or subject ------------------------------------------
@pytest.mark.parametrize("text, word, type_", [
    ("Germany shelved a planned loan to Belarus after the crackdown.", "shelved", "SANCTION"),
    ("Ecuador shelved border talks with Peru on Monday.", "shelved", "SANCTION"),
    ("Hanoi poured scorn on the allegations by Human Rights Watch.", "poured", "REJECT"),
    ("Kiev poured scorn on Moscow's new gas pricing plan.", "poured", "ACCUSE"),  # scorn for a plan is criticism
    ("Chile took issue with Bolivia over its claim to the coast.", "took", "ACCUSE"),
    ("Pyongyang shrugged off the threat of new UN sanctions.", "shrugged", "REJECT"),
    ("Belgrade stonewalled the tribunal's requests for documents.", "stonewalled", "REJECT"),
    ("Dock workers in Rotterdam downed tools for a second day.", "downed", "PROTEST"),
    ("Secret police in Minsk picked up three opposition activists.", "picked", "COERCE"),
    ("A car bomb ripped through a police station in Grozny.", "ripped", "ASSAULT"),
    ("A blast tore through a bus in Jerusalem on Sunday.", "tore", "ASSAULT"),
    ("Croatia handed the fugitive colonel over to the war crimes tribunal.", "handed", "COOPERATE"),
])
def test_object_or_subject_keyed(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("A fire ripped through a textile factory in Dhaka.", "ripped"),  # no bomb, no attack
    ("Rescuers picked up 40 survivors off the coast of Sicily.", "picked"),  # no coded person taken
    ("Pakistani jets downed an Indian drone over Kashmir.", None),  # downing still ASSAULT (below)
    ("Peru's president shrugged off the resignation of his finance minister.", "shrugged"),  # an event made light of
    ("Ghana's government took up the issue with the World Bank.", "took"),  # a matter raised, no criticism
])
def test_object_or_subject_keyed_negatives(text, word):
    found = plover(text)
    if word is None:
        assert found.get("downed") == "ASSAULT", found
    else:
        assert found.get(word) not in ("ASSAULT", "COERCE", "REJECT", "ACCUSE"), found


# --- 6. names one calls an actor, with a verb of calling only -------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Rwanda's president called the Congolese leader a puppet.", "called"),
    ("Havana described the Miami exile groups as terrorists.", "described"),
])
def test_calling_names(text, word):
    assert plover(text).get(word) == "ACCUSE", plover(text)


def test_describing_attackers_is_no_accusation():
    # what someone is said to be describes them: "terrorist" is no condemning noun after "were"
    assert "ACCUSE" not in plover("Spanish police said the bombers were terrorists from a Basque cell.").values()


# --- 7. risings put down, suspects questioned -----------------------------------------------------
@pytest.mark.parametrize("text, word, type_", [
    ("Loyal troops put down an army mutiny in Bissau.", "put", "ASSAULT"),
    ("Riot police quelled the unrest in the Kenyan port of Mombasa.", "quelled", "ASSAULT"),
    ("Belgian police questioned two Moroccan diplomats about the forged visas.", "questioned", "ACCUSE"),
])
def test_repression_and_questioning(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("The Labour MP put down a motion in the Commons.", "put"),  # no rising
    ("Greek opposition deputies questioned the finance minister about the budget.", "questioned"),  # no officers of the law
])
def test_repression_and_questioning_negatives(text, word):
    assert word not in plover(text), plover(text)


# --- 8. the probe set: a floor ----------------------------------------------------------------------
def test_probe_fixture_well_formed():
    records = load_records("probe_types26.jsonl")
    assert len(records) >= 200
    assert {r["cameo_root"] for r in records} == {f"{n:02d}" for n in range(1, 21)}
    for r in records:
        assert r["type"] in PLOVER_TYPES and r["trigger"] and {"source", "target"} <= r.keys()
        assert all(w in r["text"].lower() for w in r["trigger"].lower().split()), r


def test_probe_floor():
    good, n = type_score("probe_types26.jsonl")
    assert good >= 216, (good, n)  # 175 of 215 before this round; 216 of 223 with round 26b (helper T3)
