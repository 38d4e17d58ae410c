"""The analysis vocabularies, read once from data/ontology/: dimensions.csv and
dimension_cues.csv (which dimension of a relationship an event belongs to) and agreements.csv
(how agreements, their steps and obligations are named). Code lists none of these words."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from diplograph.data_files import read_csv
from diplograph.errors import DataFileError

# The dimensions of a relationship, in the order reports show them.
DIMENSIONS = ("diplomatic", "military", "economic", "humanitarian", "legal")
STEPS = ("signing", "ratification", "entry_into_force", "withdrawal")
OBLIGATIONS = (
    "defence", "offence", "neutrality", "non_aggression", "consultation",
    "economic_cooperation", "security_cooperation",
)
_CATEGORIES = ("event", "noun", "anaphor", "kind", "step", "obligation", "provision", "negation", "irrealis")


@dataclass(frozen=True, slots=True)
class DimensionRule:
    type: str | None
    mode: str | None
    cameo: str | None
    dimension: str
    by_evidence: bool

    def matches(self, type: str | None, mode: str | None, cameo: str | None) -> bool:
        return ((self.type is None or self.type == type) and (self.mode is None or self.mode == mode)
                and (self.cameo is None or (cameo or "").startswith(self.cameo)))

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (len(self.cameo or ""), self.mode is not None, self.type is not None)


@dataclass(frozen=True)
class Dimensions:
    rules: tuple[DimensionRule, ...]
    cues: tuple[tuple[str, re.Pattern], ...]

    def of(self, type: str | None, mode: str | None, cameo: str | None, evidence: str = "") -> str:
        """The dimension of an event: the most specific rule that matches; for generic codes
        the first cue found in the evidence, else the rule's own dimension."""
        best = None
        for rule in self.rules:
            if rule.matches(type, mode, cameo) and (best is None or rule.specificity > best.specificity):
                best = rule
        if best is None:
            return "diplomatic"
        if best.by_evidence and evidence:
            for dimension, pattern in self.cues:
                if pattern.search(evidence):
                    return dimension
        return best.dimension


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: bad pattern {pattern!r} ({exc})") from exc


@functools.lru_cache(maxsize=1)
def dimensions() -> Dimensions:
    rules = []
    seen = set()
    for n, row in enumerate(read_csv("ontology/dimensions.csv", ("type", "mode", "cameo", "dimension", "by_evidence")), 2):
        where = f"data/ontology/dimensions.csv row {n}"
        if row["dimension"] not in DIMENSIONS:
            raise DataFileError(f"{where}: unknown dimension {row['dimension']!r}; use one of {', '.join(DIMENSIONS)}")
        key = (row["type"], row["mode"], row["cameo"])
        if key in seen:
            raise DataFileError(f"{where}: {key} appears twice")
        seen.add(key)
        rules.append(DimensionRule(row["type"] or None, row["mode"] or None, row["cameo"] or None,
                                   row["dimension"], row["by_evidence"].lower() == "yes"))
    cues = []
    for n, row in enumerate(read_csv("ontology/dimension_cues.csv", ("dimension", "pattern")), 2):
        where = f"data/ontology/dimension_cues.csv row {n}"
        if row["dimension"] not in DIMENSIONS:
            raise DataFileError(f"{where}: unknown dimension {row['dimension']!r}")
        cues.append((row["dimension"], re.compile(rf"\b(?:{row['pattern']})", re.IGNORECASE)))
    return Dimensions(tuple(rules), tuple(cues))


@dataclass(frozen=True)
class AgreementVocab:
    event_types: frozenset[str]
    event_cameos: tuple[str, ...]
    nouns: tuple[tuple[str, re.Pattern], ...]      # (class, pattern)
    anaphors: tuple[re.Pattern, ...]
    kinds: tuple[tuple[str, re.Pattern], ...]
    steps: tuple[tuple[str, re.Pattern], ...]
    obligations: tuple[tuple[str, re.Pattern], ...]
    provision: re.Pattern
    negation: re.Pattern
    irrealis: re.Pattern

    def is_candidate(self, type: str | None, cameo: str | None) -> bool:
        return type in self.event_types or any((cameo or "").startswith(c) for c in self.event_cameos)

    def noun_pattern(self) -> re.Pattern:
        return re.compile("|".join(f"(?:{p.pattern})" for _, p in self.nouns), re.IGNORECASE)

    def noun_class(self, word: str) -> str:
        for cls, pattern in self.nouns:
            if pattern.fullmatch(word):
                return cls
        return "generic"

    def kind_of(self, *texts: str) -> str | None:
        for text in texts:
            for kind, pattern in self.kinds:
                if text and pattern.search(text):
                    return kind
        return None


