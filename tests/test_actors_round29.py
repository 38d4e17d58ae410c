"""Actor countries of round 29, on sentences and phrases written for these tests (no gold text),
each mechanism with cases it must leave alone: the organs and named state forces of a document
that names one state alone (an organ named blocks only organs of its own kind; the state's own
forces named leave its other organs its own); "the island's leaders"; a possessive and modifiers
before another state's seat word; peoples of one state and factions of the 1990s-2000s; a place
past a compass word; "the press"; the place of who reports is no scene."""

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has
from conftest import phrase_code as code


# --- a one-state document: organs of another kind, named state forces --------------------------
@pytest.mark.parametrize("text,words,want", [
    # an organ of one kind named leaves the organs of another kind the state's
    ("Peru's interior minister praised the courts for the speed of the trials.", "courts", "PERJUD"),
    # a singular claim noun: the government's own request
    ("Ecuador's farm union turned down a government request to reopen the highways.", "government", "ECUGOV"),
    # the state's own forces named leave its other organs its own
    ("Sri Lanka's navy said it had handed the fishermen to the authorities.", "authorities", "LKAGOV"),
    ("Algeria's army said it would hand the captured gunmen to the courts.", "courts", "DZAJUD"),
    # a state word makes the forces the state's, where no other state's are named
    ("The Moro rebels said they had ambushed government forces near Cotabato.", "government forces", "PHLMIL"),
    ("Chad's president said government forces had retaken the town of Abeche.", "government forces", "TCDMIL"),
])
def test_one_state_document_gives_its_organs_and_state_forces(text, words, want):
    assert has(coded(text, 1998), words, want)


def _placed(codes: dict[str, str], words: str) -> bool:
    return any(words in t and c[:3].isalpha() and c[:3].isupper() and c[:3] != "IGO" for t, c in codes.items() if c)


@pytest.mark.parametrize("text,words", [
    # bare troops are as often a foreign army's
    ("Zambia's president said troops would stay in the north.", "troops"),
    # an organisation's forces named: whose government troops?
    ("UN peacekeepers in Haiti said government troops had fired on the crowd.", "government troops"),
    # scholars are as often from abroad
    ("Kenya's government hosted researchers studying the drought.", "researchers"),
    # the state's forces named: its people of the street may be the victims of either side
    ("Colombia's army said gunmen had killed 12 villagers in the night.", "villagers"),
])
def test_one_state_document_leaves_alone(text, words):
    codes = coded(text, 1998)
    assert not _placed(codes, words), codes


# --- a state's possessive, a modifier or two, and a seat word of another state ----------------
@pytest.mark.parametrize("text,words,want", [
    ("Laos's powerful Politburo named a new prime minister on Tuesday.", "Politburo", "LAOGOV"),
    # capitalised words before the seat word are of the body's own longer name
    ("Sudan's ruling Supreme State Council dissolved parliament on Sunday.", "State Council", "SDNGOV"),
])
def test_possessive_and_modifiers_before_another_states_seat_word(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words,want", [
    ("China's State Council approved the plan on Monday.", "State Council", "CHNGOV"),
    # words that are no modifiers of the seat: the seat is itself
    ("Japan's anger with the Kremlin grew on Monday.", "Kremlin", "RUSGOV"),
    ("Poland's envoy told the Kremlin on Monday that the talks would go on.", "Kremlin", "RUSGOV"),
    # the seat word modifying a noun is no body of the possessor
    ("Belarus's longtime Kremlin allies met in Minsk.", "Kremlin", "RUSGOV"),
])
def test_seat_word_keeps_its_own_state(text, words, want):
    codes = coded(text, 1998)
    assert has(codes, words, want) or not any(words in t for t in codes), codes


# --- peoples of one state; factions, parties and alliances of the 1990s-2000s ------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("Rohingya villagers", "1992-03-01", "MMR"),
    ("Aymara farmers", "2003-10-01", "BOL"),
    ("Madhesi protesters", "2007-01-20", "NPL"),
    ("Kabyle youths", "2001-05-01", "DZA"),
    ("Miskito fishermen", "1995-06-01", "NIC"),
    ("Indo-Fijian cane farmers", "2000-06-01", "FJI"),
    ("Okinawan activists", "1996-09-01", "JPN"),
    ("Dinka herders", "1998-06-01", "SDN"),
    ("Dinka herders", "2013-06-01", "SSD"),
    ("Hezb-e-Wahdat militiamen", "1997-06-01", "AFGREB"),
    ("Jamiat-i-Islami", "1995-06-01", "AFGREB"),
    ("Junbish-i-Milli", "2005-06-01", "AFGPTY"),
    ("the Kurdistani Alliance", "2006-01-01", "IRQPTY"),
    ("the Iraqi Accord Front", "2006-01-01", "IRQPTY"),
    ("the Madhesi Janadhikar Forum", "2008-04-01", "NPLPTY"),
])
def test_peoples_and_factions_of_one_state(phrase, day, want):
    assert (code(phrase, day) or "").startswith(want)


