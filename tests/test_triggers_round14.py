"""Fourteenth round of trigger rows (data/ontology/triggers.csv) and tokenizer special cases
(nlp.py): verbal criticism in idioms and headline verbs (ACCUSE 111), orders given with "tell"
(REQUEST 100), crowd control with tear gas and water cannon (ASSAULT 175), and hyphenated words
the tokenizer used to split into trigger-looking pieces ("by-election", "gas-fired"). Invented
sentences, coded by the real pipeline; each family has cases the rows must leave alone."""
import pytest
from conftest import assert_coded, assert_not_coded, coded_events

pytestmark = pytest.mark.model


# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CODED = [
    # ACCUSE 111: criticism idioms, the target from the preposition's object
    ("The German chancellor rounded on the Russian president over the gas deal.", "ACCUSE", ("DEU", "RUS"), None),
    ("The French president took aim at the Italian government on migration.", "ACCUSE", ("FRA", "ITA"), None),
    ("The Kenyan opposition poured scorn on the Kenyan president.", "ACCUSE", ("KEN", "KEN"), None),
    ("The Spanish prime minister heaped criticism on the Moroccan government.", "ACCUSE", ("ESP", "MAR"), None),
    ("The Iranian foreign minister railed against the United States.", "ACCUSE", ("IRN", "USA"), None),
    ("The Chilean president lambasted the Peruvian government.", "ACCUSE", ("CHL", "PER"), None),
    # headline verbs: with an actor as object, or a plan or policy (its owner is the target)
    ("The Pakistani prime minister blasted the Indian government.", "ACCUSE", ("PAK", "IND"), None),
    ("The Pakistani prime minister blasted India's plan to build the dam.", "ACCUSE", ("PAK", "IND"), None),
    ("The Indian opposition savaged the Indian prime minister.", "ACCUSE", ("IND", "IND"), None),
    ("The Indian opposition savaged the government's budget.", "ACCUSE", ("IND", "IND"), None),
    ("The Chinese government slammed Japan's decision to send troops.", "ACCUSE", ("CHN", "JPN"), None),
    ("The Indian government was slammed for its handling of the floods.", "ACCUSE", (None, "IND"), None),
    # a plan pounced on to be used against its author
    ("The Israeli opposition leader seized on the Israeli prime minister's remarks.", "ACCUSE", ("ISR", "ISR"), "COERCE"),
    ("Opposition leader Kemal Kilicdaroglu seized upon the Turkish president's comments.", "ACCUSE", ("TUR", "TUR"), "COERCE"),
    # blasting with weapons is force, not words
    ("Israeli troops blasted the Palestinian gunmen with tank fire.", "ASSAULT", ("ISR", None), "ACCUSE"),
    # a door slammed on talks is a refusal; praise heaped on someone is support
    ("The Russian foreign minister slammed the door on talks with Georgia.", "REJECT", ("RUS", None), "ACCUSE"),
    ("The Canadian prime minister heaped praise on the American president.", "SUPPORT", ("CAN", "USA"), None),
    # REQUEST 100: told to do something, actively or passively
    ("The Indian government told Pakistan to halt the shelling.", "REQUEST", ("IND", "PAK"), None),
    ("The Iraqi government was told by the United Nations to disarm.", "REQUEST", (None, "IRQ"), None),
    ("The Russian ambassador was told to leave the country.", "SANCTION", (None, "RUS"), "REQUEST"),
    ("The American president told the Syrian president to step down.", "REQUEST", ("USA", "SYR"), None),
    ("The French government told the Malian rebels to hand over the hostages.", "REQUEST", ("FRA", "MLI"), None),
    # ASSAULT crowd control: tear gas and water cannon
    ("Kenyan police fired tear gas at opposition supporters in Nairobi.", "ASSAULT", ("KEN", None), None),
    ("Turkish police used water cannon against the demonstrators.", "ASSAULT", ("TUR", None), None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CODED)
def test_round14_rows_code(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


def test_crowd_control_has_its_own_code():
    events = coded_events("Kenyan police fired tear gas at opposition supporters in Nairobi.")
    assert any(e.type == "ASSAULT" and e.cameo == "175" for e in events), [(e.type, e.cameo) for e in events]


# the same words where they name no political act
NOT_CODED = [
    ("The Zimbabwean president turned on the lights in the hall.", "ACCUSE"),
    # "turn on" is no criticism row: soldiers who turn on protesters attack them
    ("Burmese soldiers turned on the protesters in Rangoon.", "ACCUSE"),
    ("The striker blasted the ball into the net.", "ACCUSE"),
    ("Critics savaged the new film about the war.", "ACCUSE"),
    ("The Brazilian president slammed his fist on the table and left.", "ACCUSE"),
    ("Traders seized on the figures to sell the dollar.", "COERCE"),
    ("The American president told reporters that the talks went well.", "REQUEST"),
    ("The crowd dispersed peacefully after the speech.", "ASSAULT"),
    # hyphenated words kept whole by the tokenizer
    ("The party called a by-election for the seat.", "REQUEST"),
    ("Labour fought the by-election on local issues.", "ASSAULT"),
    ("The Conservatives will fight the by-election in Kent.", "ASSAULT"),
    ("The Indian government will build a gas-fired power station.", "ASSAULT"),
    ("The power station is coal-fired.", "ASSAULT"),
]


@pytest.mark.parametrize("text,type_", NOT_CODED)
def test_round14_rows_leave_alone(text, type_):
    assert_not_coded(text, type_)


@pytest.mark.parametrize("word,lemma", [("by-election", "by-election"), ("by-elections", "by-election"),
                                        ("By-election", "by-election"), ("re-election", "re-election")])
def test_hyphenated_political_nouns_stay_whole(nlp, word, lemma):
    doc = nlp(f"The result of the {word} was announced.")
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() == lemma, (tok.pos_, tok.lemma_)


def test_whole_words_keep_offsets_and_sentences():
    from datetime import date

    from diplograph.pipeline import extract_text

    text = ("Labour held the seat in the by-election. The turnout was low.\n\n"
            "The senator won re-election. She thanked her voters.")
    doc = extract_text(text, published=date(2001, 5, 1))
    spans = [text[s.start:s.end] for s in doc.sentences]
    assert spans == ["Labour held the seat in the by-election.", "The turnout was low.",
                     "The senator won re-election.", "She thanked her voters."]
