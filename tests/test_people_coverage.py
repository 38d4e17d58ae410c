"""The people dictionary resolves office holders by date, and tools/people_coverage.py finds
the days on which a big office has no holder."""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from diplograph.actors import resolve_phrase

TOOL = Path(__file__).resolve().parent.parent / "tools" / "people_coverage.py"


def coverage_tool():
    spec = importlib.util.spec_from_file_location("people_coverage", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("phrase, day, code", [
    # in office: the country and the sector of the office; out of office: the country alone
    ("Keizo Obuchi", "1999-06-01", "JPNGOV"),
    ("Keizo Obuchi", "2001-01-01", "JPN"),
    ("Lee Teng-hui", "1999-01-01", "TWNGOV"),
    ("Lee Teng-hui", "2005-01-01", "TWN"),
    ("Raila Odinga", "2010-01-01", "KENGOV"),
    ("Raila Odinga", "2020-01-01", "KEN"),
    # one person, several offices: the one held on the day
    ("Mark Carney", "2010-01-01", "CANGOVBUS"),
    ("Mark Carney", "2016-01-01", "GBRGOVBUS"),
    ("Mark Carney", "2025-06-01", "CANGOV"),
    ("Nikos Dendias", "2020-01-01", "GRCGOV"),
    ("Dendias", "2024-01-01", "GRCGOVMIL"),
    # central bank heads, heads of international organisations, leaders of armed groups
    ("Haruhiko Kuroda", "2020-01-01", "JPNGOVBUS"),
    ("Margaret Chan", "2010-01-01", "IGOUNOHLHWHOGOV"),
    ("Pascal Lamy", "2010-01-01", "IGOBUSWTOGOV"),
    ("Abu Bakr al-Baghdadi", "2015-01-01", "IRQREB"),
    ("Yevgeny Prigozhin", "2022-06-01", "RUSMIL"),
    ("Prigozhin", "2024-01-01", "RUS"),
])
def test_a_name_resolves_by_the_date(phrase, day, code):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert actor is not None and actor.code == code


def test_gaps_are_the_uncovered_days():
    tool = coverage_tool()
    start, end = date(2000, 1, 1), date(2000, 12, 31)
    spans = [(date(1999, 5, 1), date(2000, 3, 1)), (date(2000, 3, 1), date(2000, 6, 30)),
             (date(2000, 8, 1), date.max)]
    assert tool.gaps(spans, start, end) == [(date(2000, 7, 1), date(2000, 7, 31))]
    assert tool.gaps([], start, end) == [(start, end)]
    assert tool.gaps([(date.min, date.max)], start, end) == []


def test_the_tool_checks_sixty_states_and_four_offices():
    tool = coverage_tool()
    assert len(tool.COUNTRIES) == len(set(tool.COUNTRIES)) == 60
    assert set(tool.OFFICES) == {"head of state", "head of government", "foreign minister", "defence minister"}


@pytest.mark.parametrize("country", ["USA", "RUS", "GBR", "FRA", "DEU", "JPN", "ITA", "CAN", "IND", "AUS",
                                     "KOR", "TUR", "SAU", "ESP", "POL", "ISR", "IRN", "EGY", "TWN", "GRC"])
def test_big_offices_of_the_most_covered_states_have_holders_since_2000(country):
    """No office of these states goes without a holder for more than a year (vacancies and
    acting holders who are not listed stay shorter)."""
    tool = coverage_tool()
    found = tool.office_gaps(date(2000, 1, 1), date(2026, 11, 25), [country])
    long = {office: spans for (_, office), spans in found.items() if any((e - s).days >= 366 for s, e in spans)}
    assert not long, long
