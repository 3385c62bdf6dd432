"""Ages in words: cards whose age is a count spelt out ("• Title — Source · wákàtí méjì
sẹ́yìn", "... · wákàtí márùn-ún sẹ́yìn"), told by their layout alone: a run of one-line cards
whose end pieces have the same words but one (:func:`word_ages`), or such ages alone on their
line under each card at one stride (:func:`alone_word_ages`).

Used by :mod:`declutter.content.line_repeats`, beside the ages read by their column
(:mod:`declutter.content.line_columns`).
"""

from __future__ import annotations

from collections.abc import Sequence

from declutter.blocks import Block
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.card_lines import AgeTest
from declutter.content.line_columns import alone_in_cards, strided_chain
from declutter.content.line_shapes import LineShape
from declutter.content.separators import MARKS_HYPHEN_CHARACTER, MARKS_HYPHEN_COMMA

WORD_AGE_LINES = 3
"""Fewest one-line cards in a row whose ages in words :func:`word_ages` reads."""
WORD_CARD_WORDS = 5
"""Fewest words of such a card: a title and a source of a word each, an age of three."""


def word_ages(blocks: list[Block], indexes: Sequence[int]) -> list[tuple[list[int], AgeTest]]:
    """Runs of one-line cards whose age is a count in words ("• Title — Source · wákàtí méjì
    sẹ́yìn", "... · wákàtí márùn-ún sẹ́yìn"), told by their layout alone: >= ``WORD_AGE_LINES``
    lines in a row among ``indexes`` (card-shaped lines of >= ``WORD_CARD_WORDS`` words with
    no digit), each of three pieces or more set apart by one-line cards' separators, whose end
    pieces have the same words, three to ``COLUMN_AGE_WORDS`` of them, but one, in lower case
    and not the last (a count comes before its unit or its "ago"; a category in a list's last
    place, "in Sport", is a name), that differs between the lines. Output: each run and the
    age test of its end pieces (the same words around any one word there). Only lines in runs
    of ``indexes`` are split."""
    out: list[tuple[list[int], AgeTest]] = []
    lo, n = 0, len(indexes)
    while lo < n:
        hi = lo + 1
        while hi < n and indexes[hi] == indexes[hi - 1] + 1:
            hi += 1
        if hi - lo >= WORD_AGE_LINES:
            out += _word_runs(blocks, indexes[lo:hi])
        lo = hi
    return out


def _word_runs(blocks: list[Block], lines: Sequence[int]) -> list[tuple[list[int], AgeTest]]:
    """The runs of :func:`word_ages` among ``lines``, one after the other on the page."""
    out: list[tuple[list[int], AgeTest]] = []
    run: list[int] = []
    ends: list[list[str]] = []
    for i in [*lines, -1]:
        end = _end_words(blocks[i].text) if i >= 0 else None
        if end is not None and ends and len(end) == len(ends[-1]):
            run.append(i)
            ends.append(end)
            continue
        if len(run) >= WORD_AGE_LINES and (test := word_column(ends)) is not None:
            out.append((run, test))
        run, ends = ([i], [end]) if end is not None else ([], [])
    return out


def alone_word_ages(blocks: list[Block], shapes: dict[int, LineShape], indexes: Sequence[int],
                    stride: int) -> list[int]:
    """The lines of ``indexes`` (title-like lines of at most ``COLUMN_AGE_WORDS`` words with no
    digit) that are cards' ages in words alone on their line ("wákàtí méjì sẹ́yìn" under each
    card's source): >= ``WORD_AGE_LINES`` of them one every ``d`` lines (2 <= ``d`` <=
    ``stride``), each right under a card's line (:func:`alone_in_cards`), with the same words,
    three or more, but one, as :func:`word_ages` asks of a one-line card's end piece. A set
    lookup per line and stride; only such chains are split."""
    at = set(indexes)
    out: list[int] = []
    for i in indexes:
        if out and i <= out[-1]:
            continue
        for d in range(2, stride + 1):
            if i + (WORD_AGE_LINES - 1) * d not in at:
                continue  # (a chain of WORD_AGE_LINES lines holds that one: no chain to walk)
            chain = strided_chain(i, d, at.__contains__)
            if len(chain) < WORD_AGE_LINES:
                continue
            ends = [blocks[j].text.split() for j in chain]
            if (len(ends[0]) >= 3 and all(len(e) == len(ends[0]) for e in ends)
                    and word_column(ends) is not None and alone_in_cards(blocks, shapes, chain, d)):
                out += chain
                break
    return out


def _end_words(text: str) -> list[str] | None:
    """The words of a one-line card's end piece, when the line has three pieces or more, no
    sentence end and an end piece of three to ``COLUMN_AGE_WORDS`` words; else ``None``."""
    if text[-1] in ".!?" or MARKS_HYPHEN_CHARACTER.search(text) is None:
        return None
    pieces = [p for p in MARKS_HYPHEN_COMMA.split(text) if p.strip()]
    words = pieces[-1].split() if len(pieces) >= 3 else []
    return words if 3 <= len(words) <= COLUMN_AGE_WORDS else None


def word_column(ends: list[list[str]]) -> AgeTest | None:
    """The age test of a run of cards whose end pieces (their words, as many in each) differ in
    one word alone (see :func:`word_ages`), else ``None``. The HTML card reader
    (:mod:`declutter.content.card_repeats`) asks it of its one-block cards' meta pieces."""
    n = len(ends[0])
    differ = [k for k in range(n) if len({e[k] for e in ends}) > 1]
    if len(differ) != 1 or differ[0] == n - 1 or any(e[differ[0]] != e[differ[0]].lower() for e in ends):
        return None
    at, words = differ[0], ends[0]

    def age(piece: str) -> bool:
        split = piece.split()
        return (len(split) == n and split[:at] == words[:at] and split[at + 1 :] == words[at + 1 :]
                and split[at] == split[at].lower() and not any(c.isdigit() for c in split[at]))
    return age
