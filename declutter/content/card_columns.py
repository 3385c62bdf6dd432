"""Ages read by their column across a list's cards, whatever their language.

A card's age is found by the age tests (:mod:`declutter.content.ages`): regexes, then
``dateparser`` for the languages it knows. An age in another language ("2 மணி நேரம் முன்",
"prieš 3 val.") is read by neither, and stays in the card's text, or is taken for its source
while a source that looks like an age ("15min") is taken for the age. Its list shows it: the
same place in each card (the same block after the title, the same piece of a meta line "Source
· age") holds a number in the same words ("2 மணி நேரம் முன்", "4 மணி நேரம் முன்"), where a
source or a title differs from card to card (or in the same words but the unit after the
number: "pred 2 urama", "pred 3 dni"). That place is the list's age column; the other
piece of its meta line is the source; a card whose piece in that column is one or two words
of letters ("vakar") has its age there too.

The dump reader has the same idea for plain-text lines (:mod:`declutter.content.line_columns`,
used by :mod:`declutter.content.line_repeats`), and both ask the same test of the word in the
column (:func:`~declutter.content.line_columns.day_word`); finding the column differs, so it is
written twice. Here the card reader (:mod:`declutter.content.cards`) already gives the cards,
so a column is a place inside a card (a block after the title, a piece of its line) and needs
only two cards whose age there holds a number of one shape (the numbers read as 0, whatever
their count). A dump has no card bounds: its column is a stride between lines of one layout
key, found from the masked shapes that recur on the page (three lines or more), with its own
checks on the numbers (one or two digits, rising down the list). One pass over a section's
blocks, one over its cards. A piece's age shape and the keys it counts under:
:mod:`declutter.content.age_shapes`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from declutter.blocks import BOILERPLATE, TEASER, Block, Page, normalise_space
from declutter.char_runs import NOT_WORD, NUMBER, PLAIN_LETTER
from declutter.content.age_shapes import (
    COLUMN_AGE_WORDS,
    age_keys,
    age_shape,
    joined_unit,
    same_place,
)
from declutter.content.ages import (
    CARD_AGE_WORDS,
    agreeing_unit,
    is_age_fast,
    is_card_age,
)
from declutter.content.card_lines import AgeTest, strong_pieces
from declutter.content.features import CJK
from declutter.content.inline_cards import LEADING_SEPARATOR, TRAILING_SEPARATOR
from declutter.content.names import CJK_NAME_CHARS, is_name
from declutter.content.separators import COMMA_SPACE
from declutter.content.worded_ages import WORD_AGE_LINES, word_column

_LIST_MARK_CHARS = 4
"""Most characters of a list's mark before a card's title, no letter in it ("1.", "12)")."""
MIN_CARDS = 2
"""Fewest cards whose age shape repeats in a column."""
SECTION_RULE = "heuristic.teaser-section"
PENDING = "pending"
"""The field of a card's line the card reader found no field for (a meta line under the
excerpt, its age unknown): held by its card for its column to read, dropped after."""
EXCERPT_WORDS = 25
"""Most words of a dropped block read back as a card's excerpt (the card reader drops a
longer unlinked block opening a card as no card's)."""

Column = tuple[int, int, int]
"""A card's place: (block after the title, pieces of its line, piece)."""


def age_piece(text: str) -> bool:
    """Whether a card's text around its title (``text``) holds a piece of an age's shape
    (:func:`age_shape`: a number and a unit word in at most ``COLUMN_AGE_WORDS`` words), read or
    not by the age tests ("3 uairean a thìde air ais"): the place the column reader may read
    as the card's age."""
    return any(age_shape(p) is not None for p in _pieces(text.strip(" ·|-–—")))


def _pieces(text: str) -> list[str]:
    """A meta line's pieces: cut at its strong separators (" · ", " | "), else at a comma
    ("Source, age", "منبع، ۳ ساعت پیش") when that gives two pieces and the line is no date
    ("November 20, 2019")."""
    pieces = strong_pieces(text)
    if len(pieces) == 1 and not is_age_fast(text):
        comma = [p.strip() for p in COMMA_SPACE.split(text) if p.strip()]
        if len(comma) == 2:
            return comma
    return pieces


def _letters(text: str | None) -> str:
    """A line's word characters only: the same line whatever its separators."""
    return NOT_WORD.sub("", text or "")


