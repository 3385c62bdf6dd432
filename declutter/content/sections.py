"""Sections of an HTML page: teaser lists, most-read lists, reader comments.

A short heading such as "Related stories" or "Kommentare" opens a section that runs to the next
heading (or to prose that is not card text); the blocks under it are labelled as a whole. A
heading of any words opens a teaser section when sibling cards of one shape follow it outside
the story, and a section ends where its sibling cards end. A run of sibling cards of one shape
with no heading or class to name it is read by :mod:`declutter.content.card_repeats`.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TITLE, Block
from declutter.content.chains import Chains, verdict
from declutter.content.features import is_heading, is_prose
from declutter.content.heading_cards import card_title, first_card_fails, sibling_cards
from declutter.content.vocabulary import COMMENTS_HEADING, MOST_READ_HEADING, TEASER_HEADING

_LIST_WINDOW = 64
"""Most blocks a heading that does not name its list looks at for the list's cards."""


def heading_sections(
    blocks: list[Block],
    chains: Chains,
    prose: dict[Any, int],
    sections: dict[int, Any],
    element_cache: dict[Any, tuple[str | None, bool]],
) -> None:
    """A heading over a list of cards opens a teaser section of the links after it.

    The heading's words may name the list ("You may also like"); a heading of any words
    ("More local news", "Aus dem Tal") does when the list is two or more sibling cards of one
    shape outside the story (:func:`~declutter.content.heading_cards.sibling_cards`). The
    section runs until the next
    unlinked heading, or until prose that does not follow a link (card text shares a small
    parent with its card's link; other prose is story again), and ends at the first block
    that is no sibling card (a footer's link row after the list). Input: the page's blocks,
    their element chains, the prose under each element, the sections so far (filled in
    place) and the chrome verdict cache.
    """
    story = next((k for k, b in enumerate(blocks) if b.label == STORY), None)
    shared = set(chains[story]) if story is not None else set()
    i, n = 0, len(blocks)
    # titles[k]: card titles of four words or more (headlines) among blocks[:k]; a list of
    # cards under a heading that does not name it has two or more (see
    # :func:`~declutter.content.heading_cards.sibling_cards`),
    # so a heading with fewer in its window is skipped unread
    titles = [0]
    is_title: list[bool] = []  # (read once: a card line's pieces cost)
    count = 0
    for nb in blocks:
        titled = nb.href is not None and card_title(nb)  # (a block with no link is no title)
        is_title.append(titled)
        if titled and nb.words >= 4:
            count += 1
        titles.append(count)
    # the story's last block: a heading there has no story under it, and may head a list
    last = next((k for k in range(n - 1, -1, -1) if blocks[k].label == STORY), None)
    while i < n:
        b = blocks[i]
        rule = b.rule
        if (
            len(b.text) > 80 or b.kept or (rule is not None and not rule.startswith("heuristic."))
            or (b.words > 6 and not is_heading(b)) or b.link_density >= 0.5
        ):  # (no heading: the tests below ask for a short, undecided heading-like line, one
            # mostly link text neither: a card's linked title, most of the lines read here)
            i += 1
            continue
        named = _opens_teaser_section(b)
        # (the story's last heading: a card's title right under it)
        heading = _heading_line(b) or i == last and i + 1 < n and is_title[i + 1] and _last_heading(b)
        if not (named or heading and not _card_line(blocks, chains, i)):
            i += 1
            continue
        # (a heading of any words looks at a window of blocks first: linear by construction,
        # though a long list of cards has an unlinked short line, a candidate, in every card;
        # a list it takes is read to its end once, and the loop goes on after it)
        stop = n if named else min(n, i + 1 + _LIST_WINDOW)
        # after the story, one card with its age right under a heading is a list of one
        fewest = 1 if last is not None and i > last and i + 1 < n and is_title[i + 1] else 2
        if not named and (titles[stop] - titles[i + 1] < fewest
                          or first_card_fails(blocks, i, stop, is_title)):
            i += 1  # (failing up to stop, the cards fail up to the section's end, before it)
            continue
        j, links = _section_end(blocks, prose, i, stop)
        if not named and titles[j] - titles[i + 1] < fewest:
            i += 1
            continue
        if not named and first_card_fails(blocks, i, j, is_title):
            i += 1
            continue
        j, titled = sibling_cards(blocks, chains, i, j, is_title, fewest)
        if not named and not (titled and not _in_chrome(chains, j - 1, shared, element_cache)):
            i += 1
            continue
        if not named and _nearer_heading(blocks, chains, i, j):
            i += 1
            continue
        if j == stop < n and not named:
            j, links = _section_end(blocks, prose, i, n)
            j = sibling_cards(blocks, chains, i, j, is_title)[0]
        if links and MOST_READ_HEADING.match(b.text):
            for k in range(i, j):  # site navigation, not teasers of this story
                sections.pop(k, None)
                if blocks[k].rule is None or blocks[k].rule.startswith("heuristic."):
                    blocks[k].set(BOILERPLATE, "heuristic.most-read")
            i = j
        elif links and not named and _side_titles(blocks, chains, i, j, shared):
            for k in range(i, j):  # the page frame's side column: site navigation
                sections.pop(k, None)
                if blocks[k].rule is None or blocks[k].rule.startswith("heuristic."):
                    blocks[k].set(BOILERPLATE, "heuristic.side-list")
            i = j
        elif links:
            b.set(BOILERPLATE, "heuristic.teaser-heading")
            parent = chains[i][1] if len(chains[i]) > 1 else chains[i][0]
            for k in range(i + 1, j):
                sections.setdefault(k, ("heading", i, parent))
            i = j
        else:
            i += 1


