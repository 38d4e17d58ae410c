"""Round 26 (helper T2): sentences where an event is there and the coder found none. Headline
verbs the small model reads as nouns ("EU curbs imports", "Turkey aids quake victims", "Rebels
attack army base"), parsed again in the past tense (nlp.reparse_headline_verbs); the act named
under a stretch of it ("sat down for a new round of talks"); loyalty to an actor after a
preposition ("stood by its ally"); people driven from their homes; curbs on trade and on rallies;
a past the parser read as a modifier ("Seoul scrambled|amod fighter jets after ..."), parsed again
with a plain transitive past in its place.
Each mechanism has sentences that must not change. Sentences are our own; the probe set is
tests/fixtures/probe_recall26.jsonl."""
from __future__ import annotations

import pytest

from probes import plover, PLOVER_TYPES, records as load_records, tokens, type_score

pytestmark = pytest.mark.model


# --- 1. headline verbs read as nouns ----------------------------------------------------------------
@pytest.mark.parametrize("text, word, type_", [
    ("Chile curbs imports of Argentine beef.", "curbs", "SANCTION"),
    ("Oslo aids flood victims in Bangladesh.", "aids", "AID"),
    ("Insurgents attack police post near Kirkuk.", "attack", "ASSAULT"),
    ("Zambia bans opposition rallies before poll.", "bans", "COERCE"),
    ("Manila curbs protests near presidential palace.", "curbs", "COERCE"),  # "protests" had been the verb
    ("Hanoi lifts sanctions on Phnom Penh.", "lifts", "RETREAT"),
])
def test_headline_verbs(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("U.S. arms sales to Taiwan anger Beijing.", "arms"),  # the line has its own verb
    ("EU curbs on imports draw fire from China.", "curbs"),
    ("Police attack dogs were used in the raid.", "attack"),
    ("Chinese textile imports rose in March.", "imports"),  # no trigger verb in the noun's place
    ("Security forces fired tear gas at the crowd.", "forces"),  # the next word is the verb, in the past
])
def test_nouns_that_stay_nouns(text, word):
    tok = next(t for t in tokens(text) if t.lower_ == word)
    assert not tok.tag_.startswith("VB"), (tok.tag_, tok.dep_)


@pytest.mark.parametrize("text", [
    # under a verb of saying: the reported clause has its verb, or the word is in the teller's name
    "Steel orders fell 3 pct in May, the ministry said.",
    "Nestle shares are up 40p on the bid news, traders added.",
    "A Texas appeals court has told the firm to pay damages.",
    "This region does need more aid, the envoy said.",  # a helping verb
    "Avg shares 2,104,331 vs 1,998,207",  # a table row: a figure is no object
])
def test_lines_parsed_once(text):
    """No word of these is a headline verb: the pipeline keeps the model's own parse."""
    from diplograph.nlp import load

    plain = load()(text)
    assert [(t.tag_, t.dep_, t.head.i) for t in tokens(text)] == [(t.tag_, t.dep_, t.head.i) for t in plain]


def test_headline_reparse_keeps_text_and_other_sentences():
    text = "The talks collapsed. Chile curbs imports of Argentine beef. Buenos Aires protested."
    before = tokens("The talks collapsed.")
    words = tokens(text)
    assert "".join(t.text_with_ws for t in words) == text
    assert [(t.tag_, t.dep_) for t in words[:len(before) - 1]] == [(t.tag_, t.dep_) for t in before[:-1]]
    curbs = next(t for t in words if t.lower_ == "curbs")
    assert curbs.tag_ == "VBZ" and curbs.lemma_ == "curb" and curbs.dep_ == "ROOT"
    assert {"curbs": "SANCTION", "protested": "ACCUSE"}.items() <= plover(text).items(), plover(text)


# --- 1b. a past the parser read as a modifier of the object ("Seoul scrambled|amod fighter jets") ---
@pytest.mark.parametrize("text, word, type_", [
    ("Taipei scrambled fighters as Chinese jets crossed the median line.", "scrambled", "MOBILIZE"),
    ("Tokyo scrambled jets as Russian bombers approached Hokkaido.", "scrambled", "MOBILIZE"),
    ("Cuba's government defied a U.S. warning to stop the flotilla.", "defied", "REJECT"),
])
def test_past_read_as_modifier(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("Rebels armed with machetes attacked the village.", "armed"),  # a modifier that is one: the clause has its verb
    ("Soldiers wounded in the clash were flown to Kabul.", "wounded"),
    ("Prisoners freed last week returned home.", "freed"),
])
def test_modifiers_that_stay_modifiers(text, word):
    tok = next(t for t in tokens(text) if t.lower_ == word)
    assert tok.dep_ != "ROOT" and tok.lemma_ != "reject", (tok.tag_, tok.dep_, tok.lemma_)


