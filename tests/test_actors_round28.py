"""Actor countries of round 28, on sentences and phrases written for these tests (no gold text),
each mechanism with cases it must leave alone: a document that names its one state only as the
place where the sentence's own act happens ("Residents of Surabaya rioted after the government
raised fares"); organisations' names in either spelling ("Organisation", "Co-operation");
parties, movements, sects and peoples of one state; international courts; more towns."""

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has
from conftest import phrase_code as code
from diplograph.actors.lexicon import spellings


# --- the one state named as the place of the sentence's own act ------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Residents of Surabaya rioted on Monday after the government raised bus fares by half.",
     "government", "IDNGOV"),
    ("Taxi drivers blocked roads into Sydney on Monday to demand that the federal government cut fuel excise.",
     "government", "AUSGOV"),
    ("The World Bank suspended loans to Burma on Friday while the junta keeps the opposition leader under arrest.",
     "junta", "MMRGOV"),
    ("Shopkeepers in the northern town of Irbid closed their stores on Sunday to protest against a tax rise "
     "ordered by the government.", "government", "JORGOV"),
    ("Farmers blocked roads near Lyon on Tuesday to demand that the government cut fuel taxes.",
     "government", "FRAGOV"),
    ("Lorry drivers blocked the Pacific Highway north of Brisbane on Monday to demand that the federal "
     "government cut fuel duties, police said.", "government", "AUSGOV"),
])
def test_the_state_named_as_the_place_of_the_act_gives_its_bare_organs(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words,wrong", [
    # a reporter's place says nothing of whose government it is
    ("The government will decide on the budget next week, officials said in Nairobi.", "government", "KENGOV"),
    ("Diplomats in Accra said journalists had been freed.", "journalists", "GHAMED"),
    # a venue of talks
    ("Talks in Geneva between the government and the rebels resumed on Monday.", "government", "CHEGOV"),
])
def test_a_reporters_place_or_a_venue_gives_no_state(text, words, wrong):
    assert not has(coded(text, 1998), words, wrong)


# --- a place named only as where the news was told is no state of the document ---------------
@pytest.mark.parametrize("text,words,want", [
    ("The Asian Development Bank halted lending to Burma while the junta keeps Aung San Suu Kyi under arrest, "
     "the bank's president said on Thursday in Manila.", "junta", "MMRGOV"),
    ("The Inter-American Development Bank froze loans to Haiti until the government holds an election, "
     "a spokeswoman said in Washington.", "government", "HTIGOV"),
])
def test_the_tellers_place_leaves_the_one_state_alone(text, words, want):
    assert has(coded(text, 1998), words, want)


def test_a_place_where_things_happen_still_counts():
    # "in London" is where the act happens: two states, so "the government" is left alone
    codes = coded("Kenyan exiles protested in London on Monday against the government.", 1998)
    assert not has(codes, "government", "KENGOV") and not has(codes, "government", "GBRGOV")


# --- organisations' names in British and American spelling -----------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("The Organisation of American States", "IGOOAS"),
    ("the Organisation for Economic Co-operation and Development", "IGOOEC"),
    ("the Organization for Economic Cooperation and Development", "IGOOEC"),
    ("the International Labor Organisation", "IGOUNOLAB"),
])
def test_organisations_are_found_in_either_spelling(phrase, want):
    assert code(phrase) == want


def test_spellings_change_whole_words_only():
    assert "World Health Organisation" in spellings("World Health Organization")
    assert spellings("Reorganization Committee") == ["Reorganization Committee"]
    assert spellings("Arab League") == ["Arab League"]


# --- parties, movements, sects, armed men of breakaway lands, peoples -------------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("the opposition People's Progressive Party", "1991-03-01", "GUY"),
    ("the People's Alliance for Democracy", "2008-09-01", "THA"),
    ("the United Front for Democracy Against Dictatorship", "2010-04-01", "THA"),
    ("The Assembly of the Poor", "1997-04-01", "THA"),
    ("activists of the Vishwa Hindu Parishad", "1999-01-01", "IND"),
    ("members of the Bajrang Dal", "1999-01-01", "IND"),
    ("followers of Aum Supreme Truth", "1995-05-01", "JPN"),
    ("the United Wa State Army", "2000-06-01", "MMR"),
    ("Abkhaz fighters", "1998-05-01", "GEO"),
    ("South Ossetian militiamen", "2004-08-01", "GEO"),
    ("the breakaway Dniester region", "1995-06-01", "MDA"),
    ("Acholi elders", "2003-06-01", "UGA"),
    ("Hereros", "2004-08-01", "NAM"),
    ("Malaitan militants", "2000-06-01", "SLB"),
    ("Dayak tribesmen", "2001-02-01", "IDN"),
    ("Zulu chiefs", "1994-03-01", "ZAF"),
    ("Igbo traders", "2000-06-01", "NGA"),
    ("Mapuche activists", "2002-06-01", "CHL"),
])
def test_groups_and_peoples_of_one_state(phrase, day, want):
    assert (code(phrase, day) or "")[:3] == want


