"""Undated documents: office holders are read as of the year the text writes most."""
from __future__ import annotations

from datetime import date

from diplograph.actors.resolve import reference_day
from diplograph.pipeline import extract_text

TODAY = date(2026, 11, 25)


def codes(text: str, published=None) -> dict[str, str]:
    doc = extract_text(text, published=published)
    return {m.text: m.actor.code for m in doc.mentions}


def test_reference_day_is_the_year_written_most():
    text = "The 2003 budget was late. In 2003 the deficit grew, and by 1997 standards it was large."
    assert reference_day(text, today=TODAY) == date(2003, 7, 1)


def test_target_years_and_amounts_do_not_count():
    text = ("Ministers promised cuts by 2010 and savings until 2012. The plan, costing $2005m, "
            "was set out in 2004.")
    assert reference_day(text, today=TODAY) == date(2004, 7, 1)
    assert reference_day("Some 2,000 troops and 1999 people came.", today=TODAY) is None


def test_no_year_means_no_day_and_future_years_are_ignored():
    assert reference_day("The minister spoke on Tuesday.", today=TODAY) is None
    assert reference_day("The colony will be independent in 2031.", today=TODAY) is None
    # this year, read no later than today
    assert reference_day("Elections came in 2026.", today=date(2026, 3, 1)) == date(2026, 3, 1)


def test_undated_story_codes_the_office_holders_of_its_year():
    text = ("Tony Blair defended his record on schools ahead of the 2005 general election. "
            "Blair told voters in 2005 that the economy was strong.")
    got = codes(text)
    assert got["Tony Blair"] == "GBRGOV"
    # the same name in a story written with no year keeps the latest office held, as a lookup
    # with no date does (it used to be the bare country: out of office today)
    assert codes("Tony Blair defended his record on schools.")["Tony Blair"] == "GBRGOV"


def test_a_published_date_wins_over_the_years_written():
    text = "Tony Blair recalled the 2005 general election, which he won."
    assert codes(text, published=date(2015, 6, 1))["Tony Blair"] == "GBR"
    assert codes(text)["Tony Blair"] == "GBRGOV"
