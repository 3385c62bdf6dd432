"""Text normalisation and word n-gram shingles, hashed once into integers.

``normalise`` is the only text transformation dedup applies: Unicode NFKC, case folding, and
every run of characters that are not letters or digits (punctuation, symbols, whitespace,
underscores) collapsed to one space. Shingles are the word n-grams of the normalised text; a
text with fewer than ``n`` words gives one shingle of all its words; an empty text gives none.

Hashing is vectorised over a whole batch of texts (numpy): the batch is joined with newlines
and encoded to UTF-8 once, and each shingle's hash is the 64-bit polynomial hash of its byte
span (computed from prefix sums, so no shingle string is ever built), finished with the
splitmix64 mixer and cut to its high 32 bits. The result depends only on the normalised text
and ``n``, never on the batch a text came in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

_NON_WORD = re.compile(r"[\W_]+")
_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_BASE_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def normalise(text: str) -> str:
    """NFKC, case-folded, punctuation and whitespace runs collapsed to single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def shingles(text: str, n: int) -> set[str]:
    """The word ``n``-gram shingles of a text as strings (reference form, for tests and docs)."""
    words = normalise(text).split(" ")
    if words == [""]:
        return set()
    if len(words) < n:
        return {" ".join(words)}
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


class _Powers:
    """Powers of the hash base and of its inverse modulo 2**64, grown on demand."""

    def __init__(self) -> None:
        self.pow = np.ones(1, dtype=np.uint64)
        self.inv = np.ones(1, dtype=np.uint64)

    def upto(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.pow) < size:
            size = max(size, 2 * len(self.pow))
            with np.errstate(over="ignore"):
                one = np.ones(1, dtype=np.uint64)
                self.pow = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE))))
                self.inv = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE_INV))))
        return self.pow, self.inv


_POWERS = _Powers()


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place, then the high 32 bits."""
    h ^= h >> np.uint64(30)
    h *= _M1
    h ^= h >> np.uint64(27)
    h *= _M2
    h ^= h >> np.uint64(31)
    return (h >> np.uint64(32)).astype(np.uint32)


def shingle_hashes(normalised: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Hash the word ``n``-grams of already normalised texts.

    Returns ``(hashes, offsets)``: ``hashes[offsets[i]:offsets[i + 1]]`` are the 32-bit
    shingle hashes of text ``i`` in text order (duplicates kept; MinHash ignores them).
    """
    count = len(normalised)
    offsets = np.zeros(count + 1, dtype=np.int64)
    if count == 0:
        return np.zeros(0, dtype=np.uint32), offsets
    data = np.frombuffer("\n".join(normalised).encode("utf-8"), dtype=np.uint8)
    # Token boundaries: a separator is a space (between words) or a newline (between texts).
    seps = np.flatnonzero((data == 0x20) | (data == 0x0A))
    is_doc_end = np.zeros(len(seps) + 1, dtype=bool)
    is_doc_end[:-1] = data[seps] == 0x0A
    is_doc_end[-1] = True
    starts = np.concatenate(([0], seps + 1))
    ends = np.concatenate((seps, [len(data)]))
    doc_of_token = np.concatenate(([0], np.cumsum(is_doc_end[:-1])))
    nonempty = ends > starts  # an empty text is one empty token
    starts, ends, doc_of_token = starts[nonempty], ends[nonempty], doc_of_token[nonempty]

    tokens_per_doc = np.bincount(doc_of_token, minlength=count)
    first_token = np.concatenate(([0], np.cumsum(tokens_per_doc)[:-1]))
    # Shingle k spans tokens k .. k+n-1 of the same text; short texts give one shingle.
    shingles_per_doc = np.where(tokens_per_doc >= n, tokens_per_doc - n + 1,
                                np.minimum(tokens_per_doc, 1))
    offsets[1:] = np.cumsum(shingles_per_doc)
    total = int(offsets[-1])
    if total == 0:
        return np.zeros(0, dtype=np.uint32), offsets
    doc_of_shingle = np.repeat(np.arange(count), shingles_per_doc)
    first = first_token[doc_of_shingle] + (np.arange(total) - offsets[doc_of_shingle])
    last = np.minimum(first + (n - 1), first_token[doc_of_shingle] + tokens_per_doc[doc_of_shingle] - 1)
    span_start = starts[first]
    span_end = ends[last]

    pw, inv = _POWERS.upto(len(data) + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(len(data) + 1, dtype=np.uint64)
        np.cumsum(data.astype(np.uint64) * inv[: len(data)], out=prefix[1:])
        h = (prefix[span_end] - prefix[span_start]) * pw[span_end - 1]
        h += (span_end - span_start).astype(np.uint64)
        return _mix(h), offsets
