"""Actor sectors of round 28, on sentences and phrases written for these tests (no gold text),
each mechanism with cases it must leave alone: a counterpart takes its owner's sector ("its
Chilean counterpart" of an intelligence service is an intelligence service); research bodies,
security agencies and security officials; a craft's model name between a state and the craft
("a Syrian MiG-21 fighter"); the body after "X-backed" past a plain modifier; the staff of a
named company; officials in an unlisted part of a state; people "led by" or "supporters of"
someone; a capital with its government's stand ("Ankara's insistence"); a text's side title over a state office on record;
nouns after a possessive; a nationality that is its own plural after "of"."""

import pytest

from conftest import mention_codes as coded
from conftest import mention_has as has
from conftest import phrase_code as code


# --- a counterpart holds its owner's office ---------------------------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Peru's intelligence service signed a pact with its Chilean counterpart on Monday.", "Chilean", "CHLSPY"),
    ("The Kenyan navy held joint exercises with its Tanzanian counterpart on Friday.", "Tanzanian", "TZAMIL"),
    ("Zambia's police chiefs met their Malawian counterparts in Lusaka on Tuesday.", "Malawian", "MWICOP"),
    ("Chile's Supreme Court received judges from its Argentine counterpart.", "Argentine", "ARGJUD"),
])
def test_a_counterpart_takes_its_owners_sector(text, words, want):
    assert has(coded(text), words, want)


@pytest.mark.parametrize("text,words,want", [
    # an official's counterpart is still that office's: the state's official
    ("The Ghanaian interior minister met his Togolese counterpart on Monday.", "Togolese", "TGOGOV"),
    # with no owner of another state before it, "counterpart" alone gives the state's officials
    ("The Togolese counterpart of the minister arrived on Monday.", "Togolese", "TGOGOV"),
])
def test_a_counterpart_without_another_owner_keeps_gov(text, words, want):
    assert has(coded(text), words, want)


# --- research bodies, security agencies and officials ---------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("the Polish Academy of Sciences", "POLEDU"),
    ("a Dutch research institute", "NLDEDU"),
    ("the Norwegian Polar Institute", "NOREDU"),
    ("Peru's security agency", "PERSPY"),
    ("Egyptian state security officers", "EGYSPY"),
    ("Yemeni security officials", "YEMCOP"),
    ("US national security officials", "USAGOVMIL"),
    ("the ruling family of Qatar", "QATGOV"),
    ("Ugandan traditional leaders", "UGACVL"),
    ("Nigerian community leaders", "NGACVL"),
])
def test_sector_words_of_round_28(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("a Turkish state security court", "TURJUD"),  # the court is the last word
    ("Uzbek security services", "UZBCOP"),  # a security service stays the police's
    ("Nigerian leaders", "NGAGOV"),  # leaders alone are the state's
    ("the Kenyan royal family", "KENGOV"),
])
def test_sector_words_left_alone(phrase, want):
    assert code(phrase) == want


# --- a craft's model name between the state and the craft ------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("a Syrian MiG-21 fighter", "SYRMIL"),
    ("two Israeli F-16 warplanes", "ISRMIL"),
    ("Iraqi T-72 tanks", "IRQMIL"),
    ("an Iranian Tu-154 airliner", "IRNBUS"),  # an airliner stays a company's
])
def test_a_model_name_joins_the_craft_to_its_state(phrase, want):
    assert code(phrase) == want


def test_a_model_name_alone_gives_no_sector():
    assert code("a Russian Su-27") == "RUS"


# --- "X-backed" past a plain modifier ---------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Bolivia's army-backed interim government", "BOLGOV"),
    ("Thailand's military-backed caretaker government", "THAGOV"),
    ("Fiji's army-backed interim administration", "FJIGOV"),
])
def test_the_backed_body_is_the_head(phrase, want):
    assert code(phrase) == want


def test_a_backer_before_a_force_is_left_alone():
    assert code("Sudan's government-backed militias") == "SDNMIL"


# --- staff of a named company --------------------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Workers at the Toyota plant", "JPNLAB"),
    ("employees of Samsung", "KORLAB"),
])
def test_a_named_companys_staff_are_labour(phrase, want):
    assert code(phrase) == want


