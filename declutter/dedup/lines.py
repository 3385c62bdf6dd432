"""The lines of stories and how many stories of a source carry each: what decides which lines
are boilerplate (:mod:`declutter.dedup.boilerplate`).

A story's text is cut into lines (its paragraphs; empty lines dropped, white space stripped).
Each line of a story with a source and at least two lines gets a 64-bit key of its source and
its bytes (:func:`~declutter.templates.sketch.line_key`, the key templates count normalised
blocks under: CRC-32 and Adler-32, a few hundred nanoseconds a line; a site
repeats its appeal verbatim, so no case or number folding). Before the signatures, dedup reads
the input once for these keys (:class:`LineCounts`): a key's count is the number of the
source's stories carrying the line, exact, and the same in any input order and any
partitioning (counts add). :class:`StoryKeys` keeps each story's keys for the next read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from declutter.templates.sketch import source_seed

_FOLD = 1 << 20  # pending keys folded into the sorted counts at a time
_BATCH = 256  # stories whose lines are read at once


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
    """:class:`Lines` of a batch: lines end at newlines; a line's key is
    :func:`~declutter.templates.sketch.line_key`.
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
        c, a = source_seed(source)
        distinct = {crc32(line, c) << 32 | adler32(line, a): line for line in lines}
        story += [row] * len(distinct)
        keys += distinct
        raw += distinct.values()
    key = np.array(keys, dtype=np.uint64)
    rows = np.array(story, dtype=np.int64)
    order = np.lexsort((key, rows))
    return Lines(rows[order], key[order], [raw[i] for i in order.tolist()])


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
