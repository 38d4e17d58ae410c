"""The people imported from the Phoenix dictionary (data/actors/people_phoenix.csv), the
importer itself on a small dictionary written here, and the resolution rules added with it."""
from collections import defaultdict
from datetime import date

import pytest

from conftest import load_tool

from diplograph.actors import resolve_phrase
from diplograph.data_files import read_csv, split_list

COLS = ("name", "aliases", "country", "sector", "valid_from", "valid_to")


@pytest.fixture(scope="module")
def phoenix_rows():
    return read_csv("actors/people_phoenix.csv", COLS)


@pytest.fixture(scope="module")
def tool():
    return load_tool("import_phoenix")


def test_schema_codes_and_dates(phoenix_rows):
    roles = {r["code"] for r in read_csv("actors/roles.csv", ("code", "kind")) if r["kind"] == "role"}
    countries = {r["iso3"] for r in read_csv("actors/countries.csv", ("iso3",))}
    ours = {r["name"] for r in read_csv("actors/people.csv", ("name",))}
    assert len(phoenix_rows) > 10000
    for r in phoenix_rows:
        assert r["country"] in countries, r
        s = r["sector"]
        assert len(s) % 3 == 0 and all(s[i : i + 3] in roles and s[i : i + 3] != "ELI" for i in range(0, len(s), 3)), r
        start = date.fromisoformat(r["valid_from"]) if r["valid_from"] else date.min
        end = date.fromisoformat(r["valid_to"]) if r["valid_to"] else None
        if s:
            assert end is not None and start < end <= date(2014, 12, 31), r  # the dictionary ends in 2014
        else:
            assert not r["valid_from"] and not r["valid_to"], r  # known, no office: one undated row
        if r["name"] in ours:
            continue  # one of our people, under our name and aliases (checked below)
        for form in [r["name"], *split_list(r["aliases"])]:
            assert len(form.split()) >= 2 and not form.lower().startswith("the "), r


def test_one_person_per_form_and_terms_do_not_overlap(phoenix_rows):
    owner = {}
    terms = defaultdict(list)
    for r in phoenix_rows:
        for form in [r["name"], *split_list(r["aliases"])]:
            assert owner.setdefault(form.lower(), r["name"]) == r["name"], form
        if r["valid_from"]:
            terms[r["name"]].append((r["valid_from"], r["valid_to"]))
    for name, spans in terms.items():
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, name


def test_our_people_win_over_phoenix(phoenix_rows):
    """A person of people.csv appears in the Phoenix file only under our name and aliases, and
    only in terms that overlap none of ours (names compared as the resolver folds them)."""
    fold = load_tool("import_phoenix").fold
    ours, aliases, spans = {}, defaultdict(set), defaultdict(list)
    for r in read_csv("actors/people.csv", ("name", "aliases", "valid_from", "valid_to")):
        for f in [r["name"], *split_list(r["aliases"])]:
            ours[fold(f)] = r["name"]
        aliases[r["name"]].update(split_list(r["aliases"]))
        spans[r["name"]].append((r["valid_from"] or "0000", r["valid_to"] or "9999"))
    carried = 0
    for r in phoenix_rows:
        hits = {ours[fold(f)] for f in [r["name"], *split_list(r["aliases"])] if fold(f) in ours}
        if not hits:
            continue
        carried += 1
        assert hits == {r["name"]} and set(split_list(r["aliases"])) <= aliases[r["name"]], r
        assert r["valid_from"] and not any(r["valid_from"] < e and s < r["valid_to"] for s, e in spans[r["name"]]), r
    assert carried > 100  # earlier careers of our people are kept


def test_an_earlier_term_of_one_of_our_people_comes_from_phoenix():
    # people.csv holds Netanyahu's premierships from 2009; his first, 1996-1999, is Phoenix's
    assert resolve_phrase("Benjamin Netanyahu", day=date(1997, 6, 1)).code == "ISRGOV"
    assert resolve_phrase("Benjamin Netanyahu", day=date(2001, 6, 1)).code == "ISR"
    assert resolve_phrase("Benjamin Netanyahu", day=date(2015, 6, 1)).code == "ISRGOV"


