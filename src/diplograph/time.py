"""Temporal expressions: found over the parse, normalized against the publication date.

Values are TIMEX3-style:

- dates ``2025``, ``2025-01``, ``2025-01-17``, ``2025-W03``, ``2025-W03-WE`` (a weekend),
  ``2025-Q1``, ``2025-H2``, ``2025-SU`` (a season), ``199`` (a decade), ``19`` (a century);
- times ``2025-01-17T15:00``, ``2025-01-17TAF`` (an afternoon);
- durations ``P6M``, ``P2Y``, ``PT3H``, ``PXY`` (some years);
- sets ``P1Y`` ("every year", "annually"), ``XXXX-WXX-5`` ("every Friday"), ``XXXX-XX-XXTMO``;
- ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF`` ("now", "in the past", "the future").

An expression that cannot be pinned down keeps its text and no value ("on a Friday", "the first
year of the war", "three months later" with no date before it). News is mostly about the past:
a month or weekday without a year resolves to the past unless the tense of the clause says
otherwise. Ranges ("since 2022", "from 2014 to 2016", "between March and May") give one timex
per end, typed ``RANGE``, so that no event is dated to one end of a range.

``find`` is the pipeline stage (reads ``parse``, adds ``timexes``); ``normalize`` resolves one
expression's text and is usable on its own.
"""
from __future__ import annotations

import calendar
import functools
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diplograph.types import Document, Timex

log = logging.getLogger(__name__)

# --- vocabulary ----------------------------------------------------------------------------

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBERS: dict[str, float | None] = {w: i for i, w in enumerate(_ONES)}
NUMBERS.update(_TENS)
NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "a dozen": 12, "hundred": 100, "a hundred": 100,
                "half a": 0.5, "half an": 0.5})
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of",
                 "a couple of", "more", "numerous", "countless"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": -1, "last": -1}
CENTURY_ORDINALS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
# unit word -> (TIMEX3 letter, is a clock unit written after "T")
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
         "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False)}
SEASONS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
SEASON_CODES = ("SP", "SU", "FA", "WI")
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "dawn": "MO", "daybreak": "MO", "dusk": "EV"}
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "at the time": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "in future": "FUTURE_REF",
}

_MONTH_RX = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_M = rf"(?P<month>{_MONTH_RX})\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:1[5-9]|20)\d\d)"
_WDALT = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun"
_WD = rf"(?P<wd>{_WDALT})\.?"
_NUMWORD = "|".join(sorted(
    [w for w in NUMBERS if w not in ("a", "an")] + [w for w in VAGUE_NUMBERS] + ["a", "an"],
    key=len, reverse=True))
_TENSW = "|".join(_TENS)
_NUM = rf"(?P<num>\d+(?:\.\d+)?|(?:{_TENSW})[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_NUMWORD})"
_UNITALT = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries"
_UNIT = rf"(?P<unit>{_UNITALT})"
_HALF = r"(?P<half>and a half)"
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_REL = r"(?P<rel>this past|this coming|this|last|next|past|previous|coming|current|following|same)"

_EDGE_MODS = re.compile(
    r"^(?:(?:the )?(?P<mod>very end|end|close|start|beginning|middle|turn|dawn)(?: of)? |"
    r"(?:the )?(?P<mod2>early|late|mid|middle)[- ](?:in )?(?:the )?)"
)
_APPROX = re.compile(
    r"^(?:about|around|roughly|approximately|nearly|almost|close to|some(?= \d)|more than|less than|fewer than|"
    r"no more than|no less than|over(?= (?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|half))|under|"
    r"up to|at least|at most|just over|just under|well over|well under|just|only|a mere|mere|barely|"
    r"an initial|a full|a further|another|an additional|"
    r"a period of|a total of|a maximum of|a minimum of|a span of)\s+"
)
_LEAD_PREP = re.compile(r"^(?:on|in|at|by|during|of|for|from|since|until|till|through|throughout|within|over|before|after|around|as of|as early as|as late as|starting|beginning|ending|into|to)\s+")
_ISO_DATE = re.compile(r"^(?:\d{2,3}|\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?)$")


@dataclass(frozen=True, slots=True)
class Normalized:
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    precision: str | None  # time, day, week, month, quarter, season, half, year, decade, century, or None
    how: str


def is_calendar(value: str | None) -> bool:
    """Is this value a calendar date (``2025``, ``2025-01``, ``2025-01-17``, ``2025-W03``,
    ``2025-Q1``, ``199``, ...), not a duration, a set, a reference like ``PRESENT_REF`` or a
    time of day? Only these can date an event."""
    return bool(value) and bool(_ISO_DATE.match(value))


# --- small date arithmetic -------------------------------------------------------------------


def _month_add(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _fmt(precision: str, d: date) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if precision == "decade":
        return f"{d.year // 10:03d}"
    if precision == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def _count(word: str | None) -> float | None:
    """A number from digits or words; None for vague quantities ("several", "a few")."""
    if word is None:
        return None
    word = word.lower().strip()
    if word in VAGUE_NUMBERS:
        return None
    try:
        return float(word) if "." in word else int(word)
    except ValueError:
        pass
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBERS:
        return _TENS[parts[0]] + int(NUMBERS[parts[1]] or 0)
    return None


def _pick(candidates: list[int], current: int, tense: str | None, rel: str | None = None) -> int:
    """Choose among occurrences (indices on a scale: months, seasons, quarters, days) given
    the current one: the past by default, the future when the tense says so, the nearest for
    the present tense; "last"/"next" exclude the current one."""
    if rel in ("last", "past", "previous", "this past"):
        return max(c for c in candidates if c < current)
    if rel in ("next", "coming", "this coming", "following"):
        return min(c for c in candidates if c > current)
    if rel in ("this", "current"):
        return min(candidates, key=lambda c: (abs(c - current), c < current))
    if tense == "future":
        return min(c for c in candidates if c >= current)
    if tense == "present":
        return min(candidates, key=lambda c: (abs(c - current), c < current))
    return max(c for c in candidates if c <= current)


def _around(current: int, period: int, index: int) -> list[int]:
    """Occurrences of ``index`` (mod ``period``) within two periods of ``current``."""
    base = current - current % period + index
    return [base + k * period for k in (-2, -1, 0, 1, 2)]


# --- duration values ---------------------------------------------------------------------------


def _unit_key(unit: str) -> str:
    u = unit.lower()
    if u in ("centuries", "century"):
        return "century"
    return u[:-1] if u.endswith("s") else u


def _duration(n: float | None, unit: str) -> str | None:
    """A TIMEX3 duration: ``P3M``, ``PT2H``, ``P10Y`` (a decade), ``PXY`` (n unknown)."""
    key = _unit_key(unit)
    letter, clock = UNITS[key]
    if key == "fortnight":
        n = None if n is None else n * 2
    if key == "quarter":
        letter = "M" if n is not None else "Q"
        n = None if n is None else n * 3
    if n is None:
        return f"PTX{letter}" if clock else f"PX{letter}"
    if key == "decade":
        n, letter = n * 10, "Y"
    elif key == "century":
        n, letter = n * 100, "Y"
    if n != int(n):  # halves: into the next smaller unit
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("D", 30) if not clock else ("S", 60), "W": ("D", 7)}
        if letter not in smaller:
            return None
        letter2, k = smaller[letter]
        if n * k != int(n * k):
            return None
        clock2 = clock or (letter == "D")
        return f"PT{int(n * k)}{letter2}" if clock2 else f"P{int(n * k)}{letter2}"
    return f"PT{int(n)}{letter}" if clock else f"P{int(n)}{letter}"


