"""Line shapes corrected by what repeats across a dump: ages the regexes missed, told by a
short line with numbers that recurs once per card (:func:`repeated_dates`). It takes the
page's shapes (:mod:`declutter.content.line_shapes`) and changes them in place, before the
story run is read (:mod:`declutter.content.dump_story`). A group whose ages no reader knows is
read by its layout (:mod:`declutter.content.layout_ages`), a list of two cards by its byline's
age (:mod:`declutter.content.byline_taught`). Excerpts of a teaser list without ages
(:func:`declutter.content.listed_lines.mark_listed`) and prose lines the page holds twice
(:func:`declutter.content.listed_lines.repeated_prose`) are read in
:mod:`declutter.content.listed_lines`; a photo gallery's captions and captions closed by a
credit in :mod:`declutter.content.line_captions`.
"""

from __future__ import annotations

import re
from functools import partial

from declutter.blocks import Block
from declutter.char_runs import NUMBER
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.aged_ends import aged_end, card_text
from declutter.content.ages import is_age, is_card_age
from declutter.content.alone_ages import alone_ages
from declutter.content.byline_taught import byline_masks, taught_pairs
from declutter.content.card_lines import AgeTest, card_line_fields, meta_fields
from declutter.content.dump_comments import counted_row
from declutter.content.layout_ages import LAYOUT_KEY, LAYOUT_STRIDE, layout_age, with_read
from declutter.content.line_columns import (
    COLUMN_KNOWN,
    Column,
    age_pieces,
    aged_bylines,
    carded,
    columns,
    day_word,
    known_words,
    layout_mark,
    layout_pieces,
    one_way,
    rising,
    unit_ages,
    unit_below,
    unit_groups,
)
from declutter.content.line_shapes import LineShape
from declutter.content.separators import (
    COMMAS,
    MARKS_HYPHEN,
    MARKS_HYPHEN_CHARACTER,
    MARKS_HYPHEN_COMMA,
)
from declutter.content.varied_ages import one_unit, piece_ages
from declutter.content.worded_ages import WORD_CARD_WORDS, alone_word_ages, word_ages
from declutter.punctuation import STOPS

DATE_WORDS = 6
"""Longest line the slow age reader (dateparser) is asked about."""
DATE_GROUPS = 2
"""Most groups of repeated lines a page asks the slow age reader about (5-100 ms a call)."""
DATE_REPEATS = 3
"""Fewest lines of the same masked shape (a list of cards) before the slow reader is asked."""
_DATE_SHAPES = frozenset(("title", "short", "chrome"))
_CARD_SHAPES = frozenset(("title", "short", "chrome", "prose", "label"))
PIECE_WORDS = 5
"""Most words of each piece of a meta line the slow age reader is asked about."""
META_WORDS = 3 * PIECE_WORDS
"""Most words of a line of pieces the slow age reader is asked about as a meta line."""
CARD_WORDS = 40
"""Most words of a line the slow age reader is asked about as a one-line card."""


def _date_key(text: str, words: int) -> str | None:
    """The key under which a short line with numbers joins its group of alike lines, or None
    when the line is too long to be a meta line. A line of pieces ("Dagens Affärer · för 3
    timmar sedan") is keyed by its layout: the separator, the number of pieces and which of
    them holds the number, as each card names another source ("Västkusten Nu · för 5 timmar
    sedan"), or, with no mark, its one comma ("Gazeta.uz, 2 soat oldin": ",2:1"); any other
    line by its text with its numbers masked."""
    pieces = layout_pieces(text)
    if len(pieces) > 1:
        held = [k for k, p in enumerate(pieces) if NUMBER.search(p)]
        if len(held) == 1 and all(0 < len(p.split()) <= PIECE_WORDS for p in pieces):
            return f"{layout_mark(text)}{len(pieces)}:{held[0]}"
    return NUMBER.sub("#", text) if words <= DATE_WORDS else None


