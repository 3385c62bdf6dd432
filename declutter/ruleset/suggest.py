"""Write a site rule file from a corpus of one source's pages (``declutter rules suggest``).

The source's pages (:mod:`declutter.ruleset.corpus_pages`: a page with no source name is
not the source's while any page is named so) are labelled as a run labels them (bundled
rules, scorer; no templates). Then:

1. **Recurring lines.** Every block is reduced to its template key (case folded, spaces
   collapsed, digits read as ``0``: :func:`declutter.templates.sketch.normalise`; a prose
   sentence keeps its numbers) and counted once per page. A key seen on at least
   ``MIN_SHARE`` of the pages (a sentence: ``PROSE_SHARE``; a shorter sentence standing
   among the page's story paragraphs too) and on ``MIN_SEEN`` is the source's chrome,
   unless it is mostly prose of a copied story or such a sentence (the same tests as
   :func:`declutter.templates.model.mark`), mostly teaser, or already dropped by a bundled
   rule, or a headline (:mod:`declutter.ruleset.headlines`: an item of a list whose members
   rotate, such as a "most read" box, or a line that is some page's headline): an exact-text
   rule for a headline would take the title of a page whose own headline it is, so such
   lines are left to the bundled reader and to templates, and the file says so in a note.
   Each other line becomes a ``drop`` rule: ``text`` when its wording never changes, else a
   ``regex`` in which only the numbers vary (its id then names none of them). A one-word
   line gets one only where the bundled rules read it as story or title (:func:`_one_word`).
2. **Teaser rail.** A recurring line followed on most of its pages by a run of short
   non-recurring blocks (until a line on half the pages, or the end) heads a teaser list. Each
   layout of :data:`LAYOUTS` (one-line and two-line cards, HTML cards of a link and a meta
   element) is tried with the real engine on sample pages, and the one that turns most of the
   run into teaser fields becomes the ``teasers`` rule's ``pattern``, if it reads the rail at
   least as well as the bundled reader and some of it better
   (:func:`declutter.ruleset.teaser_rail.compare`, on the sample and held-back pages); else
   the file says in a note that the bundled rules read the rail. The rail's header and card
   lines are never drop rules (that would hide the rail from the bundled reader).
3. **Scope**: the pages' source names and domains; for dumps with neither, ``markers``
   (:func:`declutter.ruleset.site_file.file_scope`: fixed lines of the source's own that
   together occur on 95% of the pages, lines no rule of the file acts on first, else a note
   to set the scope by hand).
4. **Tests**: two or three of the pages, inline (a ``|`` block when the page has several
   lines), with the title, teasers and dropped lines the finished rule set gives them (no
   ``dropped`` list on a page where lines of the rail's cards are lost: that would lock in
   the loss, :func:`declutter.ruleset.teaser_rail.card_texts`).

Before the tests are taken, the file is cleaned against the pages it was learned from: a rule
that empties a page's story (which the bundled rules alone leave) or takes the page's own
title is left out (:func:`_verified`), so a rule fitted to one page's meta line, or a layout
of the wrong format, cannot pass its own tests while emptying stories.

Every rule carries a comment saying on how many of the pages it was seen. The file is
checked (loaded with the bundled rules, its tests run) before :func:`suggest` returns.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block
from declutter.io.readers import Item
from declutter.pipeline import Pipeline
from declutter.ruleset.corpus_pages import Collected, _collect, _key, unnamed_said
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.headlines import page_headlines, rotating_items, rotating_note
from declutter.ruleset.load import bundled_dir, load_files
from declutter.ruleset.site_file import (
    RecurringLine,
    SourcePage,
    TeaserRail,
    bundled_pipeline,
    file_scope,
    render_file,
    sample_tests,
    with_bundled,
)
from declutter.ruleset.teaser_rail import card_texts, find_rail, rail_keys
from declutter.ruleset.testing import run_tests
from declutter.templates.copies import COPY_MAX_SHARE, copied_story, story_sentences
from declutter.templates.model import MAX_WORDS, MIN_SEEN, MIN_SHARE, pages_needed, source_name


def _slug(text: str, words: int = 6, numbers: bool = True) -> str:
    """``text`` as an id part: its first ``words`` words, folded, joined by ``-`` (letters of
    any script stay). Without ``numbers``, words holding a digit ("117", "5h") are left out:
    the id of a rule whose numbers vary names none of them."""
    parts = [w for w in re.split(r"[\W_]+", text.casefold()) if w]
    if not numbers:
        parts = [w for w in parts if not any(c.isdigit() for c in w)]
    return "-".join(parts[:words]) or "line"


def _category(block: Block) -> str:
    if block.label == TEASER:
        return "teaser"
    if block.label == BOILERPLATE and block.rule and not block.rule.startswith("heuristic."):
        return "ruled"
    return "free"


def _regex_escape(text: str) -> str:
    return re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", text)


def _matcher(texts: Counter[str]) -> dict[str, str]:
    first = texts.most_common(1)[0][0]
    if len({" ".join(t.casefold().split()) for t in texts}) == 1:
        return {"text": first}
    parts = re.split(r"(\d+)", " ".join(first.split()))
    pattern = "".join(r"\d+" if p.isdigit() else _regex_escape(p).replace(" ", r"\s+")
                      for p in parts if p)
    return {"regex": f"(?i)^{pattern}$"}


def _need(key: str, pages: int) -> int:
    """Pages a line key must be on to recur (a prose key: ``PROSE_SHARE`` of them)."""
    return pages_needed(pages, prose=key.startswith("\x01"))


def _lines(pages: list[SourcePage]) -> dict[str, RecurringLine]:
    """The source's recurring lines by line key (:func:`_key`): lines on :func:`_need` of the
    ``pages`` or more, at most ``MAX_WORDS`` words, with their texts, labels, places (before,
    inside, after the story) and pages; a line that is a copied story's or a sentence
    standing in the story (as :func:`~declutter.templates.model.mark` reads them) on
    more than half its pages is left out."""
    counts = Counter(k for p in pages for k in set(p.keys))
    lines: dict[str, RecurringLine] = defaultdict(RecurringLine)
    need, prose_need = _need("", len(pages)), _need("\x01", len(pages))
    for p in pages:
        recurring = {k for k in p.keys if counts[k] >= (prose_need if k.startswith("\x01") else need)}
        # a copied story is told by its recurring prose however few pages carry it
        shared = {k for k in p.keys if counts[k] >= need}
        story_blocks = [(b, k) for b, k in zip(p.blocks, p.keys, strict=True) if b.label == STORY]
        story = [(b.text, k in shared) for b, k in story_blocks]
        story_keys = [k for _, k in story_blocks]
        story_counts = [counts[k] for k in story_keys]
        copied = copied_story(story, story_counts)
        copied_keys = {story_keys[i] for i in copied}
        # a sentence standing in the page's story needs PROSE_SHARE however short (as mark)
        copies = max((story_counts[i] for i in copied
                      if story_counts[i] <= COPY_MAX_SHARE * len(pages)), default=0)
        sentences = story_sentences([t for t, _ in story],
                                     {i for i, (_, hit) in enumerate(story) if hit},
                                     story_counts, copies, prose_need)
        copied_keys |= {story_keys[i] for i in sentences if story_counts[i] < prose_need}
        stories = [b.index for b in p.blocks if b.label == STORY and b.words >= 12]
        first, last = (stories[0], stories[-1]) if stories else (-1, -1)
        seen: set[str] = set()
        for b, k in zip(p.blocks, p.keys, strict=True):
            if k not in recurring or b.words > MAX_WORDS:
                continue
            line = lines[k]
            line.texts[b.text] += 1
            line.labels[_category(b)] += 1
            line.read += b.label in (STORY, TITLE)
            line.places["before" if b.index < first else "after" if b.index > last else "inside"] += 1
            if k not in seen:
                seen.add(k)
                line.pages += 1
                line.protected += k in copied_keys
    return {k: v for k, v in lines.items() if v.pages and v.protected * 2 <= v.pages}


def _one_word(line: RecurringLine) -> bool:
    """Whether the line is one word ("OK", "Menu"): chrome only in its context (a banner's
    button), a story's line elsewhere (an answer, a heading), so a rule for it, which acts
    wherever the word stands alone on the source's pages, is written only where the bundled
    rules read it as story or title on the pages learned from (it leaks without a rule)."""
    return len(line.texts.most_common(1)[0][0].split()) <= 1


def _one_word_note(lines: list[RecurringLine], total: int) -> list[str]:
    """The note on one-word lines that got no rule (:func:`_one_word`)."""
    if not lines:
        return []
    said = ", ".join(f"{line.texts.most_common(1)[0][0]!r} (on {line.pages} of {total} pages)"
                     for line in lines[:5])
    return [f"one-word lines outside the story: {said}; the bundled rules leave them out "
            "of the story already, and a rule would drop the word wherever it stands alone: "
            "no rule"]


@dataclass
class Suggestion:
    """A suggested site file: its YAML text and what it holds."""

    text: str
    pages: int
    drops: int
    teasers: bool
    tests: int
    notes: tuple[str, ...] = ()
    """What the editor must know (also comments in the file): a scope to set by hand, a
    teaser list the bundled rules already read."""
    unnamed: str = ""
    """What became of the corpus's pages with no source name (:func:`unnamed_said`)."""


