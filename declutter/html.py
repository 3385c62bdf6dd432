"""HTML page -> :class:`~declutter.blocks.Page`: decode, parse safely, cut into blocks.

This is the hot path of HTML cleaning, so the tree is walked once, in Python, with no
per-node XPath. Each block is one paragraph-like unit: a ``<p>``, a heading, a list item, a
table cell, or the bare text of a ``<div>``; ``<br>`` ends a block. A block carries the
features the rule engine and :mod:`declutter.content.html_story` read: tag, tag path, class/id
tokens of itself and its ancestors, characters inside links and its first link target.

Parsing is safe by construction: libxml2's HTML parser never loads a DTD or external entity,
network access is off, comments and processing instructions are dropped, and the input is
given to libxml2 as UTF-8 bytes, so NUL and other control bytes become U+FFFD, which
blocks drop.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from declutter.blocks import Block, Page, normalise_space

# Elements whose whole subtree is never visible text.
INVISIBLE = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "source", "track", "map", "select", "option", "textarea",
    "input", "head", "dialog", "img", "meta", "link", "wbr", "area", "param",
    "colgroup",
)  # fmt: skip

# Elements that start and end a block; everything else is inline and joins its neighbours.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "menu",
        "body",
        "html",
        "picture",
        "noscript",
    ]
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
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


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("windows-1252", "replace"), error.end


codecs.register_error("declutter-cp1252", _cp1252_fallback)


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then strict UTF-8, then the declared charset, then detection.

    Valid UTF-8 wins over a declared charset because pages far more often declare a legacy
    charset and serve UTF-8 than the other way round; legacy bytes are almost never valid UTF-8.
    """
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    if len(data) - len(text) >= text.count("\ufffd"):
        # more valid multi-byte sequences than broken bytes: UTF-8 with damage (or with a
        # pasted legacy part), which legacy text almost never is; only the bad bytes are cp1252
        return data.decode("utf-8", "declutter-cp1252")
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "ignore").lower() if match else None
    if declared and declared.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        declared = None  # a declaration readable as ASCII cannot be true (browsers ignore it too)
    if declared:
        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            declared = "windows-1252"  # what browsers do, and what such pages really use
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
    if declared and declared not in ("utf-8", "utf8"):
        return data.decode(declared, "replace")
    return data.decode(_undeclared_charset(data), "replace")


# What detectors answer for Latin-script text in some single-byte code page. Their choice
# among these is close to a coin toss on short text (German came out as Turkish or Mac
# Icelandic), so such text is read as windows-1252, which is what browsers in Western
# locales do with an undeclared page.
_LATIN_SINGLE_BYTE = re.compile(
    r"^(?:cp(?:437|850|125[0247])|latin_1|iso8859_(?:[1-49]|1[0345])|ascii|hp_roman8"
    r"|mac_(?:roman|turkish|iceland|latin2|croatian))$"
)


def _undeclared_charset(data: bytes) -> str:
    """The charset of non-UTF-8 bytes that declare none: charset-normalizer's answer when it
    sees a non-Latin script (Cyrillic, Greek, CJK, ...), else windows-1252. The result does not
    depend on which optional detectors happen to be installed."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and not _LATIN_SINGLE_BYTE.match(best.encoding):
        return best.encoding
    return "cp1252"


def _hides(key: str, value: str) -> bool:
    """Whether one attribute hides its element (``hidden``, inline CSS ``display: none``)."""
    if key == "hidden":
        return True
    # (aria-hidden hides from screen readers only: a pull quote so marked is still on screen)
    return key == "style" and _HIDDEN_STYLE.search(value) is not None


def _tokens(el: Any) -> str:
    """Lower-cased class and id tokens of one element ('' when it has neither)."""
    cls = el.get("class")
    eid = el.get("id")
    if cls is None and eid is None:
        return ""
    return " ".join(filter(None, (cls, eid))).lower()


# A root-relative link that urljoin would return as origin + link unchanged: no dot segment
# to remove, no empty query or fragment to drop, nothing urlsplit strips or rejects.
_ROOT_RELATIVE = re.compile(r"/(?!/)(?:[^\x00-\x20\x7f?#/.\\]|/(?!\.)|\.(?![./?#]|$))*"
                            r"(?:\?[^\x00-\x20\x7f#]+)?(?:#[^\x00-\x20\x7f]+)?$")


def _origin(base: str) -> str | None:
    """``scheme://host[:port]`` of an http(s) page URL (None for any other kind of URL)."""
    joined = urljoin(base, "/")
    if not joined.startswith(("http://", "https://")) or joined.count("/") != 3:
        return None
    return joined[:-1]


