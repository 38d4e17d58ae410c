"""Agreements: one record per agreement from events and the sentences around them, every field
checked: parties, name, kind, signing, ratification per party with its steps, entry into force,
obligations (present and excluded), names and sources."""
import json
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db, mention, timex
from typer.testing import CliRunner

from diplograph.analysis.agreements import find_agreements
from diplograph.cli import app
from diplograph.store import Store

S1 = ("Russia and Iran signed a 20-year comprehensive strategic partnership treaty in Moscow on Friday.\n\n"
      "The treaty covers cooperation in trade, energy and security. It does not contain a mutual defence clause. "
      "Instead, each country undertakes not to give any help to a state that attacks the other.\n\n"
      "It must be ratified by both parliaments before it enters into force. "
      "An earlier draft of the treaty was not signed in Kazan.")
S1_SIGNED = S1.split("\n\n")[0]
S2 = "Russia's State Duma voted on Tuesday to ratify the comprehensive strategic partnership treaty with Iran."
S3 = ("Russian President Vladimir Putin signed a law on 21 April ratifying the comprehensive strategic partnership "
      "treaty with Iran.\n\nThe Federation Council approved the treaty last Wednesday.")
S3_LAW = S3.split("\n\n")[0]
S4 = ("The comprehensive strategic partnership treaty between Russia and Iran entered into force on Thursday.\n\n"
      "Iran's parliament approved it on 21 May, and the Guardian Council endorsed it in June.\n\n"
      "Last week Rosatom and Iran signed a memorandum on nuclear power plants.")
S4_FORCE, S4_IRAN, S4_MEMO = S4.split("\n\n")
S5 = ("Putin and Pezeshkian signed a broad cooperation pact on a Friday.\n\n"
      "This pact, ratified by President Putin on April 21, underscores their partnership.")
S5_PACT, S5_RATIFIED = S5.split("\n\n")
S6 = "The United States and Iran signed a prisoner exchange deal on 10 August."


def _corpus():
    sign = dict(type="SUPPORT", cameo="057", quad=1, g=8.0)
    return [
        doc("s1", S1, published=date(2025, 1, 17), site="Wire A", url="https://example.invalid/s1", events=[
            ev("s1a", "s1", S1_SIGNED, **sign, src="RUS", tgt="IRN", date="2025-01-17", trigger="signed"),
            ev("s1b", "s1", S1_SIGNED, **sign, src="IRN", tgt="RUS", date="2025-01-17", trigger="signed"),
            ev("s1n", "s1", "An earlier draft of the treaty was not signed in Kazan.", **sign, src="RUS", tgt="IRN",
               date=None, modality="negated", trigger="signed", index=5),
        ]),
        doc("s2", S2, published=date(2025, 4, 9), site="Wire B", events=[
            ev("s2a", "s2", S2, **sign, src="RUSLEG", tgt="IRN", date="2025-04-09", basis="publication", trigger="ratify",
               src_entity="State Duma")],
            mentions=[mention(S2, "State Duma", "RUSLEG", 0)], timexes=[timex(S2, "Tuesday", "2025-04-08", "day", 0)]),
        doc("s3", S3, published=date(2025, 4, 21), site="Wire A", events=[
            ev("s3a", "s3", S3_LAW, **sign, src="RUSGOV", tgt="IRN", date="2025-04-21", basis="publication",
               trigger="ratifying", src_entity="Vladimir Putin")],
            mentions=[mention(S3, "Russian President Vladimir Putin", "RUSGOV", 0), mention(S3, "Federation Council", "RUSLEG", 1)],
            timexes=[timex(S3, "21 April", "2025-04-21", "day", 0), timex(S3, "last Wednesday", "2025-04-16", "day", 1)]),
        doc("s4", S4, published=date(2025, 10, 2), site="Wire B", events=[
            ev("s4a", "s4", S4_FORCE, **sign, src="IRN", tgt="RUS", date="2025-10-02", trigger="treaty"),
            ev("s4m", "s4", S4_MEMO, **sign, src="RUSBUS", tgt="IRN", date="2025-W39", trigger="signed", index=3,
               src_entity="Rosatom"),
            ev("s4n", "s4", S4_MEMO, **sign, src="IRN", tgt="RUSBUS", date="2025-W39", trigger="signed", index=3,
               tgt_entity="Rosatom"),
        ], mentions=[mention(S4, "Iran's parliament", "IRNLEG", 1), mention(S4, "Guardian Council", "IRNGOV", 1)],
            timexes=[timex(S4, "Thursday", "2025-10-02", "day", 0), timex(S4, "21 May", "2025-05-21", "day", 1),
                     timex(S4, "June", "2025-06", "month", 1), timex(S4, "Last week", "2025-W39", "week", 3)]),
        doc("s5", S5, published=date(2025, 6, 20), site=None, events=[
            ev("s5a", "s5", S5_PACT, **sign, src="RUSGOV", tgt="IRN", date=None, trigger="signed", src_entity="Vladimir Putin"),
            ev("s5b", "s5", S5_PACT, **sign, src="IRN", tgt="RUSGOV", date=None, trigger="signed", tgt_entity="Vladimir Putin"),
            ev("s5r", "s5", S5_RATIFIED, **sign, src="RUSGOV", tgt=None, date="2025-04-21", trigger="ratified", index=1,
               src_entity="Vladimir Putin"),
        ], mentions=[mention(S5, "President Putin", "RUSGOV", 1)], timexes=[timex(S5, "April 21", "2025-04-21", "day", 1)]),
        doc("s6", S6, published=date(2023, 8, 10), events=[
            ev("s6a", "s6", S6, **sign, src="USA", tgt="IRN", date="2023-08-10", trigger="signed"),
            ev("s6b", "s6", S6, **sign, src="IRN", tgt="USA", date="2023-08-10", trigger="signed"),
        ]),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("agreements") / "t.duckdb", _corpus())


