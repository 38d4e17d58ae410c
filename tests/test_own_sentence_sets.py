"""A user's own one-event sentences (JSON lines) scored as PLOVER-GSR is: `eval events plover-gsr
FILE.jsonl` and `eval actors --plover FILE.jsonl`. The sentences are ours."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.errors import InputError
from diplograph.evaluation import plover_gsr
from diplograph.evaluation.actors import plover_slots, run_plover_slots

LINES = [
    {"text": "The Kenyan government expelled two Ugandan diplomats on Friday.", "type": "SANCTION",
     "trigger": "expelled", "source": "KEN", "target": "UGA", "source_text": "The Kenyan government",
     "source_code": "KENGOV", "target_text": "two Ugandan diplomats", "target_code": "UGAGOV", "date": "1999-06-04"},
    # the same sentence with a wrong gold type: must count as a miss
    {"text": "The Kenyan government expelled two Ugandan diplomats on Friday.", "type": "AID",
     "trigger": "expelled", "source": "KEN", "target": "UGA"},
    {"text": "Peruvian police arrested a leader of the Shining Path in Lima on Tuesday.", "type": "COERCE",
     "trigger": "arrested", "source": "PER", "target": "PER", "source_text": "Peruvian police",
     "source_code": "PERCOP", "target_text": "a leader of the Shining Path", "target_code": "PERREB"},
]


def _write(tmp_path, lines, name="own.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_lines_become_records_with_markup_and_stable_ids(tmp_path):
    recs = plover_gsr.read_records(_write(tmp_path, LINES))
    assert [r["event"] for r in recs] == ["SANCTION", "AID", "COERCE"]
    first = recs[0]
    assert first["source"] == [{"actorText": "The Kenyan government", "code": "KEN", "sector": "GOV"}]
    assert "(EVT: expelled)" in first["textInfo"]["markup"] and "(TAR: two Ugandan diplomats)" in first["textInfo"]["markup"]
    # a side given without its phrase is scored by country only; without a full code, no sector check
    assert recs[1]["source"] == [{"code": "KEN"}]
    # the id hangs on the text, so reordering the file keeps each sentence in its half
    again = plover_gsr.read_records(_write(tmp_path, list(reversed(LINES)), "other.jsonl"))
    assert {r["id"].split("-", 1)[1] for r in again} == {r["id"].split("-", 1)[1] for r in recs}


def test_scores_follow_the_gold(tmp_path):
    report = plover_gsr.run(_write(tmp_path, LINES))
    m = report.metrics
    assert m["sentences"] == 3
    # the AID line cannot be right whatever the coder does
    assert m["type micro recall"] <= 2 / 3
    assert any("gold AID" in miss for miss in report.misses)


def test_actor_slots_of_own_lines(tmp_path):
    path = _write(tmp_path, LINES)
    slots = plover_slots(path)
    assert len(slots) == 4  # the AID line names no phrases
    assert all(s[4] is not None for s in slots)  # every phrase found in its sentence
    report = run_plover_slots(path)
    assert report.metrics["actor slots"] == 4
    assert report.metrics["in sentence: spans not found in the markup"] == 0


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not a JSON object"),
    ('["a list"]', "needs"),
    ('{"text": "x", "type": "AID"}', "needs"),
    ('{"text": "The army shelled a town.", "type": "ASSAULT", "trigger": "shelled", "date": "last week"}', "not YYYY-MM-DD"),
])
def test_bad_lines_name_the_file_and_line(tmp_path, line, problem):
    path = _write(tmp_path, [LINES[0], line])
    with pytest.raises(InputError) as err:
        plover_gsr.read_records(path)
    assert f"{path}:2" in str(err.value) and problem in str(err.value)


def test_cli_scores_an_own_file_and_reports_a_bad_one(tmp_path):
    runner = CliRunner()
    good = _write(tmp_path, LINES)
    res = runner.invoke(app, ["eval", "events", "plover-gsr", str(good), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["metrics"]["sentences"] == 3
    bad = _write(tmp_path, [LINES[0], "{oops"], "bad.jsonl")
    res = runner.invoke(app, ["eval", "actors", "--plover", str(bad)])
    assert res.exit_code != 0 and "bad.jsonl:2" in res.output


def test_csv_gives_the_metrics_one_a_row(tmp_path):
    res = CliRunner().invoke(app, ["eval", "events", "plover-gsr", str(_write(tmp_path, LINES)), "-f", "csv"])
    assert res.exit_code == 0, res.output
    rows = res.stdout.splitlines()
    assert rows[0] == "metric,value" and "sentences,3" in rows
