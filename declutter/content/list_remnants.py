"""A list's rest: one short item left as story when the other items of its list went.

Rules and edge passes drop list items one by one (a share list's known names, a ``<dl>``
layout's labels around the story); an item no rule names stays behind alone, a word or two
read as the story's last (or first) paragraph.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.features import is_prose

# Most words of an item left alone in a list whose other items went ("Correo", "Summary").
REMNANT_WORDS = 3
_ITEM_KINDS = frozenset({"li", "dt"})


def list_remnants(blocks: list[Block]) -> None:
    """Drop the short list items or ``<dt>`` labels left as story in a list most of whose items
    of that kind went as boilerplate (at least two, and more than are left), when every
    item left is short (at most ``REMNANT_WORDS`` words, no sentence): the first and last
    links of a share list no rule named ("Condividi", "Facebook", "X", ... "Posta"), the one
    label of a ``<dl>`` layout beside the story ("Headline", "Updated", "Summary", "Photo").
    A list the story holds keeps its items together; the few items left of a dropped list
    are its rest (``heuristic.list-remnant``). One pass over the blocks, then one per list."""
    lists: dict[tuple[Any, str], list[Block]] = {}
    for b in blocks:
        if b.kind in _ITEM_KINDS and b.element is not None:
            parent = b.element.getparent()
            if parent is not None:
                lists.setdefault((parent, b.kind), []).append(b)
    for items in lists.values():
        left = [b for b in items if b.label != BOILERPLATE]
        gone = len(items) - len(left)
        if not left or gone < 2 or gone <= len(left) or not all(_remnant(b) for b in left):
            continue
        for b in left:
            b.set(BOILERPLATE, "heuristic.list-remnant")


def _remnant(b: Block) -> bool:
    """A short story item the scorer left (no rule's, not kept, no sentence)."""
    return (b.label == STORY and not b.kept and b.rule == "heuristic.story"
            and b.words <= REMNANT_WORDS and not is_prose(b))
