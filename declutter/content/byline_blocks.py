"""A text dump's byline block that no byline reader parses, under the headline.

A page head is a headline, then its byline, then the story. When the byline is one line the
byline reader knows ("Source · 3h", "By Ann Lee | 2 hours ago"), :func:`~declutter.content.
dump_head.byline_head` finds the headline over it. Other bylines leave the head to the title
reader, which takes the line nearest the story that reads as a headline: the byline's own age
line when it is as long as a short headline. Two shapes of byline block tell the head apart by
structure, whatever the words:

- **name and date lines**: a person's name of 2 to ``NAME_WORDS`` capitalised words ("Nga
  Elira Hoxha", the function word that introduces it included) and a short line holding a
  digit (an age or a date no reader knows: "3 orë më parë"), one under the other, in either
  order;
- **a row of labelled fields**: pieces split by bars or middle dots, each "Label: value" with
  a label of at most ``FIELD_LABEL_WORDS`` words, a digit in one of them ("Published: 6 May
  2026, 17:20 | Author: Ann Lee").

The headline is the headline-like line right above such a block (no prose); the block stands
right above the story run's first line, and none of its lines is a meta line or a byline the
byline reader reads (those find the head their own way). The block's lines are the page's byline: a name is
its ``author`` (without the word that introduces it, as the byline reader drops it), an age
or date a reader knows its ``age``. A few lines read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from declutter.blocks import Block
from declutter.char_runs import DIGIT
from declutter.content.ages import is_age_fast
from declutter.content.dump_bylines import BYLINE_CHARS, BYLINE_LINES, byline_pieces
from declutter.content.lead_words import unprefixed
from declutter.content.line_shapes import FULL_STOP, LineShape
from declutter.content.names import is_name
from declutter.content.separators import FULL_BAR, POINTS, character_class
from declutter.content.story_run import BREAK

NAME_WORDS = 4
"""Most words of a byline's name line ("By Ann Lee", "Nga Elira Hoxha")."""
AGE_WORDS = 5
"""Most words of a byline's age or date line ("3 hours ago", "6 December 2026")."""
FIELD_LABEL_WORDS = 2
"""Most words of a field's label in a labelled byline row ("Published:", "Last updated:")."""
_FIELD_SPLIT = re.compile(rf"\s{character_class(POINTS)}\s|\s*{FULL_BAR}\s*")
_FIELD = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+)?\s?[:：]\s*\S")
_FIELD_VALUE = re.compile(r"^\s*[^:：]*[:：]\s*")


def block_headline(
    blocks: list[Block], shapes: dict[int, LineShape], start: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> tuple[Block, tuple[Block, ...], dict[str, str]] | None:
    """The headline over a byline block (see the module docstring) that ends right above line
    ``start`` (the story run's first line), the block's lines and the fields they give
    (``author``, ``age``), or ``None``. Reads at most ``BYLINE_LINES`` + 1 lines."""
    kinds: list[str] = []
    k = start - 1
    while k > 0 and len(kinds) < BYLINE_LINES and (kind := _part(blocks[k], shapes)) is not None:
        kinds.append(kind)
        k -= 1
    if not kinds or not headline_like(blocks[k], shapes):
        return None
    if kinds != ["row"] and sorted(kinds) != ["date", "name"]:
        return None
    lines = tuple(blocks[k + 1 : start])
    fields: dict[str, str] = {}
    for b, kind in zip(lines, reversed(kinds), strict=True):
        values = ([_FIELD_VALUE.sub("", p).strip() for p in _FIELD_SPLIT.split(b.text)]
                  if kind == "row" else [b.text])
        for value in values:
            if is_age_fast(value):
                fields.setdefault("age", value)
            elif is_name(value) and DIGIT.search(value) is None:
                fields.setdefault("author", unprefixed(blocks, b, value))
    return blocks[k], lines, fields


def _part(b: Block, shapes: dict[int, LineShape]) -> str | None:
    """``"name"``, ``"date"`` or ``"row"`` for a line of a byline block, else ``None``."""
    s = shapes.get(b.index)
    text = b.text
    if s is None or b.kept or b.label is not None or s.shape == "prose" or len(text) > BYLINE_CHARS:
        return None
    if FULL_STOP.search(text) or s.shape == BREAK or byline_pieces(b, shapes) is not None:
        return None  # (a meta line or a byline the byline reader reads: its head is found so)
    digit = DIGIT.search(text) is not None
    if not digit and _person(text, s.words):
        return "name"
    if digit and s.words <= AGE_WORDS:
        return "date"
    pieces = _FIELD_SPLIT.split(text)
    if digit and len(pieces) >= 2 and all(_labelled(p) for p in pieces):
        return "row"
    return None


def _person(text: str, words: int) -> bool:
    """A person's name, maybe after the word that introduces it: 2 to ``NAME_WORDS`` words of
    letters, each but the first capitalised ("Nga Elira Hoxha", "by Ann Lee")."""
    rest = text.split()[1:]
    return (2 <= words <= NAME_WORDS and is_name(text) and all(w[:1].isupper() for w in rest)
            and all(ch.isalpha() or ch in " '’-." for ch in text))


JOINER_CHARS = 3
"""Most characters of the word that joins two authors' names ("and", "et", "ak", "&")."""


def two_names(text: str) -> bool:
    """Whether a line is two persons' names joined by one short word: 2 or 3 capitalised words
    (:func:`_person`), a lower-case word of at most ``JOINER_CHARS`` letters or "&", 2 or 3
    capitalised words ("Aminata Diop ak Moussa Ndiaye", "Ann Lee & Tom Avery"): a byline of two
    authors in any language, no headline. One pass over the line's words."""
    words = text.split()
    if not 5 <= len(words) <= 7 or not words[0][:1].isupper():
        return False
    for k in (2, 3):
        joiner, left, right = words[k], words[:k], words[k + 1:]
        if 2 <= len(right) <= 3 and (joiner == "&" or len(joiner) <= JOINER_CHARS and joiner.isalpha()
                                     and joiner.islower()) and (
                _person(" ".join(left), k) and _person(" ".join(right), len(right))):
            return True
    return False


def _labelled(piece: str) -> bool:
    m = _FIELD.match(piece.strip())
    return m is not None and len(piece.split(":")[0].split()) <= FIELD_LABEL_WORDS