class _Builder:
    """Walks the body once and cuts its visible text into blocks."""

    __slots__ = ("blocks", "parts", "link", "href", "base", "origin", "joined")

    def __init__(self, base: str | None) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link = 0
        self.href: str | None = None
        self.base = base
        self.origin = _origin(base) if base else None
        self.joined: dict[str, str] = {}

    def absolute(self, href: str) -> str:
        """``href`` made absolute against the page URL, as :func:`urllib.parse.urljoin` does.

        Already absolute links and plain root-relative ones (``/news/story.html``, the bulk
        of a page's links) skip ``urljoin``: for those its answer is the page's origin
        followed by the link.
        """
        if not self.base or href.startswith(("http://", "https://")):
            return href
        if self.origin is not None and _ROOT_RELATIVE.match(href):
            return self.origin + href
        joined = self.joined.get(href)
        if joined is None:
            joined = self.joined[href] = urljoin(self.base, href)
        return joined

    def flush(self, owner: Any, kind: str, path: str, attrs: str) -> None:
        """Close the pending text as one block owned by ``owner``."""
        if not self.parts:
            return
        text = "".join(self.parts)
        self.parts.clear()
        if text.isspace():
            text = ""
        else:
            text = " ".join(text.split())  # = normalise_space, several times faster
            if not text.isprintable() or "\ufffd" in text:  # rare: control bytes
                text = " ".join(_NOT_TEXT.sub("", text).split())
        if text:
            self.blocks.append(
                Block(
                    index=len(self.blocks),
                    text=text,
                    kind=kind,
                    path=path,
                    attrs=attrs,
                    link_chars=min(self.link, len(text)),
                    href=self.href,
                    element=owner,
                )
            )
        self.link = 0
        self.href = None

    def build(self, body: Any) -> list[Block]:
        """Walk ``body`` once and cut its visible text into blocks.

        The walk is lxml's C-level ``iterwalk`` (start and end events) with an explicit stack,
        not Python recursion: no per-node function call, and no recursion limit to hit.
        """
        parts = self.parts
        flush = self.flush
        owner: tuple[Any, str, str, str] = (body, "div", "body", "")
        path = attrs = ""
        link: str | None = None  # inside a link: its absolute target ("" when it has none)
        # a styled inline element (a card's source or age <span>) is usually set apart by CSS:
        # at its edges, two words that would run together get a space between them
        edge = False
        stack: list[tuple[tuple[Any, str, str, str], str, str, str | None, int]] = []
        walker = etree.iterwalk(body, events=("start", "end"))
        for event, el in walker:
            if event == "end":
                saved_owner, path, attrs, saved_link, mode = stack.pop()
                if mode == _BLOCK:
                    if parts:
                        flush(*owner)
                elif mode == _STYLED:
                    edge = True
                owner, link = saved_owner, saved_link
                tail = el.tail
                # (the body's own tail lies outside the walk; leading white space is no text)
                if tail and stack and (parts or not tail.isspace()):
                    if edge:
                        edge = False
                        if parts and tail[0].isalnum() and parts[-1][-1].isalnum():
                            parts.append(" ")
                    parts.append(tail)
                    if link is not None and (n := len(tail.strip())):
                        self.link += n
                        if self.href is None and link:
                            self.href = link
                continue
            tag = el.tag
            own = ""
            href = None
            # (comments and PIs are gone with the parser's options; images with INVISIBLE)
            if el.attrib:  # one cheap test: most inline elements have no attributes
                for key, value in el.items():
                    if key == "class" or key == "id":
                        own = f"{own} {value}" if own else value
                    elif key == "href":
                        href = value
                    elif _hides(key, value):
                        own = None
                        break
                if own is None:
                    walker.skip_subtree()
                    stack.append((owner, path, attrs, link, _SKIPPED))
                    continue
            if not isinstance(tag, str):
                walker.skip_subtree()
                stack.append((owner, path, attrs, link, _SKIPPED))
                continue
            if tag in BLOCK_TAGS:
                stack.append((owner, path, attrs, link, _BLOCK))
                if parts:
                    flush(*owner)
                if own:
                    own = own.lower()
                    attrs = f"{attrs} {own}" if attrs else own
                path = f"{path}/{tag}" if path else tag
                owner = (el, _KIND.get(tag, tag), path, attrs)
            elif tag == "br":  # (empty: its attributes and path would never be read)
                stack.append((owner, path, attrs, link, _PLAIN))
                if parts:
                    flush(*owner)
            else:
                stack.append((owner, path, attrs, link, _STYLED if own else _PLAIN))
                if own:
                    edge = True
                    own = own.lower()
                    attrs = f"{attrs} {own}" if attrs else own
                path = f"{path}/{tag}" if path else tag
                if tag == "a":
                    valid = href and not href.startswith(("#", "javascript:"))
                    link = self.absolute(href.strip()) if valid else ""
                elif (tag == "td" or tag == "th") and any(p.strip() for p in parts):
                    parts.append(" | ")  # a table row is one block, its cells joined
            text = el.text
            if text and (parts or not text.isspace()):
                if edge:
                    edge = False
                    if parts and text[0].isalnum() and parts[-1][-1].isalnum():
                        parts.append(" ")
                parts.append(text)
                # link text counts; a block's first link target is its href, also when the
                # block sits inside the link (<a href><h3>Title</h3></a>)
                if link is not None and (n := len(text.strip())):
                    self.link += n
                    if self.href is None and link:
                        self.href = link
        return self.blocks


