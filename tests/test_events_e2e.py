"""End to end on short project-written texts with the real model: who did what to whom,
when, and with which modality."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model

PUB = date(2025, 6, 20)


def events(text, published=PUB):
    doc = extract_text(text, published=published)
    return [
        (e.source and e.source.code, e.target and e.target.code, e.type, e.date, e.modality)
        for e in doc.events
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Iran and Russia signed a strategic partnership treaty in Moscow on 17 January 2025.",
            {("IRN", "RUS", "SUPPORT", "2025-01-17", "asserted"), ("RUS", "IRN", "SUPPORT", "2025-01-17", "asserted")},
        ),
        (
            "Iran supplied drones to Russia last year.",
            {("IRN", "RUS", "AID", "2024", "asserted")},
        ),
        (
            "The United States imposed sanctions on Iran on Wednesday.",
            {("USA", "IRN", "SANCTION", "2025-06-18", "asserted")},
        ),
        (
            "Israel struck military targets in Iran in October.",
            {("ISR", "IRN", "ASSAULT", "2024-10", "asserted")},
        ),
        (
            "Russia's invasion of Ukraine began in February 2022.",
            {("RUS", "UKR", "ASSAULT", "2022-02", "asserted")},
        ),
        (
            "The Kremlin condemned the Israeli strikes.",
            {("RUSGOV", "ISR", "ACCUSE", "2025-06-20", "asserted")},
        ),
        (
            "The Kremlin is unlikely to offer military aid to Iran.",
            {("RUSGOV", "IRN", "AGREE", "2025-06-20", "hedged")},
        ),
        (
            "Russia did not send troops to Iran.",
            {("RUS", "IRN", "AID", "2025-06-20", "negated")},
        ),
        (
            "Ukraine accused Iran of supplying drones to Russia.",
            {("UKR", "IRN", "ACCUSE", "2025-06-20", "asserted"), ("IRN", "RUS", "AID", "2025-06-20", "claimed")},
        ),
        (
            "Iranian President Masoud Pezeshkian met Vladimir Putin in Moscow.",
            {("IRNGOV", "RUSGOV", "CONSULT", "2025-06-20", "asserted")},
        ),
    ],
)
def test_events(text, expected):
    assert expected <= set(events(text))


def test_undated_article_keeps_events_without_inventing_dates():
    got = events("Iran supplied drones to Russia last year.", published=None)
    assert got == [("IRN", "RUS", "AID", None, "asserted")]


def test_date_basis_says_where_the_date_came_from():
    doc = extract_text("Russia condemned the strikes. In 2015, Russia sent troops to Syria.", published=PUB)
    basis = {(e.type, e.date, e.date_basis) for e in doc.events}
    assert ("ACCUSE", "2025-06-20", "publication") in basis
    assert any(d == "2015" and b == "text" for _, d, b in basis)


def test_indefinite_date_is_not_a_day():
    doc = extract_text("Putin and Pezeshkian signed a broad cooperation pact on a Friday.", published=PUB)
    assert doc.events and all(e.date is None and e.date_basis == "text" for e in doc.events)


def test_repeated_paragraph_gives_one_set_of_events():
    para = "Iran supplied drones to Russia last year."
    once = extract_text(para, published=PUB).events
    twice = extract_text(para + "\n\n" + para, published=PUB).events
    assert len(once) == len(twice) == 1


def test_every_event_has_evidence_and_ontology_fields():
    doc = extract_text("The European Union imposed new sanctions on Russia. Moscow warned Brussels.", published=PUB)
    assert doc.events
    for e in doc.events:
        assert e.sentence in doc.text
        assert e.cameo and e.quad_class in (1, 2, 3, 4) and -10 <= e.goldstein <= 10


def test_dateline_is_a_place_not_the_subject():
    got = events("MOSCOW — Russia and Iran signed a treaty on Friday.", published=date(2025, 1, 17))
    assert set(got) == {("RUS", "IRN", "SUPPORT", "2025-01-17", "asserted"), ("IRN", "RUS", "SUPPORT", "2025-01-17", "asserted")}


def test_joint_act_between_two_parties():
    got = events("Talks between Iran and the United States resumed on Saturday.")
    assert {(s, t) for s, t, typ, _, _ in got if typ == "CONSULT"} == {("IRN", "USA"), ("USA", "IRN")}


def test_readiness_is_not_an_act():
    got = events("Russia said it is ready to help the United States and Iran reach an agreement.")
    assert got and all(m != "asserted" for *_, m in got)


def test_conjoined_clause_with_its_own_subject_keeps_its_own_date():
    got = events("Russia did not send troops to Syria last year, but Iran supplied drones to Russia.")
    assert ("IRN", "RUS", "AID", "2025-06-20", "asserted") in got
    assert ("RUS", "SYR", "AID", "2024", "negated") in got


def test_same_event_told_twice_is_one_event_with_two_sentences():
    text = ("Iran supplied drones to Russia in 2022.\n\n"
            "Analysts say Iran supplied drones to Russia, which used them against Ukrainian cities.")
    doc = extract_text(text, published=PUB)
    aid = [e for e in doc.events if e.type == "AID" and e.source.code == "IRN" and e.target.code == "RUS"]
    assert len(aid) == 1
    assert aid[0].date == "2022" and len(aid[0].more_evidence) == 1


@pytest.mark.parametrize(
    "text,typ,day",
    [
        ("On Monday, Azerbaijan shot down a Russian helicopter over Armenia, killing two crew members.", "ASSAULT", "2025-06-16"),
        ("Ukraine said on Tuesday it had expelled Iran's ambassador.", "SANCTION", "2025-06-17"),
        ("Iran agreed in January to supply drones to Russia.", "AID", "2025-01"),
    ],
)
def test_events_share_the_date_of_the_clause_that_governs_them(text, typ, day):
    doc = extract_text(text, published=PUB)
    dated = {(e.type, e.date) for e in doc.events}
    assert (typ, day) in dated, dated


def test_hyphenated_pair_on_a_joint_noun_acts_both_ways():
    got = events("Syria is an example of successful Iran-Russia cooperation in the Middle East.")
    pairs = {(s, t) for s, t, typ, _, _ in got if typ == "COOPERATE"}
    assert {("IRN", "RUS"), ("RUS", "IRN")} <= pairs
