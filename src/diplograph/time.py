"""Temporal expressions: found over the parse, normalized against the publication date.

Values are TIMEX3-style: ``2025``, ``2025-01``, ``2025-01-17``, ``2025-W03``, ``199`` (a decade),
``P6M`` (a duration). An expression that cannot be pinned down keeps its text and no value.
"""
from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from diplograph.types import Document, Timex

log = logging.getLogger(__name__)

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
    "a few": None, "some": None, "many": None,
}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}

_M = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:1[89]|20)\d\d)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a|a half|several|a few|few|some|many)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"

RULES: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"^(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)$")),
    ("day-month-year", re.compile(rf"^{_D}\s+(?:of\s+)?{_M},?\s+{_Y}$")),
    ("month-day-year", re.compile(rf"^{_M}\s+{_D},?\s+{_Y}$")),
    ("month-year", re.compile(rf"^(?:early |mid-?|late |the end of |the start of )?{_M},?\s+(?:of\s+)?{_Y}$")),
    ("year", re.compile(rf"^(?:early |mid-?|late |the end of |the start of |the year )?{_Y}$")),
    ("decade", re.compile(r"^(?:the\s+)?(?:early |mid-?|late )?(?P<dec>(?:1[89]|20)\d)0'?s$")),
    ("day-month", re.compile(rf"^{_D}\s+(?:of\s+)?{_M}$")),
    ("month-day", re.compile(rf"^{_M}\s+{_D}$")),
    ("month", re.compile(rf"^(?:early |mid-?|late |the end of |the start of )?{_M}$")),
    ("weekday", re.compile(r"^(?:last |this |next |this past )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?$")),
    ("deictic-day", re.compile(r"^(?P<word>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)$")),
    ("this-unit", re.compile(r"^(?:earlier |later )?(?P<rel>this|last|next|past|previous|coming)\s+(?P<unit>week|month|year)$")),
    ("ago", re.compile(rf"^{_NUM}\s+{_UNIT}\s+(?:ago|earlier|before)$")),
    ("later", re.compile(rf"^{_NUM}\s+{_UNIT}\s+(?:later|after(?:wards)?|on)$")),
    ("duration", re.compile(rf"^(?:the\s+)?(?:past\s+|last\s+|next\s+|coming\s+)?{_NUM}\s+{_UNIT}$")),
    ("vague-duration", re.compile(r"^(?:for\s+)?(?P<unit>days|weeks|months|years|decades)$")),
]

INDEFINITE = re.compile(r"^(?:on\s+)?(?:a|one|some|every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year)\b")
RANGE_WORDS = {"since", "until", "till", "from", "through", "throughout", "between", "during", "for", "over"}


@dataclass(frozen=True, slots=True)
class Normalized:
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    precision: str | None  # day, week, month, year, decade, or None
    how: str


def _month_back(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) - n
    return k // 12, k % 12 + 1


def _fmt(precision: str, d: date) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return f"{d.year:04d}"


