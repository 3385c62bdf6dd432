"""Age pieces that vary as ages do: the pieces in one place of a list's cards ("3 ч", "5 ч",
"1 д"), the same once their numbers are masked or but for their unit, each one number of one
or two digits with its unit after it, the numbers not all the same. The dump readers of
repeated lines (:mod:`declutter.content.line_repeats`, :mod:`declutter.content.listing_dumps`)
and the HTML card readers ask it of ages no reader knows.
"""

from __future__ import annotations

import re

from declutter.char_runs import NUMBER
from declutter.content.ages import agreeing_unit, closing_word, long_unit, unit_masks
from declutter.content.line_columns import glued_unit, linked_unit

_AGE_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
"""An age's number: one or two digits."""
_UNIT_AFTER = re.compile(r"\d\s*[^\W\d_]")
"""A number with a word after it, its unit ("3 ч", "منذ 5 ساعات", "3 घंटे पहले"): not a counter
after its word ("Teil 1", "Spring 15", "Chapter 3")."""


def piece_ages(pieces: list[str]) -> frozenset[str] | None:
    """The age pieces of a run of cards (one a card, in page order), masked ("# ч"), when they
    vary as ages do: the same once their numbers are masked, or but for their unit
    (:func:`one_unit`; a word that agrees with it aside, :func:`declutter.content.ages.
    agreeing_unit`; a unit of more words, :func:`declutter.content.ages.long_unit`), each one
    number of one or two digits with a word after it, the numbers not all the same; else
    ``None``. The HTML reader of unlinked one-line cards (:mod:`declutter.content.
    unlinked_cards`) and the card reader (:mod:`declutter.content.card_repeats`) ask it too."""
    shapes = [NUMBER.sub("#", p) for p in pieces]
    masked = set(shapes)
    numbers = [NUMBER.findall(p) for p in pieces]
    if not pieces or len(masked) != 1 and not (
            one_unit(masked) or linked_unit(masked) or glued_unit(masked)
            or agreeing_unit(masked, "#") or long_unit(masked, "#") or closing_word(shapes, "#")) or any(
            len(n) != 1 or not _AGE_NUMBER.fullmatch(n[0]) for n in numbers):
        return None
    if len({n[0] for n in numbers}) < 2 or _UNIT_AFTER.search(pieces[0]) is None:
        return None
    return frozenset(masked)


def one_unit(masked: set[str]) -> bool:
    """Whether masked age pieces differ only in the word next to their number, their unit
    (:func:`declutter.content.ages.unit_masks`: "saa # zilizopita", "siku # zilizopita": hours
    and days ago), each of three words or more."""
    return len(masked) > 1 and bool(set.intersection(*(set(unit_masks(m, "#")) for m in masked)))
