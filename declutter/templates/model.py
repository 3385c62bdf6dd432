"""A source's template: the blocks that recur across its pages, and how a record loses them.

Templates work on cleaned records, after the rules and the scorer have labelled each page and
the assembler has built its record, so learning costs no second parse of any page.
:meth:`TemplateCounts.observe` counts, per source, how many pages show each normalised block
(the title, each story paragraph and each removed block: :mod:`declutter.templates.sketch`).
:func:`mark` then drops from a record's title and story the blocks that are its source's
template, when

* its source has been seen on at least ``MIN_PAGES`` pages, and
* the block was seen on at least ``MIN_SEEN`` pages and on at least ``MIN_SHARE`` of the
  source's pages (a prose sentence: ``PROSE_SHARE``, and with its numbers as written, so
  that a story generator's sentences, which recur on a few pages with other numbers or
  none, stay story; a shorter sentence standing among the page's story paragraphs:
  ``PROSE_SHARE`` too, so the closing line a few stories share stays), and
* it is not part of the page's own story told elsewhere: recurring prose paragraphs in a run
  of ``COPY_RUN`` or more, or (in a story without such a run) recurring prose making up more
  than ``COPY_SHARE`` of the story, are a copied story (dedup's business) and stay, with every
  recurring block seen on no more pages than they were (such as the copy's headline); a
  copied story's paragraphs are seen about equally often (within ``COPY_SPREAD`` times), so
  a recurring footer sentence that follows the copy is not part of it
  (:mod:`declutter.templates.copies`).

Dropped blocks go to ``removed`` with the rule id ``template.<source>`` and ``seen``, the
number of the source's pages the block was seen on.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import Any

from declutter.record import Record, Removal
from declutter.templates import MIN_PAGES, MIN_SEEN, MIN_SHARE, PROSE_SHARE
from declutter.templates.bylines import author_keys, unprefixed_author
from declutter.templates.copies import COPY_MAX_SHARE, copied_story, is_prose, story_sentences
from declutter.templates.sketch import CountMin, block_keys, source_key
from declutter.urls import host as url_host

MAX_WORDS = 60
"""Longer blocks are never dropped: chrome is short. A longer story paragraph is counted only
by its opening ``LONG_CHARS`` characters, in a key space of its own, to tell a copied story
(:func:`~declutter.templates.copies.copied_story`): a story republished on a few pages of a
source is mostly such paragraphs on HTML pages, and left uncounted they made its few short
recurring lines (its headline, a short paragraph) look like a template rather than part of a
copy."""
LONG_CHARS = 400
"""Characters of a long paragraph's opening that key it (about 65 words: a story's own)."""
TITLE_WORDS = 20
"""When the title was template, the first story paragraph of at most this many words that is
not prose becomes the title (a dump's headline under its site's masthead)."""
_FLUSH_KEYS = 1 << 16
"""Keys counted in one batch: small enough that a batch is a few MiB whatever the input."""
_KNOWN_BLOCKS = 1 << 15
"""Block keys remembered between pages (their texts are a source's chrome and short story
lines: a few MiB)."""
_UNSAFE = re.compile(r"[^\w.-]+")


def source_name(source: str | None, url: str | None, meta: Mapping[str, Any]) -> str | None:
    """The name a page's template is kept under: its source or feed name, else the host of
    its URL or canonical URL (without ``www.``), else its ``og:site_name``; lower case, runs
    of other characters than letters, digits, ``.`` and ``-`` as one ``-``. None: no source."""
    name = source
    if not name:
        for candidate in (url, meta.get("canonical_url")):
            host = url_host(candidate)
            if host:
                name = host.removeprefix("www.")
                break
    name = name or meta.get("site_name")
    return _safe_name(name) if isinstance(name, str) else None


@lru_cache(maxsize=4096)
def _safe_name(name: str) -> str | None:
    name = _UNSAFE.sub("-", name.strip().casefold()).strip("-")
    return name or None


def record_source(record: Record) -> str | None:
    """:func:`source_name` of a record."""
    return source_name(record.source, record.url, record.meta)


def _paragraphs(record: Record) -> list[str]:
    return record.text.split("\n\n") if record.text else []


MAX_NAMED = 10_000
"""Source names a count remembers (their page counts are in the sketch whatever their number)."""


class TemplateCounts:
    """Per-source page counts of normalised blocks, in fixed memory (a Count-Min sketch).

    ``observe(record)`` counts one cleaned page; ``seen_keys(keys)`` is on how many of the
    source's pages each block key was seen (an upper bound, exact but for rare hash collisions);
    ``pages(source)`` how many pages of the source were observed. Picklable.
    """

    def __init__(self, sketch: CountMin | None = None) -> None:
        self._sketch = sketch
        self._pending: list[int] = []
        self._pages: dict[str, int] = {}
        self._observed = 0
        self._earlier = sketch is not None
        """Whether counts of other runs or workers were added (an index's, :meth:`merge`)."""
        self._known: dict[str, dict[str, int]] = {}
        """Per source, the keys of countable blocks hashed so far (at most ``_KNOWN_BLOCKS``,
        then forgotten all at once): chrome recurs, so it is normalised and hashed once."""
        self._known_size = 0
        self._names: dict[str, None] = {}
        """The sources counted (at most ``MAX_NAMED``, in the order first seen): the sketch
        holds their page counts hashed, this their names (for ``index stats``)."""

    @property
    def sketch(self) -> CountMin:
        """The counts (a 32 MiB sketch, built on first use)."""
        if self._sketch is None:
            self._sketch = CountMin()
        return self._sketch

    def can_mark(self) -> bool:
        """Whether any source may have :data:`MIN_PAGES` pages: False while fewer pages were
        observed and no earlier counts were added, so a short run builds no sketch."""
        return self._earlier or self._observed >= MIN_PAGES

    def observe(self, record: Record, source: str | None = None) -> list[int] | None:
        """Count one page: 1 for its source, 1 for each distinct countable block (title,
        story paragraphs, removed blocks). Error records and pages with no source count
        nothing. Returns the keys of the story paragraphs and the title (0: not countable),
        for :func:`mark`, so a page is hashed once. ``source``: the record's
        :func:`record_source`, when the caller has it (else found here)."""
        if record.error:
            return None
        source = source or record_source(record)
        if source is None:
            return None
        paragraphs = _paragraphs(record)
        texts: list[str | None] = [*paragraphs, record.title]
        shown = len(texts)
        texts += [r.text for r in record.removed or ()]
        if self._known_size >= _KNOWN_BLOCKS:
            self._known, self._known_size = {}, 0
        known = self._known.setdefault(source, {})
        before = len(known)
        keys = _keys(source, texts, known, long_upto=len(paragraphs))
        self._known_size += len(known) - before
        self._observed += 1
        if len(self._names) < MAX_NAMED:
            self._names[source] = None
        distinct = set(keys)
        distinct.update(author_keys(source, record))  # (a byline's introducing word)
        distinct.discard(0)
        self._pending.append(source_key(source))
        self._pending.extend(distinct)
        del keys[shown:]
        if len(self._pending) >= _FLUSH_KEYS:
            self.flush()
        return keys

    def flush(self) -> None:
        """Add the pending keys to the sketch (done before any estimate)."""
        if self._pending:
            import numpy as np

            self.sketch.add(np.array(self._pending, dtype=np.uint64))
            self._pending = []
            self._pages = {}

    def merge(self, other: TemplateCounts) -> None:
        """Add another count's pages (an earlier run's, kept in an index)."""
        self.flush()
        other.flush()
        self.sketch.merge(other.sketch)
        self._earlier = True
        self.add_names(other.names())

    def names(self) -> list[str]:
        """The sources counted (observed here, or added with :meth:`add_names`), at most
        ``MAX_NAMED``."""
        return list(self._names)

    def add_names(self, names: list[str]) -> None:
        """Remember sources counted elsewhere (an index's, another worker's)."""
        for name in names:
            if len(self._names) >= MAX_NAMED:
                break
            self._names[name] = None

    def pages(self, source: str) -> int:
        """Pages of ``source`` observed."""
        self.flush()
        if source not in self._pages:
            import numpy as np

            key = np.array([source_key(source)], dtype=np.uint64)
            self._pages[source] = int(self.sketch.estimate(key)[0])
        return self._pages[source]

    def seen_keys(self, keys: list[int]) -> list[int]:
        """Pages on which each block key (:func:`~declutter.templates.sketch.block_key`) was seen."""
        import numpy as np

        self.flush()
        return self.sketch.estimate(np.array(keys, dtype=np.uint64)).tolist()

    def __getstate__(self) -> dict[str, Any]:
        self.flush()
        return {"sketch": self.sketch, "observed": self._observed, "earlier": self._earlier,
                "names": list(self._names)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._sketch = state["sketch"]
        self._known, self._known_size = {}, 0
        self._pending = []
        self._pages = {}
        self._observed = state.get("observed", 0)
        self._earlier = state.get("earlier", True)
        self._names = dict.fromkeys(state.get("names", ()))


def _keys(source: str, texts: list[str | None],
          known: dict[str, int] | None = None, long_upto: int = 0) -> list[int]:
    """Block keys of ``texts``, 0 for those not countable. A prose sentence is keyed with its
    numbers as written (:func:`~declutter.templates.sketch.block_keys` ``keep_digits``): chrome
    prose (an app pitch, a newsletter line) is the same sentence on every page, while story
    sentences that differ only in their numbers are a story generator's, not chrome.

    ``known``: keys of the source's blocks already hashed (text to key), read first and
    completed here: a template is blocks that recur verbatim, so most of a page's countable
    blocks were hashed on an earlier page of its source.

    ``long_upto``: how many leading texts are story paragraphs, whose blocks of more than
    ``MAX_WORDS`` words get a key too (their opening ``LONG_CHARS`` characters after a
    control character that no other key's text starts with, numbers as written; not kept in
    ``known``: they are a story's, rarely repeated),
    for the copy check only (:func:`mark` never drops them)."""
    known = {} if known is None else known
    keys = list(map(known.get, texts, repeat(0)))  # one C loop: most blocks are known
    short: list[int] = []
    prose: list[int] = []
    long: list[int] = []
    for i, key in enumerate(keys):
        text = texts[i]
        # countable: a non-empty block of at most MAX_WORDS words (counted as spaces + 1),
        # told before it is hashed (a known block was told so when it was first seen)
        if key or not text or text.isspace():
            continue
        if text.count(" ") >= MAX_WORDS:
            if i < long_upto:
                long.append(i)
            continue
        (prose if is_prose(text) else short).append(i)
    for group, keep in ((short, False), (prose, True)):
        if not group:
            continue
        found = block_keys(source, [texts[i] or "" for i in group], keep_digits=keep)
        for i, key in zip(group, found, strict=True):
            keys[i] = known[texts[i] or ""] = key
    if long:
        found = block_keys(source, ["\x02" + (texts[i] or "")[:LONG_CHARS] for i in long],
                           keep_digits=True)
        for i, key in zip(long, found, strict=True):
            keys[i] = key
    return keys


def threshold(pages: int, prose: bool = False) -> int | None:
    """Pages a block must be seen on, for a source seen on ``pages`` pages (None: too few);
    ``prose``: for a sentence, which must also be on ``PROSE_SHARE`` of the pages."""
    if pages < MIN_PAGES:
        return None
    return pages_needed(pages, prose)


def pages_needed(pages: int, prose: bool = False) -> int:
    """:func:`threshold` without the ``MIN_PAGES`` floor: ``MIN_SEEN`` pages and ``MIN_SHARE``
    of ``pages`` (``PROSE_SHARE`` for a sentence), as ``rules suggest`` reads a corpus."""
    return max(MIN_SEEN, math.ceil((PROSE_SHARE if prose else MIN_SHARE) * pages))


def mark(record: Record, counts: TemplateCounts, keys: list[int] | None = None,
         seen: list[int] | None = None, source: str | None = None) -> int:
    """Drop the template blocks of a record's title and story; return how many were dropped.

    ``keys``: what :meth:`TemplateCounts.observe` returned for the record, and ``seen`` their
    counts (both computed here when not given), ``source`` its :func:`record_source` (found
    here when not given). Dropped paragraphs join ``removed`` (when
    the record keeps it) at their place, with ``at`` recomputed for every entry. When the
    title was template, the first short non-prose story paragraph becomes the title. The
    author loses a first word its source's pages show introduces names
    (:func:`~declutter.templates.bylines.unprefixed_author`).
    """
    source = None if record.error else source or record_source(record)
    pages = counts.pages(source) if source else 0
    need, prose_need = threshold(pages), threshold(pages, prose=True)
    if need is None or prose_need is None or source is None:
        return 0
    unprefixed_author(record, source, need, counts.seen_keys)
    paragraphs = _paragraphs(record)
    texts = [*paragraphs, record.title or ""]
    if keys is None:
        keys = _keys(source, list(texts), long_upto=len(paragraphs))
    if seen is None:
        seen = counts.seen_keys(keys)
    # (a block that is not countable, key 0, is never recurring: its count is not read)
    hits = [i for i, (k, n) in enumerate(zip(keys, seen, strict=True)) if k and n >= need]
    if not hits:
        return 0
    # a long paragraph recurs only as part of a copied story: told, never dropped
    long = {i for i in hits if texts[i].count(" ") >= MAX_WORDS}
    # prose_need >= need: only a recurring block is asked whether it is prose
    prose = {i for i in hits if is_prose(texts[i])}
    # a copied story is told by its recurring prose, however few pages carry it; only
    # sentences on PROSE_SHARE of the pages can be dropped
    copies = 0
    if any(i < len(paragraphs) for i in prose):  # else no copy (most pages)
        recurring = [False] * len(texts)
        for i in hits:
            recurring[i] = True
        story = list(zip(paragraphs, recurring, strict=False))
        copies = max((seen[i] for i in copied_story(story, seen[:len(paragraphs)])
                      if seen[i] <= COPY_MAX_SHARE * pages), default=0)
    sentences = story_sentences(paragraphs, set(hits), seen, copies, prose_need)
    drop = {i for i in hits if seen[i] > copies and i not in long
            and (seen[i] >= prose_need or (i not in prose and i not in sentences))}
    if not drop:
        return 0
    rule = f"template.{source}"
    title_index = len(paragraphs)
    placed: list[tuple[float, Removal]] = []
    if title_index in drop:
        placed.append((-1.0, Removal(rule, texts[title_index], 0, seen[title_index])))
    placed += [(r.at - 0.5 if r.at is not None else 1e9, r) for r in record.removed or ()]
    placed += [(float(i), Removal(rule, p, 0, seen[i])) for i, p in enumerate(paragraphs)
               if i in drop]
    kept = [i for i in range(len(paragraphs)) if i not in drop]
    if title_index in drop:
        record.title = None
        first = paragraphs[kept[0]] if kept else None  # only the first kept one can be
        if (first is not None and len(first.split(None, TITLE_WORDS)) <= TITLE_WORDS
                and not is_prose(first)):
            record.title = first
            kept = kept[1:]
    record.text = "\n\n".join([paragraphs[i] for i in kept])
    if record.removed is not None:
        placed.sort(key=itemgetter(0))
        for position, removal in placed:
            if removal.at is not None:
                removal.at = bisect_left(kept, position)  # kept paragraphs before it
        record.removed = [r for _, r in placed]
    return len(drop)
