"""The teaser rail of a source (step 2 of :mod:`declutter.ruleset.suggest`): a recurring line
followed on most of its pages by a run of short non-recurring blocks heads a teaser list; each
layout of :data:`LAYOUTS` is tried with the real engine on sample pages, and the one that turns
most of the run into teaser fields becomes the ``teasers`` rule's ``pattern``.

A layout is only written when, on the pages it was tried on and on held-back pages of the
corpus, it reads the cards at least as well as the bundled (generic) reader already does
(:func:`compare`): each teaser the generic reader finds comes out with the same title (or a
longer one that holds none of its source/age fields) and the fields it fills, and no teaser
comes from outside the rail's run (a comment section). When the generic reader already reads
the rail, no pattern is needed (the rail is kept with an empty ``pattern``, written as a
comment). The one- and two-line layouts are also tried with an age of any single word
(:func:`_one_word_age`): cards whose day word the reader does not know ("anteontem") are lost
by the generic reader and read by such a layout, which is then better. A run ends at a line
on half the pages (:func:`rail_enders`), unless that line is a card's own (a recurring
"Source · day-word" meta line, which shares the separators of the other cards' lines).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from declutter.blocks import Block
from declutter.pipeline import Pipeline
from declutter.record import Teaser
from declutter.ruleset.site_file import (
    RecurringLine,
    SourcePage,
    TeaserRail,
    bundled_pipeline,
    render_file,
    with_bundled,
)
from declutter.templates.model import MIN_SEEN

RAIL_END_SHARE = 0.5
"""A line on this share of the pages ends a teaser run (the footer after a rail)."""
CARD_WORDS = 30
_NOT_SEPARATOR = re.compile(r"[\w\s]+")
SAMPLE_PAGES = 20
"""Pages the teaser layouts are tried on (and tests are taken from)."""
CHECK_PAGES = 60
"""Pages a layout is checked on against the generic reader: the sample, then held-back pages."""
_META = r"^(?P<source>[^,·•|–—]+?)\s*[,·•|–—]\s*(?P<age>[^,·•|–—]+)$"


def _one_word_age(stop: str) -> str:
    """An age group that takes any single word ("anteontem", "eergisteren": a day word the
    reader may not know) or a piece holding a digit ("há 40 minutos"), none of ``stop``: the
    engine trusts a one-word age only where the regex holds the slot so
    (:func:`declutter.content.patterns._age_is_age`)."""
    return rf"(?P<age>[^\s{stop}]+|[^{stop}]*\d[^{stop}]*)"


_META_OPEN = rf"^(?P<source>[^,·•|–—]+?)\s*[,·•|–—]\s*{_one_word_age(',·•|–—')}$"
LAYOUTS: tuple[tuple[str, list[dict[str, Any]]], ...] = (
    ("one line: Title (Source, age)",
     [{"field": "line", "match": {"regex": r"^(?P<title>.+) \((?P<source>[^,()]+), (?P<age>[^()]+)\)$"}}]),
    ("one line: Title — Source, age",
     [{"field": "line", "match": {"regex": r"^(?P<title>.+) [—–] (?P<source>[^,—–]+), (?P<age>[^,—–]+)$"}}]),
    ("two lines: title, then Source · age (or , | –)",
     [{"field": "title"}, {"field": "line", "match": {"regex": _META}}]),
    ("HTML card: a link and a Source · age element",
     [{"field": "title", "parts": {"title": "a", "url": "a", "line": {"css": "{meta}", "regex": _META}}}]),
    ("one title per line", [{"field": "title"}]),
    # the same cards with an age of any one word (a day word the reader does not know)
    ("one line: Title (Source, age), any one-word age",
     [{"field": "line", "match": {"regex": r"^(?P<title>.+) \((?P<source>[^,()]+), "
                                            + _one_word_age(",()") + r"\)$"}}]),
    ("one line: Title — Source, age, any one-word age",
     [{"field": "line", "match": {"regex": r"^(?P<title>.+) [—–] (?P<source>[^,—–]+), "
                                            + _one_word_age(",—–") + "$"}}]),
    ("two lines: title, then Source · age, any one-word age",
     [{"field": "title"}, {"field": "line", "match": {"regex": _META_OPEN}}]),
)


def _shape(text: str) -> str:
    """A line's separators: what is left without letters, digits and spaces ("·" of
    "Noorder Nieuws · eergisteren", "—," of "Title — Source, age")."""
    return _NOT_SEPARATOR.sub("", text)


def rail_enders(pages: list[SourcePage], lines: dict[str, RecurringLine]) -> set[str]:
    """Keys of the lines that end a teaser run: lines on ``RAIL_END_SHARE`` of the pages (the
    footer after a rail), but not a card's own line that recurs (a "Source · day-word" meta
    line of few sources and ages): one whose separators (:func:`_shape`) a line that does not
    recur has on ``MIN_SEEN`` pages too, and that stands between two short blocks that do not
    recur (a card before it, the next card after it) on most of its pages."""
    enders = {k for k, v in lines.items() if v.pages >= RAIL_END_SHARE * len(pages)}
    shapes: Counter[str] = Counter()
    between: Counter[str] = Counter()
    for p in pages:
        free = [k not in enders and b.words <= CARD_WORDS for b, k in zip(p.blocks, p.keys, strict=True)]
        shapes.update({_shape(b.text) for b, k in zip(p.blocks, p.keys, strict=True) if k not in lines})
        between.update({k for i, k in enumerate(p.keys) if k in enders and 0 < i < len(free) - 1
                        and free[i - 1] and free[i + 1]})
    shapes[""] = 0  # a line of letters alone ("Read next") shares no layout
    return {k for k in enders if shapes[_shape(lines[k].texts.most_common(1)[0][0])] < MIN_SEEN
            or between[k] * 2 <= lines[k].pages}


def run_after(p: SourcePage, start: int, enders: set[str]) -> list[Block]:
    """The blocks of page ``p`` right after its block ``start`` (a list's heading) up to the
    first one whose key is in ``enders`` (a line on most of the source's pages) or that has
    more than ``CARD_WORDS`` words (a paragraph): the teaser list the heading may head."""
    run = []
    for b, k in zip(p.blocks[start + 1:], p.keys[start + 1:], strict=True):
        if k in enders or b.words > CARD_WORDS:
            break
        run.append(b)
    return run


def _meta_selector(runs: list[list[Block]]) -> str:
    """The CSS selector (``tag`` or ``tag.first-class``) most common for the first non-link
    element with text inside the ``runs``' blocks (a card's "Source · age" line); "span" when
    none has one."""
    found: Counter[str] = Counter()
    for run in runs:
        for b in run:
            if b.element is None:
                continue
            for el in b.element.iter():
                if el is b.element or not isinstance(el.tag, str) or el.tag == "a":
                    continue
                if (el.text or "").strip():
                    cls = (el.get("class") or "").split()
                    found[el.tag + (f".{cls[0]}" if cls else "")] += 1
                    break
    return found.most_common(1)[0][0] if found else "span"


def find_rail(pages: list[SourcePage], lines: dict[str, RecurringLine],
              name: str) -> TeaserRail | None:
    """The source's teaser rail: the recurring line (key of ``lines``) that heads a run of >= 2
    short blocks (:func:`run_after`) on more than half the pages it is on, and that rules drop
    on fewer than half of them; of those, the one heading most runs (then most blocks). Output:
    the rail with the best-scoring of :data:`LAYOUTS` (:func:`try_layout`) that reads its cards
    better than the bundled rules (on the source's pages, written as file ``name``); a rail
    with no pattern whose ``layout`` says why when the bundled rules read them as well or
    better; ``None`` when no line heads such runs or nothing reads teasers there."""
    enders = rail_enders(pages, lines)
    best: tuple[int, int, str] | None = None
    for key, line in lines.items():
        runs = blocks = 0
        for p in pages:
            if key in p.keys:
                run = len(run_after(p, p.keys.index(key), enders))
                runs += run >= 2
                blocks += run if run >= 2 else 0
        header = runs * 2 > line.pages and line.labels["ruled"] * 2 < sum(line.labels.values())
        # on as many pages, the longer list heads the teasers (a masthead over a headline
        # and a byline heads a run of two)
        if header and (best is None or (runs, blocks) > best[:2]):
            best = (runs, blocks, key)
    if best is None:
        return None
    key = best[2]
    sample = [p for p in pages if key in p.keys][:SAMPLE_PAGES]
    runs = [run_after(p, p.keys.index(key), enders) for p in sample]
    selector = _meta_selector(runs)
    text = lines[key].texts.most_common(1)[0][0]
    scored = []
    for order, (layout, pattern) in enumerate(LAYOUTS):
        pattern = json.loads(json.dumps(pattern).replace("{meta}", selector))
        rail = TeaserRail(key, text, layout, pattern, lines[key].pages)
        scored.append((try_layout(rail, sample, runs, name), -order, rail))
    checked = [p for p in pages if key in p.keys][:CHECK_PAGES]
    bare = bundled_pipeline()
    generic = [bare.clean(p.raw).teasers for p in checked]
    check_runs = [run_after(p, p.keys.index(key), enders) for p in checked]
    needless = None
    for score, _, rail in sorted(scored, key=lambda s: (s[0], s[1]), reverse=True):
        if score[0] <= 0:
            break
        verdict = compare(rail, checked, check_runs, generic, name)
        if verdict == "better":
            return rail
        if verdict == "same" and needless is None:
            needless = rail
    if needless is not None or any(generic):
        # the generic reader already reads the cards (or no layout reads them as well)
        return TeaserRail(key, text, "the bundled rules already read its cards, a pattern "
                          "would add nothing" if needless is not None else "the bundled rules "
                          "read its cards better than any layout tried (each lost a title, "
                          "source or age they find, or took teasers from outside the list)",
                          [], lines[key].pages)
    return None


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _as_good(mine: Teaser, theirs: Teaser) -> bool:
    """Whether ``mine`` reads a card at least as well as the generic reader's ``theirs``: its
    title holds theirs and none of their source/age (a field glued into the title), and it
    fills each field they fill."""
    title, other = _fold(mine.title), _fold(theirs.title)
    if not other or other not in title:
        return False
    glued = title != other and any(_fold(v) and _fold(v) in title for v in (theirs.source, theirs.age))
    return not glued and all(m is not None for m, t in ((mine.source, theirs.source),
                                                        (mine.age, theirs.age)) if t is not None)


def compare(rail: TeaserRail, pages: list[SourcePage], runs: list[list[Block]],
            generic: list[list[Teaser]], name: str) -> str:
    """``"worse"``, ``"same"`` or ``"better"``: the layout's teasers on ``pages`` (with the
    bundled rules) against ``generic`` (the bundled rules' alone, per page). Worse when a
    generic teaser read from one of the rail's cards (its title in a block of the page's run,
    ``runs``) has no counterpart of :func:`_as_good`, or a teaser of the layout lies outside
    the run (a comment section after the rail); better when a page gains a teaser, a longer
    title or a field."""
    pipeline = _pipeline(rail, name)
    if pipeline is None:
        return "worse"
    better = False
    for p, run, theirs in zip(pages, runs, generic, strict=True):
        mine = list(pipeline.clean(p.raw).teasers)
        inside = [_fold(b.text) for b in run]
        for t in theirs:
            if not _fold(t.title) or not any(_fold(t.title) in b for b in inside):
                # not a card of the rail: the layout need not give it, but may leave it be
                same = next((m for m in mine if _fold(m.title) == _fold(t.title)), None)
                if same is not None:
                    mine.remove(same)
                continue
            match = next((m for m in mine if _as_good(m, t)), None)
            if match is None:
                return "worse"
            mine.remove(match)
            better |= _fold(match.title) != _fold(t.title) or sum(
                v is not None for v in (match.source, match.age)) > sum(
                v is not None for v in (t.source, t.age))
        for m in mine:  # teasers the generic reader did not find: only from the rail's cards
            if not _fold(m.title) or not any(_fold(m.title) in b for b in inside):
                return "worse"
            better = True
    return "better" if better else "same"


def _pipeline(rail: TeaserRail, name: str) -> Pipeline | None:
    """The bundled rules and a file of ``rail``'s rule alone (None when the loader refuses it)."""
    body = render_file(name, {}, [], rail, [])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(body, "utf-8")
        try:
            return with_bundled(path)
        except Exception:  # noqa: BLE001 - a layout the loader refuses scores nothing
            return None


def try_layout(rail: TeaserRail, sample: list[SourcePage], runs: list[list[Block]],
               name: str) -> tuple[int, int]:
    """(run blocks taken out of the story, teaser fields filled) of a layout on the sample."""
    pipeline = _pipeline(rail, name)
    if pipeline is None:
        return (0, 0)
    taken = fields = 0
    for p, run in zip(sample, runs, strict=True):
        record = pipeline.clean(p.raw)
        story = set(record.text.split("\n\n"))
        taken += sum(b.text not in story for b in run) if record.teasers else 0
        fields += sum(v is not None for t in record.teasers for v in (t.title, t.source, t.age))
    return (taken, fields)


def rail_keys(pages: list[SourcePage], lines: dict[str, RecurringLine],
              rail: TeaserRail | None) -> Counter[str]:
    """On how many pages each key stands inside the teaser rail's cards (a card's recurring
    meta line, "Source · 3 hours ago", is part of the teaser, not chrome to drop)."""
    inside: Counter[str] = Counter()
    if rail is None:
        return inside
    enders = rail_enders(pages, lines)
    for p in pages:
        if rail.key in p.keys:
            start = p.keys.index(rail.key)
            run = run_after(p, start, enders)
            inside.update(set(p.keys[start + 1:start + 1 + len(run)]))
    return inside


def card_texts(pages: list[SourcePage], lines: dict[str, RecurringLine],
               rail: TeaserRail | None) -> frozenset[str]:
    """The lines (folded, spaces collapsed) of the rail's runs on the source's pages: its
    cards, which a suggested file's tests must not expect as ``dropped`` (that would lock in
    the loss of cards the reader did not read), whether or not the file has a pattern."""
    if rail is None:
        return frozenset()
    enders = rail_enders(pages, lines)
    return frozenset(_fold(b.text) for p in pages if rail.key in p.keys
                     for b in run_after(p, p.keys.index(rail.key), enders))
