"""The site rule file ``declutter rules suggest`` writes (:mod:`declutter.ruleset.suggest`):
what the corpus says of each recurring line and of the teaser rail, the file's YAML text with
a comment above each rule saying why it was suggested, its scope, its tests taken from sample
pages, and a pipeline of the bundled rules plus the file.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.blocks import Block
from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import bundled_dir, load_files


@dataclass
class RecurringLine:
    """What the corpus says about one recurring key."""

    texts: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    protected: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    rail_pages: int = 0


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
    return json.dumps(value, ensure_ascii=False)


def render_file(name: str, scope: dict[str, Any], drops: list[tuple[str, RecurringLine, dict]],
            rail: TeaserRail | None, tests: list[str], total: int = 0) -> str:
    out = [f"name: {quoted(name)}",
           f"description: {quoted(f'Suggested by declutter rules suggest from {total} pages of {name}.')}",
           "scope:" if scope else "scope: all"]
    out += [f"  {k}: {quoted(v)}" for k, v in scope.items()]
    out.append("")
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


def file_scope(pages: list[SourcePage], lines: dict[str, RecurringLine]) -> dict[str, list[str]]:
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


def sample_tests(rules_path: Path, pages: list[SourcePage], rail: TeaserRail | None) -> list[str]:
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
        out += [f"  - name: {quoted(f'page {n}: {p.raw.id}')}",
                f"    format: {p.raw.format}"]
        out += [f"    url: {quoted(p.raw.url)}"] if p.raw.url else []
        out += [f"    source: {quoted(p.raw.source)}"] if p.raw.source else []
        out += [f"    input: {quoted(content)}",
                "    expect:",
                f"      title: {quoted(record.title)}",
                f"      teasers: {quoted(teasers)}",
                f"      dropped: {quoted([r.text for r in record.removed or []])}"]
    return out