def _side_titles(blocks: list[Block], chains: Chains, i: int, j: int, shared: set[Any]) -> bool:
    """Whether the list under heading ``i`` (blocks ``i+1 .. j-1``) is bare linked titles (no
    source, age or excerpt line) that are ranked (three or more items of one ``<ol>``) or
    stand in a side column of the page's layout table (a table cell beside a cell of the
    same row that holds the story; ``shared``: the story's elements). A ranking ("Top 10")
    or the page frame's column is the site's navigation, the same on every page ("Most
    read", "Latest"), not this story's related articles, whatever its heading says; related
    cards sit under the story, and a ``div`` beside it may be below it as well."""
    if not all(_bare(blocks[k]) for k in range(i + 1, j)):
        return False
    items = {chains.parent.get(blocks[k].element) for k in range(i + 1, j) if blocks[k].kind == "li"}
    if j - i > 2 and len(items) == 1 and all(blocks[k].kind == "li" for k in range(i + 1, j)):
        ranked = next(iter(items))
        if ranked is not None and ranked.tag == "ol":
            return True
    for el in chains[i]:
        if el in shared:
            return False
        if el.tag == "td":
            row = chains.parent.get(el)
            if row is not None and any(c is not el and c in shared for c in row):
                return True
    return False


def _bare(b: Block) -> bool:
    """Whether a block is a bare linked title: every letter of its element's text (the
    block's whole text) inside a link, no source, age in words or excerpt beside it (a
    rank's number may stand there)."""
    el = b.element
    if el is None or b.link_density < 0.5:
        return False
    whole = "".join(el.itertext())
    linked = "".join(t for a in el.iter("a") for t in a.itertext())
    return sum(c.isalpha() for c in whole) == sum(c.isalpha() for c in linked) == sum(
        c.isalpha() for c in b.text)


def _nearer_heading(blocks: list[Block], chains: Chains, i: int, j: int) -> bool:
    """Whether another heading-like line stands between heading ``i`` and the first card of
    the list under it (blocks ``i+1 .. j-1``), outside that card: a list's heading is the
    line right above its cards, and a line before it (a box's button, "Like · Reply", the
    last line of the box above) heads nothing. A line inside the first card (its kicker) does
    not count: the lowest element holding it and the first card's link holds the second
    card's link too only when the line is outside the cards. Reads the blocks up to the
    second card's link."""
    links = [k for k in range(i + 1, j) if blocks[k].href is not None][:8]
    first = links[0] if links else None
    second = next((k for k in links if blocks[k].href != blocks[links[0]].href), None)
    if first is None or second is None:
        return False
    held, other = set(chains[first]), set(chains[second])
    for k in range(i + 1, first):
        b = blocks[k]
        if not (_opens_teaser_section(b) or _heading_line(b)):
            continue
        common = next((el for el in chains[k] if el in held), None)
        if common is not None and common in other:
            return True
    return False


