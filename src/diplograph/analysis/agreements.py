"""Agreements tracked through their life: treaties, pacts, partnerships, deals, memoranda and
ceasefires, each one record with its parties, name, kind, obligations and the dates of signing,
ratification (per party) and entry into force, every fact with its sources.

How a record is built (the words come from data/ontology/agreements.csv):

1. Event reports. An asserted event whose type or CAMEO code can report an agreement step
   (SUPPORT, CAMEO 057, ...) and whose sentence names an agreement ("treaty", "pact",
   "memorandum", ...) reports a step: the step whose words touch the event's trigger (signing,
   ratification, entry into force, withdrawal). Its parties are the event's source and target at
   country level; a ratification is by the source's country. Its date is the event's when the
   text gave it, else the temporal expression nearest the step's words in the same clause.
2. Records. Reports with both parties known are merged, dated signings first: a report joins a
   record of the same parties when the names agree (the words other than the agreement noun
   overlap by half, or one name is bare, like "the treaty"), the noun classes agree, and the
   dates fit (a signing overlaps the record's signing; a ratification or entry into force is
   not before it). An undated report whose name differs joins the record of the same parties
   signed in the two years before it was published. Reports naming one party only ("ratified by
   President Putin") join a record that already has reports from the same document.
3. Sentences. The other sentences of those documents are read clause by clause for steps the
   event coder did not report ("the Guardian Council endorsed it in June"), skipping clauses
   where a negation or an irrealis cue ("must", "will", "expected to", "before") comes just
   before the step's words; "it", "the document" refer to the agreement last named in the
   paragraph. Obligations are read the same way, a negation before them marking an obligation
   the agreement does not contain ("it does not create a mutual defence obligation").
4. Dates. Each step's date is the reported date that most other reports agree with (a month
   agrees with a day inside it), then the most precise, then one written out ("17 January")
   over one computed ("half a year ago"). A party's ratification date is the last of its
   steps (a vote in each chamber, then the signature).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from diplograph.analysis.clusters import Report, load_reports
from diplograph.analysis.dates import When, parse
from diplograph.analysis.documents import Citation, DocText, load_document
from diplograph.analysis.text import STOPWORDS, clauses, content_words, normalise, overlap, words
from diplograph.analysis.vocab import OBLIGATIONS, agreement_vocab, step_match, step_matches
from diplograph.store import Store

_RELATIVE = re.compile(r"\b(?:ago|last|next|this|earlier|later|previous|past|ahead|coming|recent)\b", re.IGNORECASE)
_COMPLEMENT_START = re.compile(r"^\s+(on|of|for|to)\s+", re.IGNORECASE)
_COMPLEMENT_WORDS = frozenset({"of", "in", "and", "for", "on"})
_COMPLEMENT_STOP = frozenset({"through", "via", "across", "within", "without", "against", "among", "amid", "despite"})
_NOT_MODIFIER = STOPWORDS | frozenset(
    {"signed", "sign", "signs", "ratified", "ratify", "approved", "endorsed", "inked", "concluded",
     "agreed", "entered", "reached", "new", "such", "two", "three", "first"})
# Kinds that only repeat the agreement noun; a topic found in the sentences is more telling.
_NOUN_KINDS = frozenset({"treaty", "deal", "memorandum"})
SIGNING_SLACK = timedelta(days=3)
UNDATED_WINDOW = timedelta(days=730)
NEGATION_WINDOW = 8   # words before an obligation or a step that a negation reaches
IRREALIS_WINDOW = 6


@dataclass(frozen=True)
class Step:
    """One dated step (or the undated reports of it), with its sources."""

    date: str | None
    sources: tuple[Citation, ...]
    actors: tuple[str, ...] = ()
    reported: str | None = None   # the earliest publication date among the sources

    def as_dict(self) -> dict:
        d = {"date": self.date, "reported": self.reported, "sources": [c.as_dict() for c in self.sources]}
        if self.actors:
            d["actors"] = list(self.actors)
        return d


@dataclass(frozen=True)
class Ratification:
    party: str
    date: str | None          # when the party completed it: the last of its steps
    steps: tuple[Step, ...]
    sources: tuple[Citation, ...]

    def as_dict(self) -> dict:
        return {"party": self.party, "date": self.date, "steps": [s.as_dict() for s in self.steps],
                "sources": [c.as_dict() for c in self.sources]}


@dataclass(frozen=True)
class Obligation:
    name: str
    present: bool             # False: the sources say the agreement does not contain it
    sources: tuple[Citation, ...]

    def as_dict(self) -> dict:
        return {"obligation": self.name, "present": self.present, "sources": [c.as_dict() for c in self.sources]}


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    kind: str | None
    parties: tuple[str, ...]
    signed: Step | None
    ratifications: tuple[Ratification, ...]
    entry_into_force: Step | None
    withdrawal: Step | None
    obligations: tuple[Obligation, ...]
    names: tuple[str, ...]
    sources: tuple[Citation, ...]

    def ratification(self, party: str) -> Ratification | None:
        return next((r for r in self.ratifications if r.party == party), None)

    def dates(self) -> list[str]:
        out = [s.date for s in (self.signed, self.entry_into_force, self.withdrawal) if s and s.date]
        out += [r.date for r in self.ratifications if r.date]
        return out

    def as_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "parties": list(self.parties),
            "signed": self.signed.as_dict() if self.signed else None,
            "ratifications": [r.as_dict() for r in self.ratifications],
            "entry_into_force": self.entry_into_force.as_dict() if self.entry_into_force else None,
            "withdrawal": self.withdrawal.as_dict() if self.withdrawal else None,
            "obligations": [o.as_dict() for o in self.obligations],
            "names": list(self.names), "sources": [c.as_dict() for c in self.sources],
        }


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str
    qualifiers: frozenset[str]
    cls: str

    @property
    def bare(self) -> bool:
        return not self.qualifiers


@dataclass
class _Ref:
    """One report of one step of an agreement."""

    doc_id: str
    citation: Citation
    step: str
    parties: frozenset[str]
    party: str | None
    actor: str | None
    when: When | None
    date: str | None
    explicit: bool
    name: _Name
    published: date | None
    from_event: bool
    clause: int | None = None   # where the step's clause starts in the document text


@dataclass
class _Record:
    refs: list[_Ref] = field(default_factory=list)
    parties: set[str] = field(default_factory=set)

    @property
    def classes(self) -> set[str]:
        return {r.name.cls for r in self.refs}

    @property
    def docs(self) -> set[str]:
        return {r.doc_id for r in self.refs}

    def qualifiers(self) -> frozenset[str]:
        named = [r.name.qualifiers for r in self.refs if not r.name.bare]
        return frozenset().union(*named) if named else frozenset()

    def signing(self) -> When | None:
        dated = [r for r in self.refs if r.step == "signing" and r.when]
        chosen = _choose(dated)
        return chosen.when if chosen else None


# --- names -------------------------------------------------------------------------------------

def _names(text: str) -> list[_Name]:
    vocab = agreement_vocab()
    out = []
    for m in vocab.noun_pattern().finditer(text):
        if not _word_edges(text, m.start(), m.end()):
            continue
        noun = m.group()
        mods: list[str] = []
        start = m.start()
        for s, e, w in reversed(words(text[:m.start()])[-4:]):
            gap = text[e:start]
            if gap.strip(" -"):
                break
            if w in _NOT_MODIFIER or "'" in w or w.endswith("’s"):
                break
            start = s
            if not any(ch.isdigit() for ch in w):
                mods.insert(0, text[s:e])
        tail = ""
        end = m.end()
        cm = _COMPLEMENT_START.match(text[m.end():])
        if cm:
            taken = []
            pos = m.end() + cm.end()
            for s, e, w in words(text[pos:])[:7]:
                between = text[pos + (taken[-1][1] if taken else 0):pos + s] if taken else ""
                if taken and between.strip():
                    break
                if ((w in STOPWORDS and w not in _COMPLEMENT_WORDS) or w in _COMPLEMENT_STOP
                        or any(ch.isdigit() for ch in w)):
                    break
                taken.append((s, e, w))
            while taken and taken[-1][2] in _COMPLEMENT_WORDS:
                taken.pop()
            if taken:
                tail = " " + cm.group(1).lower() + " " + text[pos + taken[0][0]:pos + taken[-1][1]]
                end = pos + taken[-1][1]
        name = " ".join([*mods, noun]) + tail
        qualifiers = content_words(name) - content_words(noun)
        out.append(_Name(start, end, " ".join(name.split()).lower(), qualifiers, vocab.noun_class(noun)))
    # "strategic partnership" inside "strategic partnership treaty": keep the whole name.
    return [n for n in out if not any(o is not n and o.start <= n.start and n.end <= o.end
                                      and (o.end - o.start) > (n.end - n.start) for o in out)]


def _word_edges(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _names_match(a: _Name, b: frozenset[str]) -> float:
    if a.bare or not b:
        return 0.0
    return overlap(a.qualifiers, b)


def _classes_agree(cls: str, classes: set[str]) -> bool:
    return cls == "generic" or cls in classes or classes <= {"generic"}


# --- dates -------------------------------------------------------------------------------------

def _choose(refs: list[_Ref]) -> _Ref | None:
    """The report whose date most others agree with; then the most precise; then one written
    out rather than computed; then the earliest."""
    dated = [r for r in refs if r.when]
    if not dated:
        return None

    def support(r: _Ref) -> int:
        return sum(1 for o in dated if o.when.contains(r.when) or r.when.contains(o.when))

    return min(dated, key=lambda r: (-support(r), r.when.rank, not r.explicit, r.when.start, r.date or ""))


def _clause_date(doc: DocText, start: int, end: int, at: int, others: list[int]) -> tuple[When | None, str | None, bool]:
    """The date of a step whose words are at ``at`` in the clause start..end: the nearest
    temporal expression in the clause that no other step's words are nearer to."""
    best = None
    for t in doc.timexes_in(start, end):
        when = parse(t.value, t.precision)
        if when is None:
            continue
        mid = (t.start + t.end) // 2
        dist = abs(mid - at)
        if any(abs(mid - o) < dist for o in others):
            continue
        if best is None or dist < best[0]:
            best = (dist, when, t.value, not _RELATIVE.search(t.text or ""))
    if best is None:
        return None, None, True
    return best[1], best[2], best[3]