def _sentences(cites):
    return [(c.doc_id, c.sentence) for c in cites]


def test_the_treaty_from_signing_to_entry_into_force(db):
    with Store(db, read_only=True) as s:
        treaty, memo = find_agreements(s, "IRN", "RUS")
    assert treaty.name == "comprehensive strategic partnership treaty"
    assert treaty.kind == "strategic partnership"
    assert treaty.parties == ("IRN", "RUS")
    assert len(treaty.id) == 16 and int(treaty.id, 16) >= 0

    assert treaty.signed.date == "2025-01-17"
    assert treaty.signed.reported == "2025-01-17"
    assert _sentences(treaty.signed.sources) == [("s1", S1_SIGNED), ("s5", S5_PACT)]

    iran, russia = treaty.ratifications
    assert (iran.party, iran.date) == ("IRN", "2025-06")
    assert [(st.date, st.actors) for st in iran.steps] == [("2025-05-21", ("Iran's parliament",)), ("2025-06", ("Guardian Council",))]
    assert [_sentences(st.sources) for st in iran.steps] == [[("s4", S4_IRAN)], [("s4", S4_IRAN)]]
    assert (russia.party, russia.date) == ("RUS", "2025-04-21")
    assert [(st.date, st.actors) for st in russia.steps] == [
        ("2025-04-08", ("State Duma",)), ("2025-04-16", ("Federation Council",)), ("2025-04-21", ("Vladimir Putin",))]
    assert [_sentences(st.sources) for st in russia.steps] == [
        [("s2", S2)], [("s3", "The Federation Council approved the treaty last Wednesday.")],
        [("s3", S3_LAW), ("s5", S5_RATIFIED)]]
    assert treaty.ratification("RUS") is russia and treaty.ratification("USA") is None

    assert treaty.entry_into_force.date == "2025-10-02"
    assert _sentences(treaty.entry_into_force.sources) == [("s4", S4_FORCE)]
    assert treaty.withdrawal is None

    assert [(o.name, o.present, [c.sentence for c in o.sources]) for o in treaty.obligations] == [
        ("defence", False, ["It does not contain a mutual defence clause."]),
        ("neutrality", True, ["Instead, each country undertakes not to give any help to a state that attacks the other."]),
        ("economic_cooperation", True, ["The treaty covers cooperation in trade, energy and security."]),
        ("security_cooperation", True, ["The treaty covers cooperation in trade, energy and security."]),
    ]
    assert treaty.names == ("broad cooperation pact", "comprehensive strategic partnership treaty", "pact", "treaty")
    assert [c.doc_id for c in treaty.sources] == ["s1", "s2", "s3", "s3", "s5", "s5", "s4", "s4"]
    # the plans ("must be ratified ... before it enters into force") and the denial are not steps
    every = [c.sentence for c in treaty.sources]
    assert not any("must be ratified" in x or "not signed" in x for x in every)
    assert treaty.dates() == ["2025-01-17", "2025-10-02", "2025-06", "2025-04-21"]


