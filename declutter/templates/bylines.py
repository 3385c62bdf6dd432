"""A byline's introducing word learned from a source's pages ("Oleh Budi Santoso", "Daga Aminu
Abdullahi"): a page alone cannot tell a word of four letters or more that introduces names in a
language no list holds from a person's first name (a shorter one its shape tells:
:func:`declutter.content.lead_words.lead_shaped`), but a source's pages can. A word that stands
first in the author of many of its pages, each time before another first name, is no name's
word but the word that introduces one; a first name the same person signs every page with
always has the same name after it.

:meth:`declutter.templates.model.TemplateCounts.observe` counts, per source, each author's
first word and its first two words (:func:`author_keys`, in key spaces of their own);
:func:`declutter.templates.model.mark` asks :func:`unprefixed_author` of each record.
"""

from __future__ import annotations

from collections.abc import Callable

from declutter.record import Record
from declutter.templates.sketch import block_keys

_FIRST = "\x03"
"""Key space of an author's first word."""
_PAIR = "\x04"
"""Key space of an author's first two words."""
NAME_AFTER = 2
"""Fewest words of the name after an introducing word ("Juma Mwinyi"): a name of two words
with its first word dropped would be no name."""
OTHER_NAMES = 0.5
"""Largest share of a first word's pages on which the same word follows it: an introducing word
stands before several people's names, a person's first name before their own."""


def _words(record: Record) -> list[str] | None:
    """The author's words when it may start with an introducing word: ``NAME_AFTER`` + 1
    words or more, the first one of letters alone, the second capitalised."""
    author = (record.meta or {}).get("author")
    if not isinstance(author, str):
        return None
    words = author.split()
    if len(words) <= NAME_AFTER or not words[0].isalpha() or not words[1][:1].isupper():
        return None
    return words


def author_keys(source: str, record: Record) -> list[int]:
    """The keys of the author's first word and first two words (none when the author cannot
    start with an introducing word)."""
    words = _words(record)
    if words is None:
        return []
    return block_keys(source, [_FIRST + words[0], _PAIR + " ".join(words[:2])])


def unprefixed_author(record: Record, source: str, need: int,
                      seen: Callable[[list[int]], list[int]]) -> bool:
    """Drop the introducing word from the record's author: its first word was seen first in
    the authors of ``need`` pages of the source or more, and on at most ``OTHER_NAMES`` of
    them with this author's second word after it. ``seen``: the pages each key was seen on.
    Output: whether the author changed."""
    words = _words(record)
    if words is None:
        return False
    first, pair = seen(author_keys(source, record))
    if first < need or pair > OTHER_NAMES * first:
        return False
    record.meta["author"] = " ".join(words[1:])
    return True
