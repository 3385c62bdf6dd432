"""Teaser lists with no heading and no class: runs of sibling cards of one shape.

A run of sibling elements, each a linked title and a meta line ("Source · 2h", or a short
link-free row of pieces), is a teaser list whatever the page calls it; the section readers of
:mod:`declutter.content.sections` find the lists that a heading opens.
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import Block, normalise_space
from declutter.char_runs import NUMBER
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import meta_fields, strong_pieces
from declutter.content.card_tops import card_tops, link_targets
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.heading_cards import INLINE_CARD_LINKS, card_title
from declutter.content.inline_cards import (
    CARD_TITLE_WORDS,
    LEADING_SEPARATOR,
    TRAILING_SEPARATOR,
    inline_cards,
    meta_line,
    meta_row,
)
from declutter.content.line_columns import day_word, rising
from declutter.content.varied_ages import piece_ages
from declutter.content.worded_ages import WORD_AGE_LINES, word_column
from declutter.punctuation import PERIODS

_APART_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")
"""A number no letter touches ("3 itula", not "2AP", "TV1")."""
_AGE_WORDS = 6
"""Most words of an age the regexes do not read ("2 jam kalarkuna", "3 uairean a thìde air
ais": a unit of several words)."""
_CARD_TEXT_WORDS = 60
"""Most words of a card's other blocks (kicker, excerpt); a longer block is no card text."""
_UNREAD = frozenset(("t+a", "t+w", "ta", "at"))
_MIXED = frozenset(("t+a", "t+m"))
"""One-block cards whose shapes differ by their link's share of the line alone."""
"""Card shapes whose age no test reads: a run of them is a list when its ages' shape is one."""
_CARD_EXTRA_BLOCKS = 3
"""Most blocks of a card besides its title and meta line."""
LABEL_WORDS = 6
"""Most words of a line that labels a teaser section (outside its cards, before them)."""


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
    blocks times the tree depth; a card's shape is read only when a card beside it, a child
    of the same element, may have one too (a run has two).
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
    parents = [up.get(card) for card, _ in cards]
    may = [card is not None and (len(idxs) > 1 or _linked_tail(blocks[idxs[0]])) for card, idxs in cards]
    paired = [may[j] and (j > 0 and may[j - 1] and parents[j - 1] is parents[j]
                          or j + 1 < len(cards) and may[j + 1] and parents[j + 1] is parents[j])
              for j in range(len(cards))]
    run: list[tuple[Any, list[int]]] = []
    last = None  # the shape of run's last card
    bare: bool | None = None  # no prose on the page? (asked once, only when needed)
    for (card, idxs), read in zip([*cards, (None, [])], [*paired, False], strict=True):
        # (a card of one block has no shape: a title and a meta line are two)
        shape = None if not read else (
            _card_shape(blocks, idxs) if len(idxs) > 1 else _one_block_shape(blocks[idxs[0]]))
        if {shape, last} == _MIXED and run:
            if bare is None:
                bare = not any(is_prose(b) for b in blocks)
            if bare:  # (a page of cards alone: a title's share of its line makes no shape)
                shape = last
        if run and not (shape == last and up.get(card) is up.get(run[0][0])):
            if len(run) >= 2 and (last not in _UNREAD or _column_ages(blocks, run)
                                  or _listing(blocks, run) or _word_ages(blocks, run)):
                parent = chains.parent.get(run[0][0])
                # (cards a section reader took already, under their heading, keep their
                # section, and the run's other cards join it: one list, read as one)
                key = next((sections[k] for _, members in run for k in members if k in sections),
                           ("cards", run[0][1][0], parent))
                for _, members in run:
                    for k in members:
                        sections.setdefault(k, key)
                head = run[0][1][0] - 1
                if _list_head(blocks, chains, head, parent):
                    sections.setdefault(head, key)
            run = []
        if shape is not None:
            run.append((card, idxs))
            last = shape


def _list_head(blocks: list[Block], chains: Chains, i: int, parent: Any) -> bool:
    """Whether block ``i``, right above a run of cards, is its list's heading: a short line of
    no link and no sentence (at most ``LABEL_WORDS`` words), a child of the element that holds
    the cards, opening it ("<div><div>Other news</div><div class=card>...</div>...</div>"),
    or else (a line of the layout cell holding that element too, :func:`_cell_above`) with no
    full stop at its end and no digit (not a story's short last line or its dateline), so
    the card reader drops it with the cards."""
    b = blocks[i] if i >= 0 else None
    if b is None or parent is None or b.href or b.words > LABEL_WORDS or is_prose(b):
        return False
    if chains.parent.get(b.element) is parent:
        opens = i == 0 or parent not in chains[i - 1]
    elif b.element in _cell_above(chains, parent):
        opens = False  # (a line of the layout cell holding the cards' table: "<hr><b>Heading</b><table>")
    else:
        return False
    return opens or not b.text.endswith(_FULL_STOPS) and not any(c.isdigit() for c in b.text)


def _cell_above(chains: Chains, el: Any) -> tuple[Any, ...]:
    """The element holding ``el`` and the one above it: the cell and the row of a layout table
    whose lines, cut at ``<br>``, are blocks of the row."""
    cell = chains.parent.get(el)
    return (cell, chains.parent.get(cell)) if cell is not None else ()


_FULL_STOPS = tuple(PERIODS)
"""The ends of a statement (:data:`declutter.punctuation.PERIODS`: ".", "。", "।", ...): a short
line ending in one is a sentence, no list's heading ("Ne hagyja ki!" over cards is one)."""


def _linked_tail(b: Block) -> bool:
    """Whether a block links and has text besides its link text: a one-block card may have a
    shape (:func:`_one_block_shape`) only then."""
    return bool(b.href) and b.link_chars < len(b.text) - 1


def _one_block_shape(b: Block) -> str | None:
    """"t+m" for a card of one block, a linked title and its meta line as inline pieces after
    it ("<div><a>Title</a><span>Source · 2h</span></div>": :func:`declutter.content.
    inline_cards.inline_cards` reads one card with a title of ``CARD_TITLE_WORDS`` words or
    more and an age, the block opening with its title), ``None`` otherwise."""
    if not _linked_tail(b) or b.link_density < INLINE_CARD_LINKS:
        return None
    tail = _tail(b)
    # (the cheap test first: the text after the link holds an age the regexes read; else
    # one short piece with a number, an age in another language when its run's vary as
    # ages do, :func:`_column_ages`)
    read = "age" in meta_fields(tail, (), is_age_fast) or is_age_fast(tail)
    if b.link_density < 0.5 and (not read or is_prose(b)):
        # (a short title beside its meta line, "<td><a>Title</a></td><td>Source</td><td>3
        # hours ago</td>", is read as one over half link text; an age of several words no
        # test reads: its run tells)
        return None if is_prose(b) else _unread_shape(b, tail)
    if not read:
        return _unread_shape(b, tail)
    cards = inline_cards(b)
    if len(cards) != 1 or "age" not in cards[0].fields:
        return None
    title = cards[0].fields.get("title", "")
    # (the title opens the tile: a line of text before its link is a citation, "Source,
    # "<a>Title</a>," Aug. 22, 2019", no card)
    opened = b.text[_marked(b) :].startswith(title) or bool(_head(b, days=False))
    return "t+m" if len(title.split()) >= CARD_TITLE_WORDS and opened else None


def _marked(b: Block) -> int:
    """The length of the list mark opening a card's block before its linked title ("— <a>Title
    </a> | Source | 3h", a dash for a bullet), else 0."""
    m = LEADING_SEPARATOR.match(b.text)
    return m.end() if m is not None else 0


def _tail(b: Block) -> str:
    """The text after a one-block card's linked title (its list mark aside), its leading
    separator aside; after an age before the title (:func:`_head`), that age and the text
    after the title as one meta line ("3 hours ago <a>Title</a> Source": "3 hours ago · Source")."""
    head = _head(b)
    if head:
        at = b.text.find(_title(b), _marked(b)) + len(_title(b))
        tail = LEADING_SEPARATOR.sub("", b.text[at:].strip())
        return f"{head} · {tail}" if tail else head
    return LEADING_SEPARATOR.sub("", b.text[_marked(b) + b.link_chars :].strip())


def _title(b: Block) -> str:
    """The text of a block's first link."""
    link = b.element.find(".//a") if b.element is not None else None
    return normalise_space("".join(link.itertext())) if link is not None else ""


def _head(b: Block, days: bool = True) -> str:
    """The text before a one-block card's linked title (its list mark and the separator after
    it aside), when it may be the card's age: an age the regexes read, one short piece with a
    number ("2 hāora ki muri") or, with ``days``, a day word (:func:`declutter.content.
    line_columns.day_word`: "an-dè", its run's other ages tell); else ""."""
    title = _title(b)
    at = b.text.find(title, _marked(b)) if title else -1
    if at <= _marked(b):
        return ""
    head = TRAILING_SEPARATOR.sub("", b.text[_marked(b) : at].strip())
    if days and day_word(head):
        return head
    return head if is_age_fast(head) or _short_age(head) and not strong_pieces(head)[1:] else ""


def _unread_shape(b: Block, tail: str) -> str | None:
    """"t+a" for a one-block card whose age no test reads but holds a number
    (:func:`_unread_age`), "t+w" for one whose meta line is a source and a count in words
    ("Ìròyìn Ọ̀yọ́ · wákàtí méjì sẹ́yìn", :func:`_word_tail`: its run tells, :func:`_word_ages`),
    else ``None``."""
    title = _title(b) if _head(b) else b.text[_marked(b) : _marked(b) + b.link_chars]
    if len(title.split()) >= CARD_TITLE_WORDS and _word_tail(tail) is not None:
        return "t+w"  # (before a day word's test: "Habari Leo" is two words of letters too)
    return "t+a" if _unread_age(b, tail) else None


def _word_tail(tail: str) -> list[str] | None:
    """The words of a card's age in words: the last of the two pieces of its meta line
    ("Source · wákàtí méjì sẹ́yìn"), of three to ``COLUMN_AGE_WORDS`` words, no digit in the
    line; else ``None``."""
    if any(c.isdigit() for c in tail):
        return None
    pieces = strong_pieces(tail)
    words = pieces[-1].split() if len(pieces) == 2 else []
    return words if 3 <= len(words) <= COLUMN_AGE_WORDS else None


def _word_ages(blocks: list[Block], run: list[tuple[Any, list[int]]]) -> bool:
    """Whether a run of one-block cards ("t+w", :func:`_unread_shape`) has ages in words: at
    least ``WORD_AGE_LINES`` cards whose meta lines end in the same words but one
    (:func:`declutter.content.worded_ages.word_column`, the dump reader's test: "wákàtí méjì
    sẹ́yìn", "wákàtí mẹ́ta sẹ́yìn"), the words of a count, not of a name."""
    if len(run) < WORD_AGE_LINES or any(len(idxs) != 1 for _, idxs in run):
        return False
    ends = [_word_tail(_tail(blocks[idxs[0]])) for _, idxs in run]
    if any(e is None or len(e) != len(ends[0]) for e in ends):
        return False
    return word_column([e for e in ends if e is not None]) is not None


def _unread_age(b: Block, tail: str) -> bool:
    """Whether a one-block card is a linked title of ``CARD_TITLE_WORDS`` words or more, opening
    the block (or after its age), then an age the regexes do not read (:func:`_tail_age`)."""
    title = _title(b) if _head(b) else b.text[_marked(b) : _marked(b) + b.link_chars]
    return len(title.split()) >= CARD_TITLE_WORDS and _tail_age(tail) is not None


def _tail_age(tail: str) -> tuple[int, str] | None:
    """The place (-1: the whole tail; 0, 1: its first or last piece) and text of the piece of
    the text after a card's title that may be an age no test reads: one short piece with one
    number, alone or beside a short piece with no number (its source: "Source · 3 ч", "3 ч,
    Source"; split at strong separators, else at its one comma), or such a pair's day word
    (one or two words of letters: a card of the list aged "yesterday"). ``None`` otherwise."""
    if not any(m in tail for m in "·|•,"):
        return (-1, tail) if _short_age(tail) else None
    pieces = strong_pieces(tail)
    if len(pieces) == 1:
        pieces = [p.strip() for p in tail.split(",") if p.strip()]
    if len(pieces) != 2 or any(len(p.split()) > _AGE_WORDS for p in pieces):
        return None
    numbered = [k for k, p in enumerate(pieces) if NUMBER.search(p)]
    days = [k for k, p in enumerate(pieces) if day_word(p)]
    # (a number set apart from letters is an age's; one inside a name is a source's: "Radio
    # 2AP · 5 itula ua mavae", "TV1 Samoa · ananafi")
    apart = [k for k in numbered if _APART_NUMBER.search(pieces[k])]
    if apart or numbered and not days:
        numbered = apart or numbered
        return (numbered[0], pieces[numbered[0]]) if len(numbered) == 1 and _short_age(
            pieces[numbered[0]]) else None
    return (days[-1], pieces[days[-1]]) if days else None


def _short_age(piece: str) -> bool:
    """One piece of at most ``_AGE_WORDS`` words with one number."""
    return 0 < len(piece.split()) <= _AGE_WORDS and len(NUMBER.findall(piece)) == 1


def _column_ages(blocks: list[Block], run: list[tuple[Any, list[int]]]) -> bool:
    """Whether the age pieces of a run of cards whose ages no test reads (:func:`_tail_age`:
    after the title in a one-block card, else its unlinked meta line's) stand in one place and
    vary as ages do (:func:`declutter.content.varied_ages.piece_ages`, the dump reader's test),
    each a number's but for fewer day words, and go up the list as ages do (counts of things in
    a "most commented" list fall: :func:`declutter.content.line_columns.rising`)."""
    tails = _run_tails(blocks, run)
    places = {t[0] for t in tails if t is not None and NUMBER.search(t[1])}
    if len(places) == 1 and (at := next(iter(places))) >= 0:
        # (a card of two day-word pieces, "Dùthchas · an-dè": the day word in the place of the
        # run's numbered ages)
        tails = [t if t is None or t[0] == at or NUMBER.search(t[1]) else _day_at(blocks, idxs, at, t)
                 for t, (_, idxs) in zip(tails, run, strict=True)]
    if any(t is None for t in tails) or len({t[0] for t in tails if t is not None}) != 1:
        return False
    numbered = [t[1] for t in tails if t is not None and NUMBER.search(t[1])]
    return 2 * len(numbered) > len(tails) and rising(numbered) and piece_ages(numbered) is not None


def _run_tails(blocks: list[Block], run: list[tuple[Any, list[int]]]) -> list[tuple[int, str] | None]:
    """Each card's age piece (:func:`_tail_age`) of a run of cards whose ages no test reads:
    after the title in a one-block card, else its first unlinked line's that has one."""
    return [_tail_age(_tail(blocks[idxs[0]])) if len(idxs) == 1 else next(
        (a for k in idxs if not blocks[k].link_chars and (a := _tail_age(blocks[k].text)) is not None), None)
        for _, idxs in run]


def _day_at(blocks: list[Block], idxs: list[int], at: int, was: tuple[int, str]) -> tuple[int, str]:
    """A one-block card's day word in piece ``at`` of the text after its title, when both of
    its two pieces may be day words (:func:`_tail_age` took the other); else ``was``."""
    pieces = strong_pieces(_tail(blocks[idxs[0]])) if len(idxs) == 1 else []
    return (at, pieces[at]) if len(pieces) == 2 and all(day_word(p) for p in pieces) else was


def _listing(blocks: list[Block], run: list[tuple[Any, list[int]]]) -> bool:
    """Whether a run of cards whose ages no test reads (too few to vary as ages do: "2 h ago",
    "yesterday") is the whole page: their age pieces stand in one place, and no block outside
    the run is prose. A listing page of two cards has no story for them to be chrome of; the
    dump reader's listing test (:mod:`declutter.content.listing_dumps`) asks the same of a front
    page, whatever language its ages are in (fresh-user report 14, kind H13)."""
    tails = _run_tails(blocks, run)
    if any(t is None for t in tails) or len({t[0] for t in tails if t is not None}) != 1:
        return False
    inside = {k for _, idxs in run for k in idxs}
    return not any(is_prose(b) for k, b in enumerate(blocks) if k not in inside)


def _card_shape(blocks: list[Block], idxs: list[int]) -> str | None:
    """"tm" (title, then meta line), "mt", "tx" (a linked title, then an excerpt: prose
    of at most ``_CARD_TEXT_WORDS`` words; no meta line), or "ta", "at" (a title and one line
    that may be an age no test reads, :func:`_tail_age`; no meta line, no excerpt) for a
    card's blocks, ``None`` for no card."""
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
    aged: list[str] = []  # the card's unlinked lines that may hold an age no test reads
    for k, title in zip(idxs, titled, strict=True):
        b = blocks[k]
        if title:
            # (its meta line in the title's own line, after its link: "<a>Title</a>
            # <span>Source · 3 ora</span>", then an excerpt; the meta line's place is the title's)
            shape += "tm" if _linked_tail(b) and meta_line(_tail(b)) else "t"
        elif (
            meta_line(b)
            or shape == "t" and b.href == href and meta_row(b, linked=True)  # (wrapped card)
        ):
            shape += "m"
        elif b.words > _CARD_TEXT_WORDS:
            return None
        else:
            extra += 1
            excerpt = excerpt or (shape == "t" and is_prose(b))  # after its title
            if not b.link_chars and _tail_age(b.text) is not None:
                aged.append("ta" if shape else "at")
    if shape == "t" and excerpt:
        shape = "tx"
    elif shape == "t" and len(aged) == 1:
        shape = aged[0]  # (an age no test reads, beside its source: told by the run, _column_ages)
    return shape if shape in ("tm", "mt", "tx", "ta", "at") and extra <= _CARD_EXTRA_BLOCKS else None
