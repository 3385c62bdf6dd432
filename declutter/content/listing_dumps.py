"""A listing dump: a front page of cards (title, "Source · age", excerpt) and no story.

The dump story reader (:mod:`declutter.content.dump_story`) takes the page's main run of prose
for its story; on a front page of cards, each a headline, a meta line and a one-line excerpt,
the run is the first card's excerpt, and its headline and meta line read as the story's title
and byline. The page shows it by repetition: the lines from the run's headline to its end are
laid out as the groups of lines that follow it, line for line (a headline, a meta line of the
same separator and number of pieces, the excerpt's prose), in two groups or more. Then the run
is no story but the first card of the list: every group is a card, and the record is a listing
page's (``text`` empty, the cards its teasers), whatever language the ages are in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from declutter.blocks import TEASER, Block, Page
from declutter.char_runs import NUMBER
from declutter.content.line_columns import day_word, layout_mark, layout_pieces
from declutter.content.line_shapes import LineShape
from declutter.content.varied_ages import piece_ages

CARD_PROSE = 2
"""Most prose lines of a card's excerpt (the story run a listing's first card gives)."""
META_LINES = 2
"""Most meta lines between a card's headline and its excerpt."""
META_PIECE_WORDS = 6
"""Most words of each piece of a card's meta line ("Ysia · 4 чаас анараа")."""
MIN_AFTER = 2
"""Fewest cards after the first, laid out as it is, that make the page a listing."""


def _layout(b: Block, shapes: dict[int, LineShape]) -> str | None:
    """A meta line's layout ("·2": its separator and its number of pieces), for a short
    line of two pieces or more, none of them long and the line no prose; else ``None``."""
    s = shapes.get(b.index)
    if s is None or s.shape == "prose" or b.label is not None:
        return None
    pieces = layout_pieces(b.text)
    if len(pieces) < 2 or any(not 0 < len(p.split()) <= META_PIECE_WORDS for p in pieces):
        return None
    return f"{layout_mark(b.text)}{len(pieces)}"


def _signature(blocks: list[Block], shapes: dict[int, LineShape], lo: int, hi: int,
               headline_like: Callable[[Block, dict[int, LineShape]], bool]) -> tuple[str, ...] | None:
    """The layout of the lines ``lo:hi`` read as one card: a headline, meta lines (their
    layouts), then prose; ``None`` when they are not laid out so."""
    if hi > len(blocks) or not headline_like(blocks[lo], shapes):
        return None
    out = ["h"]
    for b in blocks[lo + 1 : hi]:
        s = shapes.get(b.index)
        if s is None or b.label is not None:
            return None
        if s.shape == "prose" and b.text != blocks[lo].text:
            out.append("p")
        elif out[-1] != "p" and (key := _layout(b, shapes)) is not None:
            out.append(key)
        else:
            return None
    return tuple(out) if out[-1] == "p" and len(out) > 2 and out[1] != "p" else None


def listing_cards(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
                  headline_like: Callable[[Block, dict[int, LineShape]], bool]) -> list[tuple[int, int]]:
    """The cards of a listing dump whose story run (``start:end``) is its first card's excerpt:
    the run's lines, one to ``CARD_PROSE`` prose lines, under one to ``META_LINES`` meta lines
    and a headline (``headline_like``), laid out as (:func:`_signature`) at least ``MIN_AFTER``
    groups of as many lines right after it. Output: each card's (first line, end), the run's
    first; ``[]`` for a page whose run is a story. A few lines read per card."""
    if not 0 < end - start <= CARD_PROSE:
        return []
    h = start - 1
    while h >= 0 and start - h <= META_LINES and _layout(blocks[h], shapes) is not None:
        h -= 1
    if h < 0 or h == start - 1:
        return []
    size = end - h
    first = _signature(blocks, shapes, h, end, headline_like)
    if first is None:
        return []
    cards = [(h, end)]
    while _signature(blocks, shapes, cards[-1][1], cards[-1][1] + size, headline_like) == first:
        cards.append((cards[-1][1], cards[-1][1] + size))
    return cards if len(cards) > MIN_AFTER else []


