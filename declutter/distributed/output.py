"""The output folder of a distributed run: checked before a page is read, locked while a run
writes it, and replaced only when the new run is complete.

A run writes into a new hidden folder beside the output (``.NAME.new-XXXXXXXX``); when every
part and the manifest are there, the old folder is renamed away and the new one takes its
name, so a run that fails or is killed leaves the previous complete output as it was. The lock
is a ``flock`` on ``.NAME.lock`` beside the folder, so it holds across the swap; a second run
into the same folder fails at once. A folder that holds the run's inputs, or anything other
than a run's output (``part-*``, ``manifest.json``, ``_stage``), is refused: replacing it
would delete what the run reads or what someone else put there.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from declutter.io.writers import lock_file

_OURS = re.compile(r"part-\d{5}\.(jsonl|parquet)|manifest\.json|_stage")


class OutputError(Exception):
    """An output folder that a run cannot use (the message says why)."""


def check_output(out: Path, inputs: Iterable[Path | None]) -> None:
    """Raise :class:`OutputError` when ``out`` holds an input file, or files that are not
    a run's output; ``inputs`` are the expanded input files (``None``: stdin)."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"-o {out}: with --cluster the output is a folder")
    root = out.resolve()
    for path in inputs:
        if path is not None and path.resolve().is_relative_to(root):
            raise OutputError(f"-o {out} holds the input {path}: the run would replace its own "
                              "inputs; write to another folder")
    if out.is_dir():
        foreign = sorted(p.name for p in out.iterdir() if not _OURS.fullmatch(p.name))
        if foreign:
            raise OutputError(f"-o {out} holds files that are not a run's output "
                              f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''});"
                              " write to an empty or new folder")


@contextmanager
def writing(out: Path) -> Iterator[Path]:
    """Lock ``out``, yield a fresh folder beside it to write into, and on success put that
    folder in ``out``'s place; on any failure (Ctrl-C too) remove it and leave ``out`` be.
    Raises :class:`OutputError` when another run holds the lock."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    fd = lock_file(lock_path)
    if fd is None:
        raise OutputError(f"another run is writing {out} (lock on {lock_path})")
    work = out.parent / f".{out.name}.new-{uuid.uuid4().hex[:8]}"
    try:
        work.mkdir()
        yield work
        old = out.parent / f".{out.name}.old-{uuid.uuid4().hex[:8]}"
        if out.exists():
            os.rename(out, old)
        os.rename(work, out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        os.close(fd)
