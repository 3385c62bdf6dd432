"""Reader comments of two blocks each, with no element of their own: a text and its action row,
or a head line (name and age) over the text.

The other comment shapes (elements of one shape with an action row, one-block comments, comments
set as lines of one element) are read in :mod:`declutter.content.comment_threads`; this reader
shares its name line and stamp sizes and the page's action rows (:func:`action_rows`).
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import STORY, Block, normalise_space
from declutter.char_runs import DIGIT
from declutter.content.chains import Chains
from declutter.content.comment_threads import (
    NAME_WORDS,
    STAMP_WORDS,
    action_rows,
    drop_comments,
    story_prose,
)
from declutter.content.features import is_prose


def paired_comments(blocks: list[Block], chains: Chains, rows: list[int] | None = None) -> None:
    """Reader comments of two sibling blocks each and no element of their own: a text opening
    with a short inline element (the name: "<b>MaryD</b> 1h ago — text") and the action row
    after it (:func:`declutter.content.comment_threads.action_row`,
    "Reply · 31 likes"). Two or more such pairs in a row under
    one parent, with no story prose after them, go (``heuristic.comments``). A look at the
    action rows after the story's first paragraph only (``rows``: :func:`action_rows` of the
    page when read already). Then the pairs the other way round, a head line over the text
    (:func:`_headed_pairs`)."""
    rows = action_rows(blocks) if rows is None else rows
    if rows:
        _row_pairs(blocks, chains, rows)
    _headed_pairs(blocks)
    _row_comments(blocks)


def _row_pairs(blocks: list[Block], chains: Chains, rows: list[int]) -> None:
    """:func:`paired_comments` of a text and its action row (``rows``: the action rows)."""
    story = story_prose(blocks)
    if not story:
        return
    pairs: list[int] = []  # the text block of each pair
    for k in rows:
        if k < story[0] + 2:
            continue
        row, text = blocks[k], blocks[k - 1]
        if not _named(text) or chains.parent.get(row.element) is not chains.parent.get(text.element):
            continue
        pairs.append(k - 1)
    runs: list[list[int]] = []
    for k in pairs:
        if runs and k == runs[-1][-1] + 2 and (chains.parent.get(blocks[k].element)
                                              is chains.parent.get(blocks[runs[-1][-1]].element)):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        end = run[-1] + 1
        if len(run) < 2 or any(s > end for s in story):
            continue
        drop_comments(blocks, range(run[0], end + 1))


HEAD_WORDS = 6
"""Most words of a thread's counted heading ("Kommentarer (3)", "3 komentáře")."""


def _headed_pairs(blocks: list[Block]) -> None:
    """Reader comments of two blocks each the other way round: a head line, the commenter's
    name as a short inline element and a short stamp with a digit after it ("<i>Marc K.</i> –
    2 h"; :func:`_stamp_head`), over the comment's text. Two or more such pairs in a row, the
    heads of one markup shape, right under a short non-prose line with a digit (the thread's
    counted heading, "Kommentarer (3)") and with no story prose after them: heading and pairs
    go (``heuristic.comments``). A quoted person's "<b>Name</b>, 34" over a quote has no
    counted heading over it. One look at each block (its label and length first)."""
    n = len(blocks)
    short = NAME_WORDS + STAMP_WORDS + 1
    heads = [k for k in range(1, n - 1) if (b := blocks[k]).label == STORY and len(b.text) < 120
             and b.words <= short and _stamp_head(b)]  # (the cheap tests inlined: most blocks fail)
    if len(heads) < 2:
        return  # (most pages: no two head lines, the story's prose is not read)
    story = story_prose(blocks)
    if not story:
        return
    heads = [k for k in heads if k > story[0]]
    runs: list[tuple[tuple[Any, int], list[int]]] = []  # (the heads' shape, their indexes)
    for k in heads:
        if _stamp_head(blocks[k + 1]) or is_prose(blocks[k]) or blocks[k + 1].label != STORY:
            continue
        shape = (blocks[k].element.tag, len(blocks[k].element))
        if runs and k == runs[-1][1][-1] + 2 and shape == runs[-1][0]:
            runs[-1][1].append(k)
        else:
            runs.append((shape, [k]))
    for _, run in runs:
        head, end = run[0] - 1, run[-1] + 1
        if (len(run) < 2 or head <= story[0] or not _counted_label(blocks[head])
                or any(s > end for s in story)):
            continue
        drop_comments(blocks, range(head, end + 1))


