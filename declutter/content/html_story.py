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
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TITLE, Block, Page, title_sized
from declutter.content.announced_boxes import announced_boxes
from declutter.content.cards import read_teasers, split_labels
from declutter.content.chains import Chains, class_verdict, class_words, verdict, verdict_apart
from declutter.content.comment_pairs import paired_comments
from declutter.content.comment_threads import (
    action_rows,
    comment_lines,
    comment_threads,
    inline_comments,
    line_comments,
)
from declutter.content.control_boxes import form_boxes, icon_rows
from declutter.content.features import is_heading, is_prose, linked_sentence
from declutter.content.headline import above_title, one_title, title_before_story, under_title
from declutter.content.html_bylines import html_bylines
from declutter.content.kickers import section_kickers
from declutter.content.list_remnants import list_remnants
from declutter.content.lone_comments import comments_only, lone_comment
from declutter.content.more_cards import more_cards
from declutter.content.other_articles import other_articles
from declutter.content.section_lists import section_lists
from declutter.content.sections import comment_sections, heading_sections
from declutter.content.site_tail import head_disclosures, own_name_tail
from declutter.content.story_boxes import (
    box_titles,
    control_rows,
    edge_credits,
    image_captions,
    pull_quotes,
)
from declutter.content.story_container import story_container
from declutter.content.story_edges import after_story, empty_headings, pitch_tail, title_repeat, trim_edges
from declutter.content.story_links import announced_addresses, linked_items
from declutter.content.story_marks import ad_labels, editor_notes, entry_stamps
from declutter.content.story_reach import (
    best_text,
    earlier_parts,
    lead,
    one_paragraph_widened,
    structured_body,
)
from declutter.content.story_tables import table_after_story
from declutter.content.tail_comments import widget_comments
from declutter.content.vocabulary import CHROME_TAGS, CHROME_TEXT

# Story containers tried, best first, when a container leaves no story block.
CONTAINER_TRIES = 3


def label_html(page: Page) -> None:
    """Label every still-undecided block of ``page`` (see the module docstring).

    When the best container leaves no story block (its text all chrome or edges), the next
    candidates outside it are tried, at most ``CONTAINER_TRIES`` in all, so a page with
    readable text (a long review, an archive or listing page) gives its best text rather than
    nothing; each try is one linear pass.
    """
    blocks = page.blocks
    if not blocks:
        return
    chains = Chains(blocks)
    element_cache: dict[Any, tuple[str | None, bool]] = {}
    page_lines = comment_lines(blocks)  # (reader comments set as lines: read once per page)
    candidates, prose = story_container(blocks, chains, element_cache, page_lines)
    undecided = [b for b in blocks if b.label is None]
    tried: list[Any] = []
    teaser_sections: dict[int, Any] = {}
    for container in candidates:
        container = one_paragraph_widened(container, blocks, chains)
        if any(t in chains.up(container) for t in tried):
            continue  # inside a container already tried
        if tried:
            for b in undecided:
                b.label = b.rule = None
        tried.append(container)
        teaser_sections = _label_inside(page, chains, container, prose, element_cache, page_lines)
        if len(tried) >= CONTAINER_TRIES or any(b.label == STORY for b in blocks):
            break
    labels = read_teasers(page, blocks, chains, teaser_sections)
    more_cards(blocks)
    empty_headings(blocks)
    box_titles(blocks, chains)  # (again: the title of a box whose heading went as empty)
    edge_credits(blocks)
    pitch_tail(blocks, before_cards=True)  # the story's end again, without the cards after it
    if own_name_tail(page):  # a paywall or pitch naming the site, then a pitch above it
        pitch_tail(blocks)
    head_disclosures(blocks)
    best_text(blocks, page.title)
    structured_body(page)
    one_title(blocks)
    title_before_story(page)
    above_title(page)
    title_repeat(page)
    html_bylines(page)
    under_title(page)
    section_kickers(page, blocks, teaser_sections)
    if labels:
        split_labels(page, labels)


