"""Actors of real news, fourth round: the Liberal Democrats, "Tory"/"Lib Dem" as modifiers,
the European Community's "EC", a few British state bodies, a member of a state's body with no country ("a Foreign Ministry
official") and the dateline's country as the last resort for a body. Every sentence here is
written for this file."""
from datetime import date

import pytest


def mentions(text: str, day: date | None = date(2005, 5, 1)) -> list[tuple[str, str]]:
    """(text, code) of every mention the whole pipeline finds."""
    from diplograph.pipeline import extract_text

    return [(m.text, m.actor.code) for m in extract_text(text, published=day).mentions]


def code_of(found: list[tuple[str, str]], text: str) -> str | None:
    return next((c for t, c in found if t == text), None)


# --- British parties: "Tory", "Lib Dem" as modifiers and the Liberal Democrats' names ----------------
@pytest.mark.parametrize("text, name", [
    ("The Liberal Democrats called for a new inquiry.", "Liberal Democrats"),
    ("The Lib Dems said the scheme would cost too much.", "Lib Dems"),
])
def test_the_liberal_democrats_are_a_british_party(text, name):
    found = mentions(text)
    assert code_of(found, name) == "GBRPTY", found


def test_a_liberal_democrat_mp_is_british():
    found = mentions("A Liberal Democrat MP resigned from the committee.")
    assert any(c.startswith("GBR") for _t, c in found), found


@pytest.mark.parametrize("text", [
    "Tory leader Michael Howard attacked the spending plans.",
    "Lib Dem spokesman Vincent Cable warned about rising debt.",
    "The Lib Dems said the scheme would cost too much.",
])
def test_party_words_as_modifiers_name_britain(text):
    found = mentions(text)
    assert any(c.startswith("GBR") for _t, c in found), found


def test_a_labour_ministry_is_a_government_office_not_the_party():
    found = mentions("Seoul's labour ministry said strikes had fallen this year.")
    assert any(c == "KORGOVLAB" for _t, c in found), found


# --- the European Community's abbreviation --------------------------------------------------------
def test_ec_is_the_european_community():
    found = mentions("BRUSSELS, May 4 - The EC rejected the American demand for lower grain tariffs.",
                     date(1987, 5, 4))
    assert ("EC", "IGOEUREEC") in found, found


def test_ec_defined_as_another_body_is_not_the_community():
    found = mentions("The Election Commission (EC) of Nepal postponed the poll. The EC gave no reason.",
                     date(2012, 5, 4))
    assert not any(c == "IGOEUREEC" for _t, c in found), found


# --- British state bodies known by name alone -----------------------------------------------------
@pytest.mark.parametrize("text, name, want", [
    ("Scotland Yard arrested two men after the raid.", "Scotland Yard", "GBRCOP"),
    ("The Chancellor of the Exchequer defended the tax rise.", "Chancellor of the Exchequer", "GBRGOV"),
    ("Ofsted criticised the school for poor teaching.", "Ofsted", "GBRGOV"),
])
def test_british_state_bodies(text, name, want):
    found = mentions(text)
    assert code_of(found, name) == want, found


# --- a member of a state's body with no country: the body's state, else the dateline's ------------
def test_a_ministry_official_in_a_datelined_report_is_of_the_dateline_state():
    found = mentions("TOKYO, May 2 - A Foreign Ministry official dismissed the complaint from Washington.",
                     date(1987, 5, 2))
    assert ("Foreign Ministry official", "JPNGOV") in found, found


def test_the_ministry_after_its_official_keeps_that_state():
    text = ("TOKYO, May 2 - A senior Foreign Ministry official rejected demands made by American officials. "
            "The Foreign Ministry said the talks would go on.")
    found = mentions(text, date(1987, 5, 2))
    assert code_of(found, "The Foreign Ministry") == "JPNGOV", found


def test_the_military_spokesman_of_the_report_state():
    text = "TEL AVIV, April 3 - Israeli jets bombed a base near Tyre, the military spokesman said."
    found = mentions(text, date(1987, 4, 3))
    assert ("military spokesman", "ISRMIL") in found, found


@pytest.mark.parametrize("text", [
    "A company official said the plant would close.",
    "The factory's spokesman said output would fall.",
])
def test_a_member_of_no_state_body_is_left_alone(text):
    found = mentions(text)
    assert not any(c.endswith(("GOV", "MIL")) and len(c) == 6 for _t, c in found), found


def test_bare_officials_take_the_dateline_state_when_nothing_else_is_named():
    found = mentions("CAIRO, June 3 - Officials said the talks would resume next week.", date(1995, 6, 3))
    assert ("Officials", "EGYGOV") in found, found


def test_bare_officials_without_dateline_or_country_stay_unknown():
    found = mentions("Officials said the talks would resume next week.", date(1995, 6, 3))
    assert not any(t == "Officials" for t, _c in found), found
