"""Clusters as connected components of verified pairs, and the canonical copy of each.

Everything here is a pure function of its inputs, never of arrival order:

* components: union-find over verified pairs; a component is a set of document ids;
* the cluster id is the id of the member *first indexed*: smallest ``(run, ordinal, id)``,
  where ``run`` counts the runs against one index and ``ordinal`` is the record's position in
  that run's input. A cluster keeps its id when later runs add copies; when a new story bridges
  two clusters, the older cluster's id wins;
* the canonical copy is chosen after the components by an explicit rule (:func:`canonical_key`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np


@dataclass(slots=True)
class Doc:
    """What dedup keeps about one story: no text, only its signature and ordering facts."""

    id: str
    signature: np.ndarray
    size: int
    """Shingles in the story (the set size for containment)."""
    length: int
    """Characters of clean text (for the 'longest' tie-break)."""
    seen: str
    """When the story was fetched (UTC ISO 8601): ``meta.fetched_at`` or the run's start."""
    run: int
    ordinal: int
    cluster: str | None = None
    added: float = 0.0
    """Unix time the story entered the index (for ``index prune``)."""
    extra: dict = field(default_factory=dict)


def normalise_time(value: object, default: str) -> str:
    """An ISO 8601 timestamp as a sortable UTC string, or ``default`` when absent or unparsable."""
    if not isinstance(value, str) or not value.strip():
        return default
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return default
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def cluster_key(doc: Doc) -> tuple:
    """Order that names a cluster: the member indexed first."""
    return (doc.run, doc.ordinal, doc.id)


def canonical_key(doc: Doc, rule: str) -> tuple:
    """Sort key of the canonical rule; the smallest key in a cluster is canonical.

    ``earliest``: fetched first (``meta.fetched_at``; a story without it counts as fetched when
    its run started), then the earlier run and input position, then the longest clean text, then
    the smallest id. ``longest``: the longest clean text first, then as ``earliest``.
    """
    earliest = (doc.seen, doc.run, doc.ordinal, -doc.length, doc.id)
    if rule == "longest":
        return (-doc.length, *earliest)
    return earliest


class UnionFind:
    """Disjoint sets over hashable items, with path halving and union by size."""

    def __init__(self) -> None:
        self._parent: dict[Hashable, Hashable] = {}
        self._size: dict[Hashable, int] = {}

    def add(self, item: Hashable) -> None:
        """Make ``item`` a set of its own if it is new."""
        if item not in self._parent:
            self._parent[item] = item
            self._size[item] = 1

    def find(self, item: Hashable) -> Hashable:
        """The representative of ``item``'s set (an implementation detail, never a label)."""
        self.add(item)
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Hashable, b: Hashable) -> None:
        """Join the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]

    def __contains__(self, item: Hashable) -> bool:
        return item in self._parent

    def components(self) -> list[list[Hashable]]:
        """Every set, as a list of items (in insertion order within a set)."""
        groups: dict[Hashable, list[Hashable]] = {}
        for item in self._parent:
            groups.setdefault(self.find(item), []).append(item)
        return list(groups.values())


def connected_components(nodes: Iterable[Hashable], edges: Iterable[tuple[Hashable, Hashable]]):
    """Connected components of a graph, each sorted, the list sorted by its first member."""
    uf = UnionFind()
    for node in nodes:
        uf.add(node)
    for a, b in edges:
        uf.union(a, b)
    return sorted((sorted(c) for c in uf.components()), key=lambda c: c[0])


def label(members: Iterable[Doc], rule: str) -> tuple[str, str]:
    """``(cluster id, canonical id)`` of one component.

    The cluster id is the one its earliest-indexed member already carries from an index (so it
    survives pruning of that cluster's first story), else that member's id.
    """
    members = list(members)
    first = min(members, key=cluster_key)
    best = min(members, key=lambda d: canonical_key(d, rule))
    return first.cluster or first.id, best.id
