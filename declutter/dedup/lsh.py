"""LSH bucket keys as plain data, for runners that group buckets themselves (e.g. on Dask).

The single-machine path indexes signatures with datasketch's ``MinHashLSH``, which keys band
``i`` of a signature by the bytes of its ``r`` values. :func:`band_keys` computes the same
grouping as integers: two signatures share a bucket in band ``i`` exactly when their key
``(i, band_hash)`` is equal (up to 64-bit hash collisions, which verification removes), so the
candidate pairs found by grouping keys are those ``MinHashLSH.query`` finds. Given the
stories' boilerplate masks, :func:`band_keys` leaves out the bands made only of boilerplate
slots (:func:`boilerplate_bands`); with ``MinHashLSH``, which keys every band, the pairs are
filtered by the same rule (:func:`share_band`).

:class:`CompactLSH` is the in-memory LSH of the embedded and in-memory indexes: the same bands
and rows as ``MinHashLSH`` (datasketch's optimal ``b`` and ``r``), the same candidates, and the
same ``insert``/``query``/``remove``/``in`` calls, but its buckets are one sorted numpy array of
``(band key, story number)`` (12 bytes per band per story) instead of a Python set per bucket
(about 300 bytes per band per story in datasketch's dict storage). Redis keeps datasketch's
``MinHashLSH`` with its Redis storage layer.
:func:`bucket_pairs` lists the candidate pairs themselves.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import EMPTY, Signature

_MIX = np.uint64(0x9E3779B97F4A7C15)


def band_keys(signatures: np.ndarray, config: DedupConfig,
              masks: Sequence[bytes | None] | None = None) -> np.ndarray:
    """``(n, b)`` uint64 bucket keys: column ``i`` hashes ``(i, rows i*r .. i*r+r-1)``.

    Empty signatures (texts without shingles) get key 0 in every band; callers skip them.
    ``masks``: each row's boilerplate mask (:attr:`declutter.dedup.cluster.Doc.boilerplate`,
    packed bits or ``None``); a band whose rows are all boilerplate slots of its story gets key
    0 too (:func:`boilerplate_bands`).
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
    if masks is not None:
        key[boilerplate_bands(masks, config)] = 0
    return key


def boilerplate_bands(masks: Sequence[bytes | None], config: DedupConfig) -> np.ndarray:
    """``(n, b)`` bools: the bands all of whose rows are boilerplate slots of the story (its
    packed mask, :mod:`declutter.dedup.boilerplate`; ``None``: no boilerplate).

    Such a band is left out of the LSH: two stories agreeing on it agree on shingles of a
    line their source repeats (a site appeal), slots the similarity leaves out anyway, so a
    shared appeal makes no candidate pair; a band with a slot of the story's own text still
    makes one. One band of ``r`` rows is all boilerplate with probability ``m ** r`` for a
    story whose shingles are a share ``m`` boilerplate, so real copies lose few bands.
    """
    b, r = config.bands
    out = np.zeros((len(masks), b), dtype=bool)
    rows = [i for i, m in enumerate(masks) if m is not None]
    if rows:
        packed = np.frombuffer(b"".join(masks[i] for i in rows),  # type: ignore[misc]
                               dtype=np.uint8).reshape(len(rows), -1)
        bits = np.unpackbits(packed, axis=1, count=b * r).astype(bool)
        out[rows] = bits.reshape(len(rows), b, r).all(axis=2)
    return out


def share_band(left: np.ndarray, right: np.ndarray, left_masks: Sequence[bytes | None],
               right_masks: Sequence[bytes | None], config: DedupConfig) -> np.ndarray:
    """Per pair of rows, whether the two signatures share a band that neither leaves out
    (:func:`band_keys` with masks): the candidate rule for an LSH that keys every band
    (datasketch's), so every store finds the same candidates."""
    b, r = config.bands
    agree = (left[:, : b * r] == right[:, : b * r]).reshape(len(left), b, r).all(axis=2)
    agree &= ~boilerplate_bands(left_masks, config) & ~boilerplate_bands(right_masks, config)
    return agree.any(axis=1)