DICT = """\
# a made-up dictionary in the Phoenix layout
FREEDONIA_  [FRE]
+FREEDONIAN_
+NORTH_BANK_
RUFUS_T_FIREFLY_  # CountryInfo.txt
+FIREFLY_
+PRESIDENT_FIREFLY_
+R._T._FIREFLY_
\t[FREELI 700101-030101]
\t[FREGOV 030101-051231]
\t[FREGOVMIL >080301]
\t[FREELI]
AMBASSADOR_TRENTINO_OLD_  # CountryInfo.txt
TRENTINO_OLD_SPELLING_
\t[FREELI]
CHICOLINI_MARX_  # CountryInfo.txt
\t[FREGOVAGR 990101-010630]
NATIONAL_ARMY_OF_FREEDONIA_
\t[FREMIL]
"""


def test_importer_reads_blocks_dates_and_filters(tool, tmp_path, monkeypatch):
    path = tmp_path / "test.actors.txt"
    path.write_text(DICT.replace("[FRE", "[FRA"), encoding="utf-8")
    rows = tool.build(path)
    by = defaultdict(list)
    for r in rows:
        by[r["name"]].append(r)
    firefly = by["Rufus T Firefly"]
    # ELI dropped; 2-digit years; the open term closes at the end of 2014
    assert [(r["sector"], r["valid_from"], r["valid_to"]) for r in firefly] == [
        ("GOV", "2003-01-01", "2005-12-31"), ("GOVMIL", "2008-03-01", "2014-12-31")]
    assert firefly[0]["country"] == "FRA"
    # one-word aliases and titled aliases are skipped; initials kept
    assert firefly[0]["aliases"] == "R. T. Firefly"
    # 1999 from 990101, not 2099
    assert by["Chicolini Marx"][0]["valid_from"] == "1999-01-01"
    # a name with a title is skipped, the root name after it (same person) kept; ELI only: undated, no sector
    assert [(r["sector"], r["valid_from"]) for r in by["Trentino Old Spelling"]] == [("", "")]
    # the heading's aliases and an army are not people
    assert not any("Bank" in r["name"] or "Army" in r["name"] or "Freedonia" in r["name"] for r in rows)


def test_importer_keeps_only_the_terms_of_our_people_we_do_not_cover(tool, tmp_path, monkeypatch):
    path = tmp_path / "test.actors.txt"
    path.write_text(DICT.replace("[FRE", "[FRA"), encoding="utf-8")
    # people.csv (as the importer sees it) has Firefly as defence minister from 2009, under
    # another spelling of his name
    term = ("Rufus Firefly", "Firefly", "FRA", date(2009, 1, 1), date.max)
    ours = {"firefly": [term], "rufus firefly": [term], "r t firefly": [term]}
    monkeypatch.setattr(tool, "our_people", lambda: ours)
    rows = tool.build(path)
    assert not [r for r in rows if r["name"] == "Rufus T Firefly"]
    # his 2003-2005 term is kept under our name and aliases; 2008-2014 overlaps ours and goes
    assert [(r["name"], r["aliases"], r["sector"], r["valid_from"], r["valid_to"]) for r in rows
            if "Firefly" in r["name"]] == [("Rufus Firefly", "Firefly", "GOV", "2003-01-01", "2005-12-31")]
    # someone of ours in another country is another person: nothing is carried over
    other = ("Rufus Firefly", "", "DEU", date(2009, 1, 1), date.max)
    monkeypatch.setattr(tool, "our_people", lambda: {"rufus firefly": [other], "r t firefly": [other]})
    assert not [r for r in tool.build(path) if "Firefly" in r["name"]]


@pytest.mark.parametrize("form, folded", [("Jean-Bertrand Aristide", "jean bertrand aristide"),
                                          ("F. W. de Klerk", "f w de klerk"), ("Hubert Védrine", "hubert vedrine")])
def test_names_are_compared_folded(tool, form, folded):
    assert tool.fold(form) == folded


