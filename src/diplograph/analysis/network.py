"""Who does what to whom, as a directed network: one node per actor (at country level by
default), one edge per ordered pair, weighted by the events between them (clusters, so an event
reported by ten articles counts once). A joint act ("Iran and Russia signed") counts on both
edges. Edge weights: events, cooperation and conflict (event counts by quad class), Goldstein
sum, cooperation weight (sum of positive Goldstein values), conflict weight (sum of the absolute
negative ones) and balance ((cooperation - conflict) / events)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass

from diplograph.analysis.clusters import Cluster, clusters_for
from diplograph.analysis.dates import in_range
from diplograph.analysis.names import actor_name
from diplograph.store import Store, events_filter

EDGE_FIELDS = ("events", "reports", "cooperation", "conflict", "goldstein_sum", "cooperation_weight",
               "conflict_weight", "balance")


@dataclass(frozen=True)
class Network:
    nodes: list[dict]
    edges: list[dict]
    level: str

    def as_dict(self) -> dict:
        return {"directed": True, "level": self.level, "nodes": self.nodes, "edges": self.edges}


def _directions(c: Cluster, level: str) -> set[tuple[str, str]]:
    if level == "country":
        pairs = set(c.directions)
    else:
        pairs = {(r.source_code, r.target_code) for r in c.reports}
    if c.mutual:
        pairs |= {(t, s) for s, t in pairs}
    return {(s, t) for s, t in pairs if s and t and s != t}


def network_from(clusters: list[Cluster], level: str = "country") -> Network:
    if level not in ("country", "actor"):
        raise ValueError("level must be 'country' or 'actor'")
    edges: dict[tuple[str, str], dict] = defaultdict(lambda: dict.fromkeys(EDGE_FIELDS, 0))
    for c in clusters:
        g = c.goldstein or 0.0
        for pair in _directions(c, level):
            e = edges[pair]
            e["events"] += 1
            e["reports"] += c.n_reports
            if c.quad_class in (1, 2):
                e["cooperation"] += 1
            elif c.quad_class in (3, 4):
                e["conflict"] += 1
            e["goldstein_sum"] += g
            e["cooperation_weight"] += max(g, 0.0)
            e["conflict_weight"] += max(-g, 0.0)
    out_edges = []
    degree: dict[str, int] = defaultdict(int)
    for (s, t), e in sorted(edges.items()):
        e["goldstein_sum"] = round(e["goldstein_sum"], 2)
        e["cooperation_weight"] = round(e["cooperation_weight"], 2)
        e["conflict_weight"] = round(e["conflict_weight"], 2)
        e["balance"] = round((e["cooperation"] - e["conflict"]) / e["events"], 3)
        out_edges.append({"source": s, "target": t, **e})
        degree[s] += e["events"]
        degree[t] += e["events"]
    nodes = [{"id": n, "label": actor_name(n), "events": degree[n]} for n in sorted(degree)]
    return Network(nodes, out_edges, level)


def build_network(store: Store, *, since: str | None = None, until: str | None = None,
                  modality: str = "asserted", level: str = "country") -> Network:
    where, params = events_filter(modality=modality)
    clusters = [c for c in clusters_for(store, where, params) if in_range(c.when, since, until)]
    return network_from(clusters, level)


def to_graphml(net: Network) -> str:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    keys = [("label", "node", "string"), ("events", "node", "int")]
    keys += [(f, "edge", "int" if f in ("events", "reports", "cooperation", "conflict") else "double") for f in EDGE_FIELDS]
    for name, where, kind in keys:
        ET.SubElement(root, "key", {"id": f"{where[0]}_{name}", "for": where, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "diplograph", "edgedefault": "directed"})
    for n in net.nodes:
        node = ET.SubElement(graph, "node", {"id": n["id"]})
        ET.SubElement(node, "data", {"key": "n_label"}).text = n["label"]
        ET.SubElement(node, "data", {"key": "n_events"}).text = str(n["events"])
    for i, e in enumerate(net.edges):
        edge = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": e["source"], "target": e["target"]})
        for f in EDGE_FIELDS:
            ET.SubElement(edge, "data", {"key": f"e_{f}"}).text = str(e[f])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
