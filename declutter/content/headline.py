"""The headline of an HTML story that has no usable ``h1``.

Blogs put the post's headline in an ``h2``/``h3`` (``h2.post-title``) and card-built pages in
a bare ``<div class="hl">``; the page's ``<title>`` then often names the site only. The
headline is the heading-like block nearest above the story's first paragraph, and one whose
words the page's metadata title shares wins over a nearer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from declutter.blocks import BOILERPLATE, STORY, TITLE, Block, Page, title_sized
from declutter.char_runs import WORD
from declutter.content.ages import is_age_fast
from declutter.content.byline_ages import byline_age, named_date
from declutter.content.card_lines import meta_fields, strong_pieces
from declutter.content.features import SENTENCE_END, fold, is_heading, is_prose
from declutter.content.names import is_name
from declutter.content.story_edges import EDGE_LINES, trim_lead
from declutter.content.story_marks import block_markup

_META_PIECES = re.compile(r"\s+[·|•]\s+")


def title_before_story(page: Page) -> None:
    """No ``h1``: label the headline above the story ``title`` (``heuristic.title-above-story``).

    Looks back at most ``EDGE_LINES`` blocks from the story's first paragraph (prose), past
    story headings, dropped lines and rule drops, stopping at a kept block, a teaser or a
    title; a heading whose words an unspaced script's estimate counts is no paragraph (a Khmer
    ``h2`` counts a word for each two characters and reads as prose). A candidate is heading-like
    (:func:`_heading_like`): an ``h2``-``h6``, or a line of 3 to 25 words that is no sentence
    and no link; never a meta line ("Source · 3h") nor the site's name (``page.site``). A
    candidate sharing a word of over three characters with the metadata title (``og:title``,
    else ``<title>`` without its site part) wins (not a masthead holding that title whole
    beside a motto, :func:`_names_site`), then a heading tag over a line, then the nearest; the
    page's ``<title>`` stays the fallback when there is none, and when the story
    is the page's JSON-LD body (appended after the page's last block). One pass over a few
    blocks.
    """
    blocks = page.blocks
    if any(b.label == TITLE or b.kind == "h1" for b in blocks):
        return  # an h1 dropped as chrome still names the story (through the page's title)
    first = next((i for i, b in enumerate(blocks) if b.label == STORY and is_prose(b)
                  and not _estimated_heading(b) and not _over_byline(blocks, i)), None)
    if first is None:
        first = next((i for i, b in enumerate(blocks) if b.label == STORY), None)
    if first is None or blocks[first].rule == "heuristic.structured-body":
        return  # (a body read from the page's JSON-LD has no place among its blocks)
    site = fold(page.site or "")
    wanted = _content_words(page.title or "") - _content_words(site)
    best: tuple[bool, bool, int] | None = None
    chosen: Block | None = None
    for near, b in enumerate(reversed(blocks[max(0, first - EDGE_LINES) : first])):
        by_rule = b.rule is not None and not b.rule.startswith("heuristic.")
        if b.kept or b.label not in (BOILERPLATE, STORY, None):
            break
        shared = bool(wanted & _content_words(b.text)) and not _names_site(b.text, page.title or "")
        if by_rule or not _heading_like(b, shared) or fold(b.text) == site:
            continue
        rank = (shared, is_heading(b), -near)
        if best is None or rank > best:
            best, chosen = rank, b
    if chosen is not None:
        chosen.set(TITLE, "heuristic.title-above-story")


def _names_site(text: str, title: str) -> bool:
    """A masthead: a line of two pieces or more (:func:`strong_pieces`), one of them the whole
    metadata title ("NAME OF THE SITE | its motto" under ``<title>Name of the Site</title>``):
    that title names the site, and the words the line shares with it are no headline's."""
    pieces = strong_pieces(text)
    return len(pieces) > 1 and bool(title) and fold(title) in {fold(p) for p in pieces}


def _over_byline(blocks: list[Block], i: int) -> bool:
    """A headline long enough to read as prose: a story line of no sentence's end right above
    a meta line, its byline ("<div>Twelve words of headline</div><div>Site - 45 min</div>"),
    is no first paragraph."""
    b = blocks[i]
    return (i + 1 < len(blocks) and not is_heading(b) and title_sized(b.text)
            and not SENTENCE_END.search(b.text) and _byline(blocks[i + 1].text))


def _byline(text: str) -> bool:
    """A meta line (:func:`_meta_line`), or a name and an age set apart by a dash ("Site - 20
    mín", the age in words the regexes do not know)."""
    if _meta_line(text):
        return True
    pieces = strong_pieces(text)
    return len(pieces) == 2 and is_name(pieces[0]) and byline_age(pieces[1])


def _estimated_heading(b: Block) -> bool:
    """A heading in a script written without spaces: more words counted (two characters a
    word) than it has spaced ones, so it reads as prose by its length alone. A heading of
    spaced words long enough to be prose stays a paragraph (a dek set as an ``h2``)."""
    return is_heading(b) and b.words > len(b.text.split())


