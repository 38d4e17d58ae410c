"""Lead's modality probe of session 23: acts that were ruled out, turned down for another,
postponed, nearly done or put as a condition are not reported as done. Sentences of our own."""
import pytest
from conftest import coded_events, modalities as modality_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,type_", [
    ("Germany ruled out sending tanks to Ukraine.", "AID"),
    ("Spain has ruled out recognising Kosovo.", "SUPPORT"),
    ("Canada has ruled out sending troops to Haiti.", "AID"),
])
def test_what_was_ruled_out_did_not_happen(text, type_):
    assert modality_of(text, type_) == {"negated"}


def test_ruling_out_is_itself_a_rejection():
    assert "asserted" in modality_of("Germany ruled out sending tanks to Ukraine.", "REJECT")


@pytest.mark.parametrize("text,type_", [
    ("Instead of expelling the Russian envoy, Poland summoned him.", "SANCTION"),
    ("Rather than attack Syria, Israel negotiated with it.", "ASSAULT"),
    ("Poland expelled the envoy rather than summon him.", "ACCUSE"),
])
def test_the_road_not_taken_is_negated(text, type_):
    assert modality_of(text, type_) == {"negated"}


@pytest.mark.parametrize("text,type_", [
    ("Poland expelled the envoy rather than summon him.", "SANCTION"),
    ("Rather than attack Syria, Israel negotiated with it.", "CONSULT"),
])
def test_the_road_taken_is_still_asserted(text, type_):
    assert modality_of(text, type_) == {"asserted"}


@pytest.mark.parametrize("text,type_,want", [
    ("Kenya postponed sending troops to Somalia.", "AID", "hedged"),
    ("Iraq is on the verge of signing a deal with Kuwait.", "SUPPORT", "future"),
    ("Serbia is close to signing a deal with Kosovo.", "SUPPORT", "future"),
    ("Serbia came close to recognising Kosovo.", "SUPPORT", "negated"),
    ("Ukraine narrowly avoided a clash with Russian ships.", "ASSAULT", "negated"),
])
def test_postponed_imminent_and_nearly_done_acts(text, type_, want):
    assert modality_of(text, type_) == {want}


@pytest.mark.parametrize("text", [
    "Should Libya attack Chad, France would defend it.",
    "Should talks with Iran fail, Israel may strike its reactors.",
])
def test_an_opening_should_clause_is_a_condition(text):
    events = coded_events(text)
    assert events and all(e.modality != "asserted" for e in events)


@pytest.mark.parametrize("text,type_", [
    ("Russia attacked Kyiv, killing 20 people.", "ASSAULT"),
    ("Israel struck targets close to Damascus.", "ASSAULT"),
    ("Iran should attack Israel, the cleric said.", None),
])
def test_what_these_rules_leave_alone(text, type_):
    if type_ is None:  # a plain "should" is a duty, as before, and the comma rule does not turn it
        assert modality_of(text, "ASSAULT") == {"hypothetical"}
    else:
        assert modality_of(text, type_) == {"asserted"}


@pytest.mark.parametrize("text", [
    "There is no evidence that Russia supplied the missiles.",
    "Inspectors found little evidence that Iraq had shipped arms to Syria.",
    "UN experts did not find any evidence that Eritrea armed the rebels.",
])
def test_what_there_is_no_evidence_for_is_not_asserted(text):
    assert modality_of(text, "AID") == {"hedged"}


def test_evidence_without_denial_is_left_as_it_was():
    assert modality_of("There is evidence that Russia supplied the missiles.", "AID") == {"asserted"}


def test_not_ruling_out_an_act_leaves_it_open():
    events = [e for e in coded_events("Greece has not ruled out vetoing Turkey's bid.") if e.type == "REJECT"]
    assert "hedged" in {e.modality for e in events}
    assert "asserted" not in {e.modality for e in events}


@pytest.mark.parametrize("text,type_", [
    ("Brazil went on to sign a trade pact with Argentina.", "SUPPORT"),
    ("Kenya went on to send troops to Somalia in 2011.", "AID"),
])
def test_what_one_went_on_to_do_was_done(text, type_):
    assert modality_of(text, type_) == {"asserted"}


def test_going_to_is_still_a_future():
    assert modality_of("Iran is going to sign a pact with Russia.", "SUPPORT") == {"future"}


@pytest.mark.parametrize("text,type_,want", [
    ("Turkey hesitated to criticise Russia.", "ACCUSE", "hedged"),
    ("Jordan hesitated to condemn Israel.", "ACCUSE", "hedged"),
])
def test_a_hedge_verb_read_as_a_purpose_clause_still_hedges(text, type_, want):
    assert modality_of(text, type_) == {want}


def test_a_real_purpose_clause_is_not_hedged_or_negated():
    assert modality_of("Russia sent troops to protect Armenia.", "AID") == {"asserted"}
