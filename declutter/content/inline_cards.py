"""Teaser cards inside one block: a block whose inline children are a card's pieces (a linked
title, then ``<span class=src>``, ``<time>``), or several cards in a row, one link each
("<a><span>Title</span><span>3 days ago</span></a><a>...</a>" in one container).

The block walk cuts blocks at block-level elements only, so inline cards set side by side
share a block; here the block's inline pieces are cut at each link to a new target once the
card before has its title, and each card's pieces fill its fields the way the card reader
(:mod:`declutter.content.cards`) fills a card's blocks. A label and one link ("Lees meer:
<a>Title</a>") are :mod:`declutter.content.labelled_links`'.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, NamedTuple

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import Block, count_words, normalise_space
from declutter.char_runs import NOT_WORD
from declutter.content.ages import ABBREVIATED_AGE, is_age_fast, is_card_age
from declutter.content.card_lines import BYLINE, card_meta, meta_fields, strong_pieces, unlabelled
from declutter.content.line_shapes import FULL_STOP
from declutter.content.names import is_name
from declutter.content.separators import HYPHEN, SPACED, character_class
from declutter.content.vocabulary import LABEL_ONLY
from declutter.punctuation import STOPS

ROW_WORDS = 8
"""Most words of a card's meta row read piece by piece (:func:`meta_row`)."""
ROW_PIECE_WORDS = 4
"""Most words of each piece of such a row ("Västerbottens Nytt", "fa 3 hores")."""
CARD_TITLE_WORDS = 3
"""Fewest words of each title when one block is read as several cards."""
LEADING_SEPARATOR = re.compile(rf"^{character_class(SPACED + HYPHEN)}\s+(?=\w)")
"""A separator opening the text after a card's linked title ("— Source, 3h")."""
TRAILING_SEPARATOR = re.compile(rf"(?<=\w)\s+{character_class(SPACED + HYPHEN + '|')}$")
"""A separator closing the text before a card's linked title ("3h · <a>Title</a>")."""
Piece = tuple[str, bool, str | None]
"""One inline piece of a block: (text, inside the title's link, link target or None)."""


class InlineCard(NamedTuple):
    """One card of a block: its fields, its text (its pieces joined) and its link target as
    written in the page (``None``: the block's own first link)."""

    fields: dict[str, str]
    text: str
    href: str | None


def field_of(text: str, linked: bool, taken: Collection[str]) -> str | None:
    """Which teaser field a piece of card text fills (``None``: the card has it already).

    A "- Source" line is the card's byline: part of the teaser, but no record field. A piece
    is an age by the regexes (a linked "1h" is its age, not its title); an unlinked piece
    after the card's title also by :func:`declutter.content.ages.is_card_age` ("2 saat önce",
    "dün"): a kicker before the title is no age, and is not sent to ``dateparser``.
    """
    if linked and "title" not in taken and not is_age_fast(text):
        return "title"
    if BYLINE.match(text):
        return "byline"
    if "age" not in taken and (is_age_fast(text) or not linked and "title" in taken and is_card_age(text)):
        return "age"
    if count_words(text) <= 4 and "source" not in taken and "text" not in taken and not _sentence(text):
        return "source"
    if "text" not in taken:
        return "text"
    return None


SENTENCE_WORDS = 2
"""Fewest words of a short card line read as a sentence (its excerpt) by its full stop."""


def _sentence(text: str) -> bool:
    """Whether a short card line is a sentence ("Broadcasts are weekly.", "La elsendoj okazos
    ĉiusemajne."), the card's excerpt, not its source: ``SENTENCE_WORDS`` words or more, a full
    stop at its end after a word that opens in no capital (a name's abbreviation, "Acme Inc.",
    ends in one)."""
    words = text.split()
    return (len(words) >= SENTENCE_WORDS and FULL_STOP.search(text) is not None
            and not words[-1][:1].isupper() and not ABBREVIATED_AGE.search(text))


