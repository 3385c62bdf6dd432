"""Pitches to the reader inside a text dump's story run, whatever their language: a short line
that ends in an exclamation, among the story's paragraphs, shorter than they are, in a story
that exclaims nowhere else, and shares (almost) no content word with it ("Манай аппликейшнийг
татаж аваад мэдээг хамгийн түрүүнд уншаарай!", "Pakua programu yetu upate habari kwanza!").

A story's own exclamation speaks of what the story speaks of (its people, places, matter) and a
quote carries quotation marks; an app's or a channel's pitch speaks of the site, and stands
apart from the paragraphs around it. The pitch at the story's foot is
:func:`declutter.content.story_foot.pitch_foot`'s.

Used by the dump story reader (:mod:`declutter.content.dump_story`). One pass over the run's
lines, and the words of its prose read once when a line has the pitch's shape.
"""

from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.content.foot_pitches import FOOT_WORD_LETTERS, PLAIN_WORD_LETTERS, letters_word
from declutter.content.line_shapes import LineShape
from declutter.content.pitches import PITCH_WORDS, QUOTATION
from declutter.punctuation import EXCLAIMS

_CONTENT_WORD = letters_word(FOOT_WORD_LETTERS)
_SHORT_WORD = letters_word(PLAIN_WORD_LETTERS)
_EXCLAIM = re.compile("[" + re.escape(EXCLAIMS) + "]")
PITCH_CONTENT_WORDS = 2
"""Fewest content words of a pitch: a short cry ("What a goal!") names nothing to compare."""
PITCH_SHARE = 0.25
"""Largest share of a pitch's content words the story's other paragraphs may hold: a long
word may be a function word too (Mongolian "хамгийн", "most"); a story's own exclamation
speaks of the story's matter, most of its words the story's."""
PITCH_STORY_LINES = 3
"""Fewest other prose lines of the run a pitch inside it is told apart from."""
PITCH_LEAD_LINES = 2
"""Fewest of them above the pitch: a pitch among the paragraphs stands under the story's lead
(a line under one paragraph may be the author's closing remark over the page's chrome)."""


def pitch_words(text: str) -> set[str]:
    """The content words of a line, case folded: its words of ``FOOT_WORD_LETTERS`` letters or
    more, or, when it has fewer than ``PITCH_CONTENT_WORDS`` such words, of
    ``PLAIN_WORD_LETTERS`` letters (a script that spells its words in few letters: Sinhala
    "යෙදුම", "පුවත්")."""
    low = text.casefold()
    words = set(_CONTENT_WORD.findall(low))
    return words if len(words) >= PITCH_CONTENT_WORDS else set(_SHORT_WORD.findall(low))


def inner_pitches(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> set[int]:
    """The pitches among the story run's paragraphs (``[start, end)``): an undecided prose
    line under a prose line of the run (no headline's kicker), of at most ``PITCH_WORDS``
    words and no quotation marks, that ends in an exclamation, with ``PITCH_CONTENT_WORDS``
    content words (:func:`pitch_words`) or more, and that stands apart from the run's other
    prose (:func:`_apart`). Output: the pitches' indices (none for most runs:
    the words are read only when a line has the shape)."""
    found: set[int] = set()
    for i in range(start + 1, end):
        b = blocks[i]
        s = shapes.get(b.index)
        if s is None or s.shape != "prose" or b.label is not None or b.kept or s.words > PITCH_WORDS:
            continue
        text = b.text.rstrip()
        if text[-1:] not in EXCLAIMS or QUOTATION.search(text):
            continue
        if not _prose(blocks[i - 1], shapes):
            continue
        own = pitch_words(text)
        if len(own) < PITCH_CONTENT_WORDS:
            continue
        if _apart(blocks, shapes, start, end, i, own):
            found.add(i)
    return found


def _apart(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int, skip: int,
           own: set[str]) -> bool:
    """Whether the line ``skip`` of the run stands apart from the run's other prose lines (at
    least ``PITCH_STORY_LINES``, ``PITCH_LEAD_LINES`` of them above it): no other line of the
    run exclaims (a story that exclaims, a blog's, may do so once more), the line is shorter
    than their median, and at most ``PITCH_SHARE`` of its content words ``own`` stand in them
    (words of ``PLAIN_WORD_LETTERS`` letters or more)."""
    words: set[str] = set()
    lengths: list[int] = []
    above = 0
    for o in blocks[start:end]:
        if o.index == skip:
            continue
        if _EXCLAIM.search(o.text):  # (any line of the run: "Smartphones(!), hier ...:")
            return False
        if not _prose(o, shapes):
            continue
        words.update(_SHORT_WORD.findall(o.text.casefold()))
        lengths.append(shapes[o.index].words)
        above += o.index < skip
    if len(lengths) < PITCH_STORY_LINES or above < PITCH_LEAD_LINES:
        return False
    lengths.sort()
    return (shapes[blocks[skip].index].words < lengths[len(lengths) // 2]
            and len(own & words) <= PITCH_SHARE * len(own))


def _prose(b: Block, shapes: dict[int, LineShape]) -> bool:
    s = shapes.get(b.index)
    return s is not None and s.shape == "prose"
