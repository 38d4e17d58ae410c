"""PLOVER types and modes, CAMEO codes with Goldstein values, and the trigger lexicon,
all read from data/ontology/*.csv. Code never lists event types."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from diplograph.data_files import read_csv, split_list
from diplograph.errors import DataFileError


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    modes: tuple[str, ...]
    quad_class: int
    default_cameo: str
    description: str
    future_as: str | None = None
    refused_as: str | None = None
    actorless: bool = False  # kept even when no actor is coded (attacks, protests, arrests)
    self_directed: bool = False  # with no other party named, done at home (the source's own country)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: str
    head: str
    extra: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    cameo: str
    target_preps: frozenset[str]
    thing_object: bool
    joint: bool
    subject_words: bool = False  # notes "subject-word": the extra words may be the subject's ("a bomb exploded")
    person_object: bool = False  # notes "person-object": only with a person or actor as object ("released Suu Kyi")
    intransitive: bool = False  # notes "intransitive": not with an object that is no actor ("demonstrated resolve")
    receiver_subject: bool = False  # notes "receiver-subject": the subject receives, "from" names the giver


@dataclass(frozen=True)
class Ontology:
    types: dict[str, PloverType]
    cameo: dict[str, CameoCode]
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    non_agents: frozenset[str] = frozenset()

    def cameo_info(self, code: str) -> CameoCode | None:
        return self.cameo.get(code)

    def bare_verb(self, *lemmas: str, type: str | None = None) -> Trigger | None:
        """The first row of these verbs with no extra words (and of that type): the trigger a rule
        that reads a construction rather than a word ("X said Y must ...") borrows its codes from."""
        return next((t for lemma in lemmas for t in self.verbs.get(lemma, ())
                     if not t.extra and (type is None or t.type == type)), None)

    def plover_view(self, type: str, modality: str) -> str:
        """The type PLOVER's coders give an event: an act announced for the future is a promise
        (AGREE) or a threat (THREATEN), a refused one a rejection (REJECT), as plover.csv says.
        diplograph itself keeps the act's own type and says the rest in its modality."""
        t = self.types.get(type)
        if t is None:
            return type
        if modality == "future" and t.future_as:
            return t.future_as
        if modality in ("negated", "hedged") and t.refused_as:
            return t.refused_as
        return type

    def plover_modality(self, type: str, modality: str) -> str:
        """The modality of the event in PLOVER's view: a promise, threat or refusal that the
        view makes of a future or refused act is itself made, so it is asserted ("would not
        accept monitoring" is an asserted REJECT); any other event keeps its modality."""
        return "asserted" if self.plover_view(type, modality) != type else modality


# prepositions and particles: a pattern with fewer of them is more specific ("fire gas" before "fire at")
FUNCTION_WORDS = frozenset({"to", "in", "on", "at", "of", "off", "out", "up", "for", "with", "by", "from", "into",
                            "over", "down", "back", "away", "about", "against", "onto", "upon"})


def _flag(notes: str, name: str) -> bool:
    """A flag written as a label at the start of the notes or after a semicolon ("intransitive:
    ...", or the bare label), not the word used in passing in the prose."""
    return re.search(rf"(?:^|;)\s*{re.escape(name)}\s*(?::|;|$)", notes) is not None


@functools.lru_cache(maxsize=1)
def ontology() -> Ontology:
    types: dict[str, PloverType] = {}
    for row in read_csv("ontology/plover.csv", ("type", "modes", "quad_class", "default_cameo", "description")):
        types[row["type"]] = PloverType(
            row["type"], tuple(split_list(row["modes"])), int(row["quad_class"]), row["default_cameo"], row["description"],
            row.get("future_as") or None, row.get("refused_as") or None, row.get("actorless", "").lower() == "yes",
            row.get("self_directed", "").lower() == "yes",
        )
    cameo: dict[str, CameoCode] = {}
    for row in read_csv("ontology/cameo.csv", ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode")):
        code = row["code"]
        if code in cameo:
            raise DataFileError(f"data/ontology/cameo.csv: code {code} appears twice")
        cameo[code] = CameoCode(
            code, row["name"], float(row["goldstein"]), int(row["quad_class"]),
            row["plover_type"] or None, row["plover_mode"] or None,
        )
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(read_csv("ontology/triggers.csv", ("pattern", "pos", "type", "mode", "cameo", "target_preps", "notes")), 2):
        words = row["pattern"].lower().split()
        where = f"data/ontology/triggers.csv row {n}"
        if not words:
            raise DataFileError(f"{where}: empty pattern")
        if row["type"] not in types:
            raise DataFileError(f"{where}: unknown PLOVER type {row['type']!r}")
        if row["cameo"] and row["cameo"] not in cameo:
            raise DataFileError(f"{where}: unknown CAMEO code {row['cameo']!r}")
        if row["cameo"] and cameo[row["cameo"]].plover_type not in (None, row["type"]):
            raise DataFileError(f"{where}: type {row['type']} disagrees with CAMEO {row['cameo']}, "
                                f"which cameo.csv maps to {cameo[row['cameo']].plover_type}")
        if row["mode"] and row["mode"] not in types[row["type"]].modes:
            raise DataFileError(f"{where}: {row['mode']!r} is not a mode of {row['type']} in plover.csv")
        if (row["pattern"].lower(), row["pos"].upper()) in seen:
            raise DataFileError(f"{where}: pattern {row['pattern']!r} ({row['pos']}) appears twice")
        seen.add((row["pattern"].lower(), row["pos"].upper()))
        notes = row["notes"].lower()
        trig = Trigger(
            row["pattern"], words[0], tuple(words[1:]), row["pos"].upper(), row["type"], row["mode"] or None,
            row["cameo"] or types[row["type"]].default_cameo,
            frozenset(split_list(row["target_preps"].lower())), _flag(notes, "thing-object"), _flag(notes, "joint"),
            _flag(notes, "subject-word"), _flag(notes, "person-object"), _flag(notes, "intransitive"),
            _flag(notes, "receiver-subject"),
        )
        (verbs if trig.pos == "VERB" else nouns).setdefault(trig.head, []).append(trig)
    # Longest patterns first, so "carry out attack" wins over "carry out".
    # (and content words before prepositions: "agree ceasefire" before "agree to")
    sort = lambda d: {k: tuple(sorted(v, key=lambda t: (-len(t.extra), sum(w in FUNCTION_WORDS for w in t.extra)))) for k, v in d.items()}  # noqa: E731
    non_agents = frozenset(r["lemma"].lower() for r in read_csv("ontology/non_agents.csv", ("lemma",)))
    return Ontology(types, cameo, sort(verbs), sort(nouns), non_agents)