def _heading_like(b: Block, shared: bool) -> bool:
    """A headline's shape: a heading tag or a short non-sentence line (3 to 25 words, or 2
    for a heading sharing a word with the metadata title; under half link text, unless a
    heading sharing a word with it), and no photo caption or meta line (source and age, "By X
    · date")."""
    if b.rule == "heuristic.caption" or b.kind == "figcaption":
        return False
    if b.link_density >= 0.5 and not (shared and is_heading(b)):
        return False  # a linked heading that names the page (a blog post's permalink) is one
    low = 2 if shared and is_heading(b) else 3
    if not (low <= b.words <= 25 and title_sized(b.text)):
        return False
    if not is_heading(b) and SENTENCE_END.search(b.text):
        return False
    return not _byline(b.text)


def _meta_line(text: str) -> bool:
    """A card's or story's meta line: "Source · 3h", or pieces split by dots or bars one of
    which is an age or a date ("By Sam · 5 January 2026"), or an age in words the regexes do
    not know, read as the dump path reads a byline's age (:func:`byline_age`: "Site · 3 કલાક
    પહેલાં", one number and its unit words), or a date whose month word they do not know
    (:func:`named_date`: "Reporter | ଡିସେମ୍ବର ୬, ୨୦୨୬")."""
    if meta_fields(text, (), is_age_fast):
        return True
    pieces = _META_PIECES.split(text)
    return len(pieces) > 1 and any(byline_age(p) or named_date(p) for p in pieces)


def _content_words(text: str) -> set[str]:
    """Folded words of over three characters: shared "und", "the" or "of" say nothing."""
    return {w for w in WORD.findall(fold(text)) if len(w) > 3}


def one_title(blocks: Iterable[Block]) -> None:
    """Only the first heuristic title stays a title; later h1s are story headings."""
    seen = False
    for b in blocks:
        if b.label == TITLE and b.rule == "heuristic.title":
            if seen:
                b.set(STORY, "heuristic.story")
            seen = True


ABOVE_TITLE_WORDS = 20
"""Fewer words than this: a block above the ``h1`` read as chrome (:func:`above_title`)."""
MENU_WORDS = 3
"""Most words of each line above a headline no ``h1`` marks (:func:`title_before_story`'s) read
as chrome: a menu's items; a heading or a longer line there may be the page's own headline."""


def above_title(page: Page) -> None:
    """The story starts at or after its headline (an ``h1``, or the line
    :func:`title_before_story` chose over the first paragraph): story blocks above it that are all
    short (under ``ABOVE_TITLE_WORDS`` words: a cookie bar, the site's name, a share row, a
    kicker) are dropped (``heuristic.above-title``) when at least two prose paragraphs follow
    the headline. One long block above it (a lead set before the headline) leaves them all
    in; above a headline that is no ``h1``, so does a heading or a line of over
    ``MENU_WORDS`` words. Kept blocks and rule labels are left alone. One pass over the blocks."""
    blocks = page.blocks
    at = next((i for i, b in enumerate(blocks) if b.label == TITLE), None)
    if at is None or blocks[at].kind != "h1" and blocks[at].rule != "heuristic.title-above-story":
        return
    above = [b for b in blocks[:at] if b.label == STORY and (b.rule or "").startswith("heuristic.")]
    if not above or any(b.kept or b.words >= ABOVE_TITLE_WORDS for b in above):
        return
    if blocks[at].kind != "h1" and any(is_heading(b) or b.words > MENU_WORDS for b in above):
        return  # a heading or a longer line over a headline no h1 marks: the page's own headline
    after = 0
    for b in blocks[at + 1 :]:
        after += b.label == STORY and is_prose(b)
        if after >= 2:
            break
    else:
        return
    for b in above:
        b.set(BOILERPLATE, "heuristic.above-title")


def under_title(page: Page) -> None:
    """Short lines between the headline and the story's first paragraph (a byline, a photo
    credit, a dateline) go (``heuristic.edge``), as at the story's start
    (:func:`declutter.content.story_edges.trim_lead`, the story's paragraphs anywhere on the
    page giving the markup that keeps a line). Read again once the headline is known, so that
    a menu above it (dropped by :func:`above_title`) no longer makes the start too long to
    trim. Stricter than at the story's start: a heading, a kept block, a rule's label or more
    than ``EDGE_LINES`` lines in all stop it (with trim_lead's own reading, 4 tuning pages of
    trafilatura-eval lost a dek or a subheading). One pass over a few blocks."""
    blocks = page.blocks
    at = next((i for i, b in enumerate(blocks) if b.label == TITLE), None)
    if at is None:
        return
    lines: list[Block] = []
    for b in blocks[at + 1 :]:
        if b.label != STORY:
            continue
        if is_prose(b):
            break
        lines.append(b)
        if len(lines) > EDGE_LINES:
            return
    else:
        return
    if any(b.kept or b.rule != "heuristic.story" or is_heading(b) for b in lines):
        return
    trim_lead(lines, {block_markup(b) for b in blocks if b.label == STORY and is_prose(b)} - {None})
