"""Write a site rule file from a corpus of one source's pages (``declutter rules suggest``).

The pages are labelled as a run labels them (bundled rules, scorer; no templates). Then:

1. **Recurring lines.** Every block is reduced to its template key (case folded, spaces
   collapsed, digits read as ``0``: :func:`declutter.templates.sketch.normalise`; a prose
   sentence keeps its numbers) and counted once per page. A key seen on at least
   ``MIN_SHARE`` of the pages (a sentence: ``PROSE_SHARE``) and on ``MIN_SEEN`` is
   the source's chrome, unless it is mostly prose of a copied story (the same test as
   :func:`declutter.templates.model.mark`), mostly teaser, or already dropped by a bundled
   rule. Each becomes a ``drop`` rule: ``text`` when its wording never changes, else a
   ``regex`` in which only the numbers vary.
2. **Teaser rail.** A recurring line followed on most of its pages by a run of short
   non-recurring blocks (until a line on half the pages, or the end) heads a teaser list. Each
   layout of :data:`LAYOUTS` (one-line and two-line cards, HTML cards of a link and a meta
   element) is tried with the real engine on sample pages, and the one that turns most of the
   run into teaser fields becomes the ``teasers`` rule's ``pattern``.
3. **Scope**: the pages' source names and domains; for dumps with neither, ``markers``
   (recurring lines that together occur on every page).
4. **Tests**: two or three of the pages, inline, with the title, teasers and dropped lines
   the finished rule set gives them.

Before the tests are taken, the file is cleaned against the pages it was learned from: a rule
that empties a page's story (which the bundled rules alone leave) or takes the page's own
title is left out (:func:`_verified`), so a rule fitted to one page's meta line, or a layout
of the wrong format, cannot pass its own tests while emptying stories.

Every rule carries a comment saying on how many of the pages it was seen. The file is
checked (loaded with the bundled rules, its tests run) before :func:`suggest` returns.
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block
from declutter.io.readers import Failure, Item, RawPage
from declutter.pipeline import Pipeline, parse
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import bundled_dir, load_files
from declutter.ruleset.testing import run_tests
from declutter.templates import PROSE_SHARE
from declutter.templates.model import MAX_WORDS, MIN_SEEN, MIN_SHARE, _copied, _prose, source_name
from declutter.templates.sketch import normalise

RAIL_END_SHARE = 0.5
"""A line on this share of the pages ends a teaser run (the footer after a rail)."""
CARD_WORDS = 30
SAMPLE_PAGES = 20
"""Pages the teaser layouts are tried on (and tests are taken from)."""
_META = r"^(?P<source>[^,·•|–—]+?)\s*[,·•|–—]\s*(?P<age>[^,·•|–—]+)$"
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
)


@dataclass
class _Line:
    """What the corpus says about one recurring key."""

    texts: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    protected: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    rail_pages: int = 0


@dataclass
class _Page:
    raw: RawPage
    keys: list[str]
    blocks: list[Block]
    host: str | None


def _slug(text: str, words: int = 6) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return "-".join(slug.split("-")[:words]) or "line"


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


def _key(text: str) -> str:
    """A block's line key: :func:`~declutter.templates.sketch.normalise`, or for a prose
    sentence its folded text with the numbers as written (as templates count it: a story
    generator's sentences that differ in their numbers are not one recurring line)."""
    if _prose(text):
        return "\x01" + " ".join(text.casefold().split())
    return normalise(text)


def _need(key: str, pages: int) -> int:
    """Pages a line key must be on to recur (a prose key: ``PROSE_SHARE`` of them)."""
    share = PROSE_SHARE if key.startswith("\x01") else MIN_SHARE
    return max(MIN_SEEN, math.ceil(share * pages))


def _answers_to(page: Any) -> set[str]:
    """The names a page is known by, each as :func:`source_name` writes it: its record source
    (feed name, else domain, else site name), its domain and its ``og:site_name``, and the
    first label of each dotted name (``quayside`` for ``quayside.example``)."""
    names = {source_name(page.source, page.url, page.meta), source_name(None, page.url, page.meta),
             source_name(page.meta.get("site_name"), None, {})} - {None}
    return names | {n.split(".")[0] for n in names if n}  # type: ignore[union-attr]


def _collect(pipeline: Pipeline, items: Iterable[Item], name: str, max_pages: int,
             found: Counter[str] | None = None) -> list[_Page]:
    """The labelled pages of source ``name`` (as the user wrote it: a domain with or without
    ``www.``, a feed/source name or a site name, normalised by :func:`source_name`); pages
    with no name at all are taken. ``found`` gets the page count of every source read."""
    wanted = (source_name(name, None, {}) or "").removeprefix("www.")
    found = Counter() if found is None else found
    pages: list[_Page] = []
    for item in items:
        if isinstance(item, Failure) or len(pages) >= max_pages:
            continue
        try:
            page = parse(item)
            pipeline.label(page)
        except Exception:  # noqa: BLE001 - an unreadable page has nothing to teach
            continue
        source = source_name(page.source, page.url, page.meta)
        found[source or "(no source)"] += 1
        if source is not None and wanted not in _answers_to(page):
            continue
        url = page.url or page.meta.get("canonical_url")
        host = urlsplit(url).hostname if isinstance(url, str) else None
        pages.append(_Page(item, [_key(b.text) for b in page.blocks], page.blocks,
                           host.removeprefix("www.") if host else None))
    return pages


def _lines(pages: list[_Page]) -> dict[str, _Line]:
    counts = Counter(k for p in pages for k in set(p.keys))
    lines: dict[str, _Line] = defaultdict(_Line)
    for p in pages:
        recurring = {k for k in p.keys if counts[k] >= _need(k, len(pages))}
        # a copied story is told by its recurring prose however few pages carry it
        shared = {k for k in p.keys if counts[k] >= _need("", len(pages))}
        story = [(b.text, k in shared) for b, k in zip(p.blocks, p.keys, strict=True)
                 if b.label == STORY]
        copied = _copied(story, [counts[k] for b, k in zip(p.blocks, p.keys, strict=True)
                                 if b.label == STORY])
        story_keys = [k for b, k in zip(p.blocks, p.keys, strict=True) if b.label == STORY]
        copied_keys = {story_keys[i] for i in copied}
        stories = [b.index for b in p.blocks if b.label == STORY and b.words >= 12]
        first, last = (stories[0], stories[-1]) if stories else (-1, -1)
        seen: set[str] = set()
        for b, k in zip(p.blocks, p.keys, strict=True):
            if k not in recurring or b.words > MAX_WORDS:
                continue
            line = lines[k]
            line.texts[b.text] += 1
            line.labels[_category(b)] += 1
            line.places["before" if b.index < first else "after" if b.index > last else "inside"] += 1
            if k not in seen:
                seen.add(k)
                line.pages += 1
                line.protected += k in copied_keys
    return {k: v for k, v in lines.items() if v.pages and v.protected * 2 <= v.pages}


def _run_after(p: _Page, start: int, enders: set[str]) -> list[Block]:
    run = []
    for b, k in zip(p.blocks[start + 1:], p.keys[start + 1:], strict=True):
        if k in enders or b.words > CARD_WORDS:
            break
        run.append(b)
    return run


def _meta_selector(pages: list[_Page], runs: list[list[Block]]) -> str:
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


@dataclass
class _Rail:
    key: str
    text: str
    layout: str
    pattern: list[dict[str, Any]]
    pages: int


def _rail(pages: list[_Page], lines: dict[str, _Line], name: str) -> _Rail | None:
    enders = {k for k, v in lines.items() if v.pages >= RAIL_END_SHARE * len(pages)}
    best: tuple[int, int, str] | None = None
    for key, line in lines.items():
        runs = blocks = 0
        for p in pages:
            if key in p.keys:
                run = len(_run_after(p, p.keys.index(key), enders))
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
    runs = [_run_after(p, p.keys.index(key), enders) for p in sample]
    selector = _meta_selector(sample, runs)
    text = lines[key].texts.most_common(1)[0][0]
    scored = []
    for order, (layout, pattern) in enumerate(LAYOUTS):
        pattern = json.loads(json.dumps(pattern).replace("{meta}", selector))
        rail = _Rail(key, text, layout, pattern, lines[key].pages)
        scored.append((_try(rail, sample, runs, name), -order, rail))
    score, _, rail = max(scored, key=lambda s: (s[0], s[1]))
    return rail if score[0] > 0 else None


def _try(rail: _Rail, sample: list[_Page], runs: list[list[Block]], name: str) -> tuple[int, int]:
    """(run blocks taken out of the story, teaser fields filled) of a layout on the sample."""
    body = _render(name, {}, [], rail, [])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(body, "utf-8")
        try:
            pipeline = with_bundled(path)
        except Exception:  # noqa: BLE001 - a layout the loader refuses scores nothing
            return (0, 0)
    taken = fields = 0
    for p, run in zip(sample, runs, strict=True):
        record = pipeline.clean(p.raw)
        story = set(record.text.split("\n\n"))
        taken += sum(b.text not in story for b in run) if record.teasers else 0
        fields += sum(v is not None for t in record.teasers for v in (t.title, t.source, t.age))
    return (taken, fields)


_BUNDLED: list[Any] = []


def with_bundled(path: Path) -> Pipeline:
    """A pipeline of the bundled rules (loaded once) and the file at ``path`` (which must not
    use the bundled definitions)."""
    if not _BUNDLED:
        _BUNDLED.extend(load_files([bundled_dir()]))
    return Pipeline(rules=RuleSet([*_BUNDLED, *load_files([path])]))


def _q(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _render(name: str, scope: dict[str, Any], drops: list[tuple[str, _Line, dict]],
            rail: _Rail | None, tests: list[str], total: int = 0) -> str:
    out = [f"name: {_q(name)}",
           f"description: {_q(f'Suggested by declutter rules suggest from {total} pages of {name}.')}",
           "scope:" if scope else "scope: all"]
    out += [f"  {k}: {_q(v)}" for k, v in scope.items()]
    out.append("")
    out.append("rules:")
    for rule_id, line, match in drops:
        where = max(line.places, key=lambda w: line.places[w])
        place = {"before": "before the story", "after": "after the story",
                 "inside": "between story paragraphs"}[where]
        how = "wording fixed" if "text" in match else "only numbers vary"
        out += [f"  # seen on {line.pages} of {total} pages, {place}; {how}",
                f"  - id: {rule_id}",
                f"    description: {_q('Recurring line: ' + line.texts.most_common(1)[0][0])}",
                f"    match: {_q(match)}",
                "    action: drop"]
    if rail is not None:
        out += [f"  # seen on {rail.pages} of {total} pages, followed by teaser cards "
                f"({rail.layout})",
                f"  - id: {name}.teasers",
                f"    description: {_q('Teaser list under: ' + rail.text)}",
                f"    match: {_q({'text': rail.text})}",
                "    action: teasers",
                "    pattern:"]
        out += [f"      - {_q(step)}" for step in rail.pattern]
    out.append("")
    if tests:
        out.append("tests:")
        out += tests
    return "\n".join(out) + "\n"


def _scope(pages: list[_Page], lines: dict[str, _Line]) -> dict[str, list[str]]:
    sources = sorted({p.raw.source for p in pages if p.raw.source})[:5]
    domains: Counter[str] = Counter()
    for p in pages:
        if p.host and not p.raw.source:
            domains[p.host] += 1
    scope: dict[str, list[str]] = {}
    if sources:
        scope["sources"] = sources
    if domains:
        scope["domains"] = [d for d, _ in domains.most_common(5)]
    if not scope:
        markers: list[str] = []
        uncovered = list(range(len(pages)))
        ranked = sorted(lines.items(), key=lambda kv: (-kv[1].pages, kv[0]))
        for key, line in ranked[:20]:
            if not uncovered or len(markers) >= 3:
                break
            if any(key in pages[i].keys for i in uncovered):
                markers.append(" ".join(line.texts.most_common(1)[0][0].split()))
                uncovered = [i for i in uncovered if key not in pages[i].keys]
        scope["markers"] = markers
    return scope


def _tests(rules_path: Path, pages: list[_Page], rail: _Rail | None) -> list[str]:
    pipeline = with_bundled(rules_path)
    chosen = [p for p in pages if rail is None or rail.key in p.keys][:3]
    out = []
    for n, p in enumerate(chosen, 1):
        record = pipeline.clean(p.raw)
        teasers = [{k: v for k, v in (("title", t.title), ("source", t.source), ("age", t.age))
                    if v is not None} for t in record.teasers]
        content = p.raw.content
        if isinstance(content, bytes):
            content = content.decode("utf-8", "replace")
        out += [f"  - name: {_q(f'page {n}: {p.raw.id}')}",
                f"    format: {p.raw.format}"]
        out += [f"    url: {_q(p.raw.url)}"] if p.raw.url else []
        out += [f"    source: {_q(p.raw.source)}"] if p.raw.source else []
        out += [f"    input: {_q(content)}",
                "    expect:",
                f"      title: {_q(record.title)}",
                f"      teasers: {_q(teasers)}",
                f"      dropped: {_q([r.text for r in record.removed or []])}"]
    return out


def _rail_keys(pages: list[_Page], lines: dict[str, _Line], rail: _Rail | None) -> Counter[str]:
    """On how many pages each key stands inside the teaser rail's cards (a card's recurring
    meta line, "Source · 3 hours ago", is part of the teaser, not chrome to drop)."""
    inside: Counter[str] = Counter()
    if rail is None:
        return inside
    enders = {k for k, v in lines.items() if v.pages >= RAIL_END_SHARE * len(pages)}
    for p in pages:
        if rail.key in p.keys:
            start = p.keys.index(rail.key)
            run = _run_after(p, start, enders)
            inside.update(set(p.keys[start + 1:start + 1 + len(run)]))
    return inside


@dataclass
class Suggestion:
    """A suggested site file: its YAML text and what it holds."""

    text: str
    pages: int
    drops: int
    teasers: bool
    tests: int


def _harm(path: Path, name: str, pages: list[_Page]) -> set[str]:
    """Ids of the file's rules that, on a page it was learned from, empty a story the
    bundled rules alone leave (an emptied story is also an error record: "no story found"),
    or take the page's own title (drop it, or make it a teaser).

    A story or title the bundled rules leave that is only lines recurring on ``MIN_SHARE``
    of the pages is the source's chrome, not the page's own (a masthead read as the title, a
    footer sentence as the story of a page whose story is a list): a rule that takes it does
    no harm, and a page whose whole story is such chrome tells nothing about its title."""
    with_file = with_bundled(path)
    bundled = Pipeline(rules=RuleSet(list(_BUNDLED)))
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


def _verified(path: Path, name: str, scope: dict[str, Any], drops: list[tuple[str, _Line, dict]],
              rail: _Rail | None, pages: list[_Page]
              ) -> tuple[list[tuple[str, _Line, dict]], _Rail | None]:
    """The rules that harm none of the pages they were learned from (:func:`_harm`): the file
    is cleaned against its own pages and harmful rules left out until none is."""
    for _ in range(len(drops) + 2):
        path.write_text(_render(name, scope, drops, rail, [], len(pages)), "utf-8")
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
    are passed over; pages with no source or domain are taken). ``name`` may be a domain
    (with or without ``www.``), a feed/source name or a site name (``og:site_name``); rule
    ids start with its slug. Raises ``ValueError`` when fewer than ``MIN_SEEN`` pages are
    usable (naming the sources the corpus holds, with page counts) or no recurring line is
    found."""
    pipeline = pipeline or Pipeline()
    found: Counter[str] = Counter()
    pages = _collect(pipeline, items, name, max_pages, found)
    if len(pages) < MIN_SEEN:
        listed = ", ".join(f"{s} ({n})" for s, n in found.most_common(20))
        raise ValueError(f"{len(pages)} usable pages of {name}; at least {MIN_SEEN} are needed"
                         + (f"; sources in the corpus (pages): {listed}" if listed else ""))
    name = _slug(name, 99)
    lines = _lines(pages)
    rail = _rail(pages, lines, name)
    in_rail = _rail_keys(pages, lines, rail)
    drops: list[tuple[str, _Line, dict]] = []
    used: set[str] = {f"{name}.teasers"}
    for key, line in sorted(lines.items(), key=lambda kv: (-kv[1].pages, kv[0])):
        if (rail and key == rail.key) or in_rail[key] * 2 >= line.pages or \
                line.labels["teaser"] + line.labels["ruled"] > line.labels["free"]:
            continue
        rule_id = base = f"{name}.{_slug(line.texts.most_common(1)[0][0])}"
        n = 2
        while rule_id in used:
            rule_id, n = f"{base}-{n}", n + 1
        used.add(rule_id)
        drops.append((rule_id, line, _matcher(line.texts)))
    if not drops and rail is None:
        raise ValueError(f"no line recurs on {MIN_SHARE:.0%} of the {len(pages)} pages of {name}")
    scope = _scope(pages, lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        drops, rail = _verified(path, name, scope, drops, rail, pages)
        if not drops and rail is None:
            raise ValueError(f"every rule suggested for {name} emptied a page's story or took "
                             "its title")
        path.write_text(_render(name, scope, drops, rail, [], len(pages)), "utf-8")
        tests = _tests(path, pages, rail)
    text = _render(name, scope, drops, rail, tests, len(pages))
    return Suggestion(text, len(pages), len(drops), rail is not None,
                      sum(t.startswith("  - name:") for t in tests))


def check(path: Path) -> list[str]:
    """Lint a written file with the bundled rules and run its tests; return the failures."""
    rule_files = load_files([bundled_dir(), path])
    ruleset = RuleSet(rule_files)
    mine = [f for f in rule_files if Path(f.path).resolve() == path.resolve()]
    return [f"{r.name}: {'; '.join(r.failures)}" for r in run_tests(ruleset, mine) if not r.passed]
