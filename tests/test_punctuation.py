# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Sentence punctuation (:mod:`declutter.punctuation`): one definition, the Unicode property
Sentence_Terminal, so a dump in a script with its own full stop (the Armenian "։", the
Devanagari danda "।") keeps its headline and its last paragraph as one ending in "." does.
Lines written for these tests, in no site's wording."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from declutter import clean_text
from declutter.content.line_shapes import FULL_STOP
from declutter.punctuation import ASKS, PERIODS, STOP_CLASS, STOPS


def test_stops_are_the_sentence_terminals() -> None:
    regex = pytest.importorskip("regex")
    terminal = regex.compile(r"\p{Sentence_Terminal}")
    known = {chr(c) for c in range(sys.maxunicode + 1)
             if unicodedata.category(chr(c)) != "Cn" and terminal.match(chr(c))}
    assert known <= set(STOPS)  # every one this Python's Unicode knows
    assert all(terminal.match(c) for c in STOPS)


def test_the_regex_class_holds_every_stop_of_the_multilingual_plane() -> None:
    import re

    stop = re.compile("[" + STOP_CLASS + "]")
    assert {c for c in STOPS if stop.fullmatch(c)} == {c for c in STOPS if ord(c) < 0x10000}


def test_asks_and_periods_split_the_stops() -> None:
    assert set(ASKS) | set(PERIODS) == set(STOPS) and not set(ASKS) & set(PERIODS)
    assert {"?", "!", "？", "؟"} <= set(ASKS)
    assert {".", "。", "।", "॥", "։", "።", "။", "۔"} <= set(PERIODS)


@pytest.mark.parametrize("line", [
    "Սակայն կանգառների շրջակայքում կայանատեղիների պակասը քննադատության է արժանացել։",
    "हालांकि स्टेशनों के आसपास पार्किंग की कमी को लेकर आलोचना भी हो रही है।",
    "ነገር ግን በጣቢያዎቹ ዙሪያ የመኪና ማቆሚያ እጥረት ትችት ገጥሞታል።",
    "«Սա մեծ քայլ է»։",
])
def test_other_scripts_full_stops_end_a_sentence(line: str) -> None:
    assert FULL_STOP.search(line)


HEADLINE = "Երևանում նոր տրամվայի գիծը կգործի հաջորդ ամսից"
BYLINE = "Հատուկ թղթակից | 7 դեկտեմբերի 2026, 10:30"
STORY = [
    "Մայրաքաղաք Երևանում տրամվայի երկրորդ գիծը հաջորդ ամիս մասամբ կգործարկվի։ Սկզբում տրամվայները կաշխատեն չորս կանգառների միջև՝ կենտրոնից մինչև կայարան։",
    "Քաղաքապետարանի տնօրենը հայտնել է, որ ամեն օր առավոտյան յոթից մինչև երեկոյան ինը տրամվայները կշարժվեն ամեն տաս րոպեն մեկ։",
    "Քաղաքաշինության մասնագետները կարծում են, որ նոր գծի գործարկումից հետո արևելյան թաղամասերի խցանումները զգալիորեն կնվազեն։",
    "Սակայն կանգառների շրջակայքում կայանատեղիների և մայթերի պակասը քննադատության է արժանացել։",
]


def test_armenian_full_stop_keeps_headline_and_last_paragraph() -> None:
    record = clean_text("\n".join([HEADLINE, BYLINE, *STORY]))
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY


def test_a_letter_of_a_word_is_no_digit_nor_sentence_stop_of_its_block() -> None:
    """features.LETTER: a letter or a combining mark ("पढ़ें", "ডাউনলোড" whole), but not the
    digits and the danda of the Indic blocks whose marks it takes. The age tests read an age
    without the mark that closes it ("pre 2 sata।", "कल।": issues 12/13 kind 2), the mark still
    no letter of its word."""
    from declutter.content.byline_ages import byline_age
    from declutter.content.features import LETTERS
    from declutter.content.line_columns import day_word

    assert all(re.fullmatch(LETTERS, w) for w in ("पढ़ें", "ডাউনলোড", "أيضاً", "ភាសា", "í"))
    assert not any(re.fullmatch(LETTERS, w) for w in ("कल।", "sata।", "क१२", "ka၊"))
    assert byline_age("pre 2 sata") and byline_age("pre 2 sata।") and not byline_age("pre 2 sata।x")
    assert day_word("कल") and day_word("कल।") and not day_word("कल।कल")
