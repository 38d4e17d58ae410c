"""Actor coding against two gold sets.

**NGEC actor-resolution cases** (``run``). Each line of the JSONL file is a unit test of the
NGEC coder: a phrase, sometimes a context word and a date, and assertions about the code it
gets (``code['country'] == 'RUS'``, ``code['code_1'] == 'GOV'``, ``code is None``). We read
the assertions about the country and the first two role codes, resolve the phrase with
:func:`diplograph.actors.resolve_phrase` on the case's date (with the context phrase as the
document's country, which is what NGEC's context argument is), and score:

- country accuracy over the cases that assert a country (or that the phrase is no actor);
- full-code accuracy over the cases that assert the role as well (``code_1``, and ``code_2``
  where given): the country and the roles must both be right;
- the same two numbers over the date-dependent cases (those that give an explicit date).

Cases that only test NGEC's Wikipedia look-up (``wiki['title'] == ...``) assert nothing
about codes and are counted as skipped, as are the few with no phrase at all.

How NGEC's conventions are read in ours (each is a difference of notation, not of meaning):

- NGEC writes an international organisation's "country" as ``IGO``, or ``UNO`` for the UN
  system and ``EUR`` for the EU; ours is the whole CAMEO code (``IGOUNO...``, ``IGOEUR...``).
  ``IGO`` is the generic class, so any ``IGO...`` code of ours satisfies it; ``UNO`` and
  ``EUR`` need that body in our code. A role inside an organisation (WHO: ``UNO`` + ``HLH``)
  is the first role code after the body in ours (``IGOUNOHLHWHO``), or the actor's sector.
- NGEC codes a known person who holds no office on the date as ``ELI`` (elite), as the
  Phoenix dictionaries did; diplograph codes such a person with the country only (see the
  README: Trump in 2022 is ``USA``). A gold ``ELI`` for a person we know is therefore met by
  our country-only code for that person, and by nothing else.
- NGEC's role codes follow PLOVER, which renamed two CAMEO codes: its ``MED`` is medical
  (CAMEO's and our ``HLH``) and its ``JRN`` is journalists and media (CAMEO's and our ``MED``).
  Its ``PRE`` (partially recognised entity: Abkhazia, Transnistria) is what CAMEO codes as
  separatists, our ``SEP``. Its ``PRM`` (militias outside the regular forces: Ahlu Sunna Wal
  Jama'a, CODECO) is what CAMEO and Phoenix code as militias, our ``UAF``. Its religion codes (``BUD``, ``CHR``, ``MOS`` ...) are our ``REL``,
  which does not name the religion. ``UNK`` (an actor of unknown role) is a code with no role,
  and ``JNK`` (junk) is no actor.
- A former office holder described as such ("a former CIA official") is coded like a person
  out of office: NGEC's ``ELI``, our country only.
- NGEC stacks a defence minister as ``code_1 = GOV``, ``code_2 = MIL``; that is our ``GOVMIL``.
  Where a case asserts two different values for ``code_1`` (``MIL`` and ``SPY`` for the GRU)
  they are read as the first and second role, in that order.
- One case has the country and the role swapped (``country == 'LEG'``, ``code_1 == 'COL'``);
  it is read the right way round. ``code_1 == '????'`` asserts no role and is not scored for it.
- "Today" in the test file means the day its cases were written. Its undated cases about
  office holders reflect 2021-2022 (the newest reflect late 2022: Uhuru Kenyatta out of office,
  Kwasi Kwarteng back on the back benches), so undated and "today" cases are resolved as of
  ``NGEC_TODAY`` = 2022-12-31. No date per case can be read from the file: it does not say
  when each case was written, and its order is not the order of writing (a case near the end
  expects Heiko Maas in office, gone 2021-12-08, a case near the start is dated 2022-10-20), so
  one date for all is kept. An undated case is a lookup with no date, and is resolved as
  ``diplograph actor NAME`` is (``resolve_phrase(..., strict=False)``): a person out of office
  on that day keeps the latest office held before it. Cases written against then-current
  holders (Heiko Maas, Jean-Yves Le Drian, Diego Molano ...) are met; the few that expect an
  out-of-office president as ``ELI`` (Uhuru Kenyatta) are misses, and listed. Dated cases stay
  strict.

**PLOVER-GSR actor slots** (``run_plover_slots``). Each of the 322 sentences names its source
and target actors inline (``(SRC: Russian President Boris Yeltsin)``) and lists them with a
country code and a sector. For every listed actor we score the marked phrase two ways:
resolved on its own, and in its sentence, where the whole pipeline stage runs on the sentence
(model parse, dictionary matching and within-sentence references) and the mention that
overlaps the marked span most is taken; a span no mention covers takes the actor of an event
built on words inside it (the coder gives a role named alone the country of its context: "Judge
Ana Ruiz opened an inquiry into Chilean officials" is ``CHLJUD``). Gold country codes that are not ISO 3166 (``JAP``,
``ITL``, ``VTN``) are read as ``JPN``, ``ITA``, ``VNM``; ``IGO``, ``NGO`` and ``IMG`` are
matched by our code's prefix. Only the primary role is compared (the gold's extra letters are
ethnic or religious markers: ``CVLalb``, ``REBkur``); ``CIV`` as a role is read as ``CVL``,
PLOVER's ``MED`` and ``JRN`` as above, and ``***`` (role unknown) is not scored for the role.
The gold gives an organisation a role only for a role word in the phrase ("UN peacekeepers"
``IGO MIL``), so our actor's sector is compared, not the role inside an organisation's code
(the ILO's ``IGOUNOLAB``). The exception is what the body is: PLOVER codes an organisation's
governing organ (the UN Security Council, the European Commission) ``GOV`` and a military
alliance or force (NATO, the CSTO, UNIFIL) ``MIL``; the ``body`` column of ``igos.csv`` says
which organisations are which (``council``, ``military``), and an organisation of ours without
a sector is read with that role. ``ELI`` is read as for NGEC. Record ids repeat in the file; records
are told apart by their sentence. Where the markup cannot be aligned with the listed actor
(typos such as "Isreal"), the phrase is resolved on its own for the in-sentence score too.

Call ``run(path)`` for NGEC (``diplograph eval actors PATH``) and
``run_plover_slots(path, in_context=True)`` for PLOVER-GSR; both return an ``EvalReport``.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluation import EvalReport, require, wilson
from diplograph.evaluation.plover_gsr import SPLITS, in_split
from diplograph.types import Actor

DEFAULT_PATH = "../shared/eval/ngec-actors/NGEC_actor_resolution_tests.jsonl"
PLOVER_PATH = "../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.json"
NGEC_TODAY = date(2022, 12, 31)
GOLD_CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GROUP_PREFIXES = ("IGO", "NGO", "IMG")
_ASSERT = re.compile(r"^(?:code\['(country|code_1|code_2)'\]|(cc)) (==|!=) (?:'([^']*)'|d\['(\w+)'\])$")
_NONE = {"code is None", "not code", "code == None"}
# PLOVER/NGEC role codes -> ours (see the module docstring)
NGEC_ROLES = {"MED": "HLH", "JRN": "MED", "PRE": "SEP", "PRM": "UAF", "BUD": "REL", "CHR": "REL", "CTH": "REL", "MOS": "REL",
              "MUS": "REL", "JEW": "REL", "HIN": "REL"}
# PLOVER gives an organisation's governing organ the role GOV and a military alliance MIL
# (igos.csv ``body``); ours leave the role in the organisation's code (module docstring).
PLOVER_BODY_ROLES = {"council": ("GOV",), "military": ("MIL",)}
_FORMER = re.compile(r"\b(former|ex|retired|ousted|deposed|late)\b", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y")


@dataclass(frozen=True, slots=True)
class Gold:
    """What one gold case says about one phrase. ``country`` and ``roles`` are None when the
    case asserts nothing about them; ``country == ""`` and ``roles == ()`` assert no country,
    no role."""

    case: str
    phrase: str
    day: date | None = None
    dated: bool = False
    context: str = ""
    country: str | None = None
    not_country: str | None = None
    roles: tuple[str, ...] | None = None
    is_actor: bool = True


@dataclass(frozen=True, slots=True)
class Scored:
    gold: Gold
    ours: Actor | None
    country_ok: bool | None  # None: not scored
    code_ok: bool | None


# --- reading the NGEC cases -------------------------------------------------------------------


def _parse_day(value: str | None) -> tuple[date | None, bool]:
    """(day, explicit): "today", "" and None fall back to NGEC_TODAY."""
    text = (value or "").strip()
    if not text or text.lower() == "today":
        return NGEC_TODAY, False
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.title() if "%B" in fmt else text, fmt).date(), True
        except ValueError:
            continue
    return NGEC_TODAY, False


def parse_ngec(record: dict) -> Gold | None:
    """The gold assertions of one NGEC test line, or None when it asserts nothing about codes."""
    args = list(record.get("args") or []) + [None, None, None]
    spec = record.get("spec") or {}
    phrase = args[0] if args[0] is not None else spec.get("actor")
    if not phrase or not phrase.strip():
        return None
    context = args[1] if args[0] is not None else spec.get("context")
    day_text = args[2] if args[0] is not None else spec.get("date")
    day, dated = _parse_day(day_text)
    fields: dict[str, list[str]] = {"country": [], "code_1": [], "code_2": []}
    not_country = None
    is_actor = True
    scored = False
    for text in record.get("asserts", []):
        text = text.strip()
        if text in _NONE:
            is_actor, scored = False, True
            continue
        m = _ASSERT.match(text)
        if not m:
            continue
        field = m.group(1) or "country"
        value = m.group(4) if m.group(4) is not None else spec.get(m.group(5) or "", "")
        if m.group(3) == "!=":
            if field == "country":
                not_country, scored = value, True
            continue
        fields[field].append(value or "")
        scored = True
    if not scored:
        return None
    country = fields["country"][0] if fields["country"] else None
    roles_in = fields["code_1"] + fields["code_2"]
    # A country asserted as a role code and a role asserted as a country: swapped in the gold.
    if country and fields["code_1"] and len(country) == 3 and _looks_like_role(country) and not _looks_like_role(fields["code_1"][0]):
        country, roles_in = fields["code_1"][0], [country] + fields["code_2"]
    roles: tuple[str, ...] | None
    if not roles_in or "????" in roles_in:
        roles = None
    else:
        roles = tuple(NGEC_ROLES.get(r, r) for r in roles_in if r)
        if roles[:1] == ("JNK",):
            is_actor, roles = False, ()
        elif roles[:1] == ("UNK",):
            roles = ()
    return Gold(record.get("test", ""), phrase.strip(), day, dated, (context or "").strip(),
                country, not_country, roles, is_actor)


def _looks_like_role(code: str) -> bool:
    from diplograph.actors.lexicon import role_codes

    return code in role_codes()


def load_ngec(path: Path) -> tuple[list[Gold], int]:
    """(the scorable cases, how many lines were skipped)."""
    require(path, "give the NGEC actor-resolution JSONL file")
    cases, skipped = [], 0
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InputError(str(path), f"cannot be read as UTF-8 text ({exc.__class__.__name__})") from None
    if text.lstrip().startswith("["):
        raise InputError(str(path), "is one JSON array, not JSON lines; for the actor slots of a PLOVER-GSR "
                                    "file use `diplograph eval actors --plover FILE`")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not a JSON line ({exc.msg}); expected one NGEC test case "
                                                 "per line") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}", "expected a JSON object (one NGEC test case per line)")
        gold = parse_ngec(record)
        if gold is None:
            skipped += 1
        else:
            cases.append(gold)
    return cases, skipped


# --- reading our codes in NGEC's notation -------------------------------------------------------


def our_roles(actor: Actor) -> tuple[str, ...]:
    """The role codes of our actor, primary first (``GOVMIL`` -> GOV, MIL). For an
    organisation without a sector, the role codes inside its code (``IGOUNOHLHWHO`` -> HLH)."""
    from diplograph.actors.lexicon import role_codes

    if actor.sector:
        return tuple(actor.sector[i : i + 3] for i in range(0, len(actor.sector), 3))
    if actor.code[:3] in GROUP_PREFIXES:
        chunks = [actor.code[i : i + 3] for i in range(3, len(actor.code), 3)]
        for chunk in chunks:
            if chunk in role_codes():
                return (chunk,)
    return ()


def country_matches(gold_country: str, actor: Actor | None) -> bool:
    if actor is None:
        return gold_country == ""
    if actor.country:
        return actor.country == gold_country
    prefix = actor.code[:3]
    if prefix in GROUP_PREFIXES:
        if gold_country == prefix or (prefix == "NGO" and gold_country == ""):
            return True  # NGEC gives an NGO no country
        return prefix == "IGO" and gold_country in ("UNO", "EUR") and actor.code[3:6] == gold_country
    return gold_country == ""


def roles_match(gold_roles: tuple[str, ...], actor: Actor | None, *, person: bool, former: bool = False) -> bool:
    ours = our_roles(actor) if actor is not None else ()
    if gold_roles[:1] == ("ELI",):
        # A known person out of office, or an official described as former: NGEC's ELI is
        # our country-only code (module docstring).
        return (person or former) and not ours
    if gold_roles[:1] == ("NGO",):
        return actor is not None and actor.code.startswith("NGO")
    if not gold_roles:
        return not ours
    if not ours or ours[0] != gold_roles[0]:
        return False
    return len(gold_roles) < 2 or (len(ours) > 1 and ours[1] == gold_roles[1])


def score(gold: Gold, actor: Actor | None, *, person: bool = False) -> Scored:
    """Score one resolution against one gold case."""
    if not gold.is_actor:
        ok = actor is None
        return Scored(gold, actor, ok, ok)
    country_ok: bool | None = None
    if gold.country is not None:
        country_ok = country_matches(gold.country, actor)
    elif gold.not_country is not None:
        country_ok = not country_matches(gold.not_country, actor)
    code_ok: bool | None = None
    if gold.roles is not None:
        former = bool(_FORMER.search(gold.phrase))
        if actor is None:
            # no actor found: right only where the gold has no country and no role either
            code_ok = gold.country in ("", None) and (not gold.roles or (gold.roles[0] == "ELI" and former))
        else:
            code_ok = country_ok is not False and roles_match(gold.roles, actor, person=person, former=former)
    return Scored(gold, actor, country_ok, code_ok)


def _fmt(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.code if not actor.entity else f"{actor.code} ({actor.entity})"


def _gold_fmt(g: Gold) -> str:
    if not g.is_actor:
        return "no actor"
    country = g.country if g.country is not None else (f"not {g.not_country}" if g.not_country else "?")
    roles = "" if g.roles is None else ("+".join(g.roles) or "no role")
    return f"{country or 'no country'} {roles}".strip()


def _acc(items: list[bool | None]) -> tuple[float, int]:
    vals = [x for x in items if x is not None]
    return (sum(vals) / len(vals) if vals else 0.0), len(vals)


def _check_split(split: str) -> None:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")


def run(path: Path, *, today: date = NGEC_TODAY, split: str = "all") -> EvalReport:
    """Country and full-code accuracy on the NGEC actor-resolution cases. ``split`` keeps the
    dev or held-out half (by the SHA-1 of the case name, as the event suite splits records)."""
    from diplograph.actors import resolve_phrase
    from diplograph.actors.lexicon import lexicon

    _check_split(split)
    cases, skipped = load_ngec(Path(path))
    cases = [g for g in cases if in_split(g.case, split)]
    lex = lexicon()
    results: list[Scored] = []
    for gold in cases:
        day = gold.day if gold.dated else today
        # an undated case is a lookup with no date: read as of ``today``, a person out of
        # office then keeps the latest office held (resolve_phrase's strict=False)
        actor = resolve_phrase(gold.phrase, day=day, context=gold.context or None, strict=gold.dated)
        person = actor is not None and lex.is_person(actor.entity)
        results.append(score(gold, actor, person=person))
    report = EvalReport(f"Actor coding: NGEC actor-resolution cases ({path})"
                        + ("" if split == "all" else f", {split} half"))
    country, n_country = _acc([r.country_ok for r in results])
    code, n_code = _acc([r.code_ok for r in results])
    dated = [r for r in results if r.gold.dated]
    d_country, n_dc = _acc([r.country_ok for r in dated])
    d_code, n_dk = _acc([r.code_ok for r in dated])
    report.metrics.update({
        "cases": len(results),
        "skipped (no code asserted)": skipped,
        "country accuracy": round(country, 4),
        "country cases": n_country,
        "full-code accuracy": round(code, 4),
        "full-code cases": n_code,
        "date-dependent country accuracy": round(d_country, 4),
        "date-dependent country cases": n_dc,
        "date-dependent full-code accuracy": round(d_code, 4),
        "date-dependent full-code cases": n_dk,
        "undated cases resolved as of": today.isoformat(),
        "country accuracy, 95% interval": wilson(country, n_country),
        "full-code accuracy, 95% interval": wilson(code, n_code),
    })
    for r in results:
        if r.country_ok is False or r.code_ok is False:
            what = "country" if r.country_ok is False else "code"
            when = r.gold.day.isoformat() if r.gold.dated and r.gold.day else "undated"
            ctx = f" [context {r.gold.context!r}]" if r.gold.context else ""
            report.misses.append(
                f"{what}: {r.gold.phrase!r}{ctx} on {when}: gold {_gold_fmt(r.gold)}, ours {_fmt(r.ours)}  ({r.gold.case})"
            )
    return report


# --- PLOVER-GSR actor slots ---------------------------------------------------------------------

_TAG_OPEN = re.compile(r"\((?:SRC|TAR|EVT|LOC)(?:/(?:SRC|TAR|EVT|LOC))*:\s*")


@dataclass(frozen=True, slots=True)
class Marked:
    """One SRC/TAR span of the markup, as offsets into the plain text."""

    start: int
    end: int
    text: str
    roles: tuple[str, ...]


def strip_markup(markup: str) -> tuple[str, list[Marked]]:
    """The plain sentence and its SRC/TAR spans. Tags nest ("(LOC:to (TAR: Bosnia))") and
    the text has parentheses of its own ("(APEC)"), so a stack tells which ")" closes a tag."""
    out: list[str] = []
    spans: list[Marked] = []
    stack: list[tuple[str, int, tuple[str, ...]]] = []
    i = 0
    while i < len(markup):
        m = _TAG_OPEN.match(markup, i)
        if m:
            tags = tuple(m.group(0)[1:].split(":")[0].split("/"))
            stack.append(("tag", len("".join(out)), tags))
            i = m.end()
            continue
        ch = markup[i]
        if ch == "(":
            stack.append(("lit", 0, ()))
            out.append(ch)
        elif ch in ")}" and stack and (ch == ")" or stack[-1][0] == "tag"):
            kind, start, tags = stack.pop()
            if kind == "tag":
                plain = "".join(out)
                roles = tuple(t for t in tags if t in ("SRC", "TAR"))
                if roles:
                    text = plain[start:]
                    lead = len(text) - len(text.lstrip())
                    spans.append(Marked(start + lead, len(plain.rstrip()), text.strip(), roles))
            else:
                out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out), spans


def _gold_slot(entry: dict) -> tuple[str, tuple[str, ...] | None]:
    code = (entry.get("code") or "").strip().upper()
    code = GOLD_CODE_FIX.get(code, code)
    sector = (entry.get("sector") or "").strip()
    if sector == "***":
        return code, None
    primary = sector[:3].upper()
    if primary == "CIV":
        primary = "CVL"
    primary = NGEC_ROLES.get(primary, primary)  # PLOVER's MED (medical) and JRN (media)
    return code, ((primary,) if primary else ())


def _norm(text: str) -> str:
    return " ".join(text.replace("..", " ").split()).lower()


def plover_slots(path: Path) -> list[tuple[dict, str, str, Gold, Marked | None, str]]:
    """(record, role, plain text, gold, marked span or None, sentence) for every listed actor."""
    from diplograph.evaluation.plover_gsr import read_records

    out = []
    for record in read_records(Path(path)):
        if not record.get("event") or record["event"] == "DOCUMENT" or not record.get("text"):
            continue
        info = record.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        plain, spans = strip_markup(markup) if markup else (record["text"], [])
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        used: set[int] = set()
        for role_key, role in (("source", "SRC"), ("target", "TAR")):
            value = record.get(role_key) or []
            for entry in [value] if isinstance(value, dict) else value:
                if not isinstance(entry, dict) or not entry.get("actorText"):
                    continue
                code, roles = _gold_slot(entry)
                gold = Gold(record["id"], entry["actorText"].strip(), day, True, "", code, None, roles, True)
                want = _norm(entry["actorText"].split("...")[0])
                span = None
                for k, s in enumerate(spans):
                    if role in s.roles and k not in used and _norm(s.text).startswith(want[:40]):
                        span = s
                        used.add(k)
                        break
                if span is None:
                    for s in spans:
                        if role in s.roles and _norm(s.text).startswith(want[:40]):
                            span = s
                            break
                if span is not None:
                    span = _narrow(span, entry["actorText"], plain)
                out.append((record, role, plain, gold, span, plain))
    return out


def _narrow(span: Marked, phrase: str, plain: str) -> Marked:
    """A marked span that holds several actors ("(TAR: Iran, Libya, North Korea)") is
    narrowed to the listed actor's own words."""
    head = phrase.split("...")[0].split("..")[0].strip()
    at = span.text.find(head)
    if at < 0 or len(head) >= len(span.text):
        return span
    return Marked(span.start + at, span.start + at + len(head), head, span.roles)