_PLAIN, _BLOCK, _STYLED, _SKIPPED = range(4)


# Block-level containers whose bare text is reported as kind "div".
_BARE = frozenset(
    [
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "fieldset",
        "center",
        "details",
        "body",
        "html",
        "picture",
        "figure",
        "menu",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "ul",
        "ol",
        "noscript",
    ]
)
_KIND = {tag: "div" for tag in _BARE}  # block tag -> the kind its bare text gets


def _meta(root: Any, url: str | None) -> tuple[dict[str, Any], str | None, str | None]:
    """Page metadata from ``<head>`` (and JSON-LD): meta dict, og:title, <title>."""
    meta: dict[str, Any] = {
        "canonical_url": None,
        "published": None,
        "author": None,
        "site_name": None,
    }
    og_title = html_title = None
    head = root.find("head")
    if head is None:
        return meta, None, None
    for el in head.iter("meta", "link", "title"):
        tag = el.tag
        if tag == "title":
            html_title = normalise_space("".join(el.itertext())) or None
        elif tag == "link":
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
                href = el.get("href").strip()
                meta["canonical_url"] = urljoin(url, href) if url else href
        else:
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            content = el.get("content")
            if not key or not content:
                continue
            content = normalise_space(content)
            if key in ("og:title", "twitter:title") and og_title is None:
                og_title = content
            elif key == "og:site_name":
                meta["site_name"] = meta["site_name"] or content
            elif key in (
                "article:published_time",
                "datepublished",
                "date",
                "pubdate",
                "publish-date",
                "dc.date.issued",
                "parsely-pub-date",
                "sailthru.date",
            ):
                meta["published"] = meta["published"] or content
            elif key in (
                "author",
                "article:author",
                "parsely-author",
                "dc.creator",
                "sailthru.author",
            ) and not content.startswith("http"):
                meta["author"] = meta["author"] or content
            elif key == "og:url" and not meta["canonical_url"]:
                meta["canonical_url"] = content
    if meta["published"] is None or meta["author"] is None:
        _json_ld(root, meta)
    return meta, og_title, html_title