def card_key(text: str) -> str | None:
    """The key of a line that may be a one-line card whose age the regexes missed ("Elprisen
    stiger igen — Erhvervsnyt, for 2 timer siden"): a line with a separator, no sentence end
    and no range of numbers
    whose last or first piece, split at separators and commas, holds a number in at most
    ``COLUMN_AGE_WORDS`` words ("— Source · 2 uair an chloig ó shin": the group's repetition
    backs an age longer than an age reader is asked about); keyed by that end, the separator
    before it and its word count (the titles differ, the ages' layout repeats). None for any
    other line."""
    if _RANGE.search(text):  # (the caller: a line with a separator and no sentence end)
        return None  # (a range "15 – 21 Jahre", "10–19 Uhr" is no title and age)
    pieces = [p for p in MARKS_HYPHEN_COMMA.split(text) if p.strip()]
    for end, piece in (("tail", pieces[-1]), ("head", pieces[0])):
        if len(pieces) > 1 and NUMBER.search(piece) and len(piece.split()) <= COLUMN_AGE_WORDS:
            at = text.rfind(piece) if end == "tail" else len(piece)
            sep = text[at - 2:at] if end == "tail" else text[at:at + 2]
            return f"{end}{sep.strip()}{len(piece.split())}"
    return None


_RANGE = re.compile(r"(?<!\w)\d+\s*[–—-]\s*\d")
_PARENTHESISED_META = re.compile(rf"\S\s*\([^()]+[{COMMAS}]\s+[^()]+\)$")
"""A card line's "(Source, age)" tail ("• Title (Detik, 2 jam yang lalu)")."""


