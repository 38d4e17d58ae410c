"""The short cuts of the actor stage's speed work (round 19) give the answers of the plain ways."""
from __future__ import annotations

import gc
import random

import pytest

from diplograph.actors.lexicon import _collector_paused, _edits, _near_key, fold, lexicon


def _plain_near_person(lex, words: tuple[str, ...]) -> list:
    """Lexicon.near_person as first written: the edit distance of the whole names, every form."""
    text = " ".join(words).lower()
    limit = 2 if len(text) >= 10 else 1
    best, found = limit + 1, []
    for form, people in lex._near.get(_near_key(words), ()):
        d = _edits(text, form, best)
        changed = [(a, b) for a, b in zip(text.split(), form.split()) if a != b]
        if d > 1 and len(changed) > 1:
            continue
        if any(min(len(a), len(b)) < 5 for a, b in changed):
            continue
        if d < best:
            best, found = d, [people]
        elif d == best:
            found.append(people)
    names = {e.entity for people in found for e in people}
    return found[0] if len(names) == 1 and 0 < best <= limit else []


def _slip(word: str, rnd: random.Random) -> str:
    letters = list(word)
    i = rnd.randrange(len(letters))
    how = rnd.randrange(4)
    if how == 0 and i + 1 < len(letters):
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif how == 1:
        letters.insert(i, rnd.choice("aeiounrst"))
    elif how == 2 and len(letters) > 1:
        del letters[i]
    else:
        letters[i] = rnd.choice("aeiouklmnrst")
    return "".join(letters)


def test_near_person_agrees_with_the_whole_name_distance():
    lex = lexicon()
    lex.near_person(("Laurent", "Gbago"))  # builds the index
    names = sorted(k for k in lex.exact if len(k) > 1 and all(t.isalpha() for t in k)
                   and any(e.kind == "person" for e in lex.exact[k]))
    rnd = random.Random(19)
    found = 0
    for _ in range(1500):
        words = list(rnd.choice(names))
        for _ in range(rnd.choice((1, 1, 2, 3))):  # one slip, or a slip in two words
            k = rnd.randrange(len(words))
            words[k] = _slip(words[k], rnd) or words[k]
        words = tuple(words)
        expected = _plain_near_person(lex, words)
        assert lex.near_person(words) == expected, words
        found += bool(expected)
    assert found > 100  # the sample has names one slip away, not only strangers


@pytest.mark.parametrize("words, code", [
    (("Francois", "Mitterand"), "FRA"),   # one letter dropped in a long word
    (("Laurent", "Gbago"), "CIV"),
])
def test_near_person_still_finds_slips(words, code):
    assert {e.code[:3] for e in lexicon().near_person(words)} == {code}


def test_near_person_two_slipped_words_are_no_one():
    assert lexicon().near_person(("Lorant", "Gbago")) == []


def test_near_key_folds_only_what_it_must():
    for word in ("Gbagbo", "Ölz", "Émile", "’Abd", "x"):
        assert _near_key((word,)) == (1, fold(word)[:1].lower())


@pytest.mark.parametrize("words", [("TEHRAN",), ("Tehran",), ("SECURITY", "COUNCIL"), ("Security", "Council")])
def test_lookup_in_capitals_and_not(words):
    # a headline's capitals read as the name does; the check for capitals comes first now
    assert lexicon().lookup(words) == lexicon().lookup(tuple(w.title() for w in words))
    assert lexicon().lookup(words)


def test_collector_is_paused_and_restored():
    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()
