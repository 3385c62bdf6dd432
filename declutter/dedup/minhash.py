"""MinHash signatures computed for a whole batch at once with numpy.

Permutation ``i`` maps a 32-bit shingle hash ``x`` to ``(a_i * x + b_i) mod 2**32`` with odd
``a_i`` (so it is a bijection of the 32-bit space); ``a`` and ``b`` come from numpy's PCG64
seeded with ``config.seed``, so they are identical on every machine. A signature is the
minimum of each permutation over a text's shingles: ``num_perm`` unsigned 32-bit integers
(512 bytes at 128). A text without shingles has the all-ones signature and is never a
candidate (see :func:`is_empty`).

The batch is computed as a ``num_perm x shingles`` matrix in cache-sized chunks
(``multiply``, ``add``, ``minimum.reduceat``), which is where numpy does the work; datasketch's
``MinHashLSH`` indexes the result through :class:`Signature`, a view with the two attributes
it reads (``hashvalues`` and ``scheme``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.shingle import shingle_hashes

SCHEME = "declutter-mh32-v2"
EMPTY = np.uint32(0xFFFFFFFF)
_CHUNK_SHINGLES = 4096  # keeps the num_perm x chunk work matrix in cache (2 MB at 128)


@lru_cache(maxsize=16)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` coefficient columns (``num_perm x 1``, uint32) for ``seed``."""
    rng = np.random.Generator(np.random.PCG64(seed))
    a = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
    a.setflags(write=False)
    b.setflags(write=False)
    return a.reshape(-1, 1), b.reshape(-1, 1)


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, config: DedupConfig) -> np.ndarray:
    """Signatures (``texts x num_perm``, uint32) of texts given as concatenated shingle hashes."""
    a, b = permutations(config.num_perm, config.seed)
    count = len(offsets) - 1
    out = np.full((config.num_perm, count), EMPTY, dtype=np.uint32)
    sizes = np.diff(offsets)
    doc = 0
    while doc < count:
        # Take whole texts until the chunk holds about _CHUNK_SHINGLES shingles.
        stop = int(np.searchsorted(offsets, offsets[doc] + _CHUNK_SHINGLES, side="right")) - 1
        stop = min(max(stop, doc + 1), count)
        lo, hi = int(offsets[doc]), int(offsets[stop])
        if hi > lo:
            work = np.multiply(a, hashes[lo:hi][np.newaxis, :])
            work += b
            nonempty = np.flatnonzero(sizes[doc:stop] > 0)
            starts = offsets[doc:stop][nonempty] - lo
            out[:, doc + nonempty] = np.minimum.reduceat(work, starts, axis=1)
        doc = stop
    return np.ascontiguousarray(out.T)


def signatures(texts: Sequence[str], config: DedupConfig) -> np.ndarray:
    """Signatures of raw texts (normalised here): a ``len(texts) x num_perm`` uint32 array."""
    hashes, offsets = shingle_hashes(texts, config.ngram)
    return signatures_from_hashes(hashes, offsets, config)


def signatures_and_sizes(texts: Sequence[str], config: DedupConfig) -> tuple[np.ndarray, np.ndarray]:
    """Signatures and shingle counts (with repeats; the set size for containment) of raw texts."""
    hashes, offsets = shingle_hashes(texts, config.ngram)
    return signatures_from_hashes(hashes, offsets, config), np.diff(offsets)


def is_empty(signature: np.ndarray) -> bool:
    """True for the signature of a text without shingles."""
    return bool(signature[0] == EMPTY and (signature == EMPTY).all())


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal signature slots."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(query: np.ndarray, query_size: int, other: np.ndarray, other_size: int) -> float:
    """Estimated share of the query's shingles that are in the other set.

    From the Jaccard estimate ``j``: ``|Q ∩ O| = j (|Q| + |O|) / (1 + j)``, divided by ``|Q|``
    and capped at 1.
    """
    if query_size <= 0:
        return 0.0
    j = jaccard(query, other)
    return min(1.0, j * (query_size + other_size) / ((1.0 + j) * query_size))


class Signature:
    """A signature as datasketch's LSH indexes see a MinHash (``hashvalues``, ``len``, ``scheme``)."""

    __slots__ = ("hashvalues",)
    scheme = SCHEME

    def __init__(self, values: np.ndarray) -> None:
        self.hashvalues = values

    def __len__(self) -> int:
        return len(self.hashvalues)
