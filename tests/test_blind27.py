"""Floors on the blind-written sentence sets (tests/fixtures/blind27, both halves): the coder must
not fall below what it reached when session 27 ended. Scored as PLOVER-GSR is."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.evaluation.plover_gsr import run

BLIND = Path(__file__).parent / "fixtures" / "blind27"
# (type micro F1, type + dyad F1) measured at the end of session 27
FLOORS = {"A": (0.936, 0.862), "B": (0.699, 0.632), "C": (0.859, 0.708), "D": (0.751, 0.602)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_keeps_its_floor(name):
    m = run(BLIND / f"blind27_{name}.jsonl").metrics
    types, dyads = FLOORS[name]
    assert m["type micro F1"] >= types - 1e-3
    assert m["type + dyad F1"] >= dyads - 1e-3
