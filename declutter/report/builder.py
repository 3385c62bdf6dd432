"""JSON Lines output -> one self-contained HTML report (Jinja2 templates shipped in the package).

>>> from declutter.report import write_report
>>> result = write_report("clean.jsonl", "report.html")     # doctest: +SKIP
>>> result.bytes, result.pages_shown, result.pages
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from declutter import __version__
from declutter.report.charts import Bar, rule_bars, size_histogram
from declutter.report.collect import Limits, Scan, fetch, scan
from declutter.report.views import ClusterView, PageView, cluster_view, page_view
from declutter.summary import Summary

if TYPE_CHECKING:  # Jinja2 is imported when a report is rendered, not by every command
    from jinja2 import Environment


@dataclass
class Timing:
    """Run time of the run that wrote the file, when known (a live run, or a summary)."""

    seconds: float
    pages_per_second: float

    @classmethod
    def of(cls, summary: Summary) -> Timing:
        return cls(summary.seconds, summary.pages_per_second)


@dataclass
class FilterOption:
    value: str
    pages: int
    """Pages of the whole run this applies to."""
    shown: int
    """Of those, pages shown in the report."""


@dataclass
class ErrorGroup:
    message: str
    count: int
    examples: list[str]


@dataclass
class Report:
    """Everything the template renders."""

    title: str
    source_file: str
    generated: str
    version: str
    summary: dict[str, Any]
    timing: Timing | None
    removed_blocks: int
    rule_bars: list[Bar]
    size_bars: list[Bar]
    errors: list[ErrorGroup]
    pages: list[PageView]
    rule_options: list[FilterOption]
    source_options: list[FilterOption]
    clusters: list[ClusterView]
    cluster_count: int
    duplicate_pages: int
    has_dedup: bool
    sampled: bool
    matching: int
    restricted: dict[str, tuple[str, ...]]
    bad_lines: int
    first_bad: str | None
    limits: Limits
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote."""

    path: Path
    bytes: int
    pages: int
    pages_shown: int
    clusters: int
    clusters_shown: int


def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("declutter.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{int(n):,}"
    return env


def _options(counts: dict[str, int], shown: dict[str, int], limit: int | None = None) -> list[FilterOption]:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [FilterOption(value, pages, shown.get(value, 0)) for value, pages in items]


def build(path: str | Path, limits: Limits | None = None, *, timing: Timing | None = None,
          rules: tuple[str, ...] = (), sources: tuple[str, ...] = (), title: str | None = None) -> Report:
    """Read ``path`` (declutter's JSON Lines output, optionally .gz) into a :class:`Report`.

    ``rules``/``sources`` keep only pages where one of those rule ids fired / from those
    sources in the page list (counts and charts still cover the whole run).
    """
    path = Path(path)
    limits = limits or Limits()
    result: Scan = scan(path, limits, rules, sources)
    clusters = result.duplicate_clusters
    shown_clusters = clusters[: limits.max_clusters]
    wanted = set(result.chosen)
    for info in shown_clusters:
        wanted.update(n for n in [info.canonical_line, *info.copy_lines] if n is not None)
    records = fetch(path, wanted)
    pages = [page_view(n, records[n], limits) for n in result.chosen if n in records]
    for page in pages:  # a cluster of one is not a duplicate: no badge
        info = result.clusters.get(page.cluster) if page.cluster is not None else None
        if info is None or info.size < 2:
            page.cluster = page.similarity = page.is_canonical = None
    anchors = {p.id: p.anchor for p in pages}
    for page in pages:
        for teaser in page.teasers:
            if teaser.links_to:
                teaser.links_to_anchor = anchors.get(teaser.links_to)
    cluster_views = [v for v in (cluster_view(c, records, limits) for c in shown_clusters) if v]
    chosen = set(result.chosen)
    for page in pages:
        page.shown = True
    for view in cluster_views:
        for member in [view.canonical, *(c.page for c in view.copies)]:
            member.shown = member.line in chosen
    rule_shown: dict[str, int] = {}
    source_shown: dict[str, int] = {}
    for page in pages:
        for rule in page.rules:
            rule_shown[rule] = rule_shown.get(rule, 0) + 1
        source_shown[page.source] = source_shown.get(page.source, 0) + 1
    summary = result.summary
    errors = [ErrorGroup(m, c, result.error_examples.get(m, []))
              for m, c in summary.error_messages.most_common()]
    return Report(
        title=title or f"declutter run report: {path.name}",
        source_file=str(path),
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        summary=summary.to_dict(),
        timing=timing,
        removed_blocks=sum(summary.removed.values()),
        rule_bars=rule_bars(summary.removed, limits.max_rules_charted),
        size_bars=size_histogram(c.size for c in clusters),
        errors=errors,
        pages=pages,
        rule_options=_options(dict(result.pages_by_rule), rule_shown),
        source_options=_options(dict(result.pages_by_source), source_shown, limits.max_sources),
        clusters=cluster_views,
        cluster_count=len(clusters),
        duplicate_pages=sum(c.size for c in clusters),
        has_dedup=result.with_dup > 0,
        sampled=result.sampled,
        matching=result.matching,
        restricted={"rule": rules, "source": sources},
        bad_lines=result.bad_lines,
        first_bad=result.first_bad,
        limits=limits,
    )


def render(report: Report) -> str:
    """The report as one HTML document (styles and script inline, no external resource)."""
    return _environment().get_template("report.html.j2").render(r=report)


def write_report(path: str | Path, out: str | Path, limits: Limits | None = None, *,
                 timing: Timing | None = None, rules: tuple[str, ...] = (),
                 sources: tuple[str, ...] = (), title: str | None = None) -> ReportResult:
    """Build the report of ``path`` and write it to ``out`` atomically; return its figures."""
    report = build(path, limits, timing=timing, rules=rules, sources=sources, title=title)
    html = render(report).encode("utf-8")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mode 0666 less the umask, like every other output file (mkstemp would give 0600)
    tmp = str(out.parent / f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(html)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return ReportResult(out, len(html), report.summary["read"], len(report.pages),
                        report.cluster_count, len(report.clusters))