def _shift(base: date, n: float, unit: str, base_precision: str = "day") -> tuple[str, str] | None:
    """The date ``n`` units from ``base``, as precise as the unit and the base allow."""
    key = _unit_key(unit)
    rank = {"day": 0, "week": 1, "month": 2, "quarter": 2, "season": 2, "year": 3, "decade": 4, "century": 5}
    need = {"day": 0, "night": 0, "week": 1, "fortnight": 1, "month": 2, "quarter": 2, "year": 3, "decade": 4, "century": 5}.get(key)
    if need is None or rank.get(base_precision, 0) > need and not (key == "year" and n == int(n)):
        return None
    if key in ("day", "night"):
        if n != int(n):
            return None
        return (base + timedelta(days=int(n))).isoformat(), "day"
    if key in ("week", "fortnight"):
        days = n * 7 * (2 if key == "fortnight" else 1)
        return _fmt("week", base + timedelta(days=int(round(days)))), "week"
    if key in ("month", "quarter") or (key == "year" and n != int(n)):
        months = int(round(n * {"month": 1, "quarter": 3, "year": 12}[key]))
        y, mo = _month_add(base.year, base.month, months)
        return f"{y:04d}-{mo:02d}", "month"
    if key == "year":
        return f"{base.year + int(n):04d}", "year"
    if key == "decade":
        return f"{(base.year + int(n * 10)) // 10:03d}", "decade"
    return f"{(base.year + int(n * 100)) // 100:02d}", "century"


# --- normalizing one expression ---------------------------------------------------------------

_SET_EVERY = re.compile(
    rf"^(?:every|each|per|a|an)\s+(?:other\s+)?(?:{_NUM}\s+)?(?:(?P<wd2>{_WDALT})|{_PART}|{_SEASON}|{_UNIT})$"
)
_SET_FREQ = re.compile(rf"^(?:once|twice|three times|four times|\d+ times|several times|(?:{_NUM}) times)\s+(?:a|an|per|every|each)\s+{_UNIT}$")
_SET_ADVERB = {"annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
               "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H", "quarterly": "P3M",
               "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "biennially": "P2Y"}

_RX = {
    "iso": re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)$"),
    "iso-time": re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)[t ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)"),
    "numeric": re.compile(r"^(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:1[5-9]|20)\d\d)$"),
    "day-month-year": re.compile(rf"^(?:{_WD},?\s+)?(?:the\s+)?{_D}\s+(?:of\s+)?{_M},?\s+{_Y}$"),
    "month-day-year": re.compile(rf"^(?:{_WD},?\s+)?{_M}\s+{_D},?\s+{_Y}$"),
    "month-year": re.compile(rf"^{_M},?\s+(?:of\s+)?{_Y}$"),
    "year": re.compile(rf"^(?:the\s+year\s+|(?:fiscal|fy)\s*(?:year\s+)?|calendar\s+(?:year\s+)?|the\s+)?{_Y}(?:\s+fiscal year)?$"),
    "decade": re.compile(r"^(?:the\s+)?(?:(?P<dec>(?:1[5-9]|20)\d)0'?s|'?(?P<dec2>[2-9])0'?s)$"),
    "decade-word": re.compile(r"^(?:the\s+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$"),
    "century": re.compile(r"^(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century$"),
    "century-word": re.compile(r"^(?:the\s+)?(?P<cw>eighteenth|nineteenth|twentieth|twenty-first)\s+century$"),
    "quarter": re.compile(rf"^(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(?:fiscal\s+)?quarter|q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_Y}|(?P<qrel>this|last|next|the)\s+(?:fiscal\s+)?year))?$"),
    "half": re.compile(rf"^(?:the\s+)?(?P<h>first|second|latter|1st|2nd)\s+half(?:\s+of\s+(?:{_Y}|(?P<hrel>this|last|next|the)\s+year))?$"),
    "season-year": re.compile(rf"^(?:the\s+)?{_SEASON}\s+(?:of\s+)?{_Y}$"),
    "season": re.compile(rf"^(?:{_REL}\s+|the\s+)?{_SEASON}$"),
    "day-month": re.compile(rf"^(?:{_WD},?\s+)?(?:the\s+)?{_D}\s+(?:of\s+)?{_M}$"),
    "month-day": re.compile(rf"^(?:{_WD},?\s+)?{_M}\s+{_D}$"),
    "month": re.compile(rf"^(?:{_REL}\s+)?{_M}$"),
    "weekday": re.compile(rf"^(?:{_REL}\s+)?{_WD}(?:\s+{_PART})?$"),
    "part-weekday": re.compile(rf"^{_PART}\s+(?:of\s+)?{_WD}$"),
    "deictic": re.compile(r"^(?P<word>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?$"),
    "deictic-part": re.compile(r"^(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>morning|afternoon|evening|night)$"),
    "this-unit": re.compile(r"^(?:earlier |later )?(?P<rel>this past|this coming|this|last|next|past|previous|coming|current)\s+(?:calendar\s+|fiscal\s+)?(?P<unit>week|weekend|month|quarter|year|decade|century)$"),
    "weekend": re.compile(r"^(?:the\s+)?weekend$"),
    "race-time": re.compile(r"^(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)$"),
    "every-season": re.compile(r"^(?:every|each)\s+(?:\w+\s+)?season$"),
    "the-year": re.compile(r"^(?:the|this)\s+(?P<unit>year|month|week)$|^(?P<unit2>year|month|week)$"),
    "ago": re.compile(rf"^{_NUM}\s+(?:{_UNIT}|(?P<unit2>{_UNITALT})\s+{_HALF})(?:\s+or\s+so)?\s+(?:ago|back|before now|earlier than now)$"),
    "ago-half": re.compile(rf"^{_NUM}\s+{_HALF}\s+{_UNIT}\s+ago$"),
    "from-now": re.compile(rf"^{_NUM}\s+{_UNIT}(?:\s+or\s+so)?\s+(?:from now|from today|hence)$"),
    "later": re.compile(rf"^{_NUM}\s+{_UNIT}(?:\s+or\s+so)?\s+(?P<dir>later|after(?:wards)?|on|earlier|before|previously|prior)$"),
    "anchored-day": re.compile(r"^(?:the\s+)?(?P<which>next|following|previous|preceding|same|that|prior)\s+(?P<unit>day|morning|evening|night|week|month|year)$|^(?P<which2>that|the same)\s+(?P<unit2>day|week|month|year)$|^(?P<which3>the day before|the day after|the night before)$|^(?P<which4>later|earlier)\s+that\s+(?P<unit4>day|week|month|year)$"),
    "the-rel-units": re.compile(rf"^(?:the\s+|these\s+|those\s+)(?P<rel>past|last|next|coming|following|previous|preceding|first|final|ensuing|intervening|subsequent|recent)\s+(?:{_NUM}\s+)?{_UNIT}$"),
    "recent": re.compile(rf"^(?:in\s+)?(?:recent|past|coming|the coming|the next|the past)\s+(?:{_NUM}\s+)?{_UNIT}$"),
    "duration": re.compile(rf"^(?:the\s+|these\s+|those\s+|his\s+|her\s+|its\s+|their\s+)?{_NUM}(?:[- ](?:and[- ]a[- ]half|more|other|straight|consecutive|full|long))?[- ](?:straight[- ]|consecutive[- ]|full[- ]|more[- ])?{_UNIT}(?:[- ](?:long|old|running|straight|more|and counting))?$"),
    "duration-half": re.compile(rf"^(?:(?:a|an|one)\s+{_UNIT}\s+{_HALF}|{_NUM}\s+and a half\s+(?P<unit2>{_UNITALT}))$"),
    "vague-duration": re.compile(rf"^(?:for\s+)?(?:{_UNIT})(?:[- ]long)?$"),
    "time": re.compile(r"(?P<h>\b[01]?\d|\b2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?=$|\s|,)|(?<![\d:.])(?P<h2>[01]?\d|2[0-3])[:.](?P<mi2>[0-5]\d)(?=$|\s|,)(?!\s*(?:a\.?m|p\.?m))|(?P<named>\bnoon\b|\bmidday\b|\bmidnight\b)"),
}
_ZONE = re.compile(r"\b(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|msk|ist|local time|\w+ time)\b")
_SPLIT_YEARS = re.compile(r"^(?P<y1>(?:1[5-9]|20)\d\d)\s*[-–/]\s*(?P<y2>\d\d|(?:1[5-9]|20)\d\d)$")


