"""Reader comments at an HTML story's foot in plain ``<div>``s: no class, heading or element
of their own tells them (fresh-user report 11, kind H9).

Each comment is the dump reader's shape (:mod:`declutter.content.dump_comments`): a *name
line* "Name · age" (a name of at most ``NAME_WORDS`` words and an age, in words the regexes
know or read as a byline's age is, :func:`declutter.content.byline_ages.byline_age`), the
comment (1-``MAX_BODY_LINES`` blocks), then a *reaction row*
(:func:`declutter.content.dump_comments.reaction_actions`: "Reply · 12 likes"). Two or more in
a row whose rows repeat (their digits aside) or carry an age, with no story prose after them,
go with a counted heading over them ("Comments (2)"); a share row under a story comes once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.char_runs import NUMBER
from declutter.content.ages import is_age_fast
from declutter.content.dump_comments import (
    COUNTED_HEADING,
    MAX_BODY_LINES,
    NAME_PIECES,
    NAME_WORDS,
    ROW_SEPARATORS,
    aged_name_line,
    reaction_actions,
)
from declutter.content.features import is_prose

MIN_COMMENTS = 2
"""Fewest comments in a row read as a comment widget."""
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _open(b: Block) -> bool:
    """A block a heuristic labelled story or dropped (not kept, no rule's label)."""
    return not b.kept and b.label in (STORY, BOILERPLATE) and (b.rule or "").startswith("heuristic.")


@lru_cache(maxsize=4096)
def _name_line(text: str) -> bool:
    """A comment's name line: "Name · age" or "age · Name" (:func:`declutter.content.
    dump_comments.aged_name_line`), or one no separator splits, "Name verb age:"
    (:func:`_glued_name_line`). Cached: :func:`widget_comments` asks it of a line from each
    of the few lines above it."""
    if aged_name_line(text):
        return True
    return len(text) <= 60 and len(NAME_PIECES.split(text.strip())) == 1 and _glued_name_line(text)


def _glued_name_line(text: str) -> bool:
    """"Name age" or "Name verb age:" with no separator ("seawatcher wrote 2 hours ago:"): a
    name of at most ``NAME_WORDS`` words (and one word more, a verb) before a relative age (no
    year: a card's title over its date reads so too)."""
    if _YEAR.search(text):
        return False  # (a date is a card's or a story's stamp: "Title vom 11. Oktober 2022")
    words = text.strip().rstrip(":").split()
    for cut in range(1, min(NAME_WORDS + 1, len(words) - 1) + 1):
        if any(ch.isdigit() for w in words[:cut] for ch in w):
            return False
        if is_age_fast(" ".join(words[cut:])):
            return True
    return False


def _unit(blocks: list[Block], i: int) -> int | None:
    """The index after one comment starting at ``i`` (name line, body, reaction row), else None."""
    if i >= len(blocks) or not _open(blocks[i]) or not _name_line(blocks[i].text):
        return None
    for j in range(i + 1, min(len(blocks), i + 2 + MAX_BODY_LINES)):
        b = blocks[j]
        if not _open(b):
            return None
        if j > i + 1 and reaction_actions(b.text) is not None:
            return j + 1  # (a row may read as a name line too: "Reply · 12 likes")
        if _name_line(b.text):
            return None
    return None


def widget_comments(blocks: list[Block]) -> None:
    """Drop (``heuristic.comments``) a run of at least ``MIN_COMMENTS`` comments in plain
    blocks at the story's foot (see the module), with a counted heading right above it. One
    pass over the blocks after the story's first paragraph, a few lines read at each."""
    story = [k for k, b in enumerate(blocks) if b.label == STORY and is_prose(b)]
    if len(story) < 2:
        return
    i = story[0] + 1
    if _rows_below(blocks, i) < MIN_COMMENTS:  # (each comment ends in one)
        return
    while i < len(blocks):
        ends: list[int] = []
        j = i
        while (nxt := _unit(blocks, j)) is not None:
            ends.append(nxt)
            j = nxt
        if len(ends) < MIN_COMMENTS:
            i += 1
            continue
        rows = [blocks[e - 1].text for e in ends]
        masked = {NUMBER.sub("#", r.strip()) for r in rows}
        aged = all(reaction_actions(r)[1] for r in rows)  # type: ignore[index]
        if (len(masked) < len(rows) or aged) and not any(s >= j for s in story):
            head = i - 1
            start = head if head > story[0] and _open(blocks[head]) and _counted(blocks[head]) else i
            for b in blocks[start:j]:
                b.set(BOILERPLATE, "heuristic.comments")
            return
        i = j


def _rows_below(blocks: list[Block], start: int) -> int:
    """How many reaction rows (:func:`declutter.content.dump_comments.reaction_actions`) the
    blocks from ``start`` on hold: their separators are counted in C first, and most pages
    hold fewer than ``MIN_COMMENTS`` below the story's first paragraph."""
    text = "\n".join([b.text for b in blocks[start:]])
    if sum(text.count(c) for c in ROW_SEPARATORS) < MIN_COMMENTS:
        return 0
    return sum(1 for b in blocks[start:] if reaction_actions(b.text) is not None)


def _counted(b: Block) -> bool:
    """A short heading with a count ("Comments (2)", "Komentarze 3")."""
    return len(b.text.split()) <= NAME_WORDS + 1 and COUNTED_HEADING.match(b.text) is not None
