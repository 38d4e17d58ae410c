"""Report gaps in the people dictionary's coverage of the big offices of the most covered states.

Usage: python tools/people_coverage.py [--start 2000-01-01] [--end 2026-11-25] [--min-days 1]
           [--country USA --country RUS ...] [--people FILE] [--phoenix [--hints N]] [--summary]
           [--wide]

For each of the 60 states most present in international news (``COUNTRIES`` below: the P5, the
rest of the G20, the Middle East, both Koreas, Ukraine and Belarus, the main South Asian,
African, South-East Asian and Latin American states, the Caucasus), and each of four offices --
head of state, head of government (where the state has one apart from its head of state),
foreign minister and defence minister -- the script lists the days from ``--start`` to ``--end``
on which no row of ``data/actors/people.csv`` holds the office, as spans of dates. Spans in which
an office did not exist apart from another (``NOT_HELD``: presidential systems have no head of
government; Jordan's prime minister holds defence) are not gaps.

An office is held on a day when a row of that country has one of the office's role labels
(``OFFICES``: acting, caretaker and interim holders count) and ``valid_from <= day <= valid_to``
(an empty ``valid_to`` is open). Rows of ``people_phoenix.csv`` carry no role label, so they
cannot hold an office; with ``--phoenix`` the script prints, under each gap, the Phoenix people of
that country whose sector fits the office (``GOV`` for the first three, ``GOVMIL`` for defence)
and whose terms overlap the gap, as hints for filling it.

With ``--wide`` the script checks the wider offices instead (``WIDE_OFFICES``): interior and
finance ministers, the chief of the armed forces, an intelligence chief, the speaker of the
legislature, and (for the states of ``NSA_COUNTRIES``) the national security adviser or the
secretary of the security council, for the 30 states of ``WIDE_COUNTRIES`` from 2010
(``--start`` still applies). A state with several intelligence services holds the office on a
day when any of their heads is listed.

Exit status is 0 whether or not there are gaps: the report is for people, not a test gate
(tests/test_data_files.py holds the checks that must pass).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "diplograph" / "data" / "actors"

# The 60 states, by group (a choice, not a measured ranking).
COUNTRIES = (
    "USA RUS CHN GBR FRA "  # the P5
    "DEU JPN ITA CAN IND BRA AUS KOR MEX IDN TUR SAU ARG ZAF "  # the rest of the G20
    "UKR ISR PSE IRN IRQ SYR LBN JOR EGY ARE QAT YEM PRK "
    "AFG PAK BGD ESP POL BLR NGA ETH KEN SDN SOM LBY DZA MAR "
    "VNM THA PHL MMR TWN VEN COL CUB GRC SRB HUN GEO ARM AZE"
).split()

HEAD_OF_STATE = {"President", "King", "Monarch", "Emperor", "Emir", "Supreme Leader", "Sultan",
                 "Acting President", "Interim President", "Transitional President", "Head of State",
                 "Chairman of the Sovereignty Council", "Chairman of the Transitional Military Council",
                 "Chairman of the Supreme Council of the Armed Forces", "Chairman of the Presidential Council",
                 "Chairman of the Presidential Leadership Council", "Leader of the Revolution",
                 "Chairman of the State Peace and Development Council", "Chairman of the National Transitional Council",
                 "Chairman of the State Administration Council", "Chairman of the State Affairs Commission",
                 "De facto Leader"}
HEAD_OF_GOVERNMENT = {"Prime Minister", "Premier", "Chancellor", "Taoiseach", "Chief Executive",
                      "Caretaker Prime Minister", "Interim Prime Minister", "Acting Prime Minister", "Chief Adviser"}
FOREIGN = {"Foreign Minister", "Acting Foreign Minister", "Caretaker Foreign Minister", "Secretary of State",
           "Foreign Secretary"}
DEFENCE = {"Defence Minister", "Acting Defence Minister", "Caretaker Defence Minister", "Secretary of Defense",
           "Defence Secretary"}
OFFICES = {"head of state": HEAD_OF_STATE, "head of government": HEAD_OF_GOVERNMENT,
           "foreign minister": FOREIGN, "defence minister": DEFENCE}
PHOENIX_SECTOR = {"head of state": "GOV", "head of government": "GOV", "foreign minister": "GOV",
                  "defence minister": "GOVMIL"}

# Spans in which an office did not exist apart from another one, so that no row is expected:
# (country, office) -> spans; ALL for the whole period. Saudi Arabia's king was his own prime
# minister until 2022 and has rows for it; Afghanistan's Chief Executive of 2014-2020 has rows.
ALL = [(date.min, date.max)]
HOG, HOS, DEF = "head of government", "head of state", "defence minister"
NOT_HELD = {
    # presidential systems: the head of state heads the government
    **{(c, HOG): ALL for c in ("USA", "MEX", "BRA", "ARG", "IDN", "ZAF", "PHL", "COL", "VEN", "NGA", "IRN")},
    ("KEN", HOG): [(date.min, date(2008, 4, 16)), (date(2013, 4, 9), date.max)],  # prime minister 2008-2013 only
    ("CUB", HOG): [(date.min, date(2019, 12, 20))],  # office of prime minister restored in December 2019
    ("PSE", HOG): [(date.min, date(2003, 3, 18))],  # first prime minister named in March 2003
    ("AFG", HOG): [(date(2001, 12, 22), date(2014, 9, 28)), (date(2020, 5, 18), date(2021, 9, 6))],
    ("TUR", HOG): [(date(2018, 7, 9), date.max)],  # presidential system from July 2018
    ("SDN", HOG): [(date.min, date(2017, 3, 1))],  # no prime minister from 1989 to 2017
    ("MMR", HOG): [(date(2011, 3, 30), date(2021, 7, 31))],  # the president headed the government
    ("SYR", HOG): [(date(2025, 3, 29), date.max)],  # the 2025 constitutional declaration: no prime minister
    # no central government in Somalia until the Arta conference of 2000
    ("SOM", HOS): [(date.min, date(2000, 8, 26))], ("SOM", HOG): [(date.min, date(2000, 10, 7))],
    # the Palestinian Authority's first foreign minister took office in April 2003
    ("PSE", "foreign minister"): [(date.min, date(2003, 4, 29))],
    # foreign affairs and defence were federal portfolios (Yugoslavia, then Serbia and
    # Montenegro) until Montenegro's independence in June 2006
    ("SRB", "foreign minister"): [(date.min, date(2006, 6, 4))], ("SRB", DEF): [(date.min, date(2006, 6, 4))],
    # the King of the United Kingdom (coded GBR) is head of state; governors-general are not listed
    ("CAN", HOS): ALL, ("AUS", HOS): ALL,
    # occupation of Iraq: the Coalition Provisional Authority, no Iraqi head of state
    ("IRQ", HOS): [(date(2003, 4, 10), date(2004, 6, 27))], ("IRQ", HOG): [(date(2003, 4, 10), date(2004, 6, 27))],
    # no defence ministry (Palestine), or the portfolio is held by the head of state or government
    **{(c, DEF): ALL for c in ("PSE", "DZA", "JOR", "MAR", "BGD", "ARE")},
}


# The wider offices (--wide), by the role labels of people.csv that hold them.
INTERIOR = {"Interior Minister", "Home Secretary", "Home Minister", "Secretary of Homeland Security",
            "Acting Secretary of Homeland Security", "Public Security Minister", "Acting Interior Minister",
            "Home Affairs Minister"}
FINANCE = {"Finance Minister", "Acting Finance Minister", "Chancellor of the Exchequer", "Treasury Secretary",
           "Treasurer"}
ARMED_FORCES = {"Chief of the General Staff", "Chief of the Defence Staff", "Chief of Defence",
                "Chief of Defence Staff", "Chief of Defence Forces", "Chairman of the Joint Chiefs of Staff",
                "IDF Chief of Staff", "Chief of Staff of the Armed Forces", "Chief of Army Staff",
                "Commander-in-Chief of the Armed Forces", "Commander-in-Chief", "Commander of the Armed Forces",
                "Chief of the Defence Force"}
INTELLIGENCE = {"CIA Director", "Director of National Intelligence", "MI6 Chief", "MI5 Director General",
                "DGSE Director", "BND President", "FSB Director", "SVR Director", "State Security Minister",
                "Intelligence Minister", "Mossad Director", "Shin Bet Director", "MIT Director",
                "ISI Director General", "General Intelligence President", "General Intelligence Director",
                "SBU Head", "Chief of Defence Intelligence"}
SPEAKER = {"Speaker of the House", "Speaker of Parliament", "Speaker of the House of Commons",
           "President of the National Assembly", "President of the Bundestag", "Chairman of the State Duma",
           "Chairman of the NPC Standing Committee", "Speaker of the Lok Sabha", "Speaker of the National Assembly",
           "Speaker of the Grand National Assembly", "Speaker of the Knesset", "Chairman of the Verkhovna Rada",
           "Speaker of the House of Representatives", "Speaker of the Council of Representatives"}
SECURITY_ADVISER = {"National Security Adviser", "Security Council Secretary",
                    "Secretary of the Supreme National Security Council",
                    "Secretary of the National Security and Defence Council"}
NSA = "national security adviser"
WIDE_OFFICES = {"interior minister": INTERIOR, "finance minister": FINANCE, "armed forces chief": ARMED_FORCES,
                "intelligence chief": INTELLIGENCE, "speaker": SPEAKER, NSA: SECURITY_ADVISER}
PHOENIX_SECTOR.update({"interior minister": "GOV", "finance minister": "GOV", "armed forces chief": "MIL",
                       "intelligence chief": "SPY", "speaker": "LEG", NSA: "GOV"})
# The 30 states checked for the wider offices (a choice: the states most in international news,
# 2010-2026), and the 13 of them whose national security adviser is checked.
NSA_COUNTRIES = "USA GBR FRA DEU RUS CHN IRN ISR TUR IND PAK UKR SAU".split()
WIDE_COUNTRIES = NSA_COUNTRIES + "JPN ITA CAN AUS KOR ESP POL BRA MEX EGY IRQ SYR ZAF NGA IDN ARE QAT".split()
WIDE_NOT_HELD = {
    **{(c, NSA): ALL for c in WIDE_COUNTRIES if c not in NSA_COUNTRIES},
    # no office of national security adviser apart from the diplomatic advisers of the executive
    **{(c, NSA): ALL for c in ("FRA", "DEU", "CHN", "TUR", "SAU")},
    ("GBR", NSA): [(date.min, date(2010, 5, 11))],  # the office was created in May 2010
}


def day(text: str, default: date) -> date:
    return date.fromisoformat(text) if text else default


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def gaps(spans: list[tuple[date, date]], start: date, end: date) -> list[tuple[date, date]]:
    """The spans of days from start to end (inclusive) that no (from, to) span covers."""
    out, cursor = [], start
    for s, e in sorted(spans):
        if e < cursor:
            continue
        if s > cursor:
            out.append((cursor, min(s - timedelta(days=1), end)))
        if e >= end:
            return out
        cursor = max(cursor, e + timedelta(days=1))
    out.append((cursor, end))
    return [(s, e) for s, e in out if s <= e]


def office_gaps(start: date, end: date, countries: list[str], people: Path = DATA / "people.csv", *,
                offices: dict[str, set[str]] | None = None,
                not_held: dict[tuple[str, str], list[tuple[date, date]]] | None = None,
                ) -> dict[tuple[str, str], list[tuple[date, date]]]:
    """The uncovered spans of each (country, office); by default the four big offices, with
    ``offices=WIDE_OFFICES, not_held=WIDE_NOT_HELD`` the wider ones."""
    offices = OFFICES if offices is None else offices
    not_held = NOT_HELD if not_held is None else not_held
    terms: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for r in read_rows(people):
        for office, roles in offices.items():
            if r["role"] in roles:
                terms[(r["country"], office)].append((day(r["valid_from"], date.min), day(r["valid_to"], date.max)))
    result = {}
    for country in countries:
        for office in offices:
            spans = list(terms[(country, office)])
            spans += not_held.get((country, office), [])
            result[(country, office)] = gaps(spans, start, end)
    return result


def phoenix_hints(country: str, office: str, gap: tuple[date, date], phoenix: list[dict]) -> list[str]:
    """Phoenix people of the country whose sector fits the office and whose terms overlap the
    gap, those who cover most of it first."""
    found = []
    for r in phoenix:
        if r["country"] != country or r["sector"] != PHOENIX_SECTOR[office]:
            continue
        s, e = day(r["valid_from"], date.min), day(r["valid_to"], date.max)
        if s <= gap[1] and e >= gap[0]:
            overlap = (min(e, gap[1]) - max(s, gap[0])).days
            found.append((-overlap, r["name"], f"{r['name']} ({r['valid_from']}..{r['valid_to']})"))
    return [text for _, _, text in sorted(found)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog="Example: python tools/people_coverage.py --country IRN --phoenix")
    p.add_argument("--start", help="first day to check (default 2000-01-01; 2010-01-01 with --wide)")
    p.add_argument("--end", default="2026-11-25", help="last day to check (default 2026-11-25)")
    p.add_argument("--min-days", type=int, default=1, help="report only gaps at least this long (default 1)")
    p.add_argument("--country", action="append", help="check only this country (repeatable); default: the 60")
    p.add_argument("--people", type=Path, default=DATA / "people.csv", help="the people file to check")
    p.add_argument("--phoenix", action="store_true", help="list Phoenix people who may fill each gap")
    p.add_argument("--hints", type=int, default=8, help="with --phoenix, list at most this many people per gap")
    p.add_argument("--summary", action="store_true", help="print only the counts per office")
    p.add_argument("--wide", action="store_true",
                   help="check the wider offices (interior, finance, armed forces, intelligence, speaker, "
                        "national security adviser) of the 30 states of WIDE_COUNTRIES")
    args = p.parse_args(argv)
    offices, not_held = (WIDE_OFFICES, WIDE_NOT_HELD) if args.wide else (OFFICES, NOT_HELD)
    start = date.fromisoformat(args.start or ("2010-01-01" if args.wide else "2000-01-01"))
    end = date.fromisoformat(args.end)
    countries = args.country or list(WIDE_COUNTRIES if args.wide else COUNTRIES)
    phoenix = read_rows(DATA / "people_phoenix.csv") if args.phoenix else []
    found = office_gaps(start, end, countries, args.people, offices=offices, not_held=not_held)
    total_days, by_office = 0, defaultdict(lambda: [0, 0])
    for (country, office), spans in found.items():
        spans = [g for g in spans if (g[1] - g[0]).days + 1 >= args.min_days]
        if not spans:
            continue
        days = sum((e - s).days + 1 for s, e in spans)
        total_days += days
        by_office[office][0] += 1
        by_office[office][1] += days
        if args.summary:
            continue
        print(f"{country} {office}: {days} days uncovered")
        for s, e in spans:
            print(f"    {s} .. {e} ({(e - s).days + 1} days)")
            hints = phoenix_hints(country, office, (s, e), phoenix)
            for hint in hints[:args.hints]:
                print(f"        phoenix: {hint}")
            if len(hints) > args.hints:
                print(f"        phoenix: ... and {len(hints) - args.hints} more")
    print(f"\n{len(countries)} countries x {len(offices)} offices, {start} .. {end}")
    for office in offices:
        n, days = by_office[office]
        print(f"  {office}: {n} countries with gaps, {days} days uncovered")
    print(f"  all: {sum(v[0] for v in by_office.values())} office gaps, {total_days} days uncovered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
