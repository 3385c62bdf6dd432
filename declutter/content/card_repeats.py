"""Teaser lists with no heading and no class: runs of sibling cards of one shape.

A run of sibling elements, each a linked title and a meta line ("Source · 2h", or a short
link-free row of pieces), is a teaser list whatever the page calls it; the section readers of
:mod:`declutter.content.sections` find the lists that a heading opens.
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import Block
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import meta_fields, strong_pieces
from declutter.content.card_tops import card_tops, link_targets
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.inline_cards import CARD_TITLE_WORDS, LEADING_SEPARATOR, inline_cards, meta_row
from declutter.content.line_columns import day_word
from declutter.content.line_repeats import piece_ages
from declutter.content.sections import INLINE_CARD_LINKS, card_title

_NUMBER = re.compile(r"\d+")
_AGE_WORDS = 4
"""Most words of an age the regexes do not read ("2 jam kalarkuna")."""
_CARD_TEXT_WORDS = 60
"""Most words of a card's other blocks (kicker, excerpt); a longer block is no card text."""
_CARD_EXTRA_BLOCKS = 3
"""Most blocks of a card besides its title and meta line."""


def repeated_cards(blocks: list[Block], chains: Chains, sections: dict[int, Any]) -> None:
    """Runs of sibling cards of one shape become teaser sections, with no class or heading.

    Input: the page's blocks, their element chains and the teaser sections found so far
    (block index -> section key, filled in place; a block already in a section keeps it).
    A card is the largest element above a block that holds at most one link target; its
    blocks must be one linked title-like line (>= 3 words, mostly link text), one meta line
    (source and age, :func:`declutter.content.card_lines.meta_fields`, or an age alone) and at
    most ``_CARD_EXTRA_BLOCKS`` short other blocks (kicker, excerpt). Two or more such cards
    in a row, children of one element, with title and meta line in the same order, are a
    teaser list: the structure the dump reader finds by repeated line shapes
    (:mod:`declutter.content.dump_teasers`), read here from the element tree. Linear in the
    blocks times the tree depth.
    """
    up = chains.parent  # (holds every block's element and their ancestors)
    every = range(len(blocks))
    tops = card_tops(blocks, every, up, link_targets(blocks, every, up))
    cards: list[tuple[Any, list[int]]] = []
    for i, card in zip(every, tops, strict=True):
        if cards and cards[-1][0] is card:
            cards[-1][1].append(i)
        else:
            cards.append((card, [i]))
    run: list[tuple[Any, list[int]]] = []
    last = None  # the shape of run's last card
    for card, idxs in [*cards, (None, [])]:
        # (a card of one block has no shape: a title and a meta line are two)
        shape = None if card is None else (
            _card_shape(blocks, idxs) if len(idxs) > 1 else _one_block_shape(blocks[idxs[0]]))
        if run and not (shape == last and up.get(card) is up.get(run[0][0])):
            if len(run) >= 2 and (last != "t+a" or _column_ages(blocks, run)):
                parent = chains.parent.get(run[0][0])
                for _, members in run:
                    for k in members:
                        sections.setdefault(k, ("cards", run[0][1][0], parent))
            run = []
        if shape is not None:
            run.append((card, idxs))
            last = shape


def _one_block_shape(b: Block) -> str | None:
    """"t+m" for a card of one block, a linked title and its meta line as inline pieces after
    it ("<div><a>Title</a><span>Source · 2h</span></div>": :func:`declutter.content.
    inline_cards.inline_cards` reads one card with a title of ``CARD_TITLE_WORDS`` words or
    more and an age, the block opening with its title), ``None`` otherwise."""
    if not b.href or b.link_density < INLINE_CARD_LINKS or b.link_chars >= len(b.text) - 1:
        return None
    tail = LEADING_SEPARATOR.sub("", b.text[b.link_chars :].strip())
    if b.link_density < 0.5:  # (a short title over its meta line: "<a>Title</a> Source · age")
        return "t+a" if not is_prose(b) and _unread_age(b, tail) else None
    if "age" not in meta_fields(tail, (), is_age_fast) and not is_age_fast(tail):
        # (the cheap test first: the text after the link holds an age the regexes read; else
        # one short piece with a number, an age in another language when its run's vary as
        # ages do, :func:`_column_ages`)
        return "t+a" if _unread_age(b, tail) else None
    cards = inline_cards(b)
    if len(cards) != 1 or "age" not in cards[0].fields:
        return None
    title = cards[0].fields.get("title", "")
    # (the title opens the tile: a line of text before its link is a citation, "Source,
    # "<a>Title</a>," Aug. 22, 2019", no card)
    return "t+m" if len(title.split()) >= CARD_TITLE_WORDS and b.text.startswith(title) else None


