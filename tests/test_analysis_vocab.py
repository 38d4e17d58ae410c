"""The analysis vocabularies (dimensions.csv, dimension_cues.csv, agreements.csv) are consistent
with the ontology, and the words in them do what the agreement tracker needs."""
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db

from diplograph.analysis import refresh
from diplograph.analysis.agreements import _names
from diplograph.analysis.text import sentences
from diplograph.analysis.vocab import DIMENSIONS, agreement_vocab, dimensions, step_near
from diplograph.data_files import read_csv
from diplograph.events.ontology import ontology
from diplograph.store import Store


def test_dimension_rules_use_known_codes():
    onto = ontology()
    rules = dimensions().rules
    for r in rules:
        assert r.dimension in DIMENSIONS
        assert r.type is None or r.type in onto.types, r
        assert r.mode is None or r.mode in onto.types[r.type].modes, r
        assert r.cameo is None or r.cameo in onto.cameo, r
    # every PLOVER type has a row of its own, so no event falls through
    assert {r.type for r in rules if r.mode is None and r.cameo is None} == set(onto.types)
    cues = read_csv("ontology/dimension_cues.csv", ("dimension", "pattern"))
    assert {c["dimension"] for c in cues} <= set(DIMENSIONS)


def test_agreement_vocabulary():
    v = agreement_vocab()
    assert v.event_types == {"SUPPORT", "AGREE", "RETREAT"} and "057" in v.event_cameos
    assert v.is_candidate("SUPPORT", "051") and v.is_candidate("COOPERATE", "057") and not v.is_candidate("ASSAULT", "190")
    assert {k for k, _ in v.steps} == {"signing", "ratification", "entry_into_force", "withdrawal"}
    assert {k for k, _ in v.obligations} == {"defence", "offence", "neutrality", "non_aggression", "consultation",
                                             "economic_cooperation", "security_cooperation"}
    assert v.noun_class("treaty") == "treaty" and v.noun_class("memorandum of understanding") == "memorandum"
    assert v.noun_class("agreement") == "generic" and v.noun_class("ceasefire") == "ceasefire"


@pytest.mark.parametrize("sentence,trigger,step", [
    ("Russia and Iran signed a treaty on Friday.", "signed", "signing"),
    ("Putin signed a law on 21 April ratifying the treaty.", "signed", "ratification"),
    ("Putin signed a law on 21 April ratifying the treaty.", "ratifying", "ratification"),
    ("The Duma voted to ratify the treaty that the presidents signed in January.", "signed", "signing"),
    ("The Duma voted to ratify the treaty that the presidents signed in January.", "ratify", "ratification"),
    ("The treaty entered into force on Thursday.", "treaty", "entry_into_force"),
    ("Iran's parliament approved the treaty.", "approved", "ratification"),
    ("Armenia and Azerbaijan agreed a Russian-brokered deal to end the war.", "agreed", "signing"),
    ("Russia pulled out of the grain deal.", "pulled", "withdrawal"),
    ("Russia and Iran discussed the treaty.", "discussed", None),
])
def test_step_of_an_agreement_event(sentence, trigger, step):
    assert step_near(sentence, trigger) == step


@pytest.mark.parametrize("text,names", [
    ("Russia and Iran signed a 20-year comprehensive strategic partnership treaty on Friday.",
     [("comprehensive strategic partnership treaty", "treaty", {"comprehensive", "strategic", "partnership"})]),
    ("A long-prepared treaty on comprehensive strategic partnership was not signed.",
     [("long-prepared treaty on comprehensive strategic partnership", "treaty", {"long-prepar", "comprehensive", "strategic", "partnership"})]),
    ("They signed a memorandum of understanding by video link.", [("memorandum of understanding", "memorandum", set())]),
    ("The United States and Iran signed a prisoner exchange deal on 10 August.", [("prisoner exchange deal", "deal", {"prisoner", "exchange"})]),
    ("Iran's parliament approved the treaty.", [("treaty", "treaty", set())]),
    ("The two sides agreed a ceasefire.", [("ceasefire", "ceasefire", set())]),
    ("Talks on trade continued.", []),
])
def test_agreement_names(text, names):
    assert [(n.text, n.cls, set(n.qualifiers)) for n in _names(text)] == names


def test_sentences_keep_offsets_and_paragraphs():
    text = "MOSCOW — Russia and Iran signed a treaty. The U.S. objected.\n\nIt enters into force in 2025. Mr. Putin said so."
    got = [(s.paragraph, s.text) for s in sentences(text)]
    assert got == [(0, "MOSCOW — Russia and Iran signed a treaty."), (0, "The U.S. objected."),
                   (1, "It enters into force in 2025."), (1, "Mr. Putin said so.")]
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_refresh_writes_clusters_and_agreements(tmp_path):
    text = "Russia and Iran signed a partnership treaty on Friday."
    d = doc("d", text, published=date(2025, 1, 17), events=[
        ev("a", "d", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUS", tgt="IRN", date="2025-01-17", trigger="signed"),
        ev("b", "d", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRN", tgt="RUS", date="2025-01-17", trigger="signed")])
    db = make_db(tmp_path / "t.duckdb", [d])
    with Store(db) as s:
        assert refresh(s) == {"clusters": 1, "agreements": 1}
        assert s.query("SELECT name, kind, parties, signed, entry_into_force FROM agreements")[1] == [
            ("partnership treaty", "treaty", ["IRN", "RUS"], "2025-01-17", None)]
        assert s.query("SELECT count(*) FROM event_clusters WHERE cluster_id = 'a'")[1] == [(2,)]
