"""Ages no reader knows, told by the layout of a list of cards (:func:`layout_age`): a group
of alike lines (:mod:`declutter.content.line_repeats`) that stand at one stride, each with an
age piece that is the same once its numbers are masked, and whose numbers vary as ages do
("Title — Source · 3 ч", "Title — Source · 7 ч").

Moved out of :mod:`declutter.content.line_repeats`, which groups the lines and reads each
group with the test :func:`layout_age` gives. A few lookups per line of a group.
"""

from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.content.line_columns import age_pieces, alone_in_cards
from declutter.content.line_shapes import EXCERPT_LINES, LineShape
from declutter.content.varied_ages import piece_ages

LAYOUT_STRIDE = 4
"""Most lines from one card's line of a group to the next one's for :func:`layout_age`."""


def with_read(shapes: dict[int, LineShape], unread: list[int]) -> list[int]:
    """``unread`` (page order) with the meta lines and one-line cards between its first and
    last line: a card of the list whose age a reader knows ("Спорт1 · вчера" among "Фокус ·
    пред 6 часа") holds its place in the list's stride all the same."""
    taken = set(unread)  # (a set: a list's membership test per line of the span was quadratic)
    read = [i for i in range(unread[0] + 1, unread[-1])
            if i not in taken and (s := shapes.get(i)) is not None and s.shape in ("meta", "card")]
    return sorted([*unread, *read])


def layout_age(blocks: list[Block], shapes: dict[int, LineShape], indexes: list[int], key: str,
               grid: list[int]) -> frozenset[str] | None:
    """The age piece of a group no age reader reads, masked ("# ч", "منذ # ساعات"), when the
    group is a run of one layout whose age piece varies as ages do: its lines and their column's
    day words (``grid``, :mod:`declutter.content.line_columns`) stand at one
    stride of at most ``LAYOUT_STRIDE`` lines, each with the piece (the end piece of a one-line
    card, the numbered piece of a meta line of pieces, a short line alone that a card's line
    tops, :func:`~declutter.content.line_columns.alone_in_cards`; a closing
    bracket aside) the same once its numbers are masked, or of the same words but the one next
    to its number, its unit (:func:`~declutter.content.varied_ages.one_unit`: "saa #
    zilizopita", "siku # zilizopita"), one
    number of one or two digits with a word after it (its unit or the rest of the age), which
    differs between the lines. A list of cards in a language the readers do not know ("Title —
    Source · 3 ч") is so told by its repetition (a card with an excerpt under its age keeps
    the stride: :func:`_card_stride`); else ``None``."""
    if (stride := _card_stride(shapes, grid)) is None:
        return None
    if (not key.startswith(("tail", "head")) and LAYOUT_KEY.match(key) is None
            and not alone_in_cards(blocks, shapes, grid, stride)):
        return None  # a short line alone in a run ("Spring 1", "Teil 2"): no layout of pieces
    return piece_ages(age_pieces(blocks, indexes, key))


def _card_stride(shapes: dict[int, LineShape], grid: list[int]) -> int | None:
    """The stride of a list's age lines ``grid`` (page order): the one distance between them,
    of at most ``LAYOUT_STRIDE`` lines, or the shortest when each longer step holds one card's
    excerpt (:func:`_excerpt_in`), no more such cards than others; else ``None``."""
    steps = [b - a for a, b in zip(grid, grid[1:], strict=False)]
    if not steps or not 0 < (stride := min(steps)) <= LAYOUT_STRIDE:
        return None
    longer = [(a, b) for a, b in zip(grid, grid[1:], strict=False) if b - a > stride]
    if 2 * len(longer) > len(steps) or not all(_excerpt_in(shapes, a, b, b - a - stride) for a, b in longer):
        return None
    return stride


def _excerpt_in(shapes: dict[int, LineShape], a: int, b: int, extra: int) -> bool:
    """Whether the lines between two age lines ``a`` and ``b`` hold a card's excerpt of
    ``extra`` lines: as many prose lines in a row, up to ``EXCERPT_LINES``, anywhere in the step
    (under a card's age, or over the next card's age, between its title and it)."""
    prose = [(s := shapes.get(i)) is not None and s.shape == "prose" for i in range(a + 1, b)]
    return extra <= EXCERPT_LINES and any(all(prose[k : k + extra]) for k in range(len(prose) - extra + 1))



LAYOUT_KEY = re.compile(r"^([^\w\s])(\d+):(\d+)$")
"""The key :func:`declutter.content.line_repeats._date_key` gives a line of pieces ("·2:1"):
the separator, the number of pieces, the numbered one."""
