"""Run counts that reconcile (read = cleaned + errors), shown with rich on stderr.

rich is imported by the functions that draw (not at import time): the command line imports
this module for every command, ``--help`` included, and draws nothing there.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from declutter.record import Record


@dataclass
class Summary:
    """What a run did: pages read, cleaned and failed, blocks removed by rule, teasers found."""

    read: int = 0
    cleaned: int = 0
    errors: int = 0
    teasers: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    error_messages: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    title: str = "declutter"
    """Heading of :meth:`table` (the command that ran, e.g. ``declutter clean``)."""
    notes: list[str] = field(default_factory=list)
    """Lines :meth:`show` prints under the table (what templates could not learn, ...)."""

    def add(self, record: Record) -> None:
        self.read += 1
        if record.error:
            self.errors += 1
            self.error_messages[record.error.split(":")[0][:80]] += 1
        else:
            self.cleaned += 1
        self.teasers += len(record.teasers)
        for removal in record.removed or ():
            self.removed[removal.rule] += 1
        self.seconds = time.monotonic() - self.started

    @property
    def pages_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "cleaned": self.cleaned, "errors": self.errors,
            "teasers": self.teasers, "removed_by_rule": dict(self.removed.most_common()),
            "error_messages": dict(self.error_messages.most_common()),
            "seconds": round(self.seconds, 3), "pages_per_second": round(self.pages_per_second, 1),
        }

    def table(self) -> Table:
        """The counts as a rich table of two columns (name, count). An error message is cut
        to :data:`MESSAGE_CHARS` characters, ellipsis included (the whole message is in its
        error record): wrapped in a narrow terminal, its second line read as a row of its own."""
        from rich.table import Table

        table = Table(title=self.title, show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column(justify="right")
        table.add_row("pages read", str(self.read))
        table.add_row("cleaned", str(self.cleaned))
        table.add_row("errors", str(self.errors))
        table.add_row("teasers found", str(self.teasers))
        table.add_row("blocks removed", str(sum(self.removed.values())))
        for rule, count in self.removed.most_common(12):
            table.add_row(f"  {rule}", str(count))
        if len(self.removed) > 12:
            table.add_row(f"  ({len(self.removed) - 12} more rules)", "")
        for message, count in self.error_messages.most_common(5):
            cut = message if len(message) <= MESSAGE_CHARS else message[: MESSAGE_CHARS - 1] + "…"
            table.add_row(f"  error: {cut}", str(count))
        table.add_row("time", f"{self.seconds:.2f} s ({self.pages_per_second:.1f} pages/s)")
        return table


MESSAGE_CHARS = 36
"""Characters of an error message the summary table shows: with "  error: ", 45, so the table
fits 80 columns beside the widest cell of the other column, the run's time (up to 27
characters, "9999.99 s (99999.9 pages/s)"), and its borders."""


def show(summary: Summary, console: Console) -> None:
    """Print the summary's table, then its notes, one unwrapped line each, on ``console``."""
    console.print(summary.table())
    for note in summary.notes:
        console.print(note, highlight=False, soft_wrap=True)


def track(records: Iterable[Record], summary: Summary, console: Console,
          show: bool = True) -> Iterator[Record]:
    """Yield records unchanged while counting them, with a live progress line on stderr
    (only when ``show`` and stderr is a terminal: else rich's progress is not even imported)."""
    if not (show and console.is_terminal):
        for record in records:
            summary.add(record)
            yield record
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} pages"),
        TextColumn("{task.fields[rate]:.1f} pages/s"),
        TextColumn("{task.fields[errors]} errors"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with progress:
        task = progress.add_task("clean", total=None, rate=0.0, errors=0)
        for record in records:
            summary.add(record)
            progress.update(task, completed=summary.read, rate=summary.pages_per_second,
                            errors=summary.errors)
            yield record
