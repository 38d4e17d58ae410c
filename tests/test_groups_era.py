"""Armed groups, juntas and movements of the 1980s to 2000s (rows of groups.csv and igos.csv):
each resolves to its country, with the role it had on the day, and a generic word inside a
group's name ("Army", "Union", "Liberation Front") no longer codes the group as that sector."""
from datetime import date

import pytest

from diplograph.actors.resolve import resolve_phrase


def code(text, day):
    actor = resolve_phrase(text, day=date.fromisoformat(day))
    return actor.code if actor else None


@pytest.mark.parametrize("text, day, expected", [
    ("the New People's Army", "1995-06-01", "PHLREB"),         # not civilians ("people")
    ("the Lord's Resistance Army", "2003-06-01", "UGAREB"),    # not an army
    ("the Islamic Courts Union", "2006-06-01", "SOMREB"),      # not a labour union
    ("the Eritrean People's Liberation Front", "1988-06-01", "ERIREB"),
    ("Sudan People's Liberation Army", "2000-06-01", "SDNREB"),  # not China's PLA
    ("Contra rebels", "1987-06-01", "NICREB"),
    ("the Farabundo Marti National Liberation Front", "1989-06-01", "SLVREB"),
    ("Transdniestrian separatists", "1992-06-01", "MDASEP"),
    ("the Red Brigades", "1987-06-01", "ITAREB"),
    ("the Warsaw Pact", "1988-06-01", "IGOEEU"),
    ("the Likud government", "1998-06-01", "ISRGOV"),      # the government a party forms is its state's
    ("the Hamas administration", "2008-06-01", "PSEGOV"),
    ("Hamas fighters", "2008-06-01", "PSEREB"),            # ... but its fighters are still the group's
    ("ANC officials", "1998-06-01", "ZAFPTY"),
    ("a future Likud government", "1998-06-01", "ISRPTY"),  # not formed: still the party's
])
def test_a_groups_name_gives_its_country_and_role(text, day, expected):
    assert code(text, day) == expected


@pytest.mark.parametrize("text, before, after", [
    ("the Sandinistas", ("1985-06-01", "NICGOV"), ("1995-06-01", "NICPTY")),   # voted out in 1990
    ("SWAPO", ("1985-06-01", "NAMREB"), ("1995-06-01", "NAMGOV")),             # independence in 1990
    ("the FMLN", ("1989-06-01", "SLVREB"), ("1999-06-01", "SLVPTY")),          # peace accords of 1992
    ("the Eritrean People's Liberation Front", ("1988-06-01", "ERIREB"), ("1995-06-01", "ERIGOV")),
])
def test_a_groups_role_follows_the_date(text, before, after):
    assert code(text, before[0]) == before[1]
    assert code(text, after[0]) == after[1]
