"""Counting normalised blocks per source in fixed memory: a Count-Min sketch.

A block's *key* is 64 bits of its source and its normalised text (case folded, white space
collapsed, every run of digits read as ``0``, so "Updated 3 min ago" and "Updated 12 min ago"
are one key): :func:`line_key`, the CRC-32 and the Adler-32 of the text's UTF-8 bytes, each
seeded by the source, as the high and low 32 bits; dedup keys a story's lines (as written)
with the same function (:mod:`declutter.dedup.lines`). Two checksums are no cryptographic
hash, but counting needs none, only few collisions among honest lines, and they cost less
than a BLAKE2b digest. On the 374,897 distinct normalised lines of the 990 HTML pages of the
trafilatura evaluation set (markup and text, median 65 bytes; ``benchmarks/line_keys.py``),
the share of colliding pairs is 2.4e-10 for CRC-32 alone (a uniform 32-bit hash: 2.33e-10)
and 4.5e-9 for Adler-32 alone (its sums span few values on short lines: 1.7e-7 on lines of
at most 20 bytes, 1.0e-9 over 60), and no pair collides on both. Taking the halves as
independent (CRC-32 is linear over GF(2), Adler-32 sums bytes modulo 65521), two lines share
a key with probability about 1e-18 (4e-17 for lines of at most 20 bytes), so a run of 10
million distinct lines expects well under 0.01 colliding pairs, far below the sketch's own
overcount (below); a collision can only add a page to a block's count. ``KEY_VERSION`` names
this key function in stored counts.

Each page adds 1 to each distinct key it holds, so a key's count is the number of the
source's pages that show the block.

The counts live in a Count-Min sketch (Cormode and Muthukrishnan, "An improved data stream
summary: the count-min sketch and its applications", J. Algorithms 2005): ``depth`` rows of
``width`` counters; a key adds 1 to one counter per row and its estimate is the smallest of
its counters. The estimate never undercounts; it overcounts by at most ``e / width`` times the
total number of additions with probability ``1 - exp(-depth)``. Memory is ``depth * width * 4``
bytes whatever the corpus (32 MiB by default), and additions commute, so the counts, and
every decision taken from them, are the same in any input order.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from declutter.char_runs import NUMBER

if TYPE_CHECKING:
    import numpy as np

KEY_VERSION = 2
"""The key function of stored counts (:mod:`declutter.templates.learn`): 1 was BLAKE2b, 2 is
:func:`line_key`'s checksums. Counts kept under another version count other keys."""
WIDTH_BITS = 21
"""log2 of the counters per row (2,097,152)."""
DEPTH = 4
"""Rows (independent hashes) of the sketch."""

# Odd 64-bit multipliers, one per row (multiply-shift hashing, Dietzfelbinger et al. 1997).
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53)


def _numpy() -> Any:
    """numpy, imported when a sketch is first built: keys (:func:`block_keys`) need none, and
    a one-page ``clean`` never builds a sketch (issue 16: start-up)."""
    import numpy

    return numpy


def normalise(text: str) -> str:
    """The form two blocks share when they are the same chrome: case folded, white space
    collapsed, each run of digits replaced by ``0``."""
    return NUMBER.sub("0", " ".join(text.casefold().split()))


def block_key(source: str, text: str) -> int:
    """64-bit key of a block's normalised text within a source (unsigned int)."""
    return block_keys(source, [text])[0]


