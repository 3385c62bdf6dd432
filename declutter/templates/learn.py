"""Running with templates: count first, then clean; keep the counts in a dedup index.

Over files, a first pass parses every page and counts its blocks (:func:`learn`), then the
pages are cleaned with the counts of the whole input, so the output is the same in any input
order and with any ``--jobs``. Over stdin, which cannot be read twice, pages are taken in
windows of ``WINDOW`` pages: a window is counted, then cleaned with the counts of every window
so far (so the output depends on the order of stdin, never on ``--jobs``).

With an embedded index (``--index FILE``) the counts of earlier runs are loaded before the
first pass and the sum is written back after cleaning, into two tables of the same SQLite
file (``template_sketch``: the sketch's rows; ``template_meta``: its shape), under the
index's lock. A Redis index does not keep template counts.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from declutter.io.readers import Failure, Item
from declutter.record import Record
from declutter.templates.model import TemplateCounts
from declutter.templates.sketch import CountMin

if TYPE_CHECKING:
    from declutter.pipeline import Pipeline

WINDOW = 1000
"""Pages of stdin counted together before they are cleaned."""


def learn(counts: TemplateCounts, items: Iterable[Item]) -> int:
    """Count the blocks of every page of ``items`` (unreadable pages are passed over, the
    cleaning pass reports them); return the pages counted."""
    from declutter.pipeline import parse

    pages = 0
    for item in items:
        if isinstance(item, Failure):
            continue
        try:
            page = parse(item)
        except Exception:  # noqa: BLE001 - the cleaning pass turns it into an error record
            continue
        counts.observe(page)
        pages += 1
    counts.flush()
    return pages


def run_with_templates(pipeline: Pipeline, items: Iterable[Item], jobs: int,
                       first_pass: Callable[[], Iterable[Item]] | None,
                       counts: TemplateCounts | None = None) -> Iterator[Record]:
    """Clean ``items`` with templates learned from the input (and from ``counts``, if given).

    ``first_pass`` reads the whole input again for counting (files); None means the input
    can be read once only (stdin) and is counted in windows. The counts end up in ``counts``.
    """
    counts = counts if counts is not None else TemplateCounts()
    if first_pass is not None:
        learn(counts, first_pass())
        pipeline.templates = counts
        yield from pipeline.run(items, jobs)
        return
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) >= WINDOW:
            yield from _window(pipeline, window, jobs, counts)
            window = []
    if window:
        yield from _window(pipeline, window, jobs, counts)


def _window(pipeline: Pipeline, window: list[Item], jobs: int,
            counts: TemplateCounts) -> Iterator[Record]:
    learn(counts, window)
    pipeline.templates = counts
    yield from pipeline.run(window, jobs)


# -- keeping the counts in the embedded dedup index ------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS template_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS template_sketch (row INTEGER PRIMARY KEY, counts BLOB NOT NULL);
"""


def keeps_counts(index_spec: str | None) -> bool:
    """Whether ``--index`` names a store that keeps template counts (the SQLite file)."""
    return bool(index_spec) and not str(index_spec).startswith(("redis://", "rediss://"))


@contextmanager
def _locked(path: Path) -> Iterator[sqlite3.Connection]:
    from declutter.dedup.index import DedupIndexError

    lock = path.with_name(f"{path.name}.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DedupIndexError(f"another run is using the index {path} (lock on {lock})") from None
        try:
            db = sqlite3.connect(str(path))
            db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise DedupIndexError(f"{path} is not a declutter index: {exc}") from exc
        try:
            yield db
        finally:
            db.close()
    finally:
        os.close(fd)


def load_counts(path: str | Path) -> TemplateCounts:
    """The template counts kept in the index at ``path`` (empty counts for a new index)."""
    path = Path(path)
    if not path.exists():
        return TemplateCounts()
    with _locked(path) as db:
        meta = dict(db.execute("SELECT key, value FROM template_meta"))
        rows = db.execute("SELECT counts FROM template_sketch ORDER BY row").fetchall()
    if not rows:
        return TemplateCounts()
    width_bits, depth = meta.get("width_bits"), meta.get("depth")
    table = np.stack([np.frombuffer(r[0], dtype="<u4") for r in rows]).astype(np.uint32)
    return TemplateCounts(CountMin(int(width_bits), int(depth), table))


def save_counts(path: str | Path, counts: TemplateCounts) -> None:
    """Write ``counts`` into the index at ``path`` in one transaction (replacing earlier ones)."""
    counts.flush()
    sketch = counts.sketch
    with _locked(Path(path)) as db, db:
        db.executemany("INSERT OR REPLACE INTO template_meta (key, value) VALUES (?, ?)",
                       [("width_bits", sketch.width_bits), ("depth", sketch.depth)])
        db.executemany("INSERT OR REPLACE INTO template_sketch (row, counts) VALUES (?, ?)",
                       [(i, row.astype("<u4").tobytes()) for i, row in enumerate(sketch.table)])
