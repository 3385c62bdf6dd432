"""Teaser lists without links: runs of sibling cards, each a headline line and a meta line.

Some sites set the "more news" box as plain ``<div>`` pairs, a headline and "Source · age",
the link on a script or on the whole box. :func:`declutter.content.card_repeats.repeated_cards`
knows a card by its link; this reader knows it by its two lines' shapes, repeated.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import STORY, Block
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import meta_fields
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.inline_cards import meta_row

TITLE_WORDS = (3, 25)
"""Fewest and most words of an unlinked card's headline."""
UNLINKED_CARDS = 2
"""Fewest cards of a run."""
SECTION = "unlinked-cards"
"""First item of the section key these cards get (:func:`declutter.content.cards.read_teasers`
reads such a section though none of its blocks links away)."""


def unlinked_cards(blocks: list[Block], chains: Chains, sections: dict[int, Any]) -> None:
    """Runs of ``UNLINKED_CARDS`` or more sibling elements, each holding exactly two blocks
    without links, a headline (``TITLE_WORDS``, no sentence) then a meta line (an age,
    :func:`declutter.content.card_lines.meta_fields`, or a short row of pieces whatever its
    words, :func:`declutter.content.inline_cards.meta_row`), after the story's last paragraph,
    become teaser sections (block index -> ``(SECTION, first block, parent)``, added to
    ``sections``; a block already in a section keeps it). One pass over the blocks."""
    story = [k for k, b in enumerate(blocks) if b.label == STORY and is_prose(b)]
    start = story[-1] + 1 if story else 0
    up = chains.parent
    run: list[tuple[Any, int]] = []  # (card element, its first block)
    k, n = start, len(blocks)
    while k <= n:
        card = _card(blocks, up, k) if k + 1 < n else None
        if run and (card is None or up.get(card) is not up.get(run[-1][0]) or k != run[-1][1] + 2):
            if len(run) >= UNLINKED_CARDS:
                parent = up.get(run[0][0])
                for _, first in run:
                    for j in (first, first + 1):
                        sections.setdefault(j, (SECTION, run[0][1], parent))
            run = []
        if card is not None:
            run.append((card, k))
            k += 2
        else:
            k += 1


def _card(blocks: list[Block], up: dict[Any, Any], k: int) -> Any:
    """The element holding blocks ``k`` and ``k + 1`` alone when they are an unlinked headline
    and meta line, else ``None``."""
    title, meta = blocks[k], blocks[k + 1]
    if title.element is None or meta.element is None or title.link_chars or meta.link_chars:
        return None
    card = up.get(title.element)
    if card is None or up.get(meta.element) is not card or title.element is meta.element:
        return None
    if len([c for c in card if isinstance(c.tag, str)]) != 2:
        return None
    if not TITLE_WORDS[0] <= title.words <= TITLE_WORDS[1] or is_prose(title) or title.kept or meta.kept:
        return None
    return card if "age" in meta_fields(meta.text, (), is_age_fast) or meta_row(meta) else None
