"""An act told as background after a span of time ("..., four months after X and Y signed it",
"three weeks after the bombing") is not dated by the news around it: the parser often reads
"after" as a preposition of the span, not as the mark of a clause, and the act would otherwise
take the publication date or the day of the main clause."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model
PUBLISHED = date(2025, 5, 22)


def events(text):
    return {e.trigger: e for e in extract_text(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, background, news, news_date", [
    ("TEHRAN — Iran's parliament on Wednesday approved the comprehensive strategic partnership treaty with "
     "Russia, four months after Presidents Masoud Pezeshkian and Vladimir Putin signed it in Moscow.",
     "signed", "approved", "2025-05-21"),
    ("Chile on Friday expelled a Peruvian envoy, three weeks after the bombing of its consulate in Lima.",
     "bombing", "expelled", "2025-05-16"),
    ("Ghana's parliament on Monday ratified the pact with Togo a year after the signing.",
     "signing", "ratified", "2025-05-19"),
])
def test_the_act_after_a_span_is_undated_and_the_news_keeps_its_date(text, background, news, news_date):
    evs = events(text)
    assert evs[background].date is None
    assert evs[news].date == news_date


def test_without_a_span_before_it_the_act_keeps_its_date():
    evs = events("Long after the war ended, Armenia signed a protocol with Turkey.")
    assert evs["signed"].date == PUBLISHED.isoformat() and evs["signed"].date_basis == "publication"
    evs = events("Kenya recalled its ambassador from Uganda after the border clash.")
    assert evs["recalled"].date == PUBLISHED.isoformat()