def _explicit(doc: DocText | None, sentence: str, value: str | None) -> bool:
    if doc is None or value is None:
        return True
    s = doc.find(sentence)
    if s is None:
        return True
    for t in doc.timexes_in(s.start, s.end):
        if t.value == value:
            return not _RELATIVE.search(t.text or "")
    return True


def _cue_before(pattern: re.Pattern, text: str, clause_start: int, pos: int, window: int) -> bool:
    """Whether a cue occurs in the ``window`` words before ``pos`` inside the clause."""
    before = words(text[clause_start:pos])[-window:]
    if not before:
        return False
    return bool(pattern.search(text[clause_start + before[0][0]:pos]))


# --- reports from events -----------------------------------------------------------------------

def _event_refs(reports: list[Report], docs: dict[str, DocText]) -> list[_Ref]:
    vocab = agreement_vocab()
    refs: dict[tuple, _Ref] = {}
    for r in reports:
        if r.modality != "asserted" or not vocab.is_candidate(r.type, r.cameo):
            continue
        names = _names(r.sentence)
        if not names:
            continue
        match = step_match(r.sentence, r.trigger)
        if match is None:
            continue
        pos, _, step = match
        parties = frozenset(p for p in (r.source, r.target) if p)
        if not parties:
            continue
        name = min(names, key=lambda n: (min(abs(n.start - pos), abs(n.end - pos)), n.bare))
        doc = docs.get(r.doc_id)
        s = doc.find(r.sentence) if doc else None
        clause = None
        if s is not None:
            at = s.start + pos
            clause = next(((a, b) for a, b in clauses(s.text, s.start) if a <= at < b), (s.start, s.end))
        when, value, explicit = r.when, r.date, True
        if when is not None and r.date_basis == "text":
            explicit = _explicit(doc, r.sentence, r.date)
        else:
            when, value, explicit = None, None, True
            if clause is not None:
                others = [clause[0] + m[0] for m in step_matches(doc.text[clause[0]:clause[1]])
                          if not (clause[0] + m[0] <= at < clause[0] + m[1])]
                when, value, explicit = _clause_date(doc, clause[0], clause[1], at, others)
        party = r.source if step in ("ratification", "withdrawal") else None
        actor = (r.source_text or r.source_entity) if party else None
        key = (r.doc_id, normalise(r.sentence), step, party)
        if key in refs:
            refs[key].parties = refs[key].parties | parties
            continue
        refs[key] = _Ref(r.doc_id, r.cite(), step, parties, party, actor, when, value, explicit, name,
                         r.published, True, clause[0] if clause else None)
    return list(refs.values())


