"""Round 26b (helper T3): event type and recall for kinds of English the coder had missed: help
offered by one who stands ready ("was willing to help Iraq", an offer: AGREE in PLOVER's view);
sums put into an economy or its banks ("pumped $500 million into the economy", AID); an adjective
before the object that decides what is sent ("rushed medical teams", AID); who an aid word names by
their work ("aid workers", no aid given) and such workers ordered out (an expulsion); a sentence's
first word capitalised only for its place ("Guerrillas ambush army convoy"); a headline present
whose own past reads as an adjective ("Tehran arms Hezbollah, officials say"); rules on trade
lifted or eased (CAMEO 085, RETREAT) apart from other bans (081, CONCEDE).
Each mechanism has sentences that must not fire. Sentences are our own; the probe items are at the
end of tests/fixtures/probe_recall26.jsonl and probe_types26.jsonl."""
from __future__ import annotations

import pytest

from probes import plover, tokens

pytestmark = pytest.mark.model


# --- 1. help offered by one who stands ready --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Turkey is willing to help Iraq rebuild its power grid.",
    "Canada said it was ready to help Haiti after the storm.",
    "The Arab League stands ready to help Lebanon.",
    "Japan is prepared to help Indonesia with debt relief.",
])
def test_ready_to_help_is_an_offer(text):
    assert plover(text).get("help") == "AGREE", plover(text)


@pytest.mark.parametrize("text", [
    "The heavy rains helped Kenya's farmers this year.",  # help alone is no trigger
    "Lower oil prices helped Japan's economy recover.",
])
def test_help_alone_is_no_event(text):
    assert "help" not in plover(text) and "helped" not in plover(text), plover(text)


def test_unwilling_to_help_is_no_offer():
    assert plover("Britain was not willing to help Argentina.").get("help") != "AGREE"


# --- 2. sums put into an economy ---------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Tokyo poured billions of yen into the ailing Thai economy.", "poured"),
    ("Washington injected $2 billion into the Mexican economy to stem the crisis.", "injected"),
    ("Brussels pumped fresh money into the Bosnian economy after the war.", "pumped"),
])
def test_sum_put_into_an_economy_is_aid(text, word):
    assert plover(text).get(word) == "AID", plover(text)


@pytest.mark.parametrize("text, word", [
    ("Gunmen pumped bullets into the car of a Pakistani judge.", "pumped"),
    ("Firemen poured water into the burning Iraqi tanker.", "poured"),
    ("Doctors injected the vaccine into the arms of Somali children.", "injected"),
])
def test_no_sum_no_aid(text, word):
    assert plover(text).get(word) != "AID", plover(text)


# --- 3. an adjective before the object decides what is sent ------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Germany rushed medical teams to Turkey after the quake.", "rushed"),
    ("Israel dispatched rescue teams to Mexico after the earthquake.", "dispatched"),
    ("Japan sent a medical team to Iran.", "sent"),
])
def test_teams_sent_for_help(text, word):
    assert plover(text).get(word) == "AID", plover(text)


@pytest.mark.parametrize("text, word", [
    ("France rushed special teams to Corsica.", "rushed"),
    ("Russia sent negotiating teams to Chechnya.", "sent"),
    ("Chile rushed medical students to the capital for exams.", "rushed"),  # the adjective, but no team
])
def test_other_teams_are_no_aid(text, word):
    assert plover(text).get(word) != "AID", plover(text)


# --- 4. aid workers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two aid workers were kidnapped in Chechnya on Tuesday.",
    "An aid agency said Ethiopia needed more food.",
    "Relief workers reached flooded villages in Mozambique.",
])
def test_aid_workers_are_no_aid(text):
    found = plover(text)
    assert "aid" not in found and "relief" not in found, found


def test_aid_convoy_stays_aid():
    assert plover("A UN aid convoy reached Sarajevo on Monday.").get("aid") == "AID"


@pytest.mark.parametrize("text", [
    "Sudan ordered the foreign aid workers out of Darfur.",
    "Eritrea ordered Western journalists out of the country.",
])
def test_workers_ordered_out_are_expelled(text):
    assert plover(text).get("ordered") == "SANCTION", plover(text)