def _plover_country(code: str, actor: Actor | None) -> bool:
    if code in GROUP_PREFIXES:
        return actor is not None and actor.code.startswith(code)
    return actor is not None and actor.country == code


def _plover_score(gold: Gold, actor: Actor | None) -> Scored:
    """The gold's organisations are bare ``IGO``/``NGO`` with a sector only for a role word
    in the phrase, so only our actor's sector is compared (not roles inside our codes)."""
    from diplograph.actors.lexicon import lexicon

    country_ok = _plover_country(gold.country or "", actor)
    code_ok = None
    if gold.roles is not None:
        ours = (actor.sector[:3],) if actor is not None and actor.sector else ()
        if actor is not None and not ours and actor.code.startswith("IGO"):
            ours = PLOVER_BODY_ROLES.get(lexicon().igo_bodies.get(actor.entity, ""), ())
        if gold.roles == ("ELI",):
            person = actor is not None and lexicon().is_person(actor.entity)
            code_ok = country_ok and not ours and (person or bool(_FORMER.search(gold.phrase)))
        else:
            code_ok = country_ok and ours == gold.roles
    return Scored(gold, actor, country_ok, code_ok)


def run_plover_slots(path: Path = Path(PLOVER_PATH), *, in_context: bool = True, split: str = "all") -> EvalReport:
    """Source and target actors of PLOVER-GSR: country and primary-role accuracy, phrase by
    phrase and (with ``in_context``, which loads the spaCy model) in the sentence. ``split``
    keeps the records of the dev or held-out half, as the event suite does."""
    from diplograph.actors import resolve_phrase

    _check_split(split)
    slots = [s for s in plover_slots(Path(path)) if in_split(str(s[0].get("id", "")), split)]
    alone: list[Scored] = []
    for record, role, plain, gold, span, _ in slots:
        alone.append(_plover_score(gold, resolve_phrase(gold.phrase, day=gold.day)))
    report = EvalReport(f"Actor coding: PLOVER-GSR source and target slots ({path})"
                        + ("" if split == "all" else f", {split} half"))
    c, nc = _acc([s.country_ok for s in alone])
    k, nk = _acc([s.code_ok for s in alone])
    report.metrics.update({
        "actor slots": len(slots),
        "phrase alone: country accuracy": round(c, 4),
        "phrase alone: country cases": nc,
        "phrase alone: country+sector accuracy": round(k, 4),
        "phrase alone: country+sector cases": nk,
    })
    context: list[Scored] = []
    if in_context:
        context = _in_context(slots)
        c2, nc2 = _acc([s.country_ok for s in context])
        k2, nk2 = _acc([s.code_ok for s in context])
        report.metrics.update({
            "in sentence: country accuracy": round(c2, 4),
            "in sentence: country+sector accuracy": round(k2, 4),
            "in sentence: spans not found in the markup": sum(1 for s in slots if s[4] is None),
            # slots of one sentence are not independent, so these are a little narrow
            "in sentence: country accuracy, 95% interval": wilson(c2, nc2),
            "in sentence: country+sector accuracy, 95% interval": wilson(k2, nk2),
        })
    shown = context or alone
    for s in shown:
        if s.country_ok is False or s.code_ok is False:
            what = "country" if s.country_ok is False else "sector"
            report.misses.append(f"{what}: {s.gold.phrase!r}: gold {_gold_fmt(s.gold)}, ours {_fmt(s.ours)}  ({s.gold.case})")
    by_country = Counter(s.gold.country for s in shown if s.country_ok is False)
    if by_country:
        report.tables.append(("Country misses by gold code", ["gold", "misses"], by_country.most_common(15)))
    return report


