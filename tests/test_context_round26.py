"""Actors in context, round 26: actors that carry no country of their own and take it from the
sentence or the document, each mechanism on sentences written for these tests (no gold text),
with a case it must leave alone:
- armed men and people of the street named by their role alone ("Guerrillas", "protesters") in a
  document that names one state alone, by its dateline or as the place where things happen
  (local.home_actors; not with another state named, nor foreign ones, nor a bare "Rebels" whose
  document names a state only as the victims' nationality), and forces a state word makes a
  state's ("security forces"; not bare "troops");
- a state's adjective on the place noun where something happens ("in the Kenyan capital") is a
  place of that state (local._adjective_place), as its capital's name would be;
- a head of state's title before a surname the dictionary knows only with dated terms and no
  office ("President Kabbah": resolve._title_holder over people_phoenix.csv), only on the days of
  his terms and only for a head's title;
- a state body or office named bare in a story that has named its one state only as the place
  where things happen ("Elections in Cambodia ... The opposition", Resolver.scene_country; not a
  venue of talks);
- a plural force aimed at ("fired rockets at Israeli troops") is no place of the armed men who
  fire when the sentence names a real place (local.scene_actors);
and the floor of the coder on the round's probe set tests/fixtures/probe_context26.jsonl."""
from datetime import date

import pytest

from conftest import found, mention_codes
from probes import records, side_score
from diplograph.actors import resolve_phrase


# --- one state's document: its dateline's or its one place's ---------------------------------
@pytest.mark.parametrize("text,year,phrase,want", [
    ("MAPUTO, June 3 (Reuters) - Rebels ambushed a bus on the main highway, killing six passengers.",
     1993, "Rebels", "MOZREB"),
    ("TEGUCIGALPA, Jan 9 (Reuters) - Hundreds of protesters stormed the parliament building on Thursday.",
     2009, "protesters", "HNDOPP"),
    ("Fighting flared again in Chechnya on Monday. Rebel fighters shelled a federal checkpoint overnight.",
     2000, "Rebel fighters", "RUSREB"),
])
def test_role_alone_takes_the_one_state_of_its_document(text, year, phrase, want):
    assert mention_codes(text, year).get(phrase) == want


@pytest.mark.parametrize("text,year,phrase", [
    # another state named: whose militants?
    ("KABUL, Dec 2 (Reuters) - Militants attacked a convoy carrying Pakistani aid workers on Sunday.", 2008,
     "Militants"),
    # foreign ones are not the dateline's
    ("DHAKA, June 1 (Reuters) - Foreign students staged a sit-in outside the education ministry.", 2001,
     "students"),
    # no dateline and no place: a nationality of the victims says nothing of the rebels
    ("Rebels killed two Chinese road workers on Monday.", 2005, "Rebels"),
])
def test_role_alone_is_left_alone_in_other_documents(text, year, phrase):
    got = mention_codes(text, year)
    assert not any(phrase in k for k in got), got


def test_forces_a_state_word_names_take_the_one_state():
    got = mention_codes("COLOMBO, Oct 1 (Reuters) - Security forces arrested 40 suspected rebel sympathisers "
                        "in a dawn sweep.", 1999)
    assert got.get("Security forces", "").startswith("LKA")


def test_bare_troops_of_a_dateline_are_left_alone():
    # troops doing something are as often a foreign army's ("KABUL - Troops ...")
    got = mention_codes("KABUL, Dec 2 (Reuters) - Troops opened fire on a crowd near the airport.", 2002)
    assert not got.get("Troops", "").startswith("AFG")


def test_no_home_for_fighters_in_a_story_of_an_invasion():
    got = mention_codes("LIMA, May 5 (Reuters) - Guerrillas bombed a bank, and police said the invasion of "
                        "the embassy was over.", 1997)
    assert "Guerrillas" not in got