# --- merging -----------------------------------------------------------------------------------

def _fits(ref: _Ref, rec: _Record) -> float | None:
    """How well a report fits a record (higher is better), or None when it cannot belong."""
    shared = ref.parties & rec.parties
    if len(shared) < min(2, len(ref.parties)):
        return None
    if not _classes_agree(ref.name.cls, rec.classes):
        return None
    signing = rec.signing()
    named = _names_match(ref.name, rec.qualifiers())
    clash = not ref.name.bare and rec.qualifiers() and named < 0.5
    if ref.when and signing:
        if ref.step == "signing" and not (ref.when.start - SIGNING_SLACK <= signing.end and signing.start - SIGNING_SLACK <= ref.when.end):
            return None
        if ref.step != "signing" and ref.when.end < signing.start:
            return None
    if clash:
        # Another name: only an undated report published soon after the signing may mean it.
        if ref.when or not signing or not ref.published:
            return None
        if not (signing.start <= ref.published <= signing.start + UNDATED_WINDOW):
            return None
    elif ref.name.bare and not ref.when and signing and ref.published:
        if not (signing.start <= ref.published <= signing.start + UNDATED_WINDOW):
            return None
    score = 100.0 if ref.doc_id in rec.docs else 0.0
    score += 10.0 * named
    if signing:
        anchor = ref.when.start if ref.when else ref.published
        if anchor:
            score -= abs((anchor - signing.start).days) / 3650
    return score


