"""A lone card inside a dump's story told from the page head: a meta line whose age no reader
knows, read by its age's shape (:func:`meta_like`), and the story's first paragraph over such
a card, no teaser's excerpt (:func:`lede`). The story's foot (:mod:`declutter.content.story_foot`,
``bridge_back``) asks them."""

from __future__ import annotations

import re

from declutter.blocks import Block, count_words
from declutter.content.byline_ages import shaped_age
from declutter.content.line_shapes import LineShape
from declutter.content.story_run import BREAK

_META_WORDS = 10
"""Most words of a line :func:`meta_like` reads as a meta line by its age's shape."""
TWO_PIECES = re.compile(r"\s[·|•—–-]\s")


def meta_like(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line is a meta line: read as one, or a name and an age no reader knows set
    apart by a mark ("Kwayedza · maawa 2 apfuura"), the age read by its shape
    (:func:`~declutter.content.byline_ages.shaped_age`: as a byline's age under a headline)."""
    s = shapes.get(b.index)
    if s is None or s.shape == BREAK:
        return s is not None
    if s.shape == "prose" or s.words > _META_WORDS or not (s.digit or s.digit is None):
        return False
    pieces = TWO_PIECES.split(b.text)
    return len(pieces) == 2 and bool(pieces[0].strip()) and shaped_age(pieces[1].strip())


def lede(blocks: list[Block], shapes: dict[int, LineShape], i: int, start: int) -> bool:
    """Whether the one prose line ``blocks[i]`` over a lone card is the story's first paragraph,
    not a teaser's excerpt (shorter than a story's paragraphs): it has as many words as the
    shorter of the first two lines of the run under the card, both prose."""
    under = [shapes.get(b.index) for b in blocks[start : start + 2]]
    return len(under) == 2 and all(s is not None and s.shape == "prose" for s in under) and (
        count_words(blocks[i].text) >= min(count_words(b.text) for b in blocks[start : start + 2]))
