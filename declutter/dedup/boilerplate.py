"""Lines a source repeats on many of its stories (a site appeal, a footer, a standard
disclaimer), found from the structure of the texts, and a similarity that leaves them out.

Lines and their counts
----------------------
A story's text is cut into lines (its paragraphs; empty lines dropped). Each line of a story
with a source and at least two lines gets the 64-bit key of its source and normalised text
that templates count blocks by (:func:`declutter.templates.sketch.block_keys`). Before the
signatures, dedup reads the input once for these keys (:class:`LineCounts`): a key's count is
the number of the source's stories carrying the line, exact, and the same in any input order
and any partitioning (counts add).

Boilerplate lines of a story
----------------------------
A line of story X is *boilerplate* when its count is at least ``template_min_docs`` (3) and at
least ``SPREAD`` (1.5, templates' ``COPY_SPREAD``) times X's typical count, the lower median of
the counts of X's distinct lines (:func:`boilerplate`). An appeal under every brief of a site
(20 stories) beside a brief carried by one story, or by its three republished copies, is
boilerplate; the lines of several versions of one story are each carried by about as many
stories as the others (edited lines by fewer), so versions keep their text; a story made only
of the appeal keeps it; a story of one line is its own text.

Slots and the similarity without boilerplate
--------------------------------------------
Slot ``i`` of a signature holds ``min pi_i(x)`` over the text's shingle hashes ``x``, with
``pi_i(x) = (a_i x + b_i) mod 2**32`` and odd ``a_i`` (:mod:`declutter.dedup.minhash`), a
bijection, so the shingle behind a slot is ``x = a_i^-1 (v - b_i) mod 2**32``
(:func:`slot_shingles`): no text is needed again. A story's *mask* marks the slots whose
shingle lies inside one of its boilerplate lines (a shingle across a line break is the story's
own). For stories A and B, slot ``i``'s minimum over A ∪ B is ``min(sig_A[i], sig_B[i])``, a
uniform draw from A ∪ B (Broder, "On the resemblance and containment of documents", 1997);
it is boilerplate when the story holding it marks it (either, when both hold it). The share
of agreeing slots among the others estimates ``J(A - M, B - M)``, the Jaccard similarity of
what the two stories say beyond their boilerplate (:func:`similarity_to`); when no slot is
left, both are boilerplate to each other and the plain estimate is used. So two briefs never
join on a shared appeal, however short they are: only their own text counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import permutations
from declutter.dedup.shingle import shingle_hashes
from declutter.templates.model import COPY_SPREAD
from declutter.templates.sketch import block_keys

SPREAD = COPY_SPREAD
"""How many times a story's typical line count a line's count must be to be boilerplate."""
_FOLD = 1 << 20  # pending keys folded into the sorted counts at a time


def story_lines(source: str | None, text: str) -> tuple[list[str], list[int]]:
    """``(lines, keys)`` of a story whose lines can be boilerplate: its non-empty lines and
    their keys; two empty lists for a story without a source or with fewer than two lines."""
    if source is None or "\n" not in text:
        return [], []
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return [], []
    return lines, block_keys(source, lines)


class LineCounts:
    """How many stories of its source carry each line: sorted ``uint64`` keys with ``int64``
    counts. ``add`` counts one story's keys (each once), ``merge`` adds another count (a
    partition's), ``of`` looks keys up. Picklable."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.uint64)
        self.counts = np.zeros(0, dtype=np.int64)
        self._pending: list[int] = []

    def add(self, keys: Iterable[int]) -> None:
        """Count one story's line keys (a repeated line counts once)."""
        self._pending.extend(set(keys))
        if len(self._pending) >= _FOLD:
            self._fold()

    def _fold(self) -> None:
        if self._pending:
            keys, counts = np.unique(np.array(self._pending, dtype=np.uint64), return_counts=True)
            self._pending = []
            self._add_sorted(keys, counts)

    def _add_sorted(self, keys: np.ndarray, counts: np.ndarray) -> None:
        if not len(self.keys):
            self.keys, self.counts = keys, counts.astype(np.int64)
            return
        merged, where = np.unique(np.concatenate((self.keys, keys)), return_inverse=True)
        self.counts = np.bincount(where, weights=np.concatenate((self.counts, counts)),
                                  minlength=len(merged)).astype(np.int64)
        self.keys = merged

    def merge(self, other: LineCounts) -> None:
        """Add ``other``'s counts to these."""
        other._fold()
        self._fold()
        self._add_sorted(other.keys, other.counts)

    def recurring(self) -> LineCounts:
        """The counts of lines carried by two stories or more (what :func:`boilerplate`
        needs: a key not found counts 1)."""
        self._fold()
        out = LineCounts()
        keep = self.counts >= 2
        out.keys, out.counts = self.keys[keep], self.counts[keep]
        return out

    def of(self, keys: Sequence[int]) -> np.ndarray:
        """Count of each key (``int64``); 1 for a key not kept (seen once)."""
        self._fold()
        wanted = np.array(keys, dtype=np.uint64)
        at = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        found = self.keys[at] == wanted if len(self.keys) else np.zeros(len(wanted), dtype=bool)
        return np.where(found, self.counts[at] if len(self.keys) else 1, 1)

    def __len__(self) -> int:
        self._fold()
        return len(self.keys)


def count_lines(stories: Iterable[tuple[str | None, str]]) -> LineCounts:
    """Line counts of ``(source, text)`` pairs, kept for the lines of two stories or more."""
    counts = LineCounts()
    for source, text in stories:
        keys = story_lines(source, text)[1]
        if keys:
            counts.add(keys)
    return counts.recurring()


