"""Office holders of 1985-2002 (the Americas, Europe and the former Soviet Union, East Asia and
Oceania, heads of international organisations): a person is coded with the office held on the
text's date, and with the country alone before or after it."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.actors import resolve_phrase


def code_on(phrase: str, day: str) -> str | None:
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    return actor.code if actor is not None else None


@pytest.mark.parametrize("phrase, day, code", [
    ("Klaus Kinkel", "1997-06-01", "DEUGOV"),
    ("Qian Qichen", "1993-01-01", "CHNGOV"),
    ("Li Peng", "1990-06-01", "CHNGOV"),
    ("Milosevic", "1993-05-01", "SRBGOV"),  # President of Serbia, before his Yugoslav presidency
    ("Gorbachev", "1987-06-01", "RUSGOV"),  # the Soviet Union is coded with its successor
    ("Viktor Chernomyrdin", "1995-01-01", "RUSGOV"),
    ("Felipe Gonzalez", "1990-01-01", "ESPGOV"),  # the accent-free form
    ("Edouard Balladur", "1994-01-01", "FRAGOV"),
    ("Manfred Woerner", "1987-01-01", "DEUGOVMIL"),
    ("Kim Young-sam", "1995-01-01", "KORGOV"),
    ("Tudjman", "1995-08-01", "HRVGOV"),
    ("Perez de Cuellar", "1987-03-01", "IGOUNOGOV"),
    # a breakaway leader is his country's separatist, as the entity he heads is
    ("Denktash", "1995-01-01", "CYPSEP"),
    ("Manuel Noriega", "1988-03-01", "PANMIL"),
])
def test_a_person_has_the_code_of_the_office_held_on_the_day(phrase, day, code):
    assert code_on(phrase, day) == code, (phrase, day)


@pytest.mark.parametrize("phrase, day, country", [
    ("Klaus Kinkel", "1999-06-01", "DEU"),
    ("Gorbachev", "1993-01-01", "RUS"),
    ("Viktor Chernomyrdin", "2000-01-01", "RUS"),
    ("Felipe Gonzalez", "1997-01-01", "ESP"),
    ("Kim Young-sam", "1999-01-01", "KOR"),
])
def test_out_of_office_a_person_has_the_country_alone(phrase, day, country):
    assert code_on(phrase, day) == country, (phrase, day)


@pytest.mark.parametrize("phrase, day, code", [
    # one person, successive offices of different states and organisations
    ("Shevardnadze", "1988-01-01", "RUSGOV"),
    ("Shevardnadze", "1994-01-01", "GEOGOV"),
    ("Javier Solana", "1994-01-01", "ESPGOV"),
    ("Javier Solana", "1997-01-01", "IGOWSTNATGOV"),
    ("Javier Solana", "2001-01-01", "IGOEUREECGOV"),
    ("Manfred Woerner", "1990-01-01", "IGOWSTNATGOV"),
])
def test_a_person_moves_between_offices(phrase, day, code):
    assert code_on(phrase, day) == code, (phrase, day)


@pytest.mark.parametrize("day, name", [("1987-06-01", "George H. W. Bush"), ("1991-06-01", "George H. W. Bush"),
                                       ("2003-06-01", "George W. Bush")])
def test_george_bush_is_the_one_in_office_on_the_day(day, name):
    from datetime import date

    from diplograph.actors import resolve_phrase

    found = resolve_phrase("George Bush", day=date.fromisoformat(day))
    assert found is not None and found.code == "USAGOV" and found.entity == name