def read_metas(page: Page, blocks: list[Block], cards: list[tuple[int, int]]) -> None:
    """Read the meta lines the card reader left unread in a listing's cards (ages in a language
    no test knows: "Mmegi · maabane", "Ysia · 4 чаас анараа"), by their column: the place of the
    lines' pieces where most cards hold one number (:func:`_aged`), the others a day word
    (:func:`~declutter.content.line_columns.day_word`), is the cards' age; the other piece of
    a line of two, the source. The lines become the cards' age fields."""
    rows = []
    for lo, hi in cards:
        title = next((b for b in blocks[lo:hi] if b.field == "title" and b.teaser is not None), None)
        meta = blocks[lo + 1]
        if title is None or meta.label is not None:
            continue
        rows.append((title.teaser, meta, [p.strip() for p in layout_pieces(meta.text)]))
    if len(rows) < MIN_AFTER or len({len(r[2]) for r in rows}) != 1:
        return
    width = len(rows[0][2])
    for p in range(width):
        column = [r[2][p] for r in rows]
        numbered = [c for c in column if NUMBER.search(c)]
        if not (2 * len(numbered) > len(column) and _aged(numbered)
                and all(NUMBER.search(c) or day_word(c) for c in column)):
            continue
        for record, meta, pieces in rows:
            fields = {"age": pieces[p]}
            if width == 2:
                fields["source"] = pieces[1 - p]
            page.teasers[record].update(fields)
            meta.label, meta.rule, meta.field, meta.teaser = TEASER, "heuristic.dump-teaser", "age", record
        return


_AGE = re.compile(r"^(?:\D*\s)?\d{1,2}\s+[^\W\d_]")
"""One number of one or two digits set apart, a word after it (its unit: "4 чаас анараа")."""


def _aged(pieces: list[str]) -> bool:
    """Whether a column's numbered pieces are ages: two or more, the dump reader's age pieces
    (:func:`~declutter.content.varied_ages.piece_ages`), else each one number of one or two
    digits with a word after it, the numbers not all the same (units and words around them
    may all change: a list of cards gathered from sites in several languages)."""
    if len(pieces) < 2:
        return False
    if piece_ages(pieces) is not None:
        return True
    numbers = [NUMBER.findall(p) for p in pieces]
    return (all(len(n) == 1 and _AGE.match(p) for n, p in zip(numbers, pieces, strict=True))
            and len({n[0] for n in numbers}) > 1)


def footed_cards(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
                 headline_like: Callable[[Block, dict[int, LineShape]], bool]) -> list[tuple[int, int]]:
    """The cards of a front page whose story run (``start:end``) is one prose line over a meta
    line ("Source · age"), the cards under it a headline each over a meta line of the same
    layout (:func:`_layout`), at least ``MIN_AFTER`` of them one every two lines: the run is
    the first card, its sentence in the title's place (a front page's teaser is often its
    story's first sentence), not the page's story. Every meta line is read as one already
    (shape ``meta``), and no headline hangs under the last one (cards whose meta line heads
    them, under a story's one paragraph: "Source · age" / "Title", the last title alone).
    Output: each card's (first line, end), the run's first; ``[]`` for any other page. Two
    lines read per card."""
    def meta(i: int, key: str | None) -> str | None:
        s = shapes.get(i) if i < len(blocks) else None
        if s is None or s.shape != "meta" or blocks[i].gap:
            return None
        layout = _layout(blocks[i], shapes)
        return layout if key is None or layout == key else None

    if end - start != 1 or (key := meta(end, None)) is None:
        return []
    cards = [(start, end + 1)]
    lo = end + 1
    while lo + 1 < len(blocks) and headline_like(blocks[lo], shapes) and meta(lo + 1, key) is not None:
        cards.append((lo, lo + 2))
        lo += 2
    if lo < len(blocks) and not blocks[lo].gap and headline_like(blocks[lo], shapes):
        return []  # a headline hangs under the last meta line: the cards' meta lines head them
    return cards if len(cards) > MIN_AFTER else []
