"""The candidate index: which articles share enough fingerprint keys to be worth aligning.

An inverted index over the fingerprints (see :mod:`.fingerprints`), stored as flat
numpy arrays (key, article number) per kind rather than a dict of lists, so that a
million articles fit in memory and two indexes merge by concatenation. Finding
candidates sorts the keys once and pairs the articles of each key: the cost grows with
the number of shared keys, not with the square of the number of articles.

Frequent keys are capped: a key held by more than ``max_postings`` articles (a stock
phrase, an agency sign-off, a common name pair) pairs nobody, as in Broder's shingling
and datasketch's LSH, otherwise one boilerplate line would make every article a
candidate of every other.

``add(batch)`` and ``merge(other)`` follow datasketch's LSH: the Spark engine builds
one index per partition and merges them.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from copydesk.reuse.fingerprints import KINDS, Fingerprints

#: Keys shared by more articles than this pair nobody (stock phrases; see module doc).
MAX_POSTINGS = 50

#: Shared keys (by kind) that make a pair a candidate. Two sampled 5-shingles rarely
#: coincide by chance; stop-word 8-grams and name pairs need a little more support.
MIN_SHARED: dict[str, int] = {"shingle": 2, "stopword": 2, "skeleton": 3, "embedding": 1}


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two articles (a < b by id) and how many keys of each kind they share."""

    a: str
    b: str
    shared: tuple[tuple[str, int], ...]


class ReuseIndex:
    """Fingerprint keys of every article seen, with ``add``, ``merge`` and ``candidates``."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._number: dict[str, int] = {}
        self._keys: dict[str, list[np.ndarray]] = {k: [] for k in KINDS}
        self._docs: dict[str, list[np.ndarray]] = {k: [] for k in KINDS}

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._number

    def add(self, batch: Iterable[tuple[str, Fingerprints]]) -> int:
        """File each (article id, fingerprints); an id already present is skipped."""
        added = 0
        for article_id, prints in batch:
            if article_id in self._number:
                continue
            number = len(self.ids)
            self._number[article_id] = number
            self.ids.append(article_id)
            for kind in KINDS:
                keys = prints.of(kind)
                if len(keys):
                    self._keys[kind].append(keys.astype(np.uint64))
                    self._docs[kind].append(np.full(len(keys), number, np.int64))
            added += 1
        return added

    def merge(self, other: ReuseIndex) -> None:
        """Take in every article of ``other`` that this index does not have yet."""
        remap = np.full(len(other.ids), -1, np.int64)
        for number, article_id in enumerate(other.ids):
            if article_id not in self._number:
                self._number[article_id] = len(self.ids)
                self.ids.append(article_id)
                remap[number] = self._number[article_id]
        for kind in KINDS:
            keys, docs = other._flat(kind)
            new = remap[docs] if len(docs) else docs
            keep = new >= 0
            if keep.any():
                self._keys[kind].append(keys[keep])
                self._docs[kind].append(new[keep])

    def _flat(self, kind: str) -> tuple[np.ndarray, np.ndarray]:
        if not self._keys[kind]:
            return np.zeros(0, np.uint64), np.zeros(0, np.int64)
        if len(self._keys[kind]) > 1:
            self._keys[kind] = [np.concatenate(self._keys[kind])]
            self._docs[kind] = [np.concatenate(self._docs[kind])]
        return self._keys[kind][0], self._docs[kind][0]

    def shared_counts(
        self, kind: str, max_postings: int = MAX_POSTINGS
    ) -> Counter[tuple[int, int]]:
        """How many keys of one kind each pair of article numbers shares."""
        keys, docs = self._flat(kind)
        counts: Counter[tuple[int, int]] = Counter()
        if not len(keys):
            return counts
        order = np.lexsort((docs, keys))
        keys, docs = keys[order], docs[order]
        bounds = np.flatnonzero(np.diff(keys)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [len(keys)]))
        sizes = ends - starts
        for start, end in zip(
            starts[(sizes >= 2) & (sizes <= max_postings)],
            ends[(sizes >= 2) & (sizes <= max_postings)],
            strict=True,
        ):
            group = np.unique(docs[start:end])
            for i, x in enumerate(group):
                for y in group[i + 1 :]:
                    counts[(int(x), int(y))] += 1
        return counts

    def candidates(
        self,
        min_shared: dict[str, int] | None = None,
        max_postings: int = MAX_POSTINGS,
        among: Sequence[str] | None = None,
    ) -> list[Candidate]:
        """Pairs sharing at least ``min_shared[kind]`` keys of some kind, sorted by ids.

        ``among`` restricts the result to pairs whose two articles are both listed.
        """
        need = MIN_SHARED if min_shared is None else min_shared
        allowed = None if among is None else {self._number[i] for i in among if i in self}
        per_pair: dict[tuple[int, int], dict[str, int]] = {}
        for kind in KINDS:
            for pair, n in self.shared_counts(kind, max_postings).items():
                per_pair.setdefault(pair, {})[kind] = n
        out = []
        for (x, y), shared in per_pair.items():
            if allowed is not None and (x not in allowed or y not in allowed):
                continue
            if any(n >= need.get(kind, 1) for kind, n in shared.items()):
                a, b = sorted((self.ids[x], self.ids[y]))
                out.append(Candidate(a, b, tuple(sorted(shared.items()))))
        return sorted(out, key=lambda c: (c.a, c.b))

    def to_bytes(self) -> bytes:
        """The index as bytes (numpy .npz), for ``Store.save_state``."""
        arrays: dict[str, np.ndarray] = {"ids": np.array(self.ids, dtype=str)}
        for kind in KINDS:
            arrays[f"{kind}_keys"], arrays[f"{kind}_docs"] = self._flat(kind)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReuseIndex:
        index = cls()
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            index.ids = [str(i) for i in arrays["ids"]]
            index._number = {article_id: n for n, article_id in enumerate(index.ids)}
            for kind in KINDS:
                keys, docs = arrays[f"{kind}_keys"], arrays[f"{kind}_docs"]
                if len(keys):
                    index._keys[kind] = [keys.astype(np.uint64)]
                    index._docs[kind] = [docs.astype(np.int64)]
        return index
