"""The card above a block of an HTML page: the highest element from the block's element up that
holds at most one link target.

Both readers of sibling cards ask it: :func:`declutter.content.card_repeats.repeated_cards`
over the whole page, and the cards under a heading
(:func:`declutter.content.sections.heading_sections`) below the heading's own ancestors
(``above``). Each is one walk up the element chains: the targets under each element are
counted up to two ("many"), and each element's card is memoised, so an element is read once.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Any

from declutter.blocks import Block


def link_targets(blocks: Sequence[Block], indexes: range, parent: dict[Any, Any],
                 above: Container[Any] = ()) -> dict[Any, set[str]]:
    """Element -> the link targets of ``blocks[indexes]`` under it, up to two (two mean many),
    for the elements from each linked block's element up to the first of ``above`` (or the
    root). An element that has a block's target already, or two, says so for its ancestors
    too: the walk up stops there."""
    targets: dict[Any, set[str]] = {}
    for k in indexes:
        b = blocks[k]
        href, el = b.href, b.element
        if href is None:
            continue
        while el is not None and el not in above:
            seen = targets.get(el)
            if seen is None:
                targets[el] = {href}
            elif href in seen or len(seen) >= 2:
                break  # its ancestors know already
            else:
                seen.add(href)
            el = parent[el]
    return targets


def card_tops(blocks: Sequence[Block], indexes: range, parent: dict[Any, Any],
              targets: dict[Any, set[str]], above: Container[Any] = ()) -> list[Any]:
    """The card of each of ``blocks[indexes]``: the highest element from its element up, below
    ``above``, holding at most one of ``targets`` (:func:`link_targets`); ``None`` when its
    own element holds many or is one of ``above``. Memoised from the top down: each element's
    answer is read once per call."""
    top: dict[Any, Any] = {}
    cards: list[Any] = []
    for k in indexes:
        el, pending = blocks[k].element, []
        while el is not None and el not in top:
            if el in above or len(targets.get(el, ())) > 1:
                top[el] = None
                break
            pending.append(el)
            el = parent[el]
        card = top.get(el) if el is not None else None
        for e in reversed(pending):
            card = top[e] = card if card is not None else e
        cards.append(card)
    return cards
