"""WARC / WARC.gz reading (warcio): each HTTP response record is one page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from declutter.io.readers import Failure, Item, RawPage

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc(name: str, stream: IO[bytes], max_page_bytes: int) -> Iterator[Item]:
    """Yield a page per response record; request, metadata and warcinfo records are not pages.

    A response that is not HTML (or plain text) becomes a failure naming its content type;
    a damaged archive ends with one failure naming where it broke.
    """
    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            count += 1
            rid = record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{count}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (record.http_headers.get_header("Content-Type") or "text/html"
                     if record.http_headers else "text/html")
            if not ctype.split(";")[0].strip().lower().startswith(_HTML_TYPES):
                yield Failure(rid, f"not an HTML response (content type {ctype})", url)
                continue
            body = record.content_stream().read(max_page_bytes + 1)
            if len(body) > max_page_bytes:
                yield Failure(rid, f"page is larger than --max-page-bytes ({max_page_bytes})", url)
                continue
            kind = "text" if ctype.lower().startswith("text/plain") else "html"
            yield RawPage(
                rid, kind, body, url=url,
                fetched_at=record.rec_headers.get_header("WARC-Date"),
                encoding=_charset(ctype),
            )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as exc:
        # warcio raises AttributeError/TypeError on some malformed headers.
        yield Failure(f"{name}#{count + 1}", f"damaged WARC: {type(exc).__name__}: {exc}")
