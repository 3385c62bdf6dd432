"""Field labels found by repetition in a dump's teaser cards: lines at the same place in every
card that begin with the same words ending in a colon ("Fuente: Diario del Valle") or before
an age ("Publicado hace 3 horas") are read without them. Used by the dump teaser reader
(:mod:`declutter.content.dump_teasers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from declutter.blocks import Block
from declutter.content.ages import is_age_fast
from declutter.content.line_shapes import LineShape, shape_of

Card = list[tuple[Block, LineShape]]
"""A card's lines with their shapes as read inside a card."""


def card_anchor(card: Card) -> int:
    """Where a card's meta line stands among its lines (0 when it has none)."""
    return next((k for k, (_, s) in enumerate(card) if s.shape == "meta"), 0)


def field_labels(cards: list[Card]) -> list[Card]:
    """Field labels found by repetition: lines at the same place in every card (counted from
    its meta line) that begin with the same words ending in a colon ("Fuente: Diario del
    Valle") are read without them; and when such a label was found, so are lines at one
    place that begin with the same words before an age ("Publicado hace 3 horas"). The line
    read again carries its value under the field ``value``. Needs >= 2 cards."""
    if len(cards) < 2:
        return cards
    first = card_anchor(cards[0])
    labelled: dict[int, int] = {}  # place -> words of its label
    for colon in (True, False):
        for place in range(-first, len(cards[0]) - first):
            lines = [c[card_anchor(c) + place][0].text.split() if 0 <= card_anchor(c) + place < len(c) else []
                     for c in cards]
            n = _common_words(lines)
            if not n or any(len(w) <= n for w in lines) or not all(map(_wordy, lines[0][:n])):
                continue
            rest = [" ".join(w[n:]) for w in lines]
            if lines[0][n - 1].endswith(":") if colon else labelled and all(map(is_age_fast, rest)):
                labelled.setdefault(place, n)
    if not labelled:
        return cards
    out = []
    for c in cards:
        card = list(c)
        for place, n in labelled.items():
            b, _ = card[card_anchor(c) + place]
            value = " ".join(b.text.split()[n:])
            shape = shape_of(value)
            fields = {**(shape.fields or {}), "value": value}
            card[card_anchor(c) + place] = (b, LineShape(shape.shape, shape.words, fields))
        out.append(card)
    return out


def _wordy(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _common_words(lines: Sequence[list[str]]) -> int:
    """How many leading words all ``lines`` share."""
    n = 0
    while all(len(w) > n for w in lines) and len({w[n] for w in lines}) == 1:
        n += 1
    return n
