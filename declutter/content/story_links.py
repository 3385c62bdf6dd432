"""Linked lines the story frames as its own, not a link list of the page's chrome.

- Linked items of the story's own lists: a short line that is all link, standing between two
  short story lines of its own tag ("Lösung: m = 210 g" / <a>Worked solution</a> / "Next task
  ..."; an attraction's linked name between the directions to the last one and the next).
- Announced addresses: a linked web address alone on its line right after a story paragraph
  that ends with a colon ("sign the petition:" / <a>https://...</a>): the paragraph's sentence
  goes on in the address (a linked headline after "You may also like:" is a teaser).
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.features import is_prose
from declutter.content.line_shapes import WEB_ADDRESS

ITEM_WORDS = 4
"""Most words of a linked line read as an item of the story's list (a teaser's headline is
longer; a button's "Read more" stands between paragraphs, not between items)."""
NEIGHBOUR_WORDS = 25
"""Most words of the story lines on either side: list items, not paragraphs."""
SERIES_REACH = 10
"""Most blocks from one such linked line to the next under the same parent element: the list's
items come in a series (a lone "Print" or "Read on" button between two short lines is a
control)."""


def linked_items(blocks: list[Block]) -> None:
    """Relabel as story (``heuristic.linked-item``) each block dropped only as link-dense, of
    at most ``ITEM_WORDS`` words, whose neighbours on both sides are story blocks of its own
    tag with at most ``NEIGHBOUR_WORDS`` words each, when another such block stands at most
    ``SERIES_REACH`` blocks from it under the same parent element. One pass over the blocks
    and one over the few lines found."""
    lists: dict[Any, list[Block]] = {}
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if b.label != BOILERPLATE or b.rule != "heuristic.link-dense" or b.words > ITEM_WORDS or b.kept:
            continue
        before, after = blocks[i - 1], blocks[i + 1]
        if all(
            n.label == STORY and n.kind == b.kind and n.words <= NEIGHBOUR_WORDS for n in (before, after)
        ):
            parent = b.element.getparent() if b.element is not None else None
            lists.setdefault(parent, []).append(b)
    for items in lists.values():
        for k, b in enumerate(items):  # in a series: another such line near it, in its parent
            if any(0 < abs(o.index - b.index) <= SERIES_REACH for o in items[max(0, k - 1) : k + 2]):
                b.set(STORY, "heuristic.linked-item")


LINE_WORDS = 25
"""Most words of an announced address line: a line, not a teaser's excerpt."""


def announced_addresses(blocks: list[Block]) -> None:
    """Relabel as story (``heuristic.announced-address``) each block dropped only as
    link-dense, of at most ``LINE_WORDS`` words, that is a web address right after a story
    paragraph of the same parent element ending with a colon (module docstring). One pass over
    the blocks."""
    for i in range(1, len(blocks)):
        b, before = blocks[i], blocks[i - 1]
        if (
            b.label == BOILERPLATE
            and b.rule == "heuristic.link-dense"
            and not b.kept
            and b.words <= LINE_WORDS
            and b.element is not None
            and WEB_ADDRESS.fullmatch(b.text)
            and before.label == STORY
            and before.text.rstrip().endswith(":")
            and is_prose(before)
            and before.element is not None
            and before.element.getparent() is b.element.getparent()
        ):
            b.set(STORY, "heuristic.announced-address")
