"""Recurring lines that are headlines, which a suggested file must not drop by their text.

A "most read" or "readers' favourites" box lists a few headlines under a fixed heading, and
its items rotate: each is on a minority of the source's pages, often enough to recur (a
story that stays popular for a week is listed on a quarter of them), and each is, or will
be, some page's own headline. An exact-text ``drop`` rule for such an item takes that page's
title, and cannot follow the box anyway: tomorrow's items are other headlines. So
:func:`suggest <declutter.ruleset.suggest.suggest>` writes no rule for

* a **rotating item**: a headline-like line (:func:`headline_like`) standing in a list of
  such lines (``MIN_LIST`` or more in a row) whose members change from page to page: some
  other member of its lists (the box's heading) stands in nearly all of them (``CONSTANT``)
  and in lists on at least ``ROTATION`` times as many pages as the item is on at all, that
  member's lists hold more distinct lines than one list holds, and they are as long on the
  pages without the item (another headline takes its turn; a fixed menu, whose members
  always stand together, is no pool, and a sponsor line joining a fixed list on some pages
  leaves it one line shorter where it is missing);
* a **page's headline**: a line that is the headline of some pages (a ``title`` block, or
  on a page whose title is its masthead, the first headline-like story block before the
  story's first paragraph) but of fewer than half the pages it is on, and that stands in a
  list of headline-like lines after or inside the story on most of them (a box's item); a
  masthead, before the story on every page, is the source's chrome even where the reader
  took it for the title, and so is a pitch line the reader took for one page's title.

The box's heading itself is a fixed line and may still be dropped; its items are left to
the bundled reader (which drops a box after the story as after-story matter) or to the
source's template learned in a run. :func:`rotating_note` tells the editor in the file.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from declutter.blocks import STORY, TEASER, TITLE
from declutter.punctuation import STOPS
from declutter.ruleset.site_file import RecurringLine, SourcePage

MIN_LIST = 3
"""Headline-like lines in a row that make a list."""
MAX_LIST = 40
"""Longer runs are not boxes (a page of links): left out of the pair counts, which grow as
the square of a run's length."""
CONSTANT = 0.9
"""Share of an item's lists its box's heading must stand in (the heading is the list's
constant; a line that shares a list with the item once is no heading)."""
ROTATION = 1.5
"""A rotating item is on at most 1/ROTATION of the pages its box is on (a small pool: five
headlines taking turns in three places are each on 3/5 of them)."""
STORY_WORDS = 12
"""A story block of this many words is a paragraph: a headline stands before it."""
HEADLINE_WORDS = 20
"""A headline-like line has 2 to this many words."""
_SENTENCE_END = tuple(STOPS + ";,")


def headline_like(text: str) -> bool:
    """Whether a block reads as a headline: 2 to ``HEADLINE_WORDS`` words, not ending like a
    sentence or clause."""
    words = len(text.split(None, HEADLINE_WORDS))
    return 2 <= words <= HEADLINE_WORDS and not text.rstrip().endswith(_SENTENCE_END)


def _lists(page: SourcePage) -> list[set[str]]:
    """The line keys of each list of ``MIN_LIST`` or more headline-like blocks in a row (a
    teaser card ends a list: a teaser rail is read by its own rule or the bundled reader)."""
    found: list[set[str]] = []
    run: list[str] = []
    for block, key in [*zip(page.blocks, page.keys, strict=True), (None, "")]:
        if block is not None and block.label != TEASER and headline_like(block.text):
            run.append(key)
            continue
        if MIN_LIST <= len(set(run)) <= MAX_LIST:
            found.append(set(run))
        run = []
    return found