# --- international bodies --------------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("The International Development Association", "IGOUNODEVWBK"),
    ("the International Finance Corporation", "IGOUNODEVWBK"),
    ("the Andean Community", "IGO"),
    ("the Special Court for Sierra Leone", "IGOUNOJUD"),
    ("the tribunal in The Hague", "IGOUNOJUD"),
])
def test_international_bodies(phrase, want):
    assert code(phrase) == want


# --- towns of the wires ----------------------------------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Students in Tartu marched against the language law on Friday.", "Students", "EST"),
    ("Gunmen opened fire on a bus near Pulwama on Monday, police said.", "Gunmen", "IND"),
    ("Youths in the southern town of Maan burned tyres on Friday.", "Youths", "JOR"),
])
def test_towns_place_their_people(text, words, want):
    codes = coded(text, 1998)
    assert any(words in t and c[:3] == want for t, c in codes.items())


# --- a state force's craft that do something, in a story of one state -------------------------
def test_force_craft_that_act_are_the_one_states():
    codes = coded("Army helicopters ferried food and blankets to flood victims in Sindh on Monday, "
                          "three days after the river burst its banks in southern Pakistan.", 2005)
    assert has(codes, "helicopters", "PAKMIL")


@pytest.mark.parametrize("text,words", [
    # craft as goods or things talked of, not a force acting
    ("Pakistan ordered 40 army helicopters from a French firm on Monday.", "helicopters"),
    ("Army helicopters are costly to fly, Pakistan's defence minister said on Monday.", "helicopters"),
])
def test_force_craft_as_goods_are_left_alone(text, words):
    codes = coded(text, 2005)
    assert not has(codes, words, "PAKMIL")


# --- the makers of a coup are the state's own forces -----------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("The OAU condemned Friday's coup in Niger by junior officers and called for the president's return.",
     "officers", "NERMIL"),
    ("Junior officers staged a coup in Gambia on Friday, ousting President Dawda Jawara.", "officers", "GMBMIL"),
])
def test_coup_makers_are_the_states_forces(text, words, want):
    assert has(coded(text, 1994), words, want)


@pytest.mark.parametrize("text,words,wrong", [
    # no coup: an exercise abroad
    ("Officers staged an exercise in Chad on Friday.", "Officers", "TCDMIL"),
    # officers who speak of a coup are no makers of it
    ("The coup in Chad was condemned by officers in Paris.", "officers", "TCDMIL"),
])
def test_officers_near_no_coup_of_theirs_are_left_alone(text, words, wrong):
    assert not has(coded(text, 1994), words, wrong)


# --- militias a government backs fight for the government of where they are ------------------
@pytest.mark.parametrize("text,words,want", [
    ("Government-backed militias burned villages across North Darfur last month, a rights group said.",
     "militias", "SDNMIL"),
    ("Pro-government militias attacked villages near Bunia on Monday.", "militias", "CODMIL"),
])
def test_state_backed_militias_take_the_scenes_state(text, words, want):
    assert has(coded(text, 2004), words, want)


def test_state_backed_militias_beside_a_foreign_force_are_left_alone():
    codes = coded("Government-backed militias attacked villages near Bunia on Monday, Ugandan troops said.", 2004)
    assert not has(codes, "militias", "CODMIL") and not has(codes, "militias", "UGAMIL")


# --- people named by their language live where the sentence places them ----------------------
@pytest.mark.parametrize("text,words,want", [
    ("Russian speakers in the eastern town of Daugavpils staged a strike on Monday against the Latvian "
     "language law.", "speakers", "LVACVL"),
    ("French speakers in Brussels marched on Sunday.", "speakers", "BELCVL"),
])
def test_speakers_are_of_the_state_they_live_in(text, words, want):
    assert has(coded(text, 1998), words, want)


def test_speakers_are_never_the_state_of_their_language():
    assert code("Russian speakers") is None
    assert not has(coded("English speakers are a minority there.", 1998), "English", "GBR")
    # the speaker of a parliament is no language's
    assert code("the Russian speaker of parliament") == "RUSLEG"
