"""What analysis reads from the store besides events: a document's text split into sentences,
with the actor mentions and temporal expressions found in it, and citations back to a
document and sentence."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diplograph.analysis.text import Sentence, normalise, sentences
from diplograph.store import Store


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a statement comes from: a document and the sentence in it."""

    doc_id: str
    sentence: str
    sentence_index: int | None = None
    title: str | None = None
    path: str | None = None
    url: str | None = None
    site: str | None = None
    published: date | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, normalise(self.sentence))

    @property
    def where(self) -> str:
        return self.url or self.path or self.doc_id

    def as_dict(self) -> dict:
        return {
            "doc_id": self.doc_id, "title": self.title, "path": self.path, "url": self.url, "site": self.site,
            "published": self.published.isoformat() if self.published else None,
            "sentence_index": self.sentence_index, "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class MentionRow:
    start: int
    end: int
    text: str
    code: str | None
    country: str | None
    entity: str | None
    sentence: int | None

    @property
    def party(self) -> str | None:
        return self.country or self.code


@dataclass(frozen=True, slots=True)
class TimexRow:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    sentence: int | None


@dataclass(frozen=True)
class DocText:
    id: str
    text: str
    title: str | None
    path: str | None
    url: str | None
    site: str | None
    published: date | None
    sentences: tuple[Sentence, ...]
    mentions: tuple[MentionRow, ...]
    timexes: tuple[TimexRow, ...]

    def cite(self, sentence: Sentence | str, sentence_index: int | None = None) -> Citation:
        text = sentence if isinstance(sentence, str) else sentence.text
        if sentence_index is None and not isinstance(sentence, str):
            sentence_index = self.sentence_index(sentence)
        return Citation(self.id, text, sentence_index, self.title, self.path, self.url, self.site, self.published)

    def sentence_index(self, s: Sentence) -> int | None:
        """The pipeline's index of a sentence, read off a mention or timex inside it."""
        for row in (*self.mentions, *self.timexes):
            if s.start <= row.start < s.end and row.sentence is not None and row.sentence >= 0:
                return row.sentence
        return None

    def mentions_in(self, start: int, end: int) -> list[MentionRow]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def timexes_in(self, start: int, end: int) -> list[TimexRow]:
        return [t for t in self.timexes if start <= t.start and t.end <= end]

    def find(self, sentence: str) -> Sentence | None:
        """The sentence of this document that is, contains or lies inside a stored evidence sentence."""
        want = normalise(sentence)
        for s in self.sentences:
            have = normalise(s.text)
            if have == want or (len(have) > 20 and (have in want or want in have)):
                return s
        return None


def load_document(store: Store, doc_id: str) -> DocText | None:
    cols, rows = store.query("SELECT id, text, title, path, url, site, published FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    d = dict(zip(cols, rows[0]))
    text = d["text"] or ""
    _, mrows = store.query(
        "SELECT start_char, end_char, text, code, country, entity, sentence FROM mentions WHERE doc_id = ? ORDER BY start_char", [doc_id])
    _, trows = store.query(
        "SELECT start_char, end_char, text, value, precision, sentence FROM timexes WHERE doc_id = ? ORDER BY start_char", [doc_id])
    return DocText(
        d["id"], text, d["title"], d["path"], d["url"], d["site"], d["published"], tuple(sentences(text)),
        tuple(MentionRow(*r) for r in mrows), tuple(TimexRow(*r) for r in trows),
    )


def has_column(store: Store, table: str, column: str) -> bool:
    _, rows = store.query(
        "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?", [table, column])
    return bool(rows)


def has_table(store: Store, table: str) -> bool:
    _, rows = store.query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [table])
    return bool(rows)
