"""Lines a source repeats on many of its stories (a site appeal, a footer, a standard
disclaimer), found from the structure of the texts, and a similarity that leaves them out.

Lines and their counts
----------------------
Before the signatures, dedup reads the input once and counts, per source, how many stories
carry each line (paragraph) of a story with two lines or more (:mod:`declutter.dedup.lines`:
exact counts of 64-bit keys, the same in any input order and any partitioning).

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
from declutter.dedup.lines import LineCounts, Lines, batch_lines
from declutter.dedup.minhash import permutations
from declutter.dedup.shingle import shingle_hashes
from declutter.templates.copies import COPY_SPREAD

SPREAD = COPY_SPREAD
"""How many times a story's typical line count a line's count must be to be boilerplate."""
_SETS = 1 << 16  # sets of boilerplate lines whose shingles are kept (a source's appeal is one)
_LOW = (1 << 18) - 1  # low bits of a shingle hash that filter the slots before the search


def boilerplate(story: np.ndarray, counts: np.ndarray, min_docs: int) -> np.ndarray:
    """Which lines are boilerplate, given each line's ``story`` (any labels) and ``counts``
    (the lines of a story distinct): a count of at least ``min_docs`` and ``SPREAD`` times the
    story's typical count, the lower median of its lines' counts. One sort for all stories."""
    if not len(story):
        return np.zeros(0, dtype=bool)
    order = np.lexsort((counts, story))
    by_story = story[order]
    first = np.flatnonzero(np.r_[True, by_story[1:] != by_story[:-1]])
    size = np.diff(np.r_[first, len(order)])
    typical = counts[order][first + (size - 1) // 2]
    bar = np.maximum(min_docs, SPREAD * typical)
    return counts >= bar[np.searchsorted(by_story[first], story)]


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
        self._pending: dict[int, bytes] = {}
        self._forget_sets()

    def _forget_sets(self) -> None:
        self._number: dict[tuple[int, ...], int] = {}  # a set of boilerplate lines: its number
        self._table = np.zeros(0, dtype=np.uint64)  # number << 32 | shingle, sorted
        self._low = np.zeros(_LOW + 1, dtype=bool)  # low bits of some set's shingle

    def of(self, sources: Sequence[str | None], texts: Sequence[str], signatures: np.ndarray,
           lines: Lines | None = None) -> list[bytes | None]:
        """Per story, its mask as packed bits (``num_perm / 8`` bytes, :func:`unpack`), or
        ``None`` when no slot's shingle lies in a boilerplate line. ``lines``: the batch's
        :class:`Lines` if known (kept by the counting read), else they are read here.
        Vectorised over the batch: one count lookup, one sort for the stories' typical counts,
        one sorted search."""
        out: list[bytes | None] = [None] * len(texts)
        if not len(self.counts):
            return out
        if lines is None:
            lines = batch_lines(sources, texts)
        if not len(lines.key):
            return out
        counts = self.counts.of(lines.key)
        boiler = np.flatnonzero(boilerplate(lines.story, counts, self.config.template_min_docs))
        if not len(boiler):
            return out
        for i in boiler.tolist():
            key = int(lines.key[i])
            if key not in self._shingles and key not in self._pending:
                if lines.raw is not None:
                    self._pending[key] = lines.text(i)
                else:  # the first story met with this line: read its lines for the text
                    row = int(lines.story[i])
                    own = batch_lines([sources[row]], [texts[row]])
                    for j, other in enumerate(own.key.tolist()):
                        self._pending.setdefault(other, own.text(j))
        if self._pending:
            hashes, offsets = shingle_hashes(list(self._pending.values()), self.config.ngram)
            for i, key in enumerate(self._pending):
                self._shingles[key] = hashes[offsets[i] : offsets[i + 1]]
            self._pending = {}
        # Stories sharing their boilerplate lines (a source's appeal) share one set of shingles;
        # each set's sorted shingles under its number in the high bits, appended to one sorted
        # table as sets are met: one sorted search for the slots whose low bits some set has.
        stories = lines.story[boiler]
        keys = lines.key[boiler].tolist()
        cut = np.flatnonzero(np.r_[True, stories[1:] != stories[:-1], True]).tolist()
        rows = stories[cut[:-1]]
        if len(self._number) >= _SETS:
            self._forget_sets()
        numbers = np.empty(len(rows), dtype=np.uint64)
        new: list[np.ndarray] = []
        for j, (a, b) in enumerate(zip(cut[:-1], cut[1:], strict=True)):
            chosen = tuple(keys[a:b])
            number = self._number.get(chosen)
            if number is None:
                number = self._number[chosen] = len(self._number)
                shingles = np.unique(np.concatenate([self._shingles[k] for k in chosen]))
                self._low[shingles & _LOW] = True
                new.append(shingles.astype(np.uint64) | np.uint64(number << 32))
            numbers[j] = number
        if new:
            self._table = np.concatenate([self._table, *new])
        table = self._table
        if not len(table):  # lines without a word ("***"): no shingle to leave out
            return out
        slots = slot_shingles(signatures[rows], self.config)
        at_row, at_slot = np.nonzero(self._low[slots & _LOW])
        needles = slots[at_row, at_slot].astype(np.uint64) | numbers[at_row] << np.uint64(32)
        where = np.minimum(np.searchsorted(table, needles), len(table) - 1)
        found = table[where] == needles
        masks = np.zeros(slots.shape, dtype=bool)
        masks[at_row[found], at_slot[found]] = True
        packed = np.packbits(masks, axis=1)
        for i in np.flatnonzero(masks.any(axis=1)).tolist():
            out[int(rows[i])] = packed[i].tobytes()
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