def _pieces(el: Any) -> list[Piece]:
    """The inline pieces of a block's element, in order: (text, linked, link target)."""
    pieces: list[Piece] = []
    if el.text and el.text.strip():
        pieces.append((el.text, False, None))
    for child in el:
        if not isinstance(child.tag, str) or child.tag in BLOCK_TAGS:
            continue  # a block-level child is a block of its own
        link = child if child.tag == "a" else child.find(".//a")
        href = link.get("href") if link is not None else None
        inner = [normalise_space("".join(c.itertext())) for c in child] if link is not None else []
        inner = [t for t in inner if t]
        kids = [c for c in child if isinstance(c.tag, str)] if link is not None and link is not child else []
        if kids == [link] and child.text and child.text.strip():
            # <span>Label › <a>Title</a></span>: the label before the link is no part of it
            pieces.append((child.text, False, None))
            pieces.append((normalise_space("".join(link.itertext())), True, href))
            if link.tail and link.tail.strip():
                pieces.append((link.tail, False, None))
        elif len(inner) > 1 and not (child.text and child.text.strip()):
            # <a><span class=kicker>Source</span><span class=title>Title</span></a>
            title = max(inner, key=len)
            pieces.extend((t, t is title, href) for t in inner)
        else:
            text = normalise_space("".join(child.itertext()))
            if text:
                pieces.append((text, link is not None, href))
        if child.tail and child.tail.strip():
            pieces.append((child.tail, False, None))
    return pieces


_LABEL_ENDS = (":", "：", "›", "»", "→")
"""The marks that close a card's label before its link ("Lue myös:", "LES EISINI ›")."""


