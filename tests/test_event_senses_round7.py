"""Round 7: senses and roles misread on unlabelled real news (business, animals, permissions, space
launches, warnings with a condition, names before nouns of taking), one family a case, each with a
neighbour the rule must leave alone. Our own sentences, real model."""
import pytest

from conftest import country_of, events_of, found, types_of

pytestmark = pytest.mark.model


# --- what is shared -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norway and Sweden share a commitment to open trade.",
])
def test_sharing_an_interest_or_commitment_is_no_cooperation(text):
    assert "COOPERATE" not in types_of(text)


def test_sharing_intelligence_is_intelligence_and_sharing_bases_is_plain_cooperation():
    told = [e for e in events_of("Jordan and Egypt will share intelligence on smuggling networks.") if e.type == "COOPERATE"]
    assert told and all(e.cameo == "064" for e in told)
    bases = [e for e in events_of("Jordan and Egypt are sharing their air bases in the campaign.") if e.type == "COOPERATE"]
    assert bases and all(e.cameo == "060" for e in bases)


# --- a country's name before a noun of taking is what is taken --------------------------------------
def test_a_country_named_before_an_invasion_noun_is_its_target():
    hits = [e for e in events_of("Oil prices climbed in the post-Kuwait invasion months.") if e.type == "ASSAULT"]
    assert hits and all(country_of(e.source) != "KWT" for e in hits)
    assert any(country_of(e.target) == "KWT" for e in hits), [(e.type, e.source, e.target) for e in hits]


def test_a_nationality_before_an_invasion_noun_stays_its_source():
    got = found("The Iraqi invasion of Kuwait shocked the region.", "ASSAULT")
    assert ("IRQ", "KWT", "asserted") in got


# --- a second act joined to the object of the first is not its target --------------------------------
def test_an_accusation_joined_to_what_is_criticised_names_no_target_of_the_criticism():
    text = "Relations were strained by Japan's criticism of Chinese actions and accusations of Japanese backing for activists."
    got = found(text, "ACCUSE")
    assert ("JPN", "CHN", "asserted") in got
    assert ("JPN", "JPN", "asserted") not in got


# --- a warning is aimed at who would act in its condition -----------------------------------------
def test_a_warning_with_a_condition_targets_the_actor_of_the_condition():
    got = found("Egypt warned of a disaster if Ethiopia keeps filling the dam on the Nile in Sudan.", "THREATEN")
    assert got and all(tgt == "ETH" for _, tgt, _ in got), got


def test_a_warning_to_a_country_keeps_it_as_target():
    assert ("RUS", "GEO", "asserted") in found("Russia warned Georgia of grave consequences.", "THREATEN")


def test_shelling_held_positions_is_an_attack_not_criticism():
    text = "Turkish artillery attacked Kurdish positions in northern Syria."
    assert "ASSAULT" in types_of(text)
    assert "ACCUSE" not in types_of(text)


# --- animals ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A stray dog attacked the mayor of Lyon during a parade in France.",
    "Hunters shot deer and wild boar on an estate in Scotland.",
    "Guests may shoot at a variety of game animals on the ranch in Namibia.",
    "Farmers in Kenya killed hundreds of goats to stop the outbreak.",
])
def test_what_animals_do_or_suffer_is_no_assault(text):
    assert "ASSAULT" not in types_of(text)


def test_shooting_people_stays_an_assault():
    assert "ASSAULT" in types_of("Gunmen shot three farmers in central Nigeria.")


# --- leave that is no concession -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The new Kenyan law allows police to hold suspects for two weeks.",
    "Peru passed legislation last year allowing private banks to issue bonds.",
    "Kenya and Uganda agreed to pause the border case to allow talks to go on.",
    "Greece will not be allowed to slide back into recession.",
])
def test_permission_by_a_rule_or_to_no_actor_is_no_concession(text):
    assert "CONCEDE" not in types_of(text)


