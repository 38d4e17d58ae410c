"""Session 22's speed work gives the answers of the plain ways: sentences that keep their
Token objects read as spaCy's own sentences do, and a lexicon read from the build cache is
the lexicon built from the data files."""
from __future__ import annotations

import logging
import pickle
from datetime import date

import pytest

from diplograph import build_cache, nlp as nlp_mod
from diplograph.pipeline import process
from diplograph.types import Document

# our own wording: several paragraphs, names, dates, a blank-ish line and a dateline
STORY = (
    "MOSCOW — Russia and Iran signed a treaty on strategic partnership on Friday, officials said.\n\n"
    "The Kremlin said President Vladimir Putin met his Iranian counterpart in the Kremlin. "
    "They discussed the war in Ukraine and sanctions imposed by the United States in 2023.\n\n"
    "   \n\n"
    "Ukraine's foreign ministry condemned the deal. Kyiv accused Tehran of supplying drones to "
    "Moscow, a charge Iran denied on Saturday. The army said it killed 12 rebels near Donetsk."
)


def _plain_sentence_spans(sdoc) -> list:
    """The sentences as ``nlp.sentence_spans`` gave them before: spaCy's own, not blank."""
    return [s for s in sdoc.sents if s.text.strip()]


def _doc(text: str = STORY) -> Document:
    return Document(id="t", text=text, published=date(2024, 3, 1))


def _events(result) -> list[tuple]:
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality, e.date, e.sentence, e.more_evidence) for e in result.events]


def test_kept_sentences_read_as_spacys_own(nlp):
    sdoc = nlp("Iran and Russia met in Tehran on Monday.  Both sides signed a deal. \n\nIt ended.")
    kept = nlp_mod.sentence_spans(sdoc)
    plain = _plain_sentence_spans(sdoc)
    assert len(kept) == len(plain) >= 3
    for k, p in zip(kept, plain):
        assert (k.start, k.end, k.text, k.root.i) == (p.start, p.end, p.text, p.root.i)
        assert [t.i for t in k] == [t.i for t in p]
        assert [(e.start, e.end, e.label_) for e in k.ents] == [(e.start, e.end, e.label_) for e in p.ents]
        assert k[0].i == p[0].i and k[-1].i == p[-1].i and k[1:3].text == p[1:3].text
        with pytest.raises(IndexError):
            k[len(p)]
    # the Token objects are made once: two passes give the same objects
    assert all(a is b for a, b in zip(kept[0], kept[0]))
    assert nlp_mod.sentence_spans(sdoc) is kept


def test_a_sentences_entities_are_a_fresh_list(nlp):
    sdoc = nlp("Russia and Iran signed a treaty in Moscow.")
    (sent,) = nlp_mod.sentence_spans(sdoc)
    first = sent.ents
    first.clear()  # a caller may change what it was given
    assert [e.text for e in sent.ents] == ["Russia", "Iran", "Moscow"]


def test_pipeline_codes_the_same_with_plain_sentences(monkeypatch):
    kept = process([_doc()])[0]
    monkeypatch.setattr(nlp_mod, "sentence_spans", _plain_sentence_spans)
    plain = process([_doc()])[0]
    assert _events(kept) == _events(plain)
    assert len(kept.events) >= 3
    assert [(m.start, m.end, m.actor.code) for m in kept.mentions] == [
        (m.start, m.end, m.actor.code) for m in plain.mentions]
    assert [(t.start, t.end, t.value) for t in kept.timexes] == [(t.start, t.end, t.value) for t in plain.timexes]


def test_the_pipeline_lets_go_of_the_kept_sentences():
    parsed = nlp_mod.parse([_doc()])
    # (the stages keep the sentences on each paragraph while they run)
    sentences = list(nlp_mod.iter_sentence_spans(parsed[0]))
    assert sentences and all(nlp_mod._KEPT in sdoc.user_data for _, sdoc in parsed[0].parse)
    nlp_mod.forget_spans(parsed[0])
    assert not any(nlp_mod._KEPT in sdoc.user_data for _, sdoc in parsed[0].parse)


# --- the build cache ---------------------------------------------------------------------------
class _Counter:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


MODULES = ("diplograph.build_cache",)


def test_a_build_is_written_once_and_read_after(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path))
    build = _Counter({"index": [1, 2, 3]})
    assert build_cache.cached("thing", MODULES, build) == {"index": [1, 2, 3]}
    assert build_cache.cached("thing", MODULES, build) == {"index": [1, 2, 3]}
    assert build.calls == 1
    assert len(list(tmp_path.glob("thing-*.pickle"))) == 1


def test_a_new_fingerprint_builds_again_and_drops_the_old(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path))
    build_cache.cached("thing", MODULES, _Counter("old"))
    old = list(tmp_path.glob("thing-*.pickle"))
    monkeypatch.setattr(build_cache, "fingerprint", lambda modules: "another")
    build = _Counter("new")
    assert build_cache.cached("thing", MODULES, build) == "new" and build.calls == 1
    assert [p.name for p in tmp_path.glob("thing-*.pickle")] == ["thing-another.pickle"]
    assert not old[0].exists()


def test_the_fingerprint_follows_the_code_it_names(tmp_path):
    assert build_cache.fingerprint(MODULES) == build_cache.fingerprint(MODULES)
    assert build_cache.fingerprint(MODULES) != build_cache.fingerprint(("diplograph.build_cache", "diplograph.nlp"))


def test_a_broken_cache_file_is_built_again(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path))
    build_cache.cached("thing", MODULES, _Counter("first"))
    (path,) = tmp_path.glob("thing-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle at all")
    build = _Counter("again")
    with caplog.at_level(logging.WARNING, logger="diplograph.build_cache"):
        assert build_cache.cached("thing", MODULES, build) == "again"
    assert build.calls == 1 and str(path) in caplog.text
    assert pickle.loads(path.read_bytes()) == "again"


@pytest.mark.parametrize("setting", ["off", "OFF", "0", ""])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, setting):
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", setting)
    monkeypatch.chdir(tmp_path)
    build = _Counter(7)
    assert build_cache.cached("thing", MODULES, build) == 7
    assert build_cache.cached("thing", MODULES, build) == 7
    assert build.calls == 2 and not list(tmp_path.rglob("*.pickle"))


def test_an_unwritable_cache_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would go")
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(blocker / "cache"))
    build = _Counter("value")
    assert build_cache.cached("thing", MODULES, build) == "value"
    assert build_cache.cached("thing", MODULES, build) == "value" and build.calls == 2


def test_xdg_cache_home_is_used_when_no_directory_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert build_cache.cache_dir() == tmp_path / "diplograph"


def test_the_lexicon_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    import importlib

    lexmod = importlib.import_module("diplograph.actors.lexicon")  # (the package names a function so)

    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path))
    built = lexmod._build_lexicon()
    written = build_cache.cached("lexicon", (lexmod.__name__, "diplograph.data_files"), lexmod._build_lexicon)
    read = build_cache.cached("lexicon", (lexmod.__name__, "diplograph.data_files"),
                              lambda: pytest.fail("built again, not read from the cache"))
    assert written is not read
    assert vars(read) == vars(built)
    putin = read.lookup(("Vladimir", "Putin"))
    assert putin and putin == built.lookup(("Vladimir", "Putin"))