def _clean(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = " ".join(t.split()).strip(" ,;:!?\"()")
    t = re.sub(r"(?<=[a-z])\.$", "", t) if not re.search(r"[ap]\.m\.$", t) else t
    t = re.sub(r"(?:'s|s'|')$", lambda m: "s" if m.group(0) == "s'" else "", t)
    return t.strip()


def normalize(
    text: str,
    published: date | None,
    *,
    future: bool = False,
    anchor: date | None = None,
    anchor_precision: str = "day",
    tense: str | None = None,
) -> Normalized:
    """Normalize one temporal expression against the publication date.

    ``future`` (or ``tense="future"``) says the clause speaks of the future; ``tense="present"``
    picks the nearest occurrence of a month or weekday; otherwise the past is preferred.
    ``anchor`` (with ``anchor_precision``) is the last date mentioned in the text, for "three
    months later" or "the next day"."""
    if future:
        tense = "future"
    t = _clean(text)
    if not t:
        return Normalized("DATE", None, None, "unresolved")
    return _normalize(t, published, tense, anchor, anchor_precision, 0)


def _normalize(t: str, pub: date | None, tense: str | None, anchor: date | None, anchor_prec: str, depth: int) -> Normalized:
    if t in REFERENCES:
        return Normalized("DATE", REFERENCES[t], None, "reference")
    stripped = _LEAD_PREP.sub("", t, count=1)
    if stripped != t and depth < 4:
        return _normalize(stripped, pub, tense, anchor, anchor_prec, depth + 1)
    if re.search(r"\b(?:year|month|week|day)s?[- ]old$|^(?:aged?|ages)\b", t):
        return Normalized("DURATION", None, None, "age")
    # Indefinite: "a Friday", "one day", "some day", "a morning in May" (but "a day" is a duration)
    if (re.match(rf"^(?:a|one|some|any)\s+(?:{_WDALT}|day|morning|evening|night)\b", t) and t != "a day"
            and not re.search(r"\b(?:ago|later|earlier|before|after)$", t)):
        return Normalized("DATE", None, None, "indefinite")
    approx = _APPROX.sub("", t, count=1)
    if approx != t and approx and depth < 6:
        return _normalize(approx, pub, tense, anchor, anchor_prec, depth + 1)
    s = _set(t)
    if s is not None:
        return s
    m = _EDGE_MODS.match(t)
    if m and depth < 6:
        rest = t[m.end():].strip()
        mod = m.group("mod") or m.group("mod2")
        if rest:
            return _edge(rest, mod, pub, tense, anchor, anchor_prec, depth)
    if re.search(r"\b(?:of|in)\s+(?:the\s+)?(?:war|conflict|invasion|crisis|campaign|presidency|term|process|talks|season)\b", t):
        return Normalized("DATE", None, None, "indefinite")
    tm = _time_of_day(t, pub, tense, anchor, anchor_prec, depth)
    if tm is not None:
        return tm
    for name, rx in _RX.items():
        if name == "time":
            continue
        m = rx.match(t)
        if not m:
            continue
        try:
            out = _apply(name, m.groupdict(), t, pub, tense, anchor, anchor_prec)
        except (ValueError, KeyError, OverflowError) as exc:  # 31 February, a year 0
            log.debug("cannot normalize %r: %s", t, exc)
            return Normalized("DATE", None, None, "invalid")
        if out is not None:
            return out
    # "the first week of March", "the last days of 2013": the container, at its own precision
    m = re.match(r"^(?:the\s+)?(?:first|second|third|fourth|last|final|closing|opening|early|last few|first few|final few)\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?|weekend)\s+of\s+(?P<rest>.+)$", t)
    if m and depth < 6:
        inner = _normalize(m.group("rest"), pub, tense, anchor, anchor_prec, depth + 1)
        if is_calendar(inner.value) and inner.precision in ("month", "year", "quarter", "season", "week"):
            return Normalized("DATE", inner.value, inner.precision, "container")
        return Normalized("DATE", None, None, "relational")
    return _dateparser(t, pub, tense == "future")


def _set(t: str) -> Normalized | None:
    if t in _SET_ADVERB:
        return Normalized("SET", _SET_ADVERB[t], None, "set")
    m = _SET_FREQ.match(t)
    if m:
        return Normalized("SET", _duration(1, m.group("unit")), None, "set")
    m = _SET_EVERY.match(t)
    if not m or t.startswith(("a ", "an ")):  # "a year" alone is a duration
        return None
    g = m.groupdict()
    if g.get("wd2"):
        return Normalized("SET", f"XXXX-WXX-{WEEKDAYS[g['wd2']] + 1}", None, "set")
    if g.get("part"):
        return Normalized("SET", f"XXXX-XX-XXT{DAY_PARTS[g['part']]}", None, "set")
    if g.get("season"):
        return Normalized("SET", f"XXXX-{SEASON_CODES[SEASONS[g['season']]]}", None, "set")
    n = _count(g.get("num")) if g.get("num") else 1
    if " other " in f" {t} ":
        n = 2 if n == 1 else n
    if n is None:
        return Normalized("SET", None, None, "set")
    return Normalized("SET", _duration(n, g["unit"]), None, "set")


def _edge(rest: str, mod: str, pub, tense, anchor, anchor_prec, depth) -> Normalized:
    """"early December", "the end of the year", "late last July", "mid-2023": the value of
    the period itself (TIMEX3 would add mod=START/END; the value stays the period's)."""
    if re.fullmatch(r"(?:the\s+)?(?:year|month|week)", rest) and pub is not None:
        unit = rest.split()[-1]
        step = 0
        if mod in ("end", "very end", "close", "late") and tense == "past":
            step = -1
        elif mod in ("start", "beginning", "dawn", "early") and tense == "future":
            step = 1
        if unit == "year":
            return Normalized("DATE", f"{pub.year + step:04d}", "year", "relative")
        if unit == "month":
            y, mo = _month_add(pub.year, pub.month, step)
            return Normalized("DATE", f"{y:04d}-{mo:02d}", "month", "relative")
        return Normalized("DATE", _fmt("week", pub + timedelta(weeks=step)), "week", "relative")
    inner = _normalize(rest, pub, tense, anchor, anchor_prec, depth + 1)
    return inner


def _time_of_day(t: str, pub, tense, anchor, anchor_prec, depth) -> Normalized | None:
    """"8 p.m.", "15:00 GMT Saturday", "noon Friday", "Friday afternoon", "this morning"."""
    m = _RX["time"].search(t)
    if m:
        g = m.groupdict()
        if g["named"]:
            hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[g["named"]]
        elif g["h"] is not None:
            hh, mm = int(g["h"]), int(g["mi"]) if g["mi"] else None
            ampm = g["ampm"].replace(".", "")
            if hh > 12 or hh == 0:
                return None
            if ampm == "pm" and hh != 12:
                hh += 12
            elif ampm == "am" and hh == 12:
                hh = 0
        else:
            hh, mm = int(g["h2"]), int(g["mi2"])
        clock = f"T{hh:02d}" + (f":{mm:02d}" if mm is not None else "")
        rest = (t[: m.start()] + " " + t[m.end():])
        rest = _ZONE.sub(" ", rest)
        rest = re.sub(r"\b(?:at|on|around|about|of|by|until|before|after|from|o'clock|sharp|local)\b|[,()]", " ", rest)
        rest = " ".join(rest.split())
        if rest and not re.fullmatch(r"(?:in the\s+)?(?:morning|afternoon|evening|night)", rest):
            day = _normalize(rest, pub, tense, anchor, anchor_prec, depth + 1)
            if day.precision == "time" and day.value:
                day = Normalized("DATE", day.value[:10], "day", day.how)
            if day.precision != "day" or not day.value:
                return Normalized("TIME", None, None, "unresolved")
            return Normalized("TIME", day.value + clock, "time", day.how)
        if pub is None:
            return Normalized("TIME", None, None, "needs-publication-date")
        return Normalized("TIME", pub.isoformat() + clock, "time", "publication-day")
    # a part of the day with a day: "friday afternoon", "yesterday morning", "last night"
    m = re.match(rf"^(?P<day>.+?)\s+(?:in the\s+)?{_PART}$", t) or re.match(rf"^{_PART}\s+(?:of\s+)?(?P<day>.+)$", t)
    if m and m.group("day") not in ("this", "last", "every", "each", "the", "a", "one", "that", "the same", "the next", "the following", "the previous"):
        day = _normalize(m.group("day"), pub, tense, anchor, anchor_prec, depth + 1)
        if day.precision == "day" and day.value:
            return Normalized("TIME", f"{day.value}T{DAY_PARTS[m.group('part')]}", "time", day.how)
        return None
    return None


def _apply(name: str, g: dict, t: str, pub: date | None, tense: str | None, anchor: date | None, anchor_prec: str) -> Normalized | None:
    if name in ("iso",):
        d = date(int(g["year"]), int(g["m"]), int(g["d"]))
        return Normalized("DATE", d.isoformat(), "day", "explicit")
    if name == "iso-time":
        d = date(int(g["year"]), int(g["m"]), int(g["d"]))
        return Normalized("TIME", f"{d.isoformat()}T{g['h']}:{g['mi']}", "time", "explicit")
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if a > 12 and b <= 12:  # 22/03/2013
            d = date(int(g["year"]), b, a)
        elif b > 12 and a <= 12:  # 03/22/2013
            d = date(int(g["year"]), a, b)
        else:
            return Normalized("DATE", f"{int(g['year']):04d}", "year", "explicit")  # 03/04/2013 is ambiguous
        return Normalized("DATE", d.isoformat(), "day", "explicit")
    if name in ("day-month-year", "month-day-year"):
        d = date(int(g["year"]), MONTHS[g["month"]], int(g["day"]))
        return Normalized("DATE", d.isoformat(), "day", "explicit")
    if name == "month-year":
        return Normalized("DATE", f"{int(g['year']):04d}-{MONTHS[g['month']]:02d}", "month", "explicit")
    if name == "year":
        return Normalized("DATE", g["year"], "year", "explicit")
    if name == "decade":
        if g["dec"]:
            return Normalized("DATE", g["dec"], "decade", "explicit")
        return Normalized("DATE", f"19{g['dec2']}", "decade", "explicit")
    if name == "decade-word":
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
        return Normalized("DATE", f"19{tens[g['dw']]}", "decade", "explicit")
    if name == "century":
        return Normalized("DATE", f"{int(g['c']) - 1:02d}", "century", "explicit")
    if name == "century-word":
        return Normalized("DATE", f"{CENTURY_ORDINALS[g['cw']] - 1:02d}", "century", "explicit")
    if name == "season-year":
        return Normalized("DATE", f"{int(g['year']):04d}-{SEASON_CODES[SEASONS[g['season']]]}", "season", "explicit")
    if name == "quarter":
        if g["q"] in ("last", "final") and not t.startswith("the "):
            return None  # "last quarter" is the one before this one (below)
        q = int(g["qn"]) if g["qn"] else ORDINALS[g["q"]]
        q = 4 if q == -1 else q
        if g["year"]:
            return Normalized("DATE", f"{int(g['year']):04d}-Q{q}", "quarter", "explicit")
        if pub is None:
            return Normalized("DATE", None, None, "needs-publication-date")
        if g.get("qrel") in ("this", "last", "next"):
            y = pub.year + {"this": 0, "last": -1, "next": 1}[g["qrel"]]
            return Normalized("DATE", f"{y:04d}-Q{q}", "quarter", "relative")
        cur = pub.year * 4 + (pub.month - 1) // 3
        k = _pick(_around(cur, 4, q - 1), cur, tense)
        return Normalized("DATE", f"{k // 4:04d}-Q{k % 4 + 1}", "quarter", "publication-year")
    if name == "half":
        h = 1 if g["h"] in ("first", "1st") else 2
        if g["year"]:
            return Normalized("DATE", f"{int(g['year']):04d}-H{h}", "half", "explicit")
        if pub is None:
            return Normalized("DATE", None, None, "needs-publication-date")
        if g.get("hrel") in ("this", "last", "next"):
            y = pub.year + {"this": 0, "last": -1, "next": 1}[g["hrel"]]
            return Normalized("DATE", f"{y:04d}-H{h}", "half", "relative")
        cur = pub.year * 2 + (pub.month - 1) // 6
        k = _pick(_around(cur, 2, h - 1), cur, tense)
        return Normalized("DATE", f"{k // 2:04d}-H{k % 2 + 1}", "half", "publication-year")
    if name == "race-time":  # "finishing in 3:07:35": a clock time is rarely given to the second
        h, mi, sec = int(g["h"]), int(g["mi"]), int(g["s"])
        value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{sec}S" if sec else "")
        return Normalized("DURATION", value, None, "duration")
    if name == "every-season":
        return Normalized("SET", None, None, "set")
    # everything below is relative to the publication date (or to an anchor)
    if name in ("later", "anchored-day"):
        return _anchored(name, g, t, pub, anchor, anchor_prec)
    if name in ("duration", "duration-half", "vague-duration"):
        return _dur(name, g, t)
    if pub is None:
        return Normalized("DATE", None, None, "needs-publication-date")
    if name == "season":
        cur = _season_index(pub)
        k = _pick(_around(cur, 4, SEASONS[g["season"]]), cur, tense, g.get("rel"))
        return Normalized("DATE", f"{k // 4:04d}-{SEASON_CODES[k % 4]}", "season", "relative" if g.get("rel") else "publication-year")
    if name in ("day-month", "month-day"):
        month, day = MONTHS[g["month"]], int(g["day"])
        year = _year_of(month, day, pub, tense)
        return Normalized("DATE", date(year, month, day).isoformat(), "day", "publication-year")
    if name == "month":
        month = MONTHS[g["month"]]
        if g.get("rel") in ("last", "previous"):  # "last May": May of the previous year
            return Normalized("DATE", f"{pub.year - 1:04d}-{month:02d}", "month", "relative")
        cur = pub.year * 12 + pub.month - 1
        k = _pick(_around(cur, 12, month - 1), cur, tense, g.get("rel"))
        return Normalized("DATE", f"{k // 12:04d}-{k % 12 + 1:02d}", "month", "relative" if g.get("rel") else "publication-year")
    if name == "weekday":
        d = _weekday(WEEKDAYS[g["wd"]], pub, tense, g.get("rel"))
        if g.get("part"):
            return Normalized("TIME", f"{d.isoformat()}T{DAY_PARTS[g['part']]}", "time", "weekday")
        return Normalized("DATE", d.isoformat(), "day", "weekday")
    if name == "part-weekday":
        d = _weekday(WEEKDAYS[g["wd"]], pub, tense, None)
        return Normalized("TIME", f"{d.isoformat()}T{DAY_PARTS[g['part']]}", "time", "weekday")
    if name == "deictic":
        shift = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(g["word"], 0)
        d = pub + timedelta(days=shift)
        if g["word"] == "tonight":
            return Normalized("TIME", f"{d.isoformat()}TNI", "time", "deictic")
        if g.get("part"):
            return Normalized("TIME", f"{d.isoformat()}T{DAY_PARTS[g['part']]}", "time", "deictic")
        return Normalized("DATE", d.isoformat(), "day", "deictic")
    if name == "deictic-part":
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1 if g["part"] in ("night", "evening") else None, "this": 0}[g["rel"]]
        if shift is None:
            return Normalized("TIME", None, None, "unresolved")
        d = pub + timedelta(days=shift)
        return Normalized("TIME", f"{d.isoformat()}T{DAY_PARTS[g['part']]}", "time", "deictic")
    if name == "this-unit":
        return _this_unit(g["rel"], g["unit"], pub)
    if name == "weekend":
        # the weekend just gone (or under way), or with a future tense the coming one
        if tense == "future" and pub.weekday() < 5:
            d = pub + timedelta(days=5 - pub.weekday())
        elif pub.weekday() >= 5:
            d = pub
        else:
            d = pub - timedelta(days=pub.weekday() + 1)
        return Normalized("DATE", _fmt("week", d) + "-WE", "week", "publication-week")
    if name == "the-year":
        unit = g["unit"] or g["unit2"]
        return _this_unit("this", unit, pub)
    if name in ("ago", "ago-half"):
        n = _count(g["num"])
        unit = g["unit"] or g.get("unit2")
        if n is not None and g.get("half"):
            n += 0.5
        if n is None:
            return Normalized("DATE", None, None, "vague")
        out = _shift(pub, -n, unit)
        if out is None:
            return Normalized("DATE", None, None, "vague")
        return Normalized("DATE", *out, "relative")
    if name == "from-now":
        n = _count(g["num"])
        if n is None:
            return Normalized("DATE", None, None, "vague")
        out = _shift(pub, n, g["unit"])
        return Normalized("DATE", *out, "relative") if out else Normalized("DATE", None, None, "vague")
    if name == "the-rel-units":
        n = _count(g["num"]) if g.get("num") else (None if g["unit"].endswith("s") else 1)
        return Normalized("DURATION", _duration(n, g["unit"]), None, "duration" if n is not None else "vague")
    if name == "recent":
        n = _count(g["num"]) if g.get("num") else None
        return Normalized("DURATION", _duration(n, g["unit"]), None, "vague" if n is None else "duration")
    return None


