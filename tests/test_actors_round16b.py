"""Actors, round 16b: a country named as the topic of a noun ("the Iraq war") is no vote for the
story's country, and an unknown proper name ending in "Army" or "Union" is an organisation of its
own, not the state's army nor a labour union. The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coded_events, coref_refs

pytestmark = pytest.mark.model
DAY = date(2005, 3, 1)


def mentions(text, day=DAY):
    """(text, code) of every actor mention of a text."""
    from diplograph import nlp as nlp_mod
    from diplograph.actors import find_mentions
    from diplograph.types import Document, content_id

    (doc,) = nlp_mod.parse([Document(id=content_id(text), text=text, published=day)])
    return [(m.text, m.actor.code) for m in find_mentions(doc).mentions]


def agents(phrase):
    """(first, end, code, kind) of the dictionary matches of a phrase, agents included."""
    from diplograph.actors.resolve import match_words

    words = phrase.replace("'s", " 's").split()
    return [(m.start, m.end, m.actor.code, m.kind) for m in match_words(words, DAY, agents=True)]


# --- a country as the topic of a noun -----------------------------------------------------------
@pytest.mark.parametrize("text, word, code", [
    # the war is the topic; the story is Britain's
    ("Tony Blair defended the Iraq war on Monday. The police said they arrested three men.", "police", "GBRCOP"),
    ("Anti-war protesters marched against the Iraq war in Leeds. Police said 40 were arrested.",
     "Police", "GBRCOP"),
])
def test_a_country_named_as_a_topic_does_not_make_the_story_its_own(text, word, code):
    found = mentions(text)
    assert any(word in t and c == code for t, c in found), found
    assert not any(c.startswith("IRQ") and c != "IRQ" for _, c in found), found


def test_a_topic_country_alone_gives_the_bodies_no_country():
    # before: "Ministers" and "the police" took Iraq, the only country counted
    refs = coref_refs("The Iraq inquiry heard evidence on Monday. Ministers denied it. The police arrested protesters.", DAY)
    assert not any(c.startswith("IRQ") for _, c in refs), refs


def test_a_country_acting_still_counts():
    refs = coref_refs("Iraq said it would hold elections. Iraqi officials said the police arrested two men.", DAY)
    assert ("police", "IRQCOP") in refs, refs


def test_the_rwandan_genocide_is_a_topic_but_british_policy_is_britains():
    from diplograph.actors.coref import _topic
    from diplograph.actors.resolve import sentence_matches
    from diplograph import nlp as nlp_mod
    from diplograph.nlp import iter_sentence_spans
    from diplograph.types import Document, content_id

    text = "MPs debated the Rwandan genocide and British policy."
    (doc,) = nlp_mod.parse([Document(id=content_id(text), text=text, published=DAY)])
    ((_, _, sent),) = list(iter_sentence_spans(doc))
    topics = {sent[m.start:m.end].text: _topic(m, sent) for m in sentence_matches(sent, DAY)}
    assert topics.get("Rwandan") is True, topics
    assert topics.get("British") is False, topics


# --- an unknown name ending in a sector word --------------------------------------------------
@pytest.mark.parametrize("phrase", [
    "the Bantari Liberation Army said",
    "the United Wa State Army said",
    "the Zomi Revolutionary Army said",
    "the Salvation Army said",
    "the Zomi Courts Union said",
    "the Kraftwerk Union said",
])
def test_an_unknown_name_ending_in_army_or_union_is_no_sector(phrase):
    assert not any(code in ("MIL", "LAB") for _, _, code, _ in agents(phrase)), agents(phrase)


@pytest.mark.parametrize("phrase, code", [
    ("the Army said", "MIL"),
    ("the Territorial Army said", "MIL"),
    ("the Red Army said", "MIL"),
    ("the National Union of Mineworkers said", "LAB"),
    ("the Sandor Teachers Union said", "LAB"),
    ("the Transport and General Workers Union said", "LAB"),
    ("the General Mining Union said", "LAB"),
    ("the PCS Union said", "LAB"),
    ("the Iraqi Army said", "IRQMIL"),
])
def test_state_armies_and_labour_unions_keep_their_sector(phrase, code):
    assert any(c == code for _, _, c, _ in agents(phrase)), agents(phrase)


def test_an_unknown_union_is_not_the_countrys_labour():
    events = coded_events("The Zomi Courts Union criticised the government of Kenya.")
    assert not any(e.source is not None and e.source.code == "KENLAB" for e in events), \
        [(e.type, e.source) for e in events]


def test_an_unknown_army_is_not_the_states_military():
    events = coded_events("The Sidama Liberation Army attacked a village in Ethiopia.")
    assert events
    assert not any(e.source is not None and e.source.code == "ETHMIL" for e in events), \
        [(e.type, e.source) for e in events]


@pytest.mark.parametrize("phrase, code", [
    # a place, an unknown capitalised word, "Army": an armed group of the place
    ("the Sudan Liberation Army said", "SDNREB"),
    # the state's own armies keep MIL: no word between, generic or numbering words between
    ("the Pakistan Army said", "PAKMIL"),
    ("the Korean People's Army said", "PRKMIL"),
    ("the Iraqi Third Army said", "IRQMIL"),
    ("the Afghan National Army said", "AFGMIL"),
])
def test_a_place_and_an_unknown_word_before_army_is_an_armed_group(phrase, code):
    assert any(c == code for _, _, c, _ in agents(phrase)), agents(phrase)


def test_a_title_case_headline_keeps_the_army():
    # a function word or a verb before "Army" is no part of a name
    assert any(c == "MIL" for _, _, c, _ in agents("Rebels Clash With Army")), agents("Rebels Clash With Army")
