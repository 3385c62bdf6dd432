"""A source's template: the blocks that recur across its pages, and how a page loses them.

Learning (:meth:`TemplateCounts.observe`) counts, per source, how many pages show each
normalised block (:mod:`declutter.templates.sketch`). Applying (:func:`mark`) runs after the
rules and the scorer: a block still labelled story or title is template chrome when

* its source has been seen on at least ``MIN_PAGES`` pages, and
* the block was seen on at least ``MIN_SEEN`` pages and on at least ``MIN_SHARE`` of the
  source's pages, and
* it is not part of the page's own story told elsewhere: recurring prose paragraphs in a run
  of ``COPY_RUN`` or more, or (in a story without such a run) recurring prose making up more
  than ``COPY_SHARE`` of the story, are a copied story (dedup's business) and stay, with every
  recurring block seen on no more pages than they were (such as the copy's headline).

Marked blocks become boilerplate with the rule id ``template.<source>``; the record's
``removed`` entry says on how many pages the block was seen (:func:`annotate`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from declutter.blocks import BOILERPLATE, STORY, TITLE, Page
from declutter.record import Record
from declutter.templates.sketch import CountMin, block_key, source_key

MIN_PAGES = 10
"""Pages of a source counted before its template is applied at all."""
MIN_SEEN = 5
"""Pages a block must be seen on before it can be template."""
MIN_SHARE = 0.2
"""Share of the source's pages a block must be seen on."""
MAX_WORDS = 60
"""Longer blocks are never counted nor marked: chrome is short, and counting only short
blocks keeps the sketch's error low."""
PROSE_WORDS = 12
"""A block of at least this many words ending like a sentence is prose (for the copy check)."""
COPY_SHARE = 0.5
COPY_RUN = 3
_FLUSH_KEYS = 1 << 18
_SENTENCE_END = (".", "!", "?", '"', "'", "”", "’", ")")
_UNSAFE = re.compile(r"[^\w.-]+")


def source_name(source: str | None, url: str | None, meta: Mapping[str, Any]) -> str | None:
    """The name a page's template is kept under: its source or feed name, else the host of
    its URL or canonical URL (without ``www.``), else its ``og:site_name``; lower case, runs
    of other characters than letters, digits, ``.`` and ``-`` as one ``-``. None: no source."""
    name = source
    if not name:
        for candidate in (url, meta.get("canonical_url")):
            host = urlsplit(candidate).hostname if isinstance(candidate, str) else None
            if host:
                name = host.removeprefix("www.")
                break
    name = name or meta.get("site_name")
    if not isinstance(name, str):
        return None
    name = _UNSAFE.sub("-", name.strip().casefold()).strip("-")
    return name or None


def page_source(page: Page) -> str | None:
    """:func:`source_name` of a parsed page."""
    return source_name(page.source, page.url, page.meta)


