from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_tool(name: str):
    """A script of tools/ imported as a module (it is registered in sys.modules, as a dataclass
    in it needs)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not beside the checkout ({SHARED}); this test reads the shared gold data")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from diplograph import nlp as nlp_mod

    return nlp_mod.load()


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- shared by the modality tests: a word of a parsed sentence and its subject -------------------
def token(nlp, sentence: str, word: str):
    """The first token of ``sentence`` whose text is ``word``."""
    return next(t for t in nlp(sentence) if t.text == word)


def subject_of(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# --- shared by the trigger wording tests: one invented sentence, coded by the whole pipeline -----
def coded_events(text: str):
    from datetime import date

    from diplograph.pipeline import extract_text

    return extract_text(text, published=date(2001, 5, 1)).events


def _country(actor):
    return actor.country if actor is not None else None


def assert_coded(text: str, want: str, dyad, not_on_trigger) -> None:
    """``want`` is coded (with the (source, target) countries of ``dyad`` where given, None for
    either side meaning any), and ``not_on_trigger`` is not coded on the same trigger word."""
    events = coded_events(text)
    hits = [e for e in events if e.type == want]
    assert hits, [(e.type, e.trigger, e.modality) for e in events]
    if dyad:
        src, tgt = dyad
        assert any((src is None or _country(e.source) == src) and (tgt is None or _country(e.target) == tgt)
                   for e in hits), [(e.type, _country(e.source), _country(e.target)) for e in hits]
    if not_on_trigger:
        words = {e.trigger.lower() for e in hits}
        wrong = [e for e in events if e.type == not_on_trigger and e.trigger.lower() in words]
        assert not wrong, [(e.type, e.trigger) for e in events]


def assert_not_coded(text: str, type_: str) -> None:
    events = coded_events(text)
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


# --- shared by the real-news rounds: events of one invented text on a recent day ------------------
NEWS_DAY = (2024, 3, 4)


def events_of(text: str):
    from datetime import date

    from diplograph.pipeline import extract_text

    return extract_text(text, published=date(*NEWS_DAY)).events


def country_of(actor):
    """The actor's country, or the first three letters of an organisation's code."""
    return actor and (actor.country or actor.code[:3])


def found(text: str, type_: str) -> set[tuple]:
    """(source country, target country, modality) of the events of one type."""
    return {(country_of(e.source), country_of(e.target), e.modality) for e in events_of(text) if e.type == type_}


def events_of_type(text: str, type_: str) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, modality) of the coded events of one type, in order."""
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in coded_events(text) if e.type == type_]


def modalities(text: str, type_: str) -> set[str]:
    """The modalities of the coded events of one type."""
    return {e.modality for e in coded_events(text) if e.type == type_}


def codes_of_type(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the coded events of one type, in order."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coded_events(text) if e.type == type_]


def types_of(text: str) -> set[str]:
    return {e.type for e in events_of(text)}



# --- shared by the role rounds of 2005 wire news: (source code, target code, type) of one text -------
ROLE_DAY = (2005, 3, 1)


def role_events(text: str):
    from datetime import date

    from diplograph.pipeline import extract_text

    return extract_text(text, published=date(*ROLE_DAY)).events


def role_triples(text: str) -> set[tuple]:
    return {(e.source and e.source.code, e.target and e.target.code, e.type) for e in role_events(text)}


def role_types(text: str) -> set[str]:
    return {t for _, _, t in role_triples(text)}


def coref_refs(text: str, day):
    """(referring text, code) of the mentions of a text that the names alone do not give: what
    the coreference step adds."""
    from diplograph import nlp as nlp_mod
    from diplograph.actors import find_mentions, find_names
    from diplograph.types import Document, content_id

    (doc,) = nlp_mod.parse([Document(id=content_id(text), text=text, published=day)])
    names = {(m.start, m.end, m.actor.code) for m in find_names(doc).mentions}
    return [(m.text, m.actor.code) for m in find_mentions(doc).mentions if (m.start, m.end, m.actor.code) not in names]


# --- processes, read from /proc (the kill -9 tests of ingest and of the Dask backend) -----------
def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    import os

    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat", "rb").read()
            except OSError:
                continue
            if int(stat[stat.rfind(b")") + 2:].split()[1]) == pid:
                out.append(int(entry))
    return out


def zombie(pid: int) -> bool:
    """Whether ``pid`` is gone or a zombie."""
    try:
        stat = open(f"/proc/{pid}/stat", "rb").read()
    except OSError:
        return True
    return stat[stat.rfind(b")") + 2:].split()[0] == b"Z"


def mention_codes(text: str, year: int = 1998) -> dict[str, str]:
    """Each actor mention of ``text``, as of June 1 of ``year``: its words -> its code."""
    from datetime import date

    from diplograph import nlp as nlp_mod
    from diplograph.actors import find_mentions
    from diplograph.types import Document, content_id

    nlp_mod.load()
    (doc,) = nlp_mod.parse([Document(id=content_id(text), text=text, published=date(year, 6, 1))])
    return {m.text: m.actor.code for m in find_mentions(doc).mentions}


def mention_has(codes: dict[str, str], words: str, want: str) -> bool:
    """Some mention (of ``mention_codes``) holding ``words`` has the code ``want``."""
    return any(words in text and c == want for text, c in codes.items())


def phrase_code(phrase: str, day: str = "2000-06-01") -> str | None:
    """The code ``phrase`` resolves to on ``day``, alone, or None."""
    from datetime import date

    from diplograph.actors import resolve_phrase

    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor else None
