"""Label the blocks of an HTML page: story, title, boilerplate or teaser.

The algorithm, on the block model:

1. **Block value.** Each block gets a value from its own features: prose (enough words,
   sentence punctuation, few link characters) counts for its text length; link text counts
   against; short non-prose text counts slightly against.
2. **Story container.** Values are summed up the tree (every block adds its value to each of
   its ancestors); the element with the highest sum is the story container: the smallest
   subtree that holds most of the prose while holding little link text and chrome.
3. **Inside the container** a block is dropped when an element between it and the container
   says it is chrome (tag ``nav``/``aside``/``footer``..., or class/id tokens such as
   ``share``, ``comment``, ``newsletter``, ``byline``), when it is link-dense, or when it is
   short non-prose text at either edge of the story (bylines, datelines, "Follow us").
4. **Teasers.** Sections whose class/id tokens or heading say "related", "recommended",
   "you may also like", "read more"..., anywhere on the page, become teaser records: one per
   card (the largest subtree under the section holding a single link target), with fields
   ``title`` (the linked text), ``url``, ``age``, ``source`` and ``text``. A single-link
   "Read more: ..." line inside the story is a one-block teaser too.

Blocks already labelled by rules are left alone (and a ``kept`` block is never dropped);
every dropped block says which heuristic dropped it in ``rule``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page, normalise_space
from declutter.html import BLOCK_TAGS

# Tags whose subtree is page chrome when it sits inside the story container.
CHROME_TAGS = {
    "nav": "nav",
    "aside": "aside",
    "footer": "footer",
    "header": "header",
    "form": "form",
    "menu": "nav",
    "figcaption": "caption",
    "figure": "caption",
}

# Most short lines trimmed at the story's start, and at its end.
EDGE_LINES = 4
TAIL_LINES = 8

# Chrome kinds that no story container sits inside.
_NOT_STORY = frozenset(
    {"nav", "aside", "footer", "sidebar", "comments", "promo", "share", "cookie", "most-read", "hidden"}
)

# class/id word parts that mark chrome; the value is the heuristic id's suffix.
_CHROME_WORDS = {
    "nav": "nav", "navbar": "nav", "navigation": "nav", "menu": "nav", "breadcrumb": "nav",
    "breadcrumbs": "nav", "pagination": "nav", "pager": "nav", "skip": "nav", "toolbar": "nav",
    "footer": "footer", "copyright": "footer", "colophon": "footer",
    "header": "header", "masthead": "header", "topbar": "header",
    "share": "share", "sharing": "share", "social": "share", "sharebar": "share",
    "addthis": "share", "sociallinks": "share", "facebook": "share", "twitter": "share",
    "comment": "comments", "comments": "comments", "disqus": "comments", "reply": "comments",
    "respond": "comments", "discussion": "comments",
    "newsletter": "promo", "subscribe": "promo", "subscription": "promo", "signup": "promo",
    "promo": "promo", "promotion": "promo", "advert": "promo", "advertisement": "promo",
    "ad": "promo", "ads": "promo", "adslot": "promo", "dfp": "promo", "sponsor": "promo",
    "sponsored": "promo", "cta": "promo", "banner": "promo",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
    "byline": "byline", "author": "byline", "authors": "byline", "dateline": "byline",
    "timestamp": "byline", "published": "byline", "meta": "byline", "credit": "byline",
    "tags": "tags", "tag": "tags", "tagcloud": "tags", "hashtags": "tags", "topics": "tags",
    "keywords": "tags", "categories": "tags",
    "caption": "caption", "figcaption": "caption", "wp-caption-text": "caption",
    "sidebar": "sidebar", "widget": "sidebar",
    "trending": "most-read", "popular": "most-read", "most-read": "most-read",
    "mostread": "most-read", "most-popular": "most-read", "mostpopular": "most-read",
    "most-viewed": "most-read", "meistgelesen": "most-read", "plus-lus": "most-read",
    "hidden": "hidden", "sr-only": "hidden", "visually-hidden": "hidden", "print": "hidden",
    "modal": "hidden", "popup": "hidden", "overlay": "hidden", "socialmedia": "share",
}  # fmt: skip
_TEASER_WORDS = frozenset(
    {
        "related", "recommended", "recommendations", "recommend", "more-stories", "morestories",
        "read-next", "readnext", "also-read", "alsoread", "you-may-like", "also-like", "outbrain",
        "taboola", "recirc",
        "recirculation", "further-reading", "read-more", "readmore", "more-on", "more-from",
        "excerpt", "excerpts", "next-article", "nextarticle", "next-story", "up-next",
        "news-ticker", "newsticker", "breaking-news", "breakingnews", "headlines", "latest-news",
        "news-list", "newslist", "more-news", "morenews", "other-news", "othernews",
    }
)  # fmt: skip
# "relatedposts", "jp-relatedposts", "outbrain-widget": teaser sections however spelled
_TEASER_INFIX = re.compile(
    r"related|relacionad|recommend|outbrain|taboola|readnext|"
    r"youmay|you-may|morestories|more-stories|recirc"
)
# compound class names: "modalwindow", "cookiebar", "newsletterSignup", "sharetools"
_CHROME_INFIX = re.compile(
    r"modal|popup|cookie|newsletter|breadcrumb|navbar|sidebar|disqus|"
    r"addthis|sharing|socialmedia|advert|caption|imagecredit|embedcredit|photocredit|"
    r"promo|authorinfo|authorbio|author-bio|shortbio"
)
_INFIX_KIND = {
    "imagecredit": "caption",
    "embedcredit": "caption",
    "photocredit": "caption",
    "authorinfo": "byline",
    "authorbio": "byline",
    "author-bio": "byline",
    "shortbio": "byline",
}
# WordPress-style taxonomy classes name the post's topics, not the element's role
_TAXONOMY = frozenset({"tag", "category", "categories", "topic", "section", "post", "format"})
_GENERIC_SUFFIX = frozenset(
    [
        "bar",
        "box",
        "links",
        "list",
        "wrap",
        "wrapper",
        "container",
        "section",
        "block",
        "area",
        "buttons",
        "button",
        "icons",
        "tools",
        "widget",
        "module",
        "items",
        "item",
        "inner",
        "outer",
        "content",
        "holder",
        "panel",
        "row",
    ]
)
_SPLIT = re.compile(r"[\s_]+")
_WORD_PARTS = re.compile(r"[\s_-]+")

_TEASER_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|related(?: \w+){0,2}|"
    r"more (?:from|on|stories|news|in|about)\b.*|read (?:more|next|also)|also read|see also|"
    r"recommended(?: for you| stories| reading)?|"
    r"don'?t miss|what to read next|further reading|editor'?s picks|noticias relacionadas|"
    r"m[aá]s noticias|mehr zum thema|related stories|mehr (?:aus|von|zu|über)\b.*|"
    r"weitere (?:nachrichten|meldungen|themen)|plus d'actualit[ée]s|"
    r"top stories|latest (?:news|stories)|more stories|up next|next (?:article|story|up)|"
    r"voc[eê] (?:pode|tamb[eé]m pode) gostar|veja tamb[eé]m|leia tamb[eé]m|leia mais|"
    r"posts? relacionad[oa]s|mat[eé]rias relacionadas|art[ií]culos relacionados|"
    r"tambi[eé]n te puede interesar|te puede interesar|lee tambi[eé]n|"
    r"[àa] lire aussi|lire aussi|vous aimerez aussi|sur le m[eê]me sujet|"
    r"lesen sie auch|auch interessant|das k[öo]nnte sie (?:auch )?interessieren|"
    r"weitere artikel|verwandte artikel|ti potrebbe interessare|articoli correlati|"
    r"leggi anche|potrebbe interessarti|читайте также|похожие (?:статьи|записи)|"
    r"관련 ?기사|関連記事|おすすめ記事|相关文章|相關文章)\W*$",
    re.I,
)
# The label of an inline teaser ("Read also:", "À lire aussi :", "Mehr zum Thema") and of a
# teaser section; a label alone on its line is section-marker text, dropped.
_TEASER_LABEL = (
    r"(?:read more|related(?: stories| articles| coverage)?|see also|also read|read also|"
    r"recommended|more|read next|also see|watch|listen|[àa] lire aussi|lire aussi|"
    r"lee tambi[eé]n|leer m[aá]s|ver tambi[eé]n|leia tamb[eé]m|veja tamb[eé]m|"
    r"lesen sie auch|mehr zum thema|auch interessant|leggi anche|читайте также)"
)
# Most-read and trending lists are site navigation, not teasers of this story: dropped.
_MOST_READ_HEADING = re.compile(
    r"^(?:trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|"
    r"top stories|les plus lus|les plus partag[ée]s|meistgelesen|meistgelesene artikel|"
    r"lo m[aá]s le[ií]do|m[aá]s le[ií]d[oa]s|mais lidas|pi[uù] letti|самое читаемое|"
    r"самые популярные.*|популярное)\W*$",
    re.I,
)
# A heading that opens the reader comments: it and what follows, up to the next heading, go.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|join the discussion|"
    r"kommentare?|leserkommentare|comentarios?|commentaires?|r[ée]actions?|commenti|"
    r"coment[aá]rios?|отзывы|комментарии)(?:\s*\(\d+\))?\W*$",
    re.I,
)
_INLINE_TEASER = re.compile(rf"^{_TEASER_LABEL}\s*[:|»>\-–—]?\s*\S", re.I)
_INLINE_TEASER_SPLIT = re.compile(rf"^{_TEASER_LABEL}\s*[:|»>\-–—]?\s*", re.I)
_LABEL_ONLY = re.compile(rf"^{_TEASER_LABEL}\s*[:|»>\-–—]?\s*$", re.I)
_AGE_TEXT = (
    r"(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|"
    r"months?|years?)\s+ago|(?:an?|one) (?:second|minute|hour|day|week|month|year) ago|"
    r"\d+\s*(?:s|m|min|h|d|w)|yesterday|today|just now|"
    r"vor (?:\d+|einer|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monaten?|jahren?)|"
    r"gestern|heute|"
    r"hace (?:\d+|una?) (?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)|ayer|hoy|"
    r"il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hier|"
    r"aujourd'hui|h[aá] (?:\d+|uma?) (?:minutos?|horas?|dias?)|ontem|"
    r"\d+ (?:minuti|ore|giorni) fa|ieri|"
    r"(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?)"
)
_AGE = re.compile(rf"^{_AGE_TEXT}$", re.I)
_TRAILING_AGE = re.compile(rf"^(.{{2,60}}?),?\s+({_AGE_TEXT})$", re.I)
_CHROME_TEXT = re.compile(
    r"^(?:advertisement|advertising|advert|ad|anzeige|werbung|publicidad|publicit[ée]|"
    r"pubblicit[àa]|реклама|this slideshow requires javascript\.?|"
    r"sponsored(?: content)?|share(?: this)?(?: article| story"
    r"| post)?|share on \w+|tweet|print|email|comments?|\d+ comments?|leave a comment|"
    r"continue reading(?: below)?|read more|skip to (?:main )?content|back to top|"
    r"story continues below(?: advertisement)?|follow us(?: on \w+)?|sign up|subscribe(?: now)?"
    r"|all rights reserved\.?|©.*|copyright.*|photo:.*|image:.*|getty images|"
    r"(?:by|words by|written by|reporting by)\s.{0,60}|published:?\s.{0,40}|updated:?\s.{0,40})$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]。！？」』]\W*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _is_prose(b: Block) -> bool:
    """Sentence-like text: enough words (or CJK characters) and not mostly links.

    Long blocks may carry more inline links (news digests link every item) than short ones.
    """
    words = b.words
    ld = b.link_density
    if ld > (0.75 if words >= 40 else 0.55 if words >= 20 else 0.35):
        return False
    if words >= 12:
        return True
    if words >= 6 and _SENTENCE_END.search(b.text):
        return True
    return len(b.text) >= 20 and len(_CJK.findall(b.text)) >= 15


def _linked_sentence(b: Block) -> bool:
    """A full sentence that happens to be mostly a link ("The suspect, <a>Michael Webb, was
    convicted</a> ..."): story text, unlike a link list item or a teaser headline."""
    return b.link_density < 0.75 and b.words >= 10 and _SENTENCE_END.search(b.text) is not None


def _value(b: Block) -> float:
    """How much a block argues for the subtree that holds it being the story.

    Prose counts for its text outside links and against for its link text; link-dense
    text counts against; other short text is neutral (list items, table cells, labels).
    """
    if _is_prose(b):
        value = len(b.text) - 2 * b.link_chars
        return value / 2 if b.kind == "li" else value
    return -1.5 * b.link_chars if b.link_density > 0.35 else -0.5 * b.link_chars


_KIND_CACHE: dict[str, tuple[str | None, bool]] = {}


def _chrome_kind(tokens: str) -> tuple[str | None, bool]:
    """(chrome heuristic suffix or None, teaser?) from one element's class/id tokens.

    Class strings repeat within and across pages of a site, so verdicts are memoised.
    """
    verdict = _KIND_CACHE.get(tokens)
    if verdict is None:
        if len(_KIND_CACHE) > 100_000:
            _KIND_CACHE.clear()
        verdict = _KIND_CACHE[tokens] = _classify_tokens(tokens)
    return verdict


def _classify_tokens(tokens: str) -> tuple[str | None, bool]:
    kind = None
    for tok in _SPLIT.split(tokens):
        if not tok:
            continue
        if tok in _TEASER_WORDS:
            return None, True
        parts = _WORD_PARTS.split(tok)
        if parts[0] not in _TAXONOMY and (
            _TEASER_INFIX.search(tok) or any(part in _TEASER_WORDS for part in parts)
        ):
            return None, True
        if kind is None:
            kind = _CHROME_WORDS.get(tok)
            if kind is None:
                m = _CHROME_INFIX.search(tok)
                kind = _INFIX_KIND.get(m.group()) or _CHROME_WORDS.get(m.group()) if m else None
            if kind is None and len(parts) > 1:
                # "article-footer", "post-share-bar"; not "tag-wework" or "comments-open"
                while len(parts) > 1 and (parts[-1] in _GENERIC_SUFFIX or parts[-1].isdigit()):
                    parts.pop()
                kind = _CHROME_WORDS.get(parts[-1])
    return kind, False


def _ancestors(el: Any) -> list[Any]:
    """``el`` and its ancestors, innermost first."""
    chain = [el]
    chain.extend(el.iterancestors())
    return chain


def label_html(page: Page) -> None:
    """Label every still-undecided block of ``page`` (see the module docstring)."""
    blocks = page.blocks
    if not blocks:
        return
    chains = _Chains(blocks)
    element_cache: dict[Any, tuple[str | None, bool]] = {}
    container, prose = _story_container(blocks, chains, element_cache)
    # an element holding half the story's prose is the story, whatever its class says
    floor = 0.5 * prose.get(container, 0)
    # per element: (innermost chrome kind, outermost teaser section, inside the container?)
    context: dict[Any, tuple[str | None, Any, bool]] = {container: (None, None, True)}
    teaser_sections: dict[int, Any] = {}  # block index -> section element
    others = _other_articles(blocks, chains, container)
    for i, b in enumerate(blocks):
        chrome, section, inside = _context(b.element, chains.parent, context, element_cache, prose, floor)
        if i in others:
            section = section if section is not None else others[i]
        if section is not None:
            teaser_sections[i] = section
        if b.label is not None:
            continue
        if i in others:
            b.set(BOILERPLATE, "heuristic.other-article")
        elif not inside:
            b.set(BOILERPLATE, "heuristic.outside-story")
        elif chrome is not None:
            b.set(BOILERPLATE, f"heuristic.{chrome}")
        elif b.link_density > 0.5 and not _is_prose(b) and not _linked_sentence(b):
            b.set(BOILERPLATE, "heuristic.link-dense")
        elif _CHROME_TEXT.match(b.text) and b.words <= 12:
            b.set(BOILERPLATE, "heuristic.chrome-text")
        elif b.kind == "h1":
            b.set(TITLE, "heuristic.title")
        else:
            b.set(STORY, "heuristic.story")
    _extend(blocks, chains, container, element_cache, floor, prose)
    _heading_sections(blocks, chains, prose, teaser_sections)
    _comment_sections(blocks)
    _trim_edges(blocks)
    _pull_quotes(blocks)
    labels = _teasers(page, blocks, chains, teaser_sections)
    _one_title(blocks)
    if labels:
        _split_labels(page, labels)


def _other_articles(blocks: list[Block], chains: _Chains, container: Any) -> dict[int, Any]:
    """Blocks of the *other* ``<article>`` elements when the container holds several.

    A page that shows a second story (an "up next" article, a list of posts) under the same
    container as the story: the story is the article holding the headline (the first
    ``h1``), else the one with the most prose; the others are returned, block index ->
    their article element, to become teasers.
    """
    if next(islice(container.iter("article"), 1, None), None) is None:
        return {}  # fewer than two articles
    parent = chains.parent
    memo: dict[Any, Any] = {container: None}
    groups: dict[Any, list[int]] = {}
    prose: dict[Any, int] = {}
    headline: Any = None
    for i, b in enumerate(blocks):
        el, pending = b.element, []
        while el is not None and el not in memo:
            pending.append(el)
            el = parent.get(el)
        if el is None:  # outside the container
            continue
        article = memo[el]
        for e in reversed(pending):
            if e.tag == "article":
                article = e
            memo[e] = article
        if article is None:
            continue
        groups.setdefault(article, []).append(i)
        if _is_prose(b):
            prose[article] = prose.get(article, 0) + len(b.text)
        if headline is None and b.kind == "h1":
            headline = article
    if len(prose) < 2:
        return {}
    main = headline if headline in prose else max(prose, key=prose.__getitem__)
    return {i: article for article, idxs in groups.items() if article is not main for i in idxs}


def _extend(
    blocks: list[Block],
    chains: _Chains,
    container: Any,
    verdicts: dict[Any, tuple[str | None, bool]],
    floor: float,
    prose: dict[Any, int],
) -> None:
    """Grow the story over prose right before and after the container.

    Broken markup and in-story ad slots sometimes split one article body over sibling
    elements; the container then holds only part of it. Prose blocks that continue the story
    in reading order (at most two non-prose blocks in between, no chrome, no headline) join it.
    """
    story = [i for i, b in enumerate(blocks) if b.label == STORY]
    if not story:
        return
    above = set(chains.up(container))
    for step, start in ((-1, story[0]), (1, story[-1])):
        i, gap = start + step, 0
        while 0 <= i < len(blocks) and gap <= 2:
            b = blocks[i]
            if b.label != BOILERPLATE or b.rule != "heuristic.outside-story" or b.kind == "h1":
                break
            if any(
                _verdict(el, verdicts) != (None, False) and prose.get(el, 0) <= floor
                for el in chains[i]
                if el not in above
            ):
                break
            if _is_prose(b):
                b.set(STORY, "heuristic.story-continues")
                gap = 0
            else:
                gap += 1
            i += step


def _story_container(
    blocks: list[Block], chains: _Chains, verdicts: dict[Any, tuple[str | None, bool]]
) -> tuple[Any, dict[Any, int]]:
    """The story container and the prose characters under each element.

    The container is the element whose subtree has the highest summed block value, among
    elements not inside page chrome (footer, sidebar, comments, nav...); when every
    candidate is inside chrome, the best of all.
    """
    score: dict[Any, float] = {}
    prose: dict[Any, int] = {}
    for b in blocks:
        el = b.element
        v = _value(b)
        score[el] = score.get(el, 0.0) + v
        if v > 0:
            prose[el] = prose.get(el, 0) + len(b.text)
    parent = chains.parent
    for el in sorted(parent, key=chains.depth.__getitem__, reverse=True):  # children first
        up = parent[el]
        if up is not None:
            if el in score:
                score[up] = score.get(up, 0.0) + score[el]
            if el in prose:
                prose[up] = prose.get(up, 0) + prose[el]
    ranked = sorted(score.items(), key=lambda kv: kv[1], reverse=True)
    best = next(
        (
            el
            for el, _ in ranked[:8]
            if not any(_verdict(a, verdicts)[0] in _NOT_STORY for a in chains.up(el))
        ),
        ranked[0][0],
    )
    return best, prose


def _context(
    el: Any,
    parent: dict[Any, Any],
    memo: dict[Any, tuple[str | None, Any, bool]],
    verdicts: dict[Any, tuple[str | None, bool]],
    prose: dict[Any, int],
    floor: float,
) -> tuple[str | None, Any, bool]:
    """(innermost chrome kind, outermost teaser section, inside the container?) of ``el``.

    Computed top-down once per element: the container's own ancestors never count for
    blocks inside it, and an element holding half the story's prose is never chrome by its
    class (a ``with-right-rail`` layout wrapper) though it still is by its tag (``aside``).
    """
    pending = []
    while el is not None and el not in memo:
        pending.append(el)
        el = parent.get(el)
    chrome, section, inside = memo[el] if el is not None else (None, None, False)
    for e in reversed(pending):
        verdict = verdicts.get(e)
        kind, teaser = verdict if verdict is not None else _verdict(e, verdicts)
        if (kind or teaser) and (prose.get(e, 0) <= floor or e.tag in CHROME_TAGS):
            if kind is not None and not (kind == "caption" and not inside):
                chrome = kind
            if teaser and section is None:  # the outermost teaser element is the section
                section = e
        memo[e] = (chrome, section, inside)
    return chrome, section, inside


class _Chains:
    """Parent links and depths of the elements holding blocks; ``chains[i]`` is block i's
    element and its ancestors, innermost first (built on demand)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.parent: dict[Any, Any] = {}
        self.depth: dict[Any, int] = {}
        self._chains: dict[int, list[Any]] = {}
        for b in blocks:
            el, new = b.element, []
            while el is not None and el not in self.parent:
                up = el.getparent()
                self.parent[el] = up
                new.append(el)
                el = up
            d = self.depth[el] if el is not None else -1
            for e in reversed(new):
                d += 1
                self.depth[e] = d

    def up(self, el: Any) -> list[Any]:
        """``el`` and its ancestors, innermost first."""
        chain = []
        while el is not None:
            chain.append(el)
            el = self.parent.get(el) if el in self.parent else el.getparent()
        return chain

    def __getitem__(self, i: int) -> list[Any]:
        chain = self._chains.get(i)
        if chain is None:
            chain = self._chains[i] = self.up(self.blocks[i].element)
        return chain


def _verdict(el: Any, cache: dict[Any, tuple[str | None, bool]]) -> tuple[str | None, bool]:
    """(chrome kind, teaser section?) of one element, from its tag and class/id tokens."""
    verdict = cache.get(el)
    if verdict is None:
        tag_kind = CHROME_TAGS.get(el.tag) if isinstance(el.tag, str) else None
        if tag_kind is None and el.get("aria-hidden") == "true":
            tag_kind = "hidden"  # closed modals, decorative pull quotes
        cls, eid = el.get("class"), el.get("id")
        if cls is None and eid is None:
            kind, teaser = None, False
        else:
            kind, teaser = _chrome_kind(f"{cls or ''} {eid or ''}".lower())
        verdict = (tag_kind or kind, teaser)
        cache[el] = verdict
    return verdict


def _heading_sections(
    blocks: list[Block], chains: _Chains, prose: dict[Any, int], sections: dict[int, Any]
) -> None:
    """A "You may also like"-style heading opens a teaser section of the links after it.

    The section runs until the next heading, or until prose that does not follow a link
    (card text shares a small parent with its card's link; other prose is story again).
    """
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if not _opens_teaser_section(b):
            i += 1
            continue
        j, links, card = i + 1, 0, ()
        while j < n:
            nb = blocks[j]
            if links and _is_heading(nb):
                break
            linked = nb.link_density >= 0.5  # a card's title; inline links leave prose prose
            if (
                not linked
                and _is_prose(nb)
                and not (
                    card  # card text: in the small element that holds the card's link
                    and nb.element.getparent() in card
                    and prose.get(nb.element.getparent(), 0) <= 2 * len(nb.text)
                )
            ):
                break
            if linked:
                links += 1
                card = (nb.element, nb.element.getparent())
            j += 1
        if links and _MOST_READ_HEADING.match(b.text):
            for k in range(i, j):  # site navigation, not teasers of this story
                sections.pop(k, None)
                if blocks[k].rule is None or blocks[k].rule.startswith("heuristic."):
                    blocks[k].set(BOILERPLATE, "heuristic.most-read")
            i = j
        elif links:
            b.set(BOILERPLATE, "heuristic.teaser-heading")
            parent = chains[i][1] if len(chains[i]) > 1 else chains[i][0]
            for k in range(i + 1, j):
                sections.setdefault(k, ("heading", i, parent))
            i = j
        else:
            i += 1


def _is_heading(b: Block) -> bool:
    return len(b.kind) == 2 and b.kind[0] == "h" and b.kind[1].isdigit()


def _opens_teaser_section(b: Block) -> bool:
    """A short heading-like line such as "Related stories" not owned by a rule."""
    if len(b.text) > 80 or b.label not in (None, STORY, TITLE, BOILERPLATE) or b.kept:
        return False
    if b.rule is not None and not b.rule.startswith("heuristic."):
        return False
    return (
        (_is_heading(b) or b.words <= 6)
        and b.link_density < 0.5
        and (_TEASER_HEADING.match(b.text) or _MOST_READ_HEADING.match(b.text)) is not None
    )


_QUOTE_KINDS = frozenset({"blockquote", "div", "aside", "figure", "q", "span", "h2", "h3", "h4"})


def _comment_sections(blocks: list[Block]) -> None:
    """A "Comments" / "Kommentare" / "Отзывы" heading in the story: it and the blocks after it,
    up to the next heading of the same or a higher level, are reader comments."""
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if not (
            b.label == STORY
            and b.rule == "heuristic.story"
            and (_is_heading(b) or b.words <= 4)
            and len(b.text) <= 40
            and _COMMENTS_HEADING.match(b.text)
        ):
            i += 1
            continue
        level = int(b.kind[1]) if _is_heading(b) else 7
        b.set(BOILERPLATE, "heuristic.comments")
        i += 1
        while i < n and not (_is_heading(blocks[i]) and int(blocks[i].kind[1]) <= level):
            if blocks[i].label == STORY and blocks[i].rule and blocks[i].rule.startswith("heuristic."):
                blocks[i].set(BOILERPLATE, "heuristic.comments")
            i += 1


def _pull_quotes(blocks: list[Block]) -> None:
    """Drop pull quotes: short story blocks whose text repeats inside a longer story block."""
    story = [b for b in blocks if b.label == STORY]
    quotes = [b for b in story if b.kind in _QUOTE_KINDS and b.rule == "heuristic.story"]
    if not quotes:
        return
    long = [b.text.casefold() for b in story if b.words > 12]
    for b in quotes[:50]:  # bounded: pages with thousands of blocks stay linear
        if not 4 <= b.words <= 60:
            continue
        own = b.text.casefold()
        core = own.strip(" \"'“”‘’«»„‚")
        if len(core) > 20 and any(core in text and text != own for text in long):
            b.set(BOILERPLATE, "heuristic.pull-quote")


def _trim_edges(blocks: list[Block]) -> None:
    """Drop short non-prose story blocks before the first and after the last prose block."""
    story = [b for b in blocks if b.label == STORY and b.rule == "heuristic.story"]
    if not story:
        return
    prose = [k for k, b in enumerate(story) if _is_prose(b)]
    if not prose:
        return
    # a byline, a dateline, a kicker: a few lines; a long run of short lines is content
    # (a schedule, a list), not chrome
    lead = [b for b in story[: prose[0]] if not _is_heading(b) or b.kind == "h1"]
    if len(lead) <= EDGE_LINES:
        for b in lead:
            b.set(BOILERPLATE, "heuristic.edge")
    tail = [b for b in story[prose[-1] + 1 :] if b.words < 8 or b.link_chars]
    if len(tail) <= TAIL_LINES:
        for b in tail:
            b.set(BOILERPLATE, "heuristic.edge")
    # a heading left alone at the end introduces nothing that stayed
    for b in reversed(story):
        if b.label != STORY:
            continue
        if _is_heading(b):
            b.set(BOILERPLATE, "heuristic.edge")
            continue
        break


_INLINE_RULES = frozenset(
    {"heuristic.story", "heuristic.link-dense", "heuristic.chrome-text", "heuristic.aside"}
)


def _teasers(
    page: Page, blocks: list[Block], chains: _Chains, sections: dict[int, Any]
) -> list[tuple[Block, str]]:
    """Turn related-article sections and inline "Read more:" links into teaser records."""
    # inline one-line teasers inside the story
    labels: list[tuple[Block, str]] = []
    for b in blocks:
        if b.rule in _INLINE_RULES and b.link_density > 0.3 and _INLINE_TEASER.match(b.text):
            fields = _inline_fields(b)
            label = _INLINE_TEASER_SPLIT.match(b.text)
            if not fields:  # "Read more: <a>Title</a>": the title is the text after the label
                title = b.text[label.end() :] if label else b.text
                fields = {"title": title} if title != b.text else {}
            b.label, b.rule, b.field = TEASER, "heuristic.inline-teaser", "title"
            b.teaser = page.new_teaser(**fields)
            if label and label.group().strip(" :|»>-–—"):
                labels.append((b, label.group().strip(" :|»>-–—")))

    if not sections:
        return labels
    by_section: dict[Any, list[int]] = {}
    for i, section in sections.items():
        if (
            blocks[i].label in (None, STORY, BOILERPLATE)
            and not blocks[i].kept
            and (blocks[i].rule is None or blocks[i].rule.startswith("heuristic."))
        ):
            by_section.setdefault(section, []).append(i)
    for section, idxs in by_section.items():
        _cards(page, chains, section, sorted(idxs))
    return labels


def _split_labels(page: Page, labels: list[tuple[Block, str]]) -> None:
    """Give each inline teaser's label ("Read also:", "Mehr zum Thema") a dropped block of its
    own just before the teaser, so the audit trail shows it; blocks are renumbered."""
    before = {id(b): text for b, text in labels}
    blocks: list[Block] = []
    for b in page.blocks:
        text = before.get(id(b))
        if text is not None:
            blocks.append(
                Block(
                    index=0,
                    text=text,
                    kind=b.kind,
                    path=b.path,
                    attrs=b.attrs,
                    element=b.element,
                    label=BOILERPLATE,
                    rule="heuristic.teaser-label",
                )
            )
        blocks.append(b)
    for i, b in enumerate(blocks):
        b.index = i
    page.blocks[:] = blocks


def _cards(page: Page, chains: _Chains, section: Any, idxs: list[int]) -> None:
    """Group a teaser section's blocks into cards (one link target each) and fill fields."""
    blocks = page.blocks
    stop = section[2] if isinstance(section, tuple) else section
    # hrefs seen under each element of the section
    hrefs: dict[Any, set[str]] = {}
    for i in idxs:
        h = blocks[i].href
        if h is None:
            continue
        for el in chains[i]:
            hrefs.setdefault(el, set()).add(h)
            if el is stop:
                break
    current: Any = None
    record: int | None = None
    url: str | None = None
    fields: set[str] = set()
    for i in idxs:
        b = blocks[i]
        if not b.link_chars and _TEASER_HEADING.match(b.text):
            b.set(BOILERPLATE, "heuristic.teaser-heading")
            continue
        card = None
        for el in chains[i]:
            if len(hrefs.get(el, ())) > 1:
                break
            card = el
            if el is stop:
                break
        other_link = b.href is not None and url is not None and b.href != url
        parsed: dict[str, str] = {}
        if record is None or card is not current or other_link:
            if not b.href and b.words > 25:
                b.set(BOILERPLATE, "heuristic.teaser-section")
                continue
            parsed = _inline_fields(b)
            record, current, url, fields = page.new_teaser(**parsed), card, b.href, set()
        url = url or b.href
        # a one-block card: its pieces are parsed; the block stands for the title (and url)
        field = "title" if parsed else _field(b, fields)
        if not parsed and field != "title":
            meta = _meta_line(b.text, fields)  # "Coastline Times · 2 days ago"
            if meta:
                page.teasers[record].update(meta)
                parsed, field = meta, next(iter(meta))
        if field is None:
            b.set(BOILERPLATE, "heuristic.teaser-section")
            continue
        b.label, b.rule, b.field, b.teaser = TEASER, "heuristic.teaser", field, record
        fields.add(field)
        fields.update(parsed)


_BYLINE = re.compile(r"^[-–—]\s*\w[^.!?]{0,60}$")
_META_SEPARATOR = re.compile(r"\s+[·|•‧∙◦—–-]\s+|,\s+")


def _meta_line(text: str, taken: set[str]) -> dict[str, str]:
    """Source and age from a card's meta line, or nothing: "Coastline Times · 2 days ago",
    "Source — age", "Source, age", "(Source, age)", "Reuters Wire Digest 7 hours ago"."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    pieces = [p for p in _META_SEPARATOR.split(text) if p]
    if len(pieces) == 1:
        m = _TRAILING_AGE.match(text)
        if m is None:
            return {}
        pieces = [m.group(1), m.group(2)]
    if len(pieces) != 2 or not any(_AGE.match(p) for p in pieces):
        return {}
    fields: dict[str, str] = {}
    for piece in pieces:
        name = "age" if _AGE.match(piece) else "source" if len(piece.split()) <= 5 else None
        if name is None or name in fields or name in taken:
            return {}
        fields[name] = piece
    return fields


def _field(b: Block, taken: set[str]) -> str | None:
    """Which teaser field a block fills, given the fields its card already has."""
    return _field_of(b.text, bool(b.href) and b.link_density > 0.5, taken)


def _field_of(text: str, linked: bool, taken: set[str]) -> str | None:
    """Which teaser field a piece of card text fills (``None``: the card has it already).

    A "- Source" line is the card's byline: part of the teaser, but no record field.
    """
    if linked and "title" not in taken:
        return "title"
    if _BYLINE.match(text):
        return "byline"
    if _AGE.match(text) and "age" not in taken:
        return "age"
    if len(text.split()) <= 4 and "source" not in taken and "text" not in taken:
        return "source"
    if "text" not in taken:
        return "text"
    return None


def _inline_fields(b: Block) -> dict[str, str]:
    """Fields of a card that is one block: its link is the title, styled pieces after it
    (``<span class=src>``, ``<time>``) are source, age or text."""
    el = b.element
    if el is None or not b.href or b.link_chars >= len(b.text) - 1:
        return {}
    pieces: list[tuple[str, bool]] = []
    if el.text and el.text.strip():
        pieces.append((el.text, False))
    for child in el:
        if not isinstance(child.tag, str) or child.tag in BLOCK_TAGS:
            continue  # a block-level child is a block of its own
        linked = child.tag == "a" or child.find(".//a") is not None
        inner = [normalise_space("".join(c.itertext())) for c in child] if linked else []
        inner = [t for t in inner if t]
        if len(inner) > 1 and not (child.text and child.text.strip()):
            # <a><span class=kicker>Source</span><span class=title>Title</span></a>
            title = max(inner, key=len)
            pieces.extend((t, t is title) for t in inner)
        else:
            text = normalise_space("".join(child.itertext()))
            if text:
                pieces.append((text, linked))
        if child.tail and child.tail.strip():
            pieces.append((child.tail, False))
    fields: dict[str, str] = {}
    rest: list[str] = []
    before: list[str] = []  # a kicker before the title is the source
    for text, linked in pieces:
        text = normalise_space(text)
        if not linked and (_LABEL_ONLY.match(text) or not any(c.isalnum() for c in text)):
            continue  # "Related:", "·"
        if linked and "title" not in fields:
            fields["title"] = text
        elif "title" in fields:
            rest.append(text)
        else:
            before.append(text)
    if len(before) == 1 and len(before[0].split()) <= 5 and not _AGE.match(before[0]):
        fields["source"] = before[0]
    if "title" not in fields:
        return {}
    meta = _meta_line(" · ".join(rest), set()) if rest else {}
    if meta:
        fields.update(meta)
    else:
        for text in rest:
            name = _field_of(text, False, set(fields))
            if name is not None:
                fields[name] = text
    return fields


def _one_title(blocks: Iterable[Block]) -> None:
    """Only the first heuristic title stays a title; later h1s are story headings."""
    seen = False
    for b in blocks:
        if b.label == TITLE and b.rule == "heuristic.title":
            if seen:
                b.set(STORY, "heuristic.story")
            seen = True