def _countable(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_WORDS


class TemplateCounts:
    """Per-source page counts of normalised blocks, in fixed memory (a Count-Min sketch).

    ``observe(page)`` counts one parsed page; ``seen(source, text)`` is how many of the
    source's pages showed the block (an upper bound, exact but for rare hash collisions);
    ``pages(source)`` how many pages of the source were observed. Picklable (sent to workers).
    """

    def __init__(self, sketch: CountMin | None = None) -> None:
        self.sketch = sketch or CountMin()
        self._pending: list[int] = []

    def observe(self, page: Page) -> None:
        """Count one page: 1 for its source, 1 for each distinct countable block."""
        source = page_source(page)
        if source is None:
            return
        keys = {block_key(source, b.text) for b in page.blocks if _countable(b.text)}
        self._pending.append(source_key(source))
        self._pending.extend(keys)
        if len(self._pending) >= _FLUSH_KEYS:
            self.flush()

    def flush(self) -> None:
        """Add the pending keys to the sketch (done before any estimate)."""
        if self._pending:
            self.sketch.add(np.array(self._pending, dtype=np.uint64))
            self._pending = []

    def merge(self, other: TemplateCounts) -> None:
        """Add another count's pages (an earlier run's, kept in an index)."""
        self.flush()
        other.flush()
        self.sketch.merge(other.sketch)

    def pages(self, source: str) -> int:
        self.flush()
        return int(self.sketch.estimate(np.array([source_key(source)], dtype=np.uint64))[0])

    def seen(self, source: str, texts: list[str]) -> list[int]:
        """Pages of ``source`` on which each text was seen."""
        self.flush()
        keys = np.array([block_key(source, t) for t in texts], dtype=np.uint64)
        return [int(n) for n in self.sketch.estimate(keys)]

    def __getstate__(self) -> dict[str, Any]:
        self.flush()
        return {"sketch": self.sketch}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.sketch = state["sketch"]
        self._pending = []


def threshold(pages: int) -> int | None:
    """Pages a block must be seen on, for a source seen on ``pages`` pages (None: too few)."""
    if pages < MIN_PAGES:
        return None
    return max(MIN_SEEN, math.ceil(MIN_SHARE * pages))


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and text.rstrip().endswith(_SENTENCE_END)


def _copied(story: list[tuple[str, bool]]) -> set[int]:
    """Positions in a page's story (``(text, recurring)`` in order) of recurring prose that is
    the story itself: runs of ``COPY_RUN`` or more recurring prose paragraphs (recurring short
    lines between them, such as an app pitch, do not break a run); and, in a story with no
    such run, all its recurring prose when that is most of its characters (a short story)."""
    runs: set[int] = set()
    current: list[int] = []
    for i, (text, hit) in enumerate(story + [("", False)]):
        if hit and _prose(text):
            current.append(i)
        elif not hit or i == len(story):
            if len(current) >= COPY_RUN:
                runs.update(current)
            current = []
    if runs:
        return runs
    prose = [i for i, (text, hit) in enumerate(story) if hit and _prose(text)]
    total = sum(len(t) for t, _ in story) or 1
    shared = sum(len(story[i][0]) for i in prose)
    return set(prose) if shared > COPY_SHARE * total else set()


def mark(page: Page, counts: TemplateCounts) -> int:
    """Relabel the template blocks of a labelled page as boilerplate; return how many.

    Only blocks labelled story or title are looked at (rules, teasers and other heuristics
    keep their decisions). When a text dump's headline (``heuristic.first-line``) was
    template, the next story line becomes the headline.
    """
    source = page_source(page)
    if source is None:
        return 0
    need = threshold(counts.pages(source))
    if need is None:
        return 0
    blocks = [b for b in page.blocks if b.label in (STORY, TITLE) and _countable(b.text)
              and not b.kept]
    if not blocks:
        return 0
    seen = {id(b): n for b, n in zip(blocks, counts.seen(source, [b.text for b in blocks]),
                                     strict=True)}
    hits = {i for i, n in seen.items() if n >= need}
    if not hits:
        return 0
    story_blocks = [b for b in page.blocks if b.label == STORY]
    copied = [story_blocks[i] for i in _copied([(b.text, id(b) in hits) for b in story_blocks])]
    # A copied story recurs as often as it was copied: every block seen no more often than
    # its paragraphs (its headline too) is part of it; the source's chrome recurs more.
    copies = max((seen[id(b)] for b in copied), default=0)
    protected = {i for i in hits if seen[i] <= copies}
    rule = f"template.{source}"
    marked = 0
    headline_lost = False
    for block in blocks:
        if id(block) not in hits or id(block) in protected:
            continue
        headline_lost |= block.label == TITLE and block.rule == "heuristic.first-line"
        block.set(BOILERPLATE, rule)
        marked += 1
    if headline_lost:
        nxt = next((b for b in page.blocks if b.label == STORY), None)
        if nxt is not None:
            nxt.set(TITLE, "heuristic.first-line")
    return marked


def annotate(record: Record, counts: TemplateCounts) -> None:
    """Fill ``seen`` (pages the block was seen on) in a record's ``template.*`` removals."""
    if not record.removed:
        return
    template = [r for r in record.removed if r.rule.startswith("template.")]
    if not template:
        return
    source = source_name(record.source, record.url, record.meta)
    if source is None:
        return
    for removal, n in zip(template, counts.seen(source, [r.text for r in template]), strict=True):
        removal.seen = n