def _fields(pieces: list[Piece]) -> dict[str, str]:
    """One card's fields from its pieces: the first linked piece is the title, one short
    piece before it the source (a kicker), the pieces after it a meta line or source, age
    and text."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    before: list[str] = []  # a kicker before the title is the source
    for text, linked, _ in pieces:
        text = normalise_space(text)
        if not linked and (LABEL_ONLY.match(text) or not any(c.isalnum() for c in text)):
            continue  # "Related:", "·"
        if linked and "title" not in fields:
            fields["title"] = unlabelled(text)  # <a>Related: Title</a>: the label is no title
        elif "title" in fields:
            # the separator between the title and its meta line is no part of the source
            # ("<a>Title</a> — Source, 3h")
            rest.append(LEADING_SEPARATOR.sub("", text))
        else:
            before.append(TRAILING_SEPARATOR.sub("", text))
    # a short piece before the title that ends in a colon is the card's label, in any
    # language ("Прочетете още: <a>Title</a>"), no kicker: no source
    # (a piece of no letter before the title is a rank, "1", "#2": no source)
    if (len(before) == 1 and len(before[0].split()) <= 5 and not is_age_fast(before[0])
            and any(c.isalpha() for c in before[0])):
        # (the label goes to the record's removed blocks, with the card's rule)
        fields["label" if before[0].endswith(_LABEL_ENDS) else "source"] = before[0]
    elif len(before) == 1 and rest and is_age_fast(before[0]):
        fields["age"] = before[0]  # an age before the title ("3 hours ago <a>Title</a> Source")
    if "title" not in fields:
        return {}
    # (two pieces, a name and an age no test reads: "<span>BBC Alba</span> · <span>an-dè</span>")
    meta = card_meta(" · ".join(rest), set(fields), is_card_age) if rest else {}
    # (the name first, as "Source · age"; two spans, or one span of two pieces)
    row = rest if len(rest) == 2 else row_text(rest[0]) if len(rest) == 1 and not meta else None
    if not meta and row is not None and len(row) == 2 and is_name(row[0]):
        meta = row_fields(row, set(fields))
    if meta:
        fields.update(meta)
    else:
        for text in rest:
            name = field_of(text, False, set(fields))
            if name == "source" and _count(text):
                # a count ("12 beachdan", "5 min. lesing"), no source: the card's text
                name = None if "text" in fields else "text"
            if name is not None:
                fields[name] = text
    return fields


_COUNT = re.compile(r"\d+\s+(\w)")
"""A count's start: a number, then a word (a count's when it opens in lower case)."""


def _count(text: str) -> bool:
    """Whether a short card piece is a count of things, no name: a number, then a word in lower
    case ("12 beachdan", "5 min. lesing"; not "7 News")."""
    m = _COUNT.match(text)
    return m is not None and m.group(1).islower()


def _by_link(pieces: list[Piece]) -> list[list[Piece]]:
    """A block's pieces cut into cards, one link target each: the pieces inside a link (its
    title, and kicker or age spans inside it) go with that link; a loose piece between two
    links goes with the link before it (a card's age or source after its title), unless the
    block opens with a loose piece: then each card opens with its loose pieces (a kicker or
    a credit before each title), and they go with the link after them."""
    lead = bool(pieces) and pieces[0][2] is None
    groups: list[list[Piece]] = []
    pending: list[Piece] = []
    href: str | None = None
    for piece in pieces:
        target = piece[2]
        if target is None:
            if lead or not groups:
                pending.append(piece)
            else:
                groups[-1].append(piece)
        elif not groups or target != href:
            groups.append([*pending, piece])
            pending, href = [], target
        else:
            groups[-1].extend((*pending, piece))
            pending = []
    if pending:
        if groups:
            groups[-1].extend(pending)
        else:
            groups.append(pending)
    return groups


def inline_cards(b: Block) -> list[InlineCard]:
    """The cards of a block read from its inline pieces: ``[]`` when the block is no card (no
    link, or all of its text one link); one card for a linked title with its pieces; several
    when links to two or more targets each open a card whose title has at least
    ``CARD_TITLE_WORDS`` words and the block is mostly link text (else the block is one
    card, its later links its text).
    Linear in the block's inline children."""
    el = b.element
    if el is None or not b.href:
        return []
    if el.tag == "tr":  # (cells are no block elements: a layout cell's line is the row's block)
        el = next((c for c in el if isinstance(c.tag, str)
                   and b.text in normalise_space("".join(c.itertext()))), el)
    pieces = _pieces(el)
    if len(b.text) < len(normalise_space("".join(el.itertext()))):
        # an element cut into several blocks at line breaks: the block's own pieces only
        pieces = [p for p in pieces if normalise_space(p[0]) in b.text]
    groups = _by_link(pieces)
    if len(groups) > 1 and b.link_density >= 0.5:  # (a paragraph's links are no cards)
        cards = [InlineCard(_fields(g), " ".join(normalise_space(p[0]) for p in g),
                            next(p[2] for p in g if p[2] is not None) if k else None)
                 for k, g in enumerate(groups)]
        cards[0] = _list_label(groups[0], groups[1:], cards[0])
        if all(len(c.fields.get("title", "").split()) >= CARD_TITLE_WORDS for c in cards):
            # an element cut into several blocks ("<p>Label: <a>A</a><br>Label: <a>B</a></p>"):
            # each block is the card whose text it holds, not all of the element's cards
            inside = [c for c in cards if c.text in b.text]
            if len(inside) == 1 and len(b.text) < len(" ".join(c.text for c in cards)):
                return [inside[0]._replace(href=None)]
            return cards
    if b.link_chars >= len(b.text) - 1:
        return []
    fields = _fields(pieces)
    return [InlineCard(fields, b.text, None)] if fields else []


def _list_label(first: list[Piece], others: list[list[Piece]], card: InlineCard) -> InlineCard:
    """The first of a block's cards with the loose text opening the block read as its list's
    label, no field of that card, when no other card has loose text before its link
    ("<div><span>Related news</span> <a>A</a> <a>B</a></div>": a kicker of the first card
    alone is the rail's heading); ``card`` unchanged otherwise."""
    lead = next((k for k, p in enumerate(first) if p[2] is not None), 0)
    if not lead or any(g[0][2] is None for g in others):
        return card
    fields = _fields(first[lead:])
    label = " ".join(normalise_space(p[0]) for p in first[:lead])
    return card._replace(fields={**fields, "label": label}) if fields else card


_ROW_NOT_LAST = frozenset(STOPS + ":") - {"."}
"""Last characters no meta row ends in: a sentence's end or a label's colon (a final "." is
read apart: an abbreviated age's, "3 val.", or a sentence's)."""


def meta_row(b: Block, linked: bool = False) -> list[str] | None:
    """The pieces of a short link-free row a card's meta line may be, read by its structure
    whatever the words: 2-3 pieces set apart by inline elements or separators
    ("<span>Source</span> <span>3 tim sedan</span>", "TT · ahir"), each of at most
    ``ROW_PIECE_WORDS`` words, the row at most ``ROW_WORDS`` words and no sentence (no final
    "!", "?" or ":", and no final "." but an abbreviated age's, "3 val."); ``None`` otherwise.
    A ``linked`` row may be link text (a card wrapped in its link, the row sharing its title's
    target). Linear in the block's inline children."""
    el = b.element
    if b.link_chars and not linked or el is None or b.words > ROW_WORDS or not _row_line(b.text):
        return None
    # (an element with no child element has its text for its one piece: separators only)
    pieces = [t for t in (normalise_space(p[0]) for p in _pieces(el)) if any(c.isalnum() for c in t)
              ] if len(el) else []
    if len(pieces) < 2:
        return row_text(b.text)
    if NOT_WORD.sub("", "".join(pieces)) != NOT_WORD.sub("", b.text):
        # (the element holds other blocks' text too: the block is a line of it, cut at
        # ``<br>``, "<td><a>Title</a><br><i>Source · 2 ሰዓት በፊት</i><br>...": its own separators)
        return row_text(b.text)
    return _row_pieces(pieces)


def meta_line(line: Block | str) -> bool:
    """Whether a card's line is its meta line: source and age, an age the regexes read, or a
    short row of pieces. ``line``: a block of no link, its row read by its structure
    (:func:`meta_row`: "TT · ahir"), or a line of text alone, the text after a card's linked
    title, its row read by its separators (:func:`row_text`); a block with a link is none."""
    text = line if isinstance(line, str) else line.text
    if not isinstance(line, str) and line.link_chars:
        return False
    return bool(meta_fields(text, (), is_age_fast) or is_age_fast(text)
                or (row_text(text) if isinstance(line, str) else meta_row(line)))


def row_text(text: str) -> list[str] | None:
    """:func:`meta_row` for a line of text alone, its pieces set apart by strong separators
    (" · ", " | "): the text after a card's linked title in its own line ("<a>Title</a>
    <span>Source · 3 ora</span>")."""
    return _row_pieces(strong_pieces(text)) if _row_line(text) else None


def _row_line(text: str) -> bool:
    """Whether a line may be a meta row as a whole: at most ``ROW_WORDS`` words, no sentence's
    or label's end."""
    if text[-1:] in _ROW_NOT_LAST or count_words(text) > ROW_WORDS:
        return False
    # (a sentence's full stop, not an abbreviated age's: "LRT · prieš 3 val.")
    return not text.endswith(".") or ABBREVIATED_AGE.search(text) is not None


def _row_pieces(pieces: list[str]) -> list[str] | None:
    """``pieces`` when they may be a meta row's: 2-3, each of at most ``ROW_PIECE_WORDS`` words."""
    if not 2 <= len(pieces) <= 3 or any(count_words(p) > ROW_PIECE_WORDS for p in pieces):
        return None
    return pieces


AGE_WORDS = 3
"""Most words of a piece no age test reads taken as an age beside a name ("fa 3 hores")."""


def _age_like(piece: str) -> bool:
    """A piece that may be an age no test reads: at most ``AGE_WORDS`` words, with a digit
    when it has three ("fa 3 hores"; "ahir", "i går"), not "Mann der großen Worte"."""
    words = len(piece.split())
    return words <= AGE_WORDS and (words < AGE_WORDS or any(c.isdigit() for c in piece))


def row_fields(pieces: list[str], taken: Collection[str]) -> dict[str, str]:
    """Source and age of a card's meta row from its pieces (:func:`meta_row`): the ones an age
    test reads, else, for two pieces of which one only is a name ("Västerbottens Nytt",
    "TT"), that name as the source and the other piece, an age no test reads ("fa 3 hores",
    "ahir"; :func:`_age_like`), as the age; ``{}`` when the row is neither or its card has those fields."""
    fields = card_meta(" · ".join(pieces), taken, is_card_age)
    if fields or len(pieces) != 2 or {"source", "age"} & set(taken):
        return fields
    named = [is_name(p) for p in pieces]
    if sum(named) != 1 or not _age_like(pieces[named.index(False)]):
        return {}
    k = named.index(True)
    return {"source": pieces[k], "age": pieces[1 - k]}
