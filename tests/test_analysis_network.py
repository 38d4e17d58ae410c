"""The actor network: directed edges weighted by events (clusters), cooperation and conflict."""
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from test_analysis_fixtures import doc, ev, make_db
from typer.testing import CliRunner

from diplograph.analysis.network import build_network, to_graphml
from diplograph.cli import app
from diplograph.store import Store

SIGN = "Iran and Russia signed a partnership treaty on Friday."
SIGN2 = "The partnership treaty was signed by Iran and Russia on Friday in Moscow."
AID = "Iran supplied drones to Russia."
ACCUSE = "Russia criticised Iran over the delays."
SANCTION = "The United States imposed sanctions on Iran."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    s = dict(type="SUPPORT", cameo="057", quad=1, g=8.0, trigger="signed")
    docs = [
        doc("n1", SIGN, published=date(2025, 1, 17), events=[
            ev("n1a", "n1", SIGN, **s, src="IRN", tgt="RUS", date="2025-01-17"),
            ev("n1b", "n1", SIGN, **s, src="RUS", tgt="IRN", date="2025-01-17")]),
        doc("n2", SIGN2, published=date(2025, 1, 18), site="Other", events=[
            ev("n2a", "n2", SIGN2, **s, src="IRNGOV", tgt="RUSGOV", date="2025-01-17")]),
        doc("n3", AID, published=date(2025, 1, 20), events=[
            ev("n3a", "n3", AID, type="AID", cameo="072", quad=2, g=8.3, src="IRNMIL", tgt="RUS", date="2025-01-20")]),
        doc("n4", ACCUSE, published=date(2025, 2, 2), events=[
            ev("n4a", "n4", ACCUSE, type="ACCUSE", cameo="111", quad=3, g=-2.0, src="RUS", tgt="IRN", date="2025-02")]),
        doc("n5", SANCTION, published=date(2024, 5, 1), events=[
            ev("n5a", "n5", SANCTION, type="SANCTION", cameo="163", quad=4, g=-8.0, src="USA", tgt="IRN", date="2024-05-01")]),
    ]
    return make_db(tmp_path_factory.mktemp("network") / "t.duckdb", docs)


def _edge(s, t, events, reports, coop, conf, gsum, cw, kw, bal):
    return {"source": s, "target": t, "events": events, "reports": reports, "cooperation": coop, "conflict": conf,
            "goldstein_sum": gsum, "cooperation_weight": cw, "conflict_weight": kw, "balance": bal}


def test_country_network(db):
    with Store(db, read_only=True) as s:
        net = build_network(s)
    assert net.edges == [
        _edge("IRN", "RUS", 2, 4, 2, 0, 16.3, 16.3, 0.0, 1.0),
        _edge("RUS", "IRN", 2, 4, 1, 1, 6.0, 8.0, 2.0, 0.0),
        _edge("USA", "IRN", 1, 1, 0, 1, -8.0, 0.0, 8.0, -1.0),
    ]
    assert net.nodes == [{"id": "IRN", "label": "Iran", "events": 5}, {"id": "RUS", "label": "Russia", "events": 4},
                         {"id": "USA", "label": "United States", "events": 1}]


def test_network_by_date_and_by_actor(db):
    with Store(db, read_only=True) as s:
        assert [(e["source"], e["target"]) for e in build_network(s, since="2025").edges] == [("IRN", "RUS"), ("RUS", "IRN")]
        assert [(e["source"], e["target"]) for e in build_network(s, until="2024-12").edges] == [("USA", "IRN")]
        actors = build_network(s, level="actor")
    assert [(e["source"], e["target"], e["events"]) for e in actors.edges] == [
        ("IRN", "RUS", 1), ("IRNGOV", "RUSGOV", 1), ("IRNMIL", "RUS", 1), ("RUS", "IRN", 2), ("RUSGOV", "IRNGOV", 1),
        ("USA", "IRN", 1)]
    assert {n["id"]: n["label"] for n in actors.nodes}["IRNMIL"] == "Iran (MIL)"


def test_graphml_and_json(db):
    with Store(db, read_only=True) as s:
        net = build_network(s)
    root = ET.fromstring(to_graphml(net))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = root.find("g:graph", ns)
    assert graph.get("edgedefault") == "directed"
    assert [n.get("id") for n in graph.findall("g:node", ns)] == ["IRN", "RUS", "USA"]
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)}
    assert keys["e_conflict_weight"] == ("edge", "conflict_weight", "double") and keys["n_label"] == ("node", "label", "string")
    first = graph.findall("g:edge", ns)[0]
    data = {d.get("key"): d.text for d in first.findall("g:data", ns)}
    assert (first.get("source"), first.get("target"), data["e_events"], data["e_goldstein_sum"]) == ("IRN", "RUS", "2", "16.3")

    runner = CliRunner()
    r = runner.invoke(app, ["network", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == net.as_dict()
    r = runner.invoke(app, ["network", "--db", str(db), "--since", "2025-13"])
    assert r.exit_code == 2 and "YYYY" in r.output
