"""Build data/actors/people_phoenix.csv from the Phoenix country actor dictionary (2014).

Usage: python tools/import_phoenix.py PATH/TO/Phoenix.Countries.actors.txt [-o OUT.csv]
           [--places OUT.csv --corpus DIR ...]

With ``--places``, also build data/actors/places_phoenix.csv: the place names that the Phoenix
file lists under each country heading (cities, provinces, regions, other spellings of the
country), one row per form: ``name, country``. Forms under two headings, forms of our own
files, forms of people, forms beginning with an article, one-word forms that are a word of a
person's name in our files ("Austin", "Charlotte") and one-word forms that the news text of
``--corpus`` (JSONL, ``text`` field) writes in lower case at least twice (common words:
"split", "mobile", "reading") are left out. Only counts are read from the corpus.

The Phoenix file (Open Event Data Alliance, MIT licence) lists, under each country, people
with date-bounded codes::

    NAME_ONE_  # comment
    +ALIAS_ONE_
    NAME_TWO_            (a second root name: same person, same codes)
        [AZEGOVAGR 030101-041031]
        [AZEGOV >041101]
        [AZEELI]

We keep the facts only (names, country, role code, dates) and write them in our own layout,
one row per term: ``name, aliases, country, sector, valid_from, valid_to``. Rules:

- Only people: blocks under a country heading whose names read as personal names; country
  and organisation entries (inline codes, "ARMY", "PARTY", "MINISTRY" ...) are skipped.
- ``ELI`` (out of office) terms are dropped: our resolver already codes a known person out of
  office with the country only. A person with no other term gets one undated row with an
  empty sector (known, country only).
- Dates are YYMMDD with two-digit years (``030101`` is 2003-01-01, ``700101`` 1970-01-01):
  years up to 14 are 20xx, the rest 19xx. Eight-digit dates are read as they stand.
- ``>YYMMDD`` (open term) ends at 2014-12-31, the year the dictionary was made; ``<YYMMDD``
  starts at 1900-01-01. Terms that end before 1946 are dropped.
- Names and aliases of one word, names made of common words, forms carrying a title
  ("PRESIDENT_X") and forms that name two Phoenix people are skipped.
- People whose name is another kind of actor in our dictionaries (a country, a city, a group
  ...) are left out. A person of our own people.csv (a shared name or alias, the same country,
  one person of ours) keeps only the Phoenix terms that overlap none of our terms for them,
  written under our name with our aliases: our files win where both speak, and the earlier
  career the dictionary knows (Netanyahu's first premiership, 1996-1999) is not lost because we
  wrote rows for the later one.
- Role codes are cut to the role codes our roles.csv knows (``GOVAGR`` stays, an unknown
  second role is dropped); countries outside countries.csv are skipped.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

OPEN_END = date(2014, 12, 31)
OPEN_START = date(1900, 1, 1)
EARLIEST_END = date(1946, 1, 1)
_CODE = re.compile(r"\[([A-Z]{3,})\s*([<>]?\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")
# words that say an entry is a body, not a person
ORG_WORDS = {"army", "party", "council", "congress", "forces", "force", "ministry", "government", "front", "movement",
             "union", "national", "people's", "peoples", "assembly", "parliament", "court", "police", "bank", "committee",
             "republic", "state", "states", "guard", "brigade", "brigades", "office", "agency", "service", "services",
             "organization", "organisation", "league", "federation", "association", "corps", "command", "navy",
             "militia", "group", "kingdom", "islands", "island", "the", "of", "and", "for", "city", "province",
             "region", "department", "senate", "cabinet", "administration", "commission", "regime", "media",
             "news", "tv", "radio", "house", "palace", "embassy", "press", "airlines", "company", "university", "church", "school", "institute"}
TITLE_WORDS = {"president", "minister", "prime", "premier", "king", "queen", "prince", "princess", "sheikh",
               "general", "gen", "col", "colonel", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady",
               "ayatollah", "chancellor", "secretary", "senator", "governor", "mayor", "chairman", "emir",
               "sultan", "former", "ex", "defense", "defence", "foreign", "vice", "deputy", "leader", "chief",
               "ambassador", "spokesman", "judge", "justice", "pope", "bishop", "archbishop", "cardinal",
               "imam", "rev", "father", "saint", "st", "admiral", "marshal", "commander", "captain", "major",
               "lieutenant", "lt", "sgt", "sergeant"}
# lower-case particles inside names ("Abdel Fattah el-Sisi", "Ursula von der Leyen")
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von",
             "der", "den", "la", "le", "du", "y", "e", "ter", "ten", "zu"}
# common English words; a name made only of these ("Grace Hope", "Will Smith") is skipped
COMMON = set("""a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours out over own same she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours long young good great little new old big small high low black white green brown gray
grey red gold golden silver rich king rose may june april august grace hope faith joy love star stone wood hill
rock river lake moon sun sky day night year time man men woman world bush rice price bell hall wall ball bird fish
fox wolf bear lion lamb ram bull hawk crow crane swan finch drake duke earl baron knight page cook baker smith
miller mason carter taylor turner walker hunter fisher farmer shepherd butler porter parker gardener barber
chance luck fortune will mark bill pat sue rob art ray bob jack frank earnest ernest honest noble sterling
major early late summer winter spring autumn fall north south east west land field fields park street lane road
""".split())


def parse_day(text: str) -> date:
    digits = text.lstrip("<>")
    if len(digits) == 8:
        y, m, d = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    else:
        yy, m, d = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        y = 2000 + yy if yy <= 14 else 1900 + yy
    y = min(max(1, y), 9999)  # "00000000" is no year: the earliest one
    d = min(max(1, d), 31)
    m = min(max(1, m), 12)
    while d > 28:
        try:
            return date(y, m, d)
        except ValueError:  # "310631" and the like: the last valid day of the month
            d -= 1
    return date(y, m, d)


def nice(phrase: str) -> str:
    """"VLADIMIR_PUTIN_" -> "Vladimir Putin"; particles stay lower case inside a name."""
    words = [w for w in phrase.strip().strip("_").replace("_", " ").split() if w]
    out = []
    for i, w in enumerate(words):
        parts = []
        for j, part in enumerate(w.split("-")):
            low = part.lower()
            if (i > 0 or j > 0) and low in PARTICLES:
                parts.append(low)
            elif low.startswith("mc") and len(low) > 3:
                parts.append("Mc" + low[2:].capitalize())
            elif low.startswith("o'") and len(low) > 2:
                parts.append("O'" + low[2:].capitalize())
            else:
                parts.append("'".join(p.capitalize() if k == 0 or len(p) > 1 else p for k, p in enumerate(low.split("'"))))
        out.append("-".join(parts))
    return " ".join(out)


def blocks(path: Path):
    """(country heading code, [(name, is_root)], [(code, start, end)], tagged) per entry."""
    country = None
    names: list[tuple[str, bool]] = []
    codes: list[tuple[str, str | None, str | None]] = []
    tagged = False
    in_heading = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            for m in _CODE.finditer(stripped):
                codes.append((m.group(1), m.group(2), m.group(3)))
            continue
        if stripped.startswith("+"):
            if not in_heading:  # the aliases of a country or body heading are not a person's
                names.append((stripped[1:].strip(), False))
            continue
        # a root name: a new entry unless the previous one has no codes yet
        inline = _CODE.search(stripped)
        if codes or inline:
            if names and codes:
                yield country, names, codes, tagged
            names, codes, tagged = [], [], False
        if inline:
            # a country heading ("AFGHANISTAN_  [AFG]") or another entry coded on its own line
            # (territories, bodies): not a person
            code = inline.group(1)
            if len(code) == 3 and not inline.group(2):
                country = code
            names, codes = [], []
            in_heading = True
            continue
        in_heading = False
        names.append((stripped, True))
        tagged = tagged or "CountryInfo" in comment
    if names and codes:
        yield country, names, codes, tagged


def looks_like_person(name: str) -> bool:
    words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
    return 2 <= len(words) <= 6 and not any(w in ORG_WORDS for w in words) and all(re.fullmatch(r"[a-z.']+", w) for w in words)


def usable_form(form: str) -> bool:
    words = [w.lower().strip(".") for w in re.split(r"[\s-]+", form) if w]
    if words and words[0] in ("the", "a", "an"):
        return False  # "The White House" and the like are not personal names
    if len(form.split()) < 2:
        return False  # one-word names and surnames: too often a word or someone else
    if any(w in TITLE_WORDS for w in words) or any(w in ORG_WORDS - {"the", "of", "and"} for w in words):
        return False
    if all(w in COMMON or w in PARTICLES for w in words):
        return False
    if any(len(w.strip(".")) == 0 for w in words) or not re.fullmatch(r"[A-Za-z .'-]+", form):
        return False
    return True


def our_forms() -> tuple[set[str], set[str]]:
    """(forms of the people in people.csv, forms of every other actor in our dictionaries)."""
    from diplograph.data_files import read_csv, split_list

    people = set()
    for r in read_csv("actors/people.csv", ("name", "aliases")):
        people.update([r["name"], *split_list(r["aliases"])])
    others = set()
    for r in read_csv("actors/countries.csv", ("name", "aliases", "adjectives", "capitals")):
        others.update([r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"]), *split_list(r["capitals"]),
                       *split_list(r.get("demonyms", ""))])
    for r in read_csv("actors/cities.csv", ("name",)):
        others.update([r["name"], *split_list(r.get("aliases", ""))])
    for file in ("seats.csv", "groups.csv", "igos.csv"):
        for r in read_csv(f"actors/{file}", ("pattern",)):
            others.add(r["pattern"].removeprefix("the "))
    for r in read_csv("actors/regions.csv", ("name", "aliases", "adjectives")):
        others.update([r["name"], *split_list(r["aliases"]), *split_list(r["adjectives"])])
    for r in read_csv("actors/places.csv", ("name", "aliases")):
        others.update([r["name"], *split_list(r["aliases"])])
    return people, others


def fold(form: str) -> str:
    """A name as the resolver compares it: no accents, case, dots or hyphens ("Jean-Bertrand
    Aristide" and "Jean Bertrand Aristide", "F. W. de Klerk" and "F W de Klerk" are one)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[.\-]", " ", bare.lower()).split())


