"""Routing rows between partitions and shuffle reducers by global ordinal or stable hash
(:mod:`declutter.distributed.stages`)."""

from __future__ import annotations

import zlib

import numpy as np

from declutter.distributed.sketch import Member

_EMPTY_PAIRS = np.zeros((0, 2), dtype=np.int64)


def partition_of(g: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Input partition of each global ordinal (``offsets``: first ordinal of each partition)."""
    return np.searchsorted(offsets, g, side="right") - 1


def split_rows(dest: np.ndarray, parts: int, *columns: np.ndarray) -> list[tuple[np.ndarray, ...]]:
    """Rows of ``columns`` grouped by destination ``dest`` (0..parts-1), input order kept."""
    order = np.argsort(dest, kind="stable")
    bounds = np.searchsorted(dest[order], np.arange(parts + 1))
    return [tuple(c[order[bounds[j] : bounds[j + 1]]] for c in columns) for j in range(parts)]


def stable_hash(text: str) -> int:
    """A hash of a string that is the same in every process (Python's ``hash`` is salted)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def piece_bytes(pieces: object) -> int:
    """Bytes of a map task's shuffle output: numpy buffers, strings, signatures of members,
    8 per other number (containers and object headers are not counted)."""
    if isinstance(pieces, np.ndarray):
        if pieces.dtype == object:
            return sum(piece_bytes(x) for x in pieces.tolist())
        return int(pieces.nbytes)
    if isinstance(pieces, str):
        return len(pieces.encode("utf-8", "surrogatepass"))
    if isinstance(pieces, Member):
        return (int(pieces.signature.nbytes) + len(pieces.id) + len(pieces.seen) + 16
                + len(pieces.source or "") + 8 * len(pieces.aliases))
    if isinstance(pieces, list | tuple):
        return sum(piece_bytes(x) for x in pieces)
    if isinstance(pieces, int | float):
        return 8
    return 0
