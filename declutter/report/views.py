"""Records -> the plain objects the templates render (no HTML is written here).

Every text is cut to the caps in :class:`~declutter.report.collect.Limits` with a visible note,
and every link is checked: only ``http``/``https`` URLs become links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from declutter.report.collect import ClusterInfo, Limits, rules_of, source_of
from declutter.report.diff import Comparison, compare


def safe_url(url: Any) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (never a ``javascript:`` link)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def cut(text: Any, limit: int) -> tuple[str, int]:
    """``text`` cut to ``limit`` characters, and how many characters were left out."""
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text, 0
    return text[:limit].rstrip() + "…", len(text) - limit


@dataclass
class Segment:
    """One piece of a page's body: a story paragraph, or a removed block with its rule id."""

    kind: str
    """``story`` or ``removed``."""
    text: str
    rule: str | None = None
    omitted: int = 0
    """Characters of this block not shown."""


@dataclass
class TeaserView:
    title: str | None
    source: str | None
    age: str | None
    text: str | None
    url: str | None
    links_to: str | None = None
    links_to_anchor: str | None = None


@dataclass
class PageView:
    """One page as the report shows it."""

    line: int
    id: str
    url: str | None
    raw_url: str | None
    source: str
    title: str | None
    error: str | None
    rules: list[str]
    body: list[Segment] = field(default_factory=list)
    """Story paragraphs with removed blocks in place (when positions are known)."""
    unplaced: list[Segment] = field(default_factory=list)
    """Removed blocks whose position the record does not give, in page order."""
    teasers: list[TeaserView] = field(default_factory=list)
    story_omitted: int = 0
    removed_total: int = 0
    removed_omitted: int = 0
    teasers_omitted: int = 0
    audit: bool = True
    """False when the record has no ``removed`` trail (``--no-audit``)."""
    cluster: str | None = None
    similarity: float | None = None
    is_canonical: bool | None = None
    shown: bool = False
    """True when the page is in the report's page list (so ``#anchor`` links work)."""

    @property
    def anchor(self) -> str:
        return f"p{self.line}"


def _position(removal: dict[str, Any], paragraphs: int) -> int | None:
    at = removal.get("at")
    if isinstance(at, bool) or not isinstance(at, int):
        return None
    return min(max(at, 0), paragraphs)


def _body(data: dict[str, Any], limits: Limits) -> tuple[list[Segment], list[Segment], int, int]:
    """(body, unplaced, story characters omitted, removed blocks omitted)."""
    text = data.get("text") or ""
    paragraphs = [p for p in text.split("\n\n") if p.strip()] if text else []
    removed = [r for r in data.get("removed") or [] if isinstance(r, dict)]
    positions = [_position(r, len(paragraphs)) for r in removed]
    placed = bool(removed) and all(p is not None for p in positions)
    removed_segments = []
    for r in removed[: limits.max_removed]:
        shown, omitted = cut(r.get("text"), limits.max_removed_chars)
        removed_segments.append(Segment("removed", shown, str(r.get("rule") or "unknown"), omitted))
    removed_omitted = max(0, len(removed) - limits.max_removed)
    before: dict[int, list[Segment]] = {}
    if placed:
        for segment, at in zip(removed_segments, positions, strict=False):
            before.setdefault(at or 0, []).append(segment)
    body: list[Segment] = []
    budget = limits.max_story_chars
    story_omitted = 0
    for index, paragraph in enumerate(paragraphs):
        body.extend(before.pop(index, []))
        if budget <= 0:
            story_omitted += len(paragraph)
            continue
        shown, omitted = cut(paragraph, budget)
        budget -= len(shown)
        story_omitted += omitted
        body.append(Segment("story", shown, omitted=omitted))
    for rest in sorted(before):
        body.extend(before[rest])
    unplaced = [] if placed else removed_segments
    return body, unplaced, story_omitted, removed_omitted


def page_view(line: int, data: dict[str, Any], limits: Limits) -> PageView:
    """The view of one record."""
    body, unplaced, story_omitted, removed_omitted = _body(data, limits)
    teasers = [t for t in data.get("teasers") or [] if isinstance(t, dict)]
    dup = data.get("dup") if isinstance(data.get("dup"), dict) else None
    similarity = dup.get("similarity") if dup else None
    view = PageView(
        line=line,
        id=str(data["id"]),
        url=safe_url(data.get("url")),
        raw_url=data.get("url") if isinstance(data.get("url"), str) else None,
        source=source_of(data),
        title=data.get("title"),
        error=data.get("error"),
        rules=rules_of(data),
        body=body,
        unplaced=unplaced,
        story_omitted=story_omitted,
        removed_total=len(data.get("removed") or []),
        removed_omitted=removed_omitted,
        teasers_omitted=max(0, len(teasers) - limits.max_teasers),
        audit=data.get("removed") is not None,
        cluster=str(dup["cluster"]) if dup and dup.get("cluster") is not None else None,
        similarity=float(similarity) if isinstance(similarity, (int, float)) else None,
        is_canonical=data.get("is_canonical") if isinstance(data.get("is_canonical"), bool) else None,
    )
    for teaser in teasers[: limits.max_teasers]:
        view.teasers.append(TeaserView(
            title=teaser.get("title"),
            source=teaser.get("source"),
            age=teaser.get("age"),
            text=cut(teaser.get("text"), limits.max_teaser_chars)[0] or None,
            url=safe_url(teaser.get("url")),
            links_to=teaser.get("links_to"),
        ))
    return view


@dataclass
class CopyView:
    """One copy of a cluster next to the cluster's canonical page."""

    page: PageView
    comparison: Comparison


@dataclass
class ClusterView:
    cluster: str
    size: int
    canonical: PageView
    canonical_known: bool
    """False when no member is marked canonical (the first member stands in)."""
    copies: list[CopyView]
    copies_omitted: int


def cluster_view(info: ClusterInfo, records: dict[int, dict[str, Any]], limits: Limits) -> ClusterView | None:
    """The side-by-side view of one cluster from its fetched member records."""
    lines = ([info.canonical_line] if info.canonical_line is not None else []) + info.copy_lines
    members = [page_view(n, records[n], limits) for n in lines if n in records]
    if len(members) < 2:
        return None
    canonical, copies = members[0], members[1:]
    left_text = str(records[canonical.line].get("text") or "")
    views = []
    for copy in copies:
        right_text = str(records[copy.line].get("text") or "")
        views.append(CopyView(copy, compare(left_text, right_text, limits.max_diff_words)))
    return ClusterView(
        cluster=info.cluster,
        size=info.size,
        canonical=canonical,
        canonical_known=info.canonical_line is not None,
        copies=views,
        copies_omitted=max(0, info.size - 1 - len(views)),
    )
