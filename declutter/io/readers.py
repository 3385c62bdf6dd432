"""Readers: input arguments -> a stream of raw pages (or failures), never the whole input at once.

An input argument is a file, a folder (read recursively, in sorted order), a glob, or ``-``
for stdin. Each file's format is found from its name and, failing that, its first bytes:

=========  =============================================  =====================================
format     files                                          pages
=========  =============================================  =====================================
``html``   ``.html``, ``.htm`` (also ``.gz``)             one per file
``text``   ``.txt`` (also ``.gz``), anything unrecognised one per file
``jsonl``  ``.jsonl``, ``.ndjson`` (also ``.gz``)         one per line: id, url, html or text,
                                                          source, fetched_at; other keys go
                                                          to the output's ``input``
``warc``   ``.warc``, ``.warc.gz``                         one per HTTP response record
``feed``   ``.rss``, ``.atom``, ``.xml`` with a feed       one per item (content, else summary)
=========  =============================================  =====================================
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

FORMATS = ("html", "text", "jsonl", "warc", "feed")
DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024

_EXTENSIONS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "feed", ".atom": "feed",
}


class InputError(Exception):
    """An input argument that cannot be read at all (a usage error, not a page error)."""


@dataclass(slots=True)
class RawPage:
    """One page as read: its identity and its undecoded content."""

    id: str
    format: str
    """``html`` or ``text``: how the content is parsed."""
    content: bytes | str
    url: str | None = None
    source: str | None = None
    fetched_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    """Encoding declared by the transport (HTTP header), when known."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Metadata the input already states (``published`` for feed items)."""


@dataclass(slots=True)
class Failure:
    """An input record that could not be read; it becomes an error record."""

    id: str
    error: str
    url: str | None = None


Item = RawPage | Failure


@dataclass(slots=True)
class Input:
    """One input file (or stdin) and the id prefix its pages get."""

    path: Path | None
    id: str


def is_page_file(path: Path) -> bool:
    """Whether a file found inside a folder is read as pages: a known page extension
    (also gzipped), ``.xml``, or no extension at all (then its content decides).
    Other files in a folder (README.md, *.yaml, *.py, ...) are skipped."""
    name = _strip_gz(path.name.lower())
    suffix = Path(name).suffix
    return suffix in _EXTENSIONS or suffix in ("", ".xml") or name.endswith(".warc")


_OUTPUT_PEEK = 1 << 20


def is_declutter_output(path: Path) -> bool:
    """Whether a JSON Lines file holds declutter's own output records rather than pages: its
    first line (read up to 1 MiB) has the fields every record has (:func:`declutter.record.is_record`)."""
    if Path(_strip_gz(path.name.lower())).suffix not in (".jsonl", ".ndjson"):
        return False
    from declutter.record import is_record

    try:
        with open(path, "rb") as raw:
            stream = gzip.GzipFile(fileobj=raw) if raw.read(2) == b"\x1f\x8b" else raw
            stream.seek(0)
            line = b""
            while not line.strip():
                line = stream.readline(_OUTPUT_PEEK)
                if not line:
                    return False
            return is_record(json.loads(line))
    except (OSError, EOFError, zlib.error, ValueError):
        return False


def expand(arguments: Iterable[str], skipped: list[Path] | None = None) -> list[Input]:
    """Turn input arguments into files, checking first that every argument exists.

    A file named directly is always read; inside folders and globs only
    :func:`is_page_file` files are, the others are appended to ``skipped`` when given, and
    so are JSON Lines files that hold declutter's own output (:func:`is_declutter_output`).
    Raises :class:`InputError` (a usage error) naming the first argument that matches nothing,
    or a file named directly that is declutter output.
    """
    skipped = [] if skipped is None else skipped
    inputs: list[Input] = []
    for arg in arguments:
        if arg == "-":
            inputs.append(Input(None, "-"))
            continue
        path = Path(arg)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if is_page_file(child) and not is_declutter_output(child):
                    inputs.append(Input(child, child.relative_to(path).as_posix()))
                else:
                    skipped.append(child)
        elif path.is_file():
            if is_declutter_output(path):
                raise InputError(f"{arg} holds declutter output records, not pages "
                                 "(declutter dedup and declutter report read those)")
            inputs.append(Input(path, path.name))
        elif glob.has_magic(arg):
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"no files match {arg!r}")
            base = Path(os.path.commonpath([str(m.parent) for m in matches]))
            pages = [m for m in matches if is_page_file(m) and not is_declutter_output(m)]
            skipped.extend(m for m in matches if m not in pages)
            inputs.extend(Input(m, m.relative_to(base).as_posix()) for m in pages)
        else:
            raise InputError(f"no such file or folder: {arg}")
    return inputs


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def format_of(name: str, head: bytes) -> str:
    """The format of a file from its name, else from its first (decompressed) bytes."""
    suffix = Path(_strip_gz(name)).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start:
        return "html"
    return "text"