def rotating_items(pages: list[SourcePage], lines: dict[str, RecurringLine]) -> dict[str, str]:
    """The recurring ``lines`` (by key) that are rotating items of a list, each with the key
    of the list's most constant member (its heading). Linear in the pages, times the square
    of a list's length (at most ``MAX_LIST``)."""
    listed: Counter[str] = Counter()  # pages on which a key stands in a list
    sizes: Counter[str] = Counter()  # the sizes of those lists, summed
    pool: defaultdict[str, set[str]] = defaultdict(set)  # distinct members of a key's lists
    together: Counter[tuple[str, str]] = Counter()  # pages a recurring key shares a list with another
    together_sizes: Counter[tuple[str, str]] = Counter()  # the sizes of those lists, summed
    for page in pages:
        members: dict[str, set[str]] = {}
        for found in _lists(page):
            for key in found:
                members.setdefault(key, found)
        for key, found in members.items():
            listed[key] += 1
            sizes[key] += len(found)
            pool[key] |= found
            if key in lines:
                pairs = [(key, other) for other in found if other != key]
                together.update(pairs)
                together_sizes.update(dict.fromkeys(pairs, len(found)))
    rotating: dict[str, str] = {}
    for (key, other), n in together.items():
        rest = listed[other] - n  # the other's lists without this key
        if n < CONSTANT * listed[key] or lines[key].pages * ROTATION > listed[other] \
                or len(pool[other]) * listed[other] <= sizes[other]:
            continue  # not the key's constant, with it on most of its pages, no pool
        # another member takes the key's place: the other's lists are as long without it
        # (a fixed menu that a sponsor line joins on some pages is one line shorter without)
        with_key = together_sizes[key, other] / n
        if (sizes[other] - together_sizes[key, other]) / rest >= with_key - 0.5 \
                and listed[other] > listed[rotating.get(key, "")]:
            rotating[key] = other
    return rotating


def _headlines(page: SourcePage, lines: dict[str, RecurringLine], pages: int) -> set[str]:
    """Keys of a page's headline candidates: its ``title`` blocks, or, when those are a line
    on most of the source's pages (a masthead the reader took for the title) or missing, its
    first headline-like story block before the story's first paragraph (``STORY_WORDS``
    words or more): a dump's headline under its masthead."""
    found = {k for b, k in zip(page.blocks, page.keys, strict=True) if b.label == TITLE}
    if any(k not in lines or lines[k].pages * 2 < pages for k in found):
        return found  # the page has a title of its own
    for block, key in zip(page.blocks, page.keys, strict=True):
        if block.label != STORY:
            continue
        if headline_like(block.text):
            found.add(key)
        if block.words >= STORY_WORDS or headline_like(block.text):
            break  # the headline stands before the story's first paragraph
    return found


def page_headlines(pages: list[SourcePage], lines: dict[str, RecurringLine]) -> set[str]:
    """Keys of recurring ``lines`` that are the headline of some pages (:func:`_headlines`)
    but of fewer than half the pages they are on, stand in a list of headline-like lines on
    at least half of them (a box: an app pitch between paragraphs that the reader took for
    the title of one page is no headline), and stand before the story on fewer than half of
    them (a masthead stands before the story on every page, even where the reader
    took it for the title; a subheading many stories share is in the headline's place on
    most of its pages)."""
    titles = Counter(k for p in pages for k in _headlines(p, lines, len(pages)) if k in lines)
    if not titles:
        return set()
    listed = Counter(k for p in pages for k in set().union(*_lists(p)) if k in titles)
    return {k for k, n in titles.items() if n * 2 < lines[k].pages
            and listed[k] * 2 >= lines[k].pages
            and lines[k].places["before"] * 2 < sum(lines[k].places.values())}


def rotating_note(rotating: dict[str, str], lines: dict[str, RecurringLine],
                  pages: list[SourcePage]) -> list[str]:
    """One note per list heading: its rotating items get no drop rule, and why."""
    items: defaultdict[str, list[str]] = defaultdict(list)
    for key, heading in rotating.items():
        items[heading].append(key)
    notes = []
    for heading, keys in sorted(items.items(), key=lambda kv: -len(kv[1])):
        line = lines.get(heading)
        name = line.texts.most_common(1)[0][0] if line and line.texts else next(
            (b.text for p in pages for b, k in zip(p.blocks, p.keys, strict=True) if k == heading),
            heading)
        notes.append(f"{len(keys)} recurring headlines of the rotating list with {name!r} "
                     "have no drop rule (its items change from page to page, and each is some "
                     "page's headline: an exact-text rule would take that page's title)")
    return notes
