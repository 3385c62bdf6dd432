"""Lines a source repeats on many of its stories (a site appeal, a footer, a standard
disclaimer), found from the structure of the texts, and a similarity that leaves them out.

Lines and their counts
----------------------
A story's text is cut into lines (its paragraphs; empty lines dropped, white space stripped).
Each line of a story with a source and at least two lines gets a 64-bit key of its source and
its bytes (:func:`line_key`: CRC-32 and Adler-32, a few hundred nanoseconds a line; a site
repeats its appeal verbatim, so no case or number folding). Before the signatures, dedup reads
the input once for these keys (:class:`LineCounts`): a key's count is the number of the
source's stories carrying the line, exact, and the same in any input order and any
partitioning (counts add).

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

import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import permutations
from declutter.dedup.shingle import shingle_hashes
from declutter.templates.model import COPY_SPREAD

SPREAD = COPY_SPREAD
"""How many times a story's typical line count a line's count must be to be boilerplate."""
_FOLD = 1 << 20  # pending keys folded into the sorted counts at a time


def story_lines(source: str | None, text: str) -> tuple[list[bytes], list[int]]:
    """``(lines, keys)`` of a story whose lines can be boilerplate: its non-empty lines (UTF-8,
    white space stripped) and their 64-bit keys (:func:`line_key`); two empty lists for a story
    without a source or with fewer than two lines."""
    if source is None or "\n" not in text:
        return [], []
    lines = [kept for line in text.encode("utf-8", "surrogatepass").split(b"\n")
             if (kept := line.strip())]
    if len(lines) < 2:
        return [], []
    crc, adler = _seeds(source)
    return lines, [zlib.crc32(line, crc) << 32 | zlib.adler32(line, adler) for line in lines]


def line_key(source: str, line: str) -> int:
    """The key of one line (white space stripped) of ``source``: CRC-32 and Adler-32 of its
    UTF-8 bytes, both seeded by the source's name, as the high and low 32 bits. Stable across
    processes and machines (unlike ``hash``); lines differing only in case or numbers differ."""
    return story_lines(source, f"x\n{line}")[1][1]


@lru_cache(maxsize=4096)
def _seeds(source: str) -> tuple[int, int]:
    name = source.encode("utf-8", "surrogatepass") + b"\0"
    return zlib.crc32(name), zlib.adler32(name)


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
        self._pending: dict[int, bytes] = {}

    def of(self, sources: Sequence[str | None], texts: Sequence[str],
           signatures: np.ndarray) -> list[bytes | None]:
        """Per story, its mask as packed bits (``num_perm / 8`` bytes, :func:`unpack`), or
        ``None`` when no slot's shingle lies in a boilerplate line. One count lookup per batch
        and one sorted search per set of boilerplate lines (a source's appeal: one set)."""
        out: list[bytes | None] = [None] * len(texts)
        if not len(self.counts):
            return out
        stories: list[tuple[int, dict[int, bytes]]] = []
        for row, (source, text) in enumerate(zip(sources, texts, strict=True)):
            lines, keys = story_lines(source, text)
            if keys:
                stories.append((row, dict(zip(keys, lines, strict=True))))
        if not stories:
            return out
        counts = self.counts.of([k for _, lines in stories for k in lines]).tolist()
        chosen: list[tuple[int, list[int]]] = []
        at = 0
        least = self.config.template_min_docs
        for row, lines in stories:
            mine = counts[at : at + len(lines)]
            at += len(lines)
            if max(mine) < least:
                continue
            bar = max(least, SPREAD * sorted(mine)[(len(mine) - 1) // 2])
            keys = [k for k, n in zip(lines, mine, strict=True) if n >= bar]
            if keys:
                chosen.append((row, keys))
                for k in keys:
                    if k not in self._shingles:
                        self._pending[k] = lines[k]
        if not chosen:
            return out
        if self._pending:
            hashes, offsets = shingle_hashes(
                [line.decode("utf-8", "surrogatepass") for line in self._pending.values()],
                self.config.ngram)
            for i, key in enumerate(self._pending):
                self._shingles[key] = hashes[offsets[i] : offsets[i + 1]]
            self._pending = {}
        # Stories sharing their boilerplate lines (a source's appeal) share one set of shingles;
        # each set's sorted shingles under its number in the high bits: one sorted search.
        set_of: dict[tuple[int, ...], int] = {}
        parts: list[np.ndarray] = []
        rows = np.array([row for row, _ in chosen], dtype=np.int64)
        numbers = np.empty(len(chosen), dtype=np.uint64)
        for i, (_, keys) in enumerate(chosen):
            number = set_of.get(tuple(keys))
            if number is None:
                number = set_of[tuple(keys)] = len(parts)
                shingles = np.unique(np.concatenate([self._shingles[k] for k in keys]))
                parts.append(shingles.astype(np.uint64) | np.uint64(number << 32))
            numbers[i] = number
        table = np.concatenate(parts)  # sorted: sets in number order, each sorted
        slots = slot_shingles(signatures[rows], self.config).astype(np.uint64)
        slots |= numbers[:, None] << np.uint64(32)
        where = np.minimum(np.searchsorted(table, slots), len(table) - 1)
        for row, mask in zip(rows.tolist(), table[where] == slots, strict=True):
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
