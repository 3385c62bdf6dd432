"""Text normalisation and word n-gram shingles, hashed once into integers.

``normalise`` is the only text transformation dedup applies: invisible formatting characters
dropped (soft hyphens, zero-width spaces, word joiners, BOM, bidi marks:
:func:`declutter.blocks.drop_invisible`, so ``Stadt\u00adrat`` is the word a reader sees,
``stadtrat``), Unicode NFKC (composes decomposed umlauts, turns a no-break space into a space),
case folding, and every run of characters that are not letters, digits or in-word ZWJ/ZWNJ
(punctuation, symbols, whitespace, underscores) collapsed to one space; digits count as
words, so tables with other numbers stay apart. Shingles are the word n-grams of the
normalised text; a text with fewer than ``n`` words gives one shingle of all its words; an
empty text gives none.

Hashing is vectorised over a whole batch of texts (numpy): the batch is encoded to UTF-8 once,
a byte table finds the words, each word's hash is the 64-bit polynomial hash of its bytes
(from prefix sums, so no word or shingle string is ever built), a shingle's hash is a
polynomial over its words' hashes, finished with the splitmix64 mixer and cut to its high 32
bits. The result depends only on the normalised words and ``n``, never on the batch a text
came in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from declutter.blocks import drop_invisible

_NON_WORD = re.compile(r"(?:[^\w\u200c\u200d]|_)+")
_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_BASE_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def normalise(text: str) -> str:
    """Invisible characters dropped, NFKC, case-folded, punctuation and whitespace runs
    collapsed to single spaces."""
    folded = unicodedata.normalize("NFKC", drop_invisible(text)).casefold()
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
        one = np.ones(1, dtype=np.uint64)
        self.both: tuple[np.ndarray, np.ndarray] = (one, one)

    def upto(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        both = self.both  # one read: threads never see a grown array beside a stale one
        if len(both[0]) < size:
            size = max(size, 2 * len(both[0]))
            with np.errstate(over="ignore"):
                one = np.ones(1, dtype=np.uint64)
                both = (np.concatenate((one, np.cumprod(np.full(size - 1, _BASE)))),
                        np.concatenate((one, np.cumprod(np.full(size - 1, _BASE_INV)))))
            self.both = both
        return both


_POWERS = _Powers()


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place, then the high 32 bits."""
    h ^= h >> np.uint64(30)
    h *= _M1
    h ^= h >> np.uint64(27)
    h *= _M2
    h ^= h >> np.uint64(31)
    return (h >> np.uint64(32)).astype(np.uint32)


_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[[ord(c) for c in "abcdefghijklmnopqrstuvwxyz0123456789"]] = True
_WORD_BYTE[0x80:] = True  # bytes of non-ASCII characters, all word characters after _prepare
_TOKEN_BASE = np.uint64(0x9E3779B97F4A7C15)


def _prepare(text: str) -> bytes:
    """UTF-8 bytes whose maximal runs of word bytes are the tokens of ``normalise(text)``.

    ASCII text (most news) is only case-folded here; the byte table in
    :func:`shingle_hashes` treats its punctuation and whitespace as separators, which is what
    the regular expression of :func:`normalise` does, only faster. Other text goes through
    :func:`normalise`, after which every non-ASCII character left is part of a word.
    """
    folded = unicodedata.normalize("NFKC", drop_invisible(text)).casefold()
    if folded.isascii():
        return folded.encode("ascii")
    return _NON_WORD.sub(" ", folded).encode("utf-8")


def _token_hashes(data: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """64-bit polynomial hash of each byte span ``data[start:end]`` (position-independent)."""
    pw, inv = _POWERS.upto(len(data) + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(len(data) + 1, dtype=np.uint64)
        np.cumsum(data.astype(np.uint64) * inv[: len(data)], out=prefix[1:])
        h = (prefix[ends] - prefix[starts]) * pw[ends - 1]
        h += (ends - starts).astype(np.uint64)
    return h


def shingle_hashes(texts: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Hash the word ``n``-grams of raw texts (normalised as :func:`normalise` does).

    Returns ``(hashes, offsets)``: ``hashes[offsets[i]:offsets[i + 1]]`` are the 32-bit
    shingle hashes of text ``i`` in text order (duplicates kept; MinHash ignores them). A
    shingle's hash combines its words' hashes, so it depends only on the normalised words.
    """
    count = len(texts)
    offsets = np.zeros(count + 1, dtype=np.int64)
    if count == 0:
        return np.zeros(0, dtype=np.uint32), offsets
    encoded = [_prepare(t) for t in texts]
    lengths = np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=count)
    doc_start = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    data = np.frombuffer(b" ".join(encoded) + b" ", dtype=np.uint8)
    word = _WORD_BYTE[data]
    edges = np.flatnonzero(np.diff(word.astype(np.int8), prepend=0, append=0))
    starts, ends = edges[0::2], edges[1::2]  # runs of word bytes; a separator ends each text
    doc_of_token = np.searchsorted(doc_start, starts, side="right") - 1
    tokens_per_doc = np.bincount(doc_of_token, minlength=count)
    first_token = np.concatenate(([0], np.cumsum(tokens_per_doc)[:-1]))
    # Shingle k is tokens k .. k+n-1 of one text; a text with 1..n-1 tokens gives one shingle.
    width = np.minimum(tokens_per_doc, n)
    shingles_per_doc = np.where(tokens_per_doc >= n, tokens_per_doc - n + 1,
                                np.minimum(tokens_per_doc, 1))
    offsets[1:] = np.cumsum(shingles_per_doc)
    total = int(offsets[-1])
    if total == 0:
        return np.zeros(0, dtype=np.uint32), offsets
    tok = _token_hashes(data, starts, ends)
    doc_of_shingle = np.repeat(np.arange(count), shingles_per_doc)
    first = first_token[doc_of_shingle] + (np.arange(total) - offsets[doc_of_shingle])
    span = width[doc_of_shingle]
    h = np.zeros(total, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            inside = span > j
            h[inside] = h[inside] * _TOKEN_BASE + tok[first[inside] + j]
        h += span.astype(np.uint64)
    return _mix(h), offsets
