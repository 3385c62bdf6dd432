"""Page metadata from ``<head>`` and schema.org JSON-LD, and the page title's site part."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from declutter.blocks import normalise_space, title_sized
from declutter.urls import join

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")


_PUBLISHED_KEYS = frozenset([
    "article:published_time", "datepublished", "date", "pubdate", "publish-date",
    "dc.date.issued", "parsely-pub-date", "sailthru.date",
])
_AUTHOR_KEYS = frozenset(["author", "article:author", "parsely-author", "dc.creator", "sailthru.author"])
_META_KEYS = _PUBLISHED_KEYS | _AUTHOR_KEYS | {"og:title", "twitter:title", "og:site_name", "og:url"}


def head_meta(root: Any, url: str | None) -> tuple[dict[str, Any], str | None, str | None]:
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
                meta["canonical_url"] = join(url, href) if url else href
        else:
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            content = el.get("content")
            if not key or not content or key not in _META_KEYS:
                continue  # (most meta tags: description, viewport, ... are never read)
            content = normalise_space(content)
            if key in ("og:title", "twitter:title") and og_title is None:
                og_title = content
            elif key == "og:site_name":
                meta["site_name"] = meta["site_name"] or content
            elif key in _PUBLISHED_KEYS:
                meta["published"] = meta["published"] or content
            elif key in _AUTHOR_KEYS and not content.startswith("http"):
                meta["author"] = meta["author"] or content
            elif key == "og:url" and not meta["canonical_url"]:
                meta["canonical_url"] = content
    _json_ld(root, meta)
    return meta, og_title, html_title


def _json_ld(root: Any, meta: dict[str, Any]) -> None:
    """Fill ``published``/``author`` from schema.org JSON-LD when the meta tags lack them, and
    ``article_body`` with the longest ``articleBody`` text it gives (None when none); a
    how-to's or a recipe's text counts as a body too (:func:`steps_body`)."""
    meta["article_body"] = None
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            body = item.get("articleBody") or steps_body(item)
            if isinstance(body, str) and len(body) > len(meta["article_body"] or ""):
                meta["article_body"] = body
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


# The schema.org types whose story is a text and its steps, and the keys that hold them.
_STEPPED = frozenset({"HowTo", "Recipe"})
_STEP_KEYS = ("description", "recipeIngredient", "step", "recipeInstructions")


def steps_body(item: dict[str, Any]) -> str | None:
    """The story of a schema.org ``HowTo`` or ``Recipe`` item, one line per part: its
    ``description``, then its ingredients and steps in order (plain strings, or the ``text``
    of a ``HowToStep``/``HowToDirection``, the ``name`` and steps of a ``HowToSection``, at
    any depth of ``itemListElement``). A page that renders its steps with scripts gives them
    here only (see :func:`declutter.content.story_reach.structured_body`). None for other
    types."""
    kind = item.get("@type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    if not any(isinstance(k, str) and k in _STEPPED for k in kinds):
        return None
    lines: list[str] = []
    for key in _STEP_KEYS:
        _step_lines(item.get(key), lines)
    return "\n".join(lines) or None


def _step_lines(value: Any, lines: list[str], depth: int = 0) -> None:
    if depth > 4 or value is None:
        return
    if isinstance(value, str):
        lines.append(value)
    elif isinstance(value, list):
        for v in value:
            _step_lines(v, lines, depth + 1)
    elif isinstance(value, dict):
        text = value.get("text")
        if isinstance(text, str):
            lines.append(text)
        else:
            if isinstance(value.get("name"), str) and value.get("itemListElement"):
                lines.append(value["name"])  # a section's name over its steps
            _step_lines(value.get("itemListElement"), lines, depth + 1)


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
    and shorter than what comes before it; other titles stay as they are. A title over
    :data:`~declutter.blocks.MAX_TITLE_CHARS` is no title (None).
    """
    return split_title(title, site_name)[0]


def split_title(title: str | None, site_name: str | None = None) -> tuple[str | None, str | None]:
    """A page title -> (headline part, site part): ``"Story – Site"`` -> ``("Story", "Site")``.

    The site part is what :func:`clean_title` drops (None when it drops nothing); a title over
    :data:`~declutter.blocks.MAX_TITLE_CHARS` gives ``(None, None)``.
    """
    if not title_sized(title):
        return None, None
    assert title is not None
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title, None
    site = (site_name or "").strip().lower()
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    if site and tail.lower() == site:
        return head, tail
    if len(tail.split()) <= 4 and len(tail.split()) < len(head.split()):
        return head, tail
    first = title[: seps[0].start()]
    if site and first.lower() == site:
        return title[seps[0].end() :], first
    return title, None
