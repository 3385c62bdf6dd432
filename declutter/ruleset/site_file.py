"""The site rule file ``declutter rules suggest`` writes (:mod:`declutter.ruleset.suggest`):
what the corpus says of each recurring line and of the teaser rail, the file's YAML text with
a comment above each rule saying why it was suggested, its scope, its tests taken from sample
pages, and a pipeline of the bundled rules plus the file.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.blocks import Block
from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import bundled_dir, load_files
from declutter.ruleset.source import parse_yaml


@dataclass
class RecurringLine:
    """What the corpus says about one recurring key."""

    texts: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    protected: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    rail_pages: int = 0
    read: int = 0
    """How often the bundled rules read it as story or title (it leaks without a rule)."""


@dataclass
class SourcePage:
    """One page of the corpus: its input, each block's line key, its labelled blocks, its host."""

    raw: RawPage
    keys: list[str]
    blocks: list[Block]
    host: str | None


_BUNDLED: list[Any] = []


def with_bundled(path: Path) -> Pipeline:
    """A pipeline of the bundled rules (loaded once) and the file at ``path`` (which must not
    use the bundled definitions)."""
    if not _BUNDLED:
        _BUNDLED.extend(load_files([bundled_dir()]))
    return Pipeline(rules=RuleSet([*_BUNDLED, *load_files([path])]))


@dataclass
class TeaserRail:
    """A source's teaser rail: the recurring line heading it (``key``, its ``text``), the
    layout that reads its cards best and that layout's pattern, and on how many pages."""

    key: str
    text: str
    layout: str
    pattern: list[dict[str, Any]]
    pages: int


def bundled_pipeline() -> Pipeline:
    """A pipeline of the bundled rules alone (loaded once per process)."""
    if not _BUNDLED:
        _BUNDLED.extend(load_files([bundled_dir()]))
    return Pipeline(rules=RuleSet(list(_BUNDLED)))


def quoted(value: Any) -> str:
    """``value`` as a YAML flow scalar (JSON text, non-ASCII kept as is)."""
    return json.dumps(value, ensure_ascii=False)


def render_file(name: str, scope: dict[str, Any], drops: list[tuple[str, RecurringLine, dict]],
                rail: TeaserRail | None, tests: list[str], total: int = 0,
                notes: tuple[str, ...] = ()) -> str:
    """The file's YAML text; each of ``notes`` (what the editor should know: a scope to set by
    hand, a teaser list that needs no rule) is a comment above the rules."""
    out = [f"name: {quoted(name)}",
           f"description: {quoted(f'Suggested by declutter rules suggest from {total} pages of {name}.')}",
           "scope:" if scope else "scope: all"]
    out += [f"  {k}: {quoted(v)}" for k, v in scope.items()]
    out.append("")
    out += [f"# NOTE: {note}" for note in notes]
    out.append("rules:")
    for rule_id, line, match in drops:
        where = max(line.places, key=lambda w: line.places[w])
        place = {"before": "before the story", "after": "after the story",
                 "inside": "between story paragraphs"}[where]
        how = "wording fixed" if "text" in match else "only numbers vary"
        out += [f"  # seen on {line.pages} of {total} pages, {place}; {how}",
                f"  - id: {rule_id}",
                f"    description: {quoted('Recurring line: ' + line.texts.most_common(1)[0][0])}",
                f"    match: {quoted(match)}",
                "    action: drop"]
    if rail is not None:
        out += [f"  # seen on {rail.pages} of {total} pages, followed by teaser cards "
                f"({rail.layout})",
                f"  - id: {name}.teasers",
                f"    description: {quoted('Teaser list under: ' + rail.text)}",
                f"    match: {quoted({'text': rail.text})}",
                "    action: teasers",
                "    pattern:"]
        out += [f"      - {quoted(step)}" for step in rail.pattern]
    out.append("")
    if tests:
        out.append("tests:")
        out += tests
    return "\n".join(out) + "\n"


SCOPE_SHARE = 0.95
"""Share of the source's pages its scope markers must reach together."""
MAX_MARKERS = 3


