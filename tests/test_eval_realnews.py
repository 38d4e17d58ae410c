"""The realnews suite: hand-annotated sentences, inline or pointing into a corpus file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.evaluation import realnews
from diplograph.evaluation.realnews import Outcome, score

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"


def write_lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_score_counts_sets_per_sentence():
    right = Outcome({"ACCUSE"}, {"ACCUSE"}, {("ACCUSE", "USA", "IRN")}, {("ACCUSE", "USA", "IRN")},
                    {("ACCUSE", "USAGOV", "IRN")}, {("ACCUSE", "USA", "IRN")})
    swapped = Outcome({"ASSAULT"}, {"ASSAULT"}, {("ASSAULT", "IRQ", "IRN")}, {("ASSAULT", "IRN", "IRQ")}, set(), set())
    missed = Outcome({"CONSULT"}, set(), {("CONSULT", "FRA", "DEU")}, set(), set(), set())
    false_alarm = Outcome(set(), {"COERCE"}, set(), {("COERCE", "GBR", None)}, set(), set())
    s = score([right, swapped, missed, false_alarm])
    # types: ACCUSE and ASSAULT right, CONSULT missed, COERCE a false alarm
    assert s["type precision"] == pytest.approx(2 / 3)
    assert s["type recall"] == pytest.approx(2 / 3)
    # dyads: only the accusation; the swapped attack is one false positive and one miss
    assert s["type + dyad precision"] == pytest.approx(1 / 3)
    assert s["type + dyad recall"] == pytest.approx(1 / 3)
    # the full code of the accusation differs in the source's sector
    assert s["full code F1"] == 0.0
    per_type = {row[0]: row for row in s["per type"]}
    assert per_type["COERCE"][1] == 0 and per_type["CONSULT"][3] == 0.0


def test_inline_sentences_are_scored(tmp_path):
    gold = write_lines(tmp_path / "gold.jsonl", [
        {"text": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.", "published": "2024-03-04",
         "events": [{"type": "ASSAULT", "source": "RUSMIL", "target": "UKR", "modality": "asserted"}]},
        {"text": "The weather in Oslo stayed mild all week.", "published": "2024-03-04", "events": []},
        {"text": "France may impose sanctions on Iran next month.", "published": "2024-03-04",
         "events": [{"type": "SANCTION", "source": "FRA", "target": "IRN", "modality": "hypothetical"}]},
    ])
    report = realnews.run(gold, corpora=tmp_path)
    m = report.metrics
    assert m["sentences"] == 3 and m["sentences with gold events"] == 2
    assert m["type recall"] >= 0.5
    assert m["type + dyad F1"] > 0
    # the hypothetical sanctions must not be reported as asserted
    assert m["not-asserted in gold, asserted by us"] == 0


def test_several_gold_files_are_pooled_into_one_set(tmp_path):
    """Two files score as the union of their sentences; line 1 of each is its own sentence."""
    first = write_lines(tmp_path / "a.jsonl", [
        {"text": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.", "published": "2024-03-04",
         "events": [{"type": "ASSAULT", "source": "RUSMIL", "target": "UKR", "modality": "asserted"}]},
    ])
    second = write_lines(tmp_path / "b.jsonl", [
        {"text": "The weather in Oslo stayed mild all week.", "published": "2024-03-04", "events": []},
        {"text": "Japan and South Korea held talks in Seoul on Friday.", "published": "2024-03-04",
         "events": [{"type": "CONSULT", "source": "JPN", "target": "KOR", "modality": "asserted"},
                    {"type": "CONSULT", "source": "KOR", "target": "JPN", "modality": "asserted"}]},
    ])
    one, two = realnews.run(first, corpora=tmp_path), realnews.run(second, corpora=tmp_path)
    both = realnews.run([first, second], corpora=tmp_path)
    assert "a.jsonl + b.jsonl" in both.title
    assert both.metrics["sentences"] == 3 and both.metrics["sentences with gold events"] == 2
    gold = "gold events (type + dyad)"
    assert both.metrics[gold] == one.metrics[gold] + two.metrics[gold] == 3
    ours = "our events (type + dyad)"
    assert both.metrics[ours] == one.metrics[ours] + two.metrics[ours]
    # had line 1 of b.jsonl been taken for line 1 of a.jsonl, the shelling would be scored twice
    # and the weather sentence not at all
    assert both.metrics["type recall"] > 0


def test_cli_pools_only_realnews(tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli import app

    a = write_lines(tmp_path / "a.jsonl", [{"text": "Nothing happened in Oslo.", "published": "2024-03-04", "events": []}])
    b = write_lines(tmp_path / "b.jsonl", [{"text": "Nothing happened in Bergen.", "published": "2024-03-04", "events": []}])
    r = CliRunner().invoke(app, ["eval", "events", "realnews", str(a), str(b), "--corpora", str(tmp_path),
                                 "--misses", "0", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["metrics"]["sentences"] == 2
    r = CliRunner().invoke(app, ["eval", "events", "realnews", str(a), str(a), "--corpora", str(tmp_path)])
    assert r.exit_code != 0 and "pooled files must not annotate a sentence twice" in r.output
    r = CliRunner().invoke(app, ["eval", "events", "plover-gsr", str(a), str(a)])
    assert r.exit_code != 0 and "only the realnews suite" in r.output


def test_corpus_pointers_are_read_in_place_and_checked(tmp_path):
    corpus = tmp_path / "news" / "c.jsonl"
    corpus.parent.mkdir()
    text = ("Iran and Russia held talks in Moscow on Monday. Later, the Iranian foreign minister "
            "accused Israel of sabotage.")
    write_lines(corpus, [{"id": "a", "text": "unrelated first line about wheat prices.", "published": "2024-01-02"},
                         {"id": "b", "text": text, "published": "2024-01-08"}])
    cut = text.index("Later")
    first = text[:cut].strip()
    gold = write_lines(tmp_path / "gold.jsonl", [
        {"corpus": "news/c.jsonl", "line": 2, "start": 0, "end": len(first), "sha1": realnews.sentence_sha(first),
         "events": [{"type": "CONSULT", "source": "IRN", "target": "RUS"}, {"type": "CONSULT", "source": "RUS", "target": "IRN"}]},
        {"corpus": "news/c.jsonl", "line": 2, "start": cut, "end": len(text), "sha1": realnews.sentence_sha(text[cut:]),
         "events": [{"type": "ACCUSE", "source": "IRNGOV", "target": "ISR"}]},
    ])
    report = realnews.run(gold, corpora=tmp_path)
    assert report.metrics["sentences"] == 2
    assert "documents" in report.title and "2 sentences, 1 documents" in report.title
    # the accusation belongs to the second sentence only: the first sentence has no ACCUSE
    assert not any("ACCUSE" in miss and "gold.jsonl:1" in miss.split("|")[0] and "ours" in miss
                   and "accused" in miss.split("ours")[1].split("|")[0] for miss in report.misses)

    # the same pointer with a wrong SHA-1 is refused, naming the record
    bad = write_lines(tmp_path / "bad.jsonl", [
        {"corpus": "news/c.jsonl", "line": 2, "start": 0, "end": 10, "sha1": "000000000000", "events": []}])
    with pytest.raises(InputError, match=r"bad\.jsonl:1: .*SHA-1"):
        realnews.run(bad, corpora=tmp_path)
    # a line past the end of the corpus file
    past = write_lines(tmp_path / "past.jsonl", [{"corpus": "news/c.jsonl", "line": 9, "start": 0, "end": 4, "events": []}])
    with pytest.raises(InputError, match="has no line 9"):
        realnews.run(past, corpora=tmp_path)


@pytest.mark.parametrize("record, message", [
    ("{not json", "malformed JSON"),
    (json.dumps({"text": "x", "events": [{"type": "HUG", "source": "FRA", "target": None}]}), "unknown event type 'HUG'"),
    (json.dumps({"text": "x", "events": [{"type": "ACCUSE", "modality": "rumoured"}]}), "unknown modality 'rumoured'"),
    (json.dumps({"text": "x", "published": "last week", "events": []}), "not a YYYY-MM-DD date"),
    (json.dumps({"events": []}), "needs either 'text' or 'corpus'"),
])
def test_bad_gold_records_name_file_and_line(tmp_path, record, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": "A fine line.", "events": []}) + "\n" + record + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"gold\.jsonl:2: .*{message}"):
        realnews.load(gold, tmp_path)


@pytest.mark.skipif(not SHARED_CORPORA.exists(), reason="../shared/corpora is not beside the checkout")
@pytest.mark.parametrize("name, articles", [
    ("dev.jsonl", 45), ("dev2.jsonl", 45), ("dev3.jsonl", 40),
    ("heldout.jsonl", 45), ("heldout_b.jsonl", 45), ("heldout2.jsonl", 45), ("heldout3.jsonl", 40), ("heldout3_b.jsonl", 40),
    ("heldout4.jsonl", 40), ("heldout4_b.jsonl", 40), ("heldout5.jsonl", 40), ("heldout5_b.jsonl", 40),
])
def test_our_gold_files_still_point_at_their_sentences(name, articles):
    """Every pointer of our real-news gold still finds the sentence that was annotated."""
    items, docs = realnews.load(ROOT / "tests" / "fixtures" / "realnews" / name, SHARED_CORPORA)
    assert len(items) >= 3 * articles and len(docs) == articles


def test_gold_and_ours_are_both_read_in_plover_view(tmp_path):
    """An act the annotator wrote with its future modality is scored as the promise or threat it
    is in PLOVER, as ours is: the same sentence annotated either way scores the same."""
    text = "Germany will send tanks to Ukraine next month."
    as_act = write_lines(tmp_path / "act.jsonl", [{"text": text, "published": "2024-03-04",
                         "events": [{"type": "AID", "source": "DEU", "target": "UKR", "modality": "future"}]}])
    as_promise = write_lines(tmp_path / "promise.jsonl", [{"text": text, "published": "2024-03-04",
                             "events": [{"type": "AGREE", "source": "DEU", "target": "UKR", "modality": "asserted"}]}])
    a = realnews.run(as_act, corpora=tmp_path).metrics
    b = realnews.run(as_promise, corpora=tmp_path).metrics
    assert a["type + dyad F1"] == b["type + dyad F1"]
    assert a["type + dyad F1"] == 1.0
    # and the modality is judged in the same view: the promise is made, whichever way it was written
    assert a["modality right, of type + dyad matches"] == b["modality right, of type + dyad matches"] == "1/1"
    assert a["not-asserted in gold, asserted by us"] == b["not-asserted in gold, asserted by us"] == 0


def test_a_modality_the_view_does_not_absorb_is_still_judged(tmp_path):
    """A hypothetical act stays hypothetical in PLOVER's view; gold that calls it asserted disagrees."""
    text = "Germany may send tanks to Ukraine next month."
    gold = write_lines(tmp_path / "g.jsonl", [{"text": text, "published": "2024-03-04",
                       "events": [{"type": "AID", "source": "DEU", "target": "UKR", "modality": "asserted"}]}])
    m = realnews.run(gold, corpora=tmp_path).metrics
    assert m["modality right, of type + dyad matches"] == "0/1"


