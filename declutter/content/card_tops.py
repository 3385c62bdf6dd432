"""The card above a block of an HTML page: the highest element from the block's element up that
holds at most one link target.

Both readers of sibling cards ask it: :func:`declutter.content.card_repeats.repeated_cards`
over the whole page, and the cards under a heading
(:func:`declutter.content.sections.heading_sections`) below the heading's own ancestors
(``above``). Each is one walk up the element chains: the targets under each element are
counted up to two ("many"), and each element's card is memoised, so an element is read once.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence
from typing import Any

from declutter.blocks import Block

MANY = object()
"""The :func:`link_targets` value of an element holding two link targets or more."""


def link_targets(blocks: Sequence[Block], indexes: range, parent: dict[Any, Any],
                 above: Container[Any] = ()) -> dict[Any, Any]:
    """Element -> the one link target of ``blocks[indexes]`` under it, or :data:`MANY` for two
    or more, for the elements from each linked block's element up to the first of ``above``
    (or the root). An element that has a block's target already, or many, says so for its
    ancestors too: the walk up stops there."""
    targets: dict[Any, Any] = {}
    for k in indexes:
        b = blocks[k]
        href, el = b.href, b.element
        if href is None:
            continue
        while el is not None and el not in above:
            seen = targets.get(el)
            if seen is None:
                targets[el] = href
            elif seen == href or seen is MANY:
                break  # its ancestors know already
            else:
                targets[el] = MANY
            el = parent[el]
    return targets


def card_tops(blocks: Sequence[Block], indexes: range, parent: dict[Any, Any],
              targets: dict[Any, Any], above: Container[Any] = ()) -> list[Any]:
    """The card of each of ``blocks[indexes]``: the highest element from its element up, below
    ``above``, holding at most one of ``targets`` (:func:`link_targets`); ``None`` when its
    own element holds many or is one of ``above``. Memoised from the top down: each element's
    answer is read once per call."""
    return list(iter_card_tops(blocks, indexes, parent, targets, above))


def iter_card_tops(blocks: Sequence[Block], indexes: range, parent: dict[Any, Any],
                   targets: dict[Any, Any], above: Container[Any] = ()) -> Iterator[Any]:
    """:func:`card_tops` one block at a time, in order: a reader that stops early (at the end
    of a list of cards) has the cards after it not looked for."""
    top: dict[Any, Any] = {}
    for k in indexes:
        el, pending = blocks[k].element, []
        while el is not None and el not in top:
            if el in above or targets.get(el) is MANY:
                top[el] = None
                break
            pending.append(el)
            el = parent[el]
        card = top.get(el) if el is not None else None
        for e in reversed(pending):
            card = top[e] = card if card is not None else e
        yield card