def file_scope(pages: list[SourcePage], lines: dict[str, RecurringLine], name: str = "",
               elsewhere: Counter[str] | None = None, matches: tuple[dict, ...] = ()
               ) -> tuple[dict[str, list[str]], list[str]]:
    """The file's scope: the pages' source names, else their domains, else ``markers``: up to
    :data:`MAX_MARKERS` recurring lines that together occur on :data:`SCOPE_SHARE` of the
    pages and that none of the file's rules acts on (``matches``: the rules' ``match``
    mappings; :func:`_markers`). Also the notes an editor must read (markers that reach fewer
    pages: set the scope by hand)."""
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
    if scope:
        return scope, []
    markers, covered = _markers(pages, lines, name, elsewhere or Counter(), matches)
    scope["markers"] = markers
    if covered >= math.ceil(SCOPE_SHARE * len(pages)):
        return scope, []
    return scope, [f"the scope markers reach only {covered} of {len(pages)} pages (no line of the "
                   "source's own is on nearly all of them): set the scope (sources, domains or "
                   "markers) by hand"]


def _acted_on(marker: str, matches: tuple[dict, ...]) -> bool:
    """Whether a rule of ``matches`` acts on the line ``marker`` (folded) or on a line holding
    it: an exact or prefix text that contains it, or a regex that finds it (a marker that is
    a line the file drops names the file's layout, and ``rules lint`` warns of it)."""
    for match in matches:
        texts = [t for k in ("text", "prefix") for t in _strings(match.get(k))]
        if any(marker in " ".join(t.split()).casefold() for t in texts):
            return True
        regex = match.get("regex")
        try:
            if isinstance(regex, str) and re.search(regex, marker):
                return True
        except re.error:  # RE2 syntax Python does not read: the line may be the rule's
            return True
    return False


