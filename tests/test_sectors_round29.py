"""Actor sectors of round 29, on phrases and sentences written for these tests (no gold text), each
mechanism with cases it must leave alone: a state's bodies named after it by their head word
("Pakistan's accountability bureau" GOV); companies named by an industry's noun and a company word
("a Danish dairy group" BUS); people who fled their homes (REF); "dissident" before a trade; a few
words of classes the dictionary lacked (suicide bombers, crop pickers, mediators, reigning
families); and the reading of one-event lines' CAMEO sectors by the PLOVER-GSR slot scorer."""

import json

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has
from conftest import phrase_code as code


# --- a state's bodies named by their head word -----------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Ghana's audit service", "GHAGOV"),
    ("the Kenyan revenue bureau", "KENGOV"),
    ("Egypt's antiquities inspectorate", "EGYGOV"),
    ("Chile's Mining Safety Directorate", "CHLGOV"),
    ("Morocco's tourism board", "MARGOV"),  # "board" alone is a company's; a state's is the state's
    ("the Nepalese interim committee", "NPLGOV"),
    ("Uganda's Coffee Development Board", "UGAGOV"),
])
def test_a_body_named_after_its_state_is_the_government(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,wrong", [
    ("Ghana's agency fees", "GHAGOV"),  # the head word modifies another noun
    ("the Nairobi office of Oxfam", "KENGOV"),  # another's office in the place
    ("the Syrian National Council", "SYRGOV"),  # a capitalised council names parties and fronts as often
    ("Kenya's service sector", "KENGOV"),
    ("the company's board", "GOV"),
])
def test_a_body_word_that_is_no_state_body_is_left_alone(phrase, wrong):
    assert code(phrase) != wrong


def test_a_state_body_in_a_sentence():
    codes = coded("Ghana's audit service accused three ministries of hiding their spending on Monday.", 2001)
    assert has(codes, "audit service", "GHAGOV")


# --- companies named by an industry and a company word ------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("a Dutch dairy group", "NLDBUS"),
    ("Kenya's largest hotel chain", "KENBUS"),
    ("a Brazilian cement maker", "BRABUS"),
    ("an Indonesian plantation group", "IDNBUS"),
    ("a Chilean copper giant", "CHLBUS"),
    ("an Italian building consortium", "ITABUS"),
    ("BP's Angolan subsidiary", "AGOBUS"),
])
def test_a_company_named_by_its_industry_is_business(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase", [
    "a Dutch pressure group",  # no industry before the company word
    "Britain's food chain",  # the chain of what is eaten
    "the Kenyan ethnic group",
    "Colombian self-defence groups",  # militias, not a defence industry
    "a Mexican drug group",  # a cartel
])
def test_a_group_or_chain_of_no_industry_is_no_company(phrase):
    assert not (code(phrase) or "").endswith("BUS")


# --- people who fled their homes ---------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Eritreans fleeing conscription", "ERIREF"),
    ("Haitians displaced by the floods", "HTIREF"),
    ("villagers fleeing the shelling", "REF"),
    ("farmers who fled the drought", "REF"),
    ("Chadian villagers fleeing the army", "TCDREF"),
])
def test_people_who_fled_are_refugees(phrase, want):
    assert (code(phrase, "1995-06-01") or "").startswith(want)


@pytest.mark.parametrize("phrase,wrong", [
    ("thousands of Eritreans", "ERIREF"),
    ("Haitians living in Miami", "HTIREF"),
    ("villagers near the front", "REF"),
])
def test_people_at_home_are_no_refugees(phrase, wrong):
    assert code(phrase, "1995-06-01") != wrong


def test_fleeing_people_in_a_sentence():
    codes = coded("Guinea closed its border to Liberians fleeing the fighting on Tuesday.", 1996)
    assert has(codes, "Liberians", "LBRREF")


# --- "dissident" before a trade ---------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("a Vietnamese dissident economist", "VNMOPP"),
    ("Syrian dissident professor", "SYROPP"),
])
def test_a_dissident_by_trade_is_the_opposition(phrase, want):
    assert code(phrase) == want


def test_a_trade_alone_keeps_its_sector():
    assert code("a Vietnamese economist") == "VNMEDU"


# --- words of classes the dictionary lacked ------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("an Afghan suicide bomber", "AFGUAF"),
    ("Indian cotton pickers", "INDLAB"),
    ("Chilean stevedores", "CHLLAB"),
    ("Egyptian mediators", "EGYGOV"),
    ("Monaco's princely family", "MCOGOV"),
])
def test_class_words(phrase, want):
    assert code(phrase) == want


def test_bombers_alone_stay_aircraft_and_church_mediators_clergy():
    assert code("Russian long-range bombers") == "RUSMIL"
    assert code("church mediators") == "REL"


# --- one-event lines: their CAMEO sectors under PLOVER's names ------------------------------
def test_a_lines_media_sector_is_media_in_the_slot_score(tmp_path):
    from diplograph.evaluation.actors import run_plover_slots
    from diplograph.evaluation.plover_gsr import read_records

    line = {"text": "Police in Lusaka arrested two Zambian journalists on Monday.", "type": "COERCE",
            "trigger": "arrested", "source": "ZMB", "source_text": "Police", "source_code": "ZMBCOP",
            "target": "ZMB", "target_text": "two Zambian journalists", "target_code": "ZMBMED",
            "date": "1999-05-03"}
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (rec,) = read_records(path)
    assert rec["target"][0]["sector"] == "JRN"  # CAMEO's media MED is PLOVER's JRN
    misses = run_plover_slots(path).misses
    assert not [m for m in misses if "journalists" in m], misses


# --- labour of a company the words place in a state --------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("workers at Ghana's state cocoa company", "GHALAB"),
    ("miners of Chile's state copper company", "CHLLAB"),
])
def test_workers_of_a_states_company_are_its_labour(phrase, want):
    assert code(phrase) == want


def test_no_company_or_no_labour_is_left_alone():
    assert code("workers at the port") == "LAB"  # no company, no state: the agent alone
    assert code("managers of Ghana's state cocoa company") != "GHALAB"  # a company's managers are no labour


def test_workers_of_a_company_in_a_sentence():
    codes = coded("Workers at Ghana's state cocoa company went on strike on Monday over unpaid wages.", 2001)
    assert has(codes, "Workers", "GHALAB")


# --- "ruling" before the armed forces: a junta ---------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Niger's ruling military council", "NERGOV"),
    ("Guinea's ruling soldiers", "GINGOV"),
])
def test_the_ruling_military_is_the_government(phrase, want):
    assert code(phrase) == want


def test_soldiers_who_do_not_rule_stay_the_military():
    assert code("Guinean soldiers") == "GINMIL"