def _section_end(blocks: list[Block], prose: dict[Any, int], i: int, stop: int) -> tuple[int, int]:
    """(end, links) of the section under heading ``i``, looked for before block ``stop``: it
    ends at the next unlinked heading or at prose that is not a card's text."""
    j, links, card = i + 1, 0, ()
    while j < stop:
        nb = blocks[j]
        if links and is_heading(nb) and nb.link_density < 0.5:
            break  # (a linked heading is a card's title)
        # a card's title (or a kicker and a linked title); inline links leave prose prose
        density = nb.link_density
        linked = density >= 0.5 or (density >= 0.2 and not is_prose(nb))
        if not linked and is_prose(nb):
            up = nb.element.getparent() if card else None
            # card text: in the small element that holds the card's link
            if not (card and up in card and prose.get(up, 0) <= 2 * len(nb.text)):
                break
        if linked:
            links += 1
            up = nb.element.getparent()
            # a link wrapping the card's heading (<div><a><h4>Title</h4></a><p>..</p></div>):
            # the card is the link's parent
            card = (nb.element, up, up.getparent()) if up is not None and up.tag == "a" else (nb.element, up)
        j += 1
    return j, links


def _opens_teaser_section(b: Block) -> bool:
    """A short heading-like line such as "Related stories" not owned by a rule."""
    if len(b.text) > 80 or b.label not in (None, STORY, TITLE, BOILERPLATE) or b.kept:
        return False
    if b.rule is not None and not b.rule.startswith("heuristic."):
        return False
    return (
        (is_heading(b) or b.words <= 6)
        and b.link_density < 0.5
        and (TEASER_HEADING.match(b.text) or MOST_READ_HEADING.match(b.text)) is not None
    )


def _in_chrome(
    chains: Chains, k: int, shared: set[Any], element_cache: dict[Any, tuple[str | None, bool]]
) -> bool:
    """Block ``k`` in a nav, sidebar widget or footer element that does not hold the story too
    (``shared``: the story's elements; a ``<form>`` around a whole ASP.NET page is no chrome):
    cards there are site navigation."""
    return any(verdict(el, element_cache)[0] for el in chains[k] if el not in shared)


def _heading_line(b: Block) -> bool:
    """A short heading-like line, whatever its words, that a rule has not decided on: it may
    head a list of cards (see :func:`~declutter.content.heading_cards.sibling_cards`)."""
    return (
        len(b.text) <= 80
        and (is_heading(b) or b.words <= 6)
        and not b.link_chars
        and (b.label is None or b.rule == "heuristic.outside-story")
        and not b.kept
        and (b.rule is None or b.rule.startswith("heuristic."))
    )


def _last_heading(b: Block) -> bool:
    """A heading the story reader took as the story's last block: no story text under it, it
    heads what follows (a list of cards after the story, in any words)."""
    return is_heading(b) and b.rule == "heuristic.story" and not b.link_chars and not b.kept


def _card_line(blocks: list[Block], chains: Chains, i: int) -> bool:
    """Block ``i`` right after a link in the same parent element (its source), or, holding a
    number, after at most ``CARD_LINES`` lines of it more (a card's title, source, then its
    age in a language no test reads; a next card's kicker over its title has no number): a
    card's own line, not the heading of a list."""
    parent = chains.parent.get(blocks[i].element)
    back = 1 + CARD_LINES if any(c.isdigit() for c in blocks[i].text) else 1
    for k in range(i - 1, max(-1, i - 1 - back), -1):
        if parent not in chains[k]:
            return False
        if blocks[k].href is not None:
            return True
    return False


CARD_LINES = 1
"""Most unlinked lines of a card between its linked title and a line :func:`_card_line` reads."""


def comment_sections(blocks: list[Block]) -> None:
    """A "Comments" / "Kommentare" / "Отзывы" heading in the story: it and the blocks after it,
    up to the next heading of the same or a higher level, are reader comments."""
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if not (
            b.label == STORY
            and b.rule == "heuristic.story"
            and (is_heading(b) or b.words <= 4)
            and len(b.text) <= 40
            and COMMENTS_HEADING.match(b.text)
        ):
            i += 1
            continue
        level = int(b.kind[1]) if is_heading(b) else 7
        b.set(BOILERPLATE, "heuristic.comments")
        i += 1
        while i < n and not (is_heading(blocks[i]) and int(blocks[i].kind[1]) <= level):
            if blocks[i].label == STORY and blocks[i].rule and blocks[i].rule.startswith("heuristic."):
                blocks[i].set(BOILERPLATE, "heuristic.comments")
            i += 1