def _label_inside(
    page: Page,
    chains: Chains,
    container: Any,
    prose: dict[Any, int],
    element_cache: dict[Any, tuple[str | None, bool]],
    page_lines: list[range],
) -> dict[int, Any]:
    """Label the undecided blocks for one story container; returns the teaser sections
    (block index -> section element) for the card reader. ``page_lines`` are the page's
    comment lines (:func:`comment_lines`)."""
    blocks = page.blocks
    # an element holding half the story's prose is the story, whatever its class says
    floor = 0.5 * prose.get(container, 0)
    own = _story_words(container, chains, prose, floor)
    long_figures = _story_figures(blocks, chains)
    # per element: (innermost chrome kind, outermost teaser section, inside the container?)
    context: dict[Any, tuple[str | None, Any, bool]] = {container: (None, None, True)}
    for part in earlier_parts(container, chains, prose, element_cache):
        context[part] = (None, None, True)  # an earlier part of the story, inside it too
    teaser_sections: dict[int, Any] = {}  # block index -> section element
    others = other_articles(page, chains, container)
    # a lead is prose after the headline in a header element that does not hold the headline
    first_h1 = next((k for k, b in enumerate(blocks) if b.kind == "h1"), -1)
    titled = set(chains[first_h1]) if first_h1 >= 0 else set()
    parent = chains.parent
    for i, b in enumerate(blocks):
        el = b.element
        known = context.get(el)
        if known is None:
            # (most blocks are a plain element of their own under one read already: no tag or
            # class word of chrome, so it says what its parent says, as _context would find)
            known = context.get(parent.get(el))
            if known is not None and known[0] != "caption":
                kind, teaser = element_cache.get(el) or verdict(el, element_cache)
                if kind is None and not teaser:
                    context[el] = known
                else:
                    known = None
            else:
                known = None
        chrome, section, inside = (
            known if known is not None
            else _context(el, parent, context, element_cache, prose, floor, own, long_figures)
        )
        if i in others:
            section = section if section is not None else others[i]
        if section is not None:
            teaser_sections[i] = section
        if b.label is not None:
            continue
        if i in others:
            b.set(BOILERPLATE, "heuristic.other-article")
        elif not inside:
            if not b.kept:  # (b.set, inlined: most blocks of a page are outside its story)
                b.label, b.rule = BOILERPLATE, "heuristic.outside-story"
        elif chrome is not None and not (
            chrome == "header" and i > first_h1 and _lead(b, i, chains, element_cache, titled)
        ):
            b.set(BOILERPLATE, f"heuristic.{chrome}")
        elif b.link_density > 0.5 and not is_prose(b) and not linked_sentence(b):
            b.set(BOILERPLATE, "heuristic.link-dense")
        elif CHROME_TEXT.match(b.text) and b.words <= 12:
            b.set(BOILERPLATE, "heuristic.chrome-text")
        elif b.kind == "h1" and title_sized(b.text):
            b.set(TITLE, "heuristic.title")
        else:
            b.set(STORY, "heuristic.story")
    _extend(blocks, chains, container, element_cache, floor, prose)
    table_after_story(blocks, chains, container, element_cache)
    lead(blocks, chains, element_cache, page.title)
    section_lists(blocks, chains, container, element_cache)
    heading_sections(blocks, chains, prose, teaser_sections, element_cache)
    comment_sections(blocks)
    rows = action_rows(blocks)  # (read once for both readers of comments' action rows)
    comment_threads(blocks, chains, rows)
    inline_comments(blocks, chains)
    line_comments(blocks, chains, page_lines)
    paired_comments(blocks, chains, rows)
    widget_comments(blocks)
    lone_comment(blocks, chains)
    comments_only(blocks)
    form_boxes(blocks, chains)
    icon_rows(blocks, chains, page.pictured)
    image_captions(blocks, chains, element_cache, page.pictured)
    control_rows(blocks)
    linked_items(blocks)
    announced_addresses(blocks)
    announced_boxes(blocks)
    box_titles(blocks, chains)
    editor_notes(blocks)
    after_story(blocks, chains, container)
    trim_edges(blocks)
    entry_stamps(blocks)
    ad_labels(blocks)
    list_remnants(blocks)
    pull_quotes(blocks)
    return teaser_sections


_LEAD_WORDS = frozenset({"lead", "lede", "intro", "abstract", "excerpt"})
"""Class word parts naming the story's first paragraph (``p.lead``, ``p.ts-intro``,
``div.article__abstract``, ``div.entry-excerpt``), not headline furniture (a dek, a standfirst,
a subtitle): read below any header element holding the headline, they keep the lead."""
_CLASS_PARTS = re.compile(r"[^a-z]+")


def _lead(
    b: Block, i: int, chains: Chains, verdicts: dict[Any, tuple[str | None, bool]], titled: set[Any]
) -> bool:
    """Prose block ``i`` in ``header`` elements (tag or class word) none of which holds the
    page's headline: a story's lead or an "abstract" box (``p.ts-intro``, ``entry__subtitle``).

    A header holding the headline keeps its standfirst out (the 181-page set's ground truth
    leaves it out) unless an element between the block and that header names it the story's
    lead (:data:`_LEAD_WORDS`); a site header before the headline holds notices, not story.
    """
    if not is_prose(b):
        return False
    for el in chains[i]:
        if el in titled and verdict(el, verdicts)[0] == "header":
            return False
        if _LEAD_WORDS.intersection(_CLASS_PARTS.split((el.get("class") or "").lower())):
            return True
    return True


