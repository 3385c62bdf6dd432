"""HTML page -> :class:`~declutter.blocks.Page`: decode, parse safely, cut into blocks.

Parsing is safe by construction: libxml2's HTML parser never loads a DTD or external entity,
network access is off, comments and processing instructions are dropped, and the input is
given to libxml2 as UTF-8 bytes, NUL read as a space (as in a text dump) and other control
bytes turned into U+FFFD, which blocks drop. The walk to blocks is :mod:`declutter.block_walk`, the metadata
:mod:`declutter.page_meta`, the decoding :mod:`declutter.charset`; where libxml2's tree would
lose text a browser shows, :mod:`declutter.browser_tree` repairs the markup.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from lxml import etree

from declutter.block_walk import INVISIBLE, Builder
from declutter.blocks import Page, title_sized
from declutter.browser_tree import browser_markup
from declutter.charset import NUL_READ_AS, decode, utf16_without_bom
from declutter.page_meta import clean_title, head_meta, split_title

__all__ = ["decode", "clean_title", "parse_html", "parse_tree"]

# libxml2's HTML parser checks each attribute of a tag against all earlier ones: a tag with
# 80,000 attributes takes minutes in C, where the per-page time budget cannot stop it.
MAX_ATTRIBUTES = 2000
_LONG_TAG = re.compile(rb"<[A-Za-z][^<>]{4096,}")
_ATTRIBUTE = re.compile(rb"""\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def _parser() -> etree.HTMLParser:
    """A fresh safe libxml2 HTML parser (one per call: parsers are not thread-safe)."""
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=False,
        default_doctype=False,
        compact=True,
    )


def _utf8(data: bytes | bytearray | str) -> bytes:
    """The page as UTF-8 bytes for libxml2 (which turns control bytes into U+FFFD), each NUL
    read as white space first (:data:`declutter.charset.NUL_READ_AS`), as a text dump's is.
    (A NUL is looked for in the UTF-8 bytes, where only U+0000 gives a zero byte: a scan of
    bytes, several times cheaper than one of the decoded text.)"""
    if isinstance(data, str):
        return _nul_read(data.encode("utf-8", "replace"))
    data = bytes(data)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if utf16_without_bom(data):
        return _nul_read(decode(data).encode("utf-8", "replace"))
    if not data.isascii():  # (ASCII is UTF-8: no decoding to tell)
        try:
            data.decode("utf-8")  # valid UTF-8 goes to the parser as it is
        except UnicodeDecodeError:
            return _nul_read(decode(data).encode("utf-8", "replace"))
    return _nul_read(data)


_NUL_READ_AS = NUL_READ_AS.encode()


def _nul_read(raw: bytes) -> bytes:
    """UTF-8 ``raw`` with each NUL byte read as :data:`~declutter.charset.NUL_READ_AS`."""
    return raw.replace(b"\x00", _NUL_READ_AS) if b"\x00" in raw else raw


def _check_tags(raw: bytes) -> None:
    """Refuse a page with a tag of more than :data:`MAX_ATTRIBUTES` attributes.

    Such a tag is over 4096 bytes with no "<" or ">" (:data:`_LONG_TAG`), so it holds a
    whole chunk of any tiling of the page into ``_CHUNK``-byte pieces: only chunks with
    neither byte (found by ``bytes.find``, in C) are looked at, and only the run of bytes
    around such a chunk, once. The tags tested are the matches of :data:`_LONG_TAG`, as a
    regex scan of the whole page would find them, at a tenth of its cost on most pages.
    """
    n, find, rfind = len(raw), raw.find, raw.rfind
    at = next_lt = next_gt = 0
    while at < n:
        stop = at + _CHUNK
        if find(b"<", at, stop) >= 0 or find(b">", at, stop) >= 0:
            at = stop
            continue
        # the run's "<" (or ">", or none): in the chunk before, which holds one (else it is
        # the first chunk); and its end, the next "<" or ">": each byte is searched once
        low = at - _CHUNK if at > _CHUNK else 0
        start = max(rfind(b"<", low, at), rfind(b">", low, at))
        if 0 <= next_lt < stop:  # (a "<" or ">" found before and not passed yet still is
            next_lt = find(b"<", stop)  # the next one: no byte is searched twice)
        if 0 <= next_gt < stop:
            next_gt = find(b">", stop)
        end = min(e for e in (next_lt, next_gt, n) if e >= 0)
        if start >= 0 and raw[start] == 60 and raw[start + 1 : start + 2].isalpha():
            tag = _LONG_TAG.match(raw, start, end)
            if tag is not None:
                count = sum(1 for _ in _ATTRIBUTE.finditer(tag.group()))
                if count > MAX_ATTRIBUTES:
                    raise ValueError(f"a tag with {count} attributes (more than {MAX_ATTRIBUTES})")
        at = end


