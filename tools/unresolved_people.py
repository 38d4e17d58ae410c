"""Count the people a corpus names whom the resolver codes as no actor.

Runs the pipeline's parse and actor stage over a JSONL corpus and looks at every PERSON entity
of the parse: it is resolved when an actor mention of the document overlaps it (a name of the
dictionaries, or a reference the coreference step codes). Prints the share of PERSON mentions
resolved and the most frequent unresolved names, to find people worth a row in people.csv.

    python tools/unresolved_people.py ../shared/corpora/reuters21578/reuters21578.jsonl \\
        --politics --sample 1500 --seed 1 --top 80
    python tools/unresolved_people.py ../shared/corpora/bbc_fulltext/bbc_fulltext.jsonl \\
        --filter bbc-politics-

``--show people.csv`` prints, for the people of a CSV (rows about to be added), which PERSON
texts resolved to each of them, to catch a name that captures someone else. ``--json FILE`` writes the counts (unresolved names, and the entities the resolved ones got) so
that two runs, before and after a change of the dictionaries, can be compared.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_sample import POLITICS  # noqa: E402  (the same test of "about politics")

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class Tally:
    """PERSON mentions seen, resolved, and the names of both kinds."""

    documents: int = 0
    persons: int = 0
    resolved: int = 0
    unresolved_names: Counter = field(default_factory=Counter)
    resolved_entities: Counter = field(default_factory=Counter)
    # (entity the resolver gave, PERSON text): to check that a name captures only its person
    resolved_texts: Counter = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return self.resolved / self.persons if self.persons else 0.0

    def as_dict(self) -> dict:
        return {"documents": self.documents, "persons": self.persons, "resolved": self.resolved,
                "share": round(self.share, 4), "unresolved": dict(self.unresolved_names.most_common()),
                "resolved_entities": dict(self.resolved_entities.most_common())}


def clean_name(text: str) -> str:
    """The name as counted: one line, no possessive ending, no leading article."""
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name)
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def select(lines: list[str], *, prefix: str | None, politics: bool) -> list[str]:
    """The corpus lines kept: ids starting with ``prefix``; with ``politics``, texts that use at
    least two different words of politics (as tools/realnews_sample.py picks Reuters items)."""
    out = []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        if not rec.get("text"):
            continue
        if prefix and not str(rec.get("id", "")).startswith(prefix):
            continue
        if politics and len({m.lower() for m in POLITICS.findall(rec["text"])}) < 2:
            continue
        out.append(line)
    return out


def count(lines: list[str], *, batch_size: int = 32) -> Tally:
    """Parse the documents of ``lines`` and tally their PERSON entities."""
    from diplograph import nlp
    from diplograph.actors import find_mentions
    from diplograph.ingest.readers import ReadOptions, read_jsonl
    from diplograph.types import Document

    raw = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    docs = [d for d in read_jsonl("corpus", io.BytesIO(raw), options=ReadOptions()) if isinstance(d, Document)]
    tally = Tally()
    for start in range(0, len(docs), batch_size):
        for doc in nlp.parse(docs[start:start + batch_size]):
            coded = find_mentions(doc)
            spans = [(m.start, m.end, m.actor) for m in coded.mentions]
            tally.documents += 1
            for offset, sdoc in doc.parse:
                for ent in sdoc.ents:
                    if ent.label_ != "PERSON":
                        continue
                    s, e = offset + ent.start_char, offset + ent.end_char
                    tally.persons += 1
                    hit = next((a for ms, me, a in spans if ms < e and s < me), None)
                    if hit is None:
                        tally.unresolved_names[clean_name(ent.text)] += 1
                    else:
                        tally.resolved += 1
                        tally.resolved_entities[hit.entity or hit.code] += 1
                        tally.resolved_texts[(hit.entity or hit.code, clean_name(ent.text))] += 1
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a JSONL corpus (one document a line, with 'text')")
    ap.add_argument("--filter", dest="prefix", help="keep documents whose id starts with this")
    ap.add_argument("--politics", action="store_true", help="keep documents that use two words of politics")
    ap.add_argument("--sample", type=int, help="draw this many documents at random (after filtering)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, help="take the first N documents (after filtering and sampling)")
    ap.add_argument("--top", type=int, default=60, help="how many unresolved names to print")
    ap.add_argument("--json", type=Path, help="write the counts to this file")
    ap.add_argument("--show", type=Path, help="a people CSV (name in the first column): print the PERSON "
                                              "texts resolved to each of its people, to check for false alarms")
    args = ap.parse_args(argv)

    lines = select(args.corpus.read_text(encoding="utf-8").splitlines(), prefix=args.prefix, politics=args.politics)
    if args.sample and args.sample < len(lines):
        lines = random.Random(args.seed).sample(lines, args.sample)
    if args.limit:
        lines = lines[: args.limit]
    tally = count(lines)
    print(f"{tally.documents} documents, {tally.persons} PERSON mentions, {tally.resolved} resolved "
          f"({tally.share:.1%})")
    for name, n in tally.unresolved_names.most_common(args.top):
        print(f"{n:5d}  {name}")
    if args.show:
        import csv

        with args.show.open(encoding="utf-8", newline="") as fh:
            wanted = {row[0] for row in csv.reader(fh) if row and row[0] != "name"}
        for (entity, text), n in sorted(tally.resolved_texts.items()):
            if entity in wanted:
                print(f"{n:5d}  {entity} <- {text}")
    if args.json:
        args.json.write_text(json.dumps(tally.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