def our_people() -> dict[str, list[tuple[str, str, str, date, date]]]:
    """Each folded form of a person of people.csv -> [(our name, our aliases, country, start,
    end)] of our terms (an open start or end is the widest day; an organisation's officer has
    an empty country)."""
    from diplograph.data_files import read_csv, split_list

    out: dict[str, list] = defaultdict(list)
    for r in read_csv("actors/people.csv", ("name", "aliases", "country", "valid_from", "valid_to")):
        start = date.fromisoformat(r["valid_from"]) if r["valid_from"] else date.min
        end = date.fromisoformat(r["valid_to"]) if r["valid_to"] else date.max
        for form in {r["name"], *split_list(r["aliases"])}:
            out[fold(form)].append((r["name"], r["aliases"], r["country"], start, end))
    return out


def heading_aliases(path: Path) -> list[tuple[str, str]]:
    """(country code, alias) for the ``+ALIAS`` lines right under each country heading."""
    heading = re.compile(r"^([A-Z][A-Z_'.\-]*)\s+\[([A-Z]{3})\]\s*$")
    out, country = [], None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = heading.match(line)
        if m:
            country = m.group(2)
        elif line.startswith("+") and country:
            out.append((country, line[1:].strip()))
        else:
            country = None
    return out


def lower_case_words(corpus_dirs: list[Path]) -> Counter:
    """How often each word is written in lower case in the news text of the corpora."""
    import json

    counts: Counter = Counter()
    word = re.compile(r"(?<![A-Za-z'-])[a-z]+(?![A-Za-z])")
    for folder in corpus_dirs:
        for file in sorted(folder.glob("*.jsonl")):
            with file.open(encoding="utf-8") as fh:
                for line in fh:
                    counts.update(word.findall(json.loads(line).get("text", "")))
    return counts


