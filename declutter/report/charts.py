"""Chart geometry for the report's inline SVG: numbers in, bar positions out.

The SVG itself is written by the templates (``templates/charts.html.j2``); this module only
decides bar lengths, positions and histogram bins, so it can be tested without a browser.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

#: Upper bounds of the cluster-size histogram's bins (sizes 2, 3, 4, 5, 6-10, ...).
SIZE_BINS: tuple[tuple[int, int], ...] = (
    (2, 2), (3, 3), (4, 4), (5, 5), (6, 10), (11, 20), (21, 50), (51, 100), (101, 10**12),
)


@dataclass(frozen=True)
class Bar:
    """One bar: its label, value, and its length as a share of the longest bar (0..1)."""

    label: str
    value: int
    share: float
    key: str | None = None
    """Filter value the bar selects when clicked (a rule id), if any."""
    rest: bool = False
    """The sum of the rules past the chart's limit: written as text, not drawn to scale."""


def rule_bars(counts: Counter[str], limit: int = 25) -> list[Bar]:
    """Blocks removed per rule id, most first, scaled to the longest; rules past ``limit``
    summed into one last row that is not drawn to scale (it would dwarf the others)."""
    top = counts.most_common(limit)
    rest = counts.most_common()[limit:]
    peak = max((v for _, v in top), default=0) or 1
    bars = [Bar(rule, value, value / peak, rule) for rule, value in top]
    if rest:
        bars.append(Bar(f"{len(rest)} more rules", sum(v for _, v in rest), 0.0, None, rest=True))
    return bars


def _bin_label(low: int, high: int) -> str:
    if low == high:
        return str(low)
    if high >= 10**12:
        return f"{low}+"
    return f"{low}–{high}"


def size_histogram(sizes: Iterable[int]) -> list[Bar]:
    """Duplicate clusters counted by size (members per cluster; size 1 is not a duplicate).

    Bins are fixed (:data:`SIZE_BINS`) and trailing empty bins are left out.
    """
    counts = [0] * len(SIZE_BINS)
    for size in sizes:
        if size < 2:
            continue
        for index, (low, high) in enumerate(SIZE_BINS):
            if low <= size <= high:
                counts[index] += 1
                break
    while counts and counts[-1] == 0:
        counts.pop()
    peak = max(counts, default=0) or 1
    return [Bar(_bin_label(*SIZE_BINS[i]), c, c / peak) for i, c in enumerate(counts)]