def bucket_pairs(ids: Sequence[str], keys: np.ndarray) -> set[tuple[str, str]]:
    """Candidate pairs ``(smaller id, larger id)``: every two stories sharing a bucket.

    These are exactly the pairs ``dedup`` verifies (each story's ``MinHashLSH.query`` before
    it is inserted). Linking each bucket as a star to its smallest id gives the same connected
    components of *candidates*, but not of *verified* pairs: a copy can pass verification
    against a bucket neighbour and fail against the star's centre. A distributed runner that
    must match ``dedup`` exactly verifies all pairs of a bucket (buckets are small except for
    boilerplate-identical pages, which verify against any member).
    """
    pairs: set[tuple[str, str]] = set()
    n, b = keys.shape
    for band in range(b):
        groups: dict[int, list[str]] = {}
        for i in range(n):
            k = int(keys[i, band])
            if k:
                groups.setdefault(k, []).append(ids[i])
        for members in groups.values():
            members.sort()
            for j, later in enumerate(members):
                pairs.update((earlier, later) for earlier in members[:j] if earlier != later)
    return pairs


class CompactLSH:
    """An in-memory LSH with ``MinHashLSH``'s interface and about 12 bytes per band per story.

    Entries live in a few sorted runs of ``(band key, story number)`` (numpy arrays), merged
    like a log-structured tree: a run is merged into the one before it once it is at least half
    its size, so there are O(log n) runs and every entry is moved O(log n) times. Stories added
    one at a time wait in a small dict until ``merge_every`` entries have gathered;
    :meth:`insert_batch` and :meth:`query_batch` work on a whole batch of band keys at once. A
    removed story is remembered as a tombstone and dropped from the runs when they are merged.
    """

    def __init__(self, config: DedupConfig, merge_every: int = 1 << 16) -> None:
        self.config = config
        self.b, self.r = config.bands
        self.h = config.num_perm
        self._merge_every = merge_every
        self._ids: list[Hashable] = []
        self._number: dict[Hashable, int] = {}
        self._dead: set[int] = set()
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending: dict[int, list[int]] = {}
        self._pending_count = 0

    def __contains__(self, key: Hashable) -> bool:
        return key in self._number

    def __len__(self) -> int:
        return len(self._number)

    def _keys_of(self, minhash: Signature, keys: np.ndarray | None) -> np.ndarray:
        if keys is None:
            return band_keys(np.asarray(minhash.hashvalues)[np.newaxis, :], self.config)[0]
        return keys

    def _number_for(self, key: Hashable, check_duplication: bool) -> int:
        if key in self._number:
            if check_duplication:
                raise ValueError("The given key already exists")
            self.remove(key)
        number = len(self._ids)
        self._ids.append(key)
        self._number[key] = number
        return number

    def insert(self, key: Hashable, minhash: Signature, check_duplication: bool = True,
               keys: np.ndarray | None = None) -> None:
        """Index ``minhash`` under ``key`` (a key already present raises unless told not to check).

        ``keys``: its :func:`band_keys` row, when the caller computed them for a whole batch.
        """
        number = self._number_for(key, check_duplication)
        for k in self._keys_of(minhash, keys).tolist():
            if k:
                self._pending.setdefault(k, []).append(number)
                self._pending_count += 1
        if self._pending_count >= self._merge_every:
            self._flush_pending()

    def insert_batch(self, keys_of: Sequence[Hashable], keys: np.ndarray) -> None:
        """Index a batch: ``keys_of[i]`` is the key of the story whose band keys are ``keys[i]``."""
        numbers = np.array([self._number_for(k, False) for k in keys_of], dtype=np.uint32)
        flat = keys.ravel()
        owner = np.repeat(numbers, keys.shape[1])
        live = flat != 0
        self._add_run(flat[live], owner[live])

    def query(self, minhash: Signature, keys: np.ndarray | None = None) -> list[Hashable]:
        """Keys sharing at least one band with ``minhash`` (``keys``: as for :meth:`insert`)."""
        rows, numbers = self.query_batch(self._keys_of(minhash, keys)[np.newaxis, :])
        return [self._ids[n] for n in dict.fromkeys(numbers.tolist())]

    def query_batch(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Candidates of a batch: ``(row, story number)`` pairs, one per shared bucket entry."""
        flat = keys.ravel()
        flat_row = np.repeat(np.arange(len(keys)), keys.shape[1])
        live = flat != 0
        flat, flat_row = flat[live], flat_row[live]
        order = np.argsort(flat)  # sorted needles make searchsorted walk each run once
        flat, flat_row = flat[order], flat_row[order]
        rows_out: list[np.ndarray] = []
        numbers_out: list[np.ndarray] = []
        for run_keys, run_docs in self._runs:
            lo = np.searchsorted(run_keys, flat, side="left")
            hi = np.searchsorted(run_keys, flat, side="right")
            counts = hi - lo
            hit = counts > 0
            if not hit.any():
                continue
            starts, counts = lo[hit], counts[hit]
            total = int(counts.sum())
            offsets = np.cumsum(counts) - counts
            index = np.arange(total) - np.repeat(offsets, counts) + np.repeat(starts, counts)
            numbers_out.append(run_docs[index])
            rows_out.append(np.repeat(flat_row[hit], counts))
        if self._pending:
            extra_rows, extra_numbers = [], []
            for row, k in zip(flat_row.tolist(), flat.tolist(), strict=True):
                for n in self._pending.get(k, ()):
                    extra_rows.append(row)
                    extra_numbers.append(n)
            rows_out.append(np.array(extra_rows, dtype=np.int64))
            numbers_out.append(np.array(extra_numbers, dtype=np.uint32))
        if not rows_out:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint32)
        rows, numbers = np.concatenate(rows_out), np.concatenate(numbers_out)
        if self._dead:
            alive = ~np.isin(numbers, np.fromiter(self._dead, dtype=np.uint32))
            rows, numbers = rows[alive], numbers[alive]
        return rows, numbers

    def ids(self, numbers: Iterable[int]) -> list[Hashable]:
        """The keys of story numbers returned by :meth:`query_batch`."""
        return [self._ids[n] for n in numbers]

    def remove(self, key: Hashable) -> None:
        """Forget ``key`` (``ValueError`` if it is not indexed)."""
        if key not in self._number:
            raise ValueError("The given key does not exist")
        self._dead.add(self._number.pop(key))

    def merge(self) -> None:
        """Move waiting entries into the runs and merge all runs into one."""
        self._flush_pending()
        while len(self._runs) > 1:
            self._merge_last_two()
        if self._dead and self._runs:
            keys, docs = self._runs[0]
            alive = ~np.isin(docs, np.fromiter(self._dead, dtype=np.uint32))
            self._runs[0] = (keys[alive], docs[alive])

    def _flush_pending(self) -> None:
        if not self._pending_count:
            return
        count = self._pending_count
        keys = np.fromiter((k for k, docs in self._pending.items() for _ in docs),
                           dtype=np.uint64, count=count)
        docs = np.fromiter((d for ds in self._pending.values() for d in ds),
                           dtype=np.uint32, count=count)
        self._pending = {}
        self._pending_count = 0
        self._add_run(keys, docs)

    def _add_run(self, keys: np.ndarray, docs: np.ndarray) -> None:
        if not len(keys):
            return
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], docs[order]))
        while len(self._runs) > 1 and 2 * len(self._runs[-1][0]) >= len(self._runs[-2][0]):
            self._merge_last_two()

    def _merge_last_two(self) -> None:
        (k1, d1), (k2, d2) = self._runs[-2], self._runs[-1]
        keys, docs = np.concatenate((k1, k2)), np.concatenate((d1, d2))
        if self._dead:
            alive = ~np.isin(docs, np.fromiter(self._dead, dtype=np.uint32))
            keys, docs = keys[alive], docs[alive]
        order = np.argsort(keys, kind="stable")
        self._runs[-2:] = [(keys[order], docs[order])]
