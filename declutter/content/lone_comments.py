"""One reader comment at an HTML story's foot: no second comment repeats its shape
(fresh-user report 14, kind H8).

:func:`declutter.content.comment_threads.comment_threads` knows a thread by two comments or
more; a story with one comment has none to compare. One comment element is read by its own
markup instead: its first block is a *stamped name line*, inline elements of which the first
is a short name and another an age ("<span>Tonina</span><span>2 oras a como</span>"); its
last block is an action row with a count ("Mi praghet (7) · Risponde"); a text lies between.
Nothing but the comment's heading (a short line under the same parent) may stand between it
and the story, and no story prose may follow it.
"""

from __future__ import annotations

from declutter.blocks import STORY, Block, normalise_space
from declutter.content.byline_ages import byline_age
from declutter.content.chains import Chains
from declutter.content.comment_threads import (
    COMMENT_BLOCKS,
    NAME_WORDS,
    ROW_WORDS,
    action_row,
    drop_comments,
    story_prose,
)
from declutter.content.dump_comments import counted_row
from declutter.content.features import is_prose

_LEVELS = 3
"""Elements above a name line looked at for the comment element starting with it."""


def _stamped_name(b: Block) -> list[str] | None:
    """A line of two or three inline elements, a short name without digits first: the
    elements' texts (whether an age stands among the others, :func:`_aged`, is asked last:
    it may call ``dateparser``); else ``None``."""
    el = b.element
    if el is None or b.words > NAME_WORDS + 6 or is_prose(b):
        return None
    text, kids = "".join(b.text.split()), []  # (spaces aside: "<span>A</span><span>B</span>")
    for c in el:  # (the block may be the inline head of a larger element: its first children)
        if not isinstance(c.tag, str):
            continue
        kids.append(normalise_space("".join(c.itertext())))
        joined = "".join("".join(kids).split())
        if len(kids) > 3 or not text.startswith(joined):
            return None
        if joined == text:
            break
    if len(kids) < 2 or "".join("".join(kids).split()) != text:
        return None
    name = kids[0]
    return kids if 0 < len(name.split()) <= NAME_WORDS and not any(ch.isdigit() for ch in name) else None


def _counted_row(b: Block) -> bool:
    """A comment's action row with a count: a short line (its words counted once) with a
    digit, then :func:`action_row`."""
    return b.words <= ROW_WORDS and any(map(str.isdigit, b.text)) and action_row(b)


def _aged(kids: list[str]) -> bool:
    """Whether an age stands among a name line's elements after the name."""
    return any(byline_age(t) for t in kids[1:])


def lone_comment(blocks: list[Block], chains: Chains) -> None:
    """Drop (``heuristic.comments``) one comment element after the story's last paragraph (see
    the module), with the short heading right before it under the same parent. One pass over
    the blocks after the story's first paragraph for counted action rows (:func:`_counted_row`:
    most pages hold none there), then a block's inline pieces are read only 2 to
    ``COMMENT_BLOCKS`` blocks above one (where a comment ending in it would start)."""
    story = story_prose(blocks)
    if len(story) < 2:
        return
    n = len(blocks)
    rows = [e for e in range(story[0] + 3, n) if _counted_row(blocks[e])]
    if not rows:
        return
    r = 0
    for k in range(story[0] + 1, min(n, rows[-1] - 1)):
        while rows[r] < k + 2:
            r += 1
        if rows[r] > k + COMMENT_BLOCKS:
            continue  # (no action row where a comment starting here could end)
        if (kids := _stamped_name(blocks[k])) is None:
            continue
        for el in chains[k][: _LEVELS + 1]:
            if k > 0 and el in chains[k - 1]:
                break  # the element holds more before the name line
            end = k
            while end + 1 < n and end - k < COMMENT_BLOCKS and el in chains[end + 1]:
                end += 1
            if end + 1 < n and el in chains[end + 1]:
                break  # longer than a comment
            if end - k < 2 or not _counted_row(blocks[end]):
                continue
            if not _aged(kids):
                break  # (no age by the name: no comment starts here, whichever element)
            if any(s > end for s in story):
                return  # story prose after it
            start, parent = k, chains.parent.get(el)
            head = blocks[k - 1]
            if (k - 1 > story[0] and not is_prose(head) and head.words <= 6
                    and chains.parent.get(head.element) is parent):
                start = k - 1
            drop_comments(blocks, range(start, end + 1))
            return


def comments_only(blocks: list[Block]) -> None:
    """Drop (``heuristic.comments``) a "story" of short lines ending in a comment's counted
    reaction row (:func:`declutter.content.dump_comments.counted_row`, "Like (3) · Reply"),
    with no prose among them: a page holding only a comment widget has no story (kind H14)."""
    story = [k for k, b in enumerate(blocks) if b.label == STORY]
    if not story or len(story) > COMMENT_BLOCKS or not counted_row(blocks[story[-1]].text):
        return
    if any(is_prose(blocks[k]) for k in story):
        return
    drop_comments(blocks, story)