def _harm(path: Path, name: str, pages: list[SourcePage]) -> set[str]:
    """Ids of the file's rules that, on a page it was learned from, empty a story the
    bundled rules alone leave (an emptied story is also an error record: "no story found"),
    or take the page's own title (drop it, or make it a teaser).

    A story or title the bundled rules leave that is only lines recurring on ``MIN_SHARE``
    of the pages is the source's chrome, not the page's own (a masthead read as the title, a
    footer sentence as the story of a page whose story is a list): a rule that takes it does
    no harm, and a page whose whole story is such chrome tells nothing about its title."""
    with_file = with_bundled(path)
    bundled = bundled_pipeline()
    counts = Counter(k for p in pages for k in set(p.keys))
    recurring = {k for k, n in counts.items() if n >= _need(k, len(pages))}
    harm: set[str] = set()
    mine = f"{name}."
    for p in pages:
        before, after = bundled.clean(p.raw), with_file.clean(p.raw)
        if before.error:
            continue
        story = set(before.text.split("\n\n")) if before.text else set()
        if story and all(_key(s) in recurring for s in story):
            continue
        ours = [r for r in after.removed or [] if r.rule.startswith(mine)]
        title = " ".join((before.title or "").split())
        if _key(title) in recurring:
            title = ""
        if before.text and not after.text:
            took: Counter[str] = Counter()
            for r in ours:
                took[r.rule] += len(r.text) if r.text in story else 0
            # the rule that took most of it: a drop rule, unless drops took less than half
            # (then the teaser list did); a footer rule's line in the story is no culprit
            if after.teasers and sum(took.values()) * 2 < len(before.text):
                harm.add(f"{name}.teasers")
            elif took and max(took.values()):
                harm.add(max(took, key=lambda k: took[k]))
        if title and " ".join((after.title or "").split()) != title:
            harm |= {r.rule for r in ours if " ".join(r.text.split()) == title}
            if any(" ".join((t.title or "").split()) == title for t in after.teasers):
                harm.add(f"{name}.teasers")
    return harm