def repeated_dates(blocks: list[Block], shapes: dict[int, LineShape]) -> None:
    """Meta lines and one-line cards the regexes missed ("2 timmar sedan", "Il y a 2 h",
    "Title — Source, for 2 timer siden"), read by ``dateparser`` only where the page repeats
    a line with numbers in it: the same line with its digits masked, or lines laid out alike
    (:func:`_date_key`, :func:`card_key`), stand three times or more (one per card), not
    always as the same line, and only the first of such a group is asked unless it reads as
    a date; at most ``DATE_GROUPS`` groups of each kind. That keeps the slow reader to a few
    lines a page; results are cached."""
    candidates: dict[str, list[int]] = {}
    worded: list[int] = []  # lines that may be one-line cards with no digit (an age in words)
    spoken: list[int] = []  # short lines with no digit that may be such an age alone
    for i, s in shapes.items():  # cheap tests first: most lines are long or end a sentence
        shape, words, digit = s.shape, s.words, s.digit
        if shape not in _CARD_SHAPES and not _swapped(s) or words > CARD_WORDS:
            continue  # (nor a date line: _DATE_SHAPES within _CARD_SHAPES, META_WORDS <= CARD_WORDS)
        if digit is None:  # (the digit its shape read, when it did)
            digit = NUMBER.search(blocks[i].text) is not None
        if not digit:
            if words >= WORD_CARD_WORDS:  # (a title, a source, an age of three words)
                worded.append(i)
            elif words <= COLUMN_AGE_WORDS and shape == "title":  # (a date line's shape and length)
                spoken.append(i)
            continue
        date = words <= META_WORDS and shape in _DATE_SHAPES
        text = card_text(blocks[i].text)
        card = text[-1] not in STOPS or text[-1] == "." and aged_end(text, unread=True)
        if not (date or card):  # "... – 2 hod.": an age, no sentence end
            continue
        card = card and (MARKS_HYPHEN_CHARACTER.search(text) is not None
                         and MARKS_HYPHEN.search(text) is not None
                         or text[-1] == ")" and _PARENTHESISED_META.search(text) is not None)
        if date and (key := _date_key(text, s.words)) is not None:
            candidates.setdefault(key, []).append(i)
        if card and (key := card_key(text)) is not None:
            candidates.setdefault(key, []).append(i)  # (a line may stand in both groups)
    asked = {True: 0, False: 0}
    learnt: set[str] = set()  # the masked ages read by their layout alone
    groups = unit_groups(candidates)
    for key, indexes in groups.items():
        card = key.startswith(("tail", "head"))
        if len(indexes) < COLUMN_KNOWN or asked[card] >= DATE_GROUPS:
            continue
        if len({blocks[i].text for i in indexes}) < 2:
            continue  # one line repeated (a menu entry) is no list of cards' ages, which differ
        # the lists among the group, with their cards whose age is a word ("juče", "í gær")
        found = carded(shapes, columns(indexes, partial(_mate, blocks, shapes, key), LAYOUT_STRIDE))
        group = set(indexes)  # (a word right over an age of the group is a card's source)
        if len(indexes) < DATE_REPEATS:  # a list of two cards and its day words alone
            found = known_words(blocks, found, key, is_card_age if card else is_age) or _card_pair(
                blocks, shapes, indexes, key, is_card_age if card else is_age)
            if not found:
                continue
        asked[card] += 1
        unread = _read_group(blocks, shapes, indexes, card, is_card_age if card else is_age)
        by_layout: list[int] = []  # lines whose age no reader knows, read by their layout
        if len(unread) >= DATE_REPEATS and (
                masked := layout_age(blocks, shapes, unread, key, unread)
                or layout_age(blocks, shapes, unread, key, with_read(shapes, unread))):
            # a run of one layout whose age piece varies as ages do: ages no reader knows
            left = _read_group(blocks, shapes, unread, card, _masked_age(masked))
            by_layout, unread = [i for i in unread if i not in left], left
            learnt |= masked
        for members, mates in found:  # each list of the group by itself, its day words too
            below = [i + 1 for i in mates if unit_below(blocks, i, key)]  # (an excerpt above)
            column = sorted([*members, *mates])  # (its stride: one line when a day word stands
            step = min(b - a for a, b in zip(column, column[1:], strict=False))  # between ages)
            shifted = {i for i in mates if i + 1 in group and step > 1}
            mates = {i: w for i, w in mates.items() if i + 1 not in below and i not in shifted}
            left = [i for i in members if i in unread]
            grid = sorted([*left, *mates])
            if (len(left) >= COLUMN_KNOWN and (masked := layout_age(blocks, shapes, left, key, grid))
                    and one_way(age_pieces(blocks, left, key), min(mates, default=left[-1]) < left[0])):
                read = _read_group(blocks, shapes, left, card, _masked_age(masked))
                by_layout += [i for i in left if i not in read]
                learnt |= masked
            if sum(i in by_layout for i in members) < COLUMN_KNOWN:
                # ages a reader knows: so would it the day word of their language
                mates = {i: w for i, w in mates.items() if is_card_age(w)}
            if mates and sum(shapes[i].shape in ("card", "meta") for i in members) >= COLUMN_KNOWN:
                words = frozenset(mates.values())  # (no number to mask: the words themselves)
                _read_group(blocks, shapes, sorted(mates), card, _masked_age(words), False)
            still = [i for i in unread if i not in by_layout]  # ages in another unit ("2 dana")
            for i, masked in unit_ages(blocks, (members, mates), still, key, one_unit):
                _read_group(blocks, shapes, [i], card, _masked_age(frozenset({masked})))
            if sum(shapes[i].shape in ("card", "meta") for i in members) >= COLUMN_KNOWN:
                for i in below:  # the age one line down, in another unit
                    unit = frozenset({NUMBER.sub("#", blocks[i].text)})
                    _read_group(blocks, shapes, [i], card, _masked_age(unit))
    taught = byline_masks(blocks, shapes, groups, is_age)
    for key, i, j, masked in taught_pairs(blocks, shapes, groups, taught, partial(_mate, blocks, shapes),
                                          LAYOUT_STRIDE):
        card = key.startswith(("tail", "head"))  # two cards, their first age the byline's
        if not _read_group(blocks, shapes, [i], card, _masked_age(frozenset({masked}))):
            day = frozenset({_mate(blocks, shapes, key, j) or ""})
            _read_group(blocks, shapes, [j], card, _masked_age(day), False)
    if learnt:  # the page's byline with such an age ("Site · 1 uair an chloig ó shin")
        aged_bylines(blocks, shapes, _masked_age(frozenset(learnt)))
        _aged_labels(blocks, shapes, _masked_age(frozenset(learnt)))
    for run, age in word_ages(blocks, worded):  # "— Source · wákàtí méjì sẹ́yìn"
        _read_group(blocks, shapes, run, True, age, False)
    singles = sorted(i for key, indexes in groups.items() if len(indexes) == 1 and not LAYOUT_KEY.match(key)
                     for i in indexes if shapes[i].shape not in ("meta", "card"))
    alone_ages(blocks, shapes, singles, LAYOUT_STRIDE)  # ages whose words change with the unit
    for i in alone_word_ages(blocks, shapes, spoken, LAYOUT_STRIDE):  # the same, alone on its line
        shapes[i] = LineShape("meta", shapes[i].words, {"age": blocks[i].text})


