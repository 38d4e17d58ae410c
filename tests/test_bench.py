"""The bench command runs on a tiny corpus and prints every field it promises (no speed is
asserted here: speed goals belong to the benchmark, not to unit tests)."""
import json

import pytest
from conftest import write
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.commands.bench import PeakRSS

pytestmark = pytest.mark.model
runner = CliRunner()


def corpus(tmp_path):
    lines = "".join(json.dumps({"body": f"Iran and Russia signed a treaty in Moscow on Friday, report {i}.",
                                "published": "2025-01-17"}) + "\n" for i in range(6))
    return write(tmp_path / "c.jsonl", lines)


def test_bench_table(tmp_path):
    r = runner.invoke(app, ["bench", str(corpus(tmp_path)), "--text-field", "body", "--limit", "5"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    for field in ("diplograph", "bare spaCy", "articles/s", "words/s", "peak RSS", "seconds", "events",
                  "reading", "parsing", "actors", "time", "events", "storing", "share", "5 articles"):
        assert field in r.stdout, field


def test_bench_json(tmp_path):
    r = runner.invoke(app, ["bench", str(corpus(tmp_path)), "--text-field", "body", "--format", "json"], catch_exceptions=False)
    report = json.loads(r.stdout)
    assert report["diplograph"]["articles"] == report["spacy"]["articles"] == 6
    assert report["diplograph"]["words"] == report["spacy"]["words"] > 0
    assert report["diplograph"]["events"] >= 6 and report["diplograph"]["peak_rss_mb"] > 10
    assert set(report["stage_share"]) == {"reading", "parsing", "actors", "time", "events", "storing"}
    assert abs(sum(report["stage_share"].values()) - 1) < 0.01 and report["stage_seconds"]["parsing"] > 0


def test_peak_rss_sees_memory():
    with PeakRSS(interval=0.01) as mem:
        block = bytearray(50_000_000)
        block[::4096] = b"x" * len(block[::4096])  # touch the pages
        mem.sample()
    assert mem.peak > 50_000_000
