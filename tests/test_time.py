"""Normalization of temporal expressions against a publication date (no model needed)."""
from datetime import date

import pytest

from diplograph.time import normalize

PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    "text,pub,value,precision",
    [
        ("17 January 2025", PUB, "2025-01-17", "day"),
        ("January 17, 2025", PUB, "2025-01-17", "day"),
        ("Jan. 17, 2025", PUB, "2025-01-17", "day"),
        ("2025-01-17", PUB, "2025-01-17", "day"),
        ("February 2022", PUB, "2022-02", "month"),
        ("2015", PUB, "2015", "year"),
        ("the 1990s", PUB, "199", "decade"),
        ("in January", PUB, "2025-01", "month"),
        ("in September", PUB, "2024-09", "month"),  # past preference: last September
        ("April 21", PUB, "2025-04-21", "day"),
        ("21 April", PUB, "2025-04-21", "day"),
        ("December 3", PUB, "2024-12-03", "day"),
        ("on Wednesday", PUB, "2025-06-18", "day"),
        ("Friday", PUB, "2025-06-20", "day"),
        ("last Friday", PUB, "2025-06-13", "day"),
        ("yesterday", PUB, "2025-06-19", "day"),
        ("today", PUB, "2025-06-20", "day"),
        ("last year", PUB, "2024", "year"),
        ("this year", PUB, "2025", "year"),
        ("next year", PUB, "2026", "year"),
        ("last month", PUB, "2025-05", "month"),
        ("earlier this month", PUB, "2025-06", "month"),
        ("last month", date(2025, 1, 10), "2024-12", "month"),
        ("last week", PUB, "2025-W24", "week"),
        ("two years ago", PUB, "2023", "year"),
        ("half a year ago", PUB, "2024-12", "month"),
        ("three months ago", PUB, "2025-03", "month"),
        ("10 days ago", PUB, "2025-06-10", "day"),
        ("mid-2023", PUB, "2023", "year"),
        ("late March", PUB, "2025-03", "month"),
    ],
)
def test_dates(text, pub, value, precision):
    n = normalize(text, pub)
    assert (n.value, n.precision) == (value, precision)


def test_future_tense_moves_forward():
    assert normalize("in September", PUB, future=True).value == "2025-09"
    assert normalize("on Wednesday", PUB, future=True).value == "2025-06-25"


def test_anchored_expression_uses_the_anchor():
    n = normalize("three months later", PUB, anchor=date(2025, 1, 17))
    assert (n.value, n.precision) == ("2025-04", "month")
    assert normalize("three months later", PUB).value is None


@pytest.mark.parametrize("text", ["on a Friday", "a Friday", "the first year of the war", "some day"])
def test_indefinite_expressions_keep_no_value(text):
    assert normalize(text, PUB).value is None


@pytest.mark.parametrize("text,value", [("for years", "PXY"), ("three months", "P3M"), ("two weeks", "P2W")])
def test_durations(text, value):
    n = normalize(text, PUB)
    assert n.type == "DURATION" and n.value == value


def test_relative_expressions_need_a_publication_date():
    n = normalize("last year", None)
    assert n.value is None and n.how == "needs-publication-date"
    assert normalize("17 January 2025", None).value == "2025-01-17"


def test_impossible_date_is_not_invented():
    assert normalize("31 February 2025", PUB).value is None


# --- the table: expressions with publication dates and expected TIMEX3 values --------

FRI_2013 = date(2013, 3, 22)  # a Friday, as TempEval-3's creation dates
WED_2025 = date(2025, 4, 9)  # a Wednesday