def _swapped(s: LineShape) -> bool:
    """Whether a one-line card's fields may have its age and source swapped: the piece read as
    its source holds a number and the one read as its age none ("Title — Hoy, 5 aravo": a
    source that is a day word in another language, "Hoy", beside an age no reader knows). Such
    a line joins its group of alike lines, whose repetition reads its age again."""
    fields = s.fields or {}
    return (s.shape == "card" and NUMBER.search(fields.get("source", "")) is not None
            and NUMBER.search(fields.get("age", "")) is None)


def _card_pair(blocks: list[Block], shapes: dict[int, LineShape], indexes: list[int], key: str,
               age: AgeTest) -> list[Column]:
    """A list of two cards whose ages no reader reads (a language it does not know: "Title",
    "Source · awanni 2 da suka wuce", "Title", "Source · awanni 5 da suka wuce"), as the one
    column of a group of two lines: each right under a title-shaped line (its card's title),
    or two one-line cards one right under the other, each with a title and a source
    ("Title — Source, 4 aoa bifo"),
    at most ``LAYOUT_STRIDE`` lines apart, their age pieces the same but for their rising
    number (:func:`~declutter.content.varied_ages.piece_ages`, :func:`rising`), the first one
    read by no age reader. Else
    none: two lines of one layout alone are no list but for their cards' titles."""
    if len(indexes) != 2 or not 1 <= indexes[1] - indexes[0] <= LAYOUT_STRIDE:
        return []
    pieces = age_pieces(blocks, indexes, key)
    if age(pieces[0]) or piece_ages(pieces) is None or not rising(pieces):
        return []
    if indexes[1] - indexes[0] == 1:  # two one-line cards, one under the other: each its own
        aged = frozenset(pieces).__contains__  # title and source before the age
        fields = [card_line_fields(card_text(blocks[i].text), aged) for i in indexes]
        if not all(f and "source" in f for f in fields):
            return []
    elif not all((s := shapes.get(i - 1)) is not None and s.shape == "title" for i in indexes):
        return []
    return [(list(indexes), {})]


def _aged_labels(blocks: list[Block], shapes: dict[int, LineShape], age: AgeTest) -> None:
    """Labelled cards ("Funda nalo: Title — Source, iiyure ezi-3 ezidlulileyo") whose title ends
    in a source and an age of the page's cards' own layout (``age``): the card's source and age,
    not words of its title. ``shapes`` change in place."""
    for i, s in shapes.items():
        if (s.shape == "label" and s.fields and (fields := card_line_fields(s.fields["title"], age))
                and fields.get("source") and NUMBER.search(fields["age"])):
            shapes[i] = LineShape("label", s.words, {**s.fields, **fields}, s.digit)


