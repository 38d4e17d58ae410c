"""Publication dates as metadata writes them: ISO 8601, RFC 2822 (feeds, e-mail, HTTP),
"May 2, 2024" and "2 May 2024" with or without weekday and time, Unix timestamps, and
numeric dates whose day and month order is unambiguous. A date that could be read two ways
("02/05/2024") or that is relative ("yesterday") is refused with a message: a publication
date anchors every relative date of the text, so a guess would move all of them."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for name in names}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_YEAR_LAST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_TIMESTAMP = re.compile(r"^\d{10}(?:\d{3})?(?:\.\d+)?$")


def parse_date(value: object) -> date | None:
    """The date of a publication-date field; None when empty; ValueError (with a message
    that says what to give instead) when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, dict) and len(value) == 1 and "$date" in value:  # a MongoDB export
        return parse_date(value["$date"])
    if isinstance(value, bool):
        raise ValueError(f"unrecognised date {value!r}; use YYYY-MM-DD")
    if isinstance(value, (int, float)):
        return _timestamp(float(value), value)
    text = str(value).strip()
    m = _ISO_DAY.match(text)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]), text)
    if _TIMESTAMP.match(text):
        return _timestamp(float(text), text)
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.match(text)
        if m:
            day, month = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
            return _date(int(m[3]), MONTHS[month.lower()], int(day), text)
    m = _YEAR_FIRST.match(text)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]), text)
    m = _YEAR_LAST.match(text)
    if m:
        first, second = int(m[1]), int(m[2])
        if first > 12 >= second:
            return _date(int(m[3]), second, first, text)
        if second > 12 >= first:
            return _date(int(m[3]), first, second, text)
        raise ValueError(f"ambiguous date {text!r}: day and month could be either way round; use YYYY-MM-DD")
    try:
        return parsedate_to_datetime(text).date()  # "Tue, 02 May 2024 10:00:00 GMT"
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"unrecognised date {text!r}; use YYYY-MM-DD") from None


def _date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"impossible date {text!r}") from None


def _timestamp(seconds: float, shown: object) -> date:
    """Seconds since 1970 (milliseconds when the number is that large), as a UTC date."""
    if seconds > 1e11:
        seconds /= 1000
    if not 1e8 <= seconds <= 4.1e9:  # 1973 to 2100: another number is no timestamp
        raise ValueError(f"unrecognised date {shown!r}; use YYYY-MM-DD")
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
