"""A story that is a list: lines of title shape one under the other, with few paragraphs or none.

The dump story reader (:mod:`declutter.content.dump_story`) takes the story as the page's main
run of *prose*; a story made of a list ("Ten winter walks": one walk a line, no full stops) has
none, or a line or two that happen to be long, and came out empty ("no story found"). When the
page holds fewer than :data:`LIST_STORY_WORDS` words of paragraphs (prose lines next to
another), its longest *list* is the story when it has >= :data:`LIST_STORY_LINES` items and
begins right under the page's head (:data:`LIST_START`): a block of title-shaped (or prose)
lines that goes on across at most :data:`CROSS` other lines (an ad label, a share row, which
stay boilerplate) when two items or more follow them, and never across a meta line (cards,
comments and bylines have one). A teaser list is no such list: its cards hold meta lines or
are one-line cards.

One pass over the lines: linear in the dump's size.
"""

from __future__ import annotations

from declutter.blocks import Block
from declutter.content.features import CJK
from declutter.content.line_shapes import LineShape

LIST_STORY_WORDS = 40
"""Words of paragraphs on the page (prose lines next to another) below which its longest list
may be its story."""
LIST_STORY_LINES = 5
"""Fewest items of a list that is a story."""
CROSS = 2
"""Most other lines in a row (an ad label, a share row, a card) a list goes on across, when
>= 2 items follow them."""
LIST_START = 6
"""Most lines between the page's head and the list's first item: a story that is a list stands
right under its headline; a list further down is the page's chrome (menus, link lists)."""
_ITEMS = frozenset(("title", "prose"))
"""The shapes of a list's items: title-like lines, and long ones that read as prose."""
HEAD_LINES = 3
"""The page's head (headline, kicker, "Listen to this story") ends at its first blank line
when that comes within this many lines: no item stands in it."""


def list_story(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int
) -> tuple[int, int, set[int]]:
    """The story run ``[start, end)``, or the longest list's when the page has little prose.

    Input: the dump's lines, their shapes (undecided lines only), the prose run's bounds.
    Output: ``(start, end, items)``: the run (grown to hold the list, if one is the story) and
    the block indexes of the list's items (story lines, whatever their shape). Never raises."""
    if not blocks or _prose_words(blocks, shapes) >= LIST_STORY_WORDS:
        return start, end, set()
    head = next((b.index for b in blocks[1 : HEAD_LINES + 1] if b.gap), 1)
    # segments: runs of items, with the other lines after each (None: a meta line)
    segments: list[tuple[list[int], int | None]] = []
    items: list[int] = []
    others: int | None = 0
    for b in blocks[head:]:
        s = shapes.get(b.index)
        if s is not None and s.shape in _ITEMS:
            if others != 0 and items:
                segments.append((items, others))
                items = []
            if others is None and segments:
                segments.append(([], None))
            items.append(b.index)
            others = 0
        elif others is not None:
            others = None if s is not None and s.shape == "meta" else others + 1
    segments.append((items, others))
    core = max(range(len(segments)), key=lambda k: len(segments[k][0]))
    lo = hi = core
    while lo > 0 and _joins(segments[lo - 1], segments[lo - 1][1], lo - 1 == 0):
        lo -= 1
    while hi + 1 < len(segments) and _joins(segments[hi + 1], segments[hi][1]):
        hi += 1
    found = [i for items, _ in segments[lo : hi + 1] for i in items]
    if len(found) < LIST_STORY_LINES or found[0] > head + LIST_START:
        return start, end, set()
    first, last = found[0], found[-1] + 1
    if end > start and (end < first or start > last):  # the prose run stands apart: the list alone
        return first, last, set(found)
    return (min(first, start) if end > start else first), max(last, end), set(found)


def _prose_words(blocks: list[Block], shapes: dict[int, LineShape]) -> int:
    """Words of the page's paragraphs (two CJK characters a word): prose lines with another
    prose line next to them. A prose line alone is a list's long item or a line of chrome
    ("Nobody has commented yet. Start the thread!"), a card's excerpt stands next to its meta
    line: none of them made a story run."""
    prose = [s is not None and s.shape == "prose" for s in (shapes.get(b.index) for b in blocks)]
    words = 0
    for k, b in enumerate(blocks):
        if prose[k] and (k > 0 and prose[k - 1] or k + 1 < len(blocks) and prose[k + 1]):
            words += max(shapes[b.index].words, len(CJK.findall(b.text)) // 2)
    return words


def _joins(segment: tuple[list[int], int | None], between: int | None, first: bool = False) -> bool:
    """Whether a list goes on into ``segment`` across ``between`` other lines: >= 2 items, or
    one when it is the ``first`` under the page's head (an ad label after the first item)."""
    return between is not None and between <= CROSS and len(segment[0]) >= (1 if first else 2)
