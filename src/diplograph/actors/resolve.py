"""Find actor mentions in text and code them, CAMEO style, on the document's date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diplograph.actors.lexicon import Entry, Lexicon, lexicon
from diplograph.types import Actor, Document, Mention

NAME_KINDS = {"country", "adjective", "capital", "seat", "igo"}
POSSESSIVE = {"'s", "’s", "'"}


@dataclass(frozen=True, slots=True)
class TokenMatch:
    """A coded actor over token positions [start, end)."""

    start: int
    end: int
    actor: Actor


def _raw_matches(words: list[str], lex: Lexicon) -> list[tuple[int, int, list[Entry]]]:
    out = []
    i = 0
    n = len(words)
    while i < n:
        for size in range(min(lex.max_len, n - i), 0, -1):
            entries = lex.lookup(tuple(words[i : i + size]))
            if entries:
                out.append((i, i + size, entries))
                i += size
                break
        else:
            i += 1
    return out


def _pick(entries: list[Entry], day: date | None) -> Entry | None:
    """The entry to use: a name over a sector word; among people, the term in force on ``day``."""
    names = [e for e in entries if e.kind in NAME_KINDS]
    if names:
        return names[0]
    people = [e for e in entries if e.kind == "person"]
    if people:
        valid = [e for e in people if e.valid_on(day)]
        if valid:
            return valid[0]
        # Known person, no office on that day: the country only, no sector.
        latest = max(people, key=lambda e: e.valid_from or date.min)
        return Entry("person", latest.country or "", latest.country, None, latest.entity)
    sectors = [e for e in entries if e.kind == "sector"]
    return sectors[0] if sectors else None


def _actor(entry: Entry, sector: str | None, text: str) -> Actor:
    if entry.kind == "igo":
        return Actor(entry.code, None, None, entry.entity, text)
    if entry.kind in ("seat", "person"):
        if sector and entry.kind == "seat" and entry.country and not entry.sector:
            return Actor(entry.country + sector, entry.country, sector, entry.entity, text)
        return Actor(entry.code or (entry.country or ""), entry.country, entry.sector, entry.entity, text)
    country = entry.country
    return Actor(country + (sector or ""), country, sector, entry.entity, text)


def match_words(words: list[str], day: date | None, *, spaces: list[bool] | None = None,
                pos: list[str] | None = None, lex: Lexicon | None = None) -> list[TokenMatch]:
    """Code the actors in a token sequence. Adjacent names and sector words combine:
    "Iranian military", "Iran's foreign ministry", "the foreign minister of Iran",
    "President Vladimir Putin"."""
    lex = lex or lexicon()
    spaces = spaces if spaces is not None else [True] * len(words)
    raw = [(s, e, _pick(entries, day)) for s, e, entries in _raw_matches(words, lex)]
    raw = [(s, e, p) for s, e, p in raw if p is not None]

    def text(s: int, e: int) -> str:
        return "".join(w + (" " if spaces[k] and k < e - 1 else "") for k, w in enumerate(words[s:e], start=s))

    out: list[TokenMatch] = []
    k = 0
    while k < len(raw):
        s, e, entry = raw[k]
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        nxt2 = raw[k + 2] if k + 2 < len(raw) else None
        # sector word(s) and a person: "Iranian President Masoud Pezeshkian", "Foreign Minister Lavrov"
        if entry.kind in ("sector", "adjective") and nxt and nxt[2].kind == "person" and nxt[0] - e <= 1:
            out.append(TokenMatch(s, nxt[1], _actor(nxt[2], None, text(s, nxt[1]))))
            k += 2
            continue
        if entry.kind in ("adjective", "sector") and nxt and nxt2 and nxt[2].kind == "sector" and nxt2[2].kind == "person" and nxt2[0] - nxt[1] <= 1:
            out.append(TokenMatch(s, nxt2[1], _actor(nxt2[2], None, text(s, nxt2[1]))))
            k += 3
            continue
        if entry.kind in NAME_KINDS and entry.kind != "igo" and nxt and nxt[2].kind == "sector":
            gap = words[e : nxt[0]]
            if _joinable(gap, pos[e : nxt[0]] if pos else None):
                out.append(TokenMatch(s, nxt[1], _actor(entry, nxt[2].sector, text(s, nxt[1]))))
                k += 2
                continue
        if entry.kind == "sector":
            # "the foreign minister of Iran", "the government of Syria"
            if nxt and nxt[2].kind in NAME_KINDS and nxt[2].kind != "igo" and [w.lower() for w in words[e : nxt[0]]] in (["of"], ["of", "the"]):
                out.append(TokenMatch(s, nxt[1], _actor(nxt[2], entry.sector, text(s, nxt[1]))))
                k += 2
                continue
            k += 1  # a sector word alone is not an actor (yet)
            continue
        out.append(TokenMatch(s, e, _actor(entry, None, text(s, e))))
        k += 1
    return out


def _modifier(word: str, tag: str | None) -> bool:
    if tag is not None:
        return tag == "ADJ"
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.isalpha() and word.islower() and word not in STOP_WORDS


def _joinable(gap: list[str], tags: list[str] | None = None) -> bool:
    """Words allowed between a name and its sector: nothing, a possessive, or one adjective
    ("Russian naval forces", "Iran's elite military")."""
    tags = tags or [None] * len(gap)
    if not gap:
        return True
    if len(gap) == 1:
        return gap[0] in POSSESSIVE or _modifier(gap[0], tags[0])
    return len(gap) == 2 and gap[0] in POSSESSIVE and _modifier(gap[1], tags[1])


def find_mentions(doc: Document) -> Document:
    """Stage: code the actors of every sentence (reads ``parse``; adds ``mentions``)."""
    from diplograph.nlp import iter_sentence_spans

    day = doc.published
    mentions: list[Mention] = []
    for index, offset, sent in iter_sentence_spans(doc):
        words = [t.text for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        for m in match_words(words, day, spaces=spaces, pos=[t.pos_ for t in sent]):
            first, last = sent[m.start], sent[m.end - 1]
            start = offset + first.idx
            end = offset + last.idx + len(last.text)
            mentions.append(Mention(start, end, doc.text[start:end], m.actor, index))
    return doc.replace(mentions=tuple(mentions))


def resolve_phrase(text: str, *, day: date | None = None) -> Actor | None:
    """How a phrase resolves on a date: the widest actor found in it, or None."""
    from diplograph.data_files import tokenizer

    toks = list(tokenizer()(text))
    matches = match_words([t.text for t in toks], day, spaces=[bool(t.whitespace_) for t in toks])
    if not matches:
        return None
    best = max(matches, key=lambda m: m.end - m.start)
    return best.actor