def _tail(text: str, title: str | None) -> str | None:
    """The text after a card's title in its title block (a list mark before the title aside:
    "— <a>Title</a> | Source | age"), its leading separator and the brackets about it aside
    ("<a>Title</a> (Source, age)"); an age before the title is the line's first piece (the card
    reader takes a card's pieces in any order)."""
    if title and not text.startswith(title):
        text = LEADING_SEPARATOR.sub("", text, count=1)
    at = text.find(title) if title else -1
    head = TRAILING_SEPARATOR.sub("", text[:at].strip()) if at > 0 else ""
    from declutter.content.line_columns import day_word  # (the dump reader's: only here)

    if head and not PLAIN_LETTER.search(head) and len(head) <= _LIST_MARK_CHARS:
        return _tail(text[at:], title)  # a list's number ("1. <a>Title</a> – Source · age")
    if head and (is_age_fast(head) or age_shape(head) is not None and len(NUMBER.findall(head)) == 1
                 or day_word(head)):
        # an age before the title ("awa 2 gara aga · <a>Title</a> · Source"; one number: an
        # age's count, no date followed by a word, "19.11.2021 in"), or a day word there
        # ("an-dè": the column tells): the line's first piece
        tail = _tail(text[at:], title)
        return f"{head} · {tail}" if tail else head
    if not title or not text.startswith(title) or len(text) == len(title):
        return None
    tail = LEADING_SEPARATOR.sub("", text[len(title) :].strip())
    return tail[1:-1].strip() if tail[:1] == "(" and tail[-1:] == ")" and tail.count("(") == 1 else tail


def _inline_pieces(b: Block, tail: str) -> list[str]:
    """The pieces of a title block's ``tail`` set apart by inline elements after its link, when
    they are all of it (no separator between them to cut at); ``[]`` otherwise."""
    el = b.element
    if el is None:
        return []
    kids = [normalise_space("".join(c.itertext())) for c in el
            if isinstance(c.tag, str) and c.tag != "a" and c.find(".//a") is None]
    kids = [t for t in kids if t]
    return kids if len(kids) > 1 and _letters("".join(kids)) == _letters(tail) else []


