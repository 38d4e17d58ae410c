"""Plain-text helpers for analysis: paragraphs and sentences of a stored document (with
character offsets into ``documents.text``, the offsets mentions and timexes use), clauses,
content words and how much two pieces of evidence share."""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# A sentence ends at . ! or ? (and any closing quote or bracket) followed by space and a capital,
# a digit or an opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col maj capt sgt adm gov sen rep prof jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u".split()
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
_CLAUSE = re.compile(r"\s*(?:[;:—–]|,\s*(?:and|but|while|whereas)\b|,)\s*")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about after
    before between since until during while than then that this these those there here it its it's
    is are was were be been being has have had do does did will would shall should can could may
    might must not no nor so such very also only just more most other some any each both all
    either neither which who whom whose what when where why how he she they them their his her
    we our you your i me my said says say told according last next week month year day days
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text, paragraph by paragraph, with offsets into the text."""
    out: list[Sentence] = []
    para_start = 0
    paragraph = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for p_end, next_start in bounds:
        chunk = text[para_start:p_end]
        if chunk.strip():
            pos = 0
            for m in _BOUNDARY.finditer(chunk):
                before = chunk[:m.start()].rstrip("\"'”’)]")
                last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
                _add(out, text, para_start + pos, para_start + m.start(), paragraph)
                pos = m.end()
            _add(out, text, para_start + pos, p_end, paragraph)
            paragraph += 1
        para_start = next_start
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, text[start:end]))


def clauses(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Rough clause spans of a sentence (split at semicolons, dashes and commas), as offsets."""
    spans = []
    pos = 0
    for m in _CLAUSE.finditer(text):
        if m.start() > pos:
            spans.append((offset + pos, offset + m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((offset + pos, offset + len(text)))
    return spans


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their offsets, lower-cased."""
    return [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text)]


def stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Stemmed words that carry meaning: no stop words, no one-letter tokens."""
    return frozenset(stem(w) for _, _, w in words(text) if w not in STOPWORDS and len(w) > 1)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The overlap coefficient: shared words over the words of the shorter text. A short
    report of an event inside a long sentence about it still scores high."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def normalise(text: str) -> str:
    return " ".join(text.split()).lower()
