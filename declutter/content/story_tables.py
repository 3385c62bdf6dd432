"""A data table right after the story, outside the story's container: part of the story.

A story set in one element (a ``<ul>`` of paragraphs, a ``<div class="body">``) may end with a
table that is its sibling, not its child: a timeline, a results table. The container reader
(:mod:`declutter.content.html_story`) leaves such a table out as outside the story. A careful
reader keeps it: it follows the story's last block in the same parent, it says it holds data
(a ``<caption>`` or header cells), its rows are a grid of text (the same number of cells in
each, two or more), and nothing in it links away, asks for input or bears a chrome mark.
Related-link tables (links), comment tables under their label (not adjacent, no caption or
header cells) and layout tables (nested tables, controls, uneven rows) stay out.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.chains import Chains, verdict

RULE = "heuristic.story-table"
DATA_ROWS = 2
"""Fewest rows of cells of a data table kept after the story."""
_CELLS = frozenset(("td", "th"))
_NOT_DATA = ("a", "input", "button", "select", "textarea", "form", "iframe")
"""Elements no data table kept as story holds (links, controls, embeds); a nested table too."""


def table_after_story(blocks: list[Block], chains: Chains, container: Any,
                      verdicts: dict[Any, tuple[str | None, bool]]) -> None:
    """Label as story (``RULE``) the blocks of a data table (:func:`_data_table`) that stand
    right after the story's last block, outside the ``container``, when the table (or a
    wrapper holding it alone) is the next element sibling of the element holding that block,
    in a parent above the container, and no element from its blocks up to it has a chrome or
    teaser mark (``verdicts``, the page's cache of :func:`declutter.content.chains.verdict`).
    One pass over the table's blocks."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].label == STORY), None)
    if last is None or last + 1 >= len(blocks):
        return
    first = last + 1
    table = next((el for el in chains[first] if el.tag == "table"), None)
    above = set(chains.up(container))
    box = table  # (the table, or the wrapper of it alone that is a child of the parent)
    while box is not None and chains.parent.get(box) not in above:
        box = chains.parent.get(box)
    if box is None:
        return
    before = box.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # (a comment between them)
    if before is None or before not in chains[last] or not _data_table(table):
        return
    members = []
    for k in range(first, len(blocks)):
        chain = chains[k]
        if box not in chain:
            break
        b = blocks[k]
        if (table not in chain or b.label != BOILERPLATE or b.rule != "heuristic.outside-story"
                or b.link_chars):
            return  # (text in the wrapper beside the table, or a block read otherwise)
        if any(verdict(el, verdicts) != (None, False) for el in chain[: chain.index(box) + 1]):
            return
        members.append(b)
    for b in members:
        b.set(STORY, RULE)


def _data_table(table: Any) -> bool:
    """Whether a ``<table>`` is a data table: a caption or header cells, ``DATA_ROWS`` rows or
    more with data cells, each with as many cells, two or more; no nested table, link,
    control or embed."""
    if any(True for _ in table.iter(*_NOT_DATA)) or any(t is not table for t in table.iter("table")):
        return False
    widths = []
    headed = any(isinstance(c.tag, str) and c.tag == "caption" for c in table)
    for row in table.iter("tr"):
        cells = [c.tag for c in row if isinstance(c.tag, str) and c.tag in _CELLS]
        headed = headed or "th" in cells
        if "td" in cells:
            widths.append(len(cells))
    return headed and len(widths) >= DATA_ROWS and len(set(widths)) == 1 and widths[0] >= 2
