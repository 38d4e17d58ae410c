"""Actor coding from the dictionaries, on token sequences (no model needed)."""
from datetime import date

import pytest

from diplograph.actors import list_entries, resolve_phrase
from diplograph.actors.resolve import match_words
from diplograph.data_files import tokenizer


@pytest.mark.parametrize(
    "phrase,day,code",
    [
        ("Iran", None, "IRN"),
        ("the Islamic Republic of Iran", None, "IRN"),
        ("U.S.", None, "USA"),
        ("the Emirates", None, "ARE"),
        ("DPRK", None, "PRK"),
        ("Iranian", None, "IRN"),
        ("Iranians", None, "IRN"),
        ("IRAN", None, "IRN"),
        ("Türkiye", None, "TUR"),
        ("Hong Kong", None, "HKG"),
        ("Moscow", None, "RUSGOV"),  # a bare capital is read as its government
        ("the Kremlin", None, "RUSGOV"),
        ("the White House", None, "USAGOV"),
        ("Zhongnanhai", None, "CHNGOV"),
        ("Downing Street", None, "GBRGOV"),
        ("the Pentagon", None, "USAMIL"),
        ("Foggy Bottom", None, "USAGOV"),
        ("the West", None, "WST"),
        ("Western governments", None, "WSTGOV"),
        ("the West Bank", None, "PSE"),
        ("Iranian military", None, "IRNMIL"),
        ("Russian government", None, "RUSGOV"),
        ("Iran's foreign ministry", None, "IRNGOV"),
        ("Russian troops", None, "RUSMIL"),
        ("Israeli warplanes", None, "ISRMIL"),
        ("the Iranian parliament", None, "IRNLEG"),
        ("the government of Syria", None, "SYRGOV"),
        ("Russia's foreign minister", None, "RUSGOV"),
        ("Chile's Defense Ministry", None, "CHLGOVMIL"),
        ("Brazil's Congress", None, "BRALEG"),
        ("the Iranian Red Crescent", None, "IRNHLH"),
        ("Iranian state media", None, "IRNGOVMED"),
        ("refugees from Syria", None, "SYRREF"),
        ("Muslim leaders in France", None, "FRAREL"),
        ("Hungarian and Romanian officials", None, "HUNGOV"),
        ("Turkish Kurd refugees", None, "TURREF"),
        ("NATO troops", None, "IGOWSTNATMIL"),
        ("NATO", None, "IGOWSTNAT"),
        ("the U.N. Security Council", None, "IGOUNO"),
        ("Hezbollah", None, "LBNREB"),
        ("the Houthis", None, "YEMREB"),
        ("Islamic State", None, "IMGMUSISI"),
        ("Wagner", None, "RUSMIL"),
        ("Taliban", date(2019, 6, 1), "AFGREB"),
        ("Taliban", date(2023, 6, 1), "AFGGOV"),
        ("Vladimir Putin", date(2025, 1, 17), "RUSGOV"),
        ("Vladimir Putin", date(1999, 1, 1), "RUSSPY"),
        ("President Masoud Pezeshkian", date(2025, 1, 17), "IRNGOV"),
        ("Masoud Pezeshkian", date(2020, 1, 1), "IRN"),  # not in office then
        ("Donald Trump", date(2019, 5, 1), "USAGOV"),
        ("Donald Trump", date(2022, 5, 1), "USA"),
        ("Donald Trump", date(2025, 3, 1), "USAGOV"),
        ("President Trump", date(2022, 5, 1), "USAGOV"),  # the text's title holds for its time
        ("former President Trump", date(2025, 3, 1), "USA"),
        ("Hassan Rouhani", date(2016, 1, 1), "IRNGOV"),
        ("Sergei Shoigu", date(2020, 1, 1), "RUSGOVMIL"),
        ("Lavrov", date(2010, 1, 1), "RUSGOV"),
        ("the Bush administration", date(2005, 1, 1), "USAGOV"),
        ("Russian President Boris Yeltsin", None, "RUSGOV"),  # unknown name, known title
        ("King Hassan of Morocco", None, "MARGOV"),
        ("António Guterres", date(2024, 1, 1), "IGOUNOGOV"),
        ("Jens Stoltenberg", date(2020, 1, 1), "IGOWSTNATGOV"),
        ("Jens Stoltenberg", date(2025, 6, 1), "NORGOV"),
        ("FSB, Russia's security service", None, "RUSSPY"),  # the head of an apposition
        ("Ukhnaagiin Khurelsukh", date(2023, 1, 1), "MNGGOV"),  # without diacritics
    ],
)
def test_resolves(phrase, day, code):
    actor = resolve_phrase(phrase, day=day)
    assert actor is not None and actor.code == code, actor


