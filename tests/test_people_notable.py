"""Well-known political actors who hold no office resolve too: opposition leaders and dissidents,
leaders of armed groups, religious leaders, and the ministers and leaders of the 1980s and 1990s
that archived news names. Each has the role of the row in force on the day and the country
alone outside it; a name never captures another person of the same surname.
tools/unresolved_people.py counts the PERSON mentions of a corpus that resolve to no actor."""
from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import load_tool

from diplograph.actors import resolve_phrase

def unresolved_tool():
    return load_tool("unresolved_people")


def code_of(phrase: str, day: str) -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor is not None else None


@pytest.mark.parametrize("phrase, day, code", [
    # leaders of the opposition and of opposition parties, by the dates they led
    ("Michael Howard", "2004-10-01", "GBROPP"),
    ("Michael Howard", "1995-10-01", "GBRGOV"),  # Home Secretary then
    ("Michael Howard", "2012-10-01", "GBR"),
    ("Charles Kennedy", "2003-03-01", "GBROPP"),
    ("Charles Kennedy", "2009-03-01", "GBR"),
    ("Jeremy Corbyn", "2018-05-01", "GBROPP"),
    ("Corbyn", "2022-05-01", "GBR"),
    ("Keir Starmer", "2021-05-01", "GBROPP"),
    ("Keir Starmer", "2025-05-01", "GBRGOV"),
    ("Kemi Badenoch", "2025-05-01", "GBROPP"),
    ("Nick Clegg", "2009-01-01", "GBROPP"),
    ("Nick Clegg", "2012-01-01", "GBRGOV"),
    ("Farage", "2015-01-01", "GBROPP"),
    ("Farage", "2020-01-01", "GBR"),
    ("Kilicdaroglu", "2016-01-01", "TUROPP"),
    ("Kemal Kılıçdaroğlu", "2024-06-01", "TUR"),
    ("Özgür Özel", "2024-06-01", "TUROPP"),
    # dissidents and opposition figures: the role while it lasted
    ("Alexei Navalny", "2021-01-18", "RUSOPP"),
    ("Navalny", "2024-06-01", "RUS"),
    ("Yulia Navalnaya", "2024-06-01", "RUSOPP"),
    ("Yulia Navalnaya", "2020-06-01", "RUS"),
    ("Juan Guaido", "2019-03-01", "VENOPP"),
    ("Guaidó", "2024-03-01", "VEN"),
    ("Svetlana Tikhanovskaya", "2021-03-01", "BLROPP"),
    ("Tsvangirai", "2005-03-01", "ZWEOPP"),
    ("Tsvangirai", "2011-03-01", "ZWEGOV"),
    ("Benazir Bhutto", "1991-03-01", "PAKOPP"),
    ("Benazir Bhutto", "1995-03-01", "PAKGOV"),
    ("Khodorkovsky", "2002-03-01", "RUSBUS"),
    ("Khodorkovsky", "2008-03-01", "RUS"),  # in prison
    ("Khodorkovsky", "2016-03-01", "RUSOPP"),
    ("Lech Walesa", "1985-03-01", "POLLAB"),
    ("Walesa", "1993-03-01", "POLGOV"),
    ("Walesa", "2005-03-01", "POL"),
    ("Ahmed Chalabi", "2002-03-01", "IRQOPP"),
    ("Ahmed Chalabi", "1988-03-01", "IRQ"),
])
def test_opposition_leaders_and_dissidents(phrase, day, code):
    assert code_of(phrase, day) == code


