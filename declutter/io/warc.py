"""WARC / WARC.gz reading: each HTTP response record is one page, and no record is lost quietly.

An archive is cut into records here, not by trusting it: a record's block is its
``Content-Length`` bytes, and it counts as whole only when what follows is the next record
(``WARC/1.x``), blank lines or the end. A record cut short (a truncated file or gzip member)
or one whose length lies is an error record naming it, never a shorter page; reading then
goes on at the next ``WARC/`` line after the damaged header, so every complete record after
the damage still comes out. Gzip members are inflated one after the other: a damaged member
or bytes between members end only what they hold. A whole record (never more than
``--max-page-bytes`` of block) is then parsed by warcio (HTTP headers, chunked and compressed
payloads).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from declutter.io.readers import Failure, Item, RawPage

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_CHUNK = 1 << 16
_HEADER_LIMIT = 1 << 16
"""A WARC header block longer than this (bytes) is damage, not a header."""
_GZIP_MAGIC = b"\x1f\x8b\x08"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _inflate(raw: IO[bytes]) -> Iterator[bytes]:
    """The bytes of every gzip member of ``raw`` in turn, each chunk at most 64 KiB.

    Bytes that are not a member (between members or after a damaged one) are skipped to the
    next gzip header. A damaged member (bad data, or one that never ends because garbage
    inside it reads as more data) gives what it held, then a line saying it was damaged, and
    reading goes on at the next gzip header after its start (found again by seeking back, on
    a file). Output is bounded per chunk, so a gzip bomb streams like any other input.
    """
    seekable = raw.seekable()
    pending = b""
    while True:
        data = pending or raw.read(_CHUNK)
        if not data:
            return
        start = data.find(_GZIP_MAGIC)
        if start < 0:  # not a member: keep what may begin a header, read on
            more = raw.read(_CHUNK)
            if not more:
                return
            pending = data[-2:] + more
            continue
        # pending is always the tail of what was read, so this is the member's offset
        member = raw.tell() - len(data) + start if seekable else -1
        inflater = zlib.decompressobj(31)
        data, pending = data[start:], b""
        try:
            while True:
                out = inflater.decompress(data, _CHUNK)
                while out:
                    yield out
                    out = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
                if inflater.eof:
                    pending = inflater.unused_data
                    break
                data = raw.read(_CHUNK)
                if not data:
                    raise zlib.error("the member does not end")
        except zlib.error:
            yield b"\n<damaged gzip member>\n"
            if member >= 0:
                raw.seek(member + 1)
            elif data:
                pending = data[1:]
            else:
                return


class _Window:
    """A sliding window on a byte stream: the bytes from ``start`` on, read as needed."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.buf = bytearray()
        self.start = 0  # stream offset of buf[0]
        self.eof = False

    def fill(self, size: int) -> bool:
        """Have at least ``size`` bytes buffered (False when the stream ends first)."""
        while len(self.buf) < size and not self.eof:
            chunk = next(self.chunks, b"")
            if chunk:
                self.buf += chunk
            else:
                self.eof = True
        return len(self.buf) >= size

    def find(self, pattern: bytes, begin: int, limit: int) -> int:
        """Index of ``pattern`` in the buffer at or after ``begin`` and before ``limit``, or -1."""
        at = begin
        while True:
            found = self.buf.find(pattern, at, limit)
            if found >= 0 or len(self.buf) >= limit or self.eof:
                return found
            at = max(begin, len(self.buf) - len(pattern))
            self.fill(min(limit, len(self.buf) + _CHUNK))

    def drop(self, count: int) -> None:
        del self.buf[:count]
        self.start += count

    def skip(self, count: int) -> int:
        """Discard ``count`` bytes, also past the buffer; return how many there were."""
        done = min(count, len(self.buf))
        self.drop(done)
        while done < count and self.fill(1):
            step = min(count - done, len(self.buf))
            self.drop(step)
            done += step
        return done


