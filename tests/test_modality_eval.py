"""The modality gold set (tests/fixtures/modality.jsonl) and its evaluation: the fixture's balance,
the scoring on hand-made cases, and floors for the real pipeline on the fixture."""
import json
from collections import Counter
from types import SimpleNamespace

import pytest
from conftest import ROOT, write

from diplograph.errors import InputError
from diplograph.evaluation import modality as ev
from diplograph.events.modality import MODALITIES
from diplograph.types import Actor

FIXTURE = ROOT / ev.DEFAULT_PATH
HELDOUT = ROOT / ev.HELDOUT_PATH
HELDOUT2 = ROOT / ev.HELDOUT2_PATH

# Measured when the set was written (the coder was changing meanwhile): found rate 0.79-0.81,
# macro F1 0.66-0.67, 14 non-asserted gold events reported as asserted (the goal is 0). Later:
# found rate 0.864, macro F1 0.899, 1 non-asserted reported as asserted ("offered no criticism":
# the coder codes "offered", not the criticism; a trigger change, not a modality one). At the end
# of that day, with the "offer criticism" trigger: found rate 0.894, macro F1 0.920, 0 unsafe. The
# floors sit slightly below; raise them as the coder improves, never lower them to make a change pass.
FOUND_RATE_FLOOR = 0.86
MACRO_F1_FLOOR = 0.89
NON_ASSERTED_AS_ASSERTED_CEILING = 0

# The held-out set (88 sentences, written before the modality rules were reworked and measured
# only before and after, its misses never read): first found rate 0.761, macro F1 0.779, 2 unsafe;
# after the rework found rate 0.795, macro F1 0.873, 0 unsafe (the old rules on the same coder:
# macro F1 0.810, 2 unsafe).
HELDOUT_FOUND_RATE_FLOOR = 0.78
HELDOUT_MACRO_F1_FLOOR = 0.84
HELDOUT_NON_ASSERTED_AS_ASSERTED_CEILING = 0

# The second held-out set (session 23, written after that session's modality rules). Its first 61
# sentences, measured once: found rate 0.836, macro F1 0.779, 2 non-asserted reported as asserted.
# One was "hesitated to condemn" read by the parser as a purpose clause; that misparse was then
# fixed (tests/test_modality_round23.py, on other sentences), so that sentence is no longer blind:
# macro F1 0.811, 1 unsafe (a refusal coded as the REJECT it is, where the gold names the act
# refused). With 20 more sentences, measured once after that fix and never read: 81 sentences,
# found rate 0.815, macro F1 0.846, 1 unsafe.
HELDOUT2_FOUND_RATE_FLOOR = 0.80
HELDOUT2_MACRO_F1_FLOOR = 0.83
HELDOUT2_NON_ASSERTED_AS_ASSERTED_CEILING = 1


# --- the fixture --------------------------------------------------------------------------------


def _rows(path=FIXTURE):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", [FIXTURE, HELDOUT, HELDOUT2], ids=["fixture", "held-out", "held-out-2"])
def test_fixture_balance(path):
    rows = _rows(path)
    counts = Counter(r["modality"] for r in rows)
    assert len(rows) >= 80
    assert counts["asserted"] / len(rows) >= 0.40
    for k in MODALITIES:
        if k != "asserted":
            assert counts[k] >= 8, (k, counts[k])
    assert set(counts) <= set(MODALITIES)


@pytest.mark.parametrize("path", [FIXTURE, HELDOUT, HELDOUT2], ids=["fixture", "held-out", "held-out-2"])
def test_fixture_records_are_well_formed(path):
    golds = ev.load(path)  # validates modality, PLOVER type and date
    assert len(golds) == len(_rows(path))
    assert len({g.text for g in golds}) == len(golds), "a sentence appears twice"
    for g in golds:
        assert g.published is not None
        assert len(g.source) == 3 or g.source.startswith("IGO"), g.source
        assert g.target is None or len(g.target) == 3 or g.target.startswith("IGO"), g.target


def test_held_out_sets_share_no_sentence_with_the_fixture_or_each_other():
    seen = {r["text"] for r in _rows(FIXTURE)}
    held = {r["text"] for r in _rows(HELDOUT)}
    held2 = {r["text"] for r in _rows(HELDOUT2)}
    assert not seen & held and not seen & held2 and not held & held2


def test_default_path_resolves_to_the_checkout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert ev.resolve_path(None) == FIXTURE
    assert ev.resolve_path(ev.DEFAULT_PATH) == FIXTURE
    other = write(tmp_path / "mine.jsonl", "")
    assert ev.resolve_path(other) == other


