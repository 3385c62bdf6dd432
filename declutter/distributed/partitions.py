"""Input partitions: the units of work a Dask worker cleans, and how a partition is read.

A partition is a run of consecutive whole input files (grouped up to the partition size, so a
folder of a million small HTML pages is not a million tasks), or one byte range of an
uncompressed JSON Lines file that is larger than the partition size. Partitions are numbered in
input order (files in the order :func:`declutter.io.input_files.expand` gives them, ranges of one
file in file order), so the concatenation of the partitions' records is the single-machine
stream, record for record.

A byte range ``[start, end)`` owns the lines that *start* inside it: reading begins at the first
line boundary at or after ``start`` and stops after the line that crosses ``end``. Pages without
an ``id`` are named ``<file>:<line number>`` as on one machine, so each range needs the number
of lines before it: :func:`count_newlines` counts them per range (a cheap pass that runs on the
workers) and the client adds the counts up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from declutter.io.input_files import InputError
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, Input, Item, format_of, read, read_jsonl_lines

DEFAULT_PARTITION_BYTES = 64 * 1024 * 1024
OUTPUT_FORMATS = ("jsonl", "parquet")
_SCAN = 1 << 20


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of cleaning: consecutive whole files, or a byte range of one JSONL file."""

    number: int
    files: tuple[tuple[str, str], ...]
    """``(path, id prefix)`` of each file (the prefix as :func:`~declutter.io.input_files.expand`
    names the file's pages); one file when ``end`` is set."""
    start: int = 0
    end: int | None = None
    """End of the byte range of ``files[0]``; ``None``: the files are read whole."""
    first_line: int = 1
    """Line number of the first line that starts in the range (1 for whole files)."""

    @property
    def path(self) -> str:
        return self.files[0][0]

    @property
    def id(self) -> str:
        return self.files[0][1]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["files"] = [path for path, _ in self.files]
        return data


Split = tuple[list[Input], int, "int | None"]


def _is_plain_jsonl(path: Path, fmt: str | None) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(2048)
    if head[:2] == b"\x1f\x8b":
        return False  # gzip streams cannot be split
    return (fmt or format_of(path.name, head)) == "jsonl"


def split_points(inputs: list[Input], fmt: str | None, partition_bytes: int,
                 max_files: int = 10_000) -> list[Split]:
    """``(files, start, end)`` per partition, in input order: a large plain JSONL file is cut
    into byte ranges of ``partition_bytes``; other files are grouped, consecutive ones together,
    up to ``partition_bytes`` or ``max_files`` per partition (``end`` is ``None``)."""
    out: list[Split] = []
    group: list[Input] = []
    group_bytes = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            out.append((group, 0, None))
        group, group_bytes = [], 0

    for inp in inputs:
        if inp.path is None:
            raise InputError("stdin (-) cannot be read on a cluster; give file paths")
        size = inp.path.stat().st_size
        if size > partition_bytes and _is_plain_jsonl(inp.path, fmt):
            close_group()
            for start in range(0, size, partition_bytes):
                out.append(([inp], start, min(start + partition_bytes, size)))
            continue
        if group and (group_bytes + size > partition_bytes or len(group) >= max_files):
            close_group()
        group.append(inp)
        group_bytes += size
    close_group()
    return out


def count_newlines(path: str, start: int, end: int) -> int:
    """Newlines in ``data[max(start - 1, 0) : end - 1]``: added up over the ranges before a
    range, that is the number of newlines before its first possible line start."""
    lo, hi = max(start - 1, 0), max(end - 1, 0)
    count = 0
    with open(path, "rb") as handle:
        handle.seek(lo)
        remaining = hi - lo
        while remaining > 0:
            chunk = handle.read(min(_SCAN, remaining))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


def number(splits: list[Split], newlines: list[int]) -> list[Partition]:
    """Partitions with their first line numbers, from the per-range newline counts.

    ``newlines[k]`` is :func:`count_newlines` of split ``k`` (0 for whole files).
    """
    parts: list[Partition] = []
    before = 0
    previous: Path | None = None
    for k, ((files, start, end), count) in enumerate(zip(splits, newlines, strict=True)):
        if end is not None and files[0].path != previous:
            before, previous = 0, files[0].path
        first_line = 1 if start == 0 else before + 2
        parts.append(Partition(k, tuple((str(f.path), f.id) for f in files), start, end,
                               first_line))
        before += count
    return parts


def read_partition(part: Partition, fmt: str | None = None,
                   max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> Iterator[Item]:
    """The items of one partition, exactly as the single-machine reader gives them."""
    if part.end is None:
        for path, prefix in part.files:
            yield from read(Input(Path(path), prefix), fmt, max_page_bytes)
        return
    yield from read_jsonl_range(part, max_page_bytes)


def read_jsonl_range(part: Partition, limit: int = DEFAULT_MAX_PAGE_BYTES) -> Iterator[Item]:
    """Pages of the lines starting in ``[part.start, part.end)`` of a plain JSONL file, read
    exactly as :func:`declutter.io.readers.read` reads a whole JSONL file."""
    assert part.end is not None
    with open(part.path, "rb") as stream:
        if part.start > 0:
            stream.seek(part.start - 1)
            if stream.read(1) != b"\n":
                stream.readline()  # the rest of a line that started before the range
        yield from read_jsonl_lines(stream, part.id, limit, part.first_line, part.end)


__all__ = ["DEFAULT_PARTITION_BYTES", "Partition", "count_newlines", "number", "read_jsonl_range",
           "read_partition", "split_points"]