def block_keys(source: str, texts: list[str], keep_digits: bool = False) -> list[int]:
    """:func:`block_key` of each text, normalising them in one pass, then :func:`line_key`'s
    checksums of each; ``keep_digits``: numbers as written (a distinct key space, for
    sentences)."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        joined = "\n".join(t.replace("\n", " ") for t in texts)
    joined = joined.casefold() if keep_digits else NUMBER.sub("0", joined.casefold())
    c, a = source_seed(source, b"\x01" if keep_digits else b"")
    joined = "\n".join([" ".join(line.split()) for line in joined.split("\n")])  # white space
    crc32, adler32 = zlib.crc32, zlib.adler32
    return [crc32(line, c) << 32 | adler32(line, a)
            for line in joined.encode("utf-8", "surrogatepass").split(b"\n")]


def line_key(source: str, line: str) -> int:
    """The key of one line of ``source`` as written (white space stripped): CRC-32 and
    Adler-32 of its UTF-8 bytes, both seeded by the source (:func:`source_seed`), as the
    high and low 32 bits. Dedup counts a story's lines with it
    (:mod:`declutter.dedup.lines`); :func:`block_keys` is the same key of normalised text."""
    data = line.strip().encode("utf-8", "surrogatepass")
    c, a = source_seed(source)
    return zlib.crc32(data, c) << 32 | zlib.adler32(data, a)


@lru_cache(maxsize=4096)
def source_seed(source: str, space: bytes = b"") -> tuple[int, int]:
    """The CRC-32 and Adler-32 of ``source`` (and a key space: ``b"\\x01"`` for
    :func:`block_keys` ``keep_digits``) that a line's checksums continue from."""
    name = source.encode("utf-8", "surrogatepass") + b"\0" + space
    return zlib.crc32(name), zlib.adler32(name)


@lru_cache(maxsize=4096)
def source_key(source: str) -> int:
    """64-bit key under which a source's page count is kept in the same sketch."""
    return block_key(source, "\x00pages")


class CountMin:
    """A Count-Min sketch of ``uint32`` counters over 64-bit keys.

    ``add(keys)`` counts a batch (a ``uint64`` array, one per occurrence); ``estimate(keys)``
    returns the smallest counter of each key (an upper bound of its true count). ``merge``
    adds another sketch of the same shape (worker results, or the counts of earlier runs).
    """

    def __init__(self, width_bits: int = WIDTH_BITS, depth: int = DEPTH,
                 table: np.ndarray | None = None) -> None:
        np = _numpy()
        self._multipliers = np.array(_MULTIPLIERS, dtype=np.uint64)
        if not 8 <= width_bits <= 30 or not 1 <= depth <= len(_MULTIPLIERS):
            raise ValueError(f"sketch of 2**{width_bits} x {depth} is out of range")
        self.width_bits = width_bits
        self.depth = depth
        shape = (depth, 1 << width_bits)
        if table is None:
            table = np.zeros(shape, dtype=np.uint32)
        elif table.shape != shape:
            raise ValueError(f"sketch table has shape {table.shape}, expected {shape}")
        self.table = table

    def _columns(self, keys: np.ndarray) -> np.ndarray:
        """(depth, n) counter columns of the keys: the top bits of ``key * multiplier``."""
        np = _numpy()
        keys = np.asarray(keys, dtype=np.uint64)
        with np.errstate(over="ignore"):
            mixed = keys[None, :] * self._multipliers[: self.depth, None]
        return (mixed >> np.uint64(64 - self.width_bits)).astype(np.int64)

    def add(self, keys: np.ndarray) -> None:
        """Add 1 for every key in ``keys`` (repeats count again)."""
        if len(keys) == 0:
            return
        np = _numpy()
        dense = len(keys) * 16 > self.table.shape[1]
        for row, columns in enumerate(self._columns(keys)):
            if dense:  # one pass over the row beats scattered adds for large batches
                self.table[row] += np.bincount(columns, minlength=self.table.shape[1]).astype(np.uint32)
            else:  # sorted runs: an order of magnitude faster than np.add.at
                columns = np.sort(columns)
                starts = np.flatnonzero(np.r_[True, columns[1:] != columns[:-1]])
                repeats = np.diff(np.r_[starts, len(columns)]).astype(np.uint32)
                self.table[row, columns[starts]] += repeats

    def estimate(self, keys: np.ndarray) -> np.ndarray:
        """Estimated count of each key (``int64`` array, never below the true count)."""
        np = _numpy()
        if len(keys) == 0:
            return np.zeros(0, dtype=np.int64)
        columns = self._columns(keys)
        rows = np.arange(self.depth)[:, None]
        return self.table[rows, columns].min(axis=0).astype(np.int64)

    def merge(self, other: CountMin) -> None:
        """Add ``other``'s counts into this sketch (same shape required)."""
        if other.table.shape != self.table.shape:
            raise ValueError("cannot merge sketches of different shapes")
        self.table += other.table