def _season_index(d: date) -> int:
    if d.month <= 2:
        return (d.year - 1) * 4 + 3
    return d.year * 4 + (d.month - 3) // 3


def _year_of(month: int, day: int, pub: date, tense: str | None) -> int:
    """The year of a day and month given without one (past, future or nearest, by tense)."""
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        delta = (d - pub).days
        if tense == "future" and delta < 0:
            continue
        if tense not in ("future", "present") and delta > 0:
            continue
        if best is None or abs(delta) < abs(best[0]):
            best = (delta, y)
    if best is None:
        raise ValueError(f"no {month}-{day} near {pub}")
    return best[1]


def _weekday(wd: int, pub: date, tense: str | None, rel: str | None) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel in ("last", "this past", "past", "previous"):
        return pub - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming", "following"):
        return pub + timedelta(days=ahead or 7)
    if rel == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    if tense == "future":
        return pub + timedelta(days=ahead)
    if tense == "present" and ahead < back:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _this_unit(rel: str, unit: str, pub: date) -> Normalized:
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "this past": -1,
            "next": 1, "coming": 1, "this coming": 1}[rel]
    if unit == "year":
        return Normalized("DATE", f"{pub.year + step:04d}", "year", "relative")
    if unit == "month":
        y, mo = _month_add(pub.year, pub.month, step)
        return Normalized("DATE", f"{y:04d}-{mo:02d}", "month", "relative")
    if unit == "quarter":
        k = pub.year * 4 + (pub.month - 1) // 3 + step
        return Normalized("DATE", f"{k // 4:04d}-Q{k % 4 + 1}", "quarter", "relative")
    if unit == "decade":
        return Normalized("DATE", f"{pub.year // 10 + step:03d}", "decade", "relative")
    if unit == "century":
        return Normalized("DATE", f"{pub.year // 100 + step:02d}", "century", "relative")
    d = pub + timedelta(weeks=step)
    if unit == "weekend":
        if rel in ("last", "past", "previous", "this past") and pub.weekday() >= 5:
            d = pub - timedelta(weeks=1)
        elif rel in ("last", "past", "previous", "this past"):
            d = pub - timedelta(days=pub.weekday() + 1)  # the Sunday just gone
        return Normalized("DATE", _fmt("week", d) + "-WE", "week", "relative")
    return Normalized("DATE", _fmt("week", d), "week", "relative")