_CHUNK = 2048  # (a run over 4096 bytes holds a whole chunk of any tiling into 2048-byte chunks)


def _parse(raw: bytes) -> Any:
    """libxml2's tree of the UTF-8 bytes ``raw`` (its ``<html>`` element).

    Raises :class:`ValueError` when libxml2 finds no document element, fails, or stops early at
    one of its limits (see :func:`parse_html`).
    """
    parser = _parser()
    try:
        root = etree.fromstring(raw, parser)
    except etree.Error as exc:
        raise ValueError(f"unparseable HTML: {exc}") from exc
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stopped: the rest would be lost
            raise ValueError(f"page exceeds the HTML parser's limits: {error.message.strip()}")
    if root is None:
        raise ValueError("unparseable HTML: no document element")
    return root


def parse_html(data: bytes | str, *, id: str, url: str | None = None, source: str | None = None) -> Page:
    """Parse one HTML page into a :class:`Page` of blocks with metadata.

    Raises :class:`ValueError` when the input holds no parseable HTML or no visible text, or
    when libxml2 would stop early (nesting deeper than 256, a text node over 10 MB, a tag with
    thousands of attributes): a truncated page is an error, never a silently shorter story.
    """
    raw = _utf8(data)
    if not raw.strip():
        raise ValueError("empty page: no HTML to parse")
    _check_tags(raw)
    # what follows a stray </html> or </body>, or an unclosed tag inside <noscript>, is
    # shown by browsers and lost by libxml2
    root = _parse(browser_markup(raw))
    return parse_tree(root, id=id, url=url, source=source)


def parse_tree(root: Any, *, id: str, url: str | None = None, source: str | None = None) -> Page:
    """An lxml HTML tree -> a :class:`Page`, without serialising and re-parsing it.

    ``root`` is the document element (``<html>``) or any element holding the page; it is
    changed in place (invisible elements are removed), so pass a copy of a tree you keep.
    Raises :class:`ValueError` when the tree holds no visible text.
    """
    meta, og_title, html_title = head_meta(root, url)
    pictured = _pictured(root)
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    builder = Builder(url or meta.get("canonical_url"))  # relative links: page URL, else canonical
    builder.build(body)
    if not builder.blocks:
        raise ValueError("no visible text in page")
    h1 = title_sized(next((b.text for b in builder.blocks if b.kind == "h1"), None))
    site = meta["site_name"]
    head, site_part = split_title(html_title, site)
    title = clean_title(og_title, site) or h1 or head
    article_body = meta.pop("article_body", None)
    meta = {k: v for k, v in meta.items() if v}
    return Page(
        id=id,
        format="html",
        blocks=builder.blocks,
        url=url,
        source=source,
        title=title,
        site=site or site_part,
        meta=meta,
        tree=root,
        article_body=article_body,
        pictured=pictured,
    )


def _pictured(root: Any) -> frozenset[Any]:
    """The ancestors of the tree's ``<img>`` elements, each added once (a walk up from an
    image stops at an element already added): linear in the tree size."""
    held: set[Any] = set()
    for img in root.iter("img"):
        for el in img.iterancestors():
            if el in held:
                break
            held.add(el)
    return frozenset(held)
