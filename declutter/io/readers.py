"""Readers: input files -> a stream of raw pages (or failures), never the whole input at once.

The files come from the input arguments (:func:`declutter.io.input_files.expand`: a file, a
folder, a glob, or ``-`` for stdin). Each file's format is found from its name and, failing
that, its first bytes:

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

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from declutter.charset import BINARY_SHARE, control_share, marked_text

FORMATS = ("html", "text", "jsonl", "warc", "feed")
DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024

_EXTENSIONS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "feed", ".atom": "feed",
}


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


def strip_gz(name: str) -> str:
    """``name`` without a final ``.gz``."""
    return name[:-3] if name.lower().endswith(".gz") else name


_TAG_START = re.compile(rb"<(?:[a-z][a-z0-9]*[\s/>]|!--)")


def format_of(name: str, head: bytes) -> str:
    """The format of a file from its name, else from its first (decompressed) bytes (binary
    bytes are never sniffed as JSON Lines: they stay one page, refused as binary). Content
    that begins with a tag or a comment, or holds ``<body``, is HTML; other content a text dump."""
    suffix = Path(strip_gz(name)).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    text = marked_text(head, "ignore")  # UTF-16 markup seen as markup ("<\0h\0t" is no tag)
    start = (head if text is None else text.encode("utf-8")).lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{") and control_share(head) <= BINARY_SHARE:
        return "jsonl"  # binary bytes that happen to begin with "{" are refused as one page
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start:
        return "html"
    return "html" if _TAG_START.match(start) else "text"


def sniff(data: str | bytes) -> str:
    """The format ``declutter clean`` gives a file of no known extension holding ``data``
    (gzipped or not): ``"html"``, ``"text"`` (a dump), ``"jsonl"``, ``"feed"`` or ``"warc"``."""
    start = data[:4096]
    raw = start.encode("utf-8", "replace") if isinstance(start, str) else bytes(start)
    return format_of("", _head(io.BufferedReader(io.BytesIO(raw)))[0])


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
