"""Read a run's JSON Lines output back, in two bounded passes, into what the report shows.

Pass 1 streams every line once: it recomputes the run's counts with
:class:`declutter.summary.Summary`, counts pages per rule id, per source and per duplicate
cluster, and *chooses* which lines the report shows in full (line numbers only). Pass 2
streams the file again and parses only the chosen lines.

Which pages are shown when a run has more than :attr:`Limits.max_pages`:

1. for every rule id, the first :attr:`Limits.per_rule` pages where it fired (taken round-robin
   across rules, so a rare rule is never crowded out by a common one),
2. for every source, the first :attr:`Limits.per_source` pages,
3. a uniform random sample of the rest (reservoir sampling, fixed seed, so a report is
   reproducible), until ``max_pages`` are chosen.

Memory is bounded by the limits, plus one small integer per duplicate cluster and per source;
no page text is held beyond the chosen ones.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from declutter.summary import Summary

NO_SOURCE = "(no source)"


class ReportError(ValueError):
    """The input cannot be made into a report (not a declutter output file)."""


@dataclass(frozen=True)
class Limits:
    """Caps that keep the report's size and the browser's work bounded on any run size."""

    max_pages: int = 300
    """Pages shown in full detail (every page when the run has no more)."""
    per_rule: int = 20
    """Pages guaranteed per rule id, so the rule filter finds examples of every rule."""
    per_source: int = 10
    """Pages guaranteed per source (only for the most common sources)."""
    max_sources: int = 100
    """Sources offered in the source filter and guaranteed pages."""
    max_clusters: int = 40
    """Duplicate clusters shown side by side (the largest ones)."""
    max_copies: int = 4
    """Copies shown next to each cluster's canonical page."""
    max_story_chars: int = 6000
    """Story text shown per page; the rest is cut with a note."""
    max_removed: int = 60
    """Removed blocks shown per page."""
    max_removed_chars: int = 400
    """Characters shown of one removed block."""
    max_teasers: int = 12
    """Teaser cards shown per page."""
    max_teaser_chars: int = 300
    """Characters shown of one teaser's text."""
    max_diff_words: int = 800
    """Words of each text compared in a cluster's side-by-side view."""
    max_rules_charted: int = 25
    """Bars in the removed-by-rule chart; the rest are summed into one bar."""
    page_size: int = 25
    """Pages per screen in the page list (the browser lays out only these)."""
    seed: int = 7
    """Seed of the random sample, so the same file gives the same report."""


@dataclass(slots=True)
class ClusterInfo:
    """Line numbers of one duplicate cluster's members (bounded by :attr:`Limits.max_copies`)."""

    cluster: str
    size: int = 0
    first_line: int = 0
    canonical_id: str | None = None
    canonical_line: int | None = None
    copy_lines: list[int] = field(default_factory=list)


@dataclass
class Scan:
    """The result of pass 1: counts over every line, and which lines to show."""

    path: Path
    summary: Summary = field(default_factory=Summary)
    lines: int = 0
    bad_lines: int = 0
    first_bad: str | None = None
    pages_by_rule: Counter[str] = field(default_factory=Counter)
    pages_by_source: Counter[str] = field(default_factory=Counter)
    error_examples: dict[str, list[str]] = field(default_factory=dict)
    clusters: dict[str, ClusterInfo] = field(default_factory=dict)
    with_dup: int = 0
    chosen: list[int] = field(default_factory=list)
    """Line numbers (0-based) of the pages shown in full, in file order."""
    sampled: bool = False
    """True when more pages match than are shown."""
    matching: int = 0
    """Pages that match the ``rules``/``sources`` restriction (all pages when there is none)."""

    @property
    def duplicate_clusters(self) -> list[ClusterInfo]:
        """Clusters with at least two members, largest first."""
        multi = [c for c in self.clusters.values() if c.size >= 2]
        return sorted(multi, key=lambda c: (-c.size, c.first_line))


def open_text(path: Path) -> IO[str]:
    """Open a JSON Lines file, gzip-compressed when its name ends in ``.gz``."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")


def records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """Yield ``(line number, parsed object or None, raw line)`` for every non-blank line."""
    with open_text(path) as handle:
        for number, line in enumerate(handle):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                yield number, None, line
                continue
            if not isinstance(data, dict) or "id" not in data:
                yield number, None, line
                continue
            yield number, data, line


def source_of(data: dict[str, Any]) -> str:
    """The name the source filter uses: the record's source, else its site name, else none."""
    meta = data.get("meta") or {}
    return str(data.get("source") or meta.get("site_name") or NO_SOURCE)


def rules_of(data: dict[str, Any]) -> list[str]:
    """Rule ids that removed at least one block of the page, sorted."""
    return sorted({str(r.get("rule") or "unknown") for r in data.get("removed") or [] if isinstance(r, dict)})


def _dup(data: dict[str, Any]) -> dict[str, Any] | None:
    dup = data.get("dup")
    return dup if isinstance(dup, dict) and dup.get("cluster") is not None else None


