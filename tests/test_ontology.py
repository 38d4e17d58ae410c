"""The ontology data files (data/ontology/*.csv) and how ontology.py reads them: the shape of the
trigger lexicon, its agreement with the CAMEO table, and the PLOVER view of future and refused acts."""
import csv
from collections import Counter
from importlib import resources

import pytest

from diplograph.events.ontology import _flag, ontology

POS = {"VERB", "NOUN"}


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("diplograph").joinpath("data", "ontology", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def onto():
    return ontology()


@pytest.fixture(scope="module")
def trigger_rows():
    return _rows("triggers.csv")


def test_trigger_rows_are_unique(trigger_rows):
    keys = Counter((r["pattern"].strip().lower(), r["pos"].strip().upper()) for r in trigger_rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, dupes


def test_trigger_rows_are_well_formed(trigger_rows, onto):
    for n, r in enumerate(trigger_rows, 2):
        where = f"triggers.csv row {n}: {r['pattern']!r}"
        words = r["pattern"].split()
        assert 1 <= len(words) <= 3, where
        assert r["pattern"] == r["pattern"].lower().strip(), where  # lemmas are lowercase
        assert r["pos"] in POS, where
        assert r["type"] in onto.types, where
        assert r["cameo"] == "" or r["cameo"] in onto.cameo, where
        assert r["mode"] == "" or r["mode"] in onto.types[r["type"]].modes, where
        for prep in filter(None, r["target_preps"].split("|")):
            assert prep.isalpha() and prep == prep.lower(), where


def test_trigger_type_agrees_with_its_cameo_code(onto):
    """A trigger's PLOVER type is the type cameo.csv maps its code to, when the code has one
    (codes from CAMEO 01/02 have none, and the trigger chooses)."""
    wrong = []
    for group in (*onto.verbs.values(), *onto.nouns.values()):
        for t in group:
            mapped = onto.cameo[t.cameo].plover_type
            if mapped and mapped != t.type:
                wrong.append((t.pattern, t.pos, t.type, t.cameo, mapped))
    assert not wrong, wrong


def test_cameo_codes_are_strings_with_leading_zeros(onto):
    assert "010" in onto.cameo and "0211" in onto.cameo
    assert all(code.isdigit() and 2 <= len(code) <= 4 for code in onto.cameo)
    assert len(onto.cameo) == 312


def test_longest_pattern_is_tried_first(onto):
    for group in (*onto.verbs.values(), *onto.nouns.values()):
        lengths = [len(t.extra) for t in group]
        assert lengths == sorted(lengths, reverse=True), [t.pattern for t in group]


@pytest.mark.parametrize("pattern,pos,type_", [
    # a more specific pattern overrides the bare head's type
    ("withdraw peacekeeper", "VERB", "SANCTION"),  # CAMEO 1661, not a retreat
    ("withdraw treaty", "VERB", "SANCTION"),  # leaving a treaty
    ("withdraw ambassador", "VERB", "SANCTION"),
    ("call off strike", "VERB", "CONCEDE"),  # not REJECT like bare 'call off'
    ("cancel restriction", "VERB", "CONCEDE"),  # not REJECT like 'cancel'
    ("evacuate wounded", "VERB", "AID"),  # not a retreat
    ("fire test missile", "VERB", "MOBILIZE"),  # a weapons test, not an attack
    ("strike worker", "NOUN", "PROTEST"),  # a labour strike, not an attack
    ("meet demand", "VERB", "CONCEDE"),  # not a meeting
    ("offer condolence", "VERB", "SUPPORT"),  # not a promise
    ("expel journalist", "VERB", "COERCE"),  # CAMEO 174, individuals
    ("cancel visit", "VERB", "SANCTION"),  # CAMEO 161: cancelled meetings curtail relations
    ("call off talk", "VERB", "SANCTION"),  # CAMEO 164: disrupted negotiations
    ("pull out talk", "VERB", "SANCTION"),  # a walk-out, not a retreat
    ("withdraw bill", "VERB", "CONCEDE"),  # dropping a contested bill
    ("hand over suspect", "VERB", "COOPERATE"),  # judicial cooperation, not aid
    ("hand over body", "VERB", "RETREAT"),  # returning the dead, not aid
    ("approve loan", "VERB", "AID"),  # a loan, not an endorsement
    ("allow truck", "VERB", "RETREAT"),  # humanitarian access, CAMEO 0863
    ("launch strike hunger", "VERB", "PROTEST"),  # a hunger strike, not an attack
    ("join protest", "VERB", "PROTEST"),  # taking part, not joining a bloc
    ("walk out protest", "VERB", "PROTEST"),  # a walk-out in protest
    ("impose ban visa", "VERB", "SANCTION"),  # a targeted sanction, CAMEO 163
    ("suspend newspaper", "VERB", "COERCE"),  # censorship, not a cut in relations
    ("fire missile sea", "VERB", "MOBILIZE"),  # a test or show of force
])
def test_specific_patterns_override_the_head(onto, pattern, pos, type_):
    table = onto.verbs if pos == "VERB" else onto.nouns
    head, *extra = pattern.split()
    trig = next(t for t in table[head] if t.extra == tuple(extra))
    assert trig.type == type_
    bare = [t for t in table[head] if not t.extra]
    assert all(b.type != type_ for b in bare) or not bare


def test_easing_curfews_and_emergency_rule_is_a_concession(onto):
    # CAMEO 0813/0814 sit under 081 (ease administrative sanctions), with PLOVER's CONCEDE
    for code in ("081", "0811", "0812", "0813", "0814"):
        assert onto.cameo[code].plover_type == "CONCEDE", code


def test_types_read_from_plover_csv(onto):
    assert len(onto.types) == 16
    for t in onto.types.values():
        assert t.default_cameo in onto.cameo
        assert onto.cameo[t.default_cameo].plover_type in (t.name, None)
        for other in (t.future_as, t.refused_as):
            assert other is None or other in onto.types


@pytest.mark.parametrize("type_,modality,view", [
    ("AID", "future", "AGREE"),  # a promise of aid
    ("ASSAULT", "future", "THREATEN"),  # a threat of force
    ("SANCTION", "future", "THREATEN"),  # a threat to pull out peacekeepers or cut ties
    ("PROTEST", "future", "THREATEN"),  # 'will boycott'
    ("SUPPORT", "negated", "REJECT"),
    ("AGREE", "negated", "REJECT"),
    ("REQUEST", "future", "REQUEST"),  # no future_as: stays itself
    ("ASSAULT", "asserted", "ASSAULT"),
    ("ASSAULT", "claimed", "ASSAULT"),
])
def test_plover_view(onto, type_, modality, view):
    assert onto.plover_view(type_, modality) == view


def test_plover_view_of_an_unknown_type_is_itself(onto):
    assert onto.plover_view("NOT-A-TYPE", "future") == "NOT-A-TYPE"


@pytest.mark.parametrize("type_,modality,view_modality", [
    ("AID", "future", "asserted"),  # the promise is made
    ("AGREE", "negated", "asserted"),  # the refusal is made
    ("ASSAULT", "negated", "negated"),  # no refusal type for an attack: not attacking stays negated
    ("REQUEST", "future", "future"),
    ("AID", "hypothetical", "hypothetical"),
    ("ASSAULT", "claimed", "claimed"),
])
def test_plover_modality(onto, type_, modality, view_modality):
    assert onto.plover_modality(type_, modality) == view_modality


def test_every_type_has_triggers(onto):
    covered = {t.type for group in (*onto.verbs.values(), *onto.nouns.values()) for t in group}
    assert covered == set(onto.types)


@pytest.mark.parametrize("bad,message", [
    ({"pattern": "lift curfew", "type": "COERCE", "cameo": "0813"}, "disagrees with CAMEO"),
    ({"pattern": "lift curfew", "mode": "drone"}, "is not a mode"),
    ({"pattern": "agree"}, "appears twice"),
    ({"pattern": "lift curfew", "type": "YIELD"}, "unknown PLOVER type"),
    ({"pattern": "lift curfew", "cameo": "999"}, "unknown CAMEO code"),
])
def test_loader_rejects_a_bad_trigger_row(monkeypatch, bad, message):
    import sys

    from diplograph.errors import DataFileError

    mod = sys.modules["diplograph.events.ontology"]
    real = mod.read_csv

    def fake(path, columns):
        rows = real(path, columns)
        if path == "ontology/triggers.csv":
            row = {"pattern": "x", "pos": "VERB", "type": "CONCEDE", "mode": "", "cameo": "081",
                   "target_preps": "", "notes": ""}
            row.update(bad)
            rows = rows + [row]
        return rows

    monkeypatch.setattr(mod, "read_csv", fake)
    with pytest.raises(DataFileError, match=message):
        mod.ontology.__wrapped__()


@pytest.mark.parametrize("notes, name, expected", [
    ("thing-object", "thing-object", True),  # the bare label
    ("thing-object: dobj is the goods", "thing-object", True),
    ("a promise; joint: X and Y <trigger>", "joint", True),
    ("kept apart from a joint venture", "joint", False),  # the word in the prose is no flag
    ("thing-objects: a typo", "thing-object", False),
])
def test_trigger_flags_are_labels_not_words_in_the_notes(notes, name, expected):
    assert _flag(notes, name) is expected


def test_rows_with_a_bare_thing_object_label_carry_the_flag(onto):
    rows = [t for t in onto.verbs["hurl"] + onto.verbs["blow"] if t.pattern in ("hurl grenade", "blow up car")]
    assert len(rows) == 2 and all(t.thing_object for t in rows)
