"""Round 14 of the people dictionary: the political people that the PERSON mentions of our
news corpora (Reuters 1987, BBC politics 2004-05, Wikinews 2019-20) named most often without
resolving them. Most are the surname alone of someone the dictionary knew ("Regan", "Aquino",
"Oaten"); the others are new terms of office (Bentsen in the Senate, Puerto Rico's governors,
British MPs)."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.actors import resolve_phrase


def code_on(phrase: str, day: str) -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor is not None else None


@pytest.mark.parametrize("phrase, day, code", [
    # the surname alone, in office
    ("Regan", "1986-06-01", "USAGOV"),
    ("Aquino", "1987-03-01", "PHLGOV"),
    ("Aquino", "2012-01-01", "PHLGOV"),
    # Andreas Papandreou is a person of people_phoenix.csv: the surname before George's terms is the country
    ("Papandreou", "1987-03-01", "GRC"),
    ("Papandreou", "2010-06-01", "GRCGOV"),
    ("Neil Kinnock", "1987-03-01", "GBROPP"),
    ("Neil Kinnock", "2002-01-01", "IGOEUREECGOV"),
    # new terms of office
    ("Bentsen", "1987-03-01", "USALEG"),
    ("Lloyd Bentsen", "1994-01-01", "USAGOV"),
    ("Seamus Mallon", "2000-01-01", "GBRGOV"),
    ("George Galloway", "2005-03-01", "GBRLEG"),
    ("George Galloway", "2013-01-01", "GBRLEG"),
    ("Oaten", "2005-03-01", "GBRLEG"),
    ("McLetchie", "2005-03-01", "GBRLEG"),
    ("Frank Field", "2005-03-01", "GBRLEG"),
    ("Kamala Harris", "2019-06-01", "USALEG"),
    ("Rosselló", "2018-01-01", "PRIGOV"),
    ("Ricardo Rossello", "2018-01-01", "PRIGOV"),
    ("Pierluisi", "2022-01-01", "PRIGOV"),
    ("Wanda Vázquez", "2020-01-01", "PRIGOV"),
    ("Jenniffer González-Colón", "2025-06-01", "PRIGOV"),
])
def test_a_person_has_the_code_of_the_office_held_on_the_day(phrase, day, code):
    assert code_on(phrase, day) == code, (phrase, day)


@pytest.mark.parametrize("phrase, day, country", [
    # out of office, before or after: the country alone, not the office
    ("Bentsen", "1996-01-01", "USA"),
    ("Regan", "1988-01-01", "USA"),
    ("Neil Kinnock", "2006-01-01", "GBR"),
    ("Seamus Mallon", "2005-01-01", "GBR"),
    ("George Galloway", "2011-01-01", "GBR"),
    ("Rosselló", "2020-01-01", "PRI"),
    ("Pierluisi", "2020-01-01", "PRI"),
])
def test_out_of_office_a_person_has_the_country_alone(phrase, day, country):
    assert code_on(phrase, day) == country, (phrase, day)


def test_the_gap_between_two_terms_has_no_office():
    # Pierluisi's first term ended on 7 August 2019, Wanda Vázquez governed until January 2021
    assert code_on("Pierluisi", "2019-08-05") == "PRIGOV"
    assert code_on("Pierluisi", "2019-09-01") == "PRI"
    assert code_on("Wanda Vázquez", "2019-08-05") == "PRI"


@pytest.mark.parametrize("phrase", ["Kinnock", "Sanders"])
def test_a_surname_shared_in_the_news_is_no_alias(phrase):
    # Glenys and Stephen Kinnock, Sarah Sanders: the surname alone names no one of these rows
    assert code_on(phrase, "2020-03-01") is None


def test_a_place_named_like_an_mp_stays_a_place():
    # "Galloway" is George Galloway's surname and also a Scottish region's name: the surname
    # alone is no alias of his
    assert code_on("Dumfries and Galloway", "2005-03-01") != "GBRLEG"
