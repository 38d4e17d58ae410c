"""Cross-document clustering: reports of one event in several articles become one cluster that
counts its reports, documents and sources; different events stay apart."""
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db

from diplograph.analysis.clusters import cluster, cluster_events, clusters_for, load_reports
from diplograph.store import Store, events_filter

SIGNED_A = "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday."
SIGNED_B = "The comprehensive strategic partnership treaty was signed in Moscow on 17 January by Putin and Pezeshkian."
SIGNED_C = "Iran and Russia signed the strategic partnership treaty in January."


def _signing_docs():
    return [
        doc("a", SIGNED_A, published=date(2025, 1, 17), site="Wire One", events=[
            ev("a1", "a", SIGNED_A, type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUS", tgt="IRN", date="2025-01-17", trigger="signed"),
            ev("a2", "a", SIGNED_A, type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRN", tgt="RUS", date="2025-01-17", trigger="signed"),
        ]),
        doc("b", SIGNED_B, published=date(2025, 4, 21), site="Wire Two", events=[
            ev("b1", "b", SIGNED_B, type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUSGOV", tgt="IRNGOV", date="2025-01-17",
               trigger="signed", src_entity="Vladimir Putin", tgt_entity="Masoud Pezeshkian"),
        ]),
        doc("c", SIGNED_C, published=date(2025, 5, 1), site="Wire One", events=[
            ev("c1", "c", SIGNED_C, type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRN", tgt="RUS", date="2025-01", trigger="signed"),
        ]),
    ]


def test_one_event_in_three_documents_is_one_cluster(tmp_path):
    db = make_db(tmp_path / "t.duckdb", _signing_docs())
    with Store(db, read_only=True) as s:
        (c,) = clusters_for(s)
    assert c.id == "a1"                      # the best-dated report anchors the cluster
    assert (c.type, c.cameo, c.date, c.goldstein, c.modality) == ("SUPPORT", "057", "2025-01-17", 8.0, "asserted")
    assert c.mutual and c.directions == {("RUS", "IRN"), ("IRN", "RUS")}
    assert (c.n_reports, c.n_documents, c.n_sources) == (4, 3, 2)
    assert [x.doc_id for x in c.citations()] == ["a", "b", "c"]
    assert [x.sentence for x in c.citations()] == [SIGNED_A, SIGNED_B, SIGNED_C]
    assert c.dimension == "diplomatic"
    d = c.as_dict()
    assert (d["reports"], d["documents"], d["sources"], len(d["evidence"])) == (4, 3, 2, 3)


def _pair(first: dict, second: dict):
    base = dict(type="AID", cameo="072", quad=2, g=8.3, src="IRN", tgt="RUS", date="2022-11-05", trigger="supplied")
    s1 = first.pop("sentence", "Iran supplied drones to Russia on Saturday, officials said.")
    s2 = second.pop("sentence", "Iranian drones were supplied to Russia on Saturday.")
    return [
        doc("x", s1, published=date(2022, 11, 5), site="One", events=[ev("x1", "x", s1, **{**base, **first})]),
        doc("y", s2, published=date(2022, 11, 6), site="Two", events=[ev("y1", "y", s2, **{**base, **second})]),
    ]


@pytest.mark.parametrize("first,second,clusters", [
    ({}, {}, 1),                                                  # same act, same day
    ({}, {"date": "2022-11-06"}, 1),                              # a day apart: within the slack
    ({}, {"date": "2022-11-20"}, 2),                              # two weeks apart
    ({}, {"date": "2022-11"}, 1),                                 # a month holds the day
    ({}, {"date": None, "precision": None}, 2),                   # undated joins only undated
    ({}, {"modality": "claimed"}, 2),                             # a claim is not the act
    ({}, {"src": "RUS", "tgt": "IRN"}, 2),                        # the other direction
    ({}, {"src": "IRNMIL"}, 1),                                   # same country, other sector
    ({}, {"type": "COOPERATE", "cameo": "062"}, 2),               # another type
    ({}, {"sentence": "Tehran opened a new embassy building in Moscow on Saturday."}, 2),  # other evidence
    ({}, {"date": "2022-11-08", "basis": "publication"}, 1),      # a publication date stands for the week before
    ({}, {"date": "2022-11-20", "basis": "publication"}, 2),      # ... and no more
])
def test_when_two_reports_are_one_event(tmp_path, first, second, clusters):
    db = make_db(tmp_path / "t.duckdb", _pair(first, second))
    with Store(db, read_only=True) as s:
        found = clusters_for(s, *events_filter(modality="all"))
    assert len(found) == clusters


def test_agreement_steps_in_one_sentence_stay_apart(tmp_path):
    text = "The Duma voted on Tuesday to ratify the treaty with Iran that Putin and Pezeshkian signed in January."
    d = doc("d", text, published=date(2025, 4, 8), events=[
        ev("r", "d", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUSLEG", tgt="IRN", date="2025-04-08", trigger="ratify"),
        ev("s1", "d", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="RUSGOV", tgt="IRNGOV", date="2025-01", trigger="signed"),
        ev("s2", "d", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRNGOV", tgt="RUSGOV", date="2025-01", trigger="signed"),
    ])
    db = make_db(tmp_path / "t.duckdb", [d])
    with Store(db, read_only=True) as s:
        found = clusters_for(s)
    assert sorted((c.id, c.n_reports, c.mutual) for c in found) == [("r", 1, False), ("s1", 2, True)]


def test_two_triggers_of_one_act_in_a_sentence_are_one_report(tmp_path):
    text = "Dehghan criticised Moscow on television, accusing Russia of showing off."
    d = doc("d", text, published=date(2016, 8, 22), events=[
        ev("k1", "d", text, type="ACCUSE", cameo="111", quad=3, g=-2.0, src="IRNGOVMIL", tgt="RUSGOV", date="2016-08-22", trigger="criticised"),
        ev("k2", "d", text, type="ACCUSE", cameo="112", quad=3, g=-2.0, src="IRNGOVMIL", tgt="RUS", date="2016-08-22", trigger="accusing"),
    ])
    db = make_db(tmp_path / "t.duckdb", [d])
    with Store(db, read_only=True) as s:
        (c,) = clusters_for(s)
    assert (c.n_reports, c.n_documents, c.n_sources, c.mutual) == (2, 1, 1, False)


def test_odd_stored_dates_are_undated(tmp_path):
    text = "Iran said it would hold talks with Russia."
    d = doc("d", text, published=date(2018, 5, 9), events=[
        ev("p", "d", text, type="CONSULT", cameo="046", quad=1, g=7.0, src="IRN", tgt="RUS", date="PRESENT_REF", precision=None),
        ev("q", "d", text + " Again.", type="CONSULT", cameo="046", quad=1, g=7.0, src="IRN", tgt="RUS", date="2022-02-24TEV",
           precision="time", index=1),
    ])
    db = make_db(tmp_path / "t.duckdb", [d])
    with Store(db, read_only=True) as s:
        found = {c.id: c for c in cluster(load_reports(s))}
    assert found["p"].when is None
    assert found["q"].when.start == date(2022, 2, 24) and found["q"].when.precision == "day"


def test_cluster_events_writes_the_assignment(tmp_path):
    db = make_db(tmp_path / "t.duckdb", _signing_docs() + _pair({}, {"date": "2022-11-20"}))
    with Store(db) as s:
        assert cluster_events(s) == 3
        rows = s.query("SELECT event_id, cluster_id, n_reports, n_documents, n_sources FROM event_clusters ORDER BY event_id")[1]
        assert rows == [
            ("a1", "a1", 4, 3, 2), ("a2", "a1", 4, 3, 2), ("b1", "a1", 4, 3, 2), ("c1", "a1", 4, 3, 2),
            ("x1", "x1", 1, 1, 1), ("y1", "y1", 1, 1, 1),
        ]
        assert cluster_events(s) == 3  # idempotent
        assert s.query("SELECT count(*) FROM event_clusters")[1] == [(6,)]
