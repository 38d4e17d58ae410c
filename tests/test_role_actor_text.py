"""An actor the coder names by its role and the country of its context carries the role's words
as its text, and the PLOVER slot evaluation scores such an actor for a phrase no mention covers."""
from __future__ import annotations

import pytest

from conftest import coded_events
from diplograph.evaluation import actors as ev
from diplograph.types import Actor, Document, Event

pytestmark = pytest.mark.model


def _source_of(text: str, type_: str) -> Actor:
    return next(e.source for e in coded_events(text) if e.type == type_ and e.source is not None)


@pytest.mark.parametrize("text, type_, code, words", [
    ("Judge Maria Okafor opened a bribery inquiry into three Kenyan government ministers.",
     "ACCUSE", "KENJUD", "Judge Maria Okafor"),
    ("Police fired tear gas at students in Dhaka on Sunday.", "ASSAULT", "BGDCOP", "Police"),
])
def test_role_actor_keeps_the_words_it_stands_on(text, type_, code, words):
    source = _source_of(text, type_)
    assert source.code == code
    assert source.text == words
    assert source.text in text


def _event(source: Actor | None, target: Actor | None) -> Event:
    return Event(id="e", doc_id="d", sentence_index=0, type="ACCUSE", mode=None, cameo="090", quad_class=3,
                 goldstein=-2.0, source=source, target=target, date=None, date_precision=None,
                 date_basis="published", modality="asserted", sentence="", trigger="opened", confidence=1.0)


def test_slot_evaluation_reads_the_event_actor_inside_the_span():
    plain = "The chief judge of the province opened an inquiry into the port authority."
    judge = Actor("PERJUD", "PER", "JUD", None, "chief judge")
    doc = Document(id="d", text=plain).replace(events=(_event(judge, None),))
    start = plain.index("The chief")
    span = ev.Marked(start, start + len("The chief judge of the province"), "The chief judge of the province", ("SRC",))
    assert ev._event_actors(doc, plain, span) == [judge]
    elsewhere = ev.Marked(plain.index("port"), plain.index("port") + 4, "port", ("TAR",))
    assert ev._event_actors(doc, plain, elsewhere) == []
    # an actor with no words (an implied target) is never taken for a span
    doc = Document(id="d", text=plain).replace(events=(_event(None, Actor("PER", "PER", None, "own country (implied)", None)),))
    assert ev._event_actors(doc, plain, span) == []


def test_slot_evaluation_matches_whole_words_inside_the_span():
    plain = "The panel judged the judge of the province harshly."
    judge = Actor("PERJUD", "PER", "JUD", None, "judge")
    doc = Document(id="d", text=plain).replace(events=(_event(judge, None),))
    at = plain.index("judged")
    assert ev._event_actors(doc, plain, ev.Marked(at, at + len("judged"), "judged", ("SRC",))) == []
    at = plain.index("the judge")
    span = ev.Marked(at, at + len("the judge of the province"), "the judge of the province", ("SRC",))
    assert ev._event_actors(doc, plain, span) == [judge]
    # a span that only grazes the actor's words is not it
    graze = ev.Marked(at - 7, at + 5, "judged the ju", ("SRC",))
    assert ev._event_actors(doc, plain, graze) == []