def _verified(path: Path, name: str, scope: dict[str, Any], drops: list[tuple[str, RecurringLine, dict]],
              rail: TeaserRail | None, pages: list[SourcePage]
              ) -> tuple[list[tuple[str, RecurringLine, dict]], TeaserRail | None]:
    """The rules that harm none of the pages they were learned from (:func:`_harm`): the file
    is cleaned against its own pages and harmful rules left out until none is."""
    for _ in range(len(drops) + 2):
        path.write_text(render_file(name, scope, drops, rail, [], len(pages)), "utf-8")
        harm = _harm(path, name, pages)
        if not harm:
            break
        drops = [d for d in drops if d[0] not in harm]
        if f"{name}.teasers" in harm:
            rail = None
    return drops, rail


def suggest(items: Iterable[Item], name: str, max_pages: int = 500,
            pipeline: Pipeline | None = None) -> Suggestion:
    """Suggest a site rule file for source ``name`` from ``items`` (pages of other sources
    are passed over, and pages with no source name unless no page is named ``name``:
    :func:`_collect`). ``name`` may be a domain (with or without ``www.``), a feed/source
    name or a site name (``og:site_name``); the file and its rule ids are named as templates
    name the source (:func:`source_name`: ``rheinbote.de``, ``quayline-digest``). Raises
    ``ValueError`` when fewer than ``MIN_SEEN`` pages are usable (naming the sources the
    corpus holds, with page counts) or no recurring line is found."""
    pipeline = pipeline or Pipeline()
    found: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    collected = Collected([])
    pages = _collect(pipeline, items, name, max_pages, found, elsewhere, collected)
    if len(pages) < MIN_SEEN:
        listed = ", ".join(f"{s} ({n})" for s, n in found.most_common(20))
        raise ValueError(f"{len(pages)} usable pages of {name}; at least {MIN_SEEN} are needed"
                         + (f"; sources in the corpus (pages): {listed}" if listed else "")
                         + (f"; {unnamed_said(collected)}" if collected.unnamed else ""))
    # the file is named as templates name the source (``template.rheinbote.de``): its rule
    # ids read ``rheinbote.de.<line>``
    given, name = name, (source_name(name, None, {}) or _slug(name, 99)).removeprefix("www.")
    lines = _lines(pages)
    rail = find_rail(pages, lines, name)
    # the rail's header and the lines of its cards are not chrome to drop, even when the
    # bundled rules read the rail already (dropping its header would hide it from them)
    in_rail, header = rail_keys(pages, lines, rail), rail.key if rail else None
    cards = card_texts(pages, lines, rail)
    notes: list[str] = []
    if rail is not None and not rail.pattern:
        notes.append(f"teaser list under {rail.text!r} (on {rail.pages} of {len(pages)} pages): "
                     f"{rail.layout}; no teasers rule")
        rail = None
    # headlines (a most-read box's rotating items, a line that is some page's title) get no
    # exact-text rule: it would take the title of a page whose own headline it is
    rotating = rotating_items(pages, lines)
    headlines = rotating.keys() | page_headlines(pages, lines)
    drops: list[tuple[str, RecurringLine, dict]] = []
    used: set[str] = {f"{name}.teasers"}
    spared: set[str] = set()
    bare_words: list[RecurringLine] = []
    for key, line in sorted(lines.items(), key=lambda kv: (-kv[1].pages, kv[0])):
        if key == header or in_rail[key] * 2 >= line.pages or \
                line.labels["teaser"] + line.labels["ruled"] > line.labels["free"]:
            continue
        if key in headlines:
            spared.add(key)
            continue
        if not line.read and _one_word(line):
            bare_words.append(line)
            continue
        match = _matcher(line.texts)
        rule_id = base = f"{name}.{_slug(line.texts.most_common(1)[0][0], numbers='text' in match)}"
        n = 2
        while rule_id in used:
            rule_id, n = f"{base}-{n}", n + 1
        used.add(rule_id)
        drops.append((rule_id, line, match))
    if not drops and rail is None:
        raise ValueError(f"no line recurs on {MIN_SHARE:.0%} of the {len(pages)} pages of {name}")
    # no marker is a line the file drops or heads its teasers with (it would name a layout)
    acted = tuple(m for _, _, m in drops) + (({"text": rail.text},) if rail else ())
    scope, scope_notes = file_scope(pages, lines, given, elsewhere, acted)
    notes = scope_notes + notes + rotating_note(
        {k: v for k, v in rotating.items() if k in spared}, lines, pages) + \
        _one_word_note(bare_words, len(pages))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        drops, rail = _verified(path, name, scope, drops, rail, pages)
        if not drops and rail is None:
            raise ValueError(f"every rule suggested for {name} emptied a page's story or took "
                             "its title")
        path.write_text(render_file(name, scope, drops, rail, [], len(pages)), "utf-8")
        chrome = frozenset(" ".join(t.split()).casefold() for line in lines.values()
                           for t in line.texts)
        tests = sample_tests(path, pages, rail, chrome, cards=cards)
    text = render_file(name, scope, drops, rail, tests, len(pages), tuple(notes))
    return Suggestion(text, len(pages), len(drops), rail is not None,
                      sum(t.startswith("  - name:") for t in tests), tuple(notes),
                      unnamed_said(collected) if collected.unnamed else "")


def check(path: Path) -> list[str]:
    """Lint a written file with the bundled rules and run its tests; return the failures."""
    rule_files = load_files([bundled_dir(), path])
    ruleset = RuleSet(rule_files)
    mine = [f for f in rule_files if Path(f.path).resolve() == path.resolve()]
    return [f"{r.name}: {'; '.join(r.failures)}" for r in run_tests(ruleset, mine) if not r.passed]