def _open(inp: Input) -> IO[bytes]:
    raw: IO[bytes] = sys.stdin.buffer if inp.path is None else open(inp.path, "rb")  # noqa: SIM115
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    if stream.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    return stream


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"page is larger than --max-page-bytes ({limit} bytes)")
    return data


def read(inp: Input, fmt: str | None = None,
         max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> Iterator[Item]:
    """Stream the pages of one input; a broken file yields one :class:`Failure`, not an exception."""
    try:
        stream = _open(inp)
    except OSError as exc:
        yield Failure(inp.id, f"cannot open: {exc.strerror or exc}")
        return
    try:
        try:
            head = stream.peek(2048)[:2048] if hasattr(stream, "peek") else b""
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(inp.id, f"cannot read: {exc}")
            return
        name = inp.path.name if inp.path else ""
        kind = fmt or format_of(name, head)
        if kind == "jsonl":
            yield from _read_jsonl(inp, stream, max_page_bytes)
        elif kind == "warc":
            from declutter.io.warc import read_warc

            yield from read_warc(inp.id, stream, max_page_bytes)
        elif kind == "feed":
            from declutter.io.feeds import read_feed

            yield from _whole(inp, stream, max_page_bytes, read_feed)
        else:
            yield from _whole(inp, stream, max_page_bytes,
                              lambda i, data: [RawPage(i.id, kind, data)])
    finally:
        if inp.path is not None:
            stream.close()


def _whole(inp: Input, stream: IO[bytes], limit: int, make: Any) -> Iterator[Item]:
    try:
        data = _read_limited(stream, limit)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield Failure(inp.id, f"cannot read: {exc}")
        return
    yield from make(inp, data)


def _read_jsonl(inp: Input, stream: IO[bytes], limit: int) -> Iterator[Item]:
    return read_jsonl_lines(stream, inp.id, limit)


def read_jsonl_lines(stream: IO[bytes], name: str, limit: int, first_line: int = 1,
                     end: int | None = None) -> Iterator[Item]:
    """Pages of the JSON lines of ``stream`` (up to byte ``end`` when given), named
    ``name:line``. Blank lines are skipped but counted; a line over ``limit`` bytes, or one that
    cannot be read, becomes a :class:`Failure`."""
    lineno = first_line - 1
    while end is None or stream.tell() < end:
        lineno += 1
        where = f"{name}:{lineno}"
        try:
            line = stream.readline(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(where, f"cannot read: {exc}")
            return
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(limit + 1)
            yield Failure(where, f"line is larger than --max-page-bytes ({limit} bytes)")
            continue
        if not line.strip():
            continue
        yield page_from_json(line, where)


def page_from_json(line: bytes | str, where: str) -> Item:
    """One JSON Lines record -> a raw page (``html`` wins over ``text`` when both are given)."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Failure(where, f"not valid JSON: {exc}")
    if not isinstance(data, dict):
        return Failure(where, "a JSON Lines record must be an object")
    return page_from_dict(data, where)


def page_from_dict(data: dict[str, Any], where: str) -> Item:
    """One input record (the object of a JSON Lines line) -> a raw page; ``data`` is consumed.

    Reads ``id`` (else ``where``), ``url``, ``html`` or ``text`` (``html`` wins), ``source``
    and ``fetched_at``; every other key goes to :attr:`RawPage.extra` (the output's ``input``).
    """
    pid = str(data.pop("id", None) or where)
    url = data.pop("url", None)
    html, text = data.pop("html", None), data.pop("text", None)
    source, fetched = data.pop("source", None), data.pop("fetched_at", None)
    if isinstance(html, (str, bytes)):  # bytes only from Python callers, never from JSON
        return RawPage(pid, "html", html, url, source, fetched, data)
    if isinstance(text, (str, bytes)):
        return RawPage(pid, "text", text, url, source, fetched, data)
    return Failure(pid, "record has neither an 'html' nor a 'text' string", url)


def read_all(inputs: Iterable[Input], fmt: str | None = None,
             max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> Iterator[Item]:
    """Stream every page of every input, in order."""
    for inp in inputs:
        yield from read(inp, fmt, max_page_bytes)
