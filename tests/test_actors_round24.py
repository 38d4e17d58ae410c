"""Actor rules and rows of round 24, each on phrases and sentences written for these tests (no
gold text), with cases the rule must leave alone: agents of society and armed men of no state
that the sentence places (local.py ``scene_actors``), peoples of no state of their own named in
a place, and national newspapers, agencies, companies and unions of 1990s-2000s wire copy."""
from datetime import date

import pytest

from conftest import mention_codes
from diplograph.actors import resolve_phrase


def code(phrase: str, year: int) -> str | None:
    actor = resolve_phrase(phrase, day=date(year, 6, 1))
    return actor.code if actor else None


# --- agents the sentence places: the country of where they act or suffer -------------------
@pytest.mark.parametrize("text,year,phrase,want", [
    ("A photographer was shot dead by unknown attackers in Mogadishu on Friday, colleagues said.", 1995,
     "photographer", "SOMMED"),
    ("Two reporters were wounded by sniper fire in the Bosnian town of Gorazde.", 1994, "reporters", "BIHMED"),
    ("Muslim fundamentalists set fire to a cinema in the southern city of Aswan.", 1994,
     "Muslim fundamentalists", "EGYRAD"),
    ("Gunmen ambushed a bus near Tizi Ouzou, east of Algiers, killing nine passengers.", 1996, "Gunmen", "DZAUAF"),
    ("Insurgents fired rockets at a U.S. base near Baquba on Sunday.", 2005, "Insurgents", "IRQREB"),
    ("Indian troops shelled positions in northern Pakistan, killing three civilians.", 1999, "civilians", "PAKCVL"),
    ("Militiamen burned a market near Bukavu in eastern Congo, aid workers said.", 2004, "Militiamen", "CODUAF"),
    # a place deeper in a phrase of where
    ("A photographer was shot in a busy street of mostly Muslim western Beirut.", 1986, "photographer", "LBNMED"),
    ("Gunmen shot dead four teachers in the suburbs of Algiers.", 1995, "teachers", "DZAEDU"),
])
def test_agent_takes_the_country_of_its_sentence_place(text, year, phrase, want):
    assert mention_codes(text, year).get(phrase) == want


@pytest.mark.parametrize("text,year,phrase,want", [
    # a complement of where, its places all of one state ("in X's Y region")
    ("Soldiers killed 20 villagers in Algeria's Medea province overnight.", 1997, "villagers", "DZACVL"),
    ("Angry farmers in Peru's Puno region blocked the highway.", 2004, "Angry farmers", "PERAGR"),
    # peoples of no state of their own, named in a place
    ("Police detained hundreds of Tamils in Colombo after the bombing.", 1996, "Tamils", "LKACVL"),
    ("Ethnic Hazaras in central Afghanistan were driven from their villages.", 1998, "Ethnic Hazaras", "AFGCVL"),
])
def test_placed_complements_and_peoples(text, year, phrase, want):
    assert mention_codes(text, year).get(phrase) == want


@pytest.mark.parametrize("text,year,phrase,wrong", [
    # the place belongs to the reporter's clause, not the agent's
    ("Diplomats in Nairobi said journalists had been freed.", 1998, "journalists", "KENMED"),
    # named as foreign
    ("Foreign journalists in Baghdad were ordered to leave within two days.", 1991, "journalists", "IRQMED"),
    # from elsewhere: the complement decides
    ("Students from Kenya protested outside the embassy in London.", 1998, "Students", "GBREDU"),
    # refugees are as often foreign as the place's
    ("Refugees in Goma refused to board the trucks.", 1996, "Refugees", "CODREF"),
    # armed men in a sentence that names another state's forces: whose?
    ("Turkish jets bombed camps in northern Iraq on Monday, killing 30 guerrillas.", 1997, "guerrillas", "IRQREB"),
    # a thing of another state in a phrase of where is no place ("at a U.S. base")
    ("Journalists waited at a British base near Basra for the convoy.", 2004, "Journalists", "GBRMED"),
    # an organisation's own people, not the venue's
    ("European Union farm experts will meet in Brussels on Monday.", 1998, "farm experts", "BEL"),
])
def test_scene_left_alone(text, year, phrase, wrong):
    found = mention_codes(text, year)
    assert not any(words.endswith(phrase) and c.startswith(wrong) for words, c in found.items())


# --- rows: outlets, companies, unions of 1990s-2000s wire copy ------------------------------
@pytest.mark.parametrize("phrase,year,want", [
    ("Haaretz", 1999, "ISRMED"),
    ("the Asahi Shimbun", 2003, "JPNMED"),
    ("Interfax", 1999, "RUSMED"),
    ("Le Monde", 1998, "FRAMED"),
    ("Kyodo", 1996, "JPNMED"),
    ("Der Spiegel", 2006, "DEUMED"),
    ("Airbus", 2005, "FRABUS"),
    ("Royal Dutch Shell", 2003, "NLDBUS"),
    ("Halliburton", 2003, "USABUS"),
    ("the Trades Union Congress", 2002, "GBRLAB"),
    ("the Teamsters", 1997, "USALAB"),
    ("the Islamic Conference Organization", 1994, "IGOMOSOIC"),
])
def test_outlets_companies_unions(phrase, year, want):
    assert code(phrase, year) == want