@pytest.mark.parametrize("phrase,want", [
    ("officials of Samsung", "KORBUS"),  # a generic word: the company's own people
    ("protesters at Toyota", "JPNBUS"),  # protesters are only there
])
def test_a_named_company_keeps_its_people_otherwise(phrase, want):
    assert code(phrase) == want


# --- officials in an unlisted part of a state ------------------------------------------------------
@pytest.mark.parametrize("phrase,want", [
    ("Officials in Nigeria's Delta state", "NGAGOV"),
    ("Officials in Kenya's Rift Valley province", "KENGOV"),
    ("police in Pakistan's Sindh province", "PAKCOP"),
])
def test_officials_in_a_states_part(phrase, want):
    assert code(phrase) == want


def test_a_leader_of_a_states_force_is_left_alone():
    assert code("the leader of Iraq's Kurdish militias") == "IRQUAF"


# --- "led by", "supporters of" --------------------------------------------------------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("Farmers led by Evo Morales", "2000-06-01", "BOLAGR"),
    ("Students led by Joshua Wong", "2015-06-01", "HKGEDU"),
    ("rebels led by Laurent Nkunda", "2007-06-01", "CODREB"),
    ("Thousands of supporters of Raila Odinga", "2000-06-01", "KENCVL"),
    ("supporters of opposition leader Raila Odinga", "2000-06-01", "KENOPP"),
    ("supporters of the Kenyan opposition leader", "2000-06-01", "KENOPP"),
    ("supporters of the Kenyan government", "2000-06-01", "KENCVL"),
])
def test_people_led_by_or_supporting_someone(phrase, day, want):
    assert code(phrase, day) == want


@pytest.mark.parametrize("phrase,day,want", [
    ("troops loyal to President Kabila", "2000-06-01", "CODMIL"),
    ("fighters loyal to Gulbuddin Hekmatyar", "1995-06-01", "AFGREB"),
])
def test_forces_loyal_to_a_leader_unchanged(phrase, day, want):
    assert code(phrase, day) == want


# --- a capital whose government's stand is named ----------------------------------------------------
def test_a_capital_with_its_governments_stand_is_its_government():
    assert has(coded("Talks broke down over Ankara's insistence on a buffer zone."), "Ankara", "TURGOV")
    assert has(coded("Aid stalled over Nairobi's handling of the refugees."), "Nairobi", "KENGOV")


def test_a_capital_one_travels_to_is_a_place():
    codes = coded("The minister flew to Kampala on Monday.")
    assert not has(codes, "Kampala", "UGAGOV")


# --- a side's title in the text over a state office on record ---------------------------------------
def test_a_rebel_title_beats_an_office_on_record():
    assert code("Ivorian rebel leader Guillaume Soro", "2004-01-01") == "CIVREB"
    assert code("Guillaume Soro", "2004-01-01") == "CIVGOVMED"  # no title: the record


def test_a_side_on_record_stays():
    # a warlord's title (UAF) does not replace a rebel leader's side on record
    assert (code("Chechen warlord Shamil Basayev", "1999-06-01") or "")[3:] == "REB"


# --- nouns after a possessive; a nationality that is its own plural --------------------------------
@pytest.mark.parametrize("text,words,want", [
    ("Serbia's war crimes prosecutor opened an investigation on Thursday.", "prosecutor", "SRBJUD"),
    ("Indonesia's president apologised to the families of East Timorese killed in the raid.", "Timorese",
     "TLSCVL"),
    ("Relatives of Sudanese held in Libya protested in Khartoum.", "Sudanese", "SDNCVL"),
])
def test_possessed_nouns_and_peoples_after_of(text, words, want):
    assert has(coded(text, 2004), words, want)


def test_a_nationality_before_its_noun_is_not_the_people():
    # "Sudanese soldiers" are not "Sudanese" alone: the families are still Sudan's civilians,
    # by the body after "of" (and not soldiers)
    codes = coded("Families of Sudanese soldiers protested in Khartoum.")
    assert has(codes, "Families", "SDNCVL")
    assert not has(codes, "Sudanese", "SDNMIL")