def test_workers_ordered_to_a_task_are_not_expelled():
    assert plover("Kenya ordered aid workers to speed up food deliveries.").get("ordered") != "SANCTION"


# --- 5. a sentence's first plural taken for a name --------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Guerrillas ambush army convoy in Kashmir.", "ambush"),
    ("Militants shell border town in Kashmir.", "shell"),
])
def test_capitalised_plural_subject(text, word):
    assert plover(text).get(word) == "ASSAULT", plover(text)


@pytest.mark.parametrize("text, word", [
    ("Guerrillas ambush tactics worried the army.", "ambush"),  # the line has its own verb
    ("Thomas Shell reported strong profits in March.", "shell"),  # a name, then the line's verb
])
def test_capitalised_plural_keeps_nouns(text, word):
    tok = next(t for t in tokens(text) if t.lower_ == word)
    assert not tok.tag_.startswith("VB"), (tok.tag_, tok.dep_)


def test_capitalised_plural_needs_no_entity():
    from diplograph.nlp import _capital_plural

    words = tokens("Philippines arms rebels, officials say.")
    assert not (words[0].ent_type_ and _capital_plural(words[0]))
    assert _capital_plural(tokens("Rebels attack town.")[0]) or tokens("Rebels attack town.")[0].tag_ != "NNP"


# --- 6. a headline present whose past reads as an adjective -----------------------------------------
@pytest.mark.parametrize("text", [
    "Tehran arms Hezbollah, Israeli officials say.",
    "Moscow arms Serbs, NATO says.",
])
def test_arms_in_a_headline(text):
    assert plover(text).get("arms") == "AID", plover(text)


def test_arms_stand_in_leaves_no_trace():
    text = "Tehran arms Hezbollah, Israeli officials say."
    words = tokens(text)
    arms = next(t for t in words if t.lower_ == "arms")
    assert "".join(t.text_with_ws for t in words) == text
    assert arms.lemma_ == "arm" and arms.tag_ == "VBZ"


def test_arms_sales_stay_a_noun():
    tok = next(t for t in tokens("U.S. arms sales to Taiwan anger Beijing.") if t.lower_ == "arms")
    assert not tok.tag_.startswith("VB")


# --- 7. rules on trade eased are sanctions relief -------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Washington lifted a ban on arms sales to Jakarta.", "lifted"),
    ("Tokyo eased curbs on imports of American beef.", "eased"),
    ("Seoul lifted restrictions on Japanese imports.", "lifted"),
    ("India eased curbs on trade with Pakistan.", "eased"),
])
def test_trade_rules_eased_retreat(text, word):
    assert plover(text).get(word) == "RETREAT", plover(text)


@pytest.mark.parametrize("text, word", [
    ("Algeria lifted a ban on political parties.", "lifted"),
    ("Rangoon eased curbs on the press.", "eased"),
])
def test_other_rules_eased_concede(text, word):
    assert plover(text).get(word) == "CONCEDE", plover(text)


# --- 8. an aid word that names people, read as a verb; aid that is cut ------------------------------
@pytest.mark.parametrize("text", [
    "Aid officials in Kabul said the roads were closed.",
    "Aid workers said Ethiopia needed more food.",
])
def test_first_word_aid_givers_no_aid(text):
    found = plover(text)
    assert "aid" not in found, found


def test_aid_as_first_verb_stays():
    # a bare "Aid" whose object is no giver keeps its reading (no person named by their work)
    from diplograph.events.coder import _aid_givers_named

    assert not any(_aid_givers_named(t) for t in tokens("Aid Bosnia now, the envoy urged."))


def test_aid_cuts_are_sanctions():
    found = plover("Germany announced deep aid cuts to Kenya.")
    assert found.get("cuts") == "SANCTION" and "aid" not in found, found


def test_tax_cuts_are_no_event():
    assert "cuts" not in plover("Germany announced deep tax cuts for Bavarian farmers.")
