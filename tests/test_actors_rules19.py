"""Code rules of round 19b, from the round 19 probe's NEEDS_CODE list: "Arab" as the region before
a word of government, "Indians" after a state's adjective, a state's adjective before another
state's seat word, and a seat's police or armed word. Phrases and sentences written for these tests."""
from datetime import date

import pytest

from conftest import mention_codes
from diplograph.actors import resolve_phrase


def code(phrase: str, day: str = "1995-06-01") -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor else None


@pytest.mark.parametrize("phrase, want", [
    # 1. "Arab" before a word of government: the Arab states' governments (MEA)
    ("Arab governments", "MEAGOV"),
    ("Arab diplomats", "MEAGOV"),
    ("Arab heads of state", "MEAGOV"),
    ("moderate Arab leaders", "MEAGOV"),
    # 2. "Indians" after a state's adjective are that state's people
    ("Guatemalan Indians", "GTMCVL"),
    ("Brazilian Indians", "BRACVL"),
    # 3. a state's adjective before another state's seat word
    ("Cuban Politburo", "CUBGOV"),
    ("Ukrainian Supreme Soviet", "UKRLEG"),
    # 4. a seat's police or armed word takes that role
    ("Palestinian Authority security forces", "PSECOP"),
    ("Kremlin troops", "RUSMIL"),
])
def test_rule_fires(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase, want", [
    ("Israeli Arab leaders", "ISRGOV"),      # after a state's adjective: that state's
    ("Gulf Arab leaders", "PGSGOV"),         # inside a region's own adjective
    ("Arab villagers", "CVL"),               # not before civilian words
    ("Arab militants", "UAF"),
    ("Arab League", "IGOMEAARL"),            # names keep their reading
    ("Arab League foreign ministers", "IGOMEAARLGOV"),
    ("Arab Spring", None),
    ("Indian troops", "INDMIL"),             # India's own
    ("Indian villagers", "INDCVL"),
    ("Politburo", "CHNGOV"),                 # a seat word alone, or after its own state
    ("Chinese Politburo", "CHNGOV"),
    ("Palestinian Authority officials", "PSEGOV"),  # a seat's officials stay the seat's
    ("Kremlin officials", "RUSGOV"),
])
def test_rule_leaves_other_readings(phrase, want):
    assert code(phrase) == want


mentions = mention_codes


@pytest.mark.model
@pytest.mark.parametrize("text, year, span, want", [
    ("Arab foreign ministers condemned the settlement plan on Monday.", 1996, "Arab foreign ministers", "MEAGOV"),
    ("Arab leaders gathered in Cairo to discuss the peace process.", 1995, "Arab leaders", "MEAGOV"),
    ("Israeli Arab leaders called a general strike.", 1995, "Israeli Arab leaders", "ISRGOV"),
    ("Ecuadorean Indians blocked highways to protest the land law.", 1994, "Ecuadorean Indians", "ECUCVL"),
    ("Indian troops crossed the line of control.", 1995, "Indian troops", "INDMIL"),
    ("The Vietnamese Politburo approved the reform plan.", 1995, "Vietnamese Politburo", "VNMGOV"),
    ("Palestinian Authority police arrested dozens of Hamas activists.", 1996, "Palestinian Authority police", "PSECOP"),
])
def test_rules_in_sentences(text, year, span, want):
    got = mentions(text, year)
    assert got.get(span) == want, got


@pytest.mark.model
def test_arab_villagers_are_no_region():
    got = mentions("Arab villagers fled the fighting near the border.", 1995)
    assert not [c for c in got.values() if c.startswith("MEA")], got
