"""Duplicates across a corpus: exact copies and near copies (MinHash LSH) are linked to the first
document, different stories are not, and the index survives a save and load."""
import numpy as np
import pytest

from diplograph.errors import InputError
from diplograph.ingest.dedup import DuplicateIndex, shingles

STORY = (
    "Armenia and Georgia agreed on Tuesday to reopen the Bagratashen crossing to freight traffic, ending a "
    "closure that had stranded hundreds of lorries for more than a week, the two foreign ministries said.\n\n"
    "The foreign ministers met in Tbilisi for three hours. Georgia will also allow Armenian trucks to use a "
    "second lane at the crossing from October, according to a joint statement released after the talks.\n\n"
    "Armenia's foreign minister said the talks had been frank and useful and thanked Georgia for its help with "
    "fuel deliveries during the closure. Drivers at the border said queues had begun to move by the evening.\n\n"
    "Azerbaijan was not party to the talks. Its foreign ministry did not respond to a request for comment on "
    "the agreement, which diplomats said could be extended to passenger buses next year."
)

# The same wire story as another paper prints it: its own dateline, two words changed and a
# credit line added; and a shorter cut of it, the last paragraph dropped.
SYNDICATED = (
    "TBILISI (Harbour Wire) — " + STORY.replace("frank and useful", "frank and productive").replace("by the evening", "by nightfall")
    + "\n\nReporting by a staff correspondent; editing by the world desk."
)
TRIMMED = STORY.rsplit("\n\n", 1)[0]


# A different story on the same subject, with many of the same names and words.
OTHER = (
    "Lorry drivers stranded at the Bagratashen crossing between Armenia and Georgia said on Monday that they had "
    "run short of food and water after a week in the queue, as talks between the two governments were delayed.\n\n"
    "Georgian border officials blamed a new customs system for the closure. Armenian hauliers said the foreign "
    "ministries should meet at once, and some drivers tried to reach Turkey through a longer route.\n\n"
    "The European Union said it was ready to send experts to help with the customs software if both countries "
    "asked, a spokesperson said in Brussels. No date has been set for the ministers to meet."
)


def test_an_exact_copy_links_to_the_first_document():
    index = DuplicateIndex()
    assert index.add("a", STORY) is None
    # Whitespace differences do not make a new text.
    assert index.add("b", STORY.replace("\n\n", "\n").replace(". ", ".  ")) == "a"
    match = index.check(STORY)
    assert match.doc_id == "a" and match.exact and match.similarity == 1.0
    assert len(index) == 1 and "a" in index and "b" not in index


def test_a_syndicated_copy_links_and_a_different_story_does_not():
    index = DuplicateIndex()
    assert index.add("wire", STORY) is None
    assert index.add("other", OTHER) is None
    match = index.add_match("paper", SYNDICATED)
    assert match is not None and match.doc_id == "wire" and not match.exact
    assert 0.7 <= match.similarity < 1.0
    assert len(index) == 2


def test_the_threshold_decides_how_far_a_copy_may_drift():
    strict, default = DuplicateIndex(threshold=0.9), DuplicateIndex()
    for index in (strict, default):
        index.add("wire", STORY)
        index.add("other", OTHER)
    # The last paragraph cut away: still the same story by default, a new text for a strict index.
    assert default.add("cut", TRIMMED) == "wire"
    assert strict.add("cut", TRIMMED) is None
    assert default.check(OTHER.replace("Monday", "Sunday")).doc_id == "other"
    with pytest.raises(ValueError):
        DuplicateIndex(threshold=1.5)


def test_copies_are_not_indexed_so_a_copy_of_a_copy_points_to_the_original():
    index = DuplicateIndex()
    index.add("wire", STORY)
    assert index.add("paper", SYNDICATED) == "wire"
    assert index.add("reprint", SYNDICATED.replace("nightfall", "night").replace("staff", "local")) == "wire"
    assert len(index) == 1


def test_short_texts_are_only_matched_exactly():
    index = DuplicateIndex()
    notice = "The ministry will hold a briefing on Monday at noon."
    index.add("n1", notice)
    assert index.add("n2", notice.replace("Monday", "Tuesday")) is None
    assert index.add("n3", notice) == "n1"


def test_adding_an_indexed_id_again_changes_nothing():
    index = DuplicateIndex()
    assert index.add("a", STORY) is None
    assert index.add("a", STORY) is None
    assert index.add("a", OTHER) is None
    assert len(index) == 1 and index.check(OTHER) is None


def test_check_does_not_index():
    index = DuplicateIndex()
    assert index.check(STORY) is None
    assert len(index) == 0 and index.add("a", STORY) is None


def test_save_load_and_from_texts_answer_the_same(tmp_path):
    built = DuplicateIndex.from_texts([("wire", STORY), ("other", OTHER), ("paper", SYNDICATED), ("short", "A brief note.")])
    assert len(built) == 3  # the syndicated copy is linked, not indexed
    path = built.save(tmp_path / "dedup.npz")
    loaded = DuplicateIndex.load(path)
    assert len(loaded) == 3 and {"wire", "other", "short"} == {i for i in ("wire", "other", "short", "paper") if i in loaded}
    for text in (STORY, SYNDICATED, OTHER, "A brief note.", "An unrelated line."):
        a, b = built.check(text), loaded.check(text)
        assert (a is None) == (b is None)
        if a is not None:
            assert (a.doc_id, a.exact) == (b.doc_id, b.exact)
            assert a.similarity == pytest.approx(b.similarity)
    # The saved signatures are the ones a fresh index computes (fixed seed, no process hash).
    fresh = DuplicateIndex()
    assert np.array_equal(fresh.signature(STORY).hashvalues, loaded._signatures["wire"].hashvalues)


def test_loading_something_else_is_a_clear_error(tmp_path):
    bad = tmp_path / "not-an-index.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(InputError, match="delete it to rebuild"):
        DuplicateIndex.load(bad)


def test_shingles_are_lowercased_word_ngrams():
    assert shingles("Iran, Russia  sign PACT", 2) == {b"iran russia", b"russia sign", b"sign pact"}
    assert shingles("Iran", 5) == {b"iran"}