@functools.lru_cache(maxsize=1)
def agreement_vocab() -> AgreementVocab:
    rows: dict[str, list[tuple[str, re.Pattern | str]]] = {c: [] for c in _CATEGORIES}
    for n, row in enumerate(read_csv("ontology/agreements.csv", ("category", "key", "pattern")), 2):
        where = f"data/ontology/agreements.csv row {n}"
        cat, key, pattern = row["category"], row["key"], row["pattern"]
        if cat not in rows:
            raise DataFileError(f"{where}: unknown category {cat!r}; use one of {', '.join(_CATEGORIES)}")
        if not pattern:
            raise DataFileError(f"{where}: empty pattern")
        if cat == "step" and key not in STEPS:
            raise DataFileError(f"{where}: unknown step {key!r}; use one of {', '.join(STEPS)}")
        if cat == "obligation" and key not in OBLIGATIONS:
            raise DataFileError(f"{where}: unknown obligation {key!r}; use one of {', '.join(OBLIGATIONS)}")
        if cat == "event":
            if key not in ("type", "cameo"):
                raise DataFileError(f"{where}: an event row has key type or cameo, not {key!r}")
            rows[cat].append((key, pattern))
        else:
            rows[cat].append((key, _compile(pattern, where)))
    from diplograph.events.ontology import ontology

    types = frozenset(v for k, v in rows["event"] if k == "type")
    unknown = types - set(ontology().types)
    if unknown:
        raise DataFileError(f"data/ontology/agreements.csv: unknown PLOVER types {sorted(unknown)}")

    def one(cat: str) -> re.Pattern:
        return re.compile("|".join(f"(?:{p.pattern})" for _, p in rows[cat]), re.IGNORECASE)

    return AgreementVocab(
        event_types=types,
        event_cameos=tuple(v for k, v in rows["event"] if k == "cameo"),
        nouns=tuple(rows["noun"]), anaphors=tuple(p for _, p in rows["anaphor"]),
        kinds=tuple(rows["kind"]), steps=tuple(rows["step"]), obligations=tuple(rows["obligation"]),
        provision=one("provision"), negation=one("negation"), irrealis=one("irrealis"),
    )


def step_matches(text: str) -> list[tuple[int, int, str]]:
    """Every (start, end, step) the step patterns find in a text, in file order."""
    out = []
    for step, pattern in agreement_vocab().steps:
        for m in pattern.finditer(text):
            out.append((m.start(), m.end(), step))
    return out


def step_near(text: str, trigger: str | None) -> str | None:
    """The agreement step a sentence reports around its trigger word (see ``step_match``)."""
    m = step_match(text, trigger)
    return m[2] if m else None


def step_match(text: str, trigger: str | None) -> tuple[int, int, str] | None:
    """The (start, end, step) a sentence reports around its trigger word: the step whose words
    contain or touch the trigger, else the nearest one; file order breaks ties."""
    found = step_matches(text)
    if not found:
        return None
    order: dict[str, int] = {}
    for step, _ in agreement_vocab().steps:
        order.setdefault(step, len(order))
    pos = text.lower().find(trigger.lower()) if trigger else -1
    if pos < 0:
        return min(found, key=lambda f: (order[f[2]], f[0]))
    t_end = pos + len(trigger)
    covering = [f for f in found if f[0] <= t_end and pos <= f[1]]
    if covering:
        return min(covering, key=lambda f: (order[f[2]], f[0]))
    return min(found, key=lambda f: (min(abs(f[0] - t_end), abs(pos - f[1])), order[f[2]]))