def _anchored(name: str, g: dict, t: str, pub: date | None, anchor: date | None, anchor_prec: str) -> Normalized:
    """"three months later", "the next day", "that year": relative to the last date mentioned."""
    if name == "later":
        n = _count(g["num"])
        sign = 1 if g["dir"] in ("later", "after", "afterwards", "on") else -1
        if n is None:
            return Normalized("DATE", None, None, "vague")
        if anchor is None:
            return Normalized("DATE", None, None, "no-anchor")
        out = _shift(anchor, sign * n, g["unit"], anchor_prec)
        if out is None:
            return Normalized("DATE", None, None, "no-anchor")
        return Normalized("DATE", *out, "anchored")
    which = g.get("which") or g.get("which2") or g.get("which3") or g.get("which4")
    unit = g.get("unit") or g.get("unit2") or g.get("unit4") or "day"
    if which in ("the day before", "the night before"):
        which, unit = "previous", "day"
    elif which == "the day after":
        which, unit = "next", "day"
    if unit in ("morning", "evening", "night"):
        unit = "day"
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1,
            "same": 0, "that": 0, "the same": 0, "later": 0, "earlier": 0}[which]
    if anchor is None:
        return Normalized("DATE", None, None, "no-anchor")
    out = _shift(anchor, step, unit, anchor_prec)
    if out is None:
        return Normalized("DATE", None, None, "no-anchor")
    return Normalized("DATE", *out, "anchored")


