"""Round 17d: who judges an attack did not do it; a clash of words is no fight; "fire" before a
noun of a service or an exercise is no fire held. Sentences are our own."""
from __future__ import annotations

import pytest

from conftest import codes_of_type, coded_events, events_of_type, token


def _sources(text: str, type_: str) -> set[str | None]:
    return {src for src, _ in codes_of_type(text, type_)}


# --- 1. the judge of an attack noun is not its doer ---------------------------------------------
@pytest.mark.parametrize("text, judge", [
    ("The shelling in Mosul was branded barbaric by Germany.", "DEU"),
    ("Germany called the shelling barbaric.", "DEU"),
    ("The Spanish minister said the shelling in Mosul was barbaric.", "ESP"),
    ("Germany denounced the shelling as illegal.", "DEU"),
    ("The raid on the village was condemned by Germany.", "DEU"),
])
def test_judge_of_an_attack_is_not_its_doer(text, judge):
    sources = {src for src, _, _ in events_of_type(text, "ASSAULT")}
    assert judge not in sources, events_of_type(text, "ASSAULT")


def test_judged_attack_gets_no_unnamed_attackers():
    # no "unidentified attackers of Iraq" invented for a bombing only judged
    codes = codes_of_type("The Spanish minister said the shelling in Mosul was barbaric.", "ASSAULT")
    assert not any(src and src.endswith("UAF") for src, _ in codes), codes


def test_judged_attack_still_criticised():
    assert events_of_type("The shelling in Mosul was branded barbaric by Germany.", "ACCUSE")


@pytest.mark.parametrize("text, doer", [
    # a light verb still gives its noun a doer
    ("Germany launched air strikes on Syria.", "DEU"),
    ("The air strikes on Syria were launched by Germany.", "DEU"),
    # an attack with a doer of its own keeps it
    ("Turkish troops shelled the village, and the shelling by Turkish troops was called barbaric by Greece.", "TUR"),
])
def test_doer_of_an_attack_kept(text, doer):
    sources = {src for src, _, _ in events_of_type(text, "ASSAULT")}
    assert doer in sources, events_of_type(text, "ASSAULT")


def test_unnamed_attackers_of_a_bombing_that_happened():
    # an attack told as done, not judged, still gets the place's unnamed attackers
    codes = codes_of_type("The bombing in Mosul killed twelve people on Sunday.", "ASSAULT")
    assert any(src == "IRQUAF" for src, _ in codes), codes


@pytest.mark.parametrize("text, word, want", [
    ("The dockers called a strike at the port.", "strike", False),  # calling one is no judgement
    ("The union branded the strike illegal.", "strike", True),
    ("The union branded the walkout illegal.", "walkout", True),
    ("The union called the strike a disgrace.", "strike", True),
    ("The minister said the raid was outrageous.", "raid", True),
    ("The minister said the raid was over.", "raid", False),
    ("Rebels launched a raid on the town.", "raid", False),
])
def test_judged(nlp, text, word, want):
    from diplograph.events.roles import judged

    assert judged(token(nlp, text, word)) is want


# --- 2. a clash of words is a dispute, a clash of forces a fight --------------------------------
@pytest.mark.parametrize("text", [
    "Britain's most senior judge has clashed with ministers over the asylum bill.",
    "The opposition clashed with the government in parliament on Tuesday.",
    "Spain clashed with Italy over the fishing policy.",
    "Labour clashed with the Conservatives in a row over hospital funding.",
    # the issue a question, or a demand
    "The Lord Chief Justice said he had clashed with ministers about how judges are appointed.",
    "Britain and Japan clashed over Japanese demands for access to the market.",
])
def test_clash_of_words_is_no_assault(text):
    events = coded_events(text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


def test_clash_of_words_is_a_dispute():
    assert events_of_type("Spain clashed with Italy over the fishing policy.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "Indian troops clashed with Pakistani soldiers in Kashmir.",
    "Sudanese troops clashed with rebels in Darfur on Monday.",
    "Israeli forces clashed with Hezbollah fighters on the border.",
])
def test_clash_of_forces_stays_assault(text):
    assert events_of_type(text, "ASSAULT"), [(e.type, e.trigger) for e in coded_events(text)]


def test_clash_with_people_hurt_is_a_fight():
    # a clash over a vote in which people die is no clash of words
    text = "Two people were killed when Kenyan party supporters clashed with rivals over the election result."
    assert events_of_type(text, "ASSAULT"), [(e.type, e.trigger) for e in coded_events(text)]


def test_police_clash_over_a_bill_is_no_dispute():
    # police and protesters fight in the street even when it is over a bill
    assert not events_of_type("Greek police clashed with protesters over the pension bill.", "ACCUSE")


# --- 3. "fire" naming a kind of drill, brigade or alarm is no fire held --------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops held a fire drill near Gaza.",
    "The Iraqi army held a fire safety exercise in Basra.",
    "Russian soldiers held a fire drill at the base in Syria.",
])
def test_fire_as_a_kind_is_no_ceasefire(text):
    assert not events_of_type(text, "RETREAT"), [(e.type, e.trigger) for e in coded_events(text)]


@pytest.mark.parametrize("text", [
    "The Israeli army held fire in Gaza.",
    "Russian soldiers held fire along the line for a day.",
])
def test_holding_fire_still_a_ceasefire(text):
    assert events_of_type(text, "RETREAT"), [(e.type, e.trigger) for e in coded_events(text)]