def column_ages(page: Page, blocks: Sequence[Block]) -> None:
    """Read the ages of the cards among ``blocks`` (one teaser section's blocks, read by the
    card reader) by their column: a place that holds, in at least ``MIN_CARDS`` cards, pieces
    of one age shape (:func:`age_shape`) that differ in their numbers. In each card the piece in
    that place becomes the age (or a day word there), and the other piece of a two-piece meta
    line its source; the card's fields in ``page.teasers`` and its blocks' fields change."""
    cards: dict[int, list[Block]] = defaultdict(list)
    for b in blocks:
        if b.label == TEASER and b.teaser is not None:
            cards[b.teaser].append(b)
    if len(cards) < MIN_CARDS:
        return
    _drop_counts(page, cards)
    places: dict[int, dict[Column, tuple[Block, list[str]]]] = {}
    for record, card in cards.items():
        title = next((k for k, b in enumerate(card) if b.field == "title"), None)
        if title is None:
            continue
        row: dict[Column, tuple[Block, list[str]]] = {}
        for at, b in enumerate(card):
            # the title's own block holds the meta line after its title ("<li><a>Title</a>
            # — Source, 3h</li>"); another block is the line itself, when it holds no link
            # (a line above the title in places -2, -3...: "<div>3 ч · Source</div><a>Title</a>")
            k = at - title if at >= title else at - title - 1
            line = _tail(b.text, page.teasers[record].get("title")) if k == 0 else (
                None if b.href else b.text)
            if not line or len(line.split()) > COLUMN_AGE_WORDS + CARD_AGE_WORDS + 1:
                continue
            pieces = _pieces(line)
            if b.field == PENDING and len(pieces) != 2:
                continue  # (a held line is read as a meta line "Source · age" only)
            if k == 0 and len(pieces) == 1:  # "<a>Title</a> <span>Source</span> <span>Age</span>"
                pieces = _inline_pieces(b, line) or pieces
            if len(pieces) <= 2:
                for p in range(len(pieces)):
                    row[(k, len(pieces), p)] = (b, pieces)
        _read_text(row, card[title], page.teasers[record].get("text"), card)
        places[record] = row
    shapes: dict[Column, Counter[str]] = defaultdict(Counter)
    texts: dict[Column, set[str]] = defaultdict(set)
    known: Counter[Column] = Counter()
    for row in places.values():
        for column, (_, pieces) in row.items():
            known[column] += is_age_fast(pieces[column[2]])
            keys = age_keys(pieces[column[2]])
            for key in keys:
                shapes[column][key] += 1
            if keys:
                texts[column].add(pieces[column[2]])
    columns = {c: n.most_common(1)[0][0] for c, n in shapes.items()
               if n.most_common(1)[0][1] >= MIN_CARDS and len(texts[c]) >= MIN_CARDS}
    if not columns:  # (no shape twice: ages whose unit and the word agreeing with it change,
        # "amasaha 5 aheze", "imisi 2 iheze", one place in each card)
        columns = {c: age_shape(min(t)) or "" for c, t in texts.items()
                   if len(t) >= MIN_CARDS and agreeing_unit({age_shape(x) or "" for x in t}, "0")}
    worded = None
    if not columns:  # (no number at all: ages in words, "wákàtí méjì sẹ́yìn", one place in each card)
        columns, worded = _word_columns(places)
    if len(columns) != 1 or any(n >= MIN_CARDS for n in known.values()):
        # no age column, several places that could be one, or a place whose ages the
        # regexes read in two cards or more (the list's ages are known: "12 Kommentare"
        # beside them is a count): left as read
        return
    ((k, width, p), shape) = next(iter(columns.items()))
    from declutter.content.line_columns import day_word, rising  # (the dump reader's: only here)

    if _counts([r[(k, width, p)][1][p] for r in places.values() if (k, width, p) in r], rising):
        return

    agreed = {age_shape(t) or "" for t in texts[(k, width, p)] if shape in (age_shape(t), *age_keys(t))}

    for record, row in places.items():
        at = row.get((k, width, p))
        if at is None:
            continue
        b, pieces = at
        age = pieces[p]
        mine = age_shape(age)
        agrees = mine is not None and (agreeing_unit({*agreed, mine}, "0") or same_place(shape, mine))
        if (shape not in age_keys(age) and mine != shape and not day_word(age)
                and not joined_unit(shape, age) and not agrees and not (worded and worded(age))):
            continue  # (nor an age whose unit and the word agreeing with it change)
        fields = page.teasers[record]
        if fields.get("age") not in (None, age) and fields.get("age") not in pieces:
            continue  # the card has an age elsewhere
        update = {"age": age}
        if width == 2:
            source = pieces[1 - p]
            if not PLAIN_LETTER.search(source) or not (
                    is_name(source) or len(source.split()) <= CARD_AGE_WORDS and not CJK.search(source)
                    or len(source.split()) == 1 and len(PLAIN_LETTER.findall(source)) <= CJK_NAME_CHARS):
                # (a word of a script without spaces is a name by its letters, its vowel
                # signs aside: "ភ្នំពេញថ្មី")
                continue  # (a source has a word: "10" beside "Nov 18" is a count)
            update["source"] = source
        elif fields.get("source") in pieces:
            fields.pop("source")
        if all(fields.get(k) == v for k, v in update.items()):
            continue  # read so already
        line = " ".join(pieces)
        was_text = b.field == "text"
        moved = (_letters(age), _letters(update["source"]) if "source" in update else None)
        for name in ("text", "byline", "source"):  # the whole line read as one field
            if _letters(fields.get(name)) in (_letters(line), *(moved if name == "text" else ())):
                fields.pop(name)
        fields.update(update)  # (the record holds them parsed: the block stands for its age)
        if b.field != "title":
            b.field = "age"
        if was_text:
            _excerpt_after(blocks, b, record)


def _word_columns(places: dict[int, dict[Column, tuple[Block, list[str]]]]
                  ) -> tuple[dict[Column, str], AgeTest | None]:
    """The one place whose pieces, in ``WORD_AGE_LINES`` cards or more (each card's), are
    counts in words (:func:`declutter.content.worded_ages.word_column`: the same words but one,
    "wákàtí méjì sẹ́yìn", "wákàtí mẹ́ta sẹ́yìn"), and that test; ``({}, None)`` for none or
    several. One pass over the cards' places."""
    pieces: dict[Column, list[list[str]]] = defaultdict(list)
    for row in places.values():
        for column, (_, line) in row.items():
            pieces[column].append(line[column[2]].split())
    found = [(c, test) for c, ends in pieces.items()
             if len(ends) >= WORD_AGE_LINES and len(ends) == len(places) and len({len(e) for e in ends}) == 1
             and (test := word_column(ends)) is not None]
    return ({found[0][0]: ""}, found[0][1]) if len(found) == 1 else ({}, None)


