"""The separators that set a card's pieces apart on one line ("Source · 3h", "Title — Source",
"北陸日報・3時間前", "Title :: Source :: 3h"), built from one list of marks.

Each reader of card lines splits at a variant: the marks set off by spaces and the CJK marks
always; a plain hyphen set off by spaces, a tab (where a renderer set table cells apart) and
commas only where the reader allows them. Each variant comes with a character class, a fast
search for a line that cannot hold it. Adding a separator is one edit here.
"""

from __future__ import annotations

import re

POINTS = "·|•‧∙◦"
"""The dots and the bar among the spaced marks: what sets a row of links, actions or fields
apart ("Reply · Report", "Home | World"), where a dash set off by spaces is prose's too."""
SPACED = POINTS + "—–"
"""Marks that separate when set off by spaces ("Source · 3h", "Title — Source")."""
DOUBLED = "::"
"""A doubled colon set off by spaces ("Title :: Source :: 3h")."""
HYPHEN = "-\u06d4"
"""A plain hyphen set off by spaces ("Title - Source - 1 saat önce"), in some variants; and
the Urdu full stop "۔", which set off by spaces on both sides is the Arabic-script dash of a
byline or card ("پژواک ۔ ۳ ساعته وړاندې"), never a sentence end (that stands on its word)."""
FULL_BAR = "｜"
UNSPACED = "・" + FULL_BAR
"""Marks that separate without spaces: CJK text sets its separators off without them
("北陸日報・3時間前", "Title｜Source｜age"); the full-width bar alone where "・" may be inside a
name ("ジョン・スミス")."""
TAB = "\t"
"""A tab, with or without spaces: table cells a renderer set apart, in some variants."""
COMMA = ","
ARABIC_COMMA = "،"
"""Arabic script's own comma ("الخبر المغاربي، منذ 3 ساعات")."""
COMMAS = COMMA + ARABIC_COMMA + "\u1363\u0f0d"
"""Every script's comma that may part a card's source from its age, a space after it: the
Latin one, the Arabic script's "،", the Ethiopic "፣", and the Tibetan shad "།", which closes
each phrase ("བོད་ལྗོངས་གསར་འགྱུར། ཆུ་ཚོད་ ༥ སྔོན།": source, age) as a comma parts them."""
COMMA_SPACE = re.compile(f"[{COMMAS}]\\s+")
"""One of :data:`COMMAS` and the space after it."""


def character_class(characters: str) -> str:
    """A regex class of ``characters`` ("[·|•]")."""
    return "[" + "".join(re.escape(c) for c in characters) + "]"


def separators(*, hyphen: bool, tab: bool, commas: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The separator allowing the marks of :data:`SPACED`, :data:`DOUBLED` and :data:`UNSPACED`,
    plus a spaced :data:`HYPHEN`, a :data:`TAB` and each of ``commas`` followed by a space when
    asked; and a character class without one of whose characters no separator matches."""
    spaced = SPACED + (HYPHEN if hyphen else "")
    unspaced = UNSPACED + (TAB if tab else "")
    joined = character_class(unspaced)
    # (a separator led by white space starts where a run of it starts: each match ends past the
    # run it ends in, and one starting inside a run also starts at the run's start; so the
    # matches are those of the plain "\s+X\s+|\s*U\s*", but a long run of spaces, as a padded
    # table's, is read once, not once per space: linear, where the plain one is quadratic. The
    # look-behind after the first white space: no cost where none stands)
    alternatives = [rf"\s(?<!\s\s)\s*(?:{character_class(spaced)}|{re.escape(DOUBLED)})\s+",
                    rf"\s(?<!\s\s)\s*{joined}\s*|{joined}\s*"]
    if commas:  # (a spaced mark after the comma is the same separator: "Source། · age", a
        # Tibetan name closed by its shad; split at the comma alone, the age would begin with it)
        alternatives.append(rf"{character_class(commas)}(?:\s+(?:{character_class(spaced)}|{re.escape(DOUBLED)}))?\s+")
    characters = spaced + unspaced + commas + DOUBLED[0]
    return re.compile("|".join(alternatives)), re.compile(character_class(characters))


MARKS, MARKS_CHARACTER = separators(hyphen=False, tab=False)
"""The marks alone: what splits a card's meta line into its pieces ("Source · för 3 timmar
sedan") where a hyphen may be part of a name."""
MARKS_HYPHEN, MARKS_HYPHEN_CHARACTER = separators(hyphen=True, tab=False)
"""The marks and a spaced hyphen: what sets a one-line card's pieces apart."""
MARKS_HYPHEN_COMMA, _ = separators(hyphen=True, tab=False, commas=COMMAS)
"""The marks, a spaced hyphen and a comma (one of :data:`COMMAS`): the
pieces of a one-line card whose age follows a comma ("Title — Source, for 2 timer siden",
"Title — Source، 2 hours ago")."""
MARKS_HYPHEN_TAB, MARKS_HYPHEN_TAB_CHARACTER = separators(hyphen=True, tab=True)
"""The marks, a spaced hyphen and a tab: the strong separators of a card line."""
MARKS_HYPHEN_TAB_COMMAS, MARKS_HYPHEN_TAB_COMMAS_CHARACTER = separators(
    hyphen=True, tab=True, commas=COMMAS)
"""The marks, a spaced hyphen, a tab and :data:`COMMAS`: every separator of a card's meta line."""
