"""Tables laid out in padded columns: two or more padded lines in a row take the shape of their
cells joined; one padded line alone keeps its own."""

from __future__ import annotations

from declutter.blocks import text_to_blocks
from declutter.content.line_shapes import shape_of, shapes_of
from declutter.content.padded_tables import table_rows

ROWS = ["Stad          Invånare     Yta",
        "Göteborg      600 000      450 km²",
        "Malmö         350 000      160 km²"]


def test_padded_rows_in_a_row_are_a_table() -> None:
    blocks = text_to_blocks("\n".join(["Rubrik över tabellen", *ROWS]) + "\n")
    shapes = shapes_of(blocks)
    assert table_rows(blocks, shapes) == {1, 2, 3}
    assert shapes[2] == shape_of("Göteborg 600 000 450 km²")


def test_one_padded_line_or_a_blank_line_between_is_no_table() -> None:
    blocks = text_to_blocks("\n\n".join(ROWS[:2]) + "\n")
    shapes = shapes_of(blocks)
    before = dict(shapes)
    assert table_rows(blocks, shapes) == set()
    assert shapes == before