def _dur(name: str, g: dict, t: str) -> Normalized:
    if re.search(r"[- ]old$", t):
        return Normalized("DURATION", None, None, "age")
    unit = g.get("unit") or g.get("unit2")
    if name == "vague-duration":
        return Normalized("DURATION", _duration(None, unit), None, "vague")
    n = _count(g.get("num")) if g.get("num") else 1
    if n is not None and re.search(r"and[- ]a[- ]half", t):
        n += 0.5
    if n is None:
        return Normalized("DURATION", _duration(None, unit), None, "vague")
    value = _duration(n, unit)
    return Normalized("DURATION", value, None, "duration" if value else "vague")


# --- dateparser, the last resort ---------------------------------------------------------------

_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_DATEPARSER_OK = re.compile(rf"\b(?:{_MONTH_RX})\b|\d{{1,4}}[/.]\d{{1,2}}")


def _dateparser(text: str, published: date | None, future: bool) -> Normalized:
    """For calendar forms our rules do not cover (a month name or a numeric date in an
    unusual order); dateparser with the publication date as its base. Never for counts of
    units ("about three years"), which it would turn into dates."""
    kind = "TIME" if re.search(r"\b(?:hours?|minutes?|seconds?|morning|afternoon|evening|(?:over)?night|noon|midnight|dawn|dusk)\b", text) else "DATE"
    if re.search(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b", text) and not _DATEPARSER_OK.search(text):
        plural = re.search(r"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b", text)
        return Normalized("DURATION" if kind == "DATE" and plural else kind, None, None, "unresolved")
    if published is None or not _DATEPARSER_OK.search(text) or len(text) > 40:
        return Normalized(kind, None, None, "unresolved")
    try:
        data = _parser(published, "future" if future else "past").get_date_data(text)
    except Exception as exc:  # dateparser raises many kinds on odd input; the expression stays unresolved
        log.debug("dateparser failed on %r: %s", text, exc)
        return Normalized(kind, None, None, "unresolved")
    if data is None or data.date_obj is None or data.period not in _PERIODS:
        return Normalized(kind, None, None, "unresolved")
    precision = _PERIODS[data.period]
    return Normalized("DATE", _fmt(precision, data.date_obj.date()), precision, "dateparser")


@functools.lru_cache(maxsize=256)
def _parser(published: date, prefer: str):
    """One dateparser parser per publication date and direction (building one is slow)."""
    import dateparser.date

    settings = {
        "PREFER_DATES_FROM": prefer,
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "RETURN_TIME_AS_PERIOD": True,
    }
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


# --- finding expressions in a parsed document --------------------------------------------------

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_MODALS = {"may", "might", "can", "should", "must", "ought"}
_FUTURE_LEMMAS = {"plan", "schedule", "expect", "due", "set", "intend", "aim", "hope", "prepare", "propose",
                  "vow", "pledge", "promise", "threaten", "seek", "want", "likely", "poised", "slate", "about"}
_SIGNALS_AFTER = {"ago", "later", "earlier", "before", "after", "afterwards", "afterward", "hence", "back"}
_LEFT_MODS = {"this", "last", "next", "early", "late", "mid", "every", "each", "recent", "earlier", "later"}
_RANGE_START = {"since", "from", "between"}
_RANGE_END = {"until", "till", "til", "through", "thru", "to"}
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d\d$")
_TEMPORAL_WORD = re.compile(
    rf"\b(?:{_UNITALT}|{_MONTH_RX}|{_WDALT}|weekends?|mornings?|afternoons?|evenings?|nights?|noon|midnight|dawn|dusk|"
    r"today|tonight|yesterday|tomorrow|now|time|times|spring|summer|autumn|fall|winter|overnight|daybreak|"
    r"sunrise|sunset|nightfall|midday|\d{1,4}s?)\b|\d"
)
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WDALT})\b")
_RACE_TIME = re.compile(r"^\d{1,2}:[0-5]\d:[0-5]\d$")
_REF_WORDS = {"now", "currently", "presently", "nowadays"}
_SET_WORDS = {"annually", "yearly", "biannually", "semiannually", "biennially"}
_UNIT_WORDS = {"second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade",
               "century", "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "quarters",
               "years", "decades", "centuries", "weekend", "morning", "afternoon", "evening"}
_YEAR_PREPS = {"in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "through",
               "between", "around", "circa", "and", "or", "for", "as"}


def _verb_of(tok):
    """The verb governing ``tok``, and whether the way up passes through a noun ("an attack
    on 1 October": the date belongs to the attack, whose time the verb's tense may not say)."""
    head, through_noun = tok, False
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            return head, through_noun
        if head.head.i == head.i:
            return None, through_noun
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("DATE", "TIME"):
            through_noun = True
    return None, through_noun


def _tense(tok, *, weekday: bool = False) -> str | None:
    """"future", "past", "present" (or "perfect") or None for the clause governing ``tok``.

    A date on a noun ("an attack on 1 October", "the inauguration on Monday") belongs to what
    the noun names, whose time the verb's tense may not give: a future tense is not trusted
    there, and a weekday takes its nearest occurrence (the "present" choice)."""
    v, through_noun = _verb_of(tok)
    if v is None:
        return "present" if weekday else None
    tense = _verb_tense(v)
    if through_noun and weekday:
        return "present"
    if through_noun and tense == "future":
        return None
    return tense


def _will(tok) -> bool:
    """Is the governing verb marked for the future by "will", "shall" or "'ll"?"""
    v, _ = _verb_of(tok)
    return v is not None and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in v.children)


def _verb_tense(v, depth: int = 0) -> str | None:
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg")]
    words = {c.lower_ for c in aux}
    if words & _FUTURE_AUX:
        return "future"
    if v.dep_ == "xcomp" and v.head.lower_ == "going" and any(c.lower_ in ("is", "are", "am", "'s", "'re") for c in v.head.children):
        return "future"
    if words & _FUTURE_MODALS:
        return "future"
    if words & {"could", "would", "might"}:
        return None
    if "to" in words or (v.tag_ == "VB" and not aux):
        h = v.head
        if h.i == v.i:
            return None
        if "to" in words and v.dep_ in ("advcl", "acl", "relcl"):  # "a program to run through June"
            return "future"
        if h.lemma_.lower() in _FUTURE_LEMMAS or h.lower_ in _FUTURE_LEMMAS:
            return "future"
        if h.pos_ in ("NOUN", "PROPN", "ADJ"):
            return "future"
        if depth < 3 and h.pos_ in ("VERB", "AUX"):
            return _verb_tense(h, depth + 1)
        return None
    if v.tag_ == "VBN" and v.lemma_.lower() in _FUTURE_LEMMAS:
        return "future"  # "a summit set for April", "talks scheduled for May", "was expected in June"
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if words & {"has", "have", "had", "'ve", "'d"} and v.tag_ == "VBN":
        return "perfect"
    if v.tag_ == "VBN" and not aux:
        return "past"
    if v.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux):
        return "present"
    return None


def _relational(sig) -> bool:
    """Does a signal word ("before", "earlier", "after") relate the duration to something
    named after it ("a week before the vote", "a month earlier than usual")?"""
    if sig.dep_ == "mark":  # "days before he underwent surgery"
        return True
    return any(c.i > sig.i and c.dep_ in ("pobj", "pcomp", "advcl", "prep", "ccomp", "acomp") for c in sig.children) or (
        sig.i + 1 < len(sig.doc) and sig.doc[sig.i + 1].lower_ in ("than", "the", "his", "her", "their", "its", "a", "an")
    )