def _in_context(slots) -> list[Scored]:
    from diplograph import nlp
    from diplograph.actors import find_mentions
    from diplograph.events import code_events
    from diplograph.time import find as find_timexes
    from diplograph.types import Document, content_id

    texts: dict[tuple[str, str], date | None] = {}  # (record id, sentence): ids repeat in the file
    for record, _, plain, gold, _, _ in slots:
        texts.setdefault((record["id"], plain), gold.day)
    docs = [Document(id=content_id(text), text=text, published=d) for (_, text), d in texts.items()]
    parsed = {key: code_events(find_timexes(find_mentions(doc))) for key, doc in zip(texts, nlp.parse(docs))}
    out = []
    for record, _, plain, gold, span, _ in slots:
        doc = parsed[(record["id"], plain)]
        if span is None:
            from diplograph.actors import resolve_phrase

            out.append(_plover_score(gold, resolve_phrase(gold.phrase, day=gold.day)))
            continue
        best, best_overlap = [], 0
        for m in doc.mentions:
            overlap = min(m.end, span.end) - max(m.start, span.start)
            if overlap <= 0:
                continue
            if overlap > best_overlap:
                best, best_overlap = [m], overlap
            elif overlap == best_overlap and best and (m.start, m.end) == (best[0].start, best[0].end):
                best.append(m)
        # a phrase no mention covers may still be an event's actor that the coder gave a country
        # from its context ("Judge Ana Ruiz opened an inquiry into Chilean officials")
        actors = [m.actor for m in best] or _event_actors(doc, plain, span)
        scored = [_plover_score(gold, a) for a in actors] or [_plover_score(gold, None)]
        out.append(next((s for s in scored if s.country_ok and s.code_ok is not False), scored[0]))
    return out


def _event_actors(doc, plain: str, span: Marked) -> list[Actor]:
    """The actors of the document's events whose phrase lies in the span or holds it, by the
    words they stand on as whole words (an actor with no mention has its text but no offsets)."""
    found = []
    for event in doc.events:
        for actor in (event.source, event.target):
            if actor is None or not actor.text or actor in found:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(actor.text)}(?!\w)", plain):
                if span.start <= m.start() and m.end() <= span.end or m.start() <= span.start and span.end <= m.end():
                    found.append(actor)
                    break
    return found
