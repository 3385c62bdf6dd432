"""An age in a byline's place, read by its shape as well as by the age tests: the line right
under a headline and over the story holds a number and its unit word as nothing else ("pre 2
sata", "fa 4 hores", "2 u."), whatever the language (:func:`byline_age`, :func:`shaped_age`).

Used by the dump byline reader (:mod:`declutter.content.dump_bylines`) and the readers that
look for a byline's age elsewhere (the HTML byline reader, the story's inside and tail).
"""

from __future__ import annotations

import re

from declutter.content.ages import ABBREVIATED_AGE, is_card_age
from declutter.content.features import LETTERS
from declutter.punctuation import unclosed

AGE_WORDS = 4
"""Most words of an age alone on its line under a byline's name ("för 2 timmar sedan")."""


def byline_age(piece: str) -> bool:
    """An age in a byline's place: one :func:`declutter.content.ages.is_card_age` reads, or a
    piece of at most ``AGE_WORDS`` words ending in a number and an abbreviated word ("2 u.",
    "15 хв.", "6 घं.": :data:`declutter.content.ages.ABBREVIATED_AGE`), or words of letters
    around one number of one or two digits with its unit word right after it ("pre 2 sata",
    "fa 4 hores", "3 oras ang nakalipas": :data:`_COUNTED_AGE`), which a line right under the
    headline and over the story holds as nothing else."""
    return is_card_age(piece) or shaped_age(piece)


def shaped_age(piece: str) -> bool:
    """:func:`byline_age` by its shape alone, no ``dateparser``: a piece of at most
    ``AGE_WORDS`` words, a number and an abbreviated word or one number of one or two digits
    with its unit word right after it (a script's closing mark after it aside)."""
    piece = unclosed(piece)
    return len(piece.split()) <= AGE_WORDS and (
        ABBREVIATED_AGE.search(piece) is not None or _COUNTED_AGE.match(piece) is not None)


_WORD = rf"{LETTERS}(?:['’]{LETTERS})*"
"""A word of letters, an apostrophe inside it ("ohasa'ypýpe": the glottal stop written so)."""
_COUNTED_AGE = re.compile(rf"^(?:{_WORD}\s)?(?<!\d)\d{{1,2}}\s?{_WORD}(?:\s{_WORD})*$")
"""A relative age in words of any language: a word of letters or none ("pre", "fa"; a second
one is a dateline's, "Published pre 2 sata"), one number of one or two digits (no year, no
clock) and its unit word right after it, words of letters after that."""
_COUNT_LAST = re.compile(rf"^{_WORD}(?:\s{_WORD})*\s\d{{1,2}}$")
"""The same age with its number last, its unit word before it ("pele ga diura tse 2")."""


def counted_age(piece: str) -> bool:
    """A relative age by its shape alone, in words of any language: one number of one or two
    digits and its unit word beside it, in words of letters, the number after at most one
    word (:data:`_COUNTED_AGE`: "pre 2 sata", "awa 2 gara aga") or last ("pele ga diura tse 2":
    :data:`_COUNT_LAST`). The HTML byline reader's test of a byline's last piece
    (:mod:`declutter.content.html_bylines`); the dump reader's :func:`shaped_age` reads the
    first order alone (with the second, one dump render's record changed)."""
    piece = unclosed(piece)
    return _COUNTED_AGE.match(piece) is not None or _COUNT_LAST.match(piece) is not None


_NAMED_DATE = re.compile(
    rf"^(?:{_WORD}\.?,?\s)?(?:\d{{1,2}}\.?\s?{_WORD}\.?|{_WORD}\.?\s\d{{1,2}}),?\s(\d{{4}})$")
"""A calendar date with its month named, in any language and digits: a weekday word or none,
then a day of one or two digits and the month word ("6 ડિસેમ્બર 2026") or the month word and
the day ("ଡିସେମ୍ବର ୬, ୨୦୨୬"), then a year of four digits."""


def named_date(piece: str) -> bool:
    """A date in a byline's place by its shape alone (:data:`_NAMED_DATE`), its year read in
    any digits between 1900 and 2099: a month word no parser knows still gives the line
    beside a name its byline's shape ("Correspondent, Cuttack | ଡିସେମ୍ବର ୬, ୨୦୨୬")."""
    m = _NAMED_DATE.match(piece.strip())
    return m is not None and 1900 <= int(m.group(1)) < 2100
