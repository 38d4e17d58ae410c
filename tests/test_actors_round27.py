"""Actor countries of round 27, on sentences and phrases written for these tests (no gold text),
each mechanism with cases it must leave alone: the bare agents of a document that names one state
alone are that state's ("Kenya's president rejected opposition demands"); peoples and regions of
one state as its adjective ("Abkhaz", "Zanzibari"); a country's own Red Cross or Red Crescent
society; parties of the 1990s-2000s."""

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has
from conftest import phrase_code as code


# --- the bare agents of a one-state document -------------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Ghana's President Jerry Rawlings on Friday dismissed opposition demands for a new electoral roll.",
     "opposition", "GHAOPP"),
    ("Striking Peruvian miners marched in Lima on Tuesday to demand that the government raise their wages.",
     "government", "PERGOV"),
    ("Senegal said on Monday that police had seized the fishing boats.", "police", "SENCOP"),
    ("Hundreds of youths stoned shops in downtown Lusaka on Monday, witnesses said.", "youths", "ZMBCVL"),
    ("Chilean students blocked roads in Santiago in protest against police curbs on marches.", "police", "CHLCOP"),
    ("Nepal's newspapers stopped printing in Kathmandu in protest against the government's decision to censor them.",
     "government", "NPLGOV"),
    ("Zambia's government said workers at the Ndola refinery had walked out.", "workers", "ZMBLAB"),
])
def test_bare_agents_of_a_one_state_document_take_its_country(text, words, want):
    assert has(coded(text), words, want)


@pytest.mark.parametrize("text,words,wrong", [
    # a state's forces are named: the victims may be the other side's
    ("Syrian troops shot dead four civilians near the border on Friday.", "civilians", "SYRCVL"),
    ("Israeli troops fired on protesters near the border on Friday.", "protesters", "ISRCVL"),
    # refugees fled another state
    ("Guinea refused on Monday to shelter a new wave of refugees.", "refugees", "GINREF"),
    # criminals are as often from abroad
    ("Norway's government said hackers had defaced hundreds of web sites.", "hackers", "NORCRM"),
    # people held by others or on the move
    ("Kenya demanded on Monday the release of the hostages.", "hostages", "KENCVL"),
    ("Chile's government said the passengers were safe.", "passengers", "CHLCVL"),
    ("Rescuers found 12 survivors off the coast of Crete.", "survivors", "GRCCVL"),
    # one person is a private person, not a body of the state
    ("Peru's government said a resident had complained about the noise.", "resident", "PERCVL"),
    # an embassy is the state's post abroad
    ("Villagers marched to the Japanese embassy on Friday.", "Villagers", "JPNCVL"),
    # a state named only by its nationals, who may be abroad, or only as a reporter's place
    ("Two Swedish tourists were arrested by police.", "police", "SWECOP"),
    ("Diplomats in Accra said journalists had been freed.", "journalists", "GHAMED"),
    # a description of the name after it
    ("Chad's government closed the opposition weekly Le Temps on Tuesday.", "opposition weekly", "TCDMED"),
])
def test_bare_agents_left_alone_where_the_state_is_not_plain(text, words, wrong):
    assert not has(coded(text), words, wrong)


def test_bare_agents_of_a_two_state_document_are_left_alone():
    codes = coded("Kenyan and Ugandan traders accused police of extortion at the border.")
    assert not has(codes, "police", "KENCOP") and not has(codes, "police", "UGACOP")


# --- peoples and regions of one state, as its adjective ---------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Abkhaz separatist forces", "GEOSEP"),
    ("Mizo villagers", "INDCVL"),
    ("Zanzibari opposition leaders", "TZAOPP"),
    ("ethnic Karen villagers", "MMRCVL"),
    ("Nuba civilians", "SDNCVL"),
    ("Banyamulenge rebels", "CODREB"),
])
def test_peoples_of_one_state(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase", ["Karen Smith", "Karen"])
def test_a_given_name_is_no_people(phrase):
    assert not (code(phrase) or "").startswith("MMR")


@pytest.mark.parametrize("phrase", ["the Abkhaz president", "Transdniestrian officials"])
def test_a_breakaway_lands_officials_are_not_the_states_government(phrase):
    # the adjectives of breakaway lands are left out: their officials are no organ of the state
    assert code(phrase) not in ("GEOGOV", "MDAGOV")


# --- a country's own Red Cross or Red Crescent society ----------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Pakistan Red Crescent Society", "PAKHLH"),
    ("the Kenya Red Cross", "KENHLH"),
    ("the Kenyan Red Cross", "KENHLH"),
    ("the Iranian Red Crescent", "IRNHLH"),
])
def test_national_red_cross_societies(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase", ["the Red Cross", "the International Red Cross", "the Red Crescent"])
def test_the_red_cross_alone_stays_the_international_committee(phrase):
    assert code(phrase) == "NGOHLH"


# --- parties of the 1990s-2000s ------------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the pro-Islamic Welfare Party", "TURPTY"),
    ("the Virtue Party", "TURPTY"),
    ("Thai Rak Thai", "THAPTY"),
    ("the Party of Regions", "UKRPTY"),
    ("Shiv Sena", "INDPTY"),
    ("the Serbian Radical Party", "SRBPTY"),
])
def test_parties_of_the_1990s_and_2000s(phrase, want):
    assert code(phrase) == want


def test_law_and_justice_is_no_party_name_here():
    # "the Minister of Law and Justice" is a portfolio of several states; the phrase is left out
    assert code("Law and Justice") != "POLPTY"


# --- "the country's" is the one state ------------------------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Iran's president said on Monday that the country's Kurds could teach their own language.", "Kurds", "IRNCVL"),
    ("Syria's parliament voted to grant the country's farmers cheaper fuel.", "farmers", "SYRAGR"),
])
def test_the_countrys_people_are_the_one_states(text, words, want):
    assert has(coded(text), words, want)


def test_a_people_of_several_states_alone_keeps_no_country():
    # Kurds live in four states: with no "the country's" nor a place, the one named state is not theirs
    codes = coded("Iran's president said on Monday that Kurds could teach their own language.")
    assert not has(codes, "Kurds", "IRNCVL")
