"""The cards under a heading: whether the blocks after a heading that does not name its list
are a teaser list by their shape alone (:func:`sibling_cards`), and a card's title line
(:func:`card_title`).

A card is the highest element above a block, below the heading's own ancestors, holding at
most one link target; a list is two or more titled cards of one shape beside or after the
story. Used by :func:`declutter.content.sections.heading_sections` and the card readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from declutter.blocks import STORY, Block
from declutter.content.ages import is_card_age
from declutter.content.card_columns import age_piece
from declutter.content.card_lines import card_meta
from declutter.content.card_tops import iter_card_tops, link_targets
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.inline_cards import inline_cards, meta_line


def first_card_fails(blocks: list[Block], i: int, j: int, is_title: list[bool]) -> bool:
    """Whether the blocks ``i+1 .. j-1`` under heading ``i`` are no teaser list by
    :func:`sibling_cards` already at their first title: none, no headline (under four
    words), or story text up to it (its card or one before it). A gate read before the cards
    are, for a heading whose words do not name its list; linear in the blocks up to the
    first title."""
    for k in range(i + 1, j):
        b = blocks[k]
        if b.label == STORY:
            return True
        if is_title[k]:
            return b.words < 4
    return True


def sibling_cards(
    blocks: list[Block], chains: Chains, i: int, j: int, is_title: list[bool], fewest: int = 2
) -> tuple[int, bool]:
    """Where the cards under heading ``i`` end (the blocks ``i+1 .. j-1`` scanned so far),
    and whether they are a teaser list by their shape alone.

    A card is the highest element above a block, below the heading's own ancestors, holding
    at most one link target; its shape is its blocks' roles in order (``t`` a linked line,
    ``x`` prose, ``s`` another short line). The list ends at the first card, after a titled
    one, that has no linked line or is no sibling of the first titled card (a footer's
    "Cookies" link row, an advert under a heading of its own). It is a teaser list whatever
    its heading says when it holds two or more titled cards of one shape, each title a
    headline (:func:`card_title`, at least four words) and none of its blocks story text:
    a list beside or after the story, never taken out of it. With ``fewest`` 1 (a heading
    after the story) one such card is a list too when it gives an age (:func:`_aged`): a
    story's one related link under a heading in any words. Linear in the blocks times the
    tree depth.
    """
    above = set(chains[i])
    up = chains.parent
    window = range(i + 1, j)  # (the cards below the heading's own ancestors)
    tops = iter_card_tops(blocks, window, up, link_targets(blocks, window, up, above), above)
    parent, shapes, story, headlines = None, set(), False, True
    end = j
    listed: list[list[int]] = []  # the titled cards of the list
    cards = 0  # the list's cards
    # (its cards are read one at a time: the list ends, most often, well before the window)
    for card_up, idxs in _window_cards(blocks, up, window, tops):
        card_up = card_up if card_up is not None else blocks[idxs[0]].element
        shape = "".join(
            "t" if is_title[k]
            else "x" if is_prose(blocks[k]) else "s"
            for k in idxs
        )
        if parent is None and "t" in shape:
            parent = card_up
        elif listed and listed[-1][-1] == idxs[0] - 1 and card_up is parent and all(
                meta_line(blocks[k]) for k in idxs):
            # the titled card's meta line in a sibling element of its own ("<div><a>Title</a>
            # </div><div>Source · 2 hours ago</div>"): part of that card, no card of its own
            listed[-1].extend(idxs)
            story = story or any(blocks[k].label == STORY for k in idxs)
            continue
        elif parent is not None and ("t" not in shape or card_up is not parent):
            end = idxs[0]
            break
        if "t" in shape:
            shapes.add(shape)
            headlines = headlines and all(
                blocks[k].words >= 4 for k, r in zip(idxs, shape, strict=True) if r == "t"
            )
            listed.append(idxs)
        cards += 1
        story = story or any(blocks[k].label == STORY for k in idxs)
    if len(shapes) != 1 or not headlines or story:
        return end, False  # (no list by its shape: its cards' ages are not read)
    # (one card: the list holds it alone, no untitled card beside it: "News", "Kontakt")
    alone = len(listed) == fewest == 1 and cards == 1
    return end, len(listed) >= 2 or alone and _aged(blocks, listed[0])


def _window_cards(
    blocks: list[Block], up: dict[Any, Any], window: range, tops: Iterable[Any]
) -> Iterator[tuple[Any, list[int]]]:
    """The cards of ``blocks[window]`` in order, each once its blocks are all known: (the
    parent of the card's element or None, its blocks). ``tops``: each block's card element
    (:func:`declutter.content.card_tops.iter_card_tops`)."""
    card: tuple[Any, list[int]] | None = None  # (the card's parent, its blocks)
    card_el: Any = None
    for k, el_card in zip(window, tops, strict=True):
        href = blocks[k].href
        same = card is not None and (
            (el_card is not None and el_card is card_el)
            or (href is not None and href == blocks[card[1][-1]].href)
        )  # (a card's loose text, "<a><span>1h</span><h3>Title</h3></a>", shares its link)
        if card is not None and same:
            card[1].append(k)
            if el_card is not None and card[0] is None:
                card = (up.get(el_card), card[1])
        else:
            if card is not None:
                yield card
            card = (up.get(el_card) if el_card is not None else None, [k])
        card_el = el_card if el_card is not None else card_el if same else None
    if card is not None:
        yield card


def _aged(blocks: list[Block], idxs: list[int]) -> bool:
    """Whether a card's blocks give it an age: its title block's pieces after the link
    ("<a>Title</a> TASR · pred 1 hodinou") or a meta line of its own, read as the card reader
    reads them."""
    for k in idxs:
        b = blocks[k]
        found = inline_cards(b) if b.href else []
        if found and "age" in found[0].fields:
            return True
        if not b.href and b.words <= 8 and (is_card_age(b.text) or card_meta(b.text, (), is_card_age)):
            return True
    return False


# Least link share of a one-block card ("<a>Title</a> <span>Source</span> <span>2h</span>")
# whose pieces are read: a short title beside a long source name is under half link text.
INLINE_CARD_LINKS = 0.25
# Most words of such a block (a card line, not a paragraph with a link in it).
_INLINE_CARD_WORDS = 30


def card_title(b: Block) -> bool:
    """A card's title: a linked line of at least three words, mostly link text, or a
    one-block card whose linked title of three words or more opens it and whose other inline
    pieces give an age (:func:`declutter.content.inline_cards.inline_cards`; read only for a
    short non-prose line with a link)."""
    if not b.href or b.words < 3:
        return False
    if b.link_density >= 0.5:
        return True
    if b.link_density < INLINE_CARD_LINKS or b.words > _INLINE_CARD_WORDS or is_prose(b):
        return False
    found = inline_cards(b)
    if len(found) != 1 or len((title := found[0].fields.get("title", "")).split()) < 3:
        return False
    if "age" in found[0].fields:
        return b.text.startswith(title)
    # an age no test reads, of an age's shape (a number and a unit word), right before the
    # title or in its line after it: the column reader reads it (card_columns)
    head, _, tail = b.text.partition(title)
    return age_piece(head) if head.strip() else age_piece(tail)
