"""Clusters: connected components of verified pairs, split into stars around canonical copies.

A cluster means: one canonical copy and the stories whose similarity *to that copy* is at least
the threshold. Components alone do not promise that (pages that each move a window of sentences
on by two are each similar to the next, and the first shares nothing with the last), so every
component is split into stars (:func:`stars`). Everything here is a pure function of its
inputs, never of arrival order:

* components: union-find over verified pairs; a component is a set of document ids;
* stars: within a component, the best copy by the canonical rule is a centre and takes every
  remaining member at least ``threshold`` similar to it; the best of the rest is the next
  centre, until none are left;
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

from declutter.dedup.boilerplate import similarity_to, unpack
from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import jaccard


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
    source: str | None = None
    """The record's ``source``, else its URL's host."""
    boilerplate: bytes | None = None
    """Packed bits: the signature slots whose shingle lies in one of the story's boilerplate
    lines (:mod:`declutter.dedup.boilerplate`), kept in the index for later runs; ``None``:
    none."""
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


@dataclass(slots=True)
class Star:
    """One cluster: its id, its canonical copy, and each member with its similarity to the
    canonical copy (the canonical copy itself first, with 1.0)."""

    cluster: str
    canonical: Doc
    members: list[tuple[Doc, float]]


def stars(component: Iterable[Doc], config: DedupConfig) -> list[Star]:
    """Split one component into clusters whose members are each at least ``config.threshold``
    similar to their canonical copy.

    Greedy star cover in canonical order: the remaining member with the smallest
    :func:`canonical_key` becomes a centre and takes every remaining member whose similarity to
    it is at least the threshold (:func:`declutter.dedup.boilerplate.similarity_to`: the
    Jaccard estimate without the slots of either story's boilerplate lines); repeat
    until no member is left. A component that is already a star around its canonical copy
    stays one cluster. Cost: one vectorised comparison per centre, so ``O(k x centres)`` slots
    for ``k`` members. Cluster ids: the member indexed first names each star (its stored
    cluster id, else its id), older stars first; a stored id already taken by an older star of
    the component gives way to the member's own id.
    """
    docs = list(component)
    if len(docs) == 1:
        return [Star(docs[0].cluster or docs[0].id, docs[0], [(docs[0], 1.0)])]
    docs.sort(key=lambda d: canonical_key(d, config.canonical))
    if len(docs) == 2:  # the common case: one comparison
        centre, other = docs
        if centre.boilerplate is None and other.boilerplate is None:
            sim = jaccard(other.signature, centre.signature)
        else:
            sim = float(similarity_to(other.signature[np.newaxis], centre.signature,
                                      unpack(other.boilerplate, config.num_perm)[np.newaxis],
                                      unpack(centre.boilerplate, config.num_perm))[0])
        groups = [[(docs[0], 1.0), (docs[1], sim)]] if sim >= config.threshold else \
            [[(docs[0], 1.0)], [(docs[1], 1.0)]]
    else:
        groups = _star_groups(docs, config)
    out: list[Star] = []
    taken: set[str] = set()
    for group in sorted(groups, key=lambda g: min(cluster_key(d) for d, _ in g)):
        first = min((d for d, _ in group), key=cluster_key)
        name = first.cluster or first.id
        if name in taken:
            name = next((d.id for d, _ in sorted(group, key=lambda m: cluster_key(m[0]))
                         if d.id not in taken), f"{first.id}#{len(out)}")
        taken.add(name)
        out.append(Star(name, group[0][0], group))
    return out


def _star_groups(docs: list[Doc], config: DedupConfig) -> list[list[tuple[Doc, float]]]:
    """The stars of :func:`stars` over ``docs`` in canonical order, before naming."""
    signatures = np.vstack([d.signature for d in docs])
    masks = None
    if any(d.boilerplate is not None for d in docs):
        masks = np.vstack([unpack(d.boilerplate, config.num_perm) for d in docs])
    remaining = np.arange(len(docs))
    groups: list[list[tuple[Doc, float]]] = []
    while len(remaining):
        centre = int(remaining[0])
        sim = similarity_to(signatures[remaining], signatures[centre],
                            None if masks is None else masks[remaining],
                            None if masks is None else masks[centre])
        sim[0] = 1.0
        inside = sim >= config.threshold
        groups.append([(docs[i], float(x)) for i, x in zip(remaining[inside].tolist(),
                                                            sim[inside].tolist(), strict=True)])
        remaining = remaining[~inside]
    return groups
