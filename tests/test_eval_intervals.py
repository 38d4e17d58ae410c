"""Scores and their sampling intervals, on outcomes we make up (no gold data needed)."""
from __future__ import annotations

import pytest

from diplograph.evaluation import wilson
from diplograph.evaluation.plover_gsr import bootstrap, score


def _outcomes():
    # 6 ASSAULT (5 right, 4 with the dyad), 4 ACCUSE (2 right, 1 called ASSAULT, 1 missed)
    return ([("ASSAULT", "ASSAULT", True)] * 4 + [("ASSAULT", "ASSAULT", False)] + [("ASSAULT", None, False)]
            + [("ACCUSE", "ACCUSE", True)] * 2 + [("ACCUSE", "ASSAULT", False)] + [("ACCUSE", None, False)])


def test_score_counts_types_and_dyads():
    s = score(_outcomes())
    # ASSAULT: tp 5, fp 1, fn 1; ACCUSE: tp 2, fp 0, fn 2
    assert s["type micro precision"] == pytest.approx(7 / 8)
    assert s["type micro recall"] == pytest.approx(7 / 10)
    f_assault = 2 * (5 / 6) * (5 / 6) / (5 / 6 + 5 / 6)
    f_accuse = 2 * 1.0 * 0.5 / 1.5
    assert s["type macro F1"] == pytest.approx((f_assault + f_accuse) / 2)
    # 6 of 10 with type and dyad; the 7 typed answers minus the 6 count as false positives
    p, r = 6 / 8, 6 / 10
    assert s["type + dyad F1"] == pytest.approx(2 * p * r / (p + r))
    assert [row[0] for row in s["per type"]] == ["ACCUSE", "ASSAULT"]


def test_bootstrap_is_reproducible_and_brackets_the_estimate():
    outcomes = _outcomes() * 5
    first, again = bootstrap(outcomes, rounds=300), bootstrap(outcomes, rounds=300)
    assert first == again
    point = score(outcomes)
    for key, (low, high) in first.items():
        assert low <= point[key] <= high
        assert low < high  # mixed outcomes: the resamples differ
    # a larger sample of the same outcomes gives a narrower interval
    wide = bootstrap(_outcomes() * 2, rounds=300)["type micro F1"]
    narrow = bootstrap(_outcomes() * 20, rounds=300)["type micro F1"]
    assert narrow[1] - narrow[0] < wide[1] - wide[0]


def test_bootstrap_of_all_right_answers_is_a_point():
    outcomes = [("AID", "AID", True)] * 12
    assert bootstrap(outcomes, rounds=50)["type + dyad F1"] == (1.0, 1.0)
    assert bootstrap([]) == {}


def test_wilson_interval():
    low, high = (float(x) for x in wilson(0.9, 100).split("-"))
    assert 0.82 < low < 0.84 and 0.94 < high < 0.96  # the textbook 0.826-0.945
    assert wilson(1.0, 20).endswith("1.000")  # stays inside 0..1 at a perfect score
    assert float(wilson(1.0, 20).split("-")[0]) < 0.9
    assert wilson(0.5, 0) == "-"