def _is_age(doc, start: int, end: int) -> bool:
    text = doc[start:end].text.lower()
    if re.search(r"\d+\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b", text) or re.search(r"-old$", text):
        return True
    if end < len(doc) and doc[end].lower_ in ("old", "-old") or (end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "old"):
        return True
    if start > 0 and doc[start - 1].lower_ in ("aged", "ages", "age"):
        return True
    return False


def _count_not_year(tok) -> bool:
    """A year-like number that counts things ("2000 troops", "1,500 followers")."""
    head = tok.head
    if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i != tok.i and head.i > tok.i:
        if head.tag_ in ("NNS", "NNPS") or head.lower_ in ("percent", "%"):
            return True
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ in ("NNS",) and tok.doc[tok.i + 1].lower_ not in MONTHS:
        return True
    return False


def _not_a_date(span) -> bool:
    """Numbers the model tags as dates that are not: "2910 troops", "120,000 followers"."""
    text = span.text.strip()
    if re.fullmatch(r"[\d,.]+", text):
        if not _YEARLIKE.match(text):
            return True
        return _count_not_year(span.root)
    if _is_age(span.doc, span.start, span.end):
        return True
    return False


def _adjust(doc, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """Trim or extend a DATE/TIME entity to the expression TIMEX3 marks."""
    # "40, eight years from now": a number and a comma the model swept in
    for k in range(start, end - 1):
        if doc[k].text == "," and k > start and all(t.like_num and not _YEARLIKE.match(t.text) for t in doc[start:k]):
            if not any(t.lower_ in MONTHS for t in doc[max(sent_start, start - 1):start]):
                start = k + 1
                break
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("and", "or", "the") and start + 1 < end and doc[start + 1].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):  # "Friday's", "2010,"
        end -= 1
    if start >= end:
        return None
    # a signal at the end: keep it when it stands alone ("three months later,"), drop it
    # when it relates the duration to something after it ("a week before the vote")
    last = doc[end - 1]
    if last.lower_ in ("before", "after", "earlier", "later") and end - 1 > start and _relational(last):
        end -= 1
    elif end < sent_end and doc[end].lower_ in _SIGNALS_AFTER:
        sig = doc[end]
        if sig.lower_ in ("ago", "hence", "back") or not _relational(sig):
            if sig.lower_ != "back" or (end + 1 >= sent_end or doc[end + 1].lower_ not in ("to", "in", "into", "home")):
                end += 1
    elif end + 1 < sent_end and doc[end].lower_ == "from" and doc[end + 1].lower_ in ("now", "today"):
        end += 2
    elif end + 1 < sent_end and doc[end].lower_ == "or" and doc[end + 1].lower_ == "so":
        end += 2
        if end < sent_end and doc[end].lower_ == "ago":
            end += 1
    # "this" + "year", "early" + "this year", "every" + "morning"
    while (start > sent_start and doc[start - 1].lower_ in _LEFT_MODS and doc[start].lower_ not in _LEFT_MODS
           and doc[start].lower_ not in ("a", "an", "the") and not doc[start].like_num):
        start -= 1
    if start > sent_start and doc[start - 1].lower_ == "half" and doc[start].lower_ in ("a", "an"):
        start -= 1
    return start, end


def _day_part_or_clock(span) -> bool:
    text = span.text.lower()
    return text in DAY_PARTS or bool(_RX["time"].fullmatch(text)) or bool(re.fullmatch(r"(?:in the\s+)?(?:morning|afternoon|evening|night)", text))


def _supplements(sent, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Expressions the model does not label: "now", "currently", "in the past", "at the
    time", "annually", years it missed ("a 2010 raid"), "every morning"."""
    doc = sent.doc
    out: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken) and all(b <= s or a >= e for s, e, _ in out)

    toks = tuple(sent)  # (once: spaCy makes a new Token object at each ``doc[i]``)
    base = sent.start
    i = sent.start
    while i < sent.end:
        tok = toks[i - base]
        low = tok.lower_
        nxt = toks[i + 1 - base].lower_ if i + 1 < sent.end else ""
        prev = toks[i - 1 - base].lower_ if i > sent.start else ""
        if low in _REF_WORDS and tok.pos_ in ("ADV", "ADJ", "NOUN", "INTJ") and free(i, i + 1):
            if not (low == "now" and nxt in ("that",)) and not (low == "now" and prev == "from"):
                a = i - 1 if prev in ("right", "just") and low == "now" else i
                out.append((a, i + 1, "reference"))
        elif low in ("past", "future") and tok.pos_ == "NOUN" and prev == "the" and tok.dep_ in ("pobj", "dobj", "nsubj", "attr") and free(i - 1, i + 1):
            out.append((i - 1, i + 1, "reference"))
        elif low == "time" and prev == "the" and i - 2 >= sent.start and doc[i - 2].lower_ == "at" and nxt not in ("of", "when", "that", "being", "for", "to") and free(i - 2, i + 1):
            out.append((i - 2, i + 1, "reference"))
        elif low in SEASONS and tok.pos_ in ("NOUN", "PROPN") and prev in ("the", "this", "last", "next", "in", "during", "until", "by", "since") and free(i - 1, i + 1):
            a = i - 1 if prev in ("the", "this", "last", "next") else i
            out.append((a, i + 1, "season"))
        elif _RACE_TIME.match(tok.text) and free(i, i + 1):
            out.append((i, i + 1, "duration"))
        elif low in _UNIT_WORDS and low not in ("morning", "afternoon", "evening", "weekend") and i > sent.start and free(i, i + 1):
            j = i - 1
            if doc[j].lower_ in ("more", "additional", "straight", "consecutive", "full", "long") and j > sent.start:
                j -= 1
            measure = tok.head.tag_ in ("JJR", "RBR")  # "one second slower": a difference, not a period
            if doc[j].like_num and not _YEARLIKE.match(doc[j].text) and not measure and free(j, i + 1) and not _is_age(doc, j, i + 1):
                out.append((j, i + 1, "duration"))
        elif low in _SET_WORDS and free(i, i + 1):
            out.append((i, i + 1, "set"))
        elif low in ("every", "each") and nxt and free(i, i + 2):
            j = i + 1
            if doc[j].lower_ == "other" and j + 1 < sent.end:
                j += 1
            if j + 1 < sent.end and doc[j].like_num and doc[j + 1].lower_ in _UNIT_WORDS:
                j += 1
            if doc[j].lower_ in _UNIT_WORDS or doc[j].lower_ in WEEKDAYS or doc[j].lower_ in SEASONS:
                if free(i, j + 1):
                    out.append((i, j + 1, "set"))
                i = j
        elif _YEARLIKE.match(tok.text) and tok.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and free(i, i + 1):
            if (tok.head.lower_ in _YEAR_PREPS and tok.dep_ in ("pobj", "conj")) or (
                tok.dep_ in ("nummod", "compound", "amod", "npadvmod", "poss") and tok.head.tag_ in ("NN", "NNP") and tok.head.i > tok.i
            ):
                if not _count_not_year(tok):
                    out.append((i, i + 1, "year"))
        elif _YEARLIKE.match(tok.text) and tok.ent_type_ == "CARDINAL" and tok.head.lower_ in ("in", "since", "until", "by") and tok.dep_ == "pobj" and free(i, i + 1):
            out.append((i, i + 1, "year"))
        i += 1
    return out


