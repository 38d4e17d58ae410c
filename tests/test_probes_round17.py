"""Probes of session 17: a state's protest is a formal complaint, live-fire drills around an
island, the flag or owner of a seized ship, protesters of the place they protest in, and the
party of a memorandum of understanding. The texts are written for these tests."""
import pytest

from conftest import codes_of_type, coded_events, events_of_type

pytestmark = pytest.mark.model


# --- 1. a state that protests complains (CAMEO 114); people in the street demonstrate (141) ----
@pytest.mark.parametrize("text, dyad", [
    ("Tokyo protested the Chinese survey ship's entry into its waters.", ("JPN", "CHN")),
    ("The Philippine foreign ministry protested against the Chinese coast guard's manoeuvres.", ("PHL", "CHN")),
    ("Vietnam protested the new Chinese map.", ("VNM", "CHN")),
    ("The Dutch ambassador protested to the Turkish government.", ("NLD", "TUR")),
])
def test_a_state_that_protests_complains(text, dyad):
    events = coded_events(text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.cameo) for e in events]
    assert any(e.type == "ACCUSE" and e.cameo == "114" and (e.source.country, e.target and e.target.country) == dyad
               for e in events), [(e.type, e.cameo, e.source, e.target) for e in events]


def test_a_summons_to_protest_is_one_complaint_to_the_one_summoned():
    events = coded_events("Manila summoned the Chinese envoy to protest the water cannon attack.")
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.source, e.target) for e in events]
    assert ("PHLGOV", "CHNGOV") in codes_of_type(
        "Manila summoned the Chinese envoy to protest the water cannon attack.", "ACCUSE")


@pytest.mark.parametrize("text, source", [
    ("The port call drew an angry protest from the Vietnamese foreign ministry.", "VNMGOV"),
    ("Hanoi sent a formal protest over the port call.", "VNM"),
    ("Despite protests from Jakarta, the trawlers kept fishing in the zone.", "IDN"),
])
def test_a_states_protest_noun_is_a_complaint(text, source):
    events = coded_events(text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.cameo, e.source) for e in events]
    assert any(e.cameo == "114" and e.source.country == source[:3] for e in events)


@pytest.mark.parametrize("text", [
    "The port call drew protests from students in Hanoi.",
    "Iran's protests entered their third week.",
    "Protests in Jakarta turned violent on Sunday.",
])
def test_protests_of_people_or_places_stay_protests(text):
    events = coded_events(text)
    assert not [e for e in events if e.cameo == "114"], [(e.type, e.cameo, e.source) for e in events]


@pytest.mark.parametrize("text", [
    "Students protested the Chinese survey ship's entry into the bay.",
    "Thousands of Filipinos protested outside the Chinese embassy.",
    "Fishermen protested against the new Chinese map.",
    "The opposition protested the election results.",
    "Railway workers protested over unpaid wages.",
    "Hospital employees of the health ministry protested over unpaid wages.",
])
def test_people_who_protest_still_demonstrate(text):
    events = coded_events(text)
    assert [e for e in events if e.type == "PROTEST"], [(e.type, e.cameo) for e in events]
    assert not [e for e in events if e.cameo == "114"]


# --- 2. drills: "live-fire" is how they are held; "around" an island is whom they are aimed at ---
@pytest.mark.parametrize("text, dyad", [
    ("Russian warships held live-fire drills near Japan.", ("RUS", "JPN")),
    ("North Korean troops staged live-fire exercises around the South Korean border island.", ("PRK", "KOR")),
    ("China staged large naval exercises around Taiwan.", ("CHN", "TWN")),
])
def test_drills_live_fire_and_around(text, dyad):
    assert dyad in {(s, t) for s, t, _ in events_of_type(text, "MOBILIZE")}


def test_holding_live_fire_drills_holds_no_fire():
    assert events_of_type("Russian warships held live-fire drills near Japan.", "RETREAT") == []


def test_a_fire_drill_is_still_no_military_exercise():
    assert events_of_type("The school held a fire drill on Monday.", "MOBILIZE") == []


# --- 3. ships: the flag or owner is the target; no owner named is no target -------------------
@pytest.mark.parametrize("text, target", [
    ("Iranian commandos seized a Liberian-flagged tanker in the Strait of Hormuz.", "LBR"),
    ("The coast guard of Venezuela seized a Guyanese-owned fishing boat.", "GUY"),
    ("Russia impounded a Panama-registered cargo ship.", "PAN"),
    ("Argentina seized a Chinese-operated trawler.", "CHN"),
])
def test_the_flag_or_owner_of_a_seized_ship_is_the_target(text, target):
    assert target in {t for _, t, _ in events_of_type(text, "COERCE")}


def test_a_ship_seized_with_no_owner_named_has_no_target():
    found = events_of_type("Iran seized a foreign oil tanker on Sunday.", "COERCE")
    assert found and all(t is None for _, t, _ in found)


def test_an_arrest_with_no_one_else_named_stays_at_home():
    found = events_of_type("Kenyan police arrested six men on Sunday.", "COERCE")
    assert ("KEN", "KEN") in {(s, t) for s, t, _ in found}


# --- 4. protesters are of the place they protest in ---------------------------------------------
@pytest.mark.parametrize("text, dyad", [
    ("Truck drivers protested in Budapest against Romanian haulage firms.", ("HUNCVL", "ROUBUS")),
    ("Farmers protested outside the parliament in Paris against Spanish fruit imports.", ("FRAAGR", "ESP")),
])
def test_protesters_are_of_the_scene(text, dyad):
    assert dyad in codes_of_type(text, "PROTEST")


# --- 5. the party of a memorandum of understanding ----------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Kenya signed a memorandum of understanding with Somaliland on trade.", "SOM"),
    ("Egypt signed a memorandum of understanding with Greece on energy.", "GRC"),
])
def test_the_party_of_a_memorandum_of_understanding(text, target):
    assert target in {t for _, t, _ in events_of_type(text, "SUPPORT")}


def test_a_firm_owned_from_abroad_is_a_firm_not_its_state():
    events = coded_events("Two Dutch-owned firms agreed to buy the assets of a Texas oil company.")
    assert all(e.source is None or e.source.code == "NLDBUS" for e in events if e.source is None or
               e.source.country == "NLD"), [(e.type, e.source) for e in events]
    assert not [e for e in events if e.type == "COOPERATE"]


@pytest.mark.parametrize("text", [
    "The Iranian navy detained a foreign oil tanker in the Gulf.",
    "Russia captured a cargo ship in the Sea of Azov.",
])
def test_a_ship_detained_or_captured_with_no_owner_named_has_no_target(text):
    found = events_of_type(text, "COERCE")
    assert found and all(t is None for _, t, _ in found)


def test_police_who_seize_a_boat_act_at_home():
    found = events_of_type("Spanish police seized a speedboat carrying cocaine.", "COERCE")
    assert ("ESP", "ESP") in {(s, t) for s, t, _ in found}