@pytest.mark.parametrize(
    "text,pub,kw,type_,value",
    [
        # references to the present, past and future (TIMEX3 PRESENT_REF etc.)
        ("now", PUB, {}, "DATE", "PRESENT_REF"),
        ("currently", PUB, {}, "DATE", "PRESENT_REF"),
        ("in the past", PUB, {}, "DATE", "PAST_REF"),
        ("at the time", PUB, {}, "DATE", "PAST_REF"),
        ("the future", PUB, {}, "DATE", "FUTURE_REF"),
        # sliding windows are durations, not calendar units
        ("the past year", PUB, {}, "DURATION", "P1Y"),
        ("the past two years", PUB, {}, "DURATION", "P2Y"),
        ("recent years", PUB, {}, "DURATION", "PXY"),
        ("in recent weeks", PUB, {}, "DURATION", "PXW"),
        ("the coming months", PUB, {}, "DURATION", "PXM"),
        ("the next decade", PUB, {}, "DURATION", "P10Y"),
        # quarters, halves, seasons
        ("the first quarter of 2024", PUB, {}, "DATE", "2024-Q1"),
        ("Q3 2022", PUB, {}, "DATE", "2022-Q3"),
        ("last quarter", PUB, {}, "DATE", "2025-Q1"),
        ("this quarter", PUB, {}, "DATE", "2025-Q2"),
        ("the fourth quarter", PUB, {}, "DATE", "2024-Q4"),
        ("the first half of 2024", PUB, {}, "DATE", "2024-H1"),
        ("summer 2012", PUB, {}, "DATE", "2012-SU"),
        ("last summer", FRI_2013, {}, "DATE", "2012-SU"),
        ("last winter", PUB, {}, "DATE", "2024-WI"),
        ("the autumn", PUB, {"future": True}, "DATE", "2025-FA"),
        ("the autumn", PUB, {}, "DATE", "2024-FA"),
        # times of day
        ("this morning", PUB, {}, "TIME", "2025-06-20TMO"),
        ("last night", PUB, {}, "TIME", "2025-06-19TNI"),
        ("Friday afternoon", FRI_2013, {}, "TIME", "2013-03-22TAF"),
        ("8 p.m.", PUB, {}, "TIME", "2025-06-20T20"),
        ("15:00 GMT Saturday", FRI_2013, {"future": True}, "TIME", "2013-03-23T15:00"),
        ("noon Saturday", FRI_2013, {}, "TIME", "2013-03-16T12:00"),
        # durations
        ("for three years", PUB, {}, "DURATION", "P3Y"),
        ("a decade", PUB, {}, "DURATION", "P10Y"),
        ("two and a half years", PUB, {}, "DURATION", "P30M"),
        ("half a year", PUB, {}, "DURATION", "P6M"),
        ("half an hour", PUB, {}, "DURATION", "PT30M"),
        ("a mere 24 hours", PUB, {}, "DURATION", "PT24H"),
        ("four-week", PUB, {}, "DURATION", "P4W"),
        ("more than 50 years", PUB, {}, "DURATION", "P50Y"),
        ("about ten days", PUB, {}, "DURATION", "P10D"),  # a count of days, never a date
        ("3:07:35", PUB, {}, "DURATION", "PT3H7M35S"),
        ("decades", PUB, {}, "DURATION", "PXDE"),
        # sets
        ("every year", PUB, {}, "SET", "P1Y"),
        ("annually", PUB, {}, "SET", "P1Y"),
        ("every Friday", PUB, {}, "SET", "XXXX-WXX-5"),
        ("twice a month", PUB, {}, "SET", "P1M"),
        ("every morning", PUB, {}, "SET", "XXXX-XX-XXTMO"),
        ("every other week", PUB, {}, "SET", "P2W"),
        # decades and centuries
        ("the '90s", PUB, {}, "DATE", "199"),
        ("the early 2000s", PUB, {}, "DATE", "200"),
        ("the 20th century", PUB, {}, "DATE", "19"),
        ("this century", PUB, {}, "DATE", "20"),
        # weekdays and tense: past by default, future or nearest when the clause says so
        ("Monday", WED_2025, {}, "DATE", "2025-04-07"),
        ("Monday", WED_2025, {"future": True}, "DATE", "2025-04-14"),
        ("Thursday", WED_2025, {"tense": "present"}, "DATE", "2025-04-10"),
        ("Wednesday", WED_2025, {"future": True}, "DATE", "2025-04-09"),
        ("next Wednesday", WED_2025, {}, "DATE", "2025-04-16"),
        ("this week", WED_2025, {}, "DATE", "2025-W15"),
        ("next week", WED_2025, {}, "DATE", "2025-W16"),
        ("last week", date(2023, 4, 5), {}, "DATE", "2023-W13"),
        ("the weekend", WED_2025, {}, "DATE", "2025-W14-WE"),
        ("the weekend", WED_2025, {"future": True}, "DATE", "2025-W15-WE"),
        # months without a year
        ("last May", PUB, {}, "DATE", "2024-05"),
        ("next May", PUB, {}, "DATE", "2026-05"),
        ("this May", PUB, {}, "DATE", "2025-05"),
        ("June", FRI_2013, {"future": True}, "DATE", "2013-06"),
        ("October", FRI_2013, {"tense": "present"}, "DATE", "2012-10"),
        ("late last July", FRI_2013, {}, "DATE", "2012-07"),
        ("early December", FRI_2013, {}, "DATE", "2012-12"),
        ("the end of the year", FRI_2013, {"tense": "past"}, "DATE", "2012"),
        ("the end of the year", FRI_2013, {"future": True}, "DATE", "2013"),
        ("the start of the month", PUB, {}, "DATE", "2025-06"),
        # explicit forms
        ("Friday, March 22, 2013", PUB, {}, "DATE", "2013-03-22"),
        ("22/03/2013", PUB, {}, "DATE", "2013-03-22"),
        ("fiscal 2024", PUB, {}, "DATE", "2024"),
        ("the 17th of January 2025", PUB, {}, "DATE", "2025-01-17"),
        # relative to the publication date
        ("two years from now", PUB, {}, "DATE", "2027"),
        ("a week ago", PUB, {}, "DATE", "2025-W24"),
        ("a week or so ago", PUB, {}, "DATE", "2025-W24"),
        ("the day before yesterday", PUB, {}, "DATE", "2025-06-18"),
    ],
)
def test_table(text, pub, kw, type_, value):
    n = normalize(text, pub, **kw)
    assert (n.type, n.value) == (type_, value), n