@pytest.mark.skipif(not SHARED_CORPORA.exists(), reason="../shared/corpora is not beside the checkout")
def test_cli_from_another_folder_bounds_the_misses_in_json(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from diplograph.cli import app

    monkeypatch.chdir(tmp_path)  # the default gold file and corpora are found from the checkout
    r = CliRunner().invoke(app, ["eval", "events", "realnews", "--misses", "0", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["metrics"]["sentences"] == 178
    assert data["misses"] == [] and data["misses_total"] > 0


def test_agreement_tool_scores_two_annotators(tmp_path):
    """tools/realnews_agreement.py: identical files agree fully; a changed target costs the dyad
    but not the type; files over different sentences are refused."""
    import subprocess
    import sys

    tool = ROOT / "tools" / "realnews_agreement.py"
    base = [{"text": "Iran accused Israel of sabotage.", "events": [{"type": "ACCUSE", "source": "IRN", "target": "ISR"}]},
            {"text": "Rain fell in Oslo.", "events": []}]
    a = write_lines(tmp_path / "a.jsonl", base)
    other = json.loads(json.dumps(base))
    other[0]["events"][0]["target"] = "USA"
    b = write_lines(tmp_path / "b.jsonl", other)

    def run(x, y):
        return subprocess.run([sys.executable, str(tool), str(x), str(y)], capture_output=True, text=True)

    same = run(a, a)
    assert same.returncode == 0 and "type + dyad F1: 1.000" in same.stdout
    differ = run(a, b)
    assert "type micro F1: 1.000" in differ.stdout and "type + dyad F1: 0.000" in differ.stdout
    other[1]["text"] = "Snow fell in Oslo."
    c = write_lines(tmp_path / "c.jsonl", other)
    refused = run(a, c)
    assert refused.returncode != 0 and "line 2" in refused.stderr
