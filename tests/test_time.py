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
