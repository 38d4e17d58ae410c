"""The petrarch-units suite: PETRARCH's coder unit tests with their own actor dictionary, made
known to the resolver for the run only (``extra_names``). The core checks use a small invented
dictionary and records (tests/fixtures/petr_units_*); the checks on the shared set skip when
../shared is absent."""
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from diplograph.evaluation import petrarch_units as pu

FIXTURES = Path(__file__).parent / "fixtures"
ACTORS = FIXTURES / "petr_units_actors.txt"
RECORDS = FIXTURES / "petr_units_records.jsonl"


def _codes(actors, name):
    entry = next(a for a in actors if a.name == name)
    return [(c.code, c.valid_from, c.valid_to) for c in entry.codes]


def test_read_actors_names_synonyms_codes_and_dates():
    actors = pu.read_actors(ACTORS)
    names = [a.name for a in actors]
    # comments (#, <!-- -->, the "<! --" form) and null codes leave nothing behind
    assert "NOBODY IN PARTICULAR" not in names and not any("comment" in n.lower() for n in names)
    velmaria = next(a for a in actors if a.name == "VELMARIA")
    assert velmaria.synonyms == ("VELMARIAN", "VELMARIANS")
    assert _codes(actors, "OSTROVEL") == [("OSV", None, None)]  # the trailing "_" goes
    assert _codes(actors, "TESSARO HOLD") == [("QRLGOV", None, None)]
    assert _codes(actors, "BRANNOC VEY") == [
        ("VLM", None, None), ("VLMGOV", date(2000, 1, 1), date(2005, 12, 31)), ("VLMREB", date(2006, 1, 1), None)]
    assert _codes(actors, "OLD KESTRA") == [("KST", None, date(1995, 12, 31))]  # YYMMDD, "<" is before the day
    assert _codes(actors, "TWIN MARCHES") == [("VLM", None, None)]  # a coded compound keeps its first code


def test_lexicon_names_kinds_and_country_table():
    names, countries = pu.lexicon_names(pu.read_actors(ACTORS))
    by_phrase = {}
    for phrase, entry in names:
        by_phrase.setdefault(phrase, []).append(entry)
    assert [(e.kind, e.code, e.country) for e in by_phrase["VELMARIAN"]] == [("country", "VLM", "VLM")]
    assert [(e.kind, e.country, e.sector) for e in by_phrase["TESSARO HOLD"]] == [("seat", "QRL", "GOV")]
    assert [e.kind for e in by_phrase["WORLD OF GRAIN UNION"]] == ["igo"]
    assert [e.code for e in by_phrase["BRANNOC VEY"]] == ["VLM", "VLMGOV", "VLMREB"]
    assert countries["VLM"] == "Velmaria" and countries["QRL"] == "Quorland"
    assert "IGO" not in countries


def _code(text, day=None):
    from diplograph.actors.resolve import resolve_phrase

    actor = resolve_phrase(text, day=day)
    return actor.code if actor else None


def test_extra_names_known_inside_the_block_only():
    from diplograph.actors.lexicon import extra_names, lexicon

    names, countries = pu.lexicon_names(pu.read_actors(ACTORS))
    lex = lexicon()
    before = (len(lex.entries), lex.max_len, dict(lex.countries), _code("Portugal"))
    assert _code("Velmaria") is None and _code("Tessaro Hold") is None
    with extra_names(names, countries=countries):
        assert _code("Velmaria") == "VLM"
        assert _code("the Velmarian government") == "VLMGOV"  # a sector word still combines
        assert _code("VELMARIA") == "VLM"  # any case, as PETRARCH matches
        assert _code("Tessaro Hold") == "QRLGOV"
        assert _code("Portugal") == "PRX"  # the set's code over ours
        assert _code("Brannoc Vey", date(2003, 6, 1)) == "VLMGOV"
        assert _code("Brannoc Vey", date(2008, 6, 1)) == "VLMREB"
        assert _code("Brannoc Vey", date(1998, 6, 1)) == "VLM"
        assert lex.countries["VLM"] == "Velmaria"
    # nothing is left behind
    assert _code("Velmaria") is None and _code("Tessaro Hold") is None and _code("Brannoc Vey") is None
    assert (len(lex.entries), lex.max_len, dict(lex.countries), _code("Portugal")) == before
    assert _code("Portugal") == "PRT"


def test_extra_names_undone_on_error_and_derived_caches_cleared():
    from diplograph.actors.lexicon import extra_names, lexicon
    from diplograph.events.sentence import _place_names

    names, countries = pu.lexicon_names(pu.read_actors(ACTORS))
    with pytest.raises(RuntimeError):
        with extra_names(names, countries=countries):
            assert "Velmaria" in _place_names()  # a cache built inside the block sees the names
            raise RuntimeError("a failed run")
    assert "VLM" not in lexicon().countries
    assert "Velmaria" not in _place_names()  # and is rebuilt without them after it
    assert _code("Velmaria") is None


