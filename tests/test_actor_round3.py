"""Actor names found wrong on unlabelled news, third round: a place's name after "Mr", "Dr" ...,
in a currency's name or a church's; companies named after places (firms.csv); the KGB. Every
sentence here is written for this file."""
from datetime import date

import pytest


def mentions(text: str, day: date = date(2005, 5, 1)) -> list[tuple[str, str]]:
    """(text, code) of every mention the whole pipeline finds."""
    from diplograph.pipeline import extract_text

    return [(m.text, m.actor.code) for m in extract_text(text, published=day).mentions]


def codes(found: list[tuple[str, str]]) -> set[str]:
    return {code for _t, code in found}


# --- a place's name after a form of address is a surname ------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Dr Jordan told the committee that the plan would fail.", "JOR"),
    ("Mrs Chad accused the council of wasting money.", "TCD"),
    ("Mr. Jordan criticised the new tax rules.", "JOR"),
])
def test_a_place_after_mr_or_dr_is_a_surname(text, gone):
    found = mentions(text)
    assert gone not in codes(found), found


def test_the_place_alone_still_names_its_state():
    found = mentions("Jordan criticised the new tax rules.")
    assert "JOR" in codes(found), found


# --- currencies and churches named after a state or town --------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("The Canadian dollar fell sharply against the yen on Friday.", "CAN"),
    ("Exporters were hurt by the strong Swiss franc.", "CHE"),
    ("Traders sold the US dollar after the report.", "USA"),
    ("Gunmen attacked the Lagos Cathedral during a service.", "NGA"),
])
def test_a_currency_or_a_church_names_no_actor(text, gone):
    found = mentions(text)
    assert gone not in codes(found), found


def test_a_country_beside_a_currency_word_elsewhere_stays():
    found = mentions("Canada sold dollars to calm the markets.")
    assert "CAN" in codes(found), found


# --- companies named after places --------------------------------------------------------------------
def test_a_firm_named_after_a_place_is_a_company():
    found = mentions("Piedmont Aviation ordered ten new jets from Boeing.", day=date(1987, 6, 1))
    assert ("Piedmont Aviation", "USABUS") in found, found
    assert "ITA" not in codes(found), found


def test_the_short_name_is_the_company_where_the_document_names_it():
    text = ("Piedmont Aviation said its traffic rose in May. Piedmont accused the Transportation Department "
            "of slow rulings.")
    found = mentions(text, day=date(1987, 6, 1))
    assert [c for t, c in found if t == "Piedmont"] == ["USABUS"], found


def test_the_short_name_alone_stays_the_place():
    found = mentions("Heavy snow closed roads in Piedmont, in northern Italy.", day=date(1987, 6, 1))
    assert ("Piedmont", "ITA") in found, found


@pytest.mark.parametrize("text, name", [
    ("Detroit Edison raised its power rates.", "Detroit Edison"),
    ("Wells Fargo lent money to the city.", "Wells Fargo"),
])
def test_firms_whose_whole_name_is_places(text, name):
    found = mentions(text, day=date(1987, 6, 1))
    assert (name, "USABUS") in found, found


def test_every_firm_is_a_company_of_a_known_country():
    from diplograph.actors.lexicon import lexicon

    lex = lexicon()
    firms = [e for _p, e in lex.entries if e.source == "firms.csv"]
    assert firms and all(e.sector == "BUS" and e.country in lex.countries for e in firms)


# --- the KGB ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day, want", [
    ("The Belarusian KGB detained four activists.", date(2020, 8, 1), "BLRSPY"),
    ("The KGB expelled a British diplomat.", date(1985, 9, 1), "RUSSPY"),
])
def test_the_kgb(text, day, want):
    assert want in codes(mentions(text, day=day))



# --- an industry's noun between a place and a company word ----------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("A group of Boston investment firms cut their stake in the mill.", "USABUS"),
    ("Japan steel companies cut output again.", "JPNBUS"),
])
def test_a_place_an_industry_and_a_company_word(text, want):
    assert want in codes(mentions(text, day=date(1987, 6, 1)))


def test_a_place_and_a_noun_before_another_sector_stays_apart():
    found = mentions("Iran supplies drones to Russia.", day=date(2023, 6, 1))
    assert "IRN" in codes(found) and not any(c.endswith("BUS") for c in codes(found)), found


# --- former capitals, dated --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day, want, gone", [
    ("Paris urged Bonn to cut interest rates.", date(1987, 5, 1), "DEUGOV", None),
    ("Paris urged Bonn to cut interest rates.", date(2005, 5, 1), None, "DEUGOV"),
    ("Washington accused Lagos of stalling the talks.", date(1986, 5, 1), "NGAGOV", None),
    ("Washington accused Lagos of stalling the talks.", date(2010, 5, 1), None, "NGAGOV"),
])
def test_a_former_capital_is_the_government_only_while_it_was_the_seat(text, day, want, gone):
    found = codes(mentions(text, day=day))
    assert want is None or want in found, found
    assert gone is None or gone not in found, found
