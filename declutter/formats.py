"""Output formats of a story besides the JSON record: plain text and Markdown.

Markdown is rendered from the labelled blocks, so it keeps the structure the page had, not a
guess from the text: ``h1``-``h6`` blocks become ``#`` headings, ``li`` blocks list items
(numbered under ``<ol>``), a description list's ``dt`` terms bold lines and its ``dd``
descriptions paragraphs (a Q&A), ``tr`` blocks table rows (the first row of a table is its header),
every block inside a ``<blockquote>`` (its paragraphs, items, ``<cite>`` line) a line of one
quote, ``pre`` code blocks; links inside a block become ``[text](url)``.
Text dumps have no markup: every story line is a paragraph. Each story block is visited once,
and each of its links once, so rendering is linear in the page.

A page with no story but teasers (a listing page) gives its teasers instead, each a title and
its text (:func:`teaser_list`). ``clean --output-format txt|md`` writes one story after
another, each starting with its title and separated by a line ``---`` (error records are left
out: each is a line ``error: ID: message`` on stderr instead, and the summary counts them).
"""

from __future__ import annotations

import re
from typing import IO, Any

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import STORY, Block, Page, normalise_space
from declutter.defaults import OUTPUT_FORMATS as OUTPUT_FORMATS
from declutter.io.writers import JsonlWriter
from declutter.record import Record, Teaser
from declutter.urls import join

SEPARATOR = "\n---\n\n"
"""Written between two stories (each story ends with a line break)."""
_LINE_START = re.compile(r"^([#>+*-]|\d+[.)]\s|\|)")


def _escape(text: str) -> str:
    """Backslash a character that would start a heading, list, quote or table at line start."""
    return _LINE_START.sub(lambda m: "\\" + m.group(), text, count=1)


def _linked(block: Block, base: str | None) -> str:
    """The block's text with its own links (not those of nested blocks) as ``[text](url)``."""
    text = block.text
    el = block.element
    if el is None or not block.link_chars:
        return _escape(text)
    out, cursor = [], 0
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or _owner(a) is not el:
            continue
        anchor = normalise_space("".join(a.itertext()))
        at = text.find(anchor, cursor) if anchor else -1
        if at < 0:
            continue
        url = join(base, href) if base else href
        out.append(_escape(text[cursor:at]) if cursor == 0 else text[cursor:at])
        out.append(f"[{anchor}]({_url(url)})")
        cursor = at + len(anchor)
    if not out:
        return _escape(text)
    out.append(text[cursor:])
    return "".join(out)


def _url(url: str) -> str:
    """A URL as a Markdown link target (no ``)`` or space to end it early)."""
    return url.replace(")", "%29").replace(" ", "%20")


def _owner(el: Any) -> Any:
    """The nearest block-level ancestor of an inline element (the element owning its text)."""
    parent = el.getparent()
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.getparent()
    return parent


def to_markdown(page: Page, title: str | None = None, teasers: list[Teaser] | None = None) -> str:
    """The story blocks of a labelled page as Markdown, under ``# title`` when one is given;
    then ``teasers`` by :func:`teaser_list` when given (a page with no story)."""
    lines: list[str] = [f"# {title}"] if title else []
    if teasers:
        lines.append(("\n\n" if lines else "") + teaser_list(teasers, markdown=True))
        return "".join(lines)
    previous = ""  # kind of the previous story block, to keep lists and tables together
    quote = None  # the <blockquote> of the previous story block, to keep a quote together
    base = page.url or page.meta.get("canonical_url")
    for block in page.blocks:
        if block.label != STORY:
            continue
        kind = block.kind
        if kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
            if kind == "h1" and block.text == title:
                continue
            line = f"{'#' * int(kind[1])} {block.text}"
        elif kind == "dt":
            line = f"**{_linked(block, base)}**"
        elif kind == "li":
            ordered = block.path.endswith("ol/li")
            line = f"{'1.' if ordered else '-'} {_linked(block, base)}"
        elif kind == "tr":
            cells = [c.replace("|", "\\|") for c in block.text.split(" | ")]
            line = "| " + " | ".join(cells) + " |"
            if previous != "tr":
                line += "\n|" + " --- |" * len(cells)
        elif kind == "pre":
            text = block.element.xpath("string()") if block.element is not None else block.text
            line = f"```\n{text.strip(chr(10))}\n```"
        else:
            line = _linked(block, base)
        together = kind == previous and kind in ("li", "tr")
        gap = "\n" if together else "\n\n"
        if (in_quote := _quote(block)) is not None:
            line = "\n".join(f"> {part}" if part else ">" for part in line.split("\n"))
            if in_quote is quote:  # the same quote goes on: a quoted blank line, not a new quote
                gap = "\n" if together else "\n>\n"
        quote = in_quote
        lines.append(gap + line if lines else line)
        previous = kind
    return "".join(lines)


def _quote(block: Block) -> Any:
    """The ``<blockquote>`` element a block stands in (its own, for a quote's bare text), or
    None. Every block of a quote is quoted: its ``<p>``s, list items and a ``<cite>`` line."""
    if block.element is None or "blockquote" not in block.path.split("/"):
        return None
    el = block.element
    while el is not None and el.tag != "blockquote":
        el = el.getparent()
    return el


def teaser_list(teasers: list[Teaser], markdown: bool = False) -> str:
    """The best text of a page with no story but teasers (a listing or archive page, issue 13
    kind 5: the best text, not nothing): each teaser's title, then its text, teasers separated
    by blank lines; in Markdown each title is a ``##`` heading linked to the teaser's URL."""
    parts: list[str] = []
    for t in teasers:
        title = t.title or ""
        if markdown and title:
            title = f"## [{title}]({_url(t.url)})" if t.url else f"## {title}"
        text = _escape(t.text) if markdown and t.text else t.text
        parts.append("\n\n".join(p for p in (title, text) if p))
    return "\n\n".join(p for p in parts if p)


def as_text(record: Record) -> str:
    """A record as plain text: the title, a blank line, then the story; for a page with no
    story, its teasers by :func:`teaser_list` instead."""
    body = record.text or teaser_list(record.teasers)
    return "\n\n".join(p for p in (record.title, body) if p)


class StoryWriter(JsonlWriter):
    """Write stories as plain text (``txt``) or Markdown (``md``), one after another,
    separated by :data:`SEPARATOR`; atomically, like :class:`JsonlWriter`. Error records are
    not written (there is no story); :attr:`count` counts the stories written."""

    def __init__(self, path: Any, fmt: str) -> None:
        super().__init__(path)
        self.fmt = fmt

    def write(self, record: Record | dict[str, Any]) -> None:
        if not isinstance(record, Record) or record.error:
            return
        story = record.markdown if self.fmt == "md" else as_text(record)
        out: IO[str] = self._out
        out.write((SEPARATOR if self.count else "") + (story or "") + "\n")
        self.count += 1

