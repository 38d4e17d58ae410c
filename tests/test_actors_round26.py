"""Actor mechanisms of round 26, on phrases and sentences written for these tests (no gold
text), each with a case it must leave alone: a name with its article gives way to a longer name
after the article also when it is a region or an organisation ("the West Side Boys militia" is
no "the West"); "<title> of <state>'s <place>" is the state's official ("the governor of
Nigeria's Kano state"); state media named by any state-control word ("state-owned broadcaster",
"official radio"); a state's possessive before another state's seat word ("Uzbekistan's KGB");
parliaments by their own names, central banks named "Bank of" their state, dated people of the
1990s; and the floor of the round's probe set (tests/fixtures/probe_actors26.jsonl: 474 phrases
of 1990s-2000s wire news, each with the code a reader gives it)."""
import json
from datetime import date
from pathlib import Path

import pytest

from conftest import mention_codes
from diplograph.actors import resolve_phrase

PROBE = Path(__file__).parent / "fixtures" / "probe_actors26.jsonl"


def code(phrase: str, day: str = "2000-06-01") -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor else None


# --- an article's name gives way to a longer name after the article --------------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("the West Side Boys militia", "2000-08-01", "SLEUAF"),    # not "the West"
    ("the West Nile Bank Front rebels", "1997-03-01", "UGAREB"),
    ("the UN Development Programme office", "2000-01-01", "IGOUNODEV"),  # not "the UN"
])
def test_region_or_body_with_its_article_gives_way_to_a_longer_name(phrase, day, want):
    assert code(phrase, day) == want


@pytest.mark.parametrize("phrase,want", [
    ("the West", "WST"),
    ("the UN", "IGOUNO"),
    ("the West Bank", "PSE"),
])
def test_article_names_alone_keep_their_code(phrase, want):
    assert code(phrase) == want


# --- "<title> of <state>'s <place>": the state's official -----------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the deputy governor of Nigeria's Kano state", "NGAGOV"),
    ("the mayor of Pakistan's Karachi", "PAKGOV"),
    ("the mayor of Kenya's capital", "KENGOV"),
])
def test_title_of_a_states_place_is_the_states_official(phrase, want):
    assert code(phrase) == want


def test_title_of_a_states_place_in_a_sentence():
    got = mention_codes("The governor of Nigeria's Kano state on Friday banned the rally.", 2000)
    assert got.get("governor of Nigeria's Kano state") == "NGAGOV"


@pytest.mark.parametrize("phrase,want", [
    ("the leader of Sudan's Darfur rebels", "SDNREB"),  # the possessed noun is what is led
    ("the president of Kenya's law society", "KEN"),    # a body, not a place: no GOV
])
def test_title_of_a_states_thing_is_left_alone(phrase, want):
    assert code(phrase, "2005-01-01") == want


# --- state media by any state-control word --------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Uganda's state-owned newspaper", "UGAGOVMED"),
    ("Tanzanian government-run radio", "TZAGOVMED"),
    ("Malawi's state-controlled broadcaster", "MWIGOVMED"),
    ("Iran's official media", "IRNGOVMED"),
])
def test_state_control_words_make_state_media(phrase, want):
    assert code(phrase) == want


def test_private_media_and_official_channels_are_no_state_media():
    assert code("Kenyan radio") == "KENMED"
    got = mention_codes("The offer reached Syria through official channels, a Jordanian official said.", 2000)
    assert "GOVMED" not in "".join(got.values())


# --- a state's possessive before another state's seat word ----------------------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("Uzbekistan's KGB", "1991-06-01", "UZBSPY"),
    ("Lithuania's Supreme Soviet", "1991-01-01", "LTULEG"),
    ("the Latvian KGB", "1990-06-01", "LVASPY"),
])
def test_possessive_state_owns_a_seat_of_its_own(phrase, day, want):
    assert code(phrase, day) == want


def test_possessive_seat_in_a_sentence():
    got = mention_codes("Belarus's KGB detained three students in Grodno on Monday.", 2001)
    assert got.get("Belarus's KGB") == "BLRSPY"


def test_possessive_before_a_seat_that_modifies_is_left_alone():
    # "Israel's White House talks": the talks are Israel's, the White House is Washington's
    assert code("Israel's White House talks") != "ISRGOV"
    assert code("Russia's FSB") == "RUSSPY"


# --- dictionary rows of the round ------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Jogorku Kenesh", "KGZLEG"),
    ("the Croatian Sabor", "HRVLEG"),
    ("the Sobranie", "MKDLEG"),
    ("the Great Hural", "MNGLEG"),
    ("the Seanad", "IRLLEG"),
    ("the Milli Majlis", "AZELEG"),   # not Iran's Majlis
    ("the Oliy Majlis", "UZBLEG"),
    ("the Majlis", "IRNLEG"),
    ("the Jatiya Sangsad", "BGDLEG"),
])
def test_parliaments_by_their_own_names(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("the Bank of Zambia", "ZMBGOVBUS"),
    ("the Bank of Ghana", "GHAGOVBUS"),
    ("the Bank of Ireland", "IRLBUS"),  # a commercial bank
    ("Kenya's inspector-general of police", "KENCOP"),
    ("the Nigerian inspector general", "NGAGOV"),
    ("Ghana's central bank governor", "GHAGOVBUS"),
])
def test_central_banks_and_police_chiefs(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,day,want", [
    ("Mate Granic", "1997-01-01", "HRVGOV"),
    ("Mate Granic", "2005-01-01", "HRV"),        # out of office
    ("Hashim Thaci", "1998-06-01", "SRBREB"),     # the KLA's political leader
    ("Hashim Thaci", "2010-01-01", "XKXGOV"),
    ("Maaouya Ould Taya", "1990-01-01", "MRTGOV"),  # not Mauritius
    ("Sam Rainsy", "2004-01-01", "KHMOPP"),
    ("Khalil Ibrahim", "2009-01-01", "SDNREB"),
])
def test_people_of_the_1990s_on_their_dates(phrase, day, want):
    assert code(phrase, day) == want


@pytest.mark.parametrize("phrase,want", [
    ("the Tanzania People's Defense Force", "TZAMIL"),
    ("Ogoni villagers", "NGACVL"),
    ("Naga insurgents", "INDREB"),
    ("the National Congress Party", "SDNPTY"),
    ("Kanak separatists", "NCLSEP"),
    ("Zambia's Movement for Multiparty Democracy", "ZMBPTY"),
    ("the ruling Chama Cha Mapinduzi", "TZAPTY"),
])
def test_groups_and_peoples_of_the_round(phrase, want):
    assert code(phrase) == want


def test_a_movement_that_took_power_is_dated():
    assert code("the National Resistance Movement", "1984-06-01") == "UGAREB"
    assert code("the National Resistance Movement", "1996-06-01") == "UGAPTY"


# --- the probe set's floor ---------------------------------------------------------------------
def test_probe_set_floor():
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200
    country = full = 0
    for row in rows:
        actor = resolve_phrase(row["phrase"], day=date.fromisoformat(row["date"]))
        got = actor.code if actor else ""
        if row["country"] in ("IGO", "NGO", "IMG"):
            country += got[:3] == row["country"]
        else:
            country += actor is not None and actor.country == row["country"]
        full += got == row["code"]
    # reached in round 26: country 473/474, full code 469/474 (from 409 and 383 before it)
    assert country / len(rows) >= 0.99
    assert full / len(rows) >= 0.985