@pytest.mark.parametrize("text,expected", [("030101", date(2003, 1, 1)), ("700101", date(1970, 1, 1)),
                                           ("140630", date(2014, 6, 30)), ("150101", date(1915, 1, 1)),
                                           ("20030320", date(2003, 3, 20)), ("030231", date(2003, 2, 28))])
def test_two_digit_years(tool, text, expected):
    assert tool.parse_day(text) == expected


def _row_with(phoenix_rows, pred):
    return next(r for r in phoenix_rows if pred(r))


def test_a_phoenix_minister_holds_office_only_in_his_term(phoenix_rows):
    r = _row_with(phoenix_rows, lambda r: r["sector"] == "GOV" and r["valid_from"] and r["valid_from"] >= "2004-01-01"
                  and r["valid_to"] <= "2008-12-31" and not r["aliases"])
    start, end = date.fromisoformat(r["valid_from"]), date.fromisoformat(r["valid_to"])
    mid = start + (end - start) / 2
    during = resolve_phrase(r["name"], day=mid)
    assert during is not None and during.code == r["country"] + "GOV"
    later = resolve_phrase(r["name"], day=date(2020, 6, 1))
    assert later is not None and later.code == r["country"]  # out of office: the country only
    titled = resolve_phrase(f"former Minister {r['name']}", day=mid)
    assert titled is not None and titled.code == r["country"]


def test_people_csv_wins_for_a_leader_in_office_after_2014():
    assert resolve_phrase("Vladimir Putin", day=date(2020, 3, 1)).code == "RUSGOV"
    assert resolve_phrase("Recep Tayyip Erdogan", day=date(2021, 3, 1)).code == "TURGOV"


def test_chief_ministers_are_their_countrys_government():
    assert resolve_phrase("Yogi Adityanath", day=date(2020, 5, 1)).code == "INDGOV"
    assert resolve_phrase("Yogi Adityanath", day=date(2012, 5, 1)).code == "IND"
    assert resolve_phrase("Maryam Nawaz", day=date(2025, 5, 1)).code == "PAKGOV"


@pytest.mark.parametrize("phrase,day,code", [
    ("President Laurent Gbago", date(2005, 1, 1), "CIVGOV"),       # one letter missing
    ("Foreign Minister Sergey Lavrof", date(2015, 1, 1), "RUSGOV"),  # one letter wrong
    ("Minister of Foreign Affairs Sergey Lavrov", date(2015, 1, 1), "RUSGOV"),
    ("Minister for Foreign Affairs Sergey Lavrov", date(2003, 1, 1), "RUSGOV"),  # out of office: the title holds
    ("Minister Sergey Lavrov", date(2003, 1, 1), "RUSGOV"),
    ("spokesman Sergey Lavrov", date(2003, 1, 1), "RUS"),
    ("Chinese Commerce and Trade Minister John Doe", None, "CHNGOV"),  # a portfolio between country and title
    ("troops from Panama", None, "PANMIL"),
    ("withdrew its troops from Panama", None, "PAN"),
    ("the evacuation of workers from Iraq", None, "IRQ"),
    ("Russian aircraft", None, "RUSMIL"),
    ("the Bosnian town of Gorazde", None, "BIHCVL"),
])
def test_resolution_rules(phrase, day, code):
    actor = resolve_phrase(phrase, day=day)
    assert actor is not None and actor.code == code, actor


def test_a_misspelt_name_needs_a_title_and_one_close_person():
    assert resolve_phrase("Laurent Gbago", day=date(2005, 1, 1)) is None
    assert resolve_phrase("President Lorant Gbago", day=date(2005, 1, 1)).code == "GOV"  # two slips: no one


def test_parse_day_never_loops_on_impossible_dates():
    from datetime import date

    mod = load_tool("import_phoenix")
    assert mod.parse_day("00000000") == date(1, 1, 1)
    assert mod.parse_day("310631") == date(1931, 6, 30)
    assert mod.parse_day("20150231") == date(2015, 2, 28)
