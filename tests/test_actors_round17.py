"""Actors, round 17: sectors. A company's workers are labour, and the people charged in "accused
ministers of ..." are the state's members. The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2005, 3, 1)


# --- a company's workers, employees or union: labour of the company's country ------------------
@pytest.mark.parametrize("phrase, code", [
    ("Toyota workers", "JPNLAB"),
    ("Alitalia employees", "ITALAB"),
    ("the Toyota union", "JPNLAB"),
])
def test_a_companys_workers_are_labour(phrase, code):
    from diplograph.actors import resolve_phrase

    assert resolve_phrase(phrase).code == code


@pytest.mark.parametrize("phrase, code", [
    ("Toyota", "JPNBUS"),             # the company itself
    ("Toyota executives", "JPNBUS"),  # its managers are the company
])
def test_a_company_and_its_managers_stay_business(phrase, code):
    from diplograph.actors import resolve_phrase

    assert resolve_phrase(phrase).code == code


# --- "accused ministers of wasting money": the charge is no complement naming their body -------
@pytest.mark.parametrize("text, word, code", [
    ("Britain will vote in May. Opposition leader Jan Smith accused ministers of wasting public money.",
     "ministers", "GBRGOV"),
    ("Britain will vote in May. The union blamed ministers for ignoring the safety warnings.",
     "ministers", "GBRGOV"),
])
def test_people_charged_with_a_gerund_are_the_states(text, word, code):
    assert (word, code) in coref_refs(text, DAY)


@pytest.mark.parametrize("text, word", [
    # a real complement still decides: these ministers are the bloc's, not Britain's
    ("Britain will vote in May. The plan was agreed by ministers of the European Union on Monday.", "ministers"),
])
def test_a_body_complement_still_decides(text, word):
    assert not any(t == word and c == "GBRGOV" for t, c in coref_refs(text, DAY))


# --- "the chancellor" is not another minister whose office is called chancellor ---------------
def test_the_chancellor_is_not_the_chancellor_of_the_duchy():
    from diplograph.pipeline import extract_text

    text = ("Gordon Brown presented the budget in March. "
            "Alan Milburn shared a stage with the chancellor on Monday.")
    doc = extract_text(text, published=date(2005, 2, 1))
    found = {(m.text, m.actor.entity) for m in doc.mentions}
    assert ("the chancellor", "Gordon Brown") in found, found
    # two ministers of one code are still two actors: the joint act keeps its target
    assert any(e.source and e.target and e.source.entity == "Alan Milburn" and e.target.entity == "Gordon Brown"
               for e in doc.events), [(e.type, e.source, e.target) for e in doc.events]


# --- a bare title of the state's office keeps the office as its entity ---------------------------
def test_two_offices_of_one_state_stay_two_actors():
    from diplograph.pipeline import extract_text

    text = "Britain holds an election in May. Britain is ready. The prime minister asked the Queen to dissolve Parliament."
    doc = extract_text(text, published=DAY)
    found = {(m.text, m.actor.code, m.actor.entity) for m in doc.mentions}
    assert ("The prime minister", "GBRGOV", "prime minister") in found, found
    assert ("the Queen", "GBRGOV", "queen") in found, found
    assert any(e.type == "REQUEST" and e.source and e.target and e.source.code == e.target.code == "GBRGOV"
               for e in doc.events), [(e.type, e.source, e.target) for e in doc.events]


# --- a "shadow" minister is the opposition's, whatever the date ---------------------------------
@pytest.mark.parametrize("phrase, day", [
    ("shadow foreign secretary Michael Ancram", date(2009, 2, 1)),  # out of that post by then
    ("Tory shadow chancellor Oliver Letwin", None),
    ("British shadow ministers", None),
])
def test_a_shadow_minister_is_the_opposition(phrase, day):
    from diplograph.actors import resolve_phrase

    assert resolve_phrase(phrase, day=day).code == "GBROPP"


def test_an_unknown_shadow_minister_takes_the_story_country():
    text = "Britain holds an election in May. Britain is ready. Shadow chancellor Jim Smith attacked the budget."
    assert ("Shadow chancellor Jim Smith", "GBROPP") in coref_refs(text, DAY)


@pytest.mark.parametrize("text, words", [
    ("Britain holds an election in May. Britain is ready. The shadow chancellor attacked the budget.",
     "The shadow chancellor"),
    ("Britain holds an election in May. Britain is ready. The shadow cabinet met on Monday.", "The shadow cabinet"),
])
def test_a_bare_shadow_title_is_the_oppositions(text, words):
    assert (words, "GBROPP") in coref_refs(text, DAY)


def test_the_shadow_of_a_thing_is_no_actor():
    text = "Britain holds an election in May. The talks took place in the shadow of the war."
    assert not any("shadow" in t for t, _ in coref_refs(text, DAY))
