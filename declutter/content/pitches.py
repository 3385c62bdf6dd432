"""Lines in which the site speaks to the reader: pitches ("Download our app for alerts on your
phone.", "Don't miss a story – sign up for our daily briefing.").

A pitch is told by its voice, not its words: a function word that addresses the reader (second
person) or speaks for the site (first person plural, :mod:`declutter.content.vocabulary`), in
a line short enough for a slogan and without quotation marks (a quote is a person speaking).
The dump line shapes (:mod:`declutter.content.line_shapes`) and the story edges read them.
"""

from __future__ import annotations

import re

from declutter.content.features import WholeWords
from declutter.content.vocabulary import READER_ADDRESS, SECOND_PERSON, SITE_PLURAL

ADDRESS_WORDS = 14
"""Longest line that can be a pitch to the reader ("Subscribe to our newsletter")."""
QUOTATION = re.compile("[\"“”„«»「」]|(?<!\\w)['‘’]|['‘’](?!\\w)")
"""Quotation marks; not an apostrophe inside a word ("l'essentiel", "don't")."""
QUOTES = re.compile("[\"“”„«»'‘’「」]")
"""Quotation marks and apostrophes alike."""

SECOND_PERSON_WORDS = WholeWords(SECOND_PERSON)
"""The second-person function words (``vocabulary.SECOND_PERSON``) as whole words."""
SITE_PLURAL_WORDS = WholeWords(SITE_PLURAL)
"""The site's first-person plural (``vocabulary.SITE_PLURAL``) as whole words."""
READER_VOICE = WholeWords(READER_ADDRESS)
"""The words of ``READER_ADDRESS`` (second person, first person plural), as whole words."""


def addresses_reader(text: str, words: int) -> bool:
    """A pitch's shape: at most ``ADDRESS_WORDS`` words, no quotation marks, and a function word
    that addresses the reader or speaks for the site (``READER_ADDRESS``)."""
    if words > ADDRESS_WORDS or QUOTES.search(text):
        return False
    return READER_VOICE.search(text.lower()) is not None


def reader_words(text: str) -> set[str]:
    """The words of ``READER_ADDRESS`` (second person, first person plural) a text holds, lower
    case: the voice a line speaks in."""
    return set(READER_VOICE.findall(text.lower()))


PITCH_WORDS = 25
"""Longest sentence that can be a pitch ("Download our app to get alerts on your phone.")."""


def is_pitch(text: str, words: int, low: str = "") -> bool:
    """A sentence in which the site speaks to the reader: a second-person and a first-person
    plural function word ("*our* app ... *your* phone", "*notre* lettre ... *votre* région"),
    at most PITCH_WORDS words, no quotation marks (a quote is a person speaking). The rarest
    test first: most sentences have no second-person word."""
    if words > PITCH_WORDS:
        return False
    low = low or text.lower()  # (the caller's lower-cased text, when it has it)
    return (SECOND_PERSON_WORDS.search(low) is not None and SITE_PLURAL_WORDS.search(low) is not None
            and QUOTATION.search(text) is None)


CLAUSE_DASH = re.compile(r"\s[–—-]\s")
"""A spaced dash between two clauses ("Don't miss a story – sign up ...")."""
SLOGAN_PIECE_WORDS = 2
"""Fewest words of each of the two clauses of a dashed pitch."""


def dashed_pitch(text: str) -> bool:
    """A one-line pitch set as two clauses around a dash, in which the site speaks of itself
    (a first-person plural function word) but need not name the reader ("Don't miss a story
    – sign up for our daily briefing."): at most ``PITCH_WORDS`` words, exactly one spaced
    dash with at least ``SLOGAN_PIECE_WORDS`` words on either side, no quotation marks (a
    person speaking). A story's sentence may read so too: callers ask only of the story
    run's last line, where such a slogan stands above the page's chrome."""
    pieces = CLAUSE_DASH.split(text)
    if len(pieces) != 2 or len(text.split()) > PITCH_WORDS:
        return False
    return (all(len(p.split()) >= SLOGAN_PIECE_WORDS for p in pieces)
            and SITE_PLURAL_WORDS.search(text.lower()) is not None and QUOTATION.search(text) is None)
