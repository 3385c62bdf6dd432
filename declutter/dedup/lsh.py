"""LSH bucket keys as plain data, for runners that group buckets themselves (e.g. on Dask).

The single-machine path indexes signatures with datasketch's ``MinHashLSH``, which keys band
``i`` of a signature by the bytes of its ``r`` values. :func:`band_keys` computes the same
grouping as integers: two signatures share a bucket in band ``i`` exactly when their key
``(i, band_hash)`` is equal (up to 64-bit hash collisions, which verification removes), so the
candidate pairs found by grouping keys are those ``MinHashLSH.query`` finds.
:func:`bucket_edges` links each bucket as a star to its smallest id, which has the same
connected components as linking every pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import EMPTY

_MIX = np.uint64(0x9E3779B97F4A7C15)


def band_keys(signatures: np.ndarray, config: DedupConfig) -> np.ndarray:
    """``(n, b)`` uint64 bucket hashes: column ``i`` hashes rows ``i*r .. i*r+r-1``.

    Empty signatures (texts without shingles) get key 0 in every band; callers skip them.
    """
    b, r = config.bands
    sigs = np.asarray(signatures, dtype=np.uint32)[:, : b * r].astype(np.uint64)
    bands = sigs.reshape(len(sigs), b, r)
    key = np.zeros((len(sigs), b), dtype=np.uint64)
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