def test_load_names_the_bad_line(tmp_path):
    good = {"text": "Russia signed the treaty.", "published": "2025-01-17",
            "event": {"source": "RUS", "target": None, "type": "SUPPORT"}, "modality": "asserted"}
    bad = dict(good, modality="possible")
    p = write(tmp_path / "g.jsonl", json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(InputError, match="line 2.*unknown modality"):
        ev.load(p)
    p = write(tmp_path / "t.jsonl", json.dumps(dict(good, event={"source": "RUS", "type": "SIGN"})) + "\n")
    with pytest.raises(InputError, match="unknown PLOVER type"):
        ev.load(p)
    p = write(tmp_path / "m.jsonl", json.dumps({"text": "x"}) + "\n")
    with pytest.raises(InputError, match="line 1"):
        ev.load(p)
    with pytest.raises(InputError, match="not found"):
        ev.load(tmp_path / "absent.jsonl")


# --- matching and scoring on hand-made cases ------------------------------------------------------


def gold(modality, type="AID", source="IRN", target="RUS", line=1):
    return ev.Gold(f"sentence {line}", None, source, target, type, modality, line=line)


def event(type, source, target, modality):
    def actor(code):
        if code is None:
            return None
        country = None if code.startswith("IGO") else code[:3]
        return Actor(code=code, country=country)
    return SimpleNamespace(type=type, source=actor(source), target=actor(target), modality=modality)


def test_actor_codes():
    assert ev.actor_is(Actor("IRNGOV", "IRN", "GOV"), "IRN")
    assert not ev.actor_is(Actor("IRNGOV", "IRN", "GOV"), "IRQ")
    assert ev.actor_is(Actor("IGOEUREEC"), "IGOEUREEC")
    assert ev.actor_is(Actor("IGOUNOIAE"), "IGOUNO")
    assert not ev.actor_is(None, "RUS")
    assert ev.actor_is(None, None)


def test_match_levels():
    g = gold("negated")
    assert ev.match(g, [event("AID", "IRNMIL", "RUS", "negated")]).how == "exact"
    s = ev.match(g, [event("AID", "IRN", None, "negated")])
    assert (s.how, s.predicted) == ("role-missing", "negated")
    s = ev.match(g, [event("AID", None, "RUS", "asserted")])
    assert (s.how, s.predicted) == ("role-missing", "asserted")
    s = ev.match(g, [event("SUPPORT", "IRN", "RUS", "hedged")])
    assert (s.how, s.predicted, s.predicted_type) == ("type-mismatch", "hedged", "SUPPORT")
    # a wrongly filled role is not the gold event; nor is the reversed dyad
    assert ev.match(g, [event("AID", "IRN", "UKR", "negated")]).how == "missed"
    assert ev.match(g, [event("AID", "RUS", "IRN", "negated")]).how == "missed"
    assert ev.match(g, []).predicted == ev.MISSED
    # the exact match wins over the others
    s = ev.match(g, [event("SUPPORT", "IRN", "RUS", "asserted"), event("AID", "IRN", None, "hedged"),
                     event("AID", "IRN", "RUS", "negated")])
    assert (s.how, s.predicted) == ("exact", "negated")
    # with the doer found, an event with only the target is not preferred
    s = ev.match(g, [event("AID", None, "RUS", "asserted"), event("AID", "IRN", None, "negated")])
    assert s.predicted == "negated"


def test_no_target_in_gold():
    g = gold("future", type="MOBILIZE", source="CHN", target=None)
    assert ev.match(g, [event("MOBILIZE", "CHN", "TWN", "future")]).how == "exact"
    assert ev.match(g, [event("MOBILIZE", "CHN", None, "future")]).how == "exact"
    # no type fallback on the source alone: it would pick unrelated events
    assert ev.match(g, [event("ACCUSE", "CHN", "USA", "asserted")]).how == "missed"


def test_ambiguous_match_takes_the_worse_event():
    g = gold("hedged")
    s = ev.match(g, [event("AID", "IRN", "RUS", "hedged"), event("AID", "IRN", "RUS", "asserted")])
    assert (s.predicted, s.ambiguous) == ("asserted", True)
    g = gold("asserted")
    s = ev.match(g, [event("AID", "IRN", "RUS", "asserted"), event("AID", "IRN", "RUS", "negated")])
    assert (s.predicted, s.ambiguous) == ("negated", True)
    s = ev.match(g, [event("AID", "IRN", "RUS", "asserted"), event("AID", "IRN", "RUS", "asserted")])
    assert (s.predicted, s.ambiguous) == ("asserted", False)


def test_score_on_a_tiny_list():
    S = ev.Scored
    results = [
        S(gold("asserted", line=1), "asserted", "exact"),
        S(gold("asserted", line=2), "asserted", "role-missing"),
        S(gold("asserted", line=3), ev.MISSED, ev.MISSED),
        S(gold("negated", line=4), "negated", "exact"),
        S(gold("negated", line=5), "asserted", "exact"),          # the unsafe one
        S(gold("hedged", line=6), "hypothetical", "type-mismatch", "SUPPORT"),
        S(gold("claimed", line=7), "claimed", "exact"),
    ]
    r = ev.score(results)
    m = r.metrics
    assert m["gold events"] == 7 and m["found"] == 6
    assert m["found rate"] == round(6 / 7, 4)
    assert m["found with the gold type and dyad"] == 4
    assert m["found with the gold type, one role missing"] == 1
    assert m["found with another type (same dyad)"] == 1
    assert m["non-asserted reported as asserted"] == 1
    assert m["asserted reported as non-asserted"] == 0
    assert m["modality accuracy (found)"] == round(4 / 6, 4)
    per = {row[0]: row for row in r.tables[0][2]}
    # modality, gold, found, predicted, correct, precision, recall, F1
    assert per["asserted"][1:5] == (3, 2, 3, 2)
    assert per["asserted"][5:7] == (round(2 / 3, 3), round(2 / 3, 3))
    assert per["negated"][5:8] == (1.0, 0.5, round(2 / 3, 3))
    assert per["hedged"][5:8] == (0.0, 0.0, 0.0)
    assert per["hypothetical"][1] == 0 and per["hypothetical"][3] == 1  # predicted, never gold
    assert per["claimed"][5:8] == (1.0, 1.0, 1.0)
    # macro F1 over the classes present in the gold (asserted, negated, hedged, claimed)
    assert m["macro F1"] == round((2 / 3 + 2 / 3 + 0.0 + 1.0) / 4, 4)
    title, cols, rows = r.tables[1]
    assert cols == ["gold", *MODALITIES, ev.MISSED]
    conf = {row[0]: dict(zip(cols[1:], row[1:])) for row in rows}
    assert conf["asserted"]["asserted"] == 2 and conf["asserted"][ev.MISSED] == 1
    assert conf["negated"]["asserted"] == 1 and conf["negated"]["negated"] == 1
    assert conf["hedged"]["hypothetical"] == 1
    assert sum(sum(row[1:]) for row in rows) == 7
    # misses: the unsafe one first, then the others in file order, missed ones last
    assert len(r.misses) == 3
    assert "line 5" in r.misses[0] and "predicted asserted" in r.misses[0]
    assert "line 6" in r.misses[1] and "(as SUPPORT)" in r.misses[1]
    assert "line 3" in r.misses[2] and "missed" in r.misses[2]


# --- the real pipeline on the fixture ----------------------------------------------------------------


@pytest.fixture(scope="module")
def report():
    return ev.run(FIXTURE)


@pytest.mark.model
def test_floors(report):
    m = report.metrics
    assert m["gold events"] == len(_rows())
    assert m["found rate"] >= FOUND_RATE_FLOOR, report.misses
    assert m["macro F1"] >= MACRO_F1_FLOOR, report.misses
    assert m["non-asserted reported as asserted"] <= NON_ASSERTED_AS_ASSERTED_CEILING, report.misses[:20]


@pytest.fixture(scope="module")
def heldout_report():
    return ev.run(HELDOUT)


@pytest.mark.model
def test_heldout_floors(heldout_report):
    # no misses in the messages: the held-out set is measured, not read
    m = heldout_report.metrics
    assert m["gold events"] == len(_rows(HELDOUT))
    assert m["found rate"] >= HELDOUT_FOUND_RATE_FLOOR, m["found rate"]
    assert m["macro F1"] >= HELDOUT_MACRO_F1_FLOOR, m["macro F1"]
    assert m["non-asserted reported as asserted"] <= HELDOUT_NON_ASSERTED_AS_ASSERTED_CEILING, \
        m["non-asserted reported as asserted"]


@pytest.mark.model
def test_report_shape(report):
    titles = [t for t, _, _ in report.tables]
    assert any(t.startswith("Per class") for t in titles)
    assert any(t.startswith("Confusion") for t in titles)
    per = report.tables[0][2]
    assert [row[0] for row in per] == list(MODALITIES)
    assert sum(row[1] for row in per) == report.metrics["gold events"]


@pytest.mark.model
def test_cli(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from diplograph.cli import app

    monkeypatch.chdir(tmp_path)  # the default path is found in the checkout from anywhere
    r = CliRunner().invoke(app, ["eval", "events", "modality", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["metrics"]["gold events"] == len(_rows())
    assert "non-asserted reported as asserted" in data["metrics"]


def test_loose_safety_count_sees_events_with_wrong_roles():
    g = gold("negated", type="SUPPORT", source="RUS", target="UKR")
    # "reached no agreement in Istanbul": the place taken for the target, the "no" lost
    s = ev.match(g, [event("SUPPORT", "RUS", "TUR", "asserted")])
    assert (s.predicted, s.asserted_same_type) == (ev.MISSED, True)
    assert not ev.match(g, [event("CONSULT", "RUS", "TUR", "asserted")]).asserted_same_type
    r = ev.score([s, ev.Scored(gold("asserted", line=2), "asserted", "exact", asserted_same_type=True)])
    assert r.metrics["non-asserted reported as asserted"] == 0
    assert r.metrics["non-asserted sentences with any asserted event of that type"] == 1


@pytest.mark.model
def test_second_heldout_floors():
    m = ev.run(HELDOUT2).metrics  # no misses in the messages: measured, not read
    assert m["gold events"] == len(_rows(HELDOUT2))
    assert m["found rate"] >= HELDOUT2_FOUND_RATE_FLOOR, m["found rate"]
    assert m["macro F1"] >= HELDOUT2_MACRO_F1_FLOOR, m["macro F1"]
    assert m["non-asserted reported as asserted"] <= HELDOUT2_NON_ASSERTED_AS_ASSERTED_CEILING, \
        m["non-asserted reported as asserted"]
