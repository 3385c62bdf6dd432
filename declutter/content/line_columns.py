"""Ages read by their column: a card whose age is a word no reader knows ("Rappler · kahapon",
"— Politika, juče", "ahir" alone on its line) among cards whose ages hold a number.

A list of cards repeats one layout: each card's age stands in the same piece of the same line
of the card, one card under the other at one stride. The cards whose age holds a number are
found by the repetition of their masked shape (:func:`declutter.content.line_repeats.
repeated_dates`); a card in the same place of the list whose piece in the age's place is a
word or two and no number (a day word: "yesterday" in any language) holds its age there too,
whatever the word. Without this, one such card keeps its list below the three lines a group
needs, and the whole list is lost.

Used by :mod:`declutter.content.line_repeats` only, on the few groups it reads; nothing here
looks at a line's words beyond its shape. The HTML card reader has the same idea
(:mod:`declutter.content.card_columns`) and shares :func:`day_word` with it, but finds its
column otherwise: its cards come bounded by the card reader, so a column there is a place
inside each card; here, with no card bounds in a dump, it is a stride between lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from declutter.blocks import Block
from declutter.char_runs import NUMBER
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.aged_ends import card_text
from declutter.content.ages import CARD_AGE_WORDS, DAY_WORD_CHARS, unit_masks
from declutter.content.card_lines import AgeTest
from declutter.content.features import LETTERS
from declutter.content.line_shapes import LineShape
from declutter.content.names import is_name
from declutter.content.separators import (
    COMMA_SPACE,
    COMMAS,
    MARKS,
    MARKS_CHARACTER,
    MARKS_HYPHEN_COMMA,
)
from declutter.punctuation import STOP_CLASS, unclosed

_DAY_WORD = re.compile(rf"^{LETTERS}(?:-{LETTERS})?(?: {LETTERS})?$")
"""One or two words of letters and their combining marks ("গতকাল", "í gær"), the first maybe
two joined by a hyphen ("an-dè")."""
COLUMN_KNOWN = 2
"""Fewest cards of a list whose age holds a number before the column reads the others."""
COLUMN_LINES = 3
"""Fewest cards of a list read as a column (a list's, as ``DATE_REPEATS`` of the repeats)."""


def day_word(piece: str) -> bool:
    """Whether a piece in an age's place can be a day word ("juče", "í gær", "গতকাল",
    "an-dè"): one or two words of letters only (a hyphen inside the first aside), at most
    ``DAY_WORD_CHARS`` characters (a script's closing mark after them aside: "গতকাল।")."""
    piece = unclosed(piece)
    return len(piece) <= DAY_WORD_CHARS and _DAY_WORD.match(piece) is not None


Column = tuple[list[int], dict[int, str]]
"""One list's column: its lines whose age holds a number, and its day words by line."""


def columns(indexes: Sequence[int], mate: Callable[[int], str | None], stride: int) -> list[Column]:
    """The lists' columns among ``indexes`` (page order: lines of one layout whose age holds a
    number, a byline's or a comment's among them maybe); ``mate(i)`` gives the day word in the
    age's place of line ``i`` when it has the same layout, else ``None``. A column is a run of
    >= ``COLUMN_KNOWN`` lines of ``indexes`` one every ``d`` <= ``stride`` lines, or two ``d``
    apart over a mate (a day word between numbered ages: the list's ages grow from hours to
    days across "yesterday"), then the
    mates that follow it at the same stride (a list runs from the newest card: "yesterday"
    comes after "3 hours ago"), or, with none there, those that lead it at the same stride
    (a list from the oldest card down: "yesterday", "5 hours ago", "3 hours ago"), no more
    of them than of the former, >= ``COLUMN_LINES``
    lines in all; the longest first, none sharing a line. Output: (lines of ``indexes``,
    {mate: day word}) per column. Only the lines right after (or before) a run are asked of."""
    chains: list[Column] = []
    for d in range(1, stride + 1):
        run: list[int] = []
        inner: dict[int, str] = {}
        for i in [*indexes, -1]:
            if run and i == run[-1] + d:
                run.append(i)
                continue
            if run and i == run[-1] + 2 * d and (piece := mate(run[-1] + d)) is not None:
                inner[run[-1] + d] = piece  # (a day word between two numbered ages: "3 hours
                run.append(i)  # ago", "yesterday", "2 days ago")
                continue
            if len(run) >= COLUMN_KNOWN:
                mates: dict[int, str] = dict(inner)
                j = run[-1] + d
                while len(mates) < len(run) and (piece := mate(j)) is not None:
                    mates[j] = piece
                    j += d
                j, back = run[0] - d, not mates  # (or before it: a list that runs to the newest card)
                while back and len(mates) < len(run) and j >= 0 and (piece := mate(j)) is not None:
                    mates[j] = piece
                    j -= d
                if len(run) + len(mates) >= COLUMN_LINES:
                    chains.append((run, mates))
            run, inner = [i], {}
    chains.sort(key=lambda c: -(len(c[0]) + len(c[1])))
    taken: set[int] = set()
    out: list[Column] = []
    for members, mates in chains:
        lines = {*members, *mates}
        if not lines & taken:
            taken |= lines
            out.append((members, mates))
    return out


def linked_unit(masked: set[str]) -> bool:
    """Whether two masked age pieces differ only in one word right after the number, which one
    of them has and the other lacks ("# oras ang nakalipas", "# na oras ang nakalipas": a
    linking word some counts take), each of three words or more; or both have the same such
    word and differ only in the word after it, their unit ("# nga oras ti napalabas", "# nga
    aldaw ti napalabas"), each of four words or more."""
    if len(masked) != 2:
        return False
    short, long = sorted((m.split() for m in masked), key=len)
    if len(short) == len(long) >= 4 and "#" in short and "#" in long:
        at = short.index("#")
        return (at == long.index("#") and at + 2 < len(short) and short[at + 1] == long[at + 1]
                and short[: at + 2] + short[at + 3 :] == long[: at + 2] + long[at + 3 :])
    if len(short) < 3 or len(long) != len(short) + 1 or "#" not in short:
        return False
    at = short.index("#")
    return long[: at + 1] == short[: at + 1] and long[at + 2 :] == short[at + 1 :]


def glued_unit(masked: set[str]) -> bool:
    """Whether masked age pieces differ only in the unit glued to the word after it, one word
    right after the number in each, whose ends agree ("# <hours>ago", "# <day>ago" in a script
    that writes the unit and "ago" as one word): the same words around it, and the word's last
    ``GLUED_CHARS`` characters or more shared, each word longer than that shared end."""
    if len(masked) < 2:
        return False
    split = [m.split() for m in masked]
    if any("#" not in w or w.index("#") + 1 >= len(w) for w in split):
        return False
    at = {w.index("#") for w in split}
    if len(at) != 1 or len({len(w) for w in split}) != 1:
        return False
    k = at.pop() + 1
    if len({tuple(w[:k] + w[k + 1 :]) for w in split}) != 1:
        return False
    units = [w[k] for w in split]
    end = 0
    while all(len(u) > end for u in units) and len({u[-1 - end] for u in units}) == 1:
        end += 1
    return end >= GLUED_CHARS and all(len(u) > end for u in units)


GLUED_CHARS = 3
"""Fewest characters that ages' unit words glued to the word after them share at their end."""


CARD_LINE_ABOVE = frozenset(("title", "short", "chrome", "label"))
"""Shapes of the line right above a card's age alone on its line: the card's title or source."""


def strided_chain(i: int, d: int, member: Callable[[int], bool]) -> list[int]:
    """Line ``i`` and the lines after it one every ``d`` lines, while ``member`` holds for the
    next one: a column's members, alone on their line, ``d`` lines apart (the chains of
    :mod:`~declutter.content.alone_ages` and :mod:`~declutter.content.worded_ages`)."""
    chain = [i]
    while member(chain[-1] + d):
        chain.append(chain[-1] + d)
    return chain


def alone_in_cards(blocks: list[Block], shapes: dict[int, LineShape], grid: list[int], stride: int) -> bool:
    """Whether short lines alone ("fa 3 hores" under "El Punt Avui" under a title) each end a
    card: one every ``stride`` >= 2 lines, of at most ``COLUMN_AGE_WORDS`` words ("awa 2 da suka
    wuce"), each right under (no blank line between) a title or a name, not a paragraph."""
    if stride < 2:
        return False
    for i in grid:
        above = shapes.get(i - 1)
        if (blocks[i].gap or above is None or above.shape not in CARD_LINE_ABOVE
                or len(blocks[i].text.split()) > COLUMN_AGE_WORDS):
            return False
    return True


def layout_pieces(text: str) -> list[str]:
    """The pieces of a short line laid out as a card's meta line: split at its marks
    ("Source · 3 ч"), or, with no mark, at its one comma ("Source, 3 ч"; a line of two commas
    or more is a sentence or a list, no layout); the line whole when neither splits it."""
    if MARKS_CHARACTER.search(text):
        return MARKS.split(text)
    pieces = COMMA_SPACE.split(text)
    return pieces if len(pieces) == 2 and sum(map(text.count, COMMAS)) == 1 else [text]


def layout_mark(text: str) -> str:
    """The mark that parts the pieces of a line of :func:`layout_pieces`: its first mark
    stripped ("·"), else its comma (","). Keys a meta line's layout with its number of pieces
    (:mod:`declutter.content.line_repeats`, :mod:`declutter.content.listing_dumps`)."""
    m = MARKS.search(text) if MARKS_CHARACTER.search(text) else None
    return m.group().strip() if m is not None else ","


def age_pieces(blocks: list[Block], indexes: list[int], key: str) -> list[str]:
    """The age piece of each line of a group (the end piece of a one-line card, the numbered
    piece of a meta line of pieces, a short line whole), a closing bracket aside."""
    pieces = []
    for i in indexes:
        text = card_text(blocks[i].text)
        if key.startswith(("tail", "head")):
            split = [p for p in MARKS_HYPHEN_COMMA.split(text) if p.strip()]
            piece = split[-1] if key.startswith("tail") else split[0]
        else:
            split = layout_pieces(text) if _COMMA_KEY.match(key) else (
                MARKS.split(text) if MARKS_CHARACTER.search(text) else [text])
            piece = next((p for p in split if NUMBER.search(p)), "")
        pieces.append(piece.strip().rstrip(")）]"))
    return pieces


_COMMA_KEY = re.compile(r"^,\d+:\d+$")
"""The layout key of a line of pieces parted by a comma (",2:1")."""


def known_words(blocks: list[Block], found: list[Column], key: str, age: AgeTest) -> list[Column]:
    """The columns of a group too short to be asked alone whose day words may be ages: all of
    them where the age reader does not read the first numbered age (a language it does not
    know), else only those it reads too (a count of things' column, "Zutaten" after "3 Std.
    10 Min.", is no list of ages)."""
    out = []
    for members, mates in found:
        if age(age_pieces(blocks, members[:1], key)[0]):
            mates = {i: w for i, w in mates.items() if age(w)}
        if len(members) + len(mates) >= COLUMN_LINES:
            out.append((members, mates))
    return out


def rising(pieces: list[str]) -> bool:
    """Whether a column's ages go one way, from the newest card down (a list's order): each
    piece's number at least the one before it where they share a unit; counts of things in
    a list ("15 Kommentare", "5 Kommentare") go as they fall."""
    numbers = [(NUMBER.sub("#", p), int(n.group())) for p in pieces if (n := NUMBER.search(p))]
    return all(b[1] >= a[1] for a, b in zip(numbers, numbers[1:], strict=False) if a[0] == b[0])


_AGE_NUMBER = re.compile(r"^[^\d]*(?<!\d)\d{1,2}(?!\d)[^\d]*$")
"""One number of one or two digits, no other digit: an age's count ("prije 2 dana")."""
_SENTENCE = re.compile(rf"[{STOP_CLASS};:]\s|[{STOP_CLASS}]$")


def unit_ages(blocks: list[Block], column: Column, unread: Sequence[int], key: str,
              same_unit: Callable[[set[str]], bool]) -> list[tuple[int, str]]:
    """The lines of ``unread`` (a group's lines whose age no reader read) in a ``column`` whose
    age is one in another unit of the column's read ages ("Split dobiva novu bolnicu —
    Slobodna Dalmacija, prije 2 dana" below "prije 3 sata", "prije 5 sati", "jučer"), with
    their age piece masked ("prije # dana"). Such a line stands among the column's members or
    right after its last line at its stride, one after the other; its piece is one number of
    one or two digits in at most ``CARD_AGE_WORDS`` words, no sentence's punctuation, masked
    the same as the read ages' but for the word next to its number (``same_unit``: their
    unit); >= ``COLUMN_KNOWN`` of the column's members are read. A count of things ("12
    kommentaari") shares no "ago" word with the ages: it stays unread."""
    members, mates = column
    left = set(unread)
    read = [i for i in members if i not in left]
    if len(read) < COLUMN_KNOWN:
        return []
    known = {NUMBER.sub("#", p) for p in age_pieces(blocks, read, key)}
    lines = [i for i in members if i in left]
    d = members[1] - members[0]
    j = max([*members, *mates]) + d
    while j in left:
        lines.append(j)
        j += d
    out = []
    for i, piece in zip(lines, age_pieces(blocks, lines, key), strict=True):
        masked = NUMBER.sub("#", piece)
        if (len(piece.split()) <= CARD_AGE_WORDS and _AGE_NUMBER.match(piece) is not None
                and _SENTENCE.search(piece) is None and masked not in known
                and same_unit({*known, masked})):
            out.append((i, masked))
    return out


BYLINE_WORDS = 12
"""Most words of a line :func:`aged_bylines` reads: a name and an age."""


def aged_bylines(blocks: list[Block], shapes: dict[int, LineShape], age: AgeTest) -> None:
    """Lines of two pieces, a name and an age of the page's cards' own layout ("Nuacht Gael · 1
    uair an chloig ó shin" over cards whose ages read "# uair an chloig ó shin" by their
    column; the name capitalised or in sentence case, "Iindaba zaseMpuma"): meta lines (the
    page's byline), not titles. ``age`` is the test of the ages the
    page's cards gave (:func:`declutter.content.line_repeats.repeated_dates`); ``shapes``
    change in place. One pass over the short lines with a mark."""
    for i, s in shapes.items():
        if s.shape in ("meta", "card", "prose") or s.words > BYLINE_WORDS:
            continue
        text = blocks[i].text
        if MARKS_CHARACTER.search(text) is None:
            continue
        pieces = [p.strip() for p in MARKS.split(text) if p.strip()]
        if len(pieces) == 2 and age(pieces[1]) and not age(pieces[0]) and (
                is_name(pieces[0]) or _sentence_name(pieces[0])):
            shapes[i] = LineShape("meta", s.words, {"source": pieces[0], "age": pieces[1]})


def _sentence_name(text: str) -> bool:
    """A name in sentence case ("Iindaba zaseMpuma", "Nhau dzeHarare"): its first word
    capitalised, at most three words of letters."""
    words = text.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and all(w.isalpha() for w in words)


def unit_groups(candidates: dict[str, list[int]]) -> dict[str, list[int]]:
    """The groups of short lines keyed by their masked text (``{"# ڪلاڪ اڳ": [...]}``) with
    those that differ only in the word next to their number, their unit
    (:func:`declutter.content.ages.unit_masks`: "# ڪلاڪ اڳ", "# ڏينهن اڳ": hours and days
    ago), made one under the first one's key, in page order: a list of cards whose ages change
    their unit is one list, as :func:`declutter.content.varied_ages.piece_ages` reads it. The
    other groups (keys of fewer than three words, the layout and card keys) stay as they are."""
    merged: dict[str, list[int]] = {}
    first: dict[str, str] = {}  # a unit mask -> the key of its first group
    for key, indexes in candidates.items():
        masks = unit_masks(key, "#")
        into = next((first[m] for m in masks if m in first), None)
        if into is None:
            merged[key] = list(indexes)
            first.update((m, key) for m in masks)
        else:
            merged[into] = sorted(set(merged[into]) | set(indexes))
    return merged


def unit_below(blocks: list[Block], i: int, key: str) -> bool:
    """Whether the line under line ``i`` (a word in a list's age place) is an age of the group
    ``key`` but for its unit ("1 ڏينهن اڳ" under "سنڌ خبرون" in a list of "# ڪلاڪ اڳ"): a card
    with one line more (an excerpt) put its source in the age's place, no day word."""
    masks = set(unit_masks(key, "#"))
    return bool(masks) and i + 1 < len(blocks) and bool(
        masks & set(unit_masks(NUMBER.sub("#", blocks[i + 1].text.strip()), "#")))


def carded(shapes: dict[int, LineShape], found: list[Column]) -> list[Column]:
    """``found`` with the day words that lead a column (:func:`columns`: a list from the oldest
    card down) kept only up to the first whose card, the lines above it at the column's
    stride, holds no title-shaped line (the list's heading under the story's last paragraph
    is no card's age). Input: the undecided lines' shapes, the columns of :func:`columns`.
    Output: those columns, in order. Linear in the day words."""
    out = []
    for members, mates in found:
        lead = sorted((i for i in mates if i < members[0]), reverse=True)
        if lead and len(members) > 1:
            d, keep = members[1] - members[0], set()
            for i in lead:
                if d > 1 and not any((s := shapes.get(k)) is not None and s.shape == "title"
                                     for k in range(i - d + 1, i)):
                    break
                keep.add(i)
            mates = {i: w for i, w in mates.items() if i >= members[0] or i in keep}
        out.append((members, mates))
    return out


def one_way(pieces: list[str], oldest_first: bool) -> bool:
    """Whether a column's ages go one way (:func:`rising`): from the newest card down, or, in a
    list whose day words lead its numbered ages (``oldest_first``), from the oldest."""
    return rising(pieces[::-1] if oldest_first else pieces)