def _unread_age(b: Block, tail: str) -> bool:
    """Whether a one-block card is a linked title of ``CARD_TITLE_WORDS`` words or more, opening
    the block, then one short piece with one number (an age the regexes do not read), or two
    pieces set apart by a strong separator ("Source · 3 itula ua mavae"), each short, one of
    them holding one number or a day word ("ananafi"): which piece, the run's column tells
    (:func:`_column_ages`)."""
    title = b.text[: b.link_chars]
    if len(title.split()) < CARD_TITLE_WORDS:
        return False
    if 0 < len(tail.split()) <= _AGE_WORDS and len(_NUMBER.findall(tail)) == 1 and not any(
            m in tail for m in "·|•,"):
        return True
    pieces = strong_pieces(tail)
    return len(pieces) == 2 and all(0 < len(p.split()) <= _AGE_WORDS for p in pieces) and any(
        len(_NUMBER.findall(p)) == 1 or day_word(p) for p in pieces)


def _column_ages(blocks: list[Block], run: list[tuple[Any, list[int]]]) -> bool:
    """Whether the pieces after the titles of a run of one-block cards vary as ages do
    (:func:`declutter.content.line_repeats.piece_ages`, the dump reader's test): the whole
    pieces, else the pieces in one place of two-piece meta lines ("Source · age"), at least two
    of them holding a number, the others day words (as
    :func:`declutter.content.card_columns.column_ages` reads them)."""
    tails = [LEADING_SEPARATOR.sub("", blocks[idxs[0]].text[blocks[idxs[0]].link_chars :].strip())
             for _, idxs in run]
    if piece_ages(tails) is not None:
        return True
    split = [strong_pieces(t) for t in tails]
    if any(len(pieces) != 2 for pieces in split):
        return False
    for p in (1, 0):
        numbered = [pieces[p] for pieces in split if _NUMBER.search(pieces[p])]
        if len(numbered) >= 2 and piece_ages(numbered) is not None and all(
                _NUMBER.search(pieces[p]) or day_word(pieces[p]) for pieces in split):
            return True
    return False


def _card_shape(blocks: list[Block], idxs: list[int]) -> str | None:
    """"tm" (title, then meta line), "mt", or "tx" (a linked title, then an excerpt: prose
    of at most ``_CARD_TEXT_WORDS`` words; no meta line) for a card's blocks, ``None`` for no card."""
    titled = [card_title(blocks[k]) for k in idxs]
    if sum(titled) == 2:  # a card wrapped in its link: its row ("TT · ahir") shares the title's
        second = max(k for k, t in zip(idxs, titled, strict=True) if t)
        if blocks[second].href == blocks[idxs[titled.index(True)]].href and meta_row(
            blocks[second], linked=True
        ):
            titled[idxs.index(second)] = False
    if sum(titled) != 1:
        return None  # (every shape has one title: a cheap test before the meta-line test)
    href = blocks[idxs[titled.index(True)]].href
    shape, extra, excerpt = "", 0, False
    for k, title in zip(idxs, titled, strict=True):
        b = blocks[k]
        if title:
            shape += "t"
        elif (
            not b.link_chars
            and (meta_fields(b.text, (), is_age_fast) or is_age_fast(b.text) or meta_row(b))
            or shape == "t" and b.href == href and meta_row(b, linked=True)  # (wrapped card)
        ):
            shape += "m"
        elif b.words > _CARD_TEXT_WORDS:
            return None
        else:
            extra += 1
            excerpt = excerpt or (shape == "t" and is_prose(b))  # after its title
    if shape == "t" and excerpt:
        shape = "tx"
    return shape if shape in ("tm", "mt", "tx") and extra <= _CARD_EXTRA_BLOCKS else None
