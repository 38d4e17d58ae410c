"""Floors on the blind-written sentence sets (tests/fixtures/blind27, blind28, blind29, both halves):
the coder must not fall below what it reached when each set was last worked on (blind29: when it
was written, unread). Scored as
PLOVER-GSR is."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.evaluation.plover_gsr import run

FIXTURES = Path(__file__).parent / "fixtures"
# (type micro F1, type + dyad F1) per file: blind27 as measured at the end of session 27 (its
# type+dyad has risen since), blind28 and blind29 at the end of session 28
FLOORS = {
    ("blind27", "A"): (0.936, 0.862), ("blind27", "B"): (0.699, 0.632),
    ("blind27", "C"): (0.859, 0.708), ("blind27", "D"): (0.751, 0.602),
    ("blind28", "A"): (0.874, 0.794), ("blind28", "B"): (0.733, 0.647),
    ("blind28", "C"): (0.901, 0.663), ("blind28", "D"): (0.773, 0.667),
    ("blind29", "A"): (0.867, 0.722), ("blind29", "B"): (0.825, 0.734),
    ("blind29", "C"): (0.881, 0.700), ("blind29", "D"): (0.736, 0.562),
}


@pytest.mark.parametrize("blind_set, name", sorted(FLOORS))
def test_blind_set_keeps_its_floor(blind_set, name):
    m = run(FIXTURES / blind_set / f"{blind_set}_{name}.jsonl").metrics
    types, dyads = FLOORS[blind_set, name]
    assert m["type micro F1"] >= types - 1e-3
    assert m["type + dyad F1"] >= dyads - 1e-3
