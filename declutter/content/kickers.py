"""Kickers of teaser cards: a card list's piece in a source's place that names a section of the
site ("Sport", 'In "Local"'), not a publisher.

Read after the HTML card reader (:mod:`declutter.content.cards`) filled the cards: a card's
source that is the text of a link to a page of this site, other than its home page, outside
the cards (a menu, a post footer's category) is a section, and so is the piece in that place
of every card of its list.
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import BOILERPLATE, TEASER, Block, Page, normalise_space
from declutter.urls import split

# Most words of a section's name in a link ("Sport", "Local news", "Arts & culture").
SECTION_WORDS = 3
# Ancestors looked at to tell a link inside a teaser card (its block's element or above).
_CARD_DEPTH = 4
_QUOTED = re.compile(r"[\"“„«‘']\s*([^\"”“»’']+?)\s*[\"”“»’']")


def section_kickers(page: Page, blocks: list[Block], sections: dict[int, Any]) -> None:
    """Drop the ``source`` of the cards of a teaser list when that piece is a section of the
    site, not a publisher: when one card's source is the text of a link (outside the cards)
    to a page of this site other than its home page (a menu's "Sport", a post footer's
    "Posted in <a href=/category/local>Local</a>"), the piece in that place of every card
    of the list is its kicker ("Sport", "Traffic", "Education"; a related-posts widget's
    'In "Local"', read by its quoted part). A publisher's name links to its home page ("/")
    or to another site. A kicker of its own block is dropped, ``heuristic.kicker``.

    Input: the page after :func:`declutter.content.cards.read_teasers`, its blocks and teaser sections (block
    index -> section element). One pass over the page's links, one over its blocks.
    """
    cards = {b.element for b in blocks if b.label == TEASER}
    if not cards or page.tree is None:
        return
    lists: dict[Any, set[int]] = {}
    kickers: dict[int, list[Block]] = {}
    for b in blocks:
        if b.label == TEASER and b.teaser is not None and b.index in sections:
            lists.setdefault(sections[b.index], set()).add(b.teaser)
            if b.field == "source":
                kickers.setdefault(b.teaser, []).append(b)
    # every key a list below can ask about: its cards' sources and their kicker blocks' texts
    wanted = {_section_key(v) for teasers in lists.values() for t in teasers
              for v in (page.teasers.get(t, {}).get("source"), *(b.text for b in kickers.get(t, ())))
              if v}
    names = _section_names(page, cards, wanted) if wanted else set()
    if not names:
        return
    for teasers in lists.values():
        values = [page.teasers.get(t, {}).get("source") or next(
            (b.text for b in kickers.get(t, ())), None) for t in teasers]
        if not any(v and _section_key(v) in names for v in values):
            continue
        for t in teasers:
            page.teasers.get(t, {}).pop("source", None)
            for b in kickers.get(t, ()):
                if b.kept:
                    continue
                b.set(BOILERPLATE, "heuristic.kicker")
                b.field = b.teaser = None


def _section_key(text: str) -> str:
    """A kicker's name, folded: its quoted part when it has one ('In "Local"' -> "local")."""
    m = _QUOTED.search(text)
    return normalise_space(m.group(1) if m else text).casefold()


def _section_names(page: Page, cards: set[Any], wanted: set[str]) -> set[str]:
    """Folded texts of the page's links of <= ``SECTION_WORDS`` words to a page of this site
    other than its home page, outside the teaser cards (``cards``: their block elements),
    among the folded texts ``wanted`` (a link with another text is not split at all)."""
    page_parts = split(page.url) if page.url else None
    host = page_parts.netloc if page_parts else ""
    names: set[str] = set()
    for a in page.tree.iter("a"):
        # (most links hold one text node and no child: its text without a generator; the
        # text is asked first: most links have none of the texts wanted)
        text = normalise_space(a.text or "" if len(a) == 0 else "".join(a.itertext()))
        if not text or text.casefold() not in wanted or len(text.split()) > SECTION_WORDS:
            continue
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        parts = split(href)
        if parts is None or (parts.netloc and parts.netloc != host) or not parts.path.strip("/"):
            continue  # another site, or this site's home page
        up, depth = a, 0
        while up is not None and depth < _CARD_DEPTH and up not in cards:
            up, depth = up.getparent(), depth + 1
        if up is None or up not in cards:
            names.add(text.casefold())
    return names
