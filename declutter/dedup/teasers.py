"""Teaser-to-story links by containment.

A teaser (``teasers[i]`` of any page) previews a full story: its text is the story's first
lines or a summary, so nearly all of its shingles are in the story while the story has many
more. Their Jaccard similarity is small (about ``|T| / |S|``), but the *containment*
``|T ∩ S| / |T|`` is near 1. datasketch's ``MinHashLSHEnsemble`` finds stories whose
containment of a teaser is likely above ``config.teaser_containment`` (it partitions stories by
size and bands each partition for the size ratio); each candidate is then verified with the
containment estimated from the full signatures and the set sizes
(:func:`declutter.dedup.minhash.containment`) and at least :data:`MIN_AGREEING_SLOTS` equal
signature slots. The link goes to the canonical copy of the best
story's cluster, so every teaser of one story points at the same id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHashLSHEnsemble

from declutter.dedup.cluster import Doc
from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import Signature, containment, is_empty

MIN_AGREEING_SLOTS = 4
"""Signature slots a teaser must share with a story. The containment estimate divides by the
teaser's size, so against a story many times longer one chance agreement would read as high
containment; a real teaser of 15% of a story shares about 0.15 x num_perm = 19 of 128 slots."""


@dataclass(slots=True)
class TeaserSketch:
    """One teaser to link: where it is (record position, teaser position) and its sketch."""

    ordinal: int
    position: int
    page_id: str
    signature: np.ndarray
    size: int


class TeaserLinker:
    """Containment search over a fixed set of stories (the ensemble is built once)."""

    def __init__(self, stories: Iterable[Doc], config: DedupConfig) -> None:
        self.config = config
        self._docs: dict[str, Doc] = {}
        entries = []
        for doc in stories:
            if doc.size > 0 and not is_empty(doc.signature) and doc.id not in self._docs:
                self._docs[doc.id] = doc
                entries.append((doc.id, Signature(doc.signature), int(doc.size)))
        self._ensemble: MinHashLSHEnsemble | None = None
        if entries:
            self._ensemble = MinHashLSHEnsemble(threshold=config.teaser_containment,
                                                num_perm=config.num_perm, num_part=8)
            self._ensemble.index(entries)

    def best(self, teaser: TeaserSketch, order: Callable[[Doc], tuple]) -> Doc | None:
        """The story that contains the teaser best (ties broken by ``order``), or ``None``."""
        if self._ensemble is None or teaser.size <= 0:
            return None
        found: list[tuple[float, tuple, Doc]] = []
        for key in set(self._ensemble.query(Signature(teaser.signature), int(teaser.size))):
            doc = self._docs[key]
            if doc.id == teaser.page_id:
                continue
            agree = int(np.count_nonzero(teaser.signature == doc.signature))
            share = containment(teaser.signature, teaser.size, doc.signature, doc.size)
            if agree >= MIN_AGREEING_SLOTS and share >= self.config.teaser_containment:
                found.append((-share, order(doc), doc))
        if not found:
            return None
        return min(found, key=lambda f: (f[0], f[1]))[2]
