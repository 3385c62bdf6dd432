"""Meta lines of counts: a list of cards whose meta lines give a source and counts, no age
("Talaki Tonga · 12 comments · 5 min read", whatever the counts' words), read by their
repetition (:func:`counted_metas`), and a card of such a list whose line gives an age after
the same mark (:func:`_aged_neighbour`).

Moved out of :mod:`declutter.content.card_runs` (runs of one-line cards), whose stride of meta
lines (:data:`~declutter.content.card_runs.META_STRIDE`) it shares. Used by the dump reader
(:mod:`declutter.content.dump_story`) before the story run is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.blocks import Block
from declutter.char_runs import DIGIT, NUMBER, PLAIN_LETTER
from declutter.content.ages import is_age_fast
from declutter.content.card_runs import META_STRIDE
from declutter.content.line_shapes import LineShape
from declutter.content.names import NAME_WORDS
from declutter.content.separators import MARKS, MARKS_CHARACTER
from declutter.punctuation import STOPS

COUNTED_PIECES = 2
"""Fewest counts after a meta line's source for :func:`counted_metas` ("· 12 comments · 5 min read")."""


def counted_metas(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> None:
    """Meta lines with a source and counts but no age ("Talaki Tonga · 12 comments · 5 min
    read", whatever the counts' words), changing ``shapes`` in place: lines no reader took,
    each a source of at most ``NAME_WORDS`` words with no number, then ``COUNTED_PIECES`` pieces
    or more set apart by one mark, each holding one number and a word (no range of numbers);
    the pieces after the source the same on each line once their numbers are masked (a list of
    cards shows the same counts), on >= 2 lines at most ``META_STRIDE`` lines apart, each under
    a line of its own (the card's title).
    A count is no age: the line's source is read, and its age when a piece is one the regexes
    read ("Source · 2 uur geleden · 12 reacties · 340 keer gelezen")."""
    found: dict[tuple[str, ...], list[int]] = {}
    for i, s in shapes.items():
        if s.digit is False or s.words > _COUNTED_WORDS or s.shape not in _COUNTED_SHAPES or (
                MARKS_CHARACTER.search(text := blocks[i].text) is None) or (
                pieces := _sourced(blocks, shapes, i)) is None:
            continue  # (what the shape read first: a line with no digit holds no count, a
            # paragraph is no meta line, and no regex scans them; then one character class)
        marks = {m.strip() for m in MARKS.findall(text)}
        if (len(pieces) <= COUNTED_PIECES or len(marks) != 1
                or any(len(NUMBER.findall(p)) != 1 or not PLAIN_LETTER.search(p) for p in pieces[1:])
                or _RANGE.search(text)):
            continue  # (a range "Level 61 – 70" is no count: a title's words)
        found.setdefault((*marks, *(NUMBER.sub("#", p) for p in pieces[1:])), []).append(i)
    for key, lines in found.items():
        order = sorted(lines)  # (a line is listed when its nearest one is: one pass, no pairs)
        near = {k for a, b in zip(order, order[1:], strict=False) if b - a <= META_STRIDE for k in (a, b)}
        listed = [i for i in lines if i in near]
        if len(listed) >= 2 and len({blocks[i].text for i in listed}) == len(listed):
            for i in listed:
                source, *counts = (p.strip() for p in MARKS.split(blocks[i].text))
                age = next((p for p in counts if is_age_fast(p)), None)  # ("· 2 uur geleden ·")
                fields = {"source": source} | ({"age": age} if age else {})
                shapes[i] = LineShape("meta", shapes[i].words, fields)
            for i in (listed[0] - (listed[1] - listed[0]), listed[-1] + listed[-1] - listed[-2]):
                _aged_neighbour(blocks, shapes, i, key[0])


def _aged_neighbour(blocks: Sequence[Block], shapes: dict[int, LineShape], i: int, mark: str) -> None:
    """A card of a counted list (:func:`counted_metas`) right before or after it, at its
    stride, whose line gives a source and one piece with a number after the same mark, no
    counts ("Talaki Tonga · houa ʻe 6 kuo ʻosi"): its meta line, the piece its age."""
    pieces = _sourced(blocks, shapes, i)
    if (pieces is None or len(pieces) != 2 or {m.strip() for m in MARKS.findall(blocks[i].text)} != {mark}
            or len(NUMBER.findall(pieces[1])) != 1):
        return
    shapes[i] = LineShape("meta", shapes[i].words, {"source": pieces[0], "age": pieces[1]})


def _sourced(blocks: Sequence[Block], shapes: dict[int, LineShape], i: int) -> list[str] | None:
    """The pieces (split at :data:`MARKS`) of a line of :func:`counted_metas` and
    :func:`_aged_neighbour`: a line no reader took (of ``_COUNTED_SHAPES``, at most
    ``_COUNTED_WORDS`` words) under a line of its own, not closed by a stop, two pieces or more,
    the first a source of at most ``NAME_WORDS`` words with no number; else ``None``."""
    if not _counted(shapes, i):
        return None
    text = blocks[i].text
    pieces = [p.strip() for p in MARKS.split(text)]
    if (len(pieces) < 2 or text[-1] in STOPS or DIGIT.search(pieces[0])
            or not 0 < len(pieces[0].split()) <= NAME_WORDS):
        return None
    return pieces


def _counted(shapes: dict[int, LineShape], i: int) -> bool:
    """Whether line ``i`` has a shape :func:`_sourced` reads: one no reader took (of
    ``_COUNTED_SHAPES``), at most ``_COUNTED_WORDS`` words, under a line of its own."""
    s = shapes.get(i)
    return s is not None and s.shape in _COUNTED_SHAPES and s.words <= _COUNTED_WORDS and i - 1 in shapes


_COUNTED_SHAPES = frozenset({"title", "short", "chrome", "prose"})
_COUNTED_WORDS = 15
_RANGE = re.compile(r"\d\s*[–—-]\s*\d")
