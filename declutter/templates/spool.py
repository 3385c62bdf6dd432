"""The spool of a templates run: cleaned records waiting for their source's counts.

Over files, a run with templates cleans and counts every page before it writes the first one
(:func:`declutter.templates.learn.run_with_templates`); the cleaned records wait here, pickled
with their block keys and source name, one entry after another. A temporary spool is gone
with its run. A spool kept beside the output (``.OUT.templates.spool``) lets an interrupted
run go on: its complete entries are read back (a torn last entry, from a kill mid-write, is
cut off), which gives the same counts as before since counting is a deterministic function of
the records, and the inputs they hold need not be cleaned again.

Entries are pickled, not kept as the JSON lines they will be written as: on the generated
template corpus (``benchmarks/template_corpus.py``) 81% of the pages lose a block to their
template, so most lines would be parsed and written a second time; estimated from the cost of
each step (not built), that would save under 1% of a run.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from declutter.record import Record

Entry = tuple[Record, "list[int] | None", "str | None"]
"""A cleaned record, its block keys (:meth:`~declutter.templates.model.TemplateCounts.observe`)
and its source name (:func:`~declutter.templates.model.record_source`)."""


def spool_path(output: Path) -> Path:
    """Where a run writing ``output`` keeps its spool (beside the output's partial file)."""
    return output.with_name(f".{output.name}.templates.spool")


def entries(spool: IO[bytes]) -> Iterator[Entry]:
    """The entries of ``spool`` from its current position, until its end or a torn entry
    (or one of another layout, from an older declutter: its pages are cleaned again); leaves
    the file positioned after the last complete entry."""
    while True:
        start = spool.tell()
        try:
            entry = pickle.load(spool)
        except EOFError:
            spool.seek(start)
            return
        except (pickle.UnpicklingError, ValueError, TypeError, AttributeError, IndexError,
                KeyError, MemoryError):  # a torn entry: whatever a cut-off pickle raises
            spool.seek(start)
            return
        if type(entry) is not tuple or len(entry) != 3:
            spool.seek(start)
            return
        yield entry


def add(spool: IO[bytes], entry: Entry) -> None:
    """Append one entry."""
    pickle.dump(entry, spool, pickle.HIGHEST_PROTOCOL)
