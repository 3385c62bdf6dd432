"""The spool of a templates run: cleaned records waiting for their source's counts.

Over files, a run with templates cleans and counts every page before it writes the first one
(:func:`declutter.templates.learn.run_with_templates`); the cleaned records wait here with
their block keys and source name, one entry after another. A temporary spool is gone with its
run. A spool kept beside the output (``.OUT.templates.spool``) lets an interrupted run go on:
its complete entries are read back, which gives the same counts as before since counting is
a deterministic function of the records, and the inputs they hold need not be cleaned again.

Layout: a header (``MAGIC``, naming this layout and the ``marshal`` format), then entries,
each a 4-byte little-endian length and the ``marshal`` dump of ``(keys, source, record)``,
the record itself as bytes: ``M`` and the ``marshal`` dump of the plain tuple of
:meth:`~declutter.record.Record.__reduce__`, or ``P`` and a pickle when a record holds a
value ``marshal`` cannot write (none of declutter's own fields do). Entries are written
``CHUNK`` bytes at a time. On the 10,000 pages of ``benchmarks/templates_scale.py`` an entry
is written and read back in about 70% of the time pickling took (18 and 25 µs). Read back at
the end of a run (:func:`read_back`), a record stays bytes (:data:`Stored`) until it is
marked (:func:`record_of`): decoded, the records of a batch waiting for their counts were
objects enough to set off the garbage collector's older generations (0.1 s of 10,000 pages).

A torn entry (a kill mid-write cuts the last one short), or the entries of another layout
(an older declutter's spool), end :func:`entries`: an interrupted run's pages from there on
are cleaned again, so none is lost. A spool read back at the end of its run that ends before
every entry written was read, or holds a damaged record, raises :class:`SpoolError` instead
of writing an output short of those pages.

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
    """A spool read back at the end of its run held fewer entries than were written to it, or
    a damaged record."""


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
            data = b"M" + marshal.dumps(record.__reduce__()[1])
        except ValueError:  # a value marshal cannot write (a caller's own type in meta)
            data = b"P" + pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
        data = marshal.dumps((keys, source, data))
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


Stored = tuple[bytes, "list[int] | None", "str | None"]
"""An entry whose record is still bytes (:func:`record_of`)."""


def record_of(data: bytes) -> Record:
    """The record of a :data:`Stored` entry; raises :class:`SpoolError` when it is damaged."""
    record = _decode(data)
    if record is None:
        raise SpoolError("a record in the templates spool is damaged; run again without --resume")
    return record


def _decode(data: bytes) -> Record | None:
    """The record in ``data``, or None when it is not one of this layout's."""
    try:
        if data[:1] == b"M":
            fields = marshal.loads(data[1:])
            return _record(*fields) if type(fields) is tuple and len(fields) == _FIELDS else None
        if data[:1] == b"P":
            record = pickle.loads(data[1:])
            return record if isinstance(record, Record) else None
    except (EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError,
            IndexError, KeyError, MemoryError):  # whatever a damaged record raises
        return None
    return None


def stored(spool: IO[bytes]) -> Iterator[Stored]:
    """The entries of ``spool`` from its start, records as bytes, until its end or a torn
    entry (or one of another layout); once exhausted, leaves the file positioned after the
    last complete entry (at 0 when the header is not this layout's)."""
    for _, entry in _stored(spool):
        yield entry


def entries(spool: IO[bytes]) -> Iterator[Entry]:
    """:func:`stored` with each record decoded, until a record that is not one of this
    layout's (then the file is left positioned before it, as before a torn entry)."""
    before = len(MAGIC)
    for after, (data, keys, source) in _stored(spool):
        record = _decode(data)
        if record is None:
            spool.seek(before)
            return
        before = after
        yield record, keys, source


def _stored(spool: IO[bytes]) -> Iterator[tuple[int, Stored]]:
    """:func:`stored`, each entry with the file offset after it."""
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
            try:
                entry = loads(data[at + 4 : at + 4 + size])
            except (EOFError, ValueError, TypeError):
                entry = None
            if type(entry) is not tuple or len(entry) != 3 or type(entry[2]) is not bytes:
                spool.seek(done)
                return
            at += 4 + size
            done += 4 + size
            yield done, (entry[2], entry[0], entry[1])
        if not more:  # the end of the file (a torn entry or none after ``done``)
            spool.seek(done)
            return


def read_back(spool: IO[bytes], written: int) -> Iterator[Stored]:
    """:func:`stored` of a spool this run wrote ``written`` entries to; raises
    :class:`SpoolError` after the last one read when there were fewer (a spool damaged
    on disk: the output would silently lack pages)."""
    read = 0
    for entry in stored(spool):
        read += 1
        yield entry
    if read != written:
        name = getattr(spool, "name", None)
        name = name if isinstance(name, str) else "the templates spool"
        raise SpoolError(f"{name} ended after {read} of the {written} pages written to it; "
                         "run again without --resume")
