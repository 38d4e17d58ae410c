"""Actor countries and sectors of round 29b, on sentences written for these tests (no gold
text), each mechanism with cases it must leave alone: the students and bare political parties of
a document that names one state alone; a state's nationality word before ground a force holds
("shelled Syrian positions") in a sentence of a fight; a place held by armed men of no state
("the rebel-held Jaffna peninsula"); a police post placed by its own complement ("a police
checkpoint in Ramadi") beside a foreign army."""

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has


# --- a one-state document: its students and its bare parties -------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Ghana's interior minister met student leaders on Tuesday to end the campus strike.", "student leaders", "GHAEDU"),
    ("Kenya's education ministry closed two colleges after university students stoned cars.", "university students",
     "KENEDU"),
    ("Zambia's electoral commission told political parties to submit their lists by Friday.", "political parties",
     "ZMBPTY"),
    ("Peru's president said students had blocked the main road into the capital.", "students", "PEREDU"),
])
def test_one_state_document_gives_its_students_and_parties(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words,unwanted", [
    # two states named: whose students?
    ("Ghana's interior minister met Nigerian officials and student leaders on Tuesday.", "student leaders", "GHAEDU"),
    # scholars are as often quoted from abroad (EDU, but not students)
    ("Kenya's drought will last into next year, scientists said on Tuesday.", "scientists", "KENEDU"),
    # foreign students
    ("Malaysia's immigration office deported foreign students on Monday.", "students", "MYSEDU"),
    # parties a complement places ("of the north"): the complement decides
    ("Zambia's electoral commission said the parties of the north had not registered.", "parties", "ZMBPTY"),
])
def test_one_state_document_leaves_other_students_and_scholars(text, words, unwanted):
    assert not has(coded(text, 1998), words, unwanted)


# --- a nationality word before ground a force holds, in a fight --------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Ethiopian troops overran Eritrean positions near the border on Friday.", "Eritrean positions", "ERIMIL"),
    ("Indian guns shelled Pakistani posts along the ceasefire line overnight.", "Pakistani posts", "PAKMIL"),
    ("Israeli jets bombed Syrian positions in the Bekaa valley on Tuesday.", "Syrian positions", "SYRMIL"),
])
def test_nationality_before_held_ground_in_a_fight_is_the_military(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words", [
    # no fight: a stand, or jobs
    ("The Syrian positions on the water talks were set out in a letter to the mediators.", "Syrian"),
    ("Kenyan diplomats took up posts in Geneva on Monday.", "Geneva"),
    # a possessor: a stand as often as ground
    ("Syria's positions hardened after Israeli jets bombed a radar site.", "Syria"),
    # another word between: the rebels' positions
    ("Israeli jets bombed Syrian rebel positions near the border.", "Syrian rebel"),
])
def test_held_ground_left_alone_outside_a_fight_or_with_other_words(text, words):
    codes = coded(text, 1998)
    assert not any(words in t and c and c.endswith("MIL") and not t.startswith("Israeli") for t, c in codes.items())


# --- a place held by armed men of no state stands for its holders -------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Government jets bombed the rebel-held Jaffna peninsula on Sunday.", "Jaffna", "LKAREB"),
    ("Army artillery pounded guerrilla-held Caqueta province overnight.", "Caqueta", "COLREB"),
])
def test_rebel_held_place_is_its_holders(text, words, want):
    assert has(coded(text, 1998), words, want)


@pytest.mark.parametrize("text,words", [
    # held by a state: not rebels
    ("Rebels shelled government-held Kindu on Monday.", "Kindu"),
    # a place with no holder named
    ("Government jets bombed the Jaffna peninsula on Sunday.", "Jaffna"),
])
def test_place_not_held_by_armed_men_left_alone(text, words):
    codes = coded(text, 1998)
    assert not any(words in t and c and c.endswith(("REB", "SEP")) for t, c in codes.items())


# --- a police post placed by its own complement is that place's state's police --------------------
@pytest.mark.parametrize("text,words,want", [
    ("Gunmen fired rockets at a police checkpoint in Falluja on Monday, the U.S. army said.", "police checkpoint",
     "IRQCOP"),
    ("A car bomb went off near a police post in Kandahar on Sunday, NATO officers said.", "police post", "AFGCOP"),
])
def test_police_post_takes_its_places_state(text, words, want):
    assert has(coded(text, 2006), words, want)


@pytest.mark.parametrize("text,words", [
    # a land whose police were as often a holding state's
    ("A bomb went off near a police checkpoint in Hebron on Monday, Israeli troops said.", "police checkpoint"),
    # places of two states
    ("A bomb went off near a police post on the border between Kenya and Somalia, NATO officers said.", "police post"),
    # no place of its own, beside an organisation's forces
    ("A bomb went off near a police checkpoint on Monday, NATO officers said.", "police checkpoint"),
])
def test_police_post_with_no_place_left_alone_beside_foreign_forces(text, words):
    codes = coded(text, 2006)
    assert not any(words in t and c and c.endswith("COP") for t, c in codes.items())