def _row_comments(blocks: list[Block]) -> None:
    """Reader comments of one table row each: a short name cell, a prose cell and a short age
    cell with a digit ("<td>Marc</td><td>text</td><td>2 h</td>"; :func:`_comment_row`). Two or
    more such rows in a row right under a short non-prose line with a digit (the thread's
    counted label, "Kommentarer (3)", maybe dropped already) and with no story prose after
    them: label and rows go (``heuristic.comments``), before the teaser reader could read a
    row as a card. A data table has a header row between its label and its rows."""
    rows = [k for k in range(1, len(blocks)) if _comment_row(blocks[k])]
    if len(rows) < 2:
        return
    story = story_prose(blocks)
    runs: list[list[int]] = []
    for k in rows:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        head, end = run[0] - 1, run[-1]
        if (len(run) < 2 or not story or head <= story[0] or not _counted_label(blocks[head])
                or any(s > end for s in story if s not in run)):
            continue
        drop_comments(blocks, range(head, end + 1))


def _counted_label(b: Block) -> bool:
    """A comment thread's counted label over its comments ("Kommentarer (3)", "3 komentáře"):
    at most ``HEAD_WORDS`` words, no prose, a digit."""
    return b.words <= HEAD_WORDS and not is_prose(b) and DIGIT.search(b.text) is not None


def _comment_row(b: Block) -> bool:
    """A table row of three cells: a short name (at most ``NAME_WORDS`` words with a letter,
    "Umebo62"), a longer text (in characters, of two words or more), a short age (at most
    ``STAMP_WORDS`` words with a digit)."""
    el = b.element
    if el is None or el.tag != "tr" or len(el) != 3 or b.link_density >= 0.5:
        return False
    cells = [normalise_space("".join(c.itertext())) for c in el]
    name, text, age = (c.split() for c in cells)
    return (0 < len(name) <= NAME_WORDS and any(c.isalpha() for c in cells[0])
            and 0 < len(age) <= STAMP_WORDS and DIGIT.search(cells[2]) is not None
            and len(cells[1]) > max(len(cells[0]), len(cells[2])) and len(text) >= 2
            and any(c.isalpha() for c in cells[1]))


_INLINE = frozenset({"a", "b", "strong", "i", "em", "span", "cite", "small", "font"})
"""Inline elements a commenter's name is set in."""


def _stamp_head(b: Block) -> bool:
    """A comment's head line, still story: a short inline element (:data:`_INLINE`) first
    (the name, at most ``NAME_WORDS`` words), then at most ``STAMP_WORDS`` words with a digit
    (its age), nothing else."""
    if b.label != STORY or b.words > NAME_WORDS + STAMP_WORDS + 1 or b.link_density >= 0.5:
        return False
    el = b.element
    if el is None or DIGIT.search(b.text) is None:
        return False
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        el = el[0]  # (a row's only cell, a cell's only wrapper: the line's own element)
    if (el.text or "").strip() or not len(el) or el[0].tag not in _INLINE:
        return False  # (a table row's first cell is a key, "Weight | 4 kg", not a name)
    name = normalise_space("".join(el[0].itertext()))
    if not 0 < len(name.split()) <= NAME_WORDS or not b.text.startswith(name):
        return False
    rest = b.text[len(name):]
    return 0 < len(rest.split()) <= STAMP_WORDS + 1 and any(c.isdigit() for c in rest)


def _named(b: Block) -> bool:
    """A block opening with a short inline element of its own (a commenter's name) and text
    after it."""
    el = b.element
    if el is None or (el.text or "").strip() or not len(el) or not isinstance(el[0].tag, str):
        return False
    name = normalise_space("".join(el[0].itertext()))
    return 0 < len(name.split()) <= NAME_WORDS and len(name) < len(b.text) and b.text.startswith(name)