def test_the_memorandum_is_another_agreement(db):
    with Store(db, read_only=True) as s:
        _, memo = find_agreements(s, "RUS", "IRN")
    assert (memo.name, memo.kind, memo.parties) == ("memorandum on nuclear power plants", "nuclear", ("IRN", "RUS"))
    assert memo.signed.date == "2025-W39" and _sentences(memo.signed.sources) == [("s4", S4_MEMO)]
    assert (memo.ratifications, memo.entry_into_force, memo.withdrawal, memo.obligations) == ((), None, None, ())
    assert memo.names == ("memorandum on nuclear power plants",)


def test_which_agreements_a_query_returns(db):
    with Store(db, read_only=True) as s:
        assert [ag.name for ag in find_agreements(s, "IRN")] == [
            "prisoner exchange deal", "comprehensive strategic partnership treaty", "memorandum on nuclear power plants"]
        assert find_agreements(s, "USA", "RUS") == []
        (deal,) = find_agreements(s, "usa")
        assert (deal.kind, deal.parties, deal.signed.date) == ("deal", ("IRN", "USA"), "2023-08-10")
        assert len(find_agreements(s)) == 3


def test_as_dict_has_every_field(db):
    with Store(db, read_only=True) as s:
        d = find_agreements(s, "IRN", "RUS")[0].as_dict()
    assert list(d) == ["id", "name", "kind", "parties", "signed", "ratifications", "entry_into_force", "withdrawal",
                       "obligations", "names", "sources"]
    assert d["signed"]["date"] == "2025-01-17" and d["signed"]["sources"][0]["url"] == "https://example.invalid/s1"
    assert d["ratifications"][1]["steps"][0] == {
        "date": "2025-04-08", "reported": "2025-04-09", "actors": ["State Duma"],
        "sources": [{"doc_id": "s2", "title": "Story s2", "path": "s2.txt", "url": None, "site": "Wire B",
                     "published": "2025-04-09", "sentence_index": 0, "sentence": S2}]}
    assert d["obligations"][0] == {"obligation": "defence", "present": False, "sources": d["obligations"][0]["sources"]}
    json.dumps(d)


def test_agreements_command(db):
    runner = CliRunner()
    r = runner.invoke(app, ["agreements", "IRN", "RUS", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    found = json.loads(r.stdout)
    assert [(x["name"], x["signed"]["date"]) for x in found] == [
        ("comprehensive strategic partnership treaty", "2025-01-17"), ("memorandum on nuclear power plants", "2025-W39")]
    assert [(x["party"], x["date"]) for x in found[0]["ratifications"]] == [("IRN", "2025-06"), ("RUS", "2025-04-21")]
    r = runner.invoke(app, ["agreements", "IRN", "RUS", "--db", str(db)])
    assert r.exit_code == 0 and "2025-01-17" in r.stdout and "2025-10-02" in r.stdout and "2 agreements" in r.stdout
    r = runner.invoke(app, ["agreements", "CHN", "--db", str(db)])
    assert r.exit_code == 0 and "No agreements recognised for CHN" in r.stdout