def _read_group(blocks: list[Block], shapes: dict[int, LineShape], indexes: list[int], card: bool,
                age: AgeTest, numbered: bool = True) -> list[int]:
    """Read the lines ``indexes`` of one group as one-line cards (``card``) or meta lines with
    the age test ``age``, changing ``shapes``; a card's age holds a number unless not
    ``numbered`` (a column's day words). Output: the lines that read as none (all of them
    when the first does not: the others are not asked)."""
    unread = []
    for n, i in enumerate(indexes):
        text = card_text(blocks[i].text)
        if card:
            fields = card_line_fields(text, age)  # its age the piece with the number
            if fields and numbered and _known_before(fields):  # (the count to its text, as in HTML)
                end = fields["age"]
                fields = card_line_fields(text[: text.rfind(end)].rstrip(_SET_OFF), is_card_age)
                fields = fields and {"text": end, **fields}
            shape = LineShape("card", shapes[i].words, fields) if fields and (
                not numbered or NUMBER.search(fields["age"])) else None
        else:
            meta = meta_fields(text, (), age) or ({"age": text} if age(text) else {})
            shape = LineShape("meta", shapes[i].words, meta) if meta else None
        if shape is None and n == 0 and not (card and _aged_meta(text, age)):
            return indexes  # the first of the group is no date: the others are not either
        if shape is None:
            unread.append(i)
        elif shapes[i].shape != "meta":
            shapes[i] = shape
    return unread


def _known_before(fields: dict[str, str]) -> bool:
    """Whether a card read by an age test of its group (its end piece) has a "source" holding
    a number that an age reader knows ("— Source · 2 timer siden · 3 min lesetid"): that is the
    card's age, and the end piece beside it a count or a reading time, no age (the card's text,
    as :func:`declutter.content.card_columns` moves it in HTML)."""
    source = fields.get("source", "")
    return NUMBER.search(source) is not None and is_card_age(source)


_SET_OFF = " ·|•—–-,"
"""What sets a line's last piece off from the rest (stripped once that piece is cut)."""


def _aged_meta(text: str, age: AgeTest) -> bool:
    """Whether a line of a group of one-line cards that reads as none is a meta line of the
    cards' layout ("Καθημερινή · πριν από 3 ώρες", the story's byline, over "Title · Source ·
    πριν από 1 ώρα" cards): two pieces, the last an age. The group is still asked on."""
    pieces = [p for p in MARKS_HYPHEN_COMMA.split(text) if p.strip()]
    return len(pieces) == 2 and age(pieces[-1].strip())


def _masked_age(masked: frozenset[str]) -> AgeTest:
    """The age test of a group's layout: a piece that reads one of ``masked`` once its numbers
    are."""
    return lambda piece: NUMBER.sub("#", piece.strip()) in masked


def _mate(blocks: list[Block], shapes: dict[int, LineShape], key: str, i: int) -> str | None:
    """The day word in the age's place of line ``i`` when it is laid out as the lines of the
    group ``key`` (:func:`_date_key`, :func:`card_key`) but with no number there ("Rappler ·
    kahapon" among "GMA News · 2 oras ang nakalipas"), else ``None``."""
    s = shapes.get(i)
    if s is None or s.shape not in _CARD_SHAPES or s.words > CARD_WORDS:
        return None
    text = blocks[i].text
    if key.startswith(("tail", "head")):
        pieces = [p for p in MARKS_HYPHEN_COMMA.split(text) if p.strip()]
        if len(pieces) < 2 or text[-1] in STOPS:
            return None
        piece = pieces[-1] if key.startswith("tail") else pieces[0]
        at = text.rfind(piece) if key.startswith("tail") else len(piece)
        sep = (text[at - 2 : at] if key.startswith("tail") else text[at : at + 2]).strip()
        if key[4:].rstrip("0123456789") != sep:
            return None
    elif (m := LAYOUT_KEY.match(key)) is not None:
        pieces = layout_pieces(text)
        if (len(pieces) != int(m.group(2)) or not all(0 < len(p.split()) <= PIECE_WORDS for p in pieces)
                or layout_mark(text) != m.group(1)):
            return None
        piece = pieces[int(m.group(3))]
    elif s.shape in _DATE_SHAPES:
        piece = text
    else:
        return None
    if counted_row(text):
        return None  # "Gefällt mir (4) · Antworten": a comment's reactions, no source and age
    piece = piece.strip().rstrip(")）]")
    return piece if day_word(piece) else None