@pytest.mark.parametrize(
    "text,anchor,precision,value",
    [
        ("the next day", date(2025, 1, 17), "day", "2025-01-18"),
        ("the following day", date(2025, 1, 17), "day", "2025-01-18"),
        ("the previous day", date(2025, 1, 17), "day", "2025-01-16"),
        ("that year", date(2014, 1, 1), "year", "2014"),
        ("a year later", date(2014, 1, 1), "year", "2015"),
        ("three months later", date(2025, 1, 1), "month", "2025-04"),
        ("two days earlier", date(2025, 1, 17), "day", "2025-01-15"),
    ],
)
def test_anchored_to_a_date_in_the_text(text, anchor, precision, value):
    n = normalize(text, PUB, anchor=anchor, anchor_precision=precision)
    assert (n.value, n.how) == (value, "anchored")


def test_an_anchor_too_coarse_gives_no_value():
    # "in 2014 ... three months later": the month cannot be known
    assert normalize("three months later", PUB, anchor=date(2014, 1, 1), anchor_precision="year").value is None


def test_every_value_is_timex3_shaped():
    import re

    shape = re.compile(r"^(?:\d{2,4}(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T[0-9A-Z:]+)?"
                       r"|P(?:T?(?:\d+|X)[A-Z]+)+|XXXX[-0-9A-Z]*|PRESENT_REF|PAST_REF|FUTURE_REF)$")
    texts = ["now", "last year", "the past two years", "every Friday", "Q3 2022", "8 p.m.", "half a year ago",
             "the 1990s", "last summer", "the weekend", "three weeks", "a decade", "annually", "this morning"]
    for text in texts:
        value = normalize(text, PUB).value
        assert value and shape.match(value), (text, value)


# --- the stage over the real parse ----------------------------------------------------------