@pytest.mark.parametrize("phrase, day, code", [
    ("Ocalan", "1995-01-01", "TURREB"),
    ("Jonas Savimbi", "1990-01-01", "AGOREB"),
    ("Savimbi", "2003-01-01", "AGO"),
    ("Abimael Guzman", "1990-01-01", "PERREB"),
    ("Abimael Guzman", "1999-01-01", "PER"),  # in prison
    ("Hafiz Saeed", "2009-01-01", "PAKUAF"),
    ("Hekmatyar", "1994-01-01", "AFGGOV"),  # prime minister for a year
    ("Hekmatyar", "2005-01-01", "AFGREB"),
    ("Hekmatyar", "2018-01-01", "AFG"),  # after the peace deal
    ("Khaled Meshaal", "2010-01-01", "PSEREB"),
    ("Khaled Meshaal", "2020-01-01", "PSE"),
    ("Ratko Mladic", "1995-07-01", "BIHMIL"),
    ("Mladic", "2017-01-01", "BIH"),
    ("Charles Taylor", "1992-01-01", "LBRREB"),
    ("Charles Taylor", "2000-01-01", "LBRGOV"),
])
def test_leaders_of_armed_groups(phrase, day, code):
    assert code_of(phrase, day) == code


@pytest.mark.parametrize("phrase, day, code", [
    ("the Dalai Lama", "2008-03-15", "CHNREL"),
    ("Grand Ayatollah Ali al-Sistani", "2004-08-01", "IRQREL"),
    ("Sistani", "2020-08-01", "IRQREL"),
    ("Moqtada al-Sadr", "2007-08-01", "IRQREL"),
    ("Archbishop Desmond Tutu", "1989-08-01", "ZAFREL"),
    ("Tutu", "2023-08-01", "ZAF"),
    ("Patriarch Alexy II", "1999-08-01", "RUSREL"),
    ("Patriarch Bartholomew", "2019-08-01", "TURREL"),
    ("Justin Welby", "2020-08-01", "GBRREL"),
    ("Justin Welby", "2025-08-01", "GBR"),
    ("Rowan Williams", "2005-08-01", "GBRREL"),
    ("Fethullah Gulen", "2016-07-20", "TURREL"),
    ("Ruhollah Khomeini", "1987-08-01", "IRNGOV"),
])
def test_religious_leaders(phrase, day, code):
    assert code_of(phrase, day) == code


@pytest.mark.parametrize("phrase, day, code", [
    # the late 1980s: ministers, central bankers and leaders that archived news names often
    ("Paul Volcker", "1986-05-01", "USAGOVBUS"),
    ("Volcker", "1990-05-01", "USA"),
    ("Nigel Lawson", "1987-05-01", "GBRGOV"),
    ("Nigel Lawson", "1992-05-01", "GBR"),
    ("Thatcher", "1987-05-01", "GBRGOV"),
    ("Thatcher", "1993-05-01", "GBR"),
    ("John Major", "1990-01-01", "GBRGOV"),
    ("Kohl", "1990-05-01", "DEUGOV"),
    ("Poehl", "1987-05-01", "DEUGOVBUS"),
    ("Gerhard Stoltenberg", "1987-05-01", "DEUGOV"),
    ("Gerhard Stoltenberg", "1990-05-01", "DEUGOVMIL"),
    ("Funaro", "1986-05-01", "BRAGOV"),
    ("Sarney", "1987-05-01", "BRAGOV"),
    ("Yeutter", "1987-05-01", "USAGOV"),
    ("Weinberger", "1987-05-01", "USAGOVMIL"),
    ("Shultz", "1987-05-01", "USAGOV"),
    ("Poindexter", "1986-05-01", "USAGOV"),
    ("Poindexter", "1987-05-01", "USA"),  # resigned in November 1986
    ("Jacques Delors", "1990-05-01", "IGOEUREECGOV"),
    ("Ferdinand Marcos", "1985-05-01", "PHLGOV"),
    ("Ferdinand Marcos", "1987-05-01", "PHL"),
    ("Mulroney", "1987-05-01", "CANGOV"),
])
def test_leaders_and_ministers_of_the_1980s(phrase, day, code):
    assert code_of(phrase, day) == code


