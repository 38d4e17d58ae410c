"""The people dictionary resolves office holders by date, and tools/people_coverage.py finds
the days on which a big office (or, with --wide, a wider one: interior and finance ministers,
chiefs of the armed forces, intelligence chiefs, speakers, national security advisers) has no
holder."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import load_tool

from diplograph.actors import resolve_phrase

def coverage_tool():
    return load_tool("people_coverage")


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
    # the wider offices: interior and finance ministers, armed-forces and intelligence chiefs,
    # speakers, national security advisers
    # in office: the country and the sector of the office; out of office: the country alone
    ("Amit Shah", "2020-01-01", "INDGOV"),
    ("Amit Shah", "2015-01-01", "IND"),
    ("Carsten Breuer", "2024-01-01", "DEUMIL"),
    ("Carsten Breuer", "2020-01-01", "DEU"),
    ("Bruno Kahl", "2020-01-01", "DEUSPY"),
    ("Bruno Kahl", "2025-10-01", "DEU"),
    ("Martin Jaeger", "2025-10-01", "DEUSPY"),
    ("Lindsay Hoyle", "2022-01-01", "GBRLEG"),
    ("Faiz Hameed", "2020-01-01", "PAKSPY"),
    ("Faiz Hameed", "2023-01-01", "PAK"),
    ("Tulsi Gabbard", "2025-06-01", "USASPY"),
    ("Tulsi Gabbard", "2020-01-01", "USA"),
    ("Ronen Bar", "2023-01-01", "ISRSPY"),
    ("Ronen Bar", "2025-08-01", "ISR"),
    ("Zhao Leji", "2024-01-01", "CHNLEG"),
    ("Esmaeil Khatib", "2023-01-01", "IRNGOVSPY"),
    ("Esmaeil Khatib", "2026-04-01", "IRN"),
    ("Metin Gürak", "2024-01-01", "TURMIL"),
    ("Metin Gurak", "2025-09-15", "TUR"),
    ("Selçuk Bayraktaroğlu", "2025-09-15", "TURMIL"),
    ("Hadi Tjahjanto", "2019-01-01", "IDNMIL"),
    ("Haibat al-Halbousi", "2026-02-01", "IRQLEG"),
    ("Olga Sánchez Cordero", "2020-01-01", "MEXGOV"),
    # one person, several offices: the one held on the day
    ("Sri Mulyani", "2020-01-01", "IDNGOV"),
    ("Sri Mulyani", "2012-01-01", "IDN"),
    ("Tito Mboweni", "2005-01-01", "ZAFGOVBUS"),
    ("Tito Mboweni", "2020-01-01", "ZAFGOV"),
    ("Christopher Musa", "2024-01-01", "NGAMIL"),
    ("Christopher Musa", "2026-01-01", "NGAGOVMIL"),
    ("Mikhail Fradkov", "2005-01-01", "RUSGOV"),
    ("Mikhail Fradkov", "2012-01-01", "RUSSPY"),
    ("Mikhail Fradkov", "2018-01-01", "RUS"),
    ("Asim Munir", "2019-01-01", "PAKSPY"),
    ("Asim Munir", "2023-01-01", "PAKMIL"),
    ("Wolfgang Schaeuble", "2012-01-01", "DEUGOV"),
    ("Wolfgang Schäuble", "2019-01-01", "DEULEG"),
    ("Hulusi Akar", "2016-01-01", "TURMIL"),
    ("Hulusi Akar", "2019-01-01", "TURGOVMIL"),
    ("Nirmala Sitharaman", "2018-01-01", "INDGOVMIL"),
    ("Nirmala Sitharaman", "2021-01-01", "INDGOV"),
    ("Rustem Umerov", "2024-01-01", "UKRGOVMIL"),
    ("Rustem Umerov", "2025-09-01", "UKRGOV"),
    ("Benny Gantz", "2020-04-15", "ISRLEG"),
    ("Vahidi", "2011-01-01", "IRNGOVMIL"),
    ("Ahmad Vahidi", "2022-01-01", "IRNGOV"),
    # heads of state and government changed in 2026
    ("Rob Jetten", "2026-06-01", "NLDGOV"),
    ("Dick Schoof", "2026-06-01", "NLD"),
    ("Dick Schoof", "2025-06-01", "NLDGOV"),
    ("António José Seguro", "2026-06-01", "PRTGOV"),
    ("Marcelo Rebelo de Sousa", "2026-06-01", "PRT"),
    # Iran after the strikes of 28 February 2026
    ("Ahmad Vahidi", "2026-04-01", "IRNMIL"),
    ("Majid Ebnelreza", "2026-03-10", "IRNGOVMIL"),
    ("Ali Larijani", "2026-01-01", "IRNGOV"),
    ("Ali Larijani", "2026-04-01", "IRN"),
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


@pytest.mark.parametrize("phrase, day, entity", [
    # a surname after the title of the office held on the day names the holder
    ("Finance Minister Aurangzeb", "2025-01-01", "Muhammad Aurangzeb"),
    ("Finance Minister Sitharaman", "2021-01-01", "Nirmala Sitharaman"),
    ("Interior Minister Piantedosi", "2023-06-01", "Matteo Piantedosi"),
])
def test_a_title_and_surname_name_the_holder(phrase, day, entity):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert actor is not None and actor.entity == entity and actor.sector == "GOV"


def test_the_wide_check_has_six_offices_and_thirty_states():
    tool = coverage_tool()
    assert len(tool.WIDE_COUNTRIES) == len(set(tool.WIDE_COUNTRIES)) == 30
    assert set(tool.NSA_COUNTRIES) <= set(tool.WIDE_COUNTRIES)
    assert set(tool.WIDE_OFFICES) == {"interior minister", "finance minister", "armed forces chief",
                                      "intelligence chief", "speaker", "national security adviser"}
    # the four big offices are not counted as wide ones
    wide_roles = set().union(*tool.WIDE_OFFICES.values())
    assert not wide_roles & set().union(*tool.OFFICES.values())


def test_office_gaps_reads_the_offices_it_is_given(tmp_path):
    tool = coverage_tool()
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases,country,sector,code,role,valid_from,valid_to\n"
        "A,,DEU,MIL,,Chief of Defence,2010-01-01,2010-06-30\n"
        "B,,DEU,MIL,,Chief of Defence,2010-08-01,\n"
        "C,,DEU,GOV,,Chancellor,2010-01-01,\n", encoding="utf-8")
    start, end = date(2010, 1, 1), date(2010, 12, 31)
    wide = tool.office_gaps(start, end, ["DEU"], people, offices=tool.WIDE_OFFICES, not_held=tool.WIDE_NOT_HELD)
    assert wide[("DEU", "armed forces chief")] == [(date(2010, 7, 1), date(2010, 7, 31))]
    assert wide[("DEU", "speaker")] == [(start, end)]
    assert wide[("DEU", "national security adviser")] == []  # no such office in Germany
    big = tool.office_gaps(start, end, ["DEU"], people)
    assert big[("DEU", "head of government")] == []
    assert ("DEU", "armed forces chief") not in big


@pytest.mark.parametrize("country, office", [
    (c, "interior minister") for c in ("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "TUR", "IND", "PAK", "UKR", "ITA",
                                       "MEX")
] + [
    (c, "finance minister") for c in ("USA", "GBR", "FRA", "DEU", "RUS", "TUR", "ISR", "IND", "UKR", "ITA", "CAN",
                                      "AUS", "ZAF", "IDN")
] + [
    (c, "armed forces chief") for c in ("USA", "GBR", "FRA", "DEU", "RUS", "TUR", "ISR", "PAK", "UKR", "IDN", "NGA")
] + [
    (c, "intelligence chief") for c in ("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "TUR", "ISR", "PAK", "SAU")
] + [
    (c, "speaker") for c in ("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "IRN", "TUR", "ISR", "IND", "PAK", "UKR",
                             "ZAF")
] + [
    (c, "national security adviser") for c in ("USA", "RUS", "IND", "IRN")
])
def test_wide_offices_of_the_most_covered_states_have_holders_since_2015(country, office):
    """No wide office of these states goes without a holder for more than a year from 2015
    (acting holders and vacancies between two listed holders stay shorter)."""
    tool = coverage_tool()
    found = tool.office_gaps(date(2015, 1, 1), date(2026, 11, 25), [country],
                             offices=tool.WIDE_OFFICES, not_held=tool.WIDE_NOT_HELD)
    assert all((e - s).days < 366 for s, e in found[(country, office)]), found[(country, office)]


def test_the_wide_report_prints_its_summary(capsys):
    tool = coverage_tool()
    assert tool.main(["--wide", "--summary", "--country", "DEU"]) == 0
    out = capsys.readouterr().out
    assert "1 countries x 6 offices, 2010-01-01 .." in out
    assert "national security adviser: 0 countries with gaps" in out
