"""LSH bucket keys as plain data, for runners that group buckets themselves (e.g. on Dask).

The single-machine path indexes signatures with datasketch's ``MinHashLSH``, which keys band
``i`` of a signature by the bytes of its ``r`` values. :func:`band_keys` computes the same
grouping as integers: two signatures share a bucket in band ``i`` exactly when their key
``(i, band_hash)`` is equal (up to 64-bit hash collisions, which verification removes), so the
candidate pairs found by grouping keys are those ``MinHashLSH.query`` finds.

:class:`CompactLSH` is the in-memory LSH of the embedded and in-memory indexes: the same bands
and rows as ``MinHashLSH`` (datasketch's optimal ``b`` and ``r``), the same candidates, and the
same ``insert``/``query``/``remove``/``in`` calls, but its buckets are one sorted numpy array of
``(band key, story number)`` (12 bytes per band per story) instead of a Python set per bucket
(about 300 bytes per band per story in datasketch's dict storage). Redis keeps datasketch's
``MinHashLSH`` with its Redis storage layer.
:func:`bucket_edges` links each bucket as a star to its smallest id, which has the same
connected components as linking every pair.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import EMPTY, Signature

_MIX = np.uint64(0x9E3779B97F4A7C15)


def band_keys(signatures: np.ndarray, config: DedupConfig) -> np.ndarray:
    """``(n, b)`` uint64 bucket keys: column ``i`` hashes ``(i, rows i*r .. i*r+r-1)``.

    Empty signatures (texts without shingles) get key 0 in every band; callers skip them.
    """
    b, r = config.bands
    sigs = np.asarray(signatures, dtype=np.uint32)[:, : b * r].astype(np.uint64)
    bands = sigs.reshape(len(sigs), b, r)
    # The band index seeds the hash, so the keys of all bands share one key space.
    key = np.broadcast_to(np.arange(1, b + 1, dtype=np.uint64) * _MIX, (len(sigs), b)).copy()
    with np.errstate(over="ignore"):
        for j in range(r):
            key = (key ^ bands[:, :, j]) * _MIX
            key ^= key >> np.uint64(29)
    empty = (np.asarray(signatures) == EMPTY).all(axis=1)
    key[empty] = 0
    return key


def bucket_edges(ids: Sequence[str], keys: np.ndarray) -> list[tuple[str, str]]:
    """Candidate edges: within each ``(band, key)`` bucket, every member to the smallest id."""
    edges: list[tuple[str, str]] = []
    n, b = keys.shape
    for band in range(b):
        groups: dict[int, list[str]] = {}
        for i in range(n):
            k = int(keys[i, band])
            if k:
                groups.setdefault(k, []).append(ids[i])
        for members in groups.values():
            if len(members) > 1:
                root = min(members)
                edges.extend((root, m) for m in members if m != root)
    return edges


class CompactLSH:
    """An in-memory LSH with ``MinHashLSH``'s interface and about 12 bytes per band per story.

    New entries go to a small dict and are merged into the sorted arrays when it holds
    ``merge_every`` entries or a quarter of the arrays' length, whichever is more (so merging
    costs O(n log n) overall and the dict stays small next to the arrays); a removed story is
    remembered as a tombstone and dropped from the arrays at the next merge.
    """

    def __init__(self, config: DedupConfig, merge_every: int = 1 << 16) -> None:
        self.config = config
        self.b, self.r = config.bands
        self.h = config.num_perm
        self._merge_every = merge_every
        self._ids: list[Hashable] = []
        self._number: dict[Hashable, int] = {}
        self._dead: set[int] = set()
        self._keys = np.zeros(0, dtype=np.uint64)
        self._docs = np.zeros(0, dtype=np.uint32)
        self._pending: dict[int, list[int]] = {}
        self._pending_count = 0

    def __contains__(self, key: Hashable) -> bool:
        return key in self._number

    def __len__(self) -> int:
        return len(self._number)

    def insert(self, key: Hashable, minhash: Signature, check_duplication: bool = True,
               keys: np.ndarray | None = None) -> None:
        """Index ``minhash`` under ``key`` (a key already present raises unless told not to check).

        ``keys``: its :func:`band_keys` row, when the caller computed them for a whole batch.
        """
        if key in self._number:
            if check_duplication:
                raise ValueError("The given key already exists")
            self.remove(key)
        number = len(self._ids)
        self._ids.append(key)
        self._number[key] = number
        if keys is None:
            keys = band_keys(np.asarray(minhash.hashvalues)[np.newaxis, :], self.config)[0]
        for k in keys.tolist():
            if k:
                self._pending.setdefault(k, []).append(number)
                self._pending_count += 1
        if self._pending_count >= max(self._merge_every, len(self._keys) // 4):
            self.merge()

    def query(self, minhash: Signature, keys: np.ndarray | None = None) -> list[Hashable]:
        """Keys sharing at least one band with ``minhash`` (``keys``: as for :meth:`insert`)."""
        if keys is None:
            keys = band_keys(np.asarray(minhash.hashvalues)[np.newaxis, :], self.config)[0]
        found: set[int] = set()
        if len(self._keys):
            lo = np.searchsorted(self._keys, keys, side="left")
            hi = np.searchsorted(self._keys, keys, side="right")
            for start, stop in zip(lo[hi > lo].tolist(), hi[hi > lo].tolist(), strict=True):
                found.update(self._docs[start:stop].tolist())
        for k in keys.tolist():
            hit = self._pending.get(k)
            if hit:
                found.update(hit)
        return [self._ids[n] for n in found if n not in self._dead]

    def remove(self, key: Hashable) -> None:
        """Forget ``key`` (``ValueError`` if it is not indexed)."""
        if key not in self._number:
            raise ValueError("The given key does not exist")
        self._dead.add(self._number.pop(key))

    def merge(self) -> None:
        """Move the pending entries into the sorted arrays (done automatically as they grow)."""
        count = self._pending_count
        if not count and not self._dead:
            return
        keys = np.fromiter((k for k, docs in self._pending.items() for _ in docs),
                           dtype=np.uint64, count=count)
        docs = np.fromiter((d for ds in self._pending.values() for d in ds),
                           dtype=np.uint32, count=count)
        keys = np.concatenate((self._keys, keys))
        docs = np.concatenate((self._docs, docs))
        if self._dead:
            alive = ~np.isin(docs, np.fromiter(self._dead, dtype=np.uint32))
            keys, docs = keys[alive], docs[alive]
        order = np.argsort(keys, kind="stable")
        self._keys, self._docs = keys[order], docs[order]
        self._pending = {}
        self._pending_count = 0
