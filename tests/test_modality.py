"""Modality read from the real parse: negation and hedging never come out as asserted."""
import pytest
from conftest import subject_of, token as trigger

from diplograph.events.modality import modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Russia sent drones to Iran.", "sent", "asserted"),
        ("Russia did not send drones to Iran.", "send", "negated"),
        ("Russia never sent troops to Syria.", "sent", "negated"),
        ("The Kremlin is unlikely to offer military aid to Tehran.", "offer", "hedged"),
        ("Moscow refused to condemn the strikes.", "condemn", "hedged"),
        ("Iran may strike Israel again.", "strike", "hypothetical"),
        ("If Israel attacks, Iran could retaliate.", "retaliate", "hypothetical"),
        ("Russia will sign the agreement next month.", "sign", "future"),
        ("Iran plans to buy Russian fighter jets.", "buy", "future"),
        ("Kim denied that his country had sent shells to Russia.", "sent", "claimed"),
        ("Iran denied sending drones to Russia.", "sending", "claimed"),
        ("Pakistan said it had shot down five Indian aircraft.", "shot", "claimed"),
        ("Ukraine accused Iran of supplying drones to Russia.", "supplying", "claimed"),
        ("Iran reportedly delivered missiles to Russia.", "delivered", "claimed"),
        ("Officials said Russia signed the treaty on Friday.", "signed", "asserted"),
        ("Russia signed the treaty but Iran did not ratify it.", "signed", "asserted"),
        ("Russia signed the treaty but Iran did not ratify it.", "ratify", "negated"),
        ("Russia will not supply S-400 systems to Iran.", "supply", "negated"),
    ],
)
def test_modality(nlp, sentence, word, expected):
    tok = trigger(nlp, sentence, word)
    assert modality(tok, subject=subject_of(tok)) == expected


def test_no_aid_noun_is_negated(nlp):
    tok = trigger(nlp, "Russia offered no military aid to Iran.", "aid")
    assert modality(tok) == "negated"


def test_relative_clause_is_not_negated_by_the_main_clause(nlp):
    tok = trigger(nlp, "It does not contain a defence clause of the kind Russia agreed with North Korea.", "agreed")
    assert modality(tok, subject=subject_of(tok)) == "asserted"


def test_purpose_clause_shares_the_modality_of_its_clause(nlp):
    tok = trigger(nlp, "Russia would send forces to support Iran.", "support")
    assert modality(tok, subject=subject_of(tok)) == "hypothetical"


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("The United States urged Iran to stop enriching uranium.", "stop", "hypothetical"),
        ("Russia demanded that Sudan return the helicopter.", "return", "hypothetical"),
        ("President Museveni threatened to ban opposition candidates.", "ban", "future"),
        ("The United States urged Iran to stop enriching uranium.", "urged", "asserted"),
    ],
)
def test_requested_and_threatened_acts_have_not_happened(nlp, sentence, word, expected):
    tok = trigger(nlp, sentence, word)
    assert modality(tok, subject=subject_of(tok)) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Neither the United States nor the European Union recognised the results.", "recognised", "negated"),
        ("Russia has yet to deliver the fighter jets to Iran.", "deliver", "negated"),
        ("Iran failed to reach an agreement with the agency.", "reach", "negated"),
        ("A possible Israeli strike on Iran dominated the talks.", "strike", "hypothetical"),
        ("The planned deployment of troops was approved.", "deployment", "future"),
        ("France is going to recognise a Palestinian state.", "recognise", "future"),
        ("The Philippines and Japan are to sign a defence pact.", "sign", "future"),
        ("A Chinese blockade of Taiwan could cut global chip supplies.", "blockade", "hypothetical"),
        ("Israel was said to have carried out the strike.", "carried", "claimed"),
        ("It remains unclear whether Iran has delivered the missiles.", "delivered", "hedged"),
        ("Serbia has resisted pressure to impose sanctions on Russia.", "impose", "hedged"),
    ],
)
def test_more_non_asserted_forms(nlp, sentence, word, expected):
    tok = trigger(nlp, sentence, word)
    assert modality(tok, subject=subject_of(tok)) == expected


def test_a_party_reporting_is_a_claim_a_neutral_source_is_not(nlp):
    is_actor = lambda t: t.text in ("Moscow", "Azerbaijan")  # noqa: E731
    tok = trigger(nlp, "Moscow said Ukrainian forces had attacked the nuclear plant.", "attacked")
    assert modality(tok, subject=subject_of(tok), is_actor=is_actor) == "claimed"
    tok = trigger(nlp, "Witnesses said Ukrainian forces had attacked the nuclear plant.", "attacked")
    assert modality(tok, subject=subject_of(tok), is_actor=is_actor) == "asserted"
