"""Event dates as intervals. The events table keeps a date as precise as the text allowed
(``2025``, ``2025-04``, ``2025-04-21``, ``2025-W39``) and sometimes a TIMEX3 oddity
(``PRESENT_REF``, ``2022-02-24TEV``, ``XXXX-XX-XXTNI``); analysis needs the first and last day
the event may have happened on, and the month or year it counts in."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?!\d)")
_YEAR = re.compile(r"^(\d{4})(?![\d])")

# Finer first: how an event's date ranks when several reports of it disagree.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class When:
    """The interval an event date stands for, inclusive at both ends."""

    start: date
    end: date
    precision: str  # day | week | month | year

    @property
    def month(self) -> str | None:
        """``YYYY-MM`` when the date is at least as precise as a month (a week counts in the
        month of its Monday, as the store does)."""
        if self.precision == "year":
            return None
        return self.start.isoformat()[:7]

    @property
    def year(self) -> int:
        return self.start.year

    def period(self, by: str) -> str | None:
        return self.month if by == "month" else str(self.year)

    def overlaps(self, other: "When", slack_days: int = 0) -> bool:
        pad = timedelta(days=slack_days)
        return self.start - pad <= other.end and other.start - pad <= self.end

    def contains(self, other: "When") -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def rank(self) -> int:
        return PRECISION_RANK[self.precision]


def parse(value: str | None, precision: str | None = None) -> When | None:
    """The interval of a stored date, or None when it names no calendar period."""
    if not value or precision == "decade":
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return When(d, d, "day")
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return When(monday, monday + timedelta(days=6), "week")
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return When(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month")
        if m := _YEAR.match(value):
            y = int(m[1])
            return When(date(y, 1, 1), date(y, 12, 31), "year")
    except ValueError:
        return None
    return None


def months_between(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from first to last, inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def periods_between(first: str, last: str, by: str) -> list[str]:
    if by == "month":
        return months_between(first, last)
    return [str(y) for y in range(int(first), int(last) + 1)]


def in_range(when: When | None, since: str | None, until: str | None) -> bool:
    """Whether an event falls inside ``since``/``until`` (``YYYY[-MM[-DD]]``, both inclusive);
    an undated event falls inside only when neither bound is given."""
    if since is None and until is None:
        return True
    if when is None:
        return False
    if since:
        lo = parse(since)
        if lo is not None and when.end < lo.start:
            return False
    if until:
        hi = parse(until)
        if hi is not None and when.start > hi.end:
            return False
    return True