def _json_ld(root: Any, meta: dict[str, Any]) -> None:
    """Fill ``published``/``author`` from schema.org JSON-LD when the meta tags lack them."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            if meta["published"] is None and isinstance(item.get("datePublished"), str):
                meta["published"] = item["datePublished"]
            author = item.get("author")
            if meta["author"] is None and author:
                names = [
                    a.get("name") if isinstance(a, dict) else a
                    for a in (author if isinstance(author, list) else [author])
                ]
                names = [n for n in names if isinstance(n, str) and n.strip()]
                if names:
                    meta["author"] = ", ".join(names)


def _ld_items(data: Any) -> Iterable[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _ld_items(data["@graph"])
        else:
            yield data


def clean_title(title: str | None, site_name: str | None = None) -> str | None:
    """Drop a trailing " | Site" part (or a leading "Site | " part) from a page title.

    The last part goes when it is the site name, or when it is short (at most four words)
    and shorter than what comes before it; other titles stay as they are.
    """
    if not title:
        return None
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title
    site = (site_name or "").strip().lower()
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    if site and tail.lower() == site:
        return head
    if len(tail.split()) <= 4 and len(tail.split()) < len(head.split()):
        return head
    first = title[: seps[0].start()]
    if site and first.lower() == site:
        return title[seps[0].end() :]
    return title


def _utf8(data: bytes | bytearray | str) -> bytes:
    """The page as UTF-8 bytes for libxml2 (which turns NUL and control bytes into U+FFFD)."""
    if isinstance(data, str):
        return data.encode("utf-8", "replace")
    data = bytes(data)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        data.decode("utf-8")  # valid UTF-8 goes to the parser as it is
    except UnicodeDecodeError:
        return decode(data).encode("utf-8", "replace")
    return data


def _check_tags(raw: bytes) -> None:
    """Refuse a page with a tag of more than :data:`MAX_ATTRIBUTES` attributes."""
    for tag in _LONG_TAG.finditer(raw):
        count = sum(1 for _ in _ATTRIBUTE.finditer(tag.group()))
        if count > MAX_ATTRIBUTES:
            raise ValueError(f"a tag with {count} attributes (more than {MAX_ATTRIBUTES})")


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
    return parse_tree(root, id=id, url=url, source=source)


def parse_tree(root: Any, *, id: str, url: str | None = None, source: str | None = None) -> Page:
    """An lxml HTML tree -> a :class:`Page`, without serialising and re-parsing it.

    ``root`` is the document element (``<html>``) or any element holding the page; it is
    changed in place (invisible elements are removed), so pass a copy of a tree you keep.
    Raises :class:`ValueError` when the tree holds no visible text.
    """
    meta, og_title, html_title = _meta(root, url)
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    builder = _Builder(url or meta.get("canonical_url"))  # relative links: page URL, else canonical
    builder.build(body)
    if not builder.blocks:
        raise ValueError("no visible text in page")
    h1 = next((b.text for b in builder.blocks if b.kind == "h1"), None)
    site = meta["site_name"]
    title = clean_title(og_title, site) or h1 or clean_title(html_title, site)
    meta = {k: v for k, v in meta.items() if v}
    return Page(
        id=id,
        format="html",
        blocks=builder.blocks,
        url=url,
        source=source,
        title=title,
        meta=meta,
        tree=root,
    )