def _merge(refs: list[_Ref]) -> list[_Record]:
    def order(r: _Ref) -> tuple:
        return (r.step != "signing", r.when is None, r.when.rank if r.when else 9,
                r.when.start if r.when else date.max, r.doc_id, r.citation.sentence)

    records: list[_Record] = []
    pairs = sorted((r for r in refs if len(r.parties) >= 2), key=order)
    singles = sorted((r for r in refs if len(r.parties) < 2), key=order)
    for ref in pairs + singles:
        scored = [(s, i) for i, rec in enumerate(records) if (s := _fits(ref, rec)) is not None]
        if scored:
            rec = records[max(scored)[1]]
            rec.refs.append(ref)
            if len(ref.parties) >= 2:
                rec.parties |= ref.parties
        elif len(ref.parties) >= 2:
            records.append(_Record([ref], set(ref.parties)))
    return records


# --- sentences of the same documents ----------------------------------------------------------

def _attribute(names: list[_Name], candidates: list[_Record], current: _Record | None) -> _Record | None:
    """The record a clause is about: the one its agreement noun names, else the current one."""
    for n in names:
        best = None
        for rec in candidates:
            if not _classes_agree(n.cls, rec.classes):
                continue
            score = _names_match(n, rec.qualifiers())
            if n.bare or score >= 0.5 or len(candidates) == 1:
                if best is None or score > best[0]:
                    best = (score, rec)
        if best:
            return best[1]
        return None  # names another agreement
    return current


def _walk(doc: DocText, records: list[_Record]):
    """Yield (sentence, clause start, clause end, record or None) for a document, following
    which agreement each clause is about."""
    here = [rec for rec in records if doc.id in rec.docs]
    if not here:
        return
    main = max(here, key=lambda rec: sum(1 for r in rec.refs if r.doc_id == doc.id))
    vocab = agreement_vocab()
    paragraph = None
    current = None
    for s in doc.sentences:
        if s.paragraph != paragraph:
            paragraph, current = s.paragraph, None
        for a, b in clauses(s.text, s.start):
            text = doc.text[a:b]
            names = _names(text)
            anaphor = any(p.search(text) for p in vocab.anaphors)
            if names:
                current = _attribute(names, here, current)
                yield s, a, b, current
            elif current is not None or anaphor:
                yield s, a, b, current or main


