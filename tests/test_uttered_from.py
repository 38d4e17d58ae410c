"""A noun of blame or threat names its speaker with "from" or "by", as a request's does: "after
criticism from Peru" is Peru's criticism, not criticism of Peru."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def sources(text, type_):
    return {e.source.country if e.source else None
            for e in extract_text(text, published=date(2020, 1, 1)).events if e.type == type_}


@pytest.mark.parametrize("text, type_, speaker", [
    ("Chile recalled its ambassador after criticism from Peru.", "ACCUSE", "PER"),
    ("Turkey mobilised troops in response to threats from Syria.", "THREATEN", "SYR"),
    ("The minister resigned after accusations by Kenya of fraud.", "ACCUSE", "KEN"),
])
def test_the_from_of_a_noun_of_blame_or_threat_is_its_speaker(text, type_, speaker):
    assert sources(text, type_) == {speaker}
