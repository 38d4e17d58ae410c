"""Events built from a trigger and its roles: one per (source, target) pair, each with its
modality, date and evidence."""
from __future__ import annotations

import hashlib

from diplograph.events.modality import REPORT_HEADS, modality
from diplograph.events.ontology import Ontology, Trigger
from diplograph.events.sentence import _Sentence
from diplograph.events.words import BACKGROUND_MARKS, SUBJECT_DEPS
from diplograph.time import is_calendar
from diplograph.types import Actor, Event


def _event_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]
SUBORDINATE = {"advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "csubj"}


def _clause_depth(tok) -> int:
    """How many clause boundaries lie between a token and its sentence's root."""
    depth, cur = 0, tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        depth += cur.dep_ in SUBORDINATE
        cur = cur.head
    return depth


def _speaker_countries(s: _Sentence, tok) -> set[str]:
    """The countries of who reports the clause an event is in ("Moscow said ..."), if a plain
    reporting verb governs it."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return set()
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORT_HEADS:
            subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            return {a.country for a, _ in s.actors(subj)} - {None} if subj is not None else set()
        if cur.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "acomp", "dobj", "pobj", "prep"):
            return set()
        cur = cur.head
    return set()


def _build_events(s: _Sentence, tok, anchor, subj_tok, trig: Trigger, onto: Ontology,
                  pairs: list[tuple[Actor | None, Actor | None]]) -> list[Event]:
    """One event per (source, target) pair, with its modality, date, codes and confidence."""
    if not pairs:
        return []
    if trig.type in ("ACCUSE", "REQUEST"):
        s.spoken_at.update((tok.i, anchor.i))
    mod = modality(tok, subject=subj_tok, is_actor=lambda t: bool(s.actor_list(t)))
    date, precision, basis = _date_for(s, tok, anchor)
    info = onto.cameo_info(trig.cameo)
    sentence_text = s.doc.text[s.offset + s.sent.start_char : s.offset + s.sent.end_char].strip()
    # confidence: a verb over a noun, each actor found, and the main clause over subordinate ones
    # (a noun made an act by its light verb, "began a hunger strike", counts as a verb)
    verbal = trig.pos == "VERB" or (anchor.i != tok.i and anchor.pos_ in ("VERB", "AUX"))
    conf = 0.5 + (0.1 if verbal else 0.0) - 0.1 * min(_clause_depth(anchor), 3)
    quad = info.quad_class if info else onto.types[trig.type].quad_class
    # a party's own readout of talks, statements of support or agreement ("the Kremlin said
    # Putin had spoken with Trump") reports what it did in the open: asserted, unlike its
    # account of fighting ("Pakistan said it had shot down five aircraft"), which stays a claim
    speakers = _speaker_countries(s, tok) if mod == "claimed" and quad == 1 else set()
    out = []
    for a, b in pairs:
        c = conf + (0.2 if a else 0) + (0.2 if b else 0)
        pair_mod = "asserted" if a is not None and a.country in speakers else mod
        out.append(
            Event(
                id=_event_id(s.doc.id, " ".join(sentence_text.split()), tok.i - s.sent.start, trig.pattern,
                             a and a.code, b and b.code),
                doc_id=s.doc.id,
                sentence_index=s.index,
                type=trig.type,
                mode=trig.mode,
                cameo=trig.cameo,
                quad_class=info.quad_class if info else onto.types[trig.type].quad_class,
                goldstein=info.goldstein if info else None,
                source=a,
                target=b,
                date=date,
                date_precision=precision,
                date_basis=basis,
                modality=pair_mod,
                sentence=sentence_text,
                trigger=tok.text,
                confidence=round(min(c, 1.0) - 0.1, 2),
            )
        )
    return out


# spans of time that may stand before "after" or "before": "four months after", "days before"
TIME_SPANS = frozenset({"hour", "day", "week", "month", "year", "decade", "shortly", "soon", "long"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _after_a_span(tok) -> bool:
    """An act told as background after a span of time ("..., four months after Pezeshkian and
    Putin signed it"), which the parser often reads with "after" as a preposition of the span
    rather than as the mark of a clause: between "after" and the act stand no clause break and
    no other verb."""
    sent = tok.sent
    for i in range(tok.i - 1, max(sent.start, tok.i - 12) - 1, -1):
        word = tok.doc[i]
        if word.text in CLAUSE_BREAKS or (word.pos_ == "VERB" and word.i != tok.i):
            return False
        if word.lower_ in ("after", "before", "since"):
            return i > sent.start and tok.doc[i - 1].lemma_.lower() in TIME_SPANS
    return False


def _date_for(s: _Sentence, tok, anchor) -> tuple[str | None, str | None, str]:
    # The clauses whose date the event shares, nearest first: its own; the verb that controls
    # it ("agreed in January to supply"); the clause it is conjoined to or a participle of
    # ("on Monday, Azerbaijan shot down a helicopter, killing two"); the report of it
    # ("Ukraine said on Friday it was withdrawing ...").
    chain = [tok, anchor] if anchor.i != tok.i else [tok]
    cur = anchor
    for _ in range(4):
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in cur.children)
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "xcomp" or (cur.dep_ in ("conj", "advcl") and not own_subject and
                                   (cur.dep_ == "conj" or cur.tag_ in ("VBG", "VBN"))):
            cur = cur.head
        elif cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORT_HEADS:
            cur = cur.head
        else:
            break
        chain.append(cur)
    # an act after a span of time ("approved it on Tuesday, two months after the signing") keeps
    # only a date of its own: the dates of the clauses around it are the news, not the act
    background = _after_a_span(tok)
    rank = {t.i: n for n, t in enumerate(chain[:1] if background else chain)}
    best = None
    for timex in s.timexes:
        if timex.value == "PRESENT_REF":
            continue  # "now": the publication date
        att = s.timex_attachment(timex)
        if att is not None and att.i in rank:
            key = (rank[att.i], abs(att.i - tok.i))
            if best is None or key < best[0]:
                best = (key, timex)
    if best is not None:
        timex = best[1]
        value, precision = timex.value, timex.precision
        if value and precision == "time":
            value, precision = value[:10], "day"
        if timex.type in ("RANGE", "DURATION", "SET") or not is_calendar(value):
            return None, None, "text"  # a range, a duration or an undated expression: no false day
        return value, precision, "text"
    pub = s.doc.published
    # an act told as background ("four months after Putin and Pezeshkian signed it") happened
    # before the news: without a date of its own it is undated, not dated by the publication
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in c.children)
           for c in chain) or background:
        return None, None, "unknown"
    if pub is None:
        return None, None, "unknown"
    return pub.isoformat(), "day", "publication"