def _counts(pieces: list[str], rising: Callable[[list[str]], bool]) -> bool:
    """Whether a column's pieces are counts, no ages: a number and one word ("12 komentoj",
    "(4 votes)": the shape of a count of things) whose numbers do not go up the list as a
    list's ages do (``rising``); or a number and a time unit an age test reads ("5 min", "5
    Minuten") with words after them that it does not ("5 Minuten Lesezeit": a reading time),
    the numbers not rising or the same words on every card."""
    shapes = [age_shape(t) for t in pieces]
    if any(s is None for s in shapes):
        return False
    words = [s.split() for s in shapes if s is not None]
    if all(len(w) == 2 and "0" in w for w in words):
        return not rising(pieces)
    timed = all(w[0] == "0" and len(w) > 2 and is_card_age(f"5 {w[1]}") for w in words)
    return timed and (len(set(shapes)) == 1 or not rising(pieces))


COUNTED_CARDS = 3
"""Fewest cards whose ages :func:`_drop_counts` reads as a column of counts."""


def _drop_counts(page: Page, cards: dict[int, list[Block]]) -> None:
    """Drop the counts a list's cards show as source or age. Sources beside the cards' ages of
    one shape with a number that varies ("3 hours ago · 5 min read", "· 4 min read"). Ages
    that are counts of minutes (reading times: "5 Minuten", "7 Minuten", "4 Minuten" after
    "weiterlesen"): at least ``COUNTED_CARDS`` cards with ages, each a bare number and one word
    that only the slow age test reads (no "ago" word, no compact "5 min"), the same word on
    every card, the numbers not rising down the list as a list's ages do. A dropped piece goes
    to the card's text when it has none, else out of the card."""
    from declutter.content.line_columns import rising

    aged = [r for r in cards if page.teasers[r].get("age") is not None]
    ages = [page.teasers[r]["age"] for r in aged]
    if len(ages) < COUNTED_CARDS:
        return
    sources = [page.teasers[r].get("source") for r in aged]
    shapes = {age_shape(x) if x else None for x in sources}
    if None not in shapes and len(shapes) == 1 and len(set(sources)) > 1:
        # beside each card's age, a "source" of one shape whose number varies: a count or a
        # reading time ("3 hours ago · 5 min read", "· 4 min read"), no source
        _move(page, cards, aged, "source")
        return
    shapes = {age_shape(a) for a in ages}
    shape = next(iter(shapes))
    if len(shapes) != 1 or shape is None or len(shape.split()) != 2 or not shape.startswith("0 "):
        return
    if any(is_age_fast(a) for a in ages) or rising(ages):
        return
    _move(page, cards, aged, "age")


def _move(page: Page, cards: dict[int, list[Block]], records: list[int], name: str) -> None:
    """Field ``name`` of the cards ``records`` to their text when they have none, else out."""
    for record in records:
        card, fields = cards[record], page.teasers[record]
        value = fields.pop(name)
        moved = "text" not in fields
        if moved:
            fields["text"] = value
        for b in card:
            if b.field == name:
                if moved:
                    b.field = "text"
                else:
                    b.set(BOILERPLATE, SECTION_RULE)


def _read_text(row: dict[Column, tuple[Block, list[str]]], b: Block, text: str | None,
               card: list[Block]) -> None:
    """Add to a card's ``row`` the meta line the card reader read into its text from inside
    its title block's element, no block of the card standing for it ("<td><a>Title</a><br>
    <small>Source · 2 ម៉ោងមុន</small></td>"): its pieces, in place -1, stand for ``b``."""
    if not text or any(x.field == "text" or _letters(text) in _letters(x.text) for x in card) or (
            len(text.split()) > COLUMN_AGE_WORDS + CARD_AGE_WORDS + 1):
        return
    pieces = _pieces(text)
    if len(pieces) <= 2:
        for p in range(len(pieces)):
            row[(-1, len(pieces), p)] = (b, pieces)


def _excerpt_after(blocks: Sequence[Block], b: Block, record: int) -> None:
    """The card's excerpt, dropped when its meta line (``b``, now its age) had taken the card's
    text ("<p>Source · 3 საათის წინ</p><p>Excerpt.</p>": a meta line of five words read as
    text): the section's block right after ``b``, when the card reader dropped it for a field
    its card had (unlinked, at most ``EXCERPT_WORDS`` words; or held, ``PENDING``), becomes the
    card's text."""
    at = next((n for n, x in enumerate(blocks) if x is b), -1)
    nxt = blocks[at + 1] if 0 <= at < len(blocks) - 1 else None
    held = nxt is not None and nxt.field == PENDING and nxt.teaser == record
    if (nxt is None or not held and (nxt.label != BOILERPLATE or nxt.rule != SECTION_RULE) or nxt.href
            or nxt.words > EXCERPT_WORDS or any(x.teaser == record and x.field == "text" for x in blocks)):
        return
    nxt.label, nxt.rule, nxt.field, nxt.teaser = TEASER, "heuristic.teaser", "text", record
