"""Writers: records -> JSON Lines, to stdout or to a file that appears only when complete."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from declutter.record import Record, dumps


class JsonlWriter:
    """Write one record per line. A file is written to a temporary name beside it and renamed
    into place on success, so an interrupted run never leaves a half-written file that looks
    complete. ``None`` or ``-`` writes to stdout.
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path in (None, "-") else Path(path)  # type: ignore[arg-type]
        self.count = 0
        self._tmp: str | None = None
        if self.path is None:
            self._out: IO[str] = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
            )
            self._out = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, record: Record | dict[str, Any]) -> None:
        self._out.write(dumps(record))
        self._out.write("\n")
        self.count += 1

    def close(self, ok: bool = True) -> None:
        """Finish: rename into place when ``ok``, else remove the partial file."""
        if self.path is None:
            self._out.flush()
            return
        if self._out.closed:
            return
        assert self._tmp is not None
        if ok:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            os.replace(self._tmp, self.path)
        else:
            self._out.close()
            os.unlink(self._tmp)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(ok=exc_type is None)
