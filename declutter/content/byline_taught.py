"""A list of two cards whose ages no reader knows, read by the age the page's byline shows.

A list of cards is told by its repetition (:mod:`declutter.content.line_repeats`): three lines
or more laid out alike, or two whose numbered ages rise. A list of two cards, one numbered age
("2 tímar síðan") and a day word under it ("í gjár"), repeats nothing by itself; but the page
repeats the numbered age's form elsewhere: in its own byline ("Kringvarp · 4 tímar síðan",
right under the headline, right over the story's first paragraph). The same text with its
number masked, twice on the page, in a byline's place and in a card's, is an age; the day word
in the same place of the card laid out alike right after it is the other card's age.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from declutter.blocks import Block
from declutter.char_runs import NUMBER
from declutter.content.line_columns import age_pieces, alone_in_cards
from declutter.content.line_shapes import LineShape
from declutter.punctuation import unclosed

BYLINE_KEY = re.compile(r"^[^\w\s,]2:1$")
"""The layout key of a byline of two pieces set apart by a mark, its age last ("·2:1")."""


def byline_masks(blocks: list[Block], shapes: dict[int, LineShape], groups: dict[str, list[int]],
                 read: Callable[[str], bool]) -> set[str]:
    """The masked ages ("# tímar síðan") of the page's bylines that no age reader ``read``s:
    lines of two pieces set apart by a mark, the last one numbered (:data:`BYLINE_KEY`), right
    under a title-shaped line (the headline) and right over a prose line (the story's first
    paragraph). A lookup per line of such groups."""
    masks = set()
    for key, indexes in groups.items():
        if BYLINE_KEY.match(key) is None:
            continue
        for i in indexes:
            above, below = shapes.get(i - 1), shapes.get(i + 1)
            if above is None or below is None or above.shape != "title" or below.shape != "prose":
                continue
            piece = age_pieces(blocks, [i], key)[0]
            if piece and not read(piece):
                masks.add(NUMBER.sub("#", unclosed(piece)))
    return masks


def taught_pairs(blocks: list[Block], shapes: dict[int, LineShape], groups: dict[str, list[int]],
                 masks: set[str], mate: Callable[[str, int], str | None],
                 stride: int) -> Iterator[tuple[str, int, int, str]]:
    """The lists of two cards whose first age has the masked form of a byline's (``masks``,
    :func:`byline_masks`): a group of one line (``groups``: masked or layout key -> lines)
    whose age piece masks to one of ``masks``, not the byline itself, and a day word
    (``mate(key, j)``) in the same place of a line ``d`` <= ``stride`` lines under it; an age
    alone on its line stands right under its card's title or source, as its mate does
    (:func:`~declutter.content.line_columns.alone_in_cards`), the lines over the two laid out
    alike (:func:`_alike`: no single word of a card's source taken for a day word). Output:
    (key, the numbered line, the mate's line, the masked age) per list. A few lookups per
    group of one line."""
    if not masks:
        return
    for key, indexes in groups.items():
        if len(indexes) != 1 or BYLINE_KEY.match(key) is not None:
            continue
        i = indexes[0]
        masked = NUMBER.sub("#", age_pieces(blocks, [i], key)[0])
        if unclosed(masked) not in masks:  # (a script's closing mark after one, "།", aside)
            continue
        alone = not key.startswith(("tail", "head"))
        for d in range(1, stride + 1):
            if mate(key, i + d) is not None and _alike(shapes, i, i + d, d) and (
                    not alone or alone_in_cards(blocks, shapes, [i, i + d], d)):
                yield key, i, i + d, masked
                break


def _alike(shapes: dict[int, LineShape], i: int, j: int, d: int) -> bool:
    """Whether the ``d - 1`` lines over line ``i`` and over line ``j`` (the rest of two cards
    of ``d`` lines: title, source) have the same shapes, line by line."""
    def shape(k: int) -> str | None:
        s = shapes.get(k)
        return s.shape if s is not None else None
    return all(shape(i - k) is not None and shape(i - k) == shape(j - k) for k in range(1, d))
