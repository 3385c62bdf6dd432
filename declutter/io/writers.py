"""Writers: records -> JSON Lines, to stdout or to a file that appears only when complete.

A file output is written to ``.<name>.part`` beside it, one whole line per record, and
renamed into place when the run ends well, so an interrupted run never leaves a file that
looks complete; an earlier run's finished output is replaced only then. The partial file is
locked while a run writes it (a second run on the same output meanwhile fails clearly) and
kept when a run dies, so ``--resume`` can go on from it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

from declutter.record import Record, dumps


class OutputBusy(Exception):
    """Another run is writing the same output file."""


class ResumeMismatch(Exception):
    """The partial output of an earlier run does not belong to these inputs."""


def write_error(path: Path | None, exc: OSError, resumable: bool = True) -> str:
    """One line that says why writing ``path`` failed (the cause by name: a full disk, a
    quota, a read-only folder) and what is left to go on from."""
    cause = exc.strerror or str(exc)
    where = "standard output" if path is None else str(path)
    line = f"cannot write {where}: {cause}"
    if path is not None and resumable:
        line += (f"; the records written so far are kept in {part_path(path)}: "
                 "free the space and rerun with --resume")
    return line


def part_path(path: Path) -> Path:
    """Where a run writes ``path`` until it is complete."""
    return path.with_name(f".{path.name}.part")


def lock_file(path: str | Path) -> int | None:
    """Open ``path`` read-write (created, mode 0644, when missing) and lock it for this process
    alone without waiting (``flock``, exclusive, non-blocking): the open descriptor, the
    caller's to close (closing it lets the lock go), or ``None`` when another run holds the
    lock (the descriptor closed). ``flock`` locks the file, not its name: a link to it is
    refused too. Raises :class:`OSError` when the file cannot be opened. The one lock of the
    output writers, the dedup index and the template counts."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


class JsonlWriter:
    """Write one record per line to ``path`` (``None`` or ``-``: stdout).

    With ``resume=True`` an earlier run's partial file is kept: its last, possibly torn,
    line is cut off, and :meth:`skip_done` drops the inputs it already holds.
    """

    def __init__(self, path: str | Path | None, resume: bool = False) -> None:
        self.path = None if path in (None, "-") else Path(path)  # type: ignore[arg-type]
        self.count = 0
        self.resumed = 0
        if self.path is None:
            self._out: IO[str] = sys.stdout
            return
        self.part = part_path(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = lock_file(self.part)
        if fd is None:
            raise OutputBusy(f"another run is writing {self.path} (lock on {self.part})")
        if resume:
            self._cut_torn_line(fd)
        else:
            os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_END)
        self._out = os.fdopen(fd, "a", encoding="utf-8", newline="\n")

    @staticmethod
    def _cut_torn_line(fd: int) -> None:
        size = os.lseek(fd, 0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(65536, end)
            os.lseek(fd, end - step, os.SEEK_SET)
            chunk = os.read(fd, step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end != size:
            os.ftruncate(fd, end)

    def done_ids(self) -> Iterator[str]:
        """Ids of the records an earlier run already wrote, in order (streamed from disk)."""
        if self.path is None:
            return
        with self.part.open("rb") as fh:
            for line in fh:
                yield str(json.loads(line)["id"])

    def skip_done(self, items: Iterable[T]) -> Iterator[T]:
        """Drop the leading inputs whose records the partial file holds; check they match."""
        it = iter(items)
        for done in self.done_ids():
            item = next(it, None)
            if item is None or getattr(item, "id", None) != done:
                got = getattr(item, "id", "end of input")
                raise ResumeMismatch(
                    f"{self.part} holds {done!r} where these inputs give {got!r}; "
                    "rerun without --resume to start over"
                )
            self.resumed += 1
        yield from it

    def write(self, record: Record | dict[str, Any]) -> None:
        self._out.write(dumps(record) + "\n")
        self.count += 1

    def close(self, ok: bool = True) -> None:
        """Finish: on success flush, sync and rename into place; else keep the partial file.

        Closing after a failure never raises: a disk that is full takes the last, torn line
        with it, and ``--resume`` cuts that line off.
        """
        if self.path is None:
            with contextlib.suppress(OSError) if not ok else contextlib.nullcontext():
                self._out.flush()
            return
        if self._out.closed:
            return
        if not ok:
            with contextlib.suppress(OSError):  # closes the file even when the flush fails
                self._out.close()
            return
        self._out.flush()
        os.fsync(self._out.fileno())
        os.replace(self.part, self.path)
        self._out.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(ok=exc_type is None)


T = TypeVar("T")
