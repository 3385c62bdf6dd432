"""An age's shape: a short piece of a card's line with each number read as 0 ("pred 2 urama"
-> "pred 0 urama"), and the keys and near matches by which pieces of one list's column count
as ages of one shape, whatever their language.

The column reader (:mod:`declutter.content.card_columns`) counts a list's pieces by these
shapes to find its age column: a list's ages differ in their numbers and unit words (hours,
days, a plural's form), where its sources and titles differ in their words.
"""

from __future__ import annotations

import os
import re

from declutter.char_runs import NUMBER
from declutter.content.ages import UNIT_WORDS, unit_masks
from declutter.content.features import LETTER

_UNIT = re.compile(rf"[^\W\d_]{LETTER}")
"""A letter and a letter or combining mark after it: an age's unit word ("val", "மணி",
"ಗಂಟೆ", whose vowel signs are no word characters to ``re``), not a price or a score."""

COLUMN_AGE_WORDS = 6
"""Most words of a piece read as an age by its column ("2 uair an chloig ó shin"): more than
an age test asks about, as the column's repeated words back it."""


def age_shape(piece: str) -> str | None:
    """A piece's age shape: its text with each number read as 0, when it holds a number and a
    unit word in at most ``COLUMN_AGE_WORDS`` words; else ``None``."""
    if len(piece.split()) > COLUMN_AGE_WORDS or not NUMBER.search(piece) or not _UNIT.search(piece):
        return None
    if NUMBER.sub("", piece).isupper():
        return None  # a unit in capitals ("453 KB", "12 EUR") is no age's word
    return NUMBER.sub("0", piece)


def age_keys(piece: str) -> tuple[str, ...]:
    """The keys a piece's age shape (:func:`age_shape`) counts under in its column: the shape with
    its unit word masked (:func:`declutter.content.ages.unit_masks`: "pred 0 *" for "pred 0
    urama", "pred 0 dni"; "0 * առաջ"), as a list's ages in one column differ in their unit word
    (hours, days, a plural's form), not in the words about it; a shape of two words ("0 min",
    "0 komentarjev") whole; none for a piece of no age shape."""
    shape = age_shape(piece)
    if shape is None:
        return ()
    masks = unit_masks(shape, "0")
    return masks + _long_units(shape) if masks else (shape,)


def _long_units(shape: str) -> tuple[str, ...]:
    """An age shape's keys with a unit of two to ``UNIT_WORDS`` words after its number masked
    whole, a word after it kept: one list's ages name some units in one word, some in more
    ("0 mhionaid air ais", "0 uairean a thìde air ais": both "0 * air ais")."""
    words = shape.split()
    at = words.index("0") + 1
    return tuple(" ".join([*words[:at], "*", *words[at + n :]]) for n in range(2, UNIT_WORDS + 1)
                 if at + n < len(words) and not any(NUMBER.search(w) for w in words[at : at + n]))


def same_place(shape: str, mine: str) -> bool:
    """Whether a piece's age shape ``mine`` has its one number where the column's ``shape``
    has it, a unit word right after it, and at most one word more or fewer: one card's age
    worded otherwise than its neighbours' ("0 minutos faghet" among "0 oras a como"), in the
    place the column's other cards give their ages."""
    a, b = shape.split(), mine.split()
    if b.count("0") != 1 or a.count("0") != 1 or abs(len(a) - len(b)) > 1:
        return False
    at = b.index("0")
    return at == a.index("0") and at + 1 < len(b) and _UNIT.match(b[at + 1]) is not None


def joined_unit(shape: str, piece: str) -> bool:
    """Whether ``piece`` is an age of the column's ``shape`` but for its unit, written as one
    word with the words after it in a script without spaces ("0 ម៉ោងមុន", hours ago, over
    "១ ថ្ងៃមុន", a day ago): its shape has the same words but the one after the number, which
    ends as the shape's does in a unit of its own (two letters or more)."""
    mine = age_shape(piece)
    if mine is None:
        return False
    a, b = shape.split(), mine.split()
    if len(a) != len(b) or "0" not in a or a.index("0") != b.index("0") or a.index("0") + 1 >= len(a):
        return False
    at = a.index("0") + 1
    if a[:at] + a[at + 1 :] != b[:at] + b[at + 1 :]:
        return False
    end = os.path.commonprefix([a[at][::-1], b[at][::-1]])[::-1]
    return end not in (a[at], b[at]) and _UNIT.search(end) is not None
