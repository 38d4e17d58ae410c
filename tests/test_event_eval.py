"""Pinned floors on the shared gold sets, so event-coding accuracy cannot slide unnoticed.
The floors sit a little under what was measured when they were set; raise them as it improves."""
import pytest

from diplograph.evaluation import prf

pytestmark = pytest.mark.model


def test_prf():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(3, 1, 2)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.75, 0.6, 0.667)


def test_plover_gsr_floor(shared):
    from diplograph.evaluation.plover_gsr import run

    m = run(shared / "eval/plover-gsr/PLOVER_GSR_CAMEO.json").metrics
    assert m["sentences"] == 322
    assert m["type macro F1"] >= 0.80
    assert m["type micro F1"] >= 0.83
    assert m["type + dyad F1"] >= 0.67


def test_plover_gsr_held_out_floor(shared):
    # the half whose misses are never read while developing (see evaluation/plover_gsr.py)
    from diplograph.evaluation.plover_gsr import run

    m = run(shared / "eval/plover-gsr/PLOVER_GSR_CAMEO.json", split="held-out").metrics
    assert m["sentences"] == 154
    assert m["type macro F1"] >= 0.68
    assert m["type micro F1"] >= 0.78
    assert m["type + dyad F1"] >= 0.53


def test_split_halves_partition_any_ids():
    from diplograph.evaluation.plover_gsr import in_split

    ids = [f"PLOVER-GSR01-X-{i:04d}" for i in range(200)]
    dev = {i for i in ids if in_split(i, "dev")}
    held = {i for i in ids if in_split(i, "held-out")}
    assert dev.isdisjoint(held) and dev | held == set(ids)
    assert 60 < len(dev) < 140  # a hash split, not everything on one side
    assert all(in_split(i, "all") for i in ids)


def test_plover_gsr_split_sizes(shared):
    from diplograph.evaluation.plover_gsr import load

    path = shared / "eval/plover-gsr/PLOVER_GSR_CAMEO.json"
    assert len(load(path, "dev")) + len(load(path, "held-out")) == len(load(path)) == 322
    with pytest.raises(ValueError, match="unknown split"):
        load(path, "test")


def test_case2021_floor(shared):
    from diplograph.evaluation.case2021 import run

    m = run(shared / "eval/case2021").metrics
    assert m["weighted F1"] >= 0.78
    assert m["false alarm rate on them"] <= 0.23


def test_petrarch_agreement_floor(shared):
    from diplograph.evaluation.petrarch import run

    m = run(shared / "eval/petrarch/PETR2_GSR_validation.jsonl").metrics
    assert m["gold events"] == 79
    assert m["CAMEO root agreement (of matched)"] >= 0.7
    assert m["dyad matched (recall)"] >= 0.25
