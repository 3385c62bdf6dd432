"""The lists and tables of an HTML story's heading section, between its headline and its
container, that join the story (:func:`section_lists`): a recipe's ingredients above the steps
that won the container, an article's key points under its headline. Moved out of
:mod:`declutter.content.story_reach` (the other things that join a story from outside its
container) with its rows of paragraph pairs (:func:`_rows`).
"""

from __future__ import annotations

import itertools
from typing import Any

from declutter.blocks import STORY, Block
from declutter.content.ages import is_age_fast
from declutter.content.chains import Chains, verdict
from declutter.content.features import is_heading

# Least lines of a list or table between the headline and the story for it to join the story,
# and the most link text it may carry (a link on an ingredient, not a menu of links).
SECTION_LIST_LINES = 3
SECTION_LIST_LINKS = 0.35
SECTION_LIST_WORDS = 2.5  # least words per line on average: items, not tab labels or a byline
_LIST_KINDS = frozenset({"li", "tr", "dd", "dt"})
_DATE_ITEM_WORDS = 6  # most words of an item that is a date alone: a byline's, no section's


def section_lists(
    blocks: list[Block], chains: Chains, container: Any, verdicts: dict[Any, tuple[str | None, bool]]
) -> None:
    """Join the lists and tables of the story's own heading section: the runs of list items and
    table rows (headings among them) between the page's headline and the story's first block,
    left out because the container is the part of the article holding its prose (a recipe's
    steps; its ingredient table above them; an article's key points under its headline).

    The headline is the last ``h1`` before the story, not a link. A run is consecutive blocks
    dropped only as outside the container, each a list item or a table row, a line of rows
    (:func:`_rows`: an ingredient's name and amount, a row of two counting as one line) or a
    link-free heading, under no element with a chrome or teaser verdict (a ``header`` aside:
    key points sit in the article's header) below the container's ancestors; it joins as
    ``heuristic.section-list`` when it is a whole list (no item of its list left out next to
    it), has at least ``SECTION_LIST_LINES`` items of ``SECTION_LIST_WORDS`` words on average
    (not a byline's "Name / Place / Date" nor a row of tab labels), no item that is a date or
    an age alone (a byline's list: "Name / 7. detsember 2026 / Loe 3 min") and link text under
    ``SECTION_LIST_LINKS`` of its text. One pass over the blocks between the headline and the
    story.
    """
    first = next((i for i, b in enumerate(blocks) if b.label == STORY), None)
    if first is None:
        return
    head = next((i for i in range(first - 1, -1, -1) if blocks[i].kind == "h1"), None)
    if head is None or blocks[head].link_chars:
        return
    above = set(chains.up(container))
    run: list[int] = []

    def close() -> None:
        lines = [blocks[k] for k in run if blocks[k].kind in _LIST_KINDS or k in rows]
        text = sum(len(blocks[k].text) for k in run)
        whole = all(  # the whole list: no item of it left out before or after the run
            (blocks[k].element.getparent() is not blocks[j].element.getparent()) if k not in rows
            else j not in rows or rows[j].getparent() is not rows[k].getparent()
            for k, j in ((run[0], run[0] - 1), (run[-1], run[-1] + 1))
        ) if run else False
        count = len({rows.get(k, blocks[k].element) for k in run  # (a row of two is one line)
                     if blocks[k].kind in _LIST_KINDS or k in rows})
        if (
            whole and count >= SECTION_LIST_LINES
            and sum(b.words for b in lines) >= SECTION_LIST_WORDS * count
            and sum(blocks[k].link_chars for k in run) < SECTION_LIST_LINKS * text
            and not any(b.words <= _DATE_ITEM_WORDS and is_age_fast(b.text) for b in lines)
        ):
            for k in run:
                blocks[k].set(STORY, "heuristic.section-list")
        run.clear()

    rows = _rows(blocks, head + 1, first)
    for i in range(head + 1, first):
        b = blocks[i]
        fits = (
            b.rule == "heuristic.outside-story" and not b.kept
            and (b.kind in _LIST_KINDS or i in rows
                 or (is_heading(b) and b.kind != "h1" and not b.link_chars))
            and all(verdict(el, verdicts)[0] in (None, "header") and not verdict(el, verdicts)[1]
                    for el in itertools.takewhile(lambda el: el not in above, chains[i]))
        )
        if fits:
            run.append(i)
        else:
            close()
    close()


def _rows(blocks: list[Block], start: int, end: int) -> dict[int, Any]:
    """The blocks of ``blocks[start:end]`` that are lines of a list set as rows, each with its
    row: an element holding one or two consecutive blocks (no heading, no list item) alone, of
    the tag and class of a row next to it (a recipe's ``<div><p>name</p><p>amount</p></div>``,
    or a name with no amount). One pass."""
    up = [blocks[k].element.getparent() for k in range(start, end)]
    groups: list[tuple[Any, list[int]]] = []  # (row element, its blocks), in order
    for k in range(start, end):
        row = up[k - start]
        if groups and groups[-1][0] is row:
            groups[-1][1].append(k)
        else:
            groups.append((row, [k]))
    shape = [(g.tag, g.get("class")) if g is not None and len(ks) <= 2 and not any(
        is_heading(blocks[j]) or blocks[j].kind in _LIST_KINDS for j in ks) else None for g, ks in groups]
    shape = [None, *shape, None]  # (no row before the first nor after the last)
    rows: dict[int, Any] = {}
    for n, (row, ks) in enumerate(groups, 1):
        if shape[n] is not None and shape[n] in (shape[n - 1], shape[n + 1]):
            rows.update((k, row) for k in ks)
    return rows
