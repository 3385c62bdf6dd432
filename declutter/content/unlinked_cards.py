"""Teaser lists without links: runs of sibling cards, each a headline line and a meta line.

Some sites set the "more news" box as plain ``<div>`` pairs, a headline and "Source · age",
the link on a script or on the whole box. :func:`declutter.content.card_repeats.repeated_cards`
knows a card by its link; this reader knows it by its two lines' shapes, repeated.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import STORY, Block
from declutter.char_runs import NUMBER
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import card_line_fields, meta_fields
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.inline_cards import meta_row
from declutter.content.line_columns import age_pieces
from declutter.content.line_repeats import DATE_REPEATS, card_key
from declutter.content.varied_ages import piece_ages
from declutter.punctuation import STOPS

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


def one_line_cards(blocks: list[Block], chains: Chains, sections: dict[int, Any]) -> None:
    """Runs of ``DATE_REPEATS`` or more sibling elements after the story's first paragraph,
    each one unlinked line laid out as a one-line card ("Title — Source, 5 કલાક પહેલાં"), read
    as the dump reader reads them (:func:`declutter.content.line_repeats.card_key`: one layout
    key; :func:`~declutter.content.varied_ages.piece_ages`: age pieces that vary as ages do,
    whatever their language), become teaser sections (block index -> ``(SECTION, first block,
    parent, masked ages)``; a block already in a section keeps it). One pass over the blocks;
    a block among fewer than ``DATE_REPEATS`` blocks in a row under its parent element is in
    no such run and its line is not read."""
    story = next((k for k, b in enumerate(blocks) if b.label == STORY and is_prose(b)), None)
    if story is None:
        return
    up = chains.parent
    parents = [up.get(b.element) for b in blocks[story + 1 :]]
    siblings = _row_lengths(parents)
    run: list[int] = []
    key: str | None = None
    for k in range(story + 1, len(blocks) + 1):
        b = blocks[k] if k < len(blocks) else None
        line = None if b is None or siblings[k - story - 1] < DATE_REPEATS else _line_key(b)
        if run and (line is None or line != key or up.get(b.element) is not up.get(blocks[run[-1]].element)):
            _run_section(blocks, up, run, key, sections)
            run = []
        if line is not None:
            run.append(k)
            key = line


def _row_lengths(parents: list[Any]) -> list[int]:
    """For each item of ``parents``, the length of the run of equal (the same object) items in
    a row it stands in: ``[a, a, b]`` -> ``[2, 2, 1]``. One pass."""
    lengths: list[int] = []
    start = 0
    for k in range(1, len(parents) + 1):
        if k == len(parents) or parents[k] is not parents[start]:
            lengths += [k - start] * (k - start)
            start = k
    return lengths


def _line_key(b: Block) -> str | None:
    """The layout key of an unlinked one-line card's block (a sibling element of its own, no
    sentence end), else ``None``."""
    if b.element is None or b.kept or not b.text or b.text[-1] in STOPS:
        return None
    if not TITLE_WORDS[0] < b.words <= 2 * TITLE_WORDS[1]:
        return None  # (the cheap test first: the link test reads the element)
    if b.link_chars and not _linked_title(b):
        return None
    return card_key(b.text)


def _linked_title(b: Block) -> bool:
    """A one-line card whose only link is its opening piece (the title: "<a>Title</a> —
    Source, age"), with unlinked text after it."""
    el = b.element
    links = [a for a in el.iter("a")] if el is not None else []
    if len(links) != 1 or (el.text or "").strip() or not len(el) or el[0] is not links[0]:
        return False
    return any(c.isalnum() for c in (links[0].tail or ""))


def _run_section(blocks: list[Block], up: dict[Any, Any], run: list[int], key: str | None,
                 sections: dict[int, Any]) -> None:
    """Make a run of one-line cards of layout ``key`` a teaser section when it is long enough
    and its age pieces vary as ages do."""
    if len(run) < DATE_REPEATS or key is None or len({id(blocks[k].element) for k in run}) != len(run):
        return
    masked = piece_ages(age_pieces(blocks, run, key))
    if masked is None:
        return
    parent = up.get(blocks[run[0]].element)
    for k in run:
        sections.setdefault(k, (SECTION, run[0], parent, masked))


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


def line_fields(b: Block, section: Any) -> dict[str, str]:
    """The fields of a one-line card of a section of :func:`one_line_cards` (title, source,
    age: :func:`declutter.content.card_lines.card_line_fields` with the run's masked ages as
    its age test); ``{}`` for a block of another unlinked section."""
    if len(section) <= 3:
        return {}
    masked = section[3]
    return card_line_fields(b.text, lambda piece: NUMBER.sub("#", piece.strip()) in masked) or {}
