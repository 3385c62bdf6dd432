"""An lxml HTML tree -> blocks, in one walk.

This is the hot path of HTML cleaning, so the tree is walked once, in Python, with no
per-node XPath. Each block is one paragraph-like unit: a ``<p>``, a heading, a list item, a
table cell, or the bare text of a ``<div>``; ``<br>`` ends a block. A block carries the
features the rule engine and :mod:`declutter.content.html_story` read: tag, tag path, class/id
tokens of itself and its ancestors, characters inside links and its first link target.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from declutter.blocks import Block
from declutter.urls import join

# Elements whose whole subtree is never visible text. <math> is shown (a formula in a sentence
# is part of it), but not the source text a MathML <semantics> carries beside the rendered
# formula (<annotation>, usually its TeX). A <title> outside <head> (spliced pages, or one
# libxml2 moved into the body) is hidden by browsers' default style sheet.
INVISIBLE = (
    "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe",
    "object", "embed", "canvas", "video", "audio", "source", "track", "map", "select", "option",
    "textarea", "input", "head", "title", "dialog", "img", "meta", "link", "wbr", "area",
    "param", "colgroup",
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

_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hides(key: str, value: str) -> bool:
    """Whether one attribute hides its element (``hidden``, inline CSS ``display: none``)."""
    if key == "hidden":
        return True
    # (aria-hidden hides from screen readers only: a pull quote so marked is still on screen)
    return key == "style" and _HIDDEN_STYLE.search(value) is not None



# A root-relative link that urljoin would return as origin + link unchanged: no dot segment
# to remove, no empty query or fragment to drop, nothing urlsplit strips or rejects. (This is
# the language _plain_root_relative accepts a part of, with str methods, at a third of the cost;
# kept as its definition and for the tests.)
_ROOT_RELATIVE = re.compile(r"/(?!/)(?:[^\x00-\x20\x7f?#/.\\]|/(?!\.)|\.(?![./?#]|$))*"
                            r"(?:\?[^\x00-\x20\x7f#]+)?(?:#[^\x00-\x20\x7f]+)?$")


def _plain_root_relative(href: str) -> bool:
    """Whether ``href`` is a root-relative link :data:`_ROOT_RELATIVE` matches, told by str
    methods only (a few C scans, no regex): one "/" first; no control character, space, DEL
    (``isprintable`` also refuses other characters: those links go to urljoin) or backslash;
    no dot after a "/" or before a dot, "/", "?", "#" or the end; no empty query or fragment.
    Each test only refuses more than the regex, so every link it accepts, the regex matches."""
    return (href[:1] == "/" and href[1:2] != "/" and href.isprintable() and " " not in href
            and "\\" not in href and "/." not in href and ".." not in href and "./" not in href
            and ".?" not in href and ".#" not in href and "?#" not in href
            and not href.endswith((".", "?", "#")))


def _origin(base: str) -> str | None:
    """``scheme://host[:port]`` of an http(s) page URL (None for any other kind of URL)."""
    joined = join(base, "/")
    if not joined.startswith(("http://", "https://")) or joined.count("/") != 3:
        return None
    return joined[:-1]


