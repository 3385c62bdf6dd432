"""RSS and Atom feeds (feedparser): each item is a page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import feedparser

from declutter.io.readers import Failure, Item, RawPage

if TYPE_CHECKING:
    from declutter.io.readers import Input


def read_feed(inp: Input, data: bytes) -> Iterator[Item]:
    """Yield one HTML page per feed item: its full content, else its summary.

    The feed's title is the pages' ``source``; the item's link is its ``url`` and id (unless
    the item has none, then its id); its date goes to ``meta.published``.
    """
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        yield Failure(inp.id, f"not a feed with items{f': {problem}' if problem else ''}")
        return
    source = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary") or ""
        title = entry.get("title") or ""
        url = entry.get("link")
        pid = url or entry.get("id") or f"{inp.id}#{n}"
        published = entry.get("published") or entry.get("updated")
        html = f"<html><head><title>{_escape(title)}</title></head><body><article>" \
               f"<h1>{_escape(title)}</h1>{body}</article></body></html>"
        yield RawPage(str(pid), "html", html, url=url, source=source,
                      meta={"published": published} if published else {})


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
