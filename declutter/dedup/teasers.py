"""Teaser-to-story links by containment.

A teaser (``teasers[i]`` of any page) previews a full story: its text is the story's first
lines or a summary, so nearly all of its shingles are in the story while the story has many
more. Their Jaccard similarity is small (about ``|T| / |S|``), but the *containment*
``|T ∩ S| / |T|`` is near 1.

The search is a one-row-per-band LSH over signature slots. For each of the first
``SLOTS`` slots, a story is filed under ``(slot, value)``; a teaser's candidates are the
stories sharing at least one slot value with it. Slot ``i`` of a teaser and of a story that
contains it agree with probability ``J = |T| / |S|``, so a teaser of 15% of a story shares at
least one of 64 slots with probability ``1 - 0.85**64 > 0.9999`` (and 96% at 5%). Buckets
holding more than ``MAX_BUCKET`` stories (a very common shingle that happens to be the minimum
of many stories) carry no evidence and are skipped. Each candidate is then verified with the
containment estimated from the full signatures and the set sizes
(:func:`declutter.dedup.minhash.containment`), with at least :data:`MIN_AGREEING_SLOTS` equal
slots, and the link goes to the canonical copy of the best story's cluster, so every teaser of
one story points at the same id.

Why not datasketch's ``MinHashLSHEnsemble``: it was the first implementation here and linked
every benchmark teaser correctly, but building it measured 343 stories/s and 69 KB per story
(it keeps a dict-backed ``MinHashLSH`` per size partition and band width), too slow and too
large to rebuild over an index of stories on every run. This index builds in one sort and holds
12 bytes per slot per story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from declutter.dedup.cluster import Doc
from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import EMPTY

SLOTS = 64
"""Signature slots the containment search files stories under (one row per band)."""
MAX_BUCKET = 1000
"""Slot buckets with more stories than this are skipped when looking for candidates."""
MIN_AGREEING_SLOTS = 4
"""Signature slots a teaser must share with a story. The containment estimate divides by the
teaser's size, so against a story many times longer one chance agreement would read as high
containment; a real teaser of 15% of a story shares about 0.15 x num_perm = 19 of 128 slots."""
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(slots=True)
class TeaserSketch:
    """One teaser to link: where it is (record position, teaser position) and its sketch."""

    ordinal: int
    position: int
    page_id: str
    signature: np.ndarray
    size: int


def _slot_keys(signatures: np.ndarray, slots: int) -> np.ndarray:
    """``(n, slots)`` uint64 keys of ``(slot index, slot value)``."""
    values = signatures[:, :slots].astype(np.uint64)
    with np.errstate(over="ignore"):
        keys = (values + np.arange(1, slots + 1, dtype=np.uint64) * _MIX) * _MIX
        keys ^= keys >> np.uint64(31)
    return keys


class TeaserLinker:
    """Containment search over a fixed set of stories (built once per run)."""

    def __init__(self, stories: Iterable[Doc], config: DedupConfig) -> None:
        self.config = config
        self._docs: list[Doc] = []
        seen: set[str] = set()
        for doc in stories:
            if doc.size > 0 and doc.id not in seen and not (doc.signature == EMPTY).all():
                seen.add(doc.id)
                self._docs.append(doc)
        self._slots = min(SLOTS, config.num_perm)
        if self._docs:
            self._sigs = np.vstack([d.signature for d in self._docs])
            self._sizes = np.array([d.size for d in self._docs], dtype=np.float64)
            keys = _slot_keys(self._sigs, self._slots).ravel()
            rows = np.repeat(np.arange(len(self._docs), dtype=np.uint32), self._slots)
            order = np.argsort(keys, kind="stable")
            self._keys, self._rows = keys[order], rows[order]
        else:
            self._sigs = np.zeros((0, config.num_perm), dtype=np.uint32)
            self._keys = np.zeros(0, dtype=np.uint64)

    def candidates(self, signature: np.ndarray) -> np.ndarray:
        """Rows of stories sharing a slot value with ``signature`` (in small buckets only)."""
        if not len(self._keys):
            return np.zeros(0, dtype=np.uint32)
        keys = np.sort(_slot_keys(signature[np.newaxis, :], self._slots)[0])
        lo = np.searchsorted(self._keys, keys, side="left")
        hi = np.searchsorted(self._keys, keys, side="right")
        useful = (hi > lo) & (hi - lo <= MAX_BUCKET)
        if not useful.any():
            return np.zeros(0, dtype=np.uint32)
        return np.unique(np.concatenate([self._rows[a:b] for a, b in
                                         zip(lo[useful].tolist(), hi[useful].tolist(),
                                             strict=True)]))

    def best(self, teaser: TeaserSketch, order: Callable[[Doc], tuple]) -> Doc | None:
        """The story that contains the teaser best (ties broken by ``order``), or ``None``."""
        if teaser.size <= 0:
            return None
        rows = self.candidates(teaser.signature)
        if not len(rows):
            return None
        agree = np.count_nonzero(self._sigs[rows] == teaser.signature, axis=1)
        j = agree / self.config.num_perm
        sizes = self._sizes[rows]
        share = np.minimum(1.0, j * (teaser.size + sizes) / ((1.0 + j) * teaser.size))
        keep = (agree >= MIN_AGREEING_SLOTS) & (share >= self.config.teaser_containment)
        found = [(-float(s), order(self._docs[r]), self._docs[r])
                 for r, s in zip(rows[keep].tolist(), share[keep].tolist(), strict=True)
                 if self._docs[r].id != teaser.page_id]
        if not found:
            return None
        return min(found, key=lambda f: (f[0], f[1]))[2]