def test_load_keeps_true_sentences_and_splits_by_id():
    kept, left = pu.load(RECORDS)
    assert [r["id"] for r in kept] == ["FIX-01", "FIX-02", "PASSIVE-X3", "FIX-04", "FIX-06"]
    assert left == {"marked sentence=false": 1}
    dev, _ = pu.load(RECORDS, "dev")
    held, _ = pu.load(RECORDS, "held-out")
    assert {r["id"] for r in dev}.isdisjoint(r["id"] for r in held)
    assert len(dev) + len(held) == len(kept)
    with pytest.raises(ValueError, match="unknown split"):
        pu.load(RECORDS, "test")


def test_group_splits_modify_and_folds_variants():
    assert pu.group({"category": "MODIFY", "id": "PASSIVE-02"}) == "PASSIVE"
    assert pu.group({"category": "MODIFY", "id": "COMMA-07"}) == "COMMA"
    assert pu.group({"category": "COMPOUNDx", "id": "COMPOUND-36"}) == "COMPOUND"
    assert pu.group({"category": "AGENTS", "id": "AGENTS-18"}) == "AGENT"


def _event(src, tgt, cameo):
    def actor(code):
        if code is None:
            return None
        country = None if code[:3] in ("IGO", "NGO", "GOV", "MIL") else code[:3]
        return SimpleNamespace(code=code, country=country)

    return SimpleNamespace(source=actor(src), target=actor(tgt), cameo=cameo)


def test_score_record_dyads_null_sides_and_alarms():
    rec = {"id": "X-1", "category": "DEMO", "text": "t",
           "events": [{"source": "VLMGOV", "target": "QRL", "code": "122"},
                      {"source": "QRL", "target": "---", "code": "222"},
                      {"source": "---GOV", "target": "---", "code": "023"}]}
    t, unscored, misses = pu.score_record(rec, [_event("VLM", "QRL", "111"), _event("QRL", None, "180"),
                                                _event("OSV", "QRL", "120")])
    assert (t.gold, t.matched, t.ours, t.root, t.full, unscored) == (2, 2, 3, 0, 1, 1)
    assert not misses
    t, _, misses = pu.score_record(rec, [_event("QRL", "VLM", "122")])
    assert (t.gold, t.matched) == (2, 0) and len(misses) == 2
    quiet = {"id": "X-2", "category": "DEMO", "text": "t", "events": [], "noevents": True}
    t, _, misses = pu.score_record(quiet, [_event("VLM", "QRL", "122")])
    assert (t.quiet, t.alarms, t.gold) == (1, 1, 0) and misses[0].startswith("alarm")


@pytest.mark.model
def test_run_on_the_fixture_and_nothing_leaks():
    from diplograph.actors.lexicon import lexicon

    report = pu.run(RECORDS, actors=ACTORS)
    m = report.metrics
    assert m["sentences"] == 5 and m["left out (see the module's notes)"] == 1
    assert m["gold events scored"] == 5 and m["gold events with no coded actor (not scored)"] == 1
    assert m["no-event sentences"] == 1
    assert m["dyad matched (recall)"] >= 0.6  # the plain dyad, the compound and the passive
    assert {row[0] for row in report.tables[0][2]} == {"COMPOUND", "DEMO", "PASSIVE"}
    assert "VLM" not in lexicon().countries and _code("Velmaria") is None


def test_cli_options_belong_to_their_suites():
    from typer.testing import CliRunner

    from diplograph.cli import app

    r = CliRunner().invoke(app, ["eval", "events", "petrarch", str(RECORDS), "--split", "dev"])
    assert r.exit_code == 2 and "petrarch-units" in r.output
    r = CliRunner().invoke(app, ["eval", "events", "case2021", "--actors", str(ACTORS)])
    assert r.exit_code == 2 and "actor dictionary" in r.output


# --- the shared set -----------------------------------------------------------------------------
def test_shared_set_loads_with_its_exclusions(shared):
    path = shared / pu.DEFAULT_PATH.removeprefix("../shared/")
    kept, left = pu.load(path)
    assert len(kept) + sum(left.values()) == 284
    assert left["marked sentence=false"] == 5
    ids = {r["id"] for r in kept}
    assert not ids & set(pu.EXCLUDED)
    dev, _ = pu.load(path, "dev")
    held, _ = pu.load(path, "held-out")
    assert len(dev) + len(held) == len(kept) and 100 < len(dev) < 180
    actors = pu.read_actors(path.with_name(pu.ACTORS_FILE))
    assert _codes(actors, "GONDOR") == [("GON", None, None)]
    assert [c for c, _, _ in _codes(actors, "GOLLUM")] == ["HOB", "HOBGOV", "HOBREB"]


@pytest.mark.model
def test_shared_set_dev_floor(shared):
    from diplograph.actors.lexicon import lexicon

    m = pu.run(shared / pu.DEFAULT_PATH.removeprefix("../shared/"), split="dev").metrics
    assert m["sentences"] >= 140
    assert m["dyad matched (recall)"] >= 0.38
    assert m["dyad precision"] >= 0.48
    assert "GON" not in lexicon().countries
