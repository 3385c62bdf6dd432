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
from dataclasses import dataclass, field, replace
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
    assumed_source: str | None = None
    """A source name given from outside (``--source``) for a page that may name none: it
    becomes the page's source only where the page has none of its own
    (:func:`declutter.pipeline.parse`)."""


def assume(item: RawPage, url: str | None, source: str | None) -> RawPage:
    """``item`` with ``--url`` where it has no URL, and ``--source`` as its
    :attr:`RawPage.assumed_source` where it has no source nor URL of its own (a URL's host
    names the source, as templates name it; :func:`declutter.pipeline.parse` checks HTML's)."""
    own = bool(item.source or item.url)
    if (url and not item.url) or (source and not own):
        return replace(item, url=item.url or url, assumed_source=None if own else source)
    return item


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


_NOT_PAGES = frozenset((
    ".md", ".markdown", ".rst", ".adoc", ".pdf", ".doc", ".docx", ".odt", ".rtf",  # documents
    ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".json", ".lock",  # configuration
    ".py", ".js", ".mjs", ".ts", ".map", ".css", ".scss", ".less", ".sh",  # code, styles
    ".csv", ".tsv", ".parquet", ".sqlite", ".db", ".idx",  # data
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",
    ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".mov", ".avi",  # media
    ".woff", ".woff2", ".ttf", ".otf", ".eot", ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar",
))
"""Extensions of files that are no pages by their type: documentation, configuration (rule
files), code, style sheets, data tables, media, fonts, archives (a site mirror's assets)."""


def is_page_file(path: Path) -> bool:
    """Whether a file found inside a folder is read as pages, as a file named directly is
    (its name, else its content, gives the format; unreadable or binary content gives an
    error record): every file but those whose extension names a type that is no page
    (:data:`_NOT_PAGES`: README.md, *.yaml, *.py, images, ...), which are skipped and named
    on stderr. So a mirror's ``article.php`` is read, and so is ``junk.bin`` (an error record)."""
    return Path(_strip_gz(path.name.lower())).suffix not in _NOT_PAGES


def input_id(relative: str) -> str:
    """The id of a file's pages from its path relative to the argument: the path itself,
    unless it holds bytes that are not UTF-8 (lone surrogates from ``surrogateescape``) or a
    backslash; then each such byte is written ``\\xNN`` and each backslash ``\\\\``. So ids are
    valid text (they survive JSON and ``--resume``), unique, and the same on every run."""
    if "\\" not in relative and not any(
            "\udc80" <= c <= "\udcff" for c in relative):
        return relative
    raw = relative.encode("utf-8", "surrogateescape").replace(b"\\", b"\\\\")
    return raw.decode("utf-8", "backslashreplace")


def _walk(root: Path, refused: list[tuple[Path, str]]) -> list[Path]:
    """Every file under ``root`` (hidden names left out), sorted by path. A link to a folder
    is followed once: a folder reached again (a loop, or a second link to it) is refused, as
    is a folder that cannot be read or a broken link; each lands in ``refused`` with why."""
    seen: set[tuple[int, int]] = set()
    files: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                refused.append((folder, "a link to a folder already read"))
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            refused.append((folder, f"cannot read: {exc.strerror or exc}"))
            continue
        for entry in children:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError as exc:
                refused.append((path, f"cannot read: {exc.strerror or exc}"))
                continue
            if is_dir:
                stack.append(path)
            elif is_file:
                files.append(path)
            elif entry.is_symlink():
                refused.append((path, "a broken link"))
    return sorted(files)


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
            return is_record(json_line(line))
    except (OSError, EOFError, zlib.error, ValueError):
        return False


