"""Draw a sample of lead sentences from the news corpora for hand annotation.

The corpora may not be copied into the project, so a gold file of ours holds no text: each
record points into a corpus file (``corpus`` relative to the corpora folder, ``line``) and gives
the sentence's character span in the document text as diplograph reads it, with the first 12 hex
digits of the sentence's SHA-1 so that a changed corpus or reader is caught. The annotator reads
the sentences in a separate view file (kept outside the project) and fills in ``events``.

    python tools/realnews_sample.py ../shared/corpora --seed 5 --articles 40 --lead 4 \\
        --out skeleton.jsonl --view /tmp/view.txt

Articles are drawn from the parts of the corpora that are about politics: Wikinews (all of it),
the BBC's politics stories, and Reuters items that use at least two words of politics.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import sys
from pathlib import Path

POLITICS = re.compile(
    r"\b(government|minister|ministry|president|military|troops|army|navy|talks|sanctions?|embassy|"
    r"ambassador|parliament|rebels?|guerrillas?|treaty|accord|war|attack(?:ed|s)?|protest(?:ed|s)?|"
    r"accused|warned|diplomat(?:s|ic)?|summit|ceasefire|election)\b", re.I)

CORPORA = {
    "wikinews_en_sample/wikinews_en_2019_2020.jsonl": lambda rec: True,
    "bbc_fulltext/bbc_fulltext.jsonl": lambda rec: str(rec.get("id", "")).startswith("bbc-politics-"),
    "reuters21578/reuters21578.jsonl": lambda rec: len(set(m.lower() for m in POLITICS.findall(rec.get("text", "")))) >= 2,
}


def sentence_sha(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:12]


def candidates(root: Path) -> list[tuple[str, int]]:
    out = []
    for rel, keep in CORPORA.items():
        with (root / rel).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                rec = json.loads(line)
                if rec.get("text") and keep(rec):
                    out.append((rel, n))
    return out


def read_line(root: Path, rel: str, line: int):
    """The Document diplograph makes of one corpus line."""
    from diplograph.ingest.readers import ReadOptions, read_jsonl

    with (root / rel).open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n == line:
                docs = list(read_jsonl(f"{rel}:{line}", io.BytesIO(raw), options=ReadOptions()))
                return docs[0]
    raise SystemExit(f"{rel}: no line {line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", type=Path, help="the corpora folder (../shared/corpora)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--lead", type=int, default=4, help="sentences from the start of each article")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="gold files whose articles are not drawn again")
    ap.add_argument("--out", type=Path, required=True, help="skeleton gold file (no text)")
    ap.add_argument("--view", type=Path, required=True, help="the sentences to read, outside the project")
    args = ap.parse_args(argv)

    from diplograph import nlp

    taken = set()
    for f in args.exclude:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                taken.add((r["corpus"], r["line"]))
    pool = [c for c in candidates(args.corpora) if c not in taken]
    random.Random(args.seed).shuffle(pool)
    # equal shares of the three corpora, so the 19k Reuters items do not crowd out the rest
    by_corpus: dict[str, list] = {}
    for c in pool:
        by_corpus.setdefault(c[0], []).append(c)
    picked = []
    while len(picked) < args.articles and any(by_corpus.values()):
        for rel in CORPORA:
            if by_corpus.get(rel) and len(picked) < args.articles:
                picked.append(by_corpus[rel].pop())
    records, view = [], []
    for rel, line in picked:
        doc = read_line(args.corpora, rel, line)
        parsed = nlp.parse([doc])[0]
        published = parsed.published.isoformat() if parsed.published else None
        view.append(f"\n=== {rel}:{line}  published {published}  title: {parsed.title}")
        for s in parsed.sentences[: args.lead]:
            text = parsed.text[s.start:s.end]
            records.append({"corpus": rel, "line": line, "start": s.start, "end": s.end,
                            "sha1": sentence_sha(text), "published": published, "events": []})
            view.append(f"[{len(records) - 1}] {text.strip()}")
    args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    args.view.write_text("\n".join(view) + "\n", encoding="utf-8")
    print(f"{len(records)} sentences from {len(picked)} articles -> {args.out} (text in {args.view})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
