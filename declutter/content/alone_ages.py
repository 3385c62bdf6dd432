"""Ages alone on their line in a dump's multi-line cards, whatever words go with their unit.

The dump reader groups a list's age lines by their text with the numbers masked, the unit word
aside (:func:`declutter.content.line_columns.unit_groups`): "3 ore fa", "5 giorni fa". In some
languages more than the unit changes with it: the words that agree with it do too ("lihora tse
3 tse fetileng", "matsatsi a 2 a fetileng": hours ago, days ago), and each line is a group of
its own. The cards' layout still shows the column: short lines alone (:func:`~declutter.content.
line_columns.alone_in_cards`: each right under a card's title or source) one every ``d``
lines, each one number of one or two digits with a word next to it, the numbers or the words
differing but for the first or last word ("ago"), and maybe a day word in the same place
("maobane") between or after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.blocks import Block
from declutter.char_runs import NUMBER
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.features import MARKS
from declutter.content.line_columns import (
    COLUMN_LINES,
    alone_in_cards,
    day_word,
    strided_chain,
)
from declutter.content.line_shapes import LineShape

_AGE = re.compile(r"^(?:[^\d\s]+\s+){0,3}\d{1,2}\s+[^\W\d_]")
"""A line of words whose one number (one or two digits) stands apart with a word after it."""
_WORDS = re.compile(rf"[\w\s'’.\-{MARKS}]+")
"""Words alone, no label's colon nor list mark ("Servings: 3 cups", "* 6 tablespoons flour")."""
_DAY_SHAPES = frozenset(("title", "short", "chrome"))


def _numbered(text: str) -> bool:
    """Whether a line may be an age alone: at most ``COLUMN_AGE_WORDS`` words, no label or list
    mark (:data:`_WORDS`), one number of one or two digits with a word after it, a letter last."""
    return (len(text.split()) <= COLUMN_AGE_WORDS and len(NUMBER.findall(text)) == 1
            and _AGE.match(text) is not None and text[-1].isalpha() and _WORDS.fullmatch(text) is not None)


def alone_ages(blocks: list[Block], shapes: dict[int, LineShape], indexes: Sequence[int],
               stride: int) -> list[int]:
    """The lines of ``indexes`` (short lines holding a number that no group of alike lines
    read, in page order) that are a list's ages alone on their line, with the day words in
    their column: a chain one every ``d`` lines (2 <= ``d`` <= ``stride``) of such lines
    (:func:`_numbered`), two or more and more than its day words, their first or last word
    the same (:func:`_shared_end`), a day word standing in
    for one between them or after them; or one numbered age or more after two day words or
    more (:func:`_days_before`: "today", "yesterday", "3 days ago"); ``COLUMN_LINES`` lines
    or more, each right under a card's line
    (:func:`~declutter.content.line_columns.alone_in_cards`). The lines found become meta
    lines (their shape's ``age`` the line). A set lookup per line and stride."""
    at = {i for i in indexes if _numbered(blocks[i].text)}

    def member(j: int) -> bool:
        return j in at or j < len(blocks) and _day(blocks, shapes, j)

    out: list[int] = []
    for i in sorted(at):
        if out and i <= out[-1]:
            continue
        for d in range(2, stride + 1):
            chain = strided_chain(i, d, member)
            days = sum(k not in at for k in chain)
            while days and 2 * days >= len(chain) and chain[-1] not in at:
                chain.pop()  # (fewer day words than numbered ages: the last ones go)
                days -= 1
            texts = {blocks[k].text for k in chain if k in at}
            before = _days_before(blocks, shapes, i, d, at)
            if before and len(chain) + len(before) >= COLUMN_LINES and alone_in_cards(
                    blocks, shapes, before + chain, d):
                chain = before + chain  # ("today", "yesterday", then "3 days ago")
            elif not (len(chain) >= COLUMN_LINES and len(texts) >= 2 and len(chain) - days > days
                      and _shared_end(texts) and alone_in_cards(blocks, shapes, chain, d)):
                continue
            for k in chain:
                shapes[k] = LineShape("meta", shapes[k].words, {"age": blocks[k].text})
            out += chain
            break
    return out


def _days_before(blocks: list[Block], shapes: dict[int, LineShape], i: int, d: int,
                 at: set[int]) -> list[int]:
    """The day words right before a column's first numbered age ``i``, one every ``d`` lines
    (a list runs from the newest card: "today", "yesterday", then "3 days ago"): each a
    different word, all of the column in lower case (a name is capitalised); ``[]`` when there
    are none or fewer than two."""
    out: list[int] = []
    j = i - d
    while j >= 0 and j not in at and _day(blocks, shapes, j):
        out.append(j)
        j -= d
    out.reverse()  # (page order; one append a line, no insert at the front)
    texts = [blocks[k].text for k in [*out, i]]
    if len(out) < 2 or len(set(texts)) < len(texts) or any(t.lower() != t for t in texts):
        return []
    return out


def _shared_end(texts: set[str]) -> bool:
    """Whether numbered ages share their first or their last word, no number ("ago": "lihora
    tse 3 tse fetileng", "matsatsi a 2 a fetileng"), as a list of amounts ("4 EL Olivenöl",
    "2 TL Gemüsebrühe instant") or of numbered names does not."""
    words = [t.split() for t in texts]
    return any(len({w[k] for w in words}) == 1 and not NUMBER.search(words[0][k]) for k in (0, -1))


def _day(blocks: list[Block], shapes: dict[int, LineShape], j: int) -> bool:
    """Whether line ``j`` may be a day word in an age's place ("maobane")."""
    s = shapes.get(j)
    return s is not None and s.shape in _DAY_SHAPES and blocks[j].label is None and day_word(blocks[j].text)