@pytest.mark.parametrize("phrase,day,wrong", [
    # Pakistan's and Bangladesh's Jamaat-e-Islami is another party
    ("Jamaat-e-Islami", "1995-06-01", "AFG"),
    # the Dinka before independence were Sudan's
    ("Dinka herders", "1998-06-01", "SSD"),
    # bare "Indian" is India's, Indo-Fijians are Fiji's
    ("Indian cane farmers", "2000-06-01", "FJI"),
])
def test_peoples_and_factions_leave_alone(phrase, day, wrong):
    assert not (code(phrase, day) or "").startswith(wrong)


# --- "the island's leaders", "the kingdom's army": a body of the one island state or monarchy ---
@pytest.mark.parametrize("text,words,want", [
    ("Britain urged Cyprus to reopen the crossings until the island's leaders agree on a settlement.",
     "island's leaders", "CYPGOV"),
    ("The United States praised Bahrain on Monday, and the kingdom's government promised more reforms.",
     "kingdom's government", "BHRGOV"),
    ("Japan sent aid to Sri Lanka, whose government thanked Tokyo, and the island's army began clearing mines.",
     "island's army", "LKAMIL"),
])
def test_description_possessive_names_the_states_body(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words", [
    # no body: the island's beaches are things
    ("Tourists flocked to Cyprus, and the island's beaches were full.", "beaches"),
    # two island states named: which island?
    ("Spain sent ships to Cuba and Cyprus; the island's ports were closed.", "ports"),
    ("Spain sent envoys to Cuba and Cyprus; the island's leaders were pleased.", "leaders"),
])
def test_description_possessive_leaves_alone(text, words):
    codes = coded(text, 1998)
    assert not _placed(codes, words), codes


# --- a place after a preposition, an article and a compass word ("through the eastern X town") --
def test_place_past_article_and_compass_word_is_the_scene():
    text = "Farmers rallied in the northern Peruvian town of Piura on Monday and asked local authorities to cut water fees."
    codes = coded(text, 1998)
    assert has(codes, "local authorities", "PERGOV")


def test_place_past_compass_word_of_a_reporter_says_nothing():
    # the place where officials speak is no scene of the act
    codes = coded("Officials said in the southern Chilean city of Concepcion that the government would raise wages.",
                  1998)
    assert not has(codes, "government", "CHLGOV")


# --- "the press" of a one-state document; Dalits ------------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Kazakh authorities lifted restrictions on the press on Monday.", "press", "KAZMED"),
    ("Dalit villagers blocked a highway near Nagpur.", "Dalit villagers", "INDCVL"),
])
def test_press_of_one_state_and_dalits(text, words, want):
    assert has(coded(text, 1998), words, want)


def test_press_of_two_states_left_alone():
    codes = coded("Kazakh and Russian officials discussed the press on Monday.", 1998)
    assert not _placed(codes, "press"), codes


# --- an organ beside one of another kind: not persons of an office, one to come, or a name -------
@pytest.mark.parametrize("text,words", [
    ("Peru's interior minister said two judges had resigned.", "judges"),
    ("Peru's army said it would hand power to a civilian government.", "government"),
])
def test_organ_of_another_kind_left_alone(text, words):
    codes = coded(text, 1998)
    assert not _placed(codes, words), codes


# --- the place of who reports is no scene of the act ---------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Police fired tear gas at protesters in Lhasa, Tibetan exiles in India said.", "Police", "CHNCOP"),
    ("Police detained dozens of students in Rangoon, dissidents in Thailand said.", "Police", "MMRCOP"),
    ("Police raided opposition offices in Harare, exiled activists in South Africa said.", "Police", "ZWECOP"),
])
def test_reporters_place_is_no_scene(text, words, want):
    assert has(coded(text, 1997), words, want)


def test_two_scenes_left_alone():
    codes = coded("Police fired tear gas at protesters in Lhasa and in Kathmandu.", 1997)
    assert not _placed(codes, "Police"), codes