def boilerplate(counts: np.ndarray, min_docs: int) -> np.ndarray:
    """Which of a story's distinct lines (their ``counts``) are boilerplate: a count of at
    least ``min_docs`` and ``SPREAD`` times the lower median count."""
    typical = int(np.sort(counts)[(len(counts) - 1) // 2])
    return counts >= max(min_docs, SPREAD * typical)


@lru_cache(maxsize=16)
def _inverse(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(a^-1 mod 2**32, b)`` as ``1 x num_perm`` uint32 rows."""
    a, b = permutations(num_perm, seed)
    inv = np.array([pow(int(x), -1, 2**32) for x in a.ravel()], dtype=np.uint32)
    return inv.reshape(1, -1), b.reshape(1, -1)


def slot_shingles(signatures: np.ndarray, config: DedupConfig) -> np.ndarray:
    """The shingle hash behind every slot: ``texts x num_perm`` uint32 (EMPTY slots give junk,
    callers skip empty signatures)."""
    inv, b = _inverse(config.num_perm, config.seed)
    return (np.atleast_2d(signatures) - b) * inv  # uint32 arithmetic wraps modulo 2**32


class Masks:
    """Boilerplate masks of stories, given the run's :class:`LineCounts`; the shingles of each
    boilerplate line are hashed once per run (a line of ``n`` stories is hashed once)."""

    def __init__(self, counts: LineCounts, config: DedupConfig) -> None:
        self.counts = counts
        self.config = config
        self._shingles: dict[int, np.ndarray] = {}

    def of(self, sources: Sequence[str | None], texts: Sequence[str],
           signatures: np.ndarray) -> list[bytes | None]:
        """Per story, its mask as packed bits (``num_perm / 8`` bytes, :func:`unpack`), or
        ``None`` when no slot's shingle lies in a boilerplate line."""
        out: list[bytes | None] = [None] * len(texts)
        if not len(self.counts):
            return out
        wanted: list[tuple[int, list[int]]] = []
        missing: dict[int, str] = {}
        for row, (source, text) in enumerate(zip(sources, texts, strict=True)):
            lines, keys = story_lines(source, text)
            if not keys:
                continue
            distinct = dict(zip(keys, lines, strict=True))
            found = self.counts.of(list(distinct))
            if found.max() < self.config.template_min_docs:
                continue
            chosen = [k for k, b in zip(distinct, boilerplate(found, self.config.template_min_docs),
                                        strict=True) if b]
            if chosen:
                wanted.append((row, chosen))
                missing.update((k, distinct[k]) for k in chosen if k not in self._shingles)
        if missing:
            hashes, offsets = shingle_hashes(list(missing.values()), self.config.ngram)
            for i, key in enumerate(missing):
                self._shingles[key] = hashes[offsets[i] : offsets[i + 1]]
        for row, chosen in wanted:
            shingles = np.concatenate([self._shingles[k] for k in chosen])
            mask = np.isin(slot_shingles(signatures[row], self.config)[0], shingles)
            if mask.any():
                out[row] = np.packbits(mask).tobytes()
        return out


def unpack(mask: bytes | None, num_perm: int) -> np.ndarray:
    """A packed mask as ``num_perm`` bools (all False for ``None``)."""
    if mask is None:
        return np.zeros(num_perm, dtype=bool)
    return np.unpackbits(np.frombuffer(mask, dtype=np.uint8), count=num_perm).astype(bool)


def similarity_to(signatures: np.ndarray, centre: np.ndarray, masks: np.ndarray | None = None,
                  centre_mask: np.ndarray | None = None) -> np.ndarray:
    """Estimated similarity of each row of ``signatures`` (``k x num_perm``) to ``centre``,
    leaving out the slots whose minimum is boilerplate of the story holding it (module doc):
    ``masks`` (``k x num_perm`` bools, or ``None``: no row has boilerplate) and
    ``centre_mask`` (``num_perm`` bools or ``None``). Returns float64 per row; the plain
    estimate (share of equal slots) for rows where no slot is left."""
    equal = signatures == centre
    plain = np.count_nonzero(equal, axis=1) / signatures.shape[1]
    if masks is None and centre_mask is None:
        return plain
    excluded = np.zeros(signatures.shape, dtype=bool)
    if centre_mask is not None:
        excluded |= centre_mask & (centre <= signatures)
    if masks is not None:
        excluded |= masks & (signatures <= centre)
    kept = ~excluded
    slots = np.count_nonzero(kept, axis=1)
    agree = np.count_nonzero(equal & kept, axis=1)
    return np.where(slots > 0, agree / np.maximum(slots, 1), plain)


def merged(counts: Iterable[LineCounts]) -> LineCounts:
    """The run's line counts from partial ones (partitions counted apart), kept for the lines
    of two stories or more: the same as counting the whole input at once."""
    out = LineCounts()
    for part in counts:
        out.merge(part)
    return out.recurring()


def partition_masks(texts: Iterable[tuple[str | None, str]], signatures: np.ndarray,
                    counts: LineCounts, config: DedupConfig) -> list[bytes | None]:
    """:meth:`Masks.of` for the ``(source, text)`` of one partition's stories, in row order of
    its ``signatures`` (the distributed runner reads a partition's stories again for these)."""
    masks = Masks(counts, config)
    out: list[bytes | None] = []
    batch: list[tuple[str | None, str]] = []
    for pair in texts:
        batch.append(pair)
        if len(batch) >= config.batch_size:
            out += masks.of([s for s, _ in batch], [t for _, t in batch],
                            signatures[len(out) : len(out) + len(batch)])
            batch = []
    if batch:
        out += masks.of([s for s, _ in batch], [t for _, t in batch],
                        signatures[len(out) : len(out) + len(batch)])
    return out