def test_stand_in_leaves_no_trace():
    words = tokens("Tokyo scrambled jets as Russian bombers approached Hokkaido.")
    verb = next(t for t in words if t.lower_ == "scrambled")
    assert verb.text == "scrambled" and verb.lemma_ == "scramble" and verb.tag_ == "VBD" and verb.dep_ == "ROOT"
    assert "rejected" not in "".join(t.text_with_ws for t in words)


@pytest.mark.parametrize("lemma, past", [
    ("ban", "banned"), ("supply", "supplied"), ("curb", "curbed"), ("seize", "seized"), ("aid", "aided"),
    ("visit", "visited"), ("meet", "met"), ("arm", "armed"), ("slam", "slammed"), ("vow", "vowed"),
])
def test_past_tense(lemma, past):
    from diplograph.nlp import _past

    assert _past(lemma) == past


# --- 2. the act under a stretch of it ---------------------------------------------------------------
def test_round_of_talks():
    found = plover("Sudanese and Chadian envoys sat down in Tripoli for a fresh round of talks.")
    assert found.get("sat") == "CONSULT", found


def test_round_of_applause_is_no_talks():
    assert "sat" not in plover("Delegates sat down in the hall for a round of applause.")


# --- 3. loyalty to an actor after a preposition -----------------------------------------------------
def test_stood_by_an_ally():
    assert plover("Tehran stood by its ally Damascus throughout the crisis.").get("stood") == "SUPPORT"


@pytest.mark.parametrize("text, word", [
    ("France stood by its decision to sell the warships.", "stood"),  # a decision is no actor
    ("Police stood by as the crowd looted shops.", "stood"),  # no one stood by
    ("A text was released in Washington.", "released"),  # a place after the verb is no person freed
])
def test_preposition_object_not_an_actor(text, word):
    assert word not in plover(text), plover(text)


# --- 4. driven from their homes; curbs; criticism of a report; a veto of membership -----------------
@pytest.mark.parametrize("text, word, type_", [
    ("Militias drove thousands of villagers from their homes in Darfur.", "drove", "ASSAULT"),
    ("Bangladesh curbed rallies ahead of the general election.", "curbed", "COERCE"),
    ("The European Union curbed imports of Chinese shoes.", "curbed", "SANCTION"),
    ("Moscow slammed the OSCE report on the Chechen vote.", "slammed", "ACCUSE"),
    ("Cyprus blocked Turkey's membership bid.", "blocked", "REJECT"),
    ("Angolan troops recaptured the town of Uige from UNITA rebels.", "recaptured", "COERCE"),  # as capture
    ("Algerian Islamists slit the throats of 16 villagers near Blida.", "slit", "ASSAULT"),
    ("Manila scrambled navy ships after Chinese boats entered the shoal.", "scrambled", "MOBILIZE"),
    ("The junta kicked the BBC reporters out of the country.", "kicked", "COERCE"),  # persons expelled
    ("Zimbabwe threw out a British journalist on Friday.", "threw", "COERCE"),
    ("Saudi Arabia ordered troops into the border region with Yemen.", "ordered", "MOBILIZE"),
    ("Albania opened its borders to ethnic Albanian refugees.", "opened", "AID"),  # shelter given
])
def test_lexicon_rows(text, word, type_):
    assert plover(text).get(word) == type_, plover(text)


@pytest.mark.parametrize("text, word", [
    ("The diplomats drove home from the airport on Sunday.", "drove"),
    ("The central bank curbed inflation last year.", "curbed"),
    ("The bouncer threw the drunk out of the bar.", "threw"),  # no coded person
    ("Turkey opened its border to trade with Armenia.", "opened"),  # no refugees
])
def test_lexicon_rows_negatives(text, word):
    assert word not in plover(text), plover(text)


def test_own_troops_ordered_to_withdraw_stay_no_request():
    # a state's order to its own forces is no event between two actors; only troops sent somewhere
    # are a build-up of its own
    found = plover("Russia ordered its troops to withdraw from the border.")
    assert found.get("ordered") not in ("REQUEST", "MOBILIZE"), found


def test_proposal_thrown_out_stays_rejected():
    assert plover("Kenya threw out the request from Uganda.").get("threw") == "REJECT"


# --- 5. the probe set: a floor ----------------------------------------------------------------------
def test_probe_fixture_well_formed():
    records = load_records("probe_recall26.jsonl")
    assert len(records) >= 150
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        assert r["type"] in PLOVER_TYPES and r["trigger"] and {"source", "target", "cameo_root"} <= r.keys()
        assert all(w in r["text"].lower() for w in r["trigger"].lower().split()), r


def test_probe_floor():
    good, n = type_score("probe_recall26.jsonl")
    assert good >= 201, (good, n)  # 157 of 197 before this round; 201 of 212 with round 26b (helper T3)