# --- "in the Kenyan capital": a place of the state -------------------------------------------
@pytest.mark.parametrize("text,phrase,want", [
    ("Riot police broke up a march in the Kenyan capital on Saturday.", "Riot police", "KENCOP"),
    ("Protesters marched through the streets of the Bolivian capital.", "Protesters", "BOLOPP"),
])
def test_state_adjective_on_a_place_noun_is_a_place(text, phrase, want):
    assert mention_codes(text, 2000).get(phrase) == want


def test_state_adjective_on_a_person_is_no_place():
    # the journalist is Kenyan; the police are of the place, the Ugandan capital
    got = mention_codes("Police detained a Kenyan journalist in the Ugandan capital.", 1997)
    assert got.get("Police") == "UGACOP"


# --- "President Kabbah": a head's title before a surname with dated terms --------------------
@pytest.mark.parametrize("phrase,day,want", [
    ("President Kabbah", "1999-07-01", "SLEGOV"),
    ("President Kabbah", "2004-02-01", "SLEGOV"),
])
def test_head_title_before_a_dated_surname(phrase, day, want):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert actor is not None and actor.code == want


@pytest.mark.parametrize("phrase,day", [
    ("President Kabbah", "1997-11-01"),       # ousted by the junta then: not in office
    ("Foreign Minister Kabbah", "1999-07-01"),  # not a head's title: which Kabbah?
])
def test_no_holder_for_other_titles_or_days(phrase, day):
    actor = resolve_phrase(phrase, day=date.fromisoformat(day))
    assert actor is None or actor.code != "SLEGOV"


# --- a story that names its one state as the place where things happen ------------------------
@pytest.mark.parametrize("text,year,phrase,want", [
    ("Elections in Cambodia were marred by violence. The opposition accused the ruling party of fraud.",
     1998, "The opposition", "KHMOPP"),
    ("Severe fighting broke out in Brazzaville on Thursday. The president accused his rival of a coup attempt.",
     1997, "The president", "COGGOV"),
])
def test_bare_body_of_a_story_placed_in_one_state(text, year, phrase, want):
    assert mention_codes(text, year).get(phrase) == want


@pytest.mark.parametrize("text,year", [
    ("Talks opened in Geneva on Monday. The opposition boycotted them.", 1999),  # a venue
    ("Elections in Cambodia were marred by violence. Thai officials said the opposition had fled.", 1998),
])
def test_no_scene_state_for_a_venue_or_a_story_of_two_states(text, year):
    got = mention_codes(text, year)
    assert got.get("The opposition", got.get("the opposition")) is None


# --- a force aimed at is no place --------------------------------------------------------------
def test_force_aimed_at_gives_way_to_the_real_place():
    assert ("LBN", "ISR", "asserted") in found("Guerrillas fired rockets at Israeli troops in southern Lebanon.",
                                               "ASSAULT")


def test_force_aimed_at_still_places_with_no_other_place():
    # with nothing else to place them, armed men firing at a state's soldiers are of that state
    assert ("IND", "IND", "asserted") in found("Gunmen fired at Indian soldiers in Kashmir.", "ASSAULT")


# --- the probe set ---------------------------------------------------------------------------
def test_probe_fixture_is_well_formed():
    recs = records("probe_context26.jsonl")
    assert len(recs) >= 120
    for r in recs:
        assert {"text", "date", "trigger", "type", "source", "target"} <= set(r)
        date.fromisoformat(r["date"])
        assert all(w.lower() in r["text"].lower() for w in r["trigger"].split()), r
        for side in (r["source"], r["target"]):
            assert side is None or (len(side) == 3 and side.isupper())


def test_probe_floor():
    """The event on each probe's trigger word has the probe's source and target countries
    (tests/probes.side_score); each probe is its own document, published on its date."""
    on_trigger, right = side_score("probe_context26.jsonl")
    # at round 26: 97 of 127 probes had an event on their trigger, 60 with both sides right, before
    # this round's changes; after them 100 and 70
    assert on_trigger >= 100
    assert right >= 70