def _sentence_refs(doc: DocText, records: list[_Record], covered: set[tuple[str, int, str]]) -> list[tuple[_Record, _Ref]]:
    """Steps the events did not report, read from the clauses of a document (module docstring).
    ``covered`` holds (document, clause start, step) already reported; it is updated."""
    vocab = agreement_vocab()
    out = []
    last_party: dict[int, tuple[str, str | None]] = {}
    for s, a, b, rec in _walk(doc, records):
        if rec is None:
            continue
        text = doc.text[a:b]
        names = _names(text)
        found = step_matches(text)
        for m_start, m_end, step in found:
            if any(o_s <= m_start < o_e and (o_e - o_s) > (m_end - m_start) for o_s, o_e, _ in found):
                continue  # "signed" inside "signed the ratification law"
            at = a + m_start
            if (doc.id, a, step) in covered:
                continue
            if _cue_before(vocab.negation, doc.text, a, at, IRREALIS_WINDOW) or _cue_before(vocab.irrealis, doc.text, a, at, IRREALIS_WINDOW):
                continue
            near = text[max(0, m_start - 25):m_end + 25]
            if not names and not any(p.search(near) for p in vocab.anaphors):
                continue
            others = [a + o[0] for o in found if o[0] != m_start]
            when, value, explicit = _clause_date(doc, a, b, at, others)
            party, actor = None, None
            if step in ("ratification", "withdrawal"):
                ms = [m for m in doc.mentions_in(a, b) if m.party in rec.parties]
                before = [m for m in ms if m.end <= at]
                after = [m for m in ms if m.start >= at]
                pick = before[-1] if before else (after[0] if after else None)
                if pick is not None:
                    party, actor = pick.party, pick.text
                    last_party[id(s)] = (party, actor)
                elif id(s) in last_party:
                    party, actor = last_party[id(s)]
                else:
                    continue
            name = names[0] if names else _Name(0, 0, "", frozenset(), "generic")
            ref = _Ref(doc.id, doc.cite(s), step, frozenset(rec.parties), party, actor, when, value, explicit,
                       name, doc.published, False)
            covered.add((doc.id, a, step))
            out.append((rec, ref))
    return out


def _obligations(rec: _Record, docs: dict[str, DocText], records: list[_Record]) -> tuple[Obligation, ...]:
    vocab = agreement_vocab()
    found: dict[str, dict[bool, list[Citation]]] = defaultdict(lambda: {True: [], False: []})
    for doc_id in sorted(rec.docs):
        doc = docs.get(doc_id)
        if doc is None:
            continue
        for s, a, b, about in _walk(doc, records):
            if about is not rec or not vocab.provision.search(s.text):
                continue
            text = doc.text[a:b]
            claimed: list[tuple[int, int]] = []
            for name, pattern in vocab.obligations:
                for m in pattern.finditer(text):
                    if any(m.start() < e and s_ < m.end() for s_, e in claimed):
                        continue
                    claimed.append((m.start(), m.end()))
                    present = not _cue_before(vocab.negation, doc.text, a, a + m.start(), NEGATION_WINDOW)
                    cite = doc.cite(s)
                    if cite.key not in {c.key for c in found[name][present]}:
                        found[name][present].append(cite)
    out = []
    for name in OBLIGATIONS:
        if name not in found:
            continue
        yes, no = found[name][True], found[name][False]
        out.append(Obligation(name, True, tuple(yes)) if yes else Obligation(name, False, tuple(no)))
    return tuple(out)


# --- records to agreements ---------------------------------------------------------------------

def _cites(refs: list[_Ref]) -> tuple[Citation, ...]:
    seen, out = set(), []
    for r in sorted(refs, key=lambda r: (r.published or date.max, r.doc_id, r.citation.sentence_index or 0)):
        if r.citation.key not in seen:
            seen.add(r.citation.key)
            out.append(r.citation)
    return tuple(out)


def _step(refs: list[_Ref]) -> Step | None:
    if not refs:
        return None
    chosen = _choose(refs)
    return Step(chosen.date if chosen else None, _cites(refs), (), _reported(refs))


def _reported(refs: list[_Ref]) -> str | None:
    days = [r.published for r in refs if r.published]
    return min(days).isoformat() if days else None


def _ratifications(refs: list[_Ref]) -> tuple[Ratification, ...]:
    by_party: dict[str, list[_Ref]] = defaultdict(list)
    for r in refs:
        if r.party:
            by_party[r.party].append(r)
    out = []
    for party in sorted(by_party):
        rs = by_party[party]
        dated = sorted((r for r in rs if r.when), key=lambda r: (r.when.rank, r.when.start))
        steps: list[list[_Ref]] = []
        for r in dated:
            home = [g for g in steps if g[0].when.contains(r.when) or r.when.contains(g[0].when)]
            if home:
                max(home, key=lambda g: g[0].when.start).append(r)
            else:
                steps.append([r])
        steps.sort(key=lambda g: g[0].when.start)
        built = []
        for g in steps:
            best = _choose(g)
            actors = tuple(dict.fromkeys(r.actor for r in g if r.actor and r.when == best.when))
            built.append(Step(best.date, _cites(g), actors, _reported(g)))
        built = tuple(built)
        out.append(Ratification(party, built[-1].date if built else None, built, _cites(rs)))
    return tuple(out)