def _parts(doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Split a range into its ends: "2009-2010", "1957-58", "2014 to 2016", "between March and
    May", "between 12 and 18 months". Returns ``(start, end, role)`` with role ``single``,
    ``range`` (a date range end) or ``dur`` (a duration range end)."""
    toks = doc[start:end]
    for k, tok in enumerate(toks):
        if k == 0 or k == len(toks) - 1:
            continue
        if tok.text not in ("-", "–", "—", "/") and tok.lower_ not in ("to", "and", "through", "until", "till", "or"):
            continue
        a, b = start, start + k
        c, d = start + k + 1, end
        if doc[a].lower_ in ("between", "from"):
            a += 1
        left, right = doc[a:b].text, doc[c:d].text
        if _SPLIT_YEARS.match(f"{left}-{right}") or (_YEARLIKE.match(left) and _YEARLIKE.match(right)):
            return [(a, b, "range"), (c, d, "range")]
        left_num = re.fullmatch(r"\d+|" + "|".join(_ONES + list(_TENS)), left.lower())
        if left_num and re.fullmatch(rf"(?:\d+|\w+)\s+{_UNIT}", right.lower()):
            return [(a, b, "dur"), (c, d, "dur")]
        if tok.lower_ in ("and", "or") and doc[start].lower_ != "between":
            continue
        lm = left.lower().rstrip(".")
        rm = right.lower()
        both_months = lm in MONTHS and (rm.split()[0] in MONTHS)
        both_days = lm in WEEKDAYS and rm in WEEKDAYS
        both_full = bool(re.search(r"\b(?:1[5-9]|20)\d\d$", left)) and bool(re.search(r"\b(?:1[5-9]|20)\d\d$", right))
        if both_months or both_days or both_full:
            return [(a, b, "range"), (c, d, "range")]
    return [(start, end, "single")]


def _range_signal(span, sent_start: int) -> bool:
    """Is this expression the object of "since", "from", "until", "through"? ("since 2022",
    not "from the 2015 agreement", where the year only describes the agreement)."""
    doc, k = span.doc, span.start - 1
    if k >= sent_start and doc[k].lower_ in ("early", "late", "mid", "the"):
        k -= 1
    if k < sent_start or doc[k].lower_ not in (_RANGE_START | _RANGE_END):
        return False
    return span.root.head.i == k or span.root.i == k + 1 or span.root.dep_ == "pobj"


def find(doc: Document) -> Document:
    """Stage: add the document's temporal expressions (reads ``parse``; adds ``timexes``)."""
    from diplograph.nlp import iter_sentence_spans

    out: list[Timex] = []
    anchor: date | None = None
    anchor_prec = "day"
    for index, offset, sent in iter_sentence_spans(doc):
        sdoc = sent.doc
        spans: list[tuple[int, int, str]] = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if _not_a_date(ent):
                continue
            adj = _adjust(sdoc, ent.start, ent.end, sent.start, sent.end)
            if adj is None:
                continue
            if _not_a_date(sdoc[adj[0]:adj[1]]):
                continue
            if spans and adj[0] < spans[-1][1]:  # an extension ran into the next entity
                continue
            if spans and adj[0] == spans[-1][1] and (_day_part_or_clock(sdoc[adj[0]:adj[1]]) or _day_part_or_clock(sdoc[spans[-1][0]:spans[-1][1]])):
                spans[-1] = (spans[-1][0], adj[1], "model")  # "Friday" + "afternoon", "noon" + "Saturday"
                continue
            spans.append((adj[0], adj[1], "model"))
        spans.extend(_supplements(sent, [(a, b) for a, b, _ in spans]))
        spans.sort()
        sentence_day: date | None = None
        for start, end, source in spans:
            parts = _parts(sdoc, start, end)
            for k, (a, b, role) in enumerate(parts):
                span = sdoc[a:b]
                text = span.text
                if role == "dur" and k == 0:
                    unit = sdoc[parts[1][1] - 1].text
                    text_for_norm = f"{text} {unit}"
                elif role == "range" and k == 1 and re.fullmatch(r"\d\d", text) and _YEARLIKE.match(sdoc[parts[0][0]:parts[0][1]].text):
                    text_for_norm = sdoc[parts[0][0]:parts[0][1]].text[:2] + text
                else:
                    text_for_norm = text
                if text_for_norm.lower() == "may" and span[0].tag_ == "MD":
                    continue
                tense = _tense(span.root, weekday=bool(_WEEKDAY_WORD.search(text_for_norm.lower())))
                if tense != "past" and a > sent.start and sdoc[a - 1].lower_ in ("until", "till", "til"):
                    tense = "future"  # "has been postponed until Saturday"
                elif tense == "perfect":
                    tense = "past"
                base_anchor = anchor
                if re.search(r"\d\s*(?:[ap]\.?m\b|:\d\d)|noon|midnight", text_for_norm.lower()) and sentence_day is not None:
                    base_anchor = sentence_day
                norm = normalize(text_for_norm, doc.published, tense=tense, anchor=base_anchor, anchor_precision=anchor_prec if base_anchor is anchor else "day")
                before = sdoc[a - 1].lower_ if a > sent.start else ""
                after = sdoc[b].lower_ if b < sent.end else ""
                if before == "in" and norm.type == "DURATION" and norm.how == "duration" and _will(span.root) and not any(
                    t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only") for t in sdoc[sent.start : a]
                ):  # not "the worst in a decade", "the first visit in 25 years"
                    # "will be available in five years": a date, counted from publication
                    ahead = normalize(f"{text_for_norm} from now", doc.published)
                    if ahead.value:
                        norm = ahead
                if (before in ("a", "an", "one", "some", "any") and norm.value and norm.type in ("DATE", "TIME")
                        and norm.how != "explicit" and _WEEKDAY_WORD.search(text_for_norm.lower())):
                    norm = Normalized(norm.type, None, None, "indefinite")  # "on a Friday"
                elif after == "of" and re.match(r"(?i)the\s+(?:first|second|third|fourth|fifth|last|final|early|opening|closing)\b", text):
                    norm = Normalized("DATE", None, None, "relational")  # "the first year of the war"
                if norm.how == "age":
                    continue
                if norm.value is None and norm.type in ("DATE", "TIME") and source == "model" and not _TEMPORAL_WORD.search(text_for_norm.lower()):
                    continue  # "early in the season": the model's guess, with no time word in it
                kind = norm.type
                if kind == "DATE" and is_calendar(norm.value) and (role == "range" or (k == 0 and _range_signal(span, sent.start))):
                    kind = "RANGE"
                out.append(Timex(offset + span.start_char, offset + span.end_char, span.text, kind, norm.value, norm.precision, norm.how, index))
                if norm.type in ("DATE", "TIME") and norm.value and norm.value[:4].isdigit() and norm.precision not in ("decade", "century"):
                    d, p = _as_anchor(norm.value, norm.precision)
                    if d is not None:
                        anchor, anchor_prec = d, p
                        if p == "day":
                            sentence_day = d
    return doc.replace(timexes=tuple(out))


def _as_anchor(value: str, precision: str | None) -> tuple[date | None, str]:
    """A date to count from ("three months later") for a normalized value."""
    try:
        if precision in ("day", "time"):
            return date.fromisoformat(value[:10]), "day"
        if precision == "week" and "-W" in value:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1), "week"
        if precision == "month":
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        if precision == "quarter":
            return date(int(value[:4]), (int(value[-1]) - 1) * 3 + 1, 1), "quarter"
        if precision in ("year", "season", "half"):
            return date(int(value[:4]), 1, 1), "year"
    except ValueError:
        pass
    return None, "day"
