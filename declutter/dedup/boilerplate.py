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
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import permutations
from declutter.dedup.shingle import shingle_hashes
from declutter.templates.model import COPY_SPREAD

SPREAD = COPY_SPREAD
"""How many times a story's typical line count a line's count must be to be boilerplate."""
_FOLD = 1 << 20  # pending keys folded into the sorted counts at a time
_BATCH = 256  # stories whose lines are read at once
_SETS = 1 << 16  # sets of boilerplate lines whose shingles are kept (a source's appeal is one)


@dataclass
class Lines:
    """The lines of a batch of stories that can be boilerplate: per distinct line of each story
    with a source and two lines or more, its story (row in the batch), its key and its UTF-8
    bytes (white space stripped); sorted by story, then key."""

    story: np.ndarray
    key: np.ndarray
    raw: list[bytes] | None
    """The lines' bytes; ``None`` for keys kept from the counting read (:class:`StoryKeys`)."""

    def text(self, i: int) -> str:
        """Line ``i`` as text."""
        assert self.raw is not None
        return self.raw[i].decode("utf-8", "surrogatepass")


def batch_lines(sources: Sequence[str | None], texts: Sequence[str]) -> Lines:
    """:class:`Lines` of a batch: lines end at newlines; a line's key is :func:`line_key`.
    Stable across processes and machines; lines differing only in case or numbers differ (a
    site repeats its appeal verbatim)."""
    story: list[int] = []
    keys: list[int] = []
    raw: list[bytes] = []
    crc32, adler32 = zlib.crc32, zlib.adler32
    for row, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if source is None or "\n" not in text:
            continue
        lines = [kept for line in text.encode("utf-8", "surrogatepass").split(b"\n")
                 if (kept := line.strip())]
        if len(lines) < 2:
            continue
        c, a = _seed(source)
        distinct = {crc32(line, c) << 32 | adler32(line, a): line for line in lines}
        story += [row] * len(distinct)
        keys += distinct
        raw += distinct.values()
    key = np.array(keys, dtype=np.uint64)
    rows = np.array(story, dtype=np.int64)
    order = np.lexsort((key, rows))
    return Lines(rows[order], key[order], [raw[i] for i in order.tolist()])


def line_key(source: str, line: str) -> int:
    """The key of one line (white space stripped) of ``source``: CRC-32 and Adler-32 of its
    UTF-8 bytes, both seeded by the source's name, as the high and low 32 bits (a few hundred
    nanoseconds a line)."""
    line = line.strip().encode("utf-8", "surrogatepass")
    c, a = _seed(source)
    return zlib.crc32(line, c) << 32 | zlib.adler32(line, a)


@lru_cache(maxsize=4096)
def _seed(source: str) -> tuple[int, int]:
    name = source.encode("utf-8", "surrogatepass") + b"\0"
    return zlib.crc32(name), zlib.adler32(name)


class LineCounts:
    """How many stories of its source carry each line: sorted ``uint64`` keys with ``int64``
    counts. ``add`` counts one story's keys (each once), ``merge`` adds another count (a
    partition's), ``of`` looks keys up. Picklable."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.uint64)
        self.counts = np.zeros(0, dtype=np.int64)
        self._pending: list[np.ndarray] = []
        self._waiting = 0

    def add(self, lines: Lines) -> None:
        """Count a batch's lines (:func:`batch_lines`: distinct within each story)."""
        self._pending.append(lines.key)
        self._waiting += len(lines.key)
        if self._waiting >= _FOLD:
            self._fold()

    @classmethod
    def of_stories(cls, stories: Iterable[tuple[str | None, str]],
                   keep: StoryKeys | None = None) -> LineCounts:
        """All line counts of ``(source, text)`` pairs (lines of one story too, so that
        partitions' counts add up); each story's keys also go to ``keep`` when given."""
        out = cls()
        batch: list[tuple[str | None, str]] = []

        def flush() -> None:
            lines = batch_lines([s for s, _ in batch], [t for _, t in batch])
            out.add(lines)
            if keep is not None:
                keep.add(lines, len(batch))
            batch.clear()

        for pair in stories:
            batch.append(pair)
            if len(batch) >= _BATCH:
                flush()
        if batch:
            flush()
        return out

    def _fold(self) -> None:
        if self._pending:
            keys, counts = np.unique(np.concatenate(self._pending), return_counts=True)
            self._pending, self._waiting = [], 0
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

    def of(self, keys: np.ndarray | Sequence[int]) -> np.ndarray:
        """Count of each key (``int64``); 1 for a key not kept (seen once)."""
        self._fold()
        wanted = np.asarray(keys, dtype=np.uint64)
        at = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        found = self.keys[at] == wanted if len(self.keys) else np.zeros(len(wanted), dtype=bool)
        return np.where(found, self.counts[at] if len(self.keys) else 1, 1)

    def __len__(self) -> int:
        self._fold()
        return len(self.keys)