def _finish(rec: _Record, docs: dict[str, DocText], records: list[_Record]) -> Agreement:
    vocab = agreement_vocab()
    counts: Counter[str] = Counter()
    for r in rec.refs:
        if not r.name.bare:
            counts[r.name.text] += 1.0
            if r.step == "signing" and r.when and r.explicit:
                counts[r.name.text] += 0.5
    quals = {r.name.text: len(r.name.qualifiers) for r in rec.refs}
    if counts:
        name = max(counts, key=lambda n: (counts[n], quals[n], n))
    else:
        name = Counter(r.name.text for r in rec.refs if r.name.text).most_common(1)[0][0]
    by_step: dict[str, list[_Ref]] = defaultdict(list)
    for r in rec.refs:
        by_step[r.step].append(r)
    kind = vocab.kind_of(name)
    if kind is None or kind in _NOUN_KINDS:
        # A bare "agreement" or "memorandum": what it is about, if the sentences say.
        topic = vocab.kind_of(" ".join(r.citation.sentence for r in rec.refs))
        if topic and topic not in _NOUN_KINDS:
            kind = topic
        kind = kind or topic
    if kind and not any(r.name.text == name and not r.name.bare for r in rec.refs) and kind not in name:
        name = f"{kind} {name}"   # a bare "agreement" or "memorandum": say what it is about
    signed = _step(by_step["signing"])
    parties = tuple(sorted(rec.parties))
    digest = hashlib.sha256("|".join([*parties, name, signed.date if signed and signed.date else ""]).encode()).hexdigest()[:16]
    return Agreement(
        digest, name, kind, parties, signed, _ratifications(by_step["ratification"]),
        _step(by_step["entry_into_force"]), _step(by_step["withdrawal"]), _obligations(rec, docs, records),
        tuple(sorted({r.name.text for r in rec.refs if r.name.text})), _cites(rec.refs),
    )


def _matches(code: str, prefix: str) -> bool:
    return code.upper().startswith(prefix.upper())


def find_agreements(store: Store, a: str | None = None, b: str | None = None) -> list[Agreement]:
    """The agreements recognised in the store, or those between A and B (codes match by prefix;
    with only A, those A is party to), oldest signing first."""
    vocab = agreement_vocab()
    where, params = ["modality = 'asserted'"], []
    cand = [f"type IN ({', '.join('?' * len(vocab.event_types))})"] if vocab.event_types else []
    params += sorted(vocab.event_types)
    for c in vocab.event_cameos:
        cand.append("starts_with(cameo, ?)")
        params.append(c)
    where.append("(" + " OR ".join(cand or ["FALSE"]) + ")")
    actors = [x.upper() for x in (a, b) if x]
    if actors:
        where.append("(" + " OR ".join("starts_with(source_code, ?) OR starts_with(target_code, ?)" for _ in actors) + ")")
        for x in actors:
            params += [x, x]
    reports = load_reports(store, " AND ".join(where), params)
    docs: dict[str, DocText] = {}
    for doc_id in sorted({r.doc_id for r in reports}):
        d = load_document(store, doc_id)
        if d is not None:
            docs[doc_id] = d
    event_refs = _event_refs(reports, docs)
    records = _merge(event_refs)
    covered = {(r.doc_id, r.clause, r.step) for r in event_refs if r.clause is not None}
    for doc_id in sorted({r.doc_id for rec in records for r in rec.refs}):
        if doc_id in docs:
            for rec, ref in _sentence_refs(docs[doc_id], records, covered):
                rec.refs.append(ref)
    out = [_finish(rec, docs, records) for rec in records]
    if actors:
        out = [ag for ag in out if all(any(_matches(p, x) for p in ag.parties) for x in actors)]
    out.sort(key=lambda ag: (ag.signed is None or ag.signed.date is None,
                             parse(ag.signed.date).start if ag.signed and ag.signed.date and parse(ag.signed.date) else date.max,
                             ag.name))
    return out
