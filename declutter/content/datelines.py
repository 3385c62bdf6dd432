"""Datelines in a text dump: a dateline alone on its line ("DODOMA, Tanzania —", "Mwanza"), the
place a story was filed from, between the page's byline and the story's first paragraph (the
byline reader, :mod:`declutter.content.dump_bylines`, reads the byline over it as if it stood
right over the story), and a byline's names that are a dateline's places ("Dodoma, 6 December
2026"); a byline's age with a year or a clock dates the story (:data:`DATED`)."""

from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.char_runs import DIGIT
from declutter.content.features import LETTERS
from declutter.content.line_shapes import LineShape

_LETTER_WORD = re.compile(LETTERS)
"""A word of letters and their combining marks."""

DATELINE_WORDS = 4
"""Most words of a dateline alone on its line ("DODOMA, Tanzania —")."""


def dateline_alone(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line over the story's first paragraph is a dateline alone: a place of at most
    ``DATELINE_WORDS`` words and no number, each word capitalised, one word or marked as a
    dateline (closed by a dash, a comma before its country, in capitals: "Mwanza", "DODOMA,
    Tanzania —"; a short headline in Title Case is none), or, in a script without case, closed
    by a dash ("ئۈرۈمچى —"). A byline stands right over it all the same."""
    s = shapes.get(b.index)
    text = b.text.strip()
    if s is None or b.label is not None or s.shape == "prose" or DIGIT.search(text):
        return False
    words = text.rstrip("—–-: ").replace(",", " ").split()
    if not 0 < len(words) <= DATELINE_WORDS or not all(_LETTER_WORD.fullmatch(w) for w in words):
        return False
    dashed = text[-1] in "—–-"
    if not any(ch.isupper() or ch.islower() for ch in text):
        return dashed
    return all(w[:1].isupper() for w in words) and (
        len(words) == 1 or dashed or "," in text or words[0].isupper())


def dateline_places(text: str, names: list[str]) -> bool:
    """Whether a byline's names are a dateline's places: one or two names of one capitalised
    word each, in a script with case (a person signs with two words), the first one set off by
    a comma ("Dodoma, ...", "DODOMA, Tanzania, ...")."""
    return 0 < len(names) <= 2 and all(
        len(n.split()) == 1 and n[:1].isupper() for n in names) and text.lstrip().startswith(
        f"{names[0]},")


DATED = re.compile(r"\d{4}|\d\s?[:h]\s?\d")
"""A date's year or a clock's time in a byline's age: a dated byline, no relative age."""