class _Chooser:
    """Pass-1 bookkeeping of candidate lines: first pages per rule and source, and a reservoir."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.by_rule: dict[str, list[int]] = {}
        self.by_source: dict[str, list[int]] = {}
        self.reservoir: list[int] = []
        self.seen = 0
        self.rng = random.Random(limits.seed)

    def offer(self, number: int, rules: list[str], source: str) -> None:
        for rule in rules:
            picks = self.by_rule.setdefault(rule, [])
            if len(picks) < self.limits.per_rule:
                picks.append(number)
        picks = self.by_source.get(source)
        if picks is None and len(self.by_source) < 10 * self.limits.max_sources:
            picks = self.by_source[source] = []
        if picks is not None and len(picks) < self.limits.per_source:
            picks.append(number)
        self.seen += 1
        if len(self.reservoir) < self.limits.max_pages:
            self.reservoir.append(number)
        else:
            slot = self.rng.randrange(self.seen)
            if slot < self.limits.max_pages:
                self.reservoir[slot] = number

    def choose(self, rule_order: list[str], source_order: list[str]) -> list[int]:
        """Round-robin over rules, then sources, then the random sample, up to ``max_pages``."""
        budget = self.limits.max_pages
        chosen: dict[int, None] = {}
        for groups, share in (([self.by_rule[r] for r in rule_order if r in self.by_rule], 0.6),
                              ([self.by_source[s] for s in source_order if s in self.by_source], 0.8)):
            depth = max((len(g) for g in groups), default=0)
            for k in range(depth):
                for group in groups:
                    if len(chosen) >= budget * share:
                        break
                    if k < len(group):
                        chosen.setdefault(group[k])
        for number in self.reservoir:
            if len(chosen) >= budget:
                break
            chosen.setdefault(number)
        return sorted(chosen)


def scan(path: Path, limits: Limits, rules: tuple[str, ...] = (), sources: tuple[str, ...] = ()) -> Scan:
    """Pass 1 over ``path``. ``rules``/``sources`` restrict the *shown* pages to those that
    match (any of the given rule ids fired; the source is one of those given); counts always
    cover the whole run.
    """
    from declutter.record import RECORD_KEYS, Record, is_record  # orjson: not for --help

    result = Scan(path=path)
    chooser = _Chooser(limits)
    for number, data, line in records(path):
        result.lines += 1
        if data is None:
            result.bad_lines += 1
            if result.first_bad is None:
                result.first_bad = f"line {number + 1}: {line.strip()[:120]}"
            continue
        try:
            if not is_record(data):
                raise KeyError("not a record")
            record = Record.from_dict(data)
        except (TypeError, KeyError, AttributeError):
            result.bad_lines += 1
            if result.first_bad is None:
                missing = ", ".join(sorted(RECORD_KEYS - data.keys()))
                result.first_bad = (f"line {number + 1}: not a declutter record"
                                    + (f" (no {missing})" if missing else ""))
            continue
        result.summary.add(record)
        if record.error:
            key = record.error.split(":")[0][:80]
            examples = result.error_examples.setdefault(key, [])
            if len(examples) < 5:
                examples.append(record.id)
        page_rules = rules_of(data)
        source = source_of(data)
        result.pages_by_rule.update(page_rules)
        result.pages_by_source[source] += 1
        _add_dup(result, data, number, limits)
        if (rules and not set(rules) & set(page_rules)) or (sources and source not in sources):
            continue
        chooser.offer(number, page_rules, source)
    if result.bad_lines and not result.summary.read:
        raise ReportError(f"{path} holds no declutter records (first bad {result.first_bad})")
    rule_order = [r for r, _ in result.pages_by_rule.most_common()]
    source_order = [s for s, _ in result.pages_by_source.most_common(limits.max_sources)]
    result.chosen = chooser.choose(rule_order, source_order)
    result.matching = chooser.seen
    result.sampled = len(result.chosen) < chooser.seen
    return result


def _add_dup(result: Scan, data: dict[str, Any], number: int, limits: Limits) -> None:
    dup = _dup(data)
    if dup is None:
        return
    result.with_dup += 1
    key = str(dup["cluster"])
    info = result.clusters.get(key)
    if info is None:
        info = result.clusters[key] = ClusterInfo(cluster=key, first_line=number)
    info.size += 1
    if dup.get("canonical") is not None:
        info.canonical_id = str(dup["canonical"])
    canonical = data.get("is_canonical") is True or (
        data.get("is_canonical") is None and str(data["id"]) == info.canonical_id)
    if canonical and info.canonical_line is None:
        info.canonical_line = number
    elif len(info.copy_lines) < limits.max_copies:
        info.copy_lines.append(number)


def fetch(path: Path, wanted: set[int]) -> dict[int, dict[str, Any]]:
    """Pass 2: the parsed records of the wanted line numbers (only those are parsed)."""
    found: dict[int, dict[str, Any]] = {}
    if not wanted:
        return found
    last = max(wanted)
    with open_text(path) as handle:
        for number, line in enumerate(handle):
            if number > last:
                break
            if number in wanted:
                try:  # the file may have changed since pass 1: skip what no longer parses
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(data, dict) and "id" in data:
                    found[number] = data
    return found
