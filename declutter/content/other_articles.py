"""Several stories in one story container: which ``<article>`` is this page's own.

Issue 13, kind 9 (title from one article, body from another): a container holding several
``<article>`` elements is read here, and the blocks of the articles that are other stories go
to the teaser reader in :mod:`declutter.content.html_story`.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from declutter.blocks import Page
from declutter.content.chains import Chains
from declutter.content.features import is_heading, is_prose


def other_articles(page: Page, chains: Chains, container: Any) -> dict[int, Any]:
    """Blocks of the *other* stories when the container holds several ``<article>`` elements.

    Sites use ``<article>`` for two things: another story shown next to this one (an "up
    next" article, a list of posts) and sections of this story (a CMS's text-and-image
    parts). Another story links away: it has a linked headline (a block mostly link text to
    another page) or an ``h1`` of its own, or it opens with a heading of its own while no
    ``h1`` stands outside the articles (a blog's stream of posts titled by ``h2``; sections
    sit under their story's ``h1``). Articles without any of these are parts of the story and
    stay in it. Among
    the articles that are stories, this page's own is the one whose headline is the page's
    title (``og:title`` / ``<title>``, see :func:`declutter.html.parse_html`), else the one
    holding the first ``h1``, else the one with the most prose; the others are returned,
    block index -> their article element, to become teasers.
    """
    if next(islice(container.iter("article"), 1, None), None) is None:
        return {}  # fewer than two articles
    blocks = page.blocks
    parent = chains.parent
    memo: dict[Any, Any] = {container: None}
    groups: dict[Any, list[int]] = {}
    prose: dict[Any, int] = {}
    linked: set[Any] = set()
    headline: Any = None
    titled: Any = None
    headed: set[Any] = set()  # articles whose first block is a heading
    loose_h1 = False  # an h1 outside every article: the page's headline over its sections
    title = (page.title or "").casefold().strip()
    own = {u for u in (page.url, page.meta.get("canonical_url")) if u}
    for i, b in enumerate(blocks):
        el, pending = b.element, []
        while el is not None and el not in memo:
            pending.append(el)
            el = parent.get(el)
        if el is None:  # outside the container
            loose_h1 = loose_h1 or b.kind == "h1"
            continue
        article = memo[el]
        for e in reversed(pending):
            if e.tag == "article" and article is None:  # the outermost one below the container
                article = e
            memo[e] = article
        if article is None:
            loose_h1 = loose_h1 or b.kind == "h1"
            continue
        if article not in groups and is_heading(b):
            headed.add(article)
        groups.setdefault(article, []).append(i)
        if is_prose(b):
            prose[article] = prose.get(article, 0) + len(b.text)
        if b.href and b.href not in own and b.link_density >= 0.5 and b.words >= 3:
            linked.add(article)
        if b.kind == "h1":  # a headline of its own: a story, not a section of one
            headline = article if headline is None else headline
            linked.add(article)
        if titled is None and is_heading(b) and title and b.text.casefold().strip() in title:
            titled = article
    if not loose_h1:  # no headline over the articles: each opening with a heading is a story
        linked |= headed
    stories = {a for a in prose if a in linked or a in (headline, titled)}
    if len(stories) < 2:
        return {}
    main = next((a for a in (titled, headline) if a in stories), None)
    if main is None:
        main = max(stories, key=lambda a: prose.get(a, 0))
    return {i: a for a, idxs in groups.items() if a in stories and a is not main for i in idxs}
