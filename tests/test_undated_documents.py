"""A document with no publication date is read on the day its office holders point to, not on a
year it happens to recall; and with no year at all, a named person keeps the latest office held.
The texts are written for these tests."""
from datetime import date
from types import SimpleNamespace

import pytest

from diplograph.actors.resolve import office_holders_day
from diplograph.pipeline import process
from diplograph.types import Document, content_id


def codes(text: str, published: date | None = None) -> dict[str, str]:
    (doc,) = process([Document(id=content_id(text), text=text, published=published)])
    return {m.text: m.actor.code for m in doc.mentions}


@pytest.mark.model
def test_the_office_holders_date_a_story_that_recalls_another_year():
    text = ("Tony Blair said he still remembers the campaign of 1983. Michael Howard accused Tony Blair of "
            "misleading voters, and Charles Kennedy criticised Mr Howard.")
    found = codes(text)
    assert found["Tony Blair"] == "GBRGOV"
    assert found["Michael Howard"] == "GBROPP"
    assert found["Charles Kennedy"] == "GBROPP"


@pytest.mark.model
def test_a_dated_story_keeps_its_date():
    text = "Tony Blair met Gordon Brown and Michael Howard."
    found = codes(text, published=date(2015, 6, 1))
    assert found["Tony Blair"] == "GBR"  # out of office in 2015
    assert codes(text, published=date(2004, 6, 1))["Tony Blair"] == "GBRGOV"


@pytest.mark.model
def test_with_no_date_and_no_year_a_person_keeps_the_latest_office():
    assert codes("Angela Merkel said the talks had been useful.")["Angela Merkel"] == "DEUGOV"


def term(start: str, end: str | None, country="GBR", sector="GOV"):
    return SimpleNamespace(country=country, sector=sector, valid_from=date.fromisoformat(start),
                           valid_to=date.fromisoformat(end) if end else None)


def test_the_day_is_inside_the_time_most_of_them_served_together():
    people = [[term("1997-05-02", "2007-06-27")], [term("2003-11-06", "2005-12-06", sector="OPP")],
              [term("1999-08-09", "2006-01-07", sector="OPP")]]
    day = office_holders_day(people, date(1983, 7, 1), today=date(2026, 1, 1))
    assert date(2003, 11, 6) <= day <= date(2005, 12, 6)


def test_no_vote_from_one_holder_or_when_the_guess_already_fits():
    one = [[term("1997-05-02", "2007-06-27")]]
    assert office_holders_day(one, date(1983, 7, 1), today=date(2026, 1, 1)) is None
    two = [[term("1997-05-02", "2007-06-27")], [term("2003-11-06", "2005-12-06", sector="OPP")]]
    assert office_holders_day(two, date(2004, 7, 1), today=date(2026, 1, 1)) is None
    apart = [[term("1979-05-04", "1990-11-28")], [term("2010-05-11", "2016-07-13")]]
    assert office_holders_day(apart, None, today=date(2026, 1, 1)) is None


def test_a_handover_day_is_no_time_together():
    obama, trump = [term("2009-01-20", "2017-01-20", "USA")], [term("2017-01-20", "2021-01-20", "USA")]
    assert office_holders_day([obama, trump], None, today=date(2026, 1, 1)) is None
    brown = [term("2007-06-27", "2010-05-11")]
    cameron = [term("2005-12-06", "2010-05-11", sector="OPP"), term("2010-05-11", "2016-07-13")]
    day = office_holders_day([brown, cameron], None, today=date(2026, 1, 1))
    assert date(2007, 6, 27) <= day < date(2010, 5, 11)


def test_two_times_years_apart_do_not_date_the_story():
    # one was in opposition while the other governed, and later the other way round
    blair = [term("1994-07-21", "1997-05-02", sector="OPP"), term("1997-05-02", "2007-06-27")]
    howard = [term("1993-05-27", "1997-05-02"), term("2003-11-06", "2005-12-06", sector="OPP")]
    assert office_holders_day([blair, howard], date(1983, 7, 1), today=date(2026, 1, 1)) is None


@pytest.mark.model
def test_two_rivals_named_with_no_year_keep_their_latest_offices():
    found = codes("Tony Blair criticised Michael Howard.")
    assert (found["Tony Blair"], found["Michael Howard"]) == ("GBRGOV", "GBROPP")


def test_different_pairs_in_office_at_different_times_do_not_date_the_story():
    merkel = [term("2005-11-22", "2021-12-08", "DEU")]
    schroeder = [term("1998-10-27", "2005-11-22", "DEU")]
    blair = [term("1997-05-02", "2007-06-27")]
    assert office_holders_day([merkel, schroeder, blair], None, today=date(2026, 1, 1)) is None