def test_letting_another_country_act_is_still_a_concession():
    assert ("RUS", "UKR", "asserted") in found("Russia allowed Ukraine to ship grain through the strait.", "CONCEDE")


# --- business -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The Dutch chip maker is collaborating with a university on new lasers.", "COOPERATE"),
    ("Chinese online retailer Jingwei Digital has bought a 15% stake in a rival.", "COOPERATE"),
    ("A clause could have forced it to buy the Italian car maker outright.", "COOPERATE"),
    ("Two million shares will be offered in Canada by a group of underwriters.", "AGREE"),
    ("A foreign investor trying to take control of a Korean shipping firm was blocked.", "COERCE"),
    ("Saudi Arabia is cutting output to defend prices.", "SUPPORT"),
    ("Norwegian money supply growth slowed in May.", "AID"),
])
def test_business_senses_are_not_coded(text, type_):
    assert type_ not in types_of(text)


def test_a_firm_dealing_with_a_state_is_kept():
    got = found("Toyota is cooperating with the Japanese government on the recall.", "COOPERATE")
    assert ("JPN", "JPN", "asserted") in got or any(src == "JPN" for src, _, _ in got), got


def test_a_state_selling_arms_is_still_cooperation():
    assert ("USA", "TWN", "asserted") in found("The United States sold fighter jets to Taiwan.", "COOPERATE")


# --- space launches, search operations, the press -------------------------------------------------
@pytest.mark.parametrize("text", [
    "The capsule was launched atop a Soyuz rocket from Kazakhstan.",
    "The probe was launched on a Long March rocket from China.",
    "A large search operation was launched in the Alps in Austria.",
])
def test_launching_spacecraft_or_a_search_is_no_attack(text):
    assert "ASSAULT" not in types_of(text)


def test_launching_missiles_at_a_country_stays_an_attack():
    assert "ASSAULT" in types_of("North Korea launched missiles at South Korea.")


def test_meeting_the_press_is_no_consultation():
    assert "CONSULT" not in types_of("The French president will meet the press on Friday.")
    assert "CONSULT" in types_of("The French president met the Chinese premier in Paris.")


# --- other senses -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The French minister provided his own input on the plan.", "AID"),
    ("With Kenya occupying top spot in the medal table, the games ended.", "COERCE"),
    ("A balance must be struck between privacy and security in Germany.", "ASSAULT"),
    ("Reported smuggling throughout the EU dropped from 900 cases to 700.", "CONCEDE"),
    ("Shares in the carmaker shot up 9% in early trading.", "ASSAULT"),
])
def test_other_senses_are_not_coded(text, type_):
    assert type_ not in types_of(text)


def test_dropping_an_objection_is_still_a_concession():
    assert "CONCEDE" in types_of("Turkey dropped its objection to Sweden joining the alliance.")


# --- whom one urges, whose supporter one is ---------------------------------------------------------
def test_the_one_urged_is_the_target_even_when_not_coded():
    # what he is urged to do names no target of the urging
    assert not any(country_of(e.target) == "IGO" or (e.target and e.target.code.startswith("IGO"))
                   for e in events_of("The opposition leader urged Mr Kostas to accept an offer from the UN.")
                   if e.type == "REQUEST")
    assert ("FRA", "DEU", "asserted") in found("France urged Germany to accept an offer from the UN.", "REQUEST")


def test_a_leaders_supporter_is_of_the_leaders_country_not_the_leader():
    hits = [e for e in events_of("Unrest continued in Moscow, where a Putin supporter was shot.") if e.type == "ASSAULT"]
    assert hits and all(e.target is not None and e.target.code == "RUS" for e in hits), [e.target for e in hits]


# --- a candidate's campaign -------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The governor will withdraw as his running mate in California.", "RETREAT"),
    ("He meant to assist President Obama's re-election.", "AID"),
])
def test_a_campaign_is_no_retreat_or_aid(text, type_):
    assert type_ not in types_of(text)

