"""The positional last resort for roles (coder._backoff_roles): an event whose rules found one
side takes the other from where the sentence names one more actor: a subject of the trigger's
clause before it, or an actor inside its phrase after it. Each case is also run with the last
resort switched off, so that it is known to be the last resort that fills the side."""
from datetime import date

import pytest

from diplograph.events import coder
from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def events(text):
    return extract_text(text, published=date(2020, 1, 1)).events


def country(actor):
    return actor.country if actor is not None else None


def dyads(text):
    # the first event per trigger: the doer's side of a joint act comes before its partner's
    out = {}
    for e in events(text):
        out.setdefault((e.type, e.trigger), (country(e.source), country(e.target)))
    return out


@pytest.fixture
def without_backoff(monkeypatch):
    def switch_off():
        monkeypatch.setattr(coder, "_backoff_roles", lambda s, tok, trig, onto, sources, targets, lent: (sources, targets, False))
    return switch_off


@pytest.mark.parametrize("text, key, dyad, empty_side", [
    # a target inside the phrase of a promise, a wish or a readiness
    ("The Kenyan president promised to share satellite data on the drought with Ethiopia.",
     ("AGREE", "promised"), ("KEN", "ETH"), 1),
    ("Morocco expressed its readiness to resume security cooperation with Spain.",
     ("AGREE", "expressed"), ("MAR", "ESP"), 1),
    ("The Polish defence minister said his country was willing to train soldiers with Lithuania.",
     ("AID", "train"), ("POL", "LTU"), 1),
    # a source: the subject of the verb whose phrase holds the noun
    ("Brazil voiced hope on Monday about the trade negotiations with Mexico.",
     ("CONSULT", "negotiations"), ("BRA", "MEX"), 0),
])
def test_the_empty_side_is_filled_by_position(text, key, dyad, empty_side, without_backoff):
    assert dyads(text)[key] == dyad
    without_backoff()
    assert dyads(text)[key][empty_side] is None


def test_a_side_found_by_position_counts_half_in_the_confidence(without_backoff):
    text = "The Kenyan president promised to share satellite data on the drought with Ethiopia."
    guessed = next(e for e in events(text) if e.trigger == "promised")
    without_backoff()
    one_side = next(e for e in events(text) if e.trigger == "promised")
    assert one_side.confidence < guessed.confidence < one_side.confidence + 0.2


@pytest.mark.parametrize("text, key", [
    # the caller does not lift the blockade, nor impose it
    ("Egypt repeated its call for the lifting of the blockade on Qatar.", ("RETREAT", "lifting")),
    ("Egypt repeated its call for the lifting of the blockade on Qatar.", ("COERCE", "blockade")),
    # the critic of a scene-setting phrase is another than the one who pledges
    ("The Australian government pledged to review its visa policy after criticism from Indonesia.",
     ("ACCUSE", "criticism")),
])
def test_a_subject_outside_the_triggers_clause_is_no_source(text, key):
    assert dyads(text)[key][0] in (None, "IDN")


@pytest.mark.parametrize("text, key, wrong", [
    # a phrase that sets the scene holds another's act
    ("Kenya expelled two diplomats on Friday despite pleas from Ethiopia.", ("SANCTION", "expelled"), "ETH"),
    ("Chile recalled its ambassador after criticism from Peru.", ("SANCTION", "recalled"), "PER"),
    # the nationality of a thing is not the side the act is aimed at
    ("The United Nations is investigating the shooting down of a Rwandan plane.", ("ACCUSE", "investigating"), "RWA"),
    ("Moscow has criticised threats of military action against Iranian nuclear facilities.",
     ("ACCUSE", "criticised"), "IRN"),
])
def test_no_target_from_a_setting_or_a_things_nationality(text, key, wrong):
    found = dyads(text)
    assert key in found and found[key][1] != wrong


def test_a_joint_act_with_one_side_named_keeps_it_alone():
    # the broker is no party to the truce
    assert dyads("Sweden and the rebels signed a truce brokered by Norway.")[("SUPPORT", "signed")] == ("SWE", None)


@pytest.mark.parametrize("text, key, wrong", [
    ("Ukraine says Russia has launched hundreds of Iranian-made drones against power stations.", ("ASSAULT", "launched"), "IRN"),
    ("Kenya says Somalia has fired dozens of Chinese-made mortars against its border posts.", ("ASSAULT", "fired"), "CHN"),
])
def test_a_things_maker_is_no_target(text, key, wrong):
    found = dyads(text)
    assert key in found and found[key][1] != wrong