def _headers(block: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in block.decode("utf-8", "replace").split("\r\n")[1:]:
        key, sep, value = line.partition(":")
        if sep:
            out.setdefault(key.strip().lower(), value.strip())
    return out


def _ends_well(window: _Window, at: int) -> bool:
    """Whether a record's block (ending at buffer offset ``at``) is followed by the two line
    ends the standard asks for (or by the end of the archive): a length one byte off either
    way fails this, as the bytes around it are never exactly ``\r\n\r\n``."""
    window.fill(at + 4)
    after = bytes(window.buf[at:at + 4])
    return after == b"\r\n\r\n" or (not after and window.eof)


def _seek_record(window: _Window, name: str, span: int, quiet: bool) -> Iterator[Failure]:
    """Drop bytes up to the next line that starts a WARC record; bytes that are not blank
    become one failure naming where they were (unless ``quiet``: the rest of a damaged record
    already reported). Looks ``span`` bytes ahead at a time."""
    junk_at, junk, sample = window.start, 0, b""
    while True:
        window.fill(5)
        # at a line start, or right after bytes glued in front of a header
        at = 0 if window.buf.startswith(b"WARC/") else window.find(b"WARC/1.", 0, span)
        if at < 0 and not window.eof:
            at = max(len(window.buf) - 5, 1)  # nothing in this span: drop it, look further
        elif at < 0:
            at = len(window.buf)
        dropped = bytes(window.buf[:at]).strip()
        junk += len(dropped)
        sample = sample or dropped[:40]
        window.drop(at)
        if window.buf.startswith(b"WARC/") or (window.eof and not window.buf):
            break
    if junk and not quiet:
        yield Failure(f"{name}@{junk_at}", f"damaged WARC: {junk} bytes that are not a record "
                      f"(from byte {junk_at} to {window.start}: {sample!r})")


def records(name: str, chunks: Iterator[bytes],
            max_page_bytes: int) -> Iterator[tuple[dict[str, str], bytes | None] | Failure]:
    """Cut a WARC byte stream into ``(headers, whole record)`` pairs; a record over the limit
    comes as ``(headers, None)``, damage as a :class:`Failure` naming the record or offset.

    Holds at most one record's header and ``max_page_bytes`` of block. A block longer than
    that is skipped as it streams; when such a record turns out cut short, the records inside
    what was skipped cannot be found again (the one case that can hide records).
    """
    window = _Window(chunks)
    span = max_page_bytes + _HEADER_LIMIT
    damaged = False
    while True:
        yield from _seek_record(window, name, span, quiet=damaged)
        damaged = True  # until a whole record is out
        if not window.buf:
            return
        offset = window.start
        end = window.find(b"\r\n\r\n", 0, _HEADER_LIMIT)
        if end < 0:
            why = "cut short in its header" if window.eof else "a header without its end"
            yield Failure(f"{name}@{offset}", f"damaged WARC: record {why}")
            window.drop(1)
            continue
        headers = _headers(bytes(window.buf[:end]))
        rid = headers.get("warc-record-id") or f"{name}@{offset}"
        url = headers.get("warc-target-uri")
        body = end + 4
        length = headers.get("content-length", "")
        if not length.isdigit():
            yield Failure(rid, "damaged WARC: record without a valid Content-Length", url)
            window.drop(body)
            damaged = True
            continue
        size = int(length)
        if size <= max_page_bytes or not window.fill(body + max_page_bytes + 1):
            # small enough to hold, or the archive ends before the limit (so it lies)
            if window.fill(body + size) and _ends_well(window, body + size):
                whole = bytes(window.buf[:body + size])
                window.drop(body + size)
                damaged = False
                yield headers, (whole if size <= max_page_bytes else None)
                continue
        elif window.skip(body + size) == body + size and _ends_well(window, 0):
            damaged = False
            yield headers, None
            continue
        why = ("is cut short (the archive ends inside it)" if len(window.buf) < body + size
               and window.eof else "does not end where its Content-Length says")
        yield Failure(rid, f"damaged WARC: the record {why}", url)
        window.drop(min(body, len(window.buf)))  # go on at the next record after the header


def read_warc(name: str, stream: IO[bytes], max_page_bytes: int,
              gzipped: bool = False) -> Iterator[Item]:
    """Yield a page per response record; request, metadata and warcinfo records are not pages.

    ``stream`` holds the archive's bytes as stored (gzip members when ``gzipped``). A response
    that is not HTML (or plain text) becomes a failure naming its content type; a damaged
    record, one cut short and bytes that are no record become failures naming where they are.
    """
    chunks = _inflate(stream) if gzipped else iter(lambda: stream.read(_CHUNK), b"")
    count = 0
    for found in records(name, chunks, max_page_bytes):
        if isinstance(found, Failure):
            yield found
            continue
        headers, whole = found
        if headers.get("warc-type") != "response":
            continue
        count += 1
        rid = headers.get("warc-record-id") or f"{name}#{count}"
        url = headers.get("warc-target-uri")
        if whole is None:
            yield Failure(rid, f"page is larger than --max-page-bytes ({max_page_bytes})", url)
            continue
        yield _page(rid, url, whole, max_page_bytes)


def _page(rid: str, url: str | None, whole: bytes, max_page_bytes: int) -> Item:
    """One whole response record (bytes) -> a raw page, or a failure saying why not."""
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(whole), check_digests=False)))
        if record.http_headers is None:  # warcio gave up on a damaged header: say so
            return Failure(rid, "damaged WARC: the record's HTTP headers cannot be read", url)
        ctype = (record.http_headers.get_header("Content-Type") or "text/html"
                 if record.http_headers else "text/html")
        if not ctype.split(";")[0].strip().lower().startswith(_HTML_TYPES):
            return Failure(rid, f"not an HTML response (content type {ctype})", url)
        body = record.content_stream().read(max_page_bytes + 1)
        fetched = record.rec_headers.get_header("WARC-Date")
    except (StopIteration, ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError,
            TypeError, zlib.error) as exc:  # warcio raises AttributeError on odd headers
        return Failure(rid, f"damaged WARC: {type(exc).__name__}: {exc}", url)
    if len(body) > max_page_bytes:
        return Failure(rid, f"page is larger than --max-page-bytes ({max_page_bytes})", url)
    kind = "text" if ctype.lower().startswith("text/plain") else "html"
    return RawPage(rid, kind, body, url=url, fetched_at=fetched, encoding=_charset(ctype))