def expand(arguments: Iterable[str], skipped: list[Path] | None = None,
           refused: list[tuple[Path, str]] | None = None) -> list[Input]:
    """Turn input arguments into files, checking first that every argument exists.

    A file named directly is always read; inside folders and globs only
    :func:`is_page_file` files are, the others are appended to ``skipped`` when given, and
    so are JSON Lines files that hold declutter's own output (:func:`is_declutter_output`).
    Folders and links inside folders that cannot be read go to ``refused`` as
    ``(path, reason)`` (see :func:`_walk`). Ids come from :func:`input_id`.
    Raises :class:`InputError` (a usage error) naming the first argument that matches nothing,
    or a file named directly that is declutter output.
    """
    skipped = [] if skipped is None else skipped
    refused = [] if refused is None else refused
    inputs: list[Input] = []
    for arg in arguments:
        if arg == "-":
            inputs.append(Input(None, "-"))
            continue
        path = Path(arg)
        if path.is_dir():
            for child in _walk(path, refused):
                if is_page_file(child) and not is_declutter_output(child):
                    inputs.append(Input(child, input_id(child.relative_to(path).as_posix())))
                else:
                    skipped.append(child)
        elif path.is_file():
            if is_declutter_output(path):
                raise InputError(f"{arg} holds declutter output records, not pages "
                                 "(declutter dedup and declutter report read those)")
            inputs.append(Input(path, input_id(path.name)))
        elif glob.has_magic(arg):
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"no files match {arg!r}")
            base = Path(os.path.commonpath([str(m.parent) for m in matches]))
            pages = [m for m in matches if is_page_file(m) and not is_declutter_output(m)]
            skipped.extend(m for m in matches if m not in pages)
            inputs.extend(Input(m, input_id(m.relative_to(base).as_posix())) for m in pages)
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
    return raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]


def _head(raw: IO[bytes]) -> tuple[bytes, bool]:
    """The first (decompressed) bytes of a stream, without consuming it, and whether it is gzip."""
    start = raw.peek(2048)[:2048]  # type: ignore[attr-defined]
    if start[:2] != b"\x1f\x8b":
        return start, False
    try:
        return zlib.decompressobj(31).decompress(start, 2048), True
    except zlib.error:
        return b"", True


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"page is larger than --max-page-bytes ({limit} bytes)")
    return data


def read(inp: Input, fmt: str | None = None,
         max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> Iterator[Item]:
    """Stream the pages of one input; a broken file yields one :class:`Failure`, not an exception."""
    try:
        raw = _open(inp)
    except OSError as exc:
        yield Failure(inp.id, f"cannot open: {exc.strerror or exc}")
        return
    stream = raw
    try:
        try:
            head, gzipped = _head(raw)
        except (OSError, EOFError) as exc:
            yield Failure(inp.id, f"cannot read: {exc}")
            return
        name = inp.path.name if inp.path else ""
        kind = fmt or format_of(name, head)
        if kind == "warc":  # read from the stored bytes: damage is found record by record
            from declutter.io.warc import read_warc

            gzipped = gzipped or name.lower().endswith(".gz")  # even with bytes before it
            yield from read_warc(inp.id, raw, max_page_bytes, gzipped)
            return
        if gzipped:
            stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
        if kind == "jsonl":
            yield from _read_jsonl(inp, stream, max_page_bytes)
        elif kind == "feed":
            from declutter.io.feeds import read_feed

            yield from _whole(inp, stream, max_page_bytes, read_feed)
        else:
            yield from _whole(inp, stream, max_page_bytes,
                              lambda i, data: [RawPage(i.id, kind, data)])
    finally:
        if inp.path is not None:
            stream.close()
            raw.close()


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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_line(line: bytes | str) -> Any:
    """The value of one JSON Lines line, strictly JSON: ``NaN`` and ``Infinity`` (which Python
    accepts but no JSON reader does), an integer over Python's 4,300 digits and nesting deeper
    than the parser's stack raise :class:`ValueError` with the reason, so the line becomes
    its own error record and the run goes on."""
    try:
        return json.loads(line, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(str(exc)) from None


def page_from_json(line: bytes | str, where: str) -> Item:
    """One JSON Lines record -> a raw page (``html`` wins over ``text`` when both are given)."""
    try:
        data = json_line(line)
    except ValueError as exc:
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
