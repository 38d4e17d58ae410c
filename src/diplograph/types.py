"""The records that flow through the pipeline: small, frozen, offsets into Document.text."""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor, CAMEO style: ``code`` is country + sector (``RUSGOV``) or an IGO code."""

    code: str
    country: str | None = None
    sector: str | None = None
    entity: str | None = None
    text: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "entity": self.entity,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    sentence: int


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression; ``value`` is TIMEX3-style (``2025``, ``2025-01``, ``2025-01-17``) or None."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    precision: str | None
    how: str
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    sentence_index: int
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: Actor | None
    target: Actor | None
    date: str | None
    date_precision: str | None
    date_basis: str
    modality: str
    sentence: str
    trigger: str
    confidence: float
    location: str | None = None
    # Other sentences of the same document that report the same event.
    more_evidence: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "modality": self.modality,
            "location": self.location,
            "trigger": self.trigger,
            "confidence": self.confidence,
            "sentence": self.sentence,
            "more_evidence": list(self.more_evidence),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """One document (or file) that could not be processed, and why."""

    path: str
    stage: str
    reason: str
    doc_id: str | None = None


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: str | None = None
    site: str | None = None
    author: str | None = None
    language: str | None = "en"
    # The country of the outlet, when the user gives it (--home-country) and the site or URL
    # does not tell it: the story's country when the story names none. Not stored.
    home_country: str | None = None
    quality: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    # The spaCy parse of each paragraph with its character offset; filled by the nlp stage,
    # never stored or compared.
    parse: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]


def content_id(text: str) -> str:
    """A stable document id from its text (whitespace-normalised), 16 hex digits of sha256."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
