"""Evaluation against gold sets. Each suite is a module with ``run(path, **options) -> EvalReport``;
the CLI prints any report the same way. Gold data is read in place (``../shared/...``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from diplograph.errors import InputError


@dataclass
class EvalReport:
    title: str
    metrics: dict[str, float | int | str] = field(default_factory=dict)
    tables: list[tuple[str, list[str], list[tuple]]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "metrics": self.metrics,
            "tables": [{"title": t, "columns": c, "rows": [list(r) for r in rows]} for t, c, rows in self.tables],
            "misses": self.misses,
        }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def wilson(share: float, n: int, z: float = 1.96) -> str:
    """The 95% Wilson score interval of an accuracy ``share`` over ``n`` cases, as "low-high".
    It stays inside 0..1 and is honest for small halves and shares near 1, where the normal
    approximation is not."""
    if not n:
        return "-"
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    spread = z * ((share * (1 - share) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return f"{max(0.0, centre - spread):.3f}-{min(1.0, centre + spread):.3f}"


def bootstrap_intervals(outcomes: list, score, keys, *, rounds: int = 1000, seed: int = 7) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of ``score(sample)[key]`` for each key, resampling the per-sentence
    outcomes with replacement (a fixed seed, so that a report is reproducible)."""
    import random

    if not outcomes:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(rounds):
        s = score(rng.choices(outcomes, k=len(outcomes)))
        for k in keys:
            draws[k].append(s[k])
    out = {}
    for k, values in draws.items():
        values.sort()
        out[k] = (values[int(0.025 * rounds)], values[min(rounds - 1, int(0.975 * rounds))])
    return out


def require(path: Path, what: str) -> Path:
    if not path.exists():
        raise InputError(str(path), f"not found; {what} (the gold data lives in ../shared beside the checkout)")
    return path
