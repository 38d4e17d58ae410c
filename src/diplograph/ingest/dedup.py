"""Duplicate documents across a corpus: exact copies (same text once whitespace is normalised:
the content hash that is already ``Document.id``) and near copies (MinHash LSH over word
shingles: the same wire story with another dateline, a trimmed last paragraph, a few words
changed).

:class:`DuplicateIndex` is fed documents one at a time; ``add`` answers with the id of the
document an incoming one copies, or None when it is new (and then remembers it). Only originals
are indexed: a copy is linked to its original, never indexed itself, so a chain of copies all
point at the first. The index can be saved to a file and loaded, or rebuilt from stored texts
with :meth:`DuplicateIndex.from_texts`.

Signatures are deterministic (datasketch's SHA-1 based hashing with a fixed seed), so an index
built in one process matches documents added in another.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diplograph.errors import DiplographError, InputError
from diplograph.types import content_id

SCHEME = "affine32"
# Jaccard similarity of word 5-shingles above which two texts are copies. On Reuters-21578 every
# pair at 0.7 or more was the same story re-sent (new dateline, a correction, a paragraph
# added); between 0.6 and 0.7 there were also recurring template reports about different days
# (a weekly price table, the Fed's daily repurchase notice), which must stay apart.
THRESHOLD = 0.7
LSH_MARGIN = 0.2
FORMAT = "diplograph-dedup-1"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Match:
    """The document an incoming text duplicates: ``exact`` for the same text, otherwise a near
    copy with the estimated Jaccard similarity of their word shingles."""

    doc_id: str
    similarity: float
    exact: bool


def shingles(text: str, size: int) -> set[bytes]:
    """Word ``size``-grams of the lower-cased text (one shingle when the text is shorter)."""
    toks = _WORD.findall(text.lower())
    return {" ".join(toks[i:i + size]).encode("utf-8") for i in range(max(1, len(toks) - size + 1))}


class DuplicateIndex:
    """Exact and near-duplicate detection over a stream of documents.

    ``threshold`` is the Jaccard similarity of word ``shingle``-grams above which two texts are
    near copies. Texts with fewer than ``min_words`` words are only checked for exact copies:
    two short notices share too many phrases for a similarity to mean anything.
    """

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = 128, shingle: int = 5,
                 min_words: int = 30, seed: int = 1) -> None:
        try:
            from datasketch import MinHash, MinHashLSH
        except ImportError:  # pragma: no cover - a declared dependency
            raise DiplographError("near-duplicate detection needs datasketch; run `make setup` (or `pip install datasketch`)") from None
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.min_words = min_words
        self.seed = seed
        self._MinHash = MinHash
        self._template = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)
        # The LSH bands are tuned lower than the threshold so that pairs just above it are
        # found (at the threshold itself a band setting of 0.7 finds only 44% of pairs, one of
        # 0.5 finds 99%); the estimated similarity then decides.
        self._lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_MARGIN), num_perm=num_perm)
        self._exact: dict[str, str] = {}  # content hash -> doc id of the first with that text
        self._signatures: dict[str, object] = {}  # doc id -> MinHash, originals only
        self._ids: set[str] = set()

    # --- feeding ---------------------------------------------------------------------------

    def signature(self, text: str):
        """The MinHash of a text (None when it is too short for near-duplicate matching)."""
        if len(text.split()) < self.min_words:
            return None
        m = self._template.copy()
        m.update_batch(shingles(text, self.shingle))
        return m

    def check(self, text: str) -> Match | None:
        """The indexed document this text copies, if any; the index is not changed."""
        return self._check(content_id(text), self.signature(text))

    def _check(self, key: str, sig) -> Match | None:
        first = self._exact.get(key)
        if first is not None:
            return Match(first, 1.0, True)
        if sig is None:
            return None
        best: Match | None = None
        for cand in self._lsh.query(sig):
            sim = sig.jaccard(self._signatures[cand])
            if sim >= self.threshold and (best is None or sim > best.similarity
                                          or (sim == best.similarity and cand < best.doc_id)):
                best = Match(cand, sim, False)
        return best

    def add(self, doc_id: str, text: str) -> str | None:
        """The id of the document this one copies (exactly or nearly), or None: then the
        document is new and is indexed under ``doc_id``. Adding an id already indexed changes
        nothing and returns None."""
        match = self.add_match(doc_id, text)
        return match.doc_id if match else None

    def add_match(self, doc_id: str, text: str) -> Match | None:
        """Like :meth:`add`, with the similarity and whether the copy is exact."""
        if doc_id in self._ids:
            return None
        key = content_id(text)
        sig = self.signature(text)
        match = self._check(key, sig)
        if match is not None:
            return match
        self._insert(doc_id, key, sig)
        return None

    def _insert(self, doc_id: str, key: str, sig) -> None:
        self._ids.add(doc_id)
        self._exact.setdefault(key, doc_id)
        if sig is not None:
            self._lsh.insert(doc_id, sig)
            self._signatures[doc_id] = sig

    @classmethod
    def from_texts(cls, items: Iterable[tuple[str, str]], **options) -> "DuplicateIndex":
        """An index of ``(doc_id, text)`` pairs, e.g. the documents already in the database,
        in the order given (so the earliest stored copy stays the original)."""
        index = cls(**options)
        for doc_id, text in items:
            index.add(doc_id, text)
        return index

    # --- inspecting ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._ids

    # --- persisting ------------------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the index to ``path`` (a NumPy ``.npz`` file: ids, content hashes, signatures
        and the parameters; no pickle)."""
        import numpy as np

        path = Path(path)
        ids = sorted(self._ids)
        keys = {doc_id: key for key, doc_id in self._exact.items()}
        with_sig = [i for i in ids if i in self._signatures]
        sigs = (np.stack([self._signatures[i].hashvalues for i in with_sig])
                if with_sig else np.zeros((0, self.num_perm), dtype=np.uint32))
        params = {"format": FORMAT, "threshold": self.threshold, "num_perm": self.num_perm,
                  "shingle": self.shingle, "min_words": self.min_words, "seed": self.seed, "scheme": SCHEME}
        with path.open("wb") as fh:
            np.savez_compressed(
                fh,
                params=np.array(json.dumps(params)),
                ids=np.array(ids, dtype=str),
                keys=np.array([keys.get(i, "") for i in ids], dtype=str),
                signed=np.array(with_sig, dtype=str),
                signatures=sigs,
            )
        return path

    @classmethod
    def load(cls, path: str | Path) -> "DuplicateIndex":
        import numpy as np

        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as data:
                params = json.loads(str(data["params"]))
                ids, keys = list(data["ids"]), list(data["keys"])
                signed, sigs = list(data["signed"]), data["signatures"]
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(str(path), f"is not a saved duplicate index ({exc}); delete it to rebuild") from None
        if params.get("format") != FORMAT or params.get("scheme") != SCHEME:
            raise InputError(str(path), f"was saved by another version ({params.get('format')}); delete it to rebuild")
        index = cls(threshold=params["threshold"], num_perm=params["num_perm"], shingle=params["shingle"],
                    min_words=params["min_words"], seed=params["seed"])
        perms = index._template.permutations
        by_id = dict(zip(signed, sigs))
        for doc_id, key in zip(ids, keys):
            row = by_id.get(doc_id)
            sig = None if row is None else index._MinHash(seed=index.seed, hashvalues=row, permutations=perms, scheme=SCHEME)
            index._insert(str(doc_id), str(key), sig)
        return index