class StoryKeys:
    """Each story's line keys in input order, kept by the counting read so that the signature
    read does not cut and hash the lines again: 8 bytes a distinct line and 8 a story."""

    def __init__(self) -> None:
        self._keys: list[np.ndarray] = []
        self._sizes: list[np.ndarray] = []
        self.keys = np.zeros(0, dtype=np.uint64)
        self.offsets = np.zeros(1, dtype=np.int64)

    def add(self, lines: Lines, stories: int) -> None:
        """The lines of the next ``stories`` stories."""
        self._keys.append(lines.key)
        self._sizes.append(np.bincount(lines.story, minlength=stories))

    def finish(self) -> StoryKeys:
        """Join the batches (before :meth:`batch`)."""
        if self._sizes:
            self.keys = np.concatenate(self._keys)
            self.offsets = np.concatenate(([0], np.cumsum(np.concatenate(self._sizes))))
            self._keys, self._sizes = [], []
        return self

    def batch(self, first: int, count: int) -> Lines:
        """:class:`Lines` (without their bytes) of stories ``first .. first + count - 1``, rows
        counted from ``first``."""
        bounds = self.offsets[first : first + count + 1]
        rows = np.repeat(np.arange(count, dtype=np.int64), np.diff(bounds))
        return Lines(rows, self.keys[bounds[0] : bounds[-1]], None)


def count_lines(stories: Iterable[tuple[str | None, str]]) -> LineCounts:
    """Line counts of ``(source, text)`` pairs, kept for the lines of two stories or more."""
    return LineCounts.of_stories(stories).recurring()


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
        self._sets: dict[tuple[int, ...], np.ndarray] = {}

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
        # each set's sorted shingles under its number in the high bits: one sorted search.
        stories = lines.story[boiler]
        keys = lines.key[boiler].tolist()
        cut = np.flatnonzero(np.r_[True, stories[1:] != stories[:-1], True]).tolist()
        rows = stories[cut[:-1]]
        set_of: dict[tuple[int, ...], int] = {}
        parts: list[np.ndarray] = []
        numbers = np.empty(len(rows), dtype=np.uint64)
        for j, (a, b) in enumerate(zip(cut[:-1], cut[1:], strict=True)):
            chosen = tuple(keys[a:b])
            number = set_of.get(chosen)
            if number is None:
                number = set_of[chosen] = len(parts)
                shingles = self._sets.get(chosen)
                if shingles is None:
                    shingles = np.unique(np.concatenate([self._shingles[k] for k in chosen]))
                    shingles = shingles.astype(np.uint64)
                    if len(self._sets) < _SETS:
                        self._sets[chosen] = shingles
                parts.append(shingles | np.uint64(number << 32))
            numbers[j] = number
        table = np.concatenate(parts)  # sorted: sets in number order, each sorted
        if not len(table):  # lines without a word ("***"): no shingle to leave out
            return out
        slots = slot_shingles(signatures[rows], self.config).astype(np.uint64)
        slots |= numbers[:, None] << np.uint64(32)
        where = np.minimum(np.searchsorted(table, slots), len(table) - 1)
        masks = table[where] == slots
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
