"""The run summary on stderr: one line a row (fresh18 E1)."""

from __future__ import annotations

import io

from rich.console import Console

from declutter.record import Record
from declutter.summary import MESSAGE_CHARS, Summary


def test_a_long_error_message_is_cut_not_wrapped_into_a_row_of_its_own() -> None:
    summary = Summary(title="declutter clean")
    message = "record has neither an 'html' nor a 'text' string (keys: id, body, lang)"
    summary.add(Record(id="a", error=message))
    summary.add(Record(id="b", text="Story."))
    summary.seconds = 0.0001  # the widest time cell a fast run shows: "0.00 s (20000.0 pages/s)"
    out = io.StringIO()
    Console(file=out, width=80).print(summary.table())
    rows = [line for line in out.getvalue().splitlines() if line.startswith("│")]
    assert len(rows) == 7  # read, cleaned, errors, teasers, removed, the error, time
    error = next(row for row in rows if "error:" in row)
    assert "…" in error and len(error.split("error: ")[1].split("…")[0]) == MESSAGE_CHARS - 1