@pytest.mark.parametrize("phrase", ["Dawn", "the times", "liberation"])
def test_common_words_are_no_outlet(phrase):
    assert code(phrase, 2000) is None or not code(phrase, 2000).endswith("MED")


@pytest.mark.parametrize("phrase,want", [
    ("Islamic fundamentalists", "RAD"),
    ("Palestinian stone-throwers", "PSEOPP"),
    ("opposition marchers", "OPP"),
])
def test_agent_words(phrase, want):
    assert code(phrase, 1995) == want


# --- immigrants: of the state they live in --------------------------------------------------
@pytest.mark.parametrize("phrase,year,want", [
    ("Soviet immigrants in Israel", 1991, "ISRCVL"),
    ("Ethiopian Jewish immigrants to Israel", 1991, "ISRCVL"),
    ("Mexican immigrants in the United States", 2006, "USACVL"),
    ("Russian immigrants", 1996, "RUSCVL"),  # no place: the land of origin
])
def test_immigrants_of_their_new_state(phrase, year, want):
    assert code(phrase, year) == want


def test_immigrants_in_a_sentence():
    found = mention_codes("Russian immigrants rallied outside the Knesset in Jerusalem on Sunday.", 1996)
    assert found.get("Russian immigrants") == "ISRCVL"
    # leaving for another state: not placed there
    assert mention_codes("Russian immigrants left Moscow for Germany.", 1996).get("Russian immigrants") != "DEUCVL"


# --- "the opposition <party>": the text says it is in opposition ----------------------------
@pytest.mark.parametrize("phrase,year,want", [
    ("the opposition Awami League", 1995, "BGDOPP"),
    ("the opposition Likud party", 1993, "ISROPP"),
    ("the opposition Labour Party", 1995, "GBROPP"),
    ("opposition Likud lawmakers", 1993, "ISRLEG"),  # a sector word after the party decides
    ("the ruling Awami League", 1998, "BGDPTY"),
])
def test_opposition_party(phrase, year, want):
    assert code(phrase, year) == want


# --- people named as being from elsewhere are not of the place they are in -------------------
@pytest.mark.parametrize("phrase,year,wrong", [
    ("foreign journalists in Baghdad", 1998, "IRQMED"),
    ("refugees in Tanzania", 1997, "TZAREF"),
    ("visiting students in London", 1998, "GBREDU"),
])
def test_abroad_not_of_the_place(phrase, year, wrong):
    assert code(phrase, year) != wrong


@pytest.mark.parametrize("phrase,year,want", [
    ("journalists in Baghdad", 1998, "IRQMED"),
    ("Rwandan refugees in Goma", 1996, "RWAREF"),
])
def test_placed_agents_still_join(phrase, year, want):
    assert code(phrase, year) == want


# --- a known paper after "the <country> daily" is one mention -------------------------------
@pytest.mark.parametrize("text,phrase,want", [
    ("The Japanese daily Asahi Shimbun said the talks had failed.", "Japanese daily Asahi Shimbun", "JPNMED"),
    ("The Israeli daily Maariv reported that the cabinet had met.", "Israeli daily Maariv", "ISRMED"),
    ("Israeli daily life was disrupted by the strike.", "Israeli daily life", None),
])
def test_country_daily_and_known_paper(text, phrase, want):
    assert mention_codes(text, 1999).get(phrase) == want


# --- people of 1990s offices (people.csv, round 24) ----------------------------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("Alexander Lebed", "1996-08-20", "RUSGOV"),
    ("Alexander Lebed", "1997-06-01", "RUS"),  # out of office
    ("Amnon Lipkin-Shahak", "1996-01-01", "ISRMIL"),
    ("Omar Suleiman", "2003-01-01", "EGYSPY"),
    ("Lakshman Kadirgamar", "1998-01-01", "LKAGOV"),
    ("Khin Nyunt", "2000-01-01", "MMRGOV"),
    ("Carlos Flores", "1999-01-01", "HNDGOV"),
    ("Julio Maria Sanguinetti", "1996-01-01", "URYGOV"),
    ("Roberto Robaina", "1996-01-01", "CUBGOV"),
    ("Taha Yassin Ramadan", "1998-01-01", "IRQGOV"),
])
def test_people_of_the_1990s(phrase, day, want):
    assert resolve_phrase(phrase, day=date.fromisoformat(day)).code == want