def squeezed(name: str) -> str:
    """``name`` folded, without spaces and punctuation: a file named ``quayside-wire`` (or a
    source "Quayside Wire") is named in the line "More from Quayside Wire"."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value or () if isinstance(v, str)]


def _markers(pages: list[SourcePage], lines: dict[str, RecurringLine], name: str,
             elsewhere: Counter[str], matches: tuple[dict, ...] = ()) -> tuple[list[str], int]:
    """Marker lines for a source whose pages name neither source nor domain, and how many pages
    they reach (a marker matches a page holding it anywhere, as the engine's scope does).

    A marker is a recurring line of fixed wording (a count such as "3 comments" varies, and a
    line the bundled rules drop or read as teaser is any site's interface), of at least two
    words, seen on no page of another source in the corpus (``elsewhere``). A line one of
    the file's rules acts on (``matches``, :func:`_acted_on`) names a layout, unless it holds
    the source's name (its masthead: :func:`squeezed`, as ``rules lint`` reads it). Lines
    are taken greedily by the pages they add, then lines no rule acts on first, then by
    whether they hold a word of the source's ``name``, stand before the story, and their
    length."""
    folded = [{" ".join(b.text.split()).casefold() for b in p.blocks} for p in pages]
    texts = ["\n".join(f) for f in folded]
    words = {w for w in re.split(r"[\W_]+", name.casefold()) if len(w) >= 3}
    site = squeezed(name)
    candidates = []
    for key, line in lines.items():
        wording = {" ".join(t.split()).casefold() for t in line.texts}
        if len(wording) != 1 or key in elsewhere:
            continue
        marker = wording.pop()
        if len(marker.split()) < 2 or line.labels["ruled"] + line.labels["teaser"] > line.labels["free"]:
            continue
        free = not _acted_on(marker, matches)
        if not free and not (site and site in squeezed(marker)):
            continue
        reach = frozenset(i for i, t in enumerate(texts) if marker in t)
        named = any(w in re.split(r"[\W_]+", marker) for w in words)
        before = line.places["before"] * 2 > sum(line.places.values())
        candidates.append((reach, free, named, before, len(marker), marker,
                           line.texts.most_common(1)[0][0]))
    chosen: list[str] = []
    covered: set[int] = set()
    need = math.ceil(SCOPE_SHARE * len(pages))
    while candidates and len(chosen) < MAX_MARKERS and len(covered) < need:
        best = max(candidates, key=lambda c: (len(c[0] - covered), *c[1:6]))
        if not best[0] - covered:
            break
        chosen.append(" ".join(best[6].split()))
        covered |= best[0]
        candidates.remove(best)
    return chosen, len(covered)


def _block(value: str, indent: str) -> str | None:
    """``value`` as a YAML literal block (``|``) at ``indent`` when it has several lines and
    reads back the same, else None."""
    if "\n" not in value.rstrip("\n") or value[:1] in " \t\n" or "\r" in value:
        return None
    body = value.rstrip("\n")
    trail = len(value) - len(body)
    chomp = "-" if trail == 0 else "" if trail == 1 else "+"
    lines = body.split("\n") + [""] * (trail - 1 if trail > 1 else 0)
    text = f"|{chomp}\n" + "\n".join(indent + line if line else "" for line in lines)
    try:
        back = parse_yaml(f"v: {text}\n", "<test input>")
    except Exception:  # noqa: BLE001 - a page YAML cannot hold as a block stays quoted
        return None
    return text if isinstance(back, dict) and back.get("v") == value else None


def sample_tests(rules_path: Path, pages: list[SourcePage], rail: TeaserRail | None,
                 chrome: frozenset[str] = frozenset(), tries: int = 20,
                 cards: frozenset[str] = frozenset()) -> list[str]:
    """The ``tests`` entries (YAML lines) of three pages (of the rail, if any), each expecting
    what the file at ``rules_path`` with the bundled rules gives it. Pages whose title comes
    out as one of the source's recurring lines (``chrome``, folded: a masthead the file
    failed to drop) are passed over among the first ``tries`` pages, so no test locks in a
    chrome title where a page with its own headline exists. A line of a teaser list's cards
    (``cards``, folded) is never expected as dropped: a card the reader lost is no chrome, so
    such a page's test has no ``dropped`` list (tests expect the dropped lines exactly)."""
    pipeline = with_bundled(rules_path)
    candidates = [p for p in pages if rail is None or rail.key in p.keys]
    made = [(p, pipeline.clean(p.raw)) for p in candidates[:tries]]
    own = [(p, r) for p, r in made if " ".join((r.title or "").split()).casefold() not in chrome]
    chosen = (own + [m for m in made if m not in own])[:3]
    out = []
    for n, (p, record) in enumerate(chosen, 1):
        teasers = [{k: v for k, v in (("title", t.title), ("source", t.source), ("age", t.age))
                    if v is not None} for t in record.teasers]
        content = p.raw.content
        if isinstance(content, bytes):
            content = content.decode("utf-8", "replace")
        out += [f"  - name: {quoted(f'page {n}: {p.raw.id}')}",
                f"    format: {p.raw.format}"]
        out += [f"    url: {quoted(p.raw.url)}"] if p.raw.url else []
        out += [f"    source: {quoted(p.raw.source)}"] if p.raw.source else []
        block = _block(content, " " * 6)
        lost = sum(" ".join(r.text.casefold().split()) in cards for r in record.removed or [])
        out += [f"    input: {block or quoted(content)}",
                "    expect:",
                f"      title: {quoted(record.title)}",
                f"      teasers:{_list([quoted(t) for t in teasers])}"]
        # a test expects the dropped lines exactly: where cards of the list are lost, it
        # expects none (the loss is not locked in) and says so
        out += [f"      # no dropped list: {lost} lines of the teaser list's cards are lost, "
                "not chrome"] if lost else [
                    f"      dropped:{_list([quoted(r.text) for r in record.removed or []])}"]
    return out


def _list(items: list[str]) -> str:
    """A YAML list, one item a line under its key (`` []`` when empty)."""
    return "".join(f"\n        - {item}" for item in items) if items else " []"