def build_places(path: Path, corpus_dirs: list[Path], people_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The place names of the dictionary's headings, leaving out any form that is also a person
    of ``people_rows`` (the people built in the same run, so the two files agree)."""
    from diplograph.data_files import read_csv

    countries = {r["iso3"] for r in read_csv("actors/countries.csv", ("iso3",))}
    people, others = our_forms()
    for r in people_rows:
        people.update([r["name"], *[a for a in r["aliases"].split("|") if a]])
    taken = {f.lower() for f in others | people}
    name_words = {w.lower() for f in people for w in f.replace("-", " ").split()}  # "Austin", "Charlotte"
    lower = lower_case_words(corpus_dirs)
    owners: dict[str, set[str]] = defaultdict(set)
    order: list[str] = []
    for country, alias in heading_aliases(path):
        form = nice(alias)
        if country not in countries or not re.fullmatch(r"[A-Za-z][A-Za-z .'-]*[A-Za-z.]", form):
            continue
        if form not in owners:
            order.append(form)
        owners[form].add(country)
    rows = []
    for form in order:
        words = form.split()
        if len(owners[form]) != 1 or form.lower() in taken or words[0].lower() in ("the", "a", "an"):
            continue
        if len(form.replace(" ", "")) < 4 or (len(words) == 1 and (lower[form.lower()] >= 2 or form.lower() in name_words)):
            continue
        if all(w.lower() in COMMON for w in words):
            continue
        rows.append({"name": form, "country": next(iter(owners[form]))})
    return rows


def build(path: Path) -> list[dict[str, str]]:
    from diplograph.data_files import read_csv

    countries = {r["iso3"] for r in read_csv("actors/countries.csv", ("iso3",))}
    roles = {r["code"] for r in read_csv("actors/roles.csv", ("code", "kind")) if r["kind"] == "role"}
    _, others = our_forms()
    others_folded = {f.lower() for f in others}

    ours_terms = our_people()
    ours_folded = set(ours_terms)  # every form of our people, folded
    people = []  # (canonical, forms, country, terms)
    kept_for_ours: dict[str, tuple[str, str, list]] = {}  # our name -> (aliases, country, terms)
    for heading, names, codes, tagged in blocks(path):
        if heading is None:
            continue
        roots = [nice(n) for n, root in names if root]
        if not roots or not (tagged or all(looks_like_person(r) for r in roots)):
            continue
        if not looks_like_person(roots[0]):
            continue
        forms = []
        for n, _ in names:
            f = nice(n)
            if f not in forms:
                forms.append(f)
        # a shared full name (two words or more) ties a Phoenix person to one of ours
        known = {t for f in forms if usable_form(f) for t in ours_terms.get(fold(f), ())}
        terms = []
        country = None
        for code, start, end in codes:
            cc, rest = code[:3], code[3:]
            if cc not in countries:
                continue
            country = country or cc
            if cc != country:
                continue  # one country per person; the first one given
            chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
            sector = ""
            for ch in chunks:
                if ch not in roles or ch == "ELI":
                    break
                sector += ch
            if not sector:
                continue  # ELI or no role: out of office
            if start is None and end is None:
                s, e = None, OPEN_END
            elif start and start.startswith("<"):
                s, e = OPEN_START, parse_day(start)
            elif start and start.startswith(">"):
                s, e = parse_day(start), OPEN_END
            else:
                s = parse_day(start) if start else OPEN_START
                e = parse_day(end) if end else OPEN_END
            if s and s > OPEN_END:
                continue
            e = min(e, OPEN_END)
            if e < EARLIEST_END or (s and s >= e):
                continue
            terms.append((sector, s, e))
        if country is None:
            country = heading if heading in countries else None
        if country is None:
            continue
        terms = sorted(set(terms), key=lambda t: (t[1] or OPEN_START, t[0]))
        if known:
            # our people.csv has this person: keep the terms we do not cover, under our name and
            # with our aliases. One person of ours, of this country (rows as an organisation's
            # officer have none: Solana at NATO is still Spain's Solana)
            names = {name for name, *_ in known}
            ccs = {cc for _, _, cc, _, _ in known} - {""}
            if len(names) == 1 and (not ccs or country in ccs):
                name = next(iter(names))
                # terms that touch ours (a successor starts the day we end a term) are free
                spans = [(s, e) for *_, s, e in known]
                free = [t for t in terms if t[1] is not None and not any(t[1] < e and s < t[2] for s, e in spans)]
                aliases = sorted({a for _, al, _, _, _ in known for a in al.split("|") if a})
                if free:
                    before = kept_for_ours.get(name, ("", country, []))
                    kept_for_ours[name] = ("|".join(aliases), country, before[2] + free)
            continue
        people.append((forms[0], forms, country, terms))

    # forms that name two Phoenix people are dropped for both
    owners = defaultdict(set)
    for canon, forms, country, _ in people:
        for f in forms:
            owners[fold(f)].add((canon, country))
    rows = []
    seen_names = set()
    for canon, forms, country, terms in people:
        good = [f for f in forms if usable_form(f) and len(owners[fold(f)]) == 1
                and f.lower() not in others_folded and fold(f) not in ours_folded]
        if not good:
            continue
        name, aliases = good[0], good[1:]
        if name.lower() in seen_names:
            continue
        seen_names.add(name.lower())
        merged = _merge(terms)
        if not merged:
            merged = [("", None, None)]
        for sector, s, e in merged:
            rows.append({"name": name, "aliases": "|".join(aliases), "country": country, "sector": sector,
                         "valid_from": s.isoformat() if s else "", "valid_to": e.isoformat() if e else ""})
    for name, (aliases, country, terms) in kept_for_ours.items():
        # two Phoenix entries of one person of ours are merged
        for sector, s, e in _merge(sorted(set(terms), key=lambda t: (t[1], t[0]))):
            rows.append({"name": name, "aliases": aliases, "country": country, "sector": sector,
                         "valid_from": s.isoformat(), "valid_to": e.isoformat()})
    return rows


def _merge(terms):
    """Overlapping or touching terms with the same sector become one; where two sectors
    overlap, the later term starts when the earlier ends."""
    by_sector = defaultdict(list)
    for sector, s, e in terms:
        by_sector[sector].append([s or OPEN_START, e])
    out = []
    for sector, spans in by_sector.items():
        spans.sort()
        merged = [spans[0]]
        for s, e in spans[1:]:
            if s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out.extend((sector, s, e) for s, e in merged)
    out.sort(key=lambda t: (t[1], t[2]))
    result = []
    for sector, s, e in out:
        if result and s < result[-1][2]:
            s = result[-1][2]
            if s >= e:
                continue
        result.append((sector, s, e))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dictionary", type=Path, help="Phoenix.Countries.actors.txt")
    ap.add_argument("-o", "--out", type=Path,
                    default=Path(__file__).resolve().parents[1] / "src/diplograph/data/actors/people_phoenix.csv")
    ap.add_argument("--places", type=Path, help="also write the place names to this CSV (places_phoenix.csv)")
    ap.add_argument("--corpus", type=Path, action="append", default=[],
                    help="a folder of JSONL news text whose lower-case words mark common words (repeatable)")
    args = ap.parse_args(argv)
    if not args.dictionary.is_file():
        print(f"no such file: {args.dictionary}", file=sys.stderr)
        return 2
    if args.places and not args.corpus:
        print("--places needs at least one --corpus folder (to leave out common words)", file=sys.stderr)
        return 2
    rows = build(args.dictionary)
    if args.places:
        places = build_places(args.dictionary, args.corpus, rows)
        with args.places.open("w", encoding="utf-8", newline="") as fh:
            fh.write("# Generated by tools/import_phoenix.py --places from the Phoenix country actor dictionary (2014,\n"
                     "# Open Event Data Alliance, MIT licence). Facts only: see SOURCES.md. Do not edit by hand.\n")
            w = csv.DictWriter(fh, fieldnames=["name", "country"], lineterminator="\n")
            w.writeheader()
            w.writerows(places)
        print(f"{len(places)} places -> {args.places}")
    cols = ["name", "aliases", "country", "sector", "valid_from", "valid_to"]
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by tools/import_phoenix.py from the Phoenix country actor dictionary (2014,\n"
                 "# Open Event Data Alliance, MIT licence). Facts only: see SOURCES.md. Do not edit by hand.\n")
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows, {len({r['name'] for r in rows})} people -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