@pytest.mark.parametrize("phrase", ["the weather", "us", "Frank", "a cat named Frank", "Douglas Paul James",
                                    "West", "yesterday"])
def test_not_actors(phrase):
    assert resolve_phrase(phrase) is None


@pytest.mark.parametrize("phrase,sector", [("soldiers", "MIL"), ("the president", "GOV"), ("Defense Minister", "GOVMIL"),
                                           ("riot police", "COP"), ("protesters", "OPP")])
def test_agents_without_country(phrase, sector):
    actor = resolve_phrase(phrase)
    assert actor.country is None and actor.sector == sector and actor.code == sector


def test_context_gives_an_agent_its_country():
    assert resolve_phrase("Defense Minister", context="German").code == "DEUGOVMIL"
    assert resolve_phrase("Iran", context="German").code == "IRN"  # a named actor keeps its own


def test_entity_is_canonical():
    a = resolve_phrase("Putin", day=date(2025, 1, 1))
    assert a.entity == "Vladimir Putin" and a.country == "RUS" and a.sector == "GOV"


def words(text):
    toks = list(tokenizer()(text))
    return [t.text for t in toks], [bool(t.whitespace_) for t in toks]


def codes_in(text, day=None):
    w, sp = words(text)
    return [(" ".join(w[m.start:m.end]), m.actor.code) for m in match_words(w, day, spaces=sp)]


def test_capital_after_a_preposition_is_a_place():
    assert ("Moscow", "RUS") in codes_in("Talks were held in Moscow on Friday.")
    assert ("Tehran", "IRNGOV") in codes_in("Tehran rejected the offer.")


def test_coordinated_adjectives_make_one_group_span():
    found = codes_in("Russian and Iranian officials met.")
    assert found == [("Russian and Iranian officials", "RUSGOV"), ("Russian and Iranian officials", "IRNGOV")]


def test_ethnic_demonyms_are_not_the_country():
    # the people of the place they live in (its civilians), never Albania
    assert codes_in("ethnic Albanians in Serbia protested") == [("ethnic Albanians in Serbia", "SRBCVL")]
    assert codes_in("ethnic Albanians protested") == []


def test_troops_in_a_country_are_not_its_troops():
    assert ("troops in Syria", "SYRMIL") not in codes_in("troops in Syria withdrew")
    assert ("rebels in Darfur", "SDNREB") in codes_in("rebels in Darfur attacked")


def test_listing_filters_by_kind_query_and_date():
    people = list_entries("person", "Lavrov")
    assert people and all(e["kind"] == "person" and e["country"] == "RUS" for e in people)
    assert {e["role"] for e in people} == {"Foreign Minister"}
    regions = list_entries("region")
    assert {"WST", "EUR", "AFR"} <= {e["code"] for e in regions}
    obama = list_entries("person", "Obama", day=date(2010, 1, 1))
    assert obama and all(e["valid_from"] <= "2010-01-01" for e in obama)
    assert not list_entries("person", "Obama", day=date(2020, 1, 1))
    with pytest.raises(ValueError):
        list_entries("planet")


@pytest.mark.parametrize(
    "phrase,day,entity",
    [
        ("Deputy Secretary Hicks", date(2022, 6, 1), "Kathleen Hicks"),
        ("Prime Minister May", date(2018, 1, 1), "Theresa May"),  # "May" is no alias
        ("Home Secretary May", date(2012, 1, 1), "Theresa May"),
        ("Prime Minister Sharif", date(2023, 1, 1), "Shehbaz Sharif"),
        ("Prime Minister Sharif", date(2015, 1, 1), "Nawaz Sharif"),  # not the chief minister of Punjab
        ("Foreign Minister Wang", date(2020, 1, 1), "Wang Yi"),  # family name first
    ],
)
def test_a_surname_after_a_title_is_the_one_holder_on_the_day(phrase, day, entity):
    assert resolve_phrase(phrase, day=day).entity == entity


def test_a_surname_after_a_title_needs_one_holder_with_that_title():
    # Boris Johnson was prime minister, never president; nobody named May held office in 2030
    assert resolve_phrase("President Johnson", day=date(2020, 1, 1)).entity != "Boris Johnson"
    assert resolve_phrase("Prime Minister Johnson", day=date(2020, 1, 1)).entity == "Boris Johnson"


def test_a_force_code_that_holds_its_role_is_not_doubled():
    assert resolve_phrase("AMISOM troops", day=date(2015, 1, 1)).code == "IGOAFRAFUMIL"
    assert resolve_phrase("UN peacekeepers", day=date(2015, 1, 1)).code == "IGOUNOMIL"
