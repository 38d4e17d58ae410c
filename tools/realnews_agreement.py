"""How far two annotators of the same real-news sentences agree.

    python tools/realnews_agreement.py tests/fixtures/realnews/heldout.jsonl other_annotator.jsonl

Both files must list the same sentences in the same order. One is read as gold and the other as
the answer, with the scoring of ``diplograph eval events realnews`` (both in PLOVER's view), so
the F1 scores are symmetric and say how well defined the task is: a coder that agrees with one
annotator as well as the other annotator does has reached what the annotation can tell.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diplograph.evaluation.realnews import Outcome, bootstrap, gold_country, score
from diplograph.events.ontology import ontology


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def outcomes(a: list[dict], b: list[dict]) -> list[Outcome]:
    onto = ontology()
    out = []
    for n, (ra, rb) in enumerate(zip(a, b), 1):
        if (ra.get("corpus"), ra.get("line"), ra.get("start"), ra.get("text")) != (rb.get("corpus"), rb.get("line"), rb.get("start"), rb.get("text")):
            raise SystemExit(f"line {n}: the two files do not point at the same sentence")
        o = Outcome()
        for events, types, dyads, full in ((ra["events"], o.gold_types, o.gold_dyads, o.gold_full),
                                           (rb["events"], o.our_types, o.our_dyads, o.our_full)):
            for e in events:
                t = onto.plover_view(e["type"].upper(), e.get("modality") or "asserted")
                src, tgt = (e.get("source") or None), (e.get("target") or None)
                types.add(t)
                dyads.add((t, gold_country(src), gold_country(tgt)))
                full.add((t, src, tgt))
        out.append(o)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    args = ap.parse_args(argv)
    a, b = read(args.first), read(args.second)
    if len(a) != len(b):
        print(f"the files hold {len(a)} and {len(b)} sentences", file=sys.stderr)
        return 2
    got = outcomes(a, b)
    s = score(got)
    low_high = bootstrap(got)
    print(f"{len(a)} sentences; events: {sum(len(r['events']) for r in a)} and {sum(len(r['events']) for r in b)}")
    print(f"sentences with any event in both / either: "
          f"{sum(1 for o in got if o.gold_types and o.our_types)} / {sum(1 for o in got if o.gold_types or o.our_types)}")
    for k in ("type micro F1", "type macro F1", "type + dyad F1", "full code F1"):
        extra = f"  (95% interval {low_high[k][0]:.3f}-{low_high[k][1]:.3f})" if k in low_high else ""
        print(f"{k}: {s[k]:.3f}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
