"""Floors on the blind-written sentence sets (tests/fixtures/blind27 to blind30, both halves): the
coder must not fall below what it reached at the end of session 29 (blind30: written at that
session's start and never read). Scored as PLOVER-GSR is."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.evaluation.plover_gsr import run

FIXTURES = Path(__file__).parent / "fixtures"
# (type micro F1, type + dyad F1) per file, as measured at the end of session 29
FLOORS = {
    ("blind27", "A"): (0.936, 0.872), ("blind27", "B"): (0.699, 0.632),
    ("blind27", "C"): (0.859, 0.734), ("blind27", "D"): (0.751, 0.617),
    ("blind28", "A"): (0.874, 0.794), ("blind28", "B"): (0.733, 0.647),
    ("blind28", "C"): (0.901, 0.680), ("blind28", "D"): (0.773, 0.667),
    ("blind29", "A"): (0.867, 0.744), ("blind29", "B"): (0.825, 0.768),
    ("blind29", "C"): (0.885, 0.754), ("blind29", "D"): (0.736, 0.579),
    ("blind30", "A"): (0.857, 0.743), ("blind30", "B"): (0.738, 0.669),
    ("blind30", "C"): (0.849, 0.667), ("blind30", "D"): (0.736, 0.512),
}


@pytest.mark.parametrize("blind_set, name", sorted(FLOORS))
def test_blind_set_keeps_its_floor(blind_set, name):
    m = run(FIXTURES / blind_set / f"{blind_set}_{name}.jsonl").metrics
    types, dyads = FLOORS[blind_set, name]
    assert m["type micro F1"] >= types - 1e-3
    assert m["type + dyad F1"] >= dyads - 1e-3
