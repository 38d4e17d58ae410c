"""Publication dates in the forms metadata writes them, and clear refusals of the rest."""
import io
from datetime import date

import pytest

from diplograph.ingest import ReadOptions, read_stream
from diplograph.ingest.pubdate import parse_date

MAY_2 = date(2024, 5, 2)


@pytest.mark.parametrize("value", [
    "2024-05-02", "2024-05-02T10:00:00Z", "2024-05-02 10:00:00", "2024-05-02T23:59:00+05:30",
    "Thu, 02 May 2024 10:00:00 GMT", "Thu, 2 May 2024 10:00:00 +0000",  # RFC 2822 (feeds, HTTP)
    "May 2, 2024", "May 2 2024", "Thursday, May 2, 2024 10:15 AM", "May. 2, 2024",
    "2 May 2024", "2nd May, 2024", "02 May 2024 14:00", "Thursday 2 May 2024",
    "2024/05/02", "2024.05.02",
    "1714644000", 1714644000, 1714644000000, 1714644000.5, "1714644000000",  # Unix seconds and milliseconds
    {"$date": "2024-05-02T10:00:00Z"},
    date(2024, 5, 2),
])
def test_forms_of_one_day(value):
    assert parse_date(value) == MAY_2


@pytest.mark.parametrize("value,day", [
    ("25/12/2023", date(2023, 12, 25)),  # day first: 25 can be no month
    ("12/25/2023", date(2023, 12, 25)),  # month first
    ("Sep 30, 2023", date(2023, 9, 30)),
    ("1 Sept 2023", date(2023, 9, 1)),
])
def test_other_days(value, day):
    assert parse_date(value) == day


@pytest.mark.parametrize("value,message", [
    ("02/05/2024", "ambiguous date"),
    ("yesterday", "unrecognised date"),
    ("2024", "unrecognised date"),
    ("30 February 2024", "impossible date"),
    ("2024-13-01", "impossible date"),
    (42, "unrecognised date"),
    (True, "unrecognised date"),
    ("12345678901234567", "unrecognised date"),
])
def test_what_cannot_be_read_is_refused_with_a_reason(value, message):
    with pytest.raises(ValueError, match=message):
        parse_date(value)


@pytest.mark.parametrize("value", [None, ""])
def test_no_date_is_none(value):
    assert parse_date(value) is None


def test_a_json_line_with_a_feed_style_date_is_dated():
    line = b'{"text": "Iran and Russia signed a pact.", "date": "Thu, 02 May 2024 10:00:00 GMT"}\n'
    (doc,) = read_stream(io.BytesIO(line), "<stdin>", options=ReadOptions())
    assert doc.published == MAY_2 and doc.published_source == "metadata"


def test_an_ambiguous_date_leaves_the_document_undated_and_flagged(caplog):
    line = b'{"text": "Iran and Russia signed a pact.", "date": "02/05/2024"}\n'
    (doc,) = read_stream(io.BytesIO(line), "<stdin>", options=ReadOptions(published=date(2024, 1, 1)))
    assert "bad-published-date" in doc.quality and "ambiguous date" in caplog.text
    assert doc.published == date(2024, 1, 1) and doc.published_source == "user"
