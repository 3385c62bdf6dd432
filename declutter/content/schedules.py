"""A schedule at the foot of a dump's story: tour dates, a timetable (lines that start with
their dates, in calendar order), read by :func:`schedule_tail` for the dump story reader
(:mod:`declutter.content.dump_story`), which carries the story run's end over it. A teaser
list is newest first or gives ages after the title; a schedule of what is to come counts
forward. One pass over the lines under the run; ``dateparser`` only for a list of such lines.
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import Block
from declutter.content.line_shapes import LineShape

SCHEDULE_ITEMS = 3
"""Fewest lines of a schedule (tour dates, a timetable) under the story's last paragraph."""


def schedule_tail(blocks: list[Block], shapes: dict[int, LineShape], end: int) -> tuple[int, set[int]]:
    """The run's end carried over a schedule right under its last paragraph (at most one
    heading between: "The band's tour dates"): >= ``SCHEDULE_ITEMS`` short lines in a row
    (one-line cards, title-like lines), each *starting* with its date ("June 9 – West Palm
    Beach, FL @ Coral Sky Amphitheatre", "9 juin – Lyon, Halle Tony Garnier"), the dates (of
    the first ``SCHEDULE_ITEMS`` lines and the last) in calendar order. A list of teasers is
    newest first, or gives ages after the title ("Title — Source, 3h"); a schedule of what is
    to come counts forward. The dates are
    read by ``dateparser`` only when ``SCHEDULE_ITEMS`` lines or more in a row have a head
    that may be one (a digit and a word before the first separator; rare). Output:
    ``(end, lines)``: the new end and the block indexes of the heading and the items."""
    i = end
    if i < len(blocks) and (s := shapes.get(blocks[i].index)) is not None and s.shape in ("title", "short"):
        i += 1  # the schedule's heading
    i, last = _dated_run(blocks, shapes, i, None)
    if last is None:
        return end, set()
    lines = {b.index for b in blocks[end:i]}
    while True:  # the schedule goes on after a share row or a card set inside it
        j = i
        while j < len(blocks) and j - i < SCHEDULE_GAP and _gap_line(blocks[j], shapes):
            j += 1
        if j == i:
            break
        k, more = _dated_run(blocks, shapes, j, last)
        if more is None:
            break
        lines |= {b.index for b in blocks[j:k]}  # (the lines between: read as they stand)
        i, last = k, more
    return i, lines


SCHEDULE_GAP = 3
"""Most lines (a share row, an ad label, a one-line card) inside a schedule that it goes on
after, its dates still counting forward."""


def _gap_line(b: Block, shapes: dict[int, LineShape]) -> bool:
    """A line that may stand inside a schedule: one a rule dropped, or no prose and no date."""
    s = shapes.get(b.index)
    return s is None or s.shape in ("chrome", "label", "card", "title") and _date_head(b, shapes) is None


def _dated_run(blocks: list[Block], shapes: dict[int, LineShape], i: int,
               after: Any) -> tuple[int, Any]:
    """From ``i``: >= ``SCHEDULE_ITEMS`` lines in a row that start with their dates, in calendar
    order (and not before ``after``): ``(end, last date)``, else ``(i, None)``."""
    start = i
    heads: list[str] = []  # read cheaply first: dateparser only for a list of such lines
    while i < len(blocks) and (head := _date_head(blocks[i], shapes)) is not None:
        heads.append(head)
        i += 1
    if len(heads) < SCHEDULE_ITEMS:
        return start, None
    # the first items and the last, in calendar order (a sample: a date parse is ~1 ms)
    dates = [] if after is None else [after]
    for head in heads[:SCHEDULE_ITEMS] + heads[SCHEDULE_ITEMS:][-1:]:
        date = _date(head)
        if date is None:  # (no later head is parsed: the run is no schedule already)
            return start, None
        dates.append(date)
    if len(set(dates)) < 2 or dates != sorted(dates):
        return start, None
    return i, dates[-1]


_DATE_HEAD = re.compile(r"^(?P<date>[^–—|·@]{3,24}?)\s*(?:[–—|·@]|\s-\s)")
"""A line's head before its first separator ("9 juin – Lyon, Halle Tony Garnier")."""
_DATE_LIKE = re.compile(r"\d.*[^\W\d_]|[^\W\d_].*\d|\d+[./]\d+")
"""A digit and a word ("9 juin", "June 9"), or numbers with a date's separator ("12.03."); a
bare number ("1 – Title": a numbered list) is no date."""


def _date_head(b: Block, shapes: dict[int, LineShape]) -> str | None:
    """The head of a line that may start with a date (a card's age at its head, or the head
    of a title-like line before its first separator, holding a digit and a word or a date's
    numbers), or ``None``. No date is parsed here."""
    s = shapes.get(b.index)
    if s is None:
        return None
    if s.shape == "card":
        age = (s.fields or {}).get("age", "")
        return age if age and b.text.startswith(age) else None
    m = _DATE_HEAD.match(b.text) if s.shape in ("title", "short", "chrome") else None
    return m["date"] if m is not None and _DATE_LIKE.search(m["date"]) else None


def _date(text: str) -> Any:
    """``text`` as a date (``datetime``, a year-less date in one fixed year), or ``None``
    (:func:`declutter.content.date_words.read_date`: one cache with the age readers')."""
    from declutter.content.date_words import read_date

    return read_date(text, "schedule")
