"""A written brief on a relationship: headline numbers, a chart over time, a dated timeline of
key events, the agreements, a section per dimension, frictions and limits (conflict, and the
statements that are hedged, denied, claimed or only planned, kept apart from facts), quotes
with their speakers, and a numbered citation on every line back to a document and sentence.

``build_brief`` gathers everything into a ``Brief``; ``render_markdown`` and ``render_html``
write it out. The html is one self-contained file: the chart is an inline SVG data URI, the
style is inline, nothing is fetched from anywhere."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape

from diplograph import __version__
from diplograph.analysis.agreements import Agreement, find_agreements
from diplograph.analysis.chart import data_uri, relationship_svg
from diplograph.analysis.clusters import Cluster, clusters_for
from diplograph.analysis.dates import in_range, parse
from diplograph.analysis.documents import Citation, DocText, load_document
from diplograph.analysis.names import actor_name, who
from diplograph.analysis.series import fill, relationship_series
from diplograph.analysis.vocab import DIMENSIONS, agreement_vocab, step_near
from diplograph.events.ontology import ontology
from diplograph.store import Store, events_filter

MODALITY_LABELS = {
    "hedged": "hedged", "negated": "denied or negated", "claimed": "claimed (attributed, not confirmed)",
    "hypothetical": "hypothetical", "future": "planned or promised",
}
_SPEECH = re.compile(r"\b(?:said|says|stated|states|told|tells|warned|warns|declared|declares|added|insisted|"
                     r"called|calls|described|describes|wrote|announced|stressed)\b")
_QUOTE = re.compile(r"“([^”]{2,400})”|\"([^\"\n]{2,400})\"")
CLIP = 240


@dataclass
class Line:
    text: str
    cites: list[int] = field(default_factory=list)
    lead: str | None = None       # a date or a label shown first
    tag: str | None = None        # e.g. the modality of a statement


@dataclass
class Section:
    title: str
    lines: list[Line] = field(default_factory=list)
    intro: str | None = None
    subsections: list["Section"] = field(default_factory=list)


@dataclass
class Brief:
    a: str
    b: str
    title: str
    scope: str
    headline: list[Line]
    chart_svg: str
    chart_caption: str
    table_cols: list[str]
    table_rows: list[tuple]
    sections: list[Section]
    citations: list[Citation]
    series: dict = field(default_factory=dict)


class _Cites:
    def __init__(self) -> None:
        self.items: list[Citation] = []
        self.index: dict[tuple[str, str], int] = {}

    def add(self, citation: Citation) -> int:
        key = citation.key
        if key not in self.index:
            self.items.append(citation)
            self.index[key] = len(self.items)
        return self.index[key]

    def many(self, citations, limit: int = 6) -> list[int]:
        return list(dict.fromkeys(self.add(c) for c in list(citations)[:limit]))


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _clip(text: str, width: int = CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


STEP_LABELS = {
    "signing": "Sign agreement", "ratification": "Ratify agreement",
    "entry_into_force": "Agreement enters into force", "withdrawal": "Withdraw from agreement",
}


def _lead(c: Cluster) -> str:
    """The date shown for an event: its own, or the publication date it fell back to."""
    if c.when is None:
        return "undated"
    return f"as of {c.date}" if c.rep.date_basis == "publication" else c.date


def _what(c: Cluster) -> str:
    if agreement_vocab().is_candidate(c.type, c.cameo) and (c.cameo or "").startswith("057"):
        step = step_near(c.rep.sentence, c.rep.trigger)
        if step:
            return STEP_LABELS[step]
    info = ontology().cameo_info(c.cameo or "")
    what = info.name if info else c.type.title()
    return what[:1].upper() + what[1:]


def _event_line(c: Cluster, cites: _Cites, tag: str | None = None) -> Line:
    r = c.rep
    arrow = "and" if c.mutual else "→"
    actors = f"{who(r.source_code, r.source_entity)} {arrow} {who(r.target_code, r.target_entity)}"
    more = f" ({c.n_documents} documents)" if c.n_documents > 1 else ""
    text = f"{actors}: {_what(c)}{more} — “{_clip(r.sentence)}”"
    return Line(text, cites.many(c.citations()), _lead(c), tag)


def _importance(c: Cluster) -> float:
    bonus = 5.0 if agreement_vocab().is_candidate(c.type, c.cameo) and c.cameo and c.cameo.startswith("057") else 0.0
    return abs(c.goldstein or 0.0) * (1 + 0.5 * (c.n_documents - 1)) + bonus


def _by_date(cs: list[Cluster]) -> list[Cluster]:
    return sorted(cs, key=lambda c: (c.when is None, c.when.start if c.when else date.max, c.id))


# --- quotes ------------------------------------------------------------------------------------

def _speaker(doc: DocText, ms: list, start: int, first: int, last: int):
    """Who speaks a quotation: the actor just before the speech verb that introduces it
    ("Russia has stated that ..."), else the one named after it ("..., said Lavrov"), else the
    nearest actor before the quotation."""
    verbs = [start + m.start() for m in _SPEECH.finditer(doc.text[start:first])]
    if verbs:
        before = [m for m in ms if m.end <= verbs[-1]]
        if before:
            return before[-1]
    after_verbs = [last + m.end() for m in _SPEECH.finditer(doc.text[last:last + 40])]
    if after_verbs:
        after = [m for m in ms if m.start >= after_verbs[0]]
        if after:
            return after[0]
    before = [m for m in ms if m.end <= first]
    return before[-1] if before else None


def _quotes(docs: list[DocText], a: str, b: str, cites: _Cites) -> list[Line]:
    lines = []
    for doc in docs:
        for s in doc.sentences:
            spans = [m for m in _QUOTE.finditer(s.text)]
            quoted = [m.group(1) or m.group(2) for m in spans]
            if not quoted or sum(len(q.split()) for q in quoted) < 2:
                continue
            first, last = s.start + spans[0].start(), s.start + spans[-1].end()
            ms = doc.mentions_in(s.start, s.end)
            speaker = _speaker(doc, ms, s.start, first, last)
            if speaker is None or not any((speaker.code or "").startswith(x) for x in (a, b)):
                continue
            speaker_name = speaker.entity or speaker.text
            text = " … ".join(f"“{q.strip().rstrip(',')}”" for q in quoted)
            lines.append(Line(f"{speaker_name}: {text}", [cites.add(doc.cite(s))], doc.published.isoformat() if doc.published else None))
    return lines


# --- agreements --------------------------------------------------------------------------------

def _agreement_section(ag: Agreement, cites: _Cites) -> Section:
    title = ag.name[:1].upper() + ag.name[1:]
    sec = Section(f"{title}", intro=f"{ag.kind or 'agreement'}; parties: {', '.join(actor_name(p) for p in ag.parties)}")
    if ag.signed:
        when = ag.signed.date or (f"date not given (first reported {ag.signed.reported})" if ag.signed.reported else "date not given")
        sec.lines.append(Line(f"Signed: {when}", cites.many(ag.signed.sources), "signed"))
    for r in ag.ratifications:
        steps = "; ".join(f"{s.date}" + (f" ({', '.join(s.actors)})" if s.actors else "") for s in r.steps)
        text = f"Ratified by {actor_name(r.party)}: {r.date or 'date not given'}" + (f" — steps: {steps}" if len(r.steps) > 1 else "")
        src = [c for s in r.steps for c in s.sources] or list(r.sources)
        sec.lines.append(Line(text, cites.many(src, 8), "ratified"))
    if ag.entry_into_force:
        sec.lines.append(Line(f"In force: {ag.entry_into_force.date or 'date not given'}",
                              cites.many(ag.entry_into_force.sources), "in force"))
    if ag.withdrawal:
        sec.lines.append(Line(f"Withdrawal: {ag.withdrawal.date or 'date not given'}",
                              cites.many(ag.withdrawal.sources), "withdrawal"))
    for o in ag.obligations:
        label = o.name.replace("_", " ")
        text = f"Obligation: {label}" if o.present else f"Does not contain: {label}"
        sec.lines.append(Line(text, cites.many(o.sources, 3), "obligation" if o.present else "excluded"))
    return sec


def _agreement_summary(ag: Agreement) -> str:
    parts = []
    if ag.signed and ag.signed.date:
        parts.append(f"signed {ag.signed.date}")
    for r in ag.ratifications:
        if r.date:
            parts.append(f"ratified by {actor_name(r.party)} {r.date}")
    if ag.entry_into_force and ag.entry_into_force.date:
        parts.append(f"in force {ag.entry_into_force.date}")
    return f"{ag.name[:1].upper() + ag.name[1:]}" + (f": {', '.join(parts)}" if parts else "")


def _agreement_cites(ag: Agreement, cites: _Cites) -> list[int]:
    out = []
    if ag.signed:
        out += cites.many(ag.signed.sources, 1)
    for r in ag.ratifications:
        if r.steps:
            out += cites.many(r.steps[-1].sources, 1)
    if ag.entry_into_force:
        out += cites.many(ag.entry_into_force.sources, 1)
    return list(dict.fromkeys(out))


def _in_scope(ag: Agreement, since: str | None, until: str | None) -> bool:
    dates = [parse(d) for d in ag.dates()]
    dates = [d for d in dates if d]
    return not dates or any(in_range(d, since, until) for d in dates)


# --- the brief ---------------------------------------------------------------------------------

def build_brief(store: Store, a: str, b: str, *, since: str | None = None, until: str | None = None,
                timeline: int = 25, per_dimension: int = 8) -> Brief:
    """Everything the brief says about A and B (codes match by prefix, both directions)."""
    a, b = a.upper(), b.upper()
    cites = _Cites()
    where, params = events_filter(dyad=(a, b), modality="all")
    clusters = [c for c in clusters_for(store, where, params) if in_range(c.when, since, until)]
    facts = [c for c in clusters if c.modality == "asserted"]
    others = [c for c in clusters if c.modality != "asserted"]
    agreements = [ag for ag in find_agreements(store, a, b) if _in_scope(ag, since, until)]
    by_year = relationship_series(store, a, b, by="year", clusters=facts)
    dated = [c for c in facts if c.when]
    span = (dated[-1].when.start.year * 12 + dated[-1].when.start.month) - (dated[0].when.start.year * 12 + dated[0].when.start.month) if dated else 0
    grain = "month" if span <= 60 else "year"
    chart_series = by_year if grain == "year" else relationship_series(store, a, b, by="month", clusters=facts)
    doc_ids = sorted({r.doc_id for c in clusters for r in c.reports})
    docs = [d for d in (load_document(store, i) for i in doc_ids) if d is not None]
    docs.sort(key=lambda d: (d.published or date.max, d.id))
    name_a, name_b = actor_name(a), actor_name(b)

    # Headline numbers
    headline: list[Line] = []
    if facts:
        dated_sorted = _by_date(dated)
        ends = [dated_sorted[0], dated_sorted[-1]] if dated_sorted else []
        first = dated_sorted[0].date if dated_sorted else "?"
        last = dated_sorted[-1].date if dated_sorted else "?"
        n_docs = len({r.doc_id for c in facts for r in c.reports})
        n_src = len({r.outlet for c in facts for r in c.reports})
        headline.append(Line(
            f"{len(facts)} events between {name_a} and {name_b} from {first} to {last}"
            f"{f' ({len(facts) - len(dated)} undated)' if len(dated) < len(facts) else ''}, "
            f"reported {_n(sum(c.n_reports for c in facts), 'time')} in {_n(n_docs, 'document')} from {_n(n_src, 'source')}.",
            [cites.add(c.citations()[0]) for c in ends]))
        coop = [c for c in facts if c.quad_class in (1, 2)]
        conf = [c for c in facts if c.quad_class in (3, 4)]
        scores = [c.goldstein for c in facts if c.goldstein is not None]
        balance = (len(coop) - len(conf)) / (len(coop) + len(conf)) if coop or conf else 0.0
        mean = sum(scores) / len(scores) if scores else 0.0
        extremes = [max(facts, key=lambda c: c.goldstein or 0), min(facts, key=lambda c: c.goldstein or 0)]
        headline.append(Line(
            f"{len(coop)} cooperative and {len(conf)} conflictual events: balance {balance:+.2f} "
            f"(+1 all cooperation, −1 all conflict); mean Goldstein score {mean:+.2f}.",
            list(dict.fromkeys(cites.add(c.citations()[0]) for c in extremes))))
        dims = sorted(((d, [c for c in facts if c.dimension == d]) for d in DIMENSIONS), key=lambda x: -len(x[1]))
        dims = [(d, cs) for d, cs in dims if cs]
        headline.append(Line(
            "By dimension: " + ", ".join(f"{d} {len(cs)}" for d, cs in dims) + ".",
            [cites.add(max(cs, key=_importance).citations()[0]) for _, cs in dims[:3]]))
    for ag in agreements[:3]:
        headline.append(Line(_agreement_summary(ag) + ".", _agreement_cites(ag, cites)))
    if chart_series.change_points:
        parts, refs = [], []
        periods = [r["period"] for r in fill(chart_series.rows, grain)]
        w = chart_series.window
        for cp in chart_series.change_points:
            parts.append(f"{cp['period']} ({cp['direction']}, {cp['shift']:+.1f} Goldstein points per {grain})")
            # cite the most significant event of the windows compared, after the shift if any
            t = periods.index(cp["period"])
            for window in (periods[t:t + w], periods[max(0, t - w):t]):
                inside = [c for c in facts if c.when and c.when.period(grain) in window]
                if inside:
                    refs.append(cites.add(max(inside, key=_importance).citations()[0]))
                    break
        headline.append(Line("Largest shifts: " + "; ".join(parts) + ".", list(dict.fromkeys(refs))))
    if others:
        counts = {m: [c for c in others if c.modality == m] for m in MODALITY_LABELS}
        parts = [f"{len(cs)} {m}" for m, cs in counts.items() if cs]
        headline.append(Line(
            f"Kept apart from the facts above: {_n(len(others), 'statement')} ({', '.join(parts)}).",
            [cites.add(cs[0].citations()[0]) for cs in counts.values() if cs]))

    # Chart
    filled = fill(chart_series.rows, grain)
    markers: list[tuple[str, str]] = []
    for ag in agreements:
        steps = [("signed", ag.signed.date if ag.signed else None)]
        steps += [(f"ratified {r.party}", r.date) for r in ag.ratifications]
        steps += [("in force", ag.entry_into_force.date if ag.entry_into_force else None)]
        for label, d in steps:
            w = parse(d)
            if w and w.period(grain):
                markers.append((w.period(grain), label))
    shifts = [(cp["period"], f"{cp['direction']} {cp['shift']:+.1f}") for cp in chart_series.change_points]
    chart_title = f"{name_a}–{name_b}: events per {grain}"
    svg = relationship_svg(filled, title=chart_title, markers=markers, shifts=shifts)
    caption = (f"Asserted events per {grain}, one per event however many documents report it. "
               f"Change points: the periods where the mean Goldstein sum of the next {chart_series.window} "
               f"{grain}s differs most from that of the previous {chart_series.window}.")
    cols = ["year", "events", "cooperation", "conflict", "balance", "Goldstein sum", "Goldstein mean"]
    table = [(r["period"], r["events"], r["cooperation"], r["conflict"], r["balance"], r["goldstein_sum"], r["goldstein_mean"])
             for r in by_year.rows]

    sections: list[Section] = []
    # Timeline
    picked = sorted(dated, key=_importance, reverse=True)[:timeline]
    tl = Section("Timeline of key events", intro="The most significant asserted events, by date.")
    tl.lines = [_event_line(c, cites) for c in _by_date(picked)]
    undated = sorted((c for c in facts if not c.when), key=_importance, reverse=True)[:8]
    if undated:
        tl.subsections.append(Section("Undated or dated only vaguely", [_event_line(c, cites) for c in _by_date(undated)]))
    sections.append(tl)
    # Agreements
    ags = Section("Agreements", intro=None if agreements else "No agreement between them was recognised.")
    ags.subsections = [_agreement_section(ag, cites) for ag in agreements]
    sections.append(ags)
    # Dimensions
    dim_sec = Section("By dimension")
    for d in DIMENSIONS:
        cs = [c for c in facts if c.dimension == d]
        if not cs:
            continue
        coop = sum(1 for c in cs if c.quad_class in (1, 2))
        top = sorted(cs, key=_importance, reverse=True)[:per_dimension]
        sub = Section(d.capitalize(), intro=f"{len(cs)} events: {coop} cooperative, {len(cs) - coop} conflictual.")
        sub.lines = [_event_line(c, cites) for c in _by_date(top)]
        dim_sec.subsections.append(sub)
    sections.append(dim_sec)
    # Frictions and limits
    fr = Section("Frictions and limits", intro="Conflict, the limits the sources state, and statements that are "
                 "not facts: hedged, denied, claimed by one side, hypothetical or only planned. None of these "
                 "count in the numbers above.")
    conflict = [c for c in facts if c.quad_class in (3, 4)]
    fr.subsections.append(Section("Conflictual events", [_event_line(c, cites) for c in _by_date(conflict)],
                                  intro=None if conflict else "None recorded."))
    limits = [Line(f"{ag.name[:1].upper() + ag.name[1:]} does not contain: {o.name.replace('_', ' ')}",
                   cites.many(o.sources, 3), "limit") for ag in agreements for o in ag.obligations if not o.present]
    if limits:
        fr.subsections.append(Section("Limits of the agreements", limits))
    stmts = Section("Statements not taken as fact")
    for c in _by_date(others)[:30]:
        stmts.lines.append(_event_line(c, cites, MODALITY_LABELS.get(c.modality, c.modality)))
    if not stmts.lines:
        stmts.intro = "None recorded."
    fr.subsections.append(stmts)
    sections.append(fr)
    # Quotes
    quotes = _quotes(docs, a, b, cites)
    sections.append(Section("Quotes", quotes, intro=None if quotes else "No quoted words from either side were found."))

    bounds = " ".join(x for x in (f"from {since}" if since else "", f"until {until}" if until else "") if x)
    scope = f"{a}–{b}, {'events ' + bounds if bounds else 'all events'}, from {_n(len(docs), 'document')}; diplograph {__version__}"
    return Brief(a, b, f"{name_a} – {name_b}: relationship brief", scope,
                 headline, svg, caption, cols, table, sections, cites.items, by_year.as_dict())


# --- rendering ---------------------------------------------------------------------------------

def _md_cites(ns: list[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


def _md_line(line: Line) -> str:
    lead = f"**{line.lead}** — " if line.lead else ""
    tag = f"*{line.tag}* — " if line.tag else ""
    text = line.text.replace("\n", " ")
    return f"- {lead}{tag}{text} {_md_cites(line.cites)}".rstrip()


def _md_section(sec: Section, level: int, out: list[str]) -> None:
    out += [f"{'#' * level} {sec.title}", ""]
    if sec.intro:
        out += [sec.intro, ""]
    if sec.lines:
        out += [_md_line(x) for x in sec.lines] + [""]
    for sub in sec.subsections:
        _md_section(sub, level + 1, out)


def render_markdown(brief: Brief) -> str:
    out = [f"# {brief.title}", "", f"*{brief.scope}. Numbers in brackets cite the sources listed at the end.*", "",
           "## Headline numbers", ""]
    out += [_md_line(x) for x in brief.headline] or ["No asserted events between them."]
    out += ["", "## The relationship over time", "", f"![{brief.chart_caption}]({data_uri(brief.chart_svg)})", "",
            brief.chart_caption, ""]
    if brief.table_rows:
        out.append("| " + " | ".join(brief.table_cols) + " |")
        out.append("|" + "---|" * len(brief.table_cols))
        for r in brief.table_rows:
            out.append("| " + " | ".join("" if v is None else str(v) for v in r) + " |")
        out.append("")
    for sec in brief.sections:
        _md_section(sec, 2, out)
    out += ["## Sources", ""]
    for n, c in enumerate(brief.citations, 1):
        meta = ", ".join(x for x in (c.site, c.published.isoformat() if c.published else None) if x)
        out.append(f"{n}. *{c.title or c.path or c.doc_id}*" + (f" ({meta})" if meta else "") + f" — {c.where}"
                   + (f", sentence {c.sentence_index}" if c.sentence_index is not None else "") + f": “{_clip(c.sentence, 400)}”")
    return "\n".join(out) + "\n"


_CSS = """body{font-family:Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}h3{margin-bottom:.3em}
.scope{color:#555;font-style:italic}.lead{font-weight:bold;white-space:nowrap}.tag{font-style:italic;color:#7a5a00}
sup a{text-decoration:none}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}
td:first-child,th:first-child{text-align:left}ol.sources li{margin-bottom:.4em;font-size:.92em}
figure{margin:1em 0}figcaption{color:#555;font-size:.9em}"""


def _html_cites(ns: list[int]) -> str:
    return "".join(f'<sup><a href="#c{n}">[{n}]</a></sup>' for n in ns)


def _html_line(line: Line) -> str:
    lead = f'<span class="lead">{escape(line.lead)}</span> — ' if line.lead else ""
    tag = f'<span class="tag">{escape(line.tag)}</span> — ' if line.tag else ""
    return f"<li>{lead}{tag}{escape(line.text)} {_html_cites(line.cites)}</li>"


def _html_section(sec: Section, level: int, out: list[str]) -> None:
    out.append(f"<h{level}>{escape(sec.title)}</h{level}>")
    if sec.intro:
        out.append(f"<p>{escape(sec.intro)}</p>")
    if sec.lines:
        out.append("<ul>" + "".join(_html_line(x) for x in sec.lines) + "</ul>")
    for sub in sec.subsections:
        _html_section(sub, min(level + 1, 6), out)


def render_html(brief: Brief) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{escape(brief.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{escape(brief.title)}</h1>",
           f'<p class="scope">{escape(brief.scope)}. Numbers in brackets cite the sources listed at the end.</p>',
           "<h2>Headline numbers</h2>"]
    out.append("<ul>" + "".join(_html_line(x) for x in brief.headline) + "</ul>" if brief.headline
               else "<p>No asserted events between them.</p>")
    out += ["<h2>The relationship over time</h2>",
            f'<figure><img src="{data_uri(brief.chart_svg)}" alt="{escape(brief.chart_caption)}">'
            f"<figcaption>{escape(brief.chart_caption)}</figcaption></figure>"]
    if brief.table_rows:
        out.append("<table><tr>" + "".join(f"<th>{escape(c)}</th>" for c in brief.table_cols) + "</tr>")
        for r in brief.table_rows:
            out.append("<tr>" + "".join(f"<td>{'' if v is None else escape(str(v))}</td>" for v in r) + "</tr>")
        out.append("</table>")
    for sec in brief.sections:
        _html_section(sec, 2, out)
    out.append('<h2>Sources</h2><ol class="sources">')
    for n, c in enumerate(brief.citations, 1):
        title = escape(c.title or c.path or c.doc_id)
        link = f'<a href="{escape(c.url)}">{title}</a>' if c.url else title
        meta = ", ".join(escape(x) for x in (c.site, c.published.isoformat() if c.published else None) if x)
        where = "" if c.url else f" — {escape(c.path or c.doc_id)}"
        idx = f", sentence {c.sentence_index}" if c.sentence_index is not None else ""
        out.append(f'<li id="c{n}">{link}' + (f" ({meta})" if meta else "") + f"{where}{idx}: “{escape(_clip(c.sentence, 400))}”</li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
