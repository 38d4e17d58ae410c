"""`diplograph dyad` shows each reported act once, and marks it mutual only when both sides act."""
import json

import pytest
from conftest import write
from typer.testing import CliRunner

from diplograph.cli import app

pytestmark = pytest.mark.model

ARTICLE = """---
title: Two stories
published: 2016-08-22
---

Iran's defence minister criticised Moscow on Monday, accusing Russia of showing off.

Kenya and Tanzania signed a border treaty in Arusha on Monday.

Kenya's foreign minister criticised Tanzania on Monday, accusing Dodoma of stalling.
"""


def dyad(db, a, b):
    r = CliRunner().invoke(app, ["dyad", a, b, "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mutual")
    write(tmp / "a.txt", ARTICLE)
    db = tmp / "t.duckdb"
    r = CliRunner().invoke(app, ["ingest", str(tmp / "a.txt"), "--db", str(db), "--quiet"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return db


def test_two_events_of_one_side_in_one_sentence_are_one_act_not_mutual(db):
    report = dyad(db, "IRN", "RUS")
    acts = report["most_conflictual"]
    assert report["total"] >= 2  # the criticism and the accusation are both stored
    assert len(acts) == 1 and acts[0]["type"] == "ACCUSE"
    assert acts[0]["source_code"].startswith("IRN") and not acts[0]["mutual"]


def test_a_joint_act_is_mutual_and_a_one_sided_one_beside_it_is_not(db):
    report = dyad(db, "KEN", "TZA")
    (joint,) = report["most_cooperative"]
    assert joint["mutual"]
    (blame,) = report["most_conflictual"]
    assert blame["source_code"].startswith("KEN") and not blame["mutual"]