def _count(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.lower()
    if word in ("half a", "a half"):
        return 0.5
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _infer_year(month: int, day: int | None, pub: date, future: bool) -> int:
    """The year of a month (and day) given without one: the latest such date not after the
    publication date, unless the clause speaks of the future."""
    probe = date(pub.year, month, min(day or 1, calendar.monthrange(pub.year, month)[1]))
    if future:
        return pub.year if probe >= pub.replace(day=1 if day is None else pub.day) else pub.year + 1
    if day is None:
        return pub.year if month <= pub.month else pub.year - 1
    return pub.year if probe <= pub else pub.year - 1


def normalize(text: str, published: date | None, *, future: bool = False, anchor: date | None = None) -> Normalized:
    """Normalize one temporal expression. ``anchor`` is the last date mentioned in the text,
    for expressions like "three months later"."""
    t = " ".join(text.lower().replace("\u2019", "'").split())
    t = re.sub(r"^(?:on|in|at|by|during|of)\s+", "", t)
    if INDEFINITE.match(t):
        return Normalized("DATE", None, None, "indefinite")
    t = re.sub(r"^the\s+(?=\d|(?:early|late|mid))", "", t)
    for name, rx in RULES:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        try:
            if name == "iso":
                d = date(int(g["year"]), int(g["m"]), int(g["d"]))
                return Normalized("DATE", d.isoformat(), "day", "explicit")
            if name in ("day-month-year", "month-day-year"):
                d = date(int(g["year"]), MONTHS[g["month"]], int(g["day"]))
                return Normalized("DATE", d.isoformat(), "day", "explicit")
            if name == "month-year":
                return Normalized("DATE", f"{int(g['year']):04d}-{MONTHS[g['month']]:02d}", "month", "explicit")
            if name == "year":
                return Normalized("DATE", g["year"], "year", "explicit")
            if name == "decade":
                return Normalized("DATE", g["dec"], "decade", "explicit")
            if published is None:
                return Normalized("DATE", None, None, "needs-publication-date")
            if name in ("day-month", "month-day"):
                month, day = MONTHS[g["month"]], int(g["day"])
                year = _infer_year(month, day, published, future)
                return Normalized("DATE", date(year, month, day).isoformat(), "day", "publication-year")
            if name == "month":
                month = MONTHS[g["month"]]
                year = _infer_year(month, None, published, future)
                return Normalized("DATE", f"{year:04d}-{month:02d}", "month", "publication-year")
            if name == "weekday":
                wd = WEEKDAYS[g["wd"]]
                if future or t.startswith("next"):
                    delta = (wd - published.weekday()) % 7 or 7
                    d = published + timedelta(days=delta)
                else:
                    delta = (published.weekday() - wd) % 7
                    if t.startswith("last") and delta == 0:
                        delta = 7
                    d = published - timedelta(days=delta)
                return Normalized("DATE", d.isoformat(), "day", "weekday")
            if name == "deictic-day":
                shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(g["word"], 0)
                d = published + timedelta(days=shift)
                return Normalized("DATE", d.isoformat(), "day", "deictic")
            if name == "this-unit":
                rel, unit = g["rel"], g["unit"]
                step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
                if unit == "year":
                    return Normalized("DATE", f"{published.year + step:04d}", "year", "relative")
                if unit == "month":
                    y, mo = _month_back(published.year, published.month, -step)
                    return Normalized("DATE", f"{y:04d}-{mo:02d}", "month", "relative")
                d = published + timedelta(weeks=step)
                return Normalized("DATE", _fmt("week", d), "week", "relative")
            if name in ("ago", "later"):
                n = _count(g["num"])
                unit = g["unit"]
                base = published if name == "ago" else anchor
                if n is None or base is None:
                    return Normalized("DATE", None, None, "vague" if n is None else "no-anchor")
                sign = -1 if name == "ago" else 1
                return Normalized("DATE", *_shift(base, n * sign, unit), "relative" if name == "ago" else "anchored")
            if name == "duration":
                n = _count(g["num"])
                if n is None:
                    return Normalized("DURATION", f"PX{UNITS[g['unit']][0]}", None, "vague")
                if n == 0.5:
                    return _half(g["unit"])
                return Normalized("DURATION", f"P{int(n)}{UNITS[g['unit']][0]}", None, "duration")
            if name == "vague-duration":
                return Normalized("DURATION", f"PX{UNITS[g['unit'].rstrip('s')][0]}", None, "vague")
        except (ValueError, KeyError) as exc:  # an impossible date such as 31 February
            log.debug("cannot normalize %r: %s", text, exc)
            return Normalized("DATE", None, None, "invalid")
    return _dateparser(t, published, future)


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _dateparser(text: str, published: date | None, future: bool) -> Normalized:
    """Last resort for forms our rules do not cover; dateparser with our publication date as base."""
    if published is None or not re.search(r"[a-z0-9]", text) or len(text) > 40:
        return Normalized("DATE", None, None, "unresolved")
    from datetime import datetime

    settings = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        data = _parse(text, settings)
    except Exception as exc:  # dateparser raises many kinds on odd input; the expression stays unresolved
        log.debug("dateparser failed on %r: %s", text, exc)
        return Normalized("DATE", None, None, "unresolved")
    if data is None or data.date_obj is None or data.period not in _PERIODS:
        return Normalized("DATE", None, None, "unresolved")
    precision = _PERIODS[data.period]
    return Normalized("DATE", _fmt(precision, data.date_obj.date()), precision, "dateparser")


def _parse(text: str, settings: dict):
    import dateparser.date

    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    return parser.get_date_data(text)


def _half(unit: str) -> Normalized:
    months = {"year": 6, "month": None, "decade": 60}.get(unit)
    if months:
        return Normalized("DURATION", f"P{months}M", None, "duration")
    return Normalized("DURATION", None, None, "vague")


def _shift(base: date, n: float, unit: str) -> tuple[str, str]:
    if unit == "day":
        return (base + timedelta(days=int(n))).isoformat(), "day"
    if unit == "week":
        return _fmt("week", base + timedelta(weeks=n)), "week"
    if unit == "month" or (unit == "year" and n != int(n)):
        months = int(round(n * (12 if unit == "year" else 1)))
        y, mo = _month_back(base.year, base.month, -months)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "year":
        return f"{base.year + int(n):04d}", "year"
    if unit == "decade":
        return f"{(base.year + int(n) * 10) // 10:03d}", "decade"
    raise ValueError(unit)


# --- finding expressions in a parsed document ---------------------------------------------

_EXTEND_AFTER = {"ago", "later", "earlier", "before", "afterwards"}
_FUTURE_AUX = {"will", "shall", "'ll"}


def _is_future(token) -> bool:
    """Does the clause that governs this token speak of the future?"""
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.head is head:
            break
        head = head.head
    for child in head.children:
        if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
            return True
    return head.lemma_ in ("plan", "schedule", "expect") or any(
        c.lower_ == "going" for c in head.children
    )


def find(doc: Document) -> Document:
    """Stage: add the document's temporal expressions (reads ``parse``; adds ``timexes``)."""
    from diplograph.nlp import iter_sentence_spans

    out: list[Timex] = []
    anchor: date | None = None
    for index, offset, sent in iter_sentence_spans(doc):
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            span = ent
            # "two years" + "ago" when the model left "ago" out
            end = span.end
            while end < sent.end and span.doc[end].lower_ in _EXTEND_AFTER:
                end += 1
            start = span.start
            if start > sent.start and span.doc[start - 1].lower_ in ("half",):
                start -= 1
            span = span.doc[start:end]
            if _not_a_date(span):
                continue
            first = span.doc[span.start - 1] if span.start > sent.start else None
            norm = normalize(span.text, doc.published, future=_is_future(span.root), anchor=anchor)
            kind = norm.type if ent.label_ == "DATE" else "TIME"
            if first is not None and first.lower_ in RANGE_WORDS and norm.type == "DATE":
                kind = "RANGE" if first.lower_ != "for" else "DURATION"
            # A leading indefinite article ("on a Friday") makes the expression indefinite.
            if first is not None and first.lower_ in ("a", "one", "every", "each") and norm.value:
                norm = Normalized(norm.type, None, None, "indefinite")
            if norm.value and norm.type == "DATE" and norm.precision == "day":
                anchor = date.fromisoformat(norm.value)
            out.append(
                Timex(
                    offset + span.start_char,
                    offset + span.end_char,
                    span.text,
                    kind,
                    norm.value,
                    norm.precision,
                    norm.how,
                    index,
                )
            )
    return doc.replace(timexes=tuple(out))


def _not_a_date(span) -> bool:
    """Numbers the model tags as dates that are not: "2910 troops", "120,000 followers"."""
    text = span.text.strip()
    if re.fullmatch(r"[\d,.]+", text):
        if not re.fullmatch(r"(?:1[89]|20)\d\d", text):
            return True
        root = span.root
        if root.dep_ == "nummod" and root.head.pos_ == "NOUN" and root.head.lower_ not in MONTHS:
            return True
    return False