@pytest.mark.parametrize("phrase, day, code", [
    # leaders of the two houses of Congress and well-known senators
    ("Nancy Pelosi", "2005-06-01", "USALEG"),
    ("Pelosi", "2025-06-01", "USA"),
    ("Newt Gingrich", "1996-06-01", "USALEG"),
    ("Newt Gingrich", "2012-06-01", "USA"),
    ("Harry Reid", "2010-06-01", "USALEG"),
    ("Harry Reid", "2019-06-01", "USA"),
    ("Ted Kennedy", "1990-06-01", "USALEG"),
    ("McCain", "2008-06-01", "USALEG"),
    ("Bernie Sanders", "2020-02-01", "USALEG"),
    ("Bernie Sanders", "2000-02-01", "USA"),
    ("Mitt Romney", "2012-06-01", "USA"),  # a candidate, not yet a senator
    # others who hold no civil office
    ("Qassem Soleimani", "2015-06-01", "IRNMIL"),
    ("Soleimani", "2021-06-01", "IRN"),
    ("Abu Mahdi al-Muhandis", "2010-06-01", "IRQUAF"),
    ("Abu Mahdi al-Muhandis", "2018-06-01", "IRQMIL"),
    ("Greta Thunberg", "2019-09-23", "SWEENV"),
    ("Julian Assange", "2010-12-01", "AUSMED"),
])
def test_legislators_and_others_without_office(phrase, day, code):
    assert code_of(phrase, day) == code


def test_a_surname_after_a_title_names_the_holder_of_the_day():
    actor = resolve_phrase("Foreign Secretary Howe", day=date(1987, 3, 1))
    assert actor is not None and actor.entity == "Geoffrey Howe" and actor.sector == "GOV"
    assert resolve_phrase("Howe", day=date(1987, 3, 1)) is None
    actor = resolve_phrase("Secretary of State Baker", day=date(1990, 3, 1))
    assert actor is not None and actor.entity == "James Baker"


@pytest.mark.parametrize("phrase, day", [
    # shared surnames are no aliases: they stay unresolved rather than name the wrong person
    ("Howard", "2004-10-01"),
    ("Kennedy", "2004-10-01"),
    ("Lawson", "1987-05-01"),
    ("Baker", "1987-05-01"),
    ("Prescott", "2004-10-01"),  # also a brokerage and a town
    ("Lamont", "2020-01-01"),
    ("al-Chalabi", "1987-05-01"),  # another Chalabi worked for OPEC
    ("Sakharov Prize", "2010-01-01"),
])
def test_shared_surnames_name_nobody(phrase, day):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert actor is None or actor.entity is None or actor.entity.split()[-1] not in phrase, actor


@pytest.mark.parametrize("phrase, day, entity", [
    ("John Howard", "2004-10-01", "John Howard"),
    ("Fadhil al-Chalabi", "1987-05-01", None),
    ("Ned Lamont", "2020-01-01", None),
])
def test_other_people_of_the_same_surname_are_not_captured(phrase, day, entity):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert (actor.entity if actor is not None else None) == entity


def test_the_tool_cleans_names_and_selects_documents():
    tool = unresolved_tool()
    assert tool.clean_name("the  Dalai\nLama's") == "Dalai Lama"
    assert tool.clean_name("Navalny’s") == "Navalny"
    lines = [json.dumps({"id": "bbc-politics-001", "text": "The minister warned of war."}),
             json.dumps({"id": "bbc-sport-002", "text": "The minister warned of war."}),
             json.dumps({"id": "bbc-politics-003", "text": "The striker scored twice."}),
             json.dumps({"id": "bbc-politics-004", "text": ""})]
    assert len(tool.select(lines, prefix="bbc-politics-", politics=False)) == 2
    assert len(tool.select(lines, prefix="bbc-politics-", politics=True)) == 1
    assert len(tool.select(lines, prefix=None, politics=True)) == 2


def test_the_tool_counts_resolved_and_unresolved_people():
    tool = unresolved_tool()
    text = ("Opposition leader Alexei Navalny called for protests in Moscow on Sunday. "
            "His spokeswoman Zorbana Quillfeather said the police had detained dozens of people.")
    tally = tool.count([json.dumps({"id": "x1", "published": "2021-01-20", "text": text})])
    assert tally.documents == 1
    assert tally.resolved_entities["Alexei Navalny"] >= 1
    assert tally.unresolved_names["Zorbana Quillfeather"] == 1
    assert 0 < tally.share < 1
    assert ("Alexei Navalny", "Alexei Navalny") in tally.resolved_texts