def _timexes(text: str, published: date = PUB):
    from diplograph import nlp
    from diplograph.time import find
    from diplograph.types import Document

    (doc,) = nlp.parse([Document(id="t", text=text, published=published)])
    doc = find(doc)
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text  # offsets point into the text
    return [(t.text, t.type, t.value) for t in doc.timexes]


@pytest.mark.model
def test_relative_expression_anchored_to_a_date_in_an_earlier_sentence():
    found = _timexes("Russia and Iran signed the treaty on 17 January 2025. Three months later, the Duma approved it.")
    assert found == [("17 January 2025", "DATE", "2025-01-17"), ("Three months later", "DATE", "2025-04")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The war lasted from 2014 to 2016.", [("2014", "RANGE", "2014"), ("2016", "RANGE", "2016")]),
        ("Sanctions have been in place since 2022.", [("2022", "RANGE", "2022")]),
        ("Talks were held between March and May.", [("March", "RANGE", "2025-03"), ("May", "RANGE", "2025-05")]),
        ("The swine flu pandemic of 2009-2010 killed many.", [("2009", "RANGE", "2009"), ("2010", "RANGE", "2010")]),
        ("He joined the expedition of 1957-58.", [("1957", "RANGE", "1957"), ("58", "RANGE", "1958")]),
        ("It could take between 12 and 18 months.", [("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")]),
    ],
)
def test_ranges_are_kept_as_their_ends_never_one_day(text, expected):
    assert _timexes(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed 2910 troops to the border.",
        "The account has 120,000 followers and 2000 posts.",
        "Iran may sign the deal.",
        "His 22-year-old son reported him missing.",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert _timexes(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("He will travel to Moscow on Friday.", ("Friday", "DATE", "2025-04-11")),
        ("He travelled to Moscow on Friday.", ("Friday", "DATE", "2025-04-04")),
        ("The talks are due to resume in May.", ("May", "DATE", "2025-05")),
        ("The talks resumed in May.", ("May", "DATE", "2024-05")),
        ("The summit, which ends on Thursday, was a success.", ("Thursday", "DATE", "2025-04-10")),
    ],
)
def test_tense_chooses_the_direction(text, expected):
    assert _timexes(text, WED_2025) == [expected]


@pytest.mark.model
def test_in_a_span_of_time_from_now_is_a_date_unless_it_follows_a_superlative():
    assert _timexes("The talks will resume in two weeks.") == [("two weeks", "DATE", "2025-W27")]
    assert _timexes("It might be the worst in a decade.") == [("a decade", "DURATION", "P10Y")]
    assert _timexes("The plant was built in two years.") == [("two years", "DURATION", "P2Y")]


@pytest.mark.model
def test_words_the_model_does_not_label():
    found = _timexes("Prices are now higher than in the past, and the ministry currently pays annually.")
    assert ("now", "DATE", "PRESENT_REF") in found
    assert ("the past", "DATE", "PAST_REF") in found
    assert ("currently", "DATE", "PRESENT_REF") in found
    assert ("annually", "SET", "P1Y") in found


@pytest.mark.model
def test_indefinite_and_relational_expressions_keep_no_value():
    found = _timexes("Putin met him on a Friday in the first year of the war.")
    assert [v for _, _, v in found] == [None, None]


@pytest.mark.model
def test_a_duration_before_an_event_is_a_duration():
    assert _timexes("The vote came a week before the election.") == [("a week", "DURATION", "P1W")]
    assert _timexes("The season started a month earlier than usual.") == [("a month", "DURATION", "P1M")]


@pytest.mark.model
def test_two_expressions_of_one_day_are_one():
    assert _timexes("Before departing for Jordan on Friday afternoon, he spoke.", FRI_2013) == [
        ("Friday afternoon", "TIME", "2013-03-22TAF")
    ]


@pytest.mark.model
def test_publication_date_missing_keeps_relative_expressions_unresolved():
    found = _timexes("Iran supplied drones last year, and signed the deal on 17 January 2025.", None)
    assert found == [("last year", "DATE", None), ("17 January 2025", "DATE", "2025-01-17")]
