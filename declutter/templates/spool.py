"""The spool of a templates run: cleaned records waiting for their source's counts.

Over files, a run with templates cleans and counts every page before it writes the first one
(:func:`declutter.templates.learn.run_with_templates`); the cleaned records wait here with
their block keys and source name, one entry after another. A temporary spool is gone with its
run. A spool kept beside the output (``.OUT.templates.spool``) lets an interrupted run go on:
its complete entries are read back, which gives the same counts as before since counting is
a deterministic function of the records, and the inputs they hold need not be cleaned again.

Layout: a header (``MAGIC``, naming this layout and the ``marshal`` format), then entries,
each a 4-byte little-endian length and that many bytes: ``M`` and the ``marshal`` dump of
``(record fields, keys, source)`` (the record as the plain tuple of
:meth:`~declutter.record.Record.__reduce__`), or ``P`` and a pickle of the entry when a
record holds a value ``marshal`` cannot write (none of declutter's own fields do). Entries
are written ``CHUNK`` bytes at a time. On the 10,000 pages of ``benchmarks/templates_scale.py``
this writes and reads back an entry in about two thirds of the time pickling it did.

A torn entry (a kill mid-write cuts the last one short), or the entries of another layout
(an older declutter's spool), end :func:`entries`: an interrupted run's pages from there on
are cleaned again, so none is lost. Read back at the end of a run (:func:`read_back`), a spool
that ends before every entry written was read raises :class:`SpoolError` instead of writing
an output short of those pages.

Entries are not kept as the JSON lines they will be written as: on the generated template
corpus (``benchmarks/template_corpus.py``) 81% of the pages lose a block to their template,
so most lines would be parsed and written a second time; estimated from the cost of each
step (not built), that would save under 1% of a run.
"""

from __future__ import annotations

import marshal
import pickle
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from declutter.record import Record, _record

Entry = tuple[Record, "list[int] | None", "str | None"]
"""A cleaned record, its block keys (:meth:`~declutter.templates.model.TemplateCounts.observe`)
and its source name (:func:`~declutter.templates.model.record_source`)."""

MAGIC = b"declutter templates spool 3 marshal %d\n" % marshal.version
"""The header of a spool of this layout, with marshal's format version (a spool written by a
Python of another version is read as another layout)."""
CHUNK = 1 << 20
"""Bytes of entries gathered before they are written (and read back at a time)."""
_LENGTH = struct.Struct("<I")
_FIELDS = 11
"""Fields of a record's tuple (:meth:`~declutter.record.Record.__reduce__`)."""


class SpoolError(OSError):
    """A spool read back at the end of its run held fewer entries than were written to it."""


def spool_path(output: Path) -> Path:
    """Where a run writing ``output`` keeps its spool (beside the output's partial file)."""
    return output.with_name(f".{output.name}.templates.spool")


class Writer:
    """Appends entries to a spool file at its current position (the header first, when that
    is the file's start), ``CHUNK`` bytes at a time; :meth:`close` writes the rest."""

    def __init__(self, spool: IO[bytes]) -> None:
        self._spool = spool
        self._buffer = bytearray(MAGIC if spool.tell() == 0 else b"")
        self.added = 0
        """Entries added."""

    def add(self, entry: Entry) -> None:
        """Append one entry."""
        record, keys, source = entry
        try:
            data = b"M" + marshal.dumps((record.__reduce__()[1], keys, source))
        except ValueError:  # a value marshal cannot write (a caller's own type in meta)
            data = b"P" + pickle.dumps(entry, pickle.HIGHEST_PROTOCOL)
        buffer = self._buffer
        buffer += _LENGTH.pack(len(data))
        buffer += data
        self.added += 1
        if len(buffer) >= CHUNK:
            self._spool.write(buffer)
            buffer.clear()

    def close(self) -> None:
        """Write the entries gathered and flush the file."""
        if self._buffer:
            self._spool.write(self._buffer)
            self._buffer.clear()
        self._spool.flush()


def entries(spool: IO[bytes]) -> Iterator[Entry]:
    """The entries of ``spool`` from its start, until its end or a torn entry (or one of
    another layout: its pages are cleaned again); once exhausted, leaves the file positioned
    after the last complete entry (at 0 when the header is not this layout's)."""
    spool.seek(0)
    if spool.read(len(MAGIC)) != MAGIC:
        spool.seek(0)
        return
    done = len(MAGIC)  # the file offset after the last complete entry
    data, at = b"", 0
    unpack, loads = _LENGTH.unpack_from, marshal.loads
    while True:
        more = spool.read(CHUNK)
        data, at = data[at:] + more, 0
        end = len(data)
        while at + 4 <= end:
            size = unpack(data, at)[0]
            if at + 4 + size > end:
                break
            entry = _decode(data[at + 4 : at + 4 + size], loads)
            if entry is None:
                spool.seek(done)
                return
            at += 4 + size
            done += 4 + size
            yield entry
        if not more:  # the end of the file (a torn entry or none after ``done``)
            spool.seek(done)
            return


def _decode(data: bytes, loads: object = marshal.loads) -> Entry | None:
    """The entry in ``data``, or None when it is not one of this layout's."""
    try:
        if data[:1] == b"M":
            fields, keys, source = loads(data[1:])  # type: ignore[operator]
            if type(fields) is not tuple or len(fields) != _FIELDS:
                return None
            return _record(*fields), keys, source
        if data[:1] == b"P":
            entry = pickle.loads(data[1:])
            return entry if type(entry) is tuple and len(entry) == 3 else None
    except (EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError,
            IndexError, KeyError, MemoryError):  # whatever a damaged entry raises
        return None
    return None


def read_back(spool: IO[bytes], written: int) -> Iterator[Entry]:
    """:func:`entries` of a spool this run wrote ``written`` entries to; raises
    :class:`SpoolError` after the last one read when there were fewer (a spool damaged
    on disk: the output would silently lack pages)."""
    read = 0
    for entry in entries(spool):
        read += 1
        yield entry
    if read != written:
        name = getattr(spool, "name", None)
        name = name if isinstance(name, str) else "the templates spool"
        raise SpoolError(f"{name} ended after {read} of the {written} pages written to it; "
                         "run again without --resume")