def _extend(
    blocks: list[Block],
    chains: Chains,
    container: Any,
    verdicts: dict[Any, tuple[str | None, bool]],
    floor: float,
    prose: dict[Any, int],
) -> None:
    """Grow the story over prose right before and after the container.

    Broken markup and in-story ad slots sometimes split one article body over sibling
    elements; the container then holds only part of it. Prose blocks that continue the story
    in reading order (at most two non-prose blocks in between, no chrome, no headline, no
    linked heading of another story) join it, and so does a link-free heading (not ``h1``)
    right before the story's first block: the heading of the part that follows it (a review's
    "Author (ed.): Title" line over the text).
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
            if is_heading(b) and b.link_density >= 0.5:
                break  # another story's linked headline
            if any(
                verdict(el, verdicts) != (None, False) and prose.get(el, 0) <= floor
                for el in chains[i]
                if el not in above
            ):
                break
            if is_prose(b) or (step < 0 and gap == 0 and is_heading(b) and not b.link_chars):
                b.set(STORY, "heuristic.story-continues")
                gap = 0
            else:
                gap += 1
            i += step


def _context(
    el: Any,
    parent: dict[Any, Any],
    memo: dict[Any, tuple[str | None, Any, bool]],
    verdicts: dict[Any, tuple[str | None, bool]],
    prose: dict[Any, int],
    floor: float,
    own: frozenset[str] = frozenset(),
    long_figures: frozenset[Any] = frozenset(),
) -> tuple[str | None, Any, bool]:
    """(innermost chrome kind, outermost teaser section, inside the container?) of ``el``.

    Computed top-down once per element: the container's own ancestors never count for
    blocks inside it, and an element holding half the story's prose is never chrome by its
    class (a ``with-right-rail`` layout wrapper) though it still is by its tag (``aside``).
    A link-free ``blockquote`` inside a figure or caption is a pull quote, story text (a
    tweet's embed quotes links, so it stays out); the figure's ``figcaption`` (the quote's
    attribution, a name the quote's text already gives) stays a caption.

    Nor is an element chrome by a class word the story's own elements carry too (``own``,
    :func:`_story_words`): a Drupal intro field whose ``field-label-hidden`` the body field
    also has is no hidden element, whatever share of the story its prose is; its other words
    still count, and so do its tag and ``aria-hidden``. A ``figure`` in ``long_figures``
    (:func:`_story_figures`: markup that left the figure open nested the story in it) is no
    caption by its tag; its class words count in its tag's stead, whatever its prose (a
    ``figure.comments`` thread is still comments), and its ``figcaption`` stays a caption.
    """
    pending = []
    while el is not None and el not in memo:
        pending.append(el)
        el = parent.get(el)
    state = memo[el] if el is not None else (None, None, False)
    chrome, section, inside = state
    for e in reversed(pending):  # (an element says what its parent says unless it changes it)
        known = verdicts.get(e)
        kind, teaser = known if known is not None else verdict(e, verdicts)
        tagged = e.tag in CHROME_TAGS
        if tagged and e in long_figures:  # (its class words count as its tag did)
            kind, teaser = class_verdict(e)
        if (kind or teaser) and own and not tagged and e.get("aria-hidden") != "true":
            apart = verdict_apart(e, own)  # (None: none of the story's words)
            kind, teaser = (kind, teaser) if apart is None else apart
        if (kind or teaser) and (prose.get(e, 0) <= floor or tagged):
            if kind is not None and not (kind == "caption" and not inside):
                chrome = kind
            if teaser and section is None:  # the outermost teaser element is the section
                section = e
        if chrome == "caption" and e.tag == "blockquote" and e.find(".//a") is None:
            chrome = None  # a pull quote in a <figure> is quoted story; its <figcaption> stays out
        if chrome is not state[0] or section is not state[1]:
            state = (chrome, section, inside)
        memo[e] = state
    return state


def _story_words(container: Any, chains: Chains, prose: dict[Any, int], floor: float) -> frozenset[str]:
    """The class words of the story's own elements: those inside the container holding more
    than ``floor`` (half the story's prose), whose class words :func:`_context` never reads
    as chrome. A word the story's body carries says nothing against another element inside
    the story that carries it too. (The container's own words are not read: a page wrapper
    chosen whatever its words say, ``has-sidebar``, ``widget Blog``, shares them with boxes.)"""
    words: frozenset[str] = frozenset()
    for el, mass in prose.items():
        if mass > floor and el is not container and container in chains.up(el):
            words |= class_words(el)
    return words


# A figure's caption is short: a figure holding more prose blocks than this, or a heading, holds
# story text the parser nested in it (a figure or table left open), not a caption.
CAPTION_BLOCKS = 2


def _story_figures(blocks: list[Block], chains: Chains) -> frozenset[Any]:
    """The ``figure`` elements holding a heading or more than ``CAPTION_BLOCKS`` prose blocks:
    no caption is that long, so the figure holds story (its text is read as the story's).
    One pass over the blocks' chains, only on a page with a figure."""
    figures = {el for el in chains.parent if el.tag == "figure"}
    if not figures:
        return frozenset()
    counts: dict[Any, int] = {}
    for i, b in enumerate(blocks):
        weight = CAPTION_BLOCKS + 1 if is_heading(b) else 1 if is_prose(b) else 0
        if weight:
            for el in figures.intersection(chains[i]):
                counts[el] = counts.get(el, 0) + weight
    return frozenset(el for el, n in counts.items() if n > CAPTION_BLOCKS)
