"""Cross-document events: reports of the same event, from one article or many, grouped into one
cluster that counts its reports, documents and sources (as GDELT counts mentions, articles and
sources). Statistics count clusters; a cluster keeps every report as evidence.

Two reports are of the same event when all of these hold:

1. the same PLOVER type and the same modality (a denial is not a report of the act);
2. the same pair of parties, each side taken at country level (``RUSGOV`` and ``RUS`` are both
   Russia) and, unless one report is a joint act, the same direction. A joint act ("Russia and
   Iran signed") is stored as two directed events from one sentence; they form one report;
3. for agreement events, the same step (signing, ratification, entry into force, withdrawal);
4. overlapping dates: each date is an interval (``2025-01`` is the whole month) widened by a day
   for day-precise dates; a date that fell back to the publication date stands for the week
   before publication. Undated reports only join undated reports;
5. similar evidence: the overlap coefficient of the content words of the two sentences is at
   least ``SIMILARITY`` with some report already in the cluster.

Reports are taken most precise first, so each cluster is anchored on its best-dated report (its
representative: the cluster's date, codes and Goldstein value are that report's); each later
report joins the matching cluster it shares most words with, or starts a new one.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from diplograph.analysis.dates import When, parse
from diplograph.analysis.documents import Citation, has_column, has_table
from diplograph.analysis.text import content_words, overlap
from diplograph.analysis.vocab import agreement_vocab, dimensions, step_near
from diplograph.errors import DatabaseError
from diplograph.store import Store

log = logging.getLogger(__name__)

SIMILARITY = 0.3
PUBLICATION_WINDOW = timedelta(days=7)

_REPORT_COLUMNS = (
    "id", "doc_id", "sentence_index", "type", "mode", "cameo", "quad_class", "goldstein",
    "source_code", "source_country", "source_entity", "source_text",
    "target_code", "target_country", "target_entity", "target_text",
    "date", "date_precision", "date_basis", "modality", "trigger", "confidence", "sentence",
)


@dataclass(frozen=True, slots=True)
class Report:
    """One stored event with the document it came from."""

    id: str
    doc_id: str
    sentence_index: int | None
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source_code: str | None
    source_country: str | None
    source_entity: str | None
    source_text: str | None
    target_code: str | None
    target_country: str | None
    target_entity: str | None
    target_text: str | None
    date: str | None
    date_precision: str | None
    date_basis: str | None
    modality: str
    trigger: str | None
    confidence: float | None
    sentence: str
    more_evidence: tuple[str, ...] = ()
    title: str | None = None
    path: str | None = None
    url: str | None = None
    site: str | None = None
    published: date | None = None

    @property
    def source(self) -> str | None:
        """The source side at country level (the code itself for IGOs and groups)."""
        return self.source_country or self.source_code

    @property
    def target(self) -> str | None:
        return self.target_country or self.target_code

    @property
    def when(self) -> When | None:
        return parse(self.date, self.date_precision)

    @property
    def outlet(self) -> str:
        """What counts as one source: the site, else the address, else the document."""
        return self.site or self.url or self.path or self.doc_id

    def cite(self) -> Citation:
        return Citation(self.doc_id, self.sentence, self.sentence_index, self.title, self.path, self.url,
                        self.site, self.published)


@dataclass
class Cluster:
    """One event as reported by one or more documents."""

    id: str
    reports: list[Report]
    mutual: bool = False
    directions: set[tuple[str | None, str | None]] = field(default_factory=set)

    @property
    def rep(self) -> Report:
        return self.reports[0]

    # The representative report's coding stands for the cluster.
    type = property(lambda self: self.rep.type)
    mode = property(lambda self: self.rep.mode)
    cameo = property(lambda self: self.rep.cameo)
    quad_class = property(lambda self: self.rep.quad_class)
    goldstein = property(lambda self: self.rep.goldstein)
    modality = property(lambda self: self.rep.modality)
    date = property(lambda self: self.rep.date)
    when = property(lambda self: self.rep.when)
    source_code = property(lambda self: self.rep.source_code)
    target_code = property(lambda self: self.rep.target_code)

    @property
    def dimension(self) -> str:
        return dimensions().of(self.rep.type, self.rep.mode, self.rep.cameo, self.rep.sentence)

    @property
    def n_reports(self) -> int:
        return len(self.reports)

    @property
    def n_documents(self) -> int:
        return len({r.doc_id for r in self.reports})

    @property
    def n_sources(self) -> int:
        return len({r.outlet for r in self.reports})

    def citations(self) -> list[Citation]:
        """Every distinct (document, sentence) that reports the event, earliest published first."""
        seen, out = set(), []
        for r in sorted(self.reports, key=lambda r: (r.published or date.max, r.doc_id, r.sentence_index or 0)):
            c = r.cite()
            if c.key not in seen:
                seen.add(c.key)
                out.append(c)
        return out

    def as_dict(self) -> dict:
        return {
            "id": self.id, "date": self.date, "type": self.type, "mode": self.mode, "cameo": self.cameo,
            "quad_class": self.quad_class, "goldstein": self.goldstein, "modality": self.modality,
            "source_code": self.source_code, "target_code": self.target_code, "mutual": self.mutual,
            "dimension": self.dimension, "reports": self.n_reports, "documents": self.n_documents,
            "sources": self.n_sources, "evidence": [c.as_dict() for c in self.citations()],
        }


@dataclass
class _Act:
    """The events one sentence gives for one act: one, or two for a joint act."""

    reports: list[Report]
    mutual: bool
    words: frozenset[str]
    when: When | None
    interval: tuple[date, date] | None
    step: str | None

    @property
    def first(self) -> Report:
        return self.reports[0]


def load_reports(store: Store, where: str = "TRUE", params: list | None = None) -> list[Report]:
    """Stored events (filtered by a WHERE clause over the events table) with their documents."""
    cols = ", ".join(f"e.{c}" for c in _REPORT_COLUMNS)
    more = "e.more_evidence" if has_column(store, "events", "more_evidence") else "NULL"
    _, rows = store.query(
        f"""SELECT {cols}, {more} AS more_evidence, d.title, d.path, d.url, d.site, d.published
            FROM (SELECT * FROM events WHERE {where}) e LEFT JOIN documents d ON d.id = e.doc_id
            ORDER BY e.id""",
        params or [],
    )
    out = []
    for r in rows:
        values = list(r)
        values[len(_REPORT_COLUMNS)] = tuple(values[len(_REPORT_COLUMNS)] or ())
        out.append(Report(*values))
    return out


def _interval(r: Report, when: When | None) -> tuple[date, date] | None:
    if when is None:
        return None
    if r.date_basis == "publication" and when.precision == "day":
        return (when.start - PUBLICATION_WINDOW, when.end)
    if when.precision == "day":
        return (when.start - timedelta(days=1), when.end + timedelta(days=1))
    return (when.start, when.end)


def _step(r: Report) -> str | None:
    """The agreement step an agreement event reports (None for other events)."""
    if agreement_vocab().is_candidate(r.type, r.cameo):
        return step_near(r.sentence, r.trigger)
    return None


def _acts(reports: list[Report]) -> list[_Act]:
    groups: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        pair = frozenset((r.source or "", r.target or ""))
        groups[(r.doc_id, r.sentence_index, r.type, r.modality, pair, _step(r))].append(r)
    acts = []
    for (*_, step), rs in groups.items():
        rs.sort(key=lambda r: (parse(r.date, r.date_precision) is None, r.id))
        directions = {(r.source, r.target) for r in rs}
        mutual = any((t, s) in directions for s, t in directions if s != t)
        when = rs[0].when
        words = content_words(" ".join(sorted({r.sentence for r in rs})))
        acts.append(_Act(rs, mutual, words, when, _interval(rs[0], when), step))
    return acts


def _block(act: _Act) -> tuple:
    r = act.first
    return (r.type, r.modality, frozenset((r.source or "", r.target or "")), act.step)


def _rank(act: _Act) -> tuple:
    r = act.first
    when = act.when
    return (
        when is None, when.rank if when else 9, r.date_basis != "text", -(r.confidence or 0.0),
        r.published or date.max, r.id,
    )


def cluster(reports: list[Report], *, similarity: float = SIMILARITY) -> list[Cluster]:
    """Group reports into clusters (see the module docstring for the rules)."""
    blocks: dict[tuple, list[_Act]] = defaultdict(list)
    for act in _acts(reports):
        blocks[_block(act)].append(act)
    clusters: list[Cluster] = []
    for acts in blocks.values():
        acts.sort(key=_rank)
        built: list[tuple[Cluster, list[_Act]]] = []
        for act in acts:
            best, best_score = None, 0.0
            for c, members in built:
                anchor = members[0]
                if (anchor.interval is None) != (act.interval is None):
                    continue
                if anchor.interval and not (anchor.interval[0] <= act.interval[1] and act.interval[0] <= anchor.interval[1]):
                    continue
                if not (act.mutual or c.mutual) and (act.first.source, act.first.target) not in c.directions:
                    continue
                score = max(overlap(act.words, m.words) for m in members)
                if score >= similarity and score > best_score:
                    best, best_score = (c, members), score
            if best is None:
                c = Cluster(act.first.id, list(act.reports), act.mutual, {(r.source, r.target) for r in act.reports})
                built.append((c, [act]))
            else:
                c, members = best
                members.append(act)
                c.reports.extend(act.reports)
                c.mutual = c.mutual or act.mutual
                c.directions |= {(r.source, r.target) for r in act.reports}
        clusters.extend(c for c, _ in built)
    clusters.sort(key=lambda c: (c.when is None, c.when.start if c.when else date.max, c.id))
    return clusters


def clusters_for(store: Store, where: str = "TRUE", params: list | None = None) -> list[Cluster]:
    return cluster(load_reports(store, where, params))


def cluster_events(store: Store) -> int:
    """Cluster every stored event and write the assignment to ``event_clusters`` (one row per
    event: its cluster and the cluster's report, document and source counts). Needs a
    writable store at schema 3 or later. Returns the number of clusters."""
    if not has_table(store, "event_clusters"):
        raise DatabaseError(f"{store.path}: no event_clusters table; open it with Store(path) (not read-only) so it migrates")
    clusters = cluster(load_reports(store))
    rows = [(r.id, c.id, c.n_reports, c.n_documents, c.n_sources) for c in clusters for r in c.reports]
    store.replace_rows("event_clusters", rows)
    log.info("%d events in %d clusters", len(rows), len(clusters))
    return len(clusters)