class Builder:
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
        if self.origin is not None and _plain_root_relative(href):
            return self.origin + href
        joined = self.joined.get(href)
        if joined is None:
            joined = self.joined[href] = join(self.base, href)
        return joined

    def flush(self, owner: Any, kind: str, path: str, attrs: str) -> None:
        """Close the pending text as one block owned by ``owner``. (:meth:`build` does the
        same steps inline, at its one place that closes text: keep the two alike.)"""
        parts = self.parts
        if not parts:
            return
        # = normalise_space, several times faster (most blocks are one piece of text)
        text = " ".join((parts[0] if len(parts) == 1 else "".join(parts)).split())
        parts.clear()
        if text and (not text.isprintable() or "\ufffd" in text):  # rare: control bytes
            text = " ".join(_NOT_TEXT.sub("", text).split())
        if text:
            blocks = self.blocks
            # (positional: Block's fields index, text, kind, path, attrs, link_chars, href, element)
            n = self.link
            blocks.append(Block(len(blocks), text, kind, path, attrs,
                                n if n <= len(text) else len(text), self.href, owner))
        self.link = 0
        self.href = None

    def build(self, body: Any) -> list[Block]:
        """Walk ``body`` once and cut its visible text into blocks.

        The walk is lxml's C-level ``iterwalk`` (start and end events) with an explicit stack,
        not Python recursion: no per-node function call, and no recursion limit to hit.
        """
        parts = self.parts
        blocks = self.blocks
        absolute = self.absolute
        owner: tuple[Any, str, str, str] = (body, "div", "body", "")
        path = attrs = ""
        # inside a link: its target as written ("" when it has none): made absolute only when
        # its text is a block's first link text, the block's href
        link: str | None = None
        linked = 0  # characters of the pending text inside links
        first: str | None = None  # the pending text's first link target
        # a styled inline element (a card's source or age <span>) is usually set apart by CSS:
        # at its edges, two words that would run together get a space between them
        edge = False
        # the owner of the pending text when an event closes it (a block element's start or
        # end, a <br>): the text is closed in one place, before the event's own text is read
        closed: tuple[Any, str, str, str] | None = None
        stack: list[tuple[tuple[Any, str, str, str], str, str, str | None, int]] = []
        walker = etree.iterwalk(body, events=("start", "end"))
        for event, el in walker:
            if event == "end":
                saved_owner, path, attrs, saved_link, mode = stack.pop()
                if mode == _BLOCK:
                    closed = owner
                elif mode == _STYLED:
                    edge = True
                owner, link = saved_owner, saved_link
                # (the body's own tail lies outside the walk)
                text = el.tail if stack else None
            else:
                tag = el.tag
                own = href = None
                # (comments and PIs are gone with the parser's options; images with INVISIBLE)
                items = el.items()
                if items:  # most inline elements have no attributes
                    for key, value in items:
                        if key == "class" or key == "id":
                            own = f"{own} {value}" if own else value
                        elif key == "href":
                            href = value
                        elif key == "hidden" or (key == "style" and _HIDDEN_STYLE.search(value)):
                            own = False  # (as _hides, inlined: most elements have attributes)
                            break
                    if own is False:
                        walker.skip_subtree()
                        stack.append((owner, path, attrs, link, _SKIPPED))
                        continue
                if tag in BLOCK_TAGS:
                    stack.append((owner, path, attrs, link, _BLOCK))
                    closed = owner
                    if own:
                        own = own.lower()
                        attrs = f"{attrs} {own}" if attrs else own
                    path = f"{path}/{tag}" if path else tag
                    owner = (el, _KIND[tag], path, attrs)
                elif tag == "br":  # (empty: its attributes and path would never be read)
                    stack.append((owner, path, attrs, link, _PLAIN))
                    closed = owner
                elif not isinstance(tag, str):  # (no element: no attributes either)
                    walker.skip_subtree()
                    stack.append((owner, path, attrs, link, _SKIPPED))
                    continue
                else:
                    stack.append((owner, path, attrs, link, _STYLED if own else _PLAIN))
                    if own:
                        edge = True
                        own = own.lower()
                        attrs = f"{attrs} {own}" if attrs else own
                    path = f"{path}/{tag}" if path else tag
                    if tag == "a":
                        link = href if href and not href.startswith(("#", "javascript:")) else ""
                    elif (tag == "td" or tag == "th") and any(p.strip() for p in parts):
                        prev = el.getprevious()
                        if prev is not None and len(prev.findall(".//br")) >= _COLUMN_BREAKS:
                            # a cell of lines is a layout column, no data cell: its last line
                            # and the next cell's first are two blocks (fresh-user report 14, H9)
                            closed = owner
                        else:
                            parts.append(" | ")  # a table row is one block, its cells joined
                text = el.text
            if closed is not None:  # (as flush, inlined: a page closes hundreds of blocks)
                if parts:
                    # = normalise_space, several times faster (most blocks are one piece)
                    whole = " ".join((parts[0] if len(parts) == 1 else "".join(parts)).split())
                    parts.clear()
                    if whole and (not whole.isprintable() or "\ufffd" in whole):  # rare
                        whole = " ".join(_NOT_TEXT.sub("", whole).split())
                    if whole:
                        # (positional: index, text, kind, path, attrs, link_chars, href, element)
                        blocks.append(Block(len(blocks), whole, closed[1], closed[2], closed[3],
                                            linked if linked <= len(whole) else len(whole),
                                            first, closed[0]))
                    linked = 0
                    first = None
                closed = None
            # text or tail: leading white space is no text
            if text and (parts or not text.isspace()):
                if edge:
                    edge = False
                    if parts and text[0].isalnum() and parts[-1][-1].isalnum():
                        parts.append(" ")
                parts.append(text)
                # link text counts; a block's first link target is its href, also when the
                # block sits inside the link (<a href><h3>Title</h3></a>)
                if link is not None and (n := len(text.strip())):
                    linked += n
                    if first is None and link:  # (an empty target is none)
                        first = absolute(link.strip()) or None
        self.link, self.href = linked, first  # (text no block element closed stays pending)
        return self.blocks


_PLAIN, _BLOCK, _STYLED, _SKIPPED = range(4)
_COLUMN_BREAKS = 3
"""Fewest ``<br>`` in a table cell that make it a layout column of lines (a data cell may
break once: "term<br>reading")."""


# Block tags that name their block's kind; every other block tag (a container: "div",
# "section", "table", "ul" ...) has its bare text reported as kind "div".
_OWN_KIND = frozenset(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "caption",
        "blockquote", "pre", "figcaption", "legend", "address", "hr", "summary",
    ]
)  # fmt: skip
_KIND = {tag: tag if tag in _OWN_KIND else "div" for tag in BLOCK_TAGS}
"""Block tag -> the kind its bare text gets."""
