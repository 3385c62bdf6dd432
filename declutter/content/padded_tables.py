"""Tables laid out in padded columns in a text dump ("Kaufpreis Auto      30'000      30'000"):
a renderer that lays a table out in columns (``inscriptis``) pads one cell from the next, and
each row then reads as a row of pieces, not as the line of text its cells make. The rows get
the shape (:mod:`declutter.content.line_shapes`) of their cells joined by one space, as a
renderer that writes a row on one line gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.blocks import Block
from declutter.content.line_shapes import LineShape, shape_of

_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
"""Where a renderer that lays a table out in columns (``inscriptis``) pads one cell from the
next: three or more spaces inside the line."""
TABLE_ROWS = 2
"""Fewest lines in a row, none blank between, padded into cells that make a table."""


def table_rows(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> set[int]:
    """Reshape, in place, the undecided lines of tables laid out in padded columns
    ("Kaufpreis Auto      30'000      30'000"): ``TABLE_ROWS`` or more lines in a row, no blank
    line between, each with cells padded apart, get the shape of their cells joined by one
    space, as a renderer that writes a row on one line gives them. One padded line alone
    (a menu laid out in a row: "News      Calendar      Search") keeps its shape. Output:
    the indexes of the rows. One pass over the lines; a line without three spaces in a row
    costs one substring test."""
    rows: set[int] = set()
    padded = [b for b in blocks if "   " in b.text]  # (most pages: none)
    if len(padded) < TABLE_ROWS:
        return rows
    run: list[Block] = []
    for b in (*padded, None):
        ok = b is not None and b.index in shapes and _CELL_GAP.search(b.text) is not None
        if ok and run and not b.gap and b.index == run[-1].index + 1:  # type: ignore[union-attr]
            run.append(b)  # type: ignore[arg-type]
            continue
        if len(run) >= TABLE_ROWS:
            for row in run:
                shapes[row.index] = shape_of(_CELL_GAP.sub(" ", row.text))
                rows.add(row.index)
        run = [b] if ok else []  # type: ignore[list-item]
    return rows
