"""Findings of the round-15 review: questions are asked, not told; another's concern reported
keeps the reporting verb's modality."""
from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _modalities(text: str, type_: str) -> set[str]:
    return {e.modality for e in coded_events(text) if e.type == type_}


@pytest.mark.parametrize("text, type_", [
    ("Did Chile withdraw its ambassador at Peru's request?", "SANCTION"),
    ("Is France worried that Mali has not released the hostages?", "ACCUSE"),
    ("Was Hungary expelled from the alliance?", "SANCTION"),
    ("Has Kenya complied with the demands of the African Union?", "CONCEDE"),
    ("Will Turkey attack the Kurdish positions?", "ASSAULT"),
])
def test_a_yes_no_question_is_no_assertion(text, type_):
    found = _modalities(text, type_)
    assert found and "asserted" not in found, found


@pytest.mark.parametrize("text, type_", [
    ("Chile withdrew its ambassador at Peru's request.", "SANCTION"),
    ("Why did Turkey attack the Kurdish positions?", "ASSAULT"),   # the attack is taken as given
    ("Turkey attacked the Kurdish positions on Monday.", "ASSAULT"),
])
def test_statements_and_wh_questions_stay_asserted(text, type_):
    assert "asserted" in _modalities(text, type_)


def test_a_concern_reported_by_others_is_claimed_not_asserted():
    assert _modalities("Critics claimed Norway was worried that Sweden had not paid its dues.", "ACCUSE") == {"claimed"}


@pytest.mark.parametrize("text", [
    "Norway said it was worried that Sweden had not paid its dues.",
    "The Norwegian minister said Oslo was concerned that Sweden had not paid its dues.",
])
def test_a_speaker_voicing_its_own_concern_is_asserted(text):
    events = [e for e in coded_events(text) if e.type == "ACCUSE"]
    assert events and all(e.modality == "asserted" and e.source.country == "NOR" and e.target.country == "SWE"
                          for e in events), [(e.modality, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, span", [
    ("Canada's government published its budget on Monday. Opposition MPs condemned the budget.", "Opposition MPs"),
    ("Canada's government published its budget on Monday. Senior opposition officials condemned it.",
     "Senior opposition officials"),
])
def test_a_plural_of_the_opposition_is_the_opposition(text, span):
    from datetime import date

    from diplograph.pipeline import extract_text

    mentions = {m.text: m.actor.code for m in extract_text(text, published=date(2005, 3, 1)).mentions}
    assert mentions.get(span) == "CANOPP", mentions


def test_a_plural_of_members_stays_legislators():
    from datetime import date

    from diplograph.pipeline import extract_text

    text = "Canada's government published its budget on Monday. Liberal MPs condemned the budget."
    mentions = {m.text: m.actor.code for m in extract_text(text, published=date(2005, 3, 1)).mentions}
    assert "OPP" not in " ".join(mentions.values()), mentions
