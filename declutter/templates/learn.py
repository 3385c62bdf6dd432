"""Running with templates: clean, count, then drop each source's template; keep the counts.

Templates are applied to cleaned records (:mod:`declutter.templates.model`), so no page is
parsed twice. Over files, every record of the run is cleaned, counted and spooled (marshalled,
with its block keys and source name) to a file on disk (:mod:`declutter.templates.spool`: beside the output
when there is one, so that ``--resume`` goes on from it); then each is read back, its template
blocks are dropped with the counts of the whole input, and it is yielded, in input order.
The output is therefore the same in any input order and with any ``--jobs``, and memory
holds the sketch, never the corpus. Over stdin, which may never end, records are taken in
windows of ``WINDOW`` pages: a window is counted, then marked with the counts of every
window so far (so the output depends on the order of stdin, never on ``--jobs``).

With an embedded index (``--index FILE``) the counts of earlier runs are loaded before the
run and the sum is written back after cleaning, into two tables of the same SQLite file
(``template_sketch``: the sketch's rows; ``template_meta``: its shape and the version of its
block keys, ``KEY_VERSION``), under the index's lock. Counts kept under another key version
count keys this run never makes: they are left out, with a warning on stderr, and replaced.
A Redis index does not keep template counts.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from declutter.io.readers import Item
from declutter.io.writers import ResumeMismatch, lock_file
from declutter.pipeline import Pipeline
from declutter.record import Record
from declutter.templates import MIN_PAGES
from declutter.templates import spool as spooled
from declutter.templates.model import TemplateCounts, mark, record_source
from declutter.templates.sketch import KEY_VERSION, CountMin

WINDOW = 1000
"""Pages of stdin counted together before they are written."""


def run_with_templates(pipeline: Pipeline, items: Iterable[Item], jobs: int = 1,
                       whole: bool = True, counts: TemplateCounts | None = None,
                       spool_dir: str | Path | None = None, spool: Path | None = None,
                       resume: bool = False,
                       resumed: Callable[[int], None] | None = None,
                       unlearned: Callable[[int, int, int, list[str]], None] | None = None
                       ) -> Iterator[Record]:
    """Clean ``items`` and drop the templates learned from them (and from ``counts``).

    ``whole``: count every record before the first is yielded (files; records wait in a
    spool, :mod:`declutter.templates.spool`: a temporary file in ``spool_dir``, default the
    system's temporary folder, or the file ``spool``); else count and yield a window of
    ``WINDOW`` records at a time (stdin). The run's counts are added to ``counts`` when given
    (to keep them in an index afterwards).

    ``resume`` (with ``spool``): go on from the spool of an interrupted run. Its complete
    entries are counted again (the same counts as when they were cleaned) and the inputs
    they hold are skipped, not cleaned; cleaning goes on after them. Every record is yielded
    again, in input order (the caller skips those it has already written). The caller
    removes ``spool`` once its output is complete; ``resumed(n)`` is told how many spooled
    pages were taken over. ``unlearned(small, sources, unnamed)`` is told, after the last
    record, how many of the run's ``sources`` had fewer than ``MIN_PAGES`` pages counted
    (their template was not learned) and how many pages had no source name (never
    templated) with the ids of the first ``UNNAMED_SHOWN`` of them, when either is not 0. Raises
    :class:`~declutter.io.writers.ResumeMismatch` when the spool holds other pages than
    ``items`` begin with.
    """
    counts = counts if counts is not None else TemplateCounts()
    sources: dict[str | None, None] = {}  # the run's source names (None: a page with none)
    unnamed: list[str] = []  # ids of the first pages with no source name
    unnamed_count = 0

    def observe(record: Record) -> spooled.Entry:
        nonlocal unnamed_count
        source = record_source(record)
        if not record.error:
            sources[source] = None
            if source is None:
                unnamed_count += 1
                if len(unnamed) < UNNAMED_SHOWN:
                    unnamed.append(record.id)
        return record, counts.observe(record, source), source

    if not whole:
        window: list[spooled.Entry] = []
        for record in pipeline.run(items, jobs):
            window.append(observe(record))
            if len(window) >= WINDOW:
                yield from _marked(window, counts)
                window = []
        yield from _marked(window, counts)
        _tell(unlearned, counts, sources, unnamed_count, unnamed)
        return
    with _open_spool(spool, spool_dir, resume) as fh:
        rest = iter(items)
        taken = 0
        for record, _, _ in spooled.entries(fh):
            item = next(rest, None)
            if item is None or getattr(item, "id", None) != record.id:
                got = "end of input" if item is None else repr(getattr(item, "id", None))
                raise ResumeMismatch(f"{spool} holds {record.id!r} where these inputs give "
                                     f"{got}; rerun without --resume to start over")
            observe(record)
            taken += 1
        fh.truncate()
        if resumed and taken:
            resumed(taken)
        writer = spooled.Writer(fh)
        for record in pipeline.run(rest, jobs):
            writer.add(observe(record))
        writer.close()
        yield from _marked(spooled.read_back(fh, taken + writer.added), counts)
    _tell(unlearned, counts, sources, unnamed_count, unnamed)


UNNAMED_SHOWN = 3
"""How many pages with no source name the run's summary names."""


def _tell(unlearned: Callable[[int, int, int, list[str]], None] | None, counts: TemplateCounts,
          sources: dict[str | None, None], unnamed: int, examples: list[str]) -> None:
    """Call ``unlearned`` with the run's sources counted on fewer than ``MIN_PAGES`` pages."""
    named = [s for s in sources if s is not None]
    # a run too short for any template builds no sketch to say so
    small = sum(counts.pages(s) < MIN_PAGES for s in named) if counts.can_mark() else len(named)
    if unlearned is not None and (small or unnamed):
        unlearned(small, len(named), unnamed, examples)


@contextmanager
def _open_spool(spool: Path | None, spool_dir: str | Path | None,
                resume: bool) -> Iterator[IO[bytes]]:
    if spool is None:
        with tempfile.TemporaryFile(dir=spool_dir) as fh:
            yield fh
        return
    with open(spool, "r+b" if resume and spool.exists() else "w+b") as fh:
        yield fh


def _marked(entries: Iterable[spooled.Entry | spooled.Stored], counts: TemplateCounts,
            batch: int = 256) -> Iterator[Record]:
    """Mark records, looking up the counts of ``batch`` records' keys at a time (a record
    still bytes, from the spool, is decoded when its turn comes)."""
    chunk: list[spooled.Entry | spooled.Stored] = []
    decode = spooled.record_of
    for entry in _with_end(entries):
        if entry is not None:
            chunk.append(entry)
        if chunk and not counts.can_mark():  # too few pages yet: nothing can be template
            yield from (decode(r) if type(r) is bytes else r for r, _, _ in chunk)
            chunk = []
        elif chunk and (entry is None or len(chunk) >= batch):
            flat = [k for _, keys, _ in chunk if keys for k in keys]
            seen = counts.seen_keys(flat) if flat else []
            start = 0
            for record, keys, source in chunk:
                record = decode(record) if type(record) is bytes else record
                if keys is not None:
                    end = start + len(keys)
                    mark(record, counts, keys, seen[start:end], source)
                    start = end
                yield record
            chunk = []


def _with_end(entries: Iterable[spooled.Entry | spooled.Stored]
              ) -> Iterator[spooled.Entry | spooled.Stored | None]:
    yield from entries
    yield None


# -- keeping the counts in the embedded dedup index ------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS template_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS template_sketch (row INTEGER PRIMARY KEY, counts BLOB NOT NULL);
"""


_PAGES = "pages:"
"""``template_meta`` keys ``pages:<source>``: the pages of each source counted (as the sketch
estimates them when the counts were saved), for ``index stats``."""


def keeps_counts(index_spec: str | None) -> bool:
    """Whether ``--index`` names a store that keeps template counts (the SQLite file)."""
    return bool(index_spec) and not str(index_spec).startswith(("redis://", "rediss://"))


@contextmanager
def _locked(path: Path) -> Iterator[sqlite3.Connection]:
    from declutter.dedup.index import DedupIndexError

    lock = path.with_name(f"{path.name}.lock")
    fd = lock_file(lock)
    if fd is None:
        raise DedupIndexError(f"another run is using the index {path} (lock on {lock})")
    try:
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
    """The template counts kept in the index at ``path`` (empty counts for a new index, or
    for counts of another key version, with a warning on stderr)."""
    path = Path(path)
    if not path.exists():
        return TemplateCounts()
    with _locked(path) as db:
        meta = dict(db.execute("SELECT key, value FROM template_meta"))
        rows = db.execute("SELECT counts FROM template_sketch ORDER BY row").fetchall()
    if not rows:
        return TemplateCounts()
    if meta.get("key_version") != KEY_VERSION:
        print(f"declutter: the template counts in {path} were kept under block key version "
              f"{meta.get('key_version', 1)}, these count version {KEY_VERSION}: starting them "
              "afresh (they are replaced when this run ends)", file=sys.stderr)
        return TemplateCounts()
    width_bits, depth = meta.get("width_bits"), meta.get("depth")
    import numpy as np

    table = np.stack([np.frombuffer(r[0], dtype="<u4") for r in rows]).astype(np.uint32)
    counts = TemplateCounts(CountMin(int(width_bits), int(depth), table))
    counts.add_names([k.removeprefix(_PAGES) for k in meta if k.startswith(_PAGES)])
    return counts


def save_counts(path: str | Path, counts: TemplateCounts) -> None:
    """Write ``counts`` into the index at ``path`` in one transaction (replacing earlier ones)."""
    counts.flush()
    sketch = counts.sketch
    pages = [(_PAGES + name, counts.pages(name)) for name in counts.names()]
    with _locked(Path(path)) as db, db:
        db.execute("DELETE FROM template_meta WHERE key LIKE ?", (_PAGES + "%",))
        db.executemany("INSERT OR REPLACE INTO template_meta (key, value) VALUES (?, ?)",
                       [("width_bits", sketch.width_bits), ("depth", sketch.depth),
                        ("key_version", KEY_VERSION), *pages])
        db.executemany("INSERT OR REPLACE INTO template_sketch (row, counts) VALUES (?, ?)",
                       [(i, row.astype("<u4").tobytes()) for i, row in enumerate(sketch.table)])


def template_stats(path: str | Path, top: int = 20) -> dict[str, Any]:
    """What the index at ``path`` keeps of template counts, for ``index stats``: whether it
    keeps any, the pages a source needs before its template is learned (``MIN_PAGES``), how
    many sources were counted and how many have that many pages, and the ``top`` sources by
    pages. Read without the run lock (a running run's last save is what is shown)."""
    out: dict[str, Any] = {"kept": False, "min_pages": MIN_PAGES}
    try:
        db = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    except sqlite3.Error:
        return out
    try:
        meta = dict(db.execute("SELECT key, value FROM template_meta"))
    except sqlite3.Error:  # an index no templated run has used: no template tables
        return out
    finally:
        db.close()
    pages = sorted(((k.removeprefix(_PAGES), v) for k, v in meta.items() if k.startswith(_PAGES)),
                   key=lambda kv: (-kv[1], kv[0]))
    out.update(kept="key_version" in meta, key_version=meta.get("key_version"),
               sources=len(pages), learned=sum(v >= MIN_PAGES for _, v in pages),
               pages=dict(pages[:top]))
    return out
