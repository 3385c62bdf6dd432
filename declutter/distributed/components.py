"""Step 5 of the distributed dedup (:mod:`declutter.distributed.stages`): connected
components of the verified edges (spanning forests, large-star / small-star rounds)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from declutter.distributed.routing import _EMPTY_PAIRS, partition_of, split_rows


def _min_labels(edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(nodes, label)``: each node's component labelled by its smallest node (sorted nodes)."""
    if not len(edges):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    nodes, inverse = np.unique(edges, return_inverse=True)
    u, v = inverse.reshape(-1, 2).T
    label = np.arange(len(nodes))
    while True:
        low = np.minimum(label[u], label[v])
        new = label.copy()
        np.minimum.at(new, u, low)
        np.minimum.at(new, v, low)
        new = new[new]
        while True:  # pointer jumping until every label is a root
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return nodes, nodes[label]
        label = new


def forest(edge_lists: Sequence[np.ndarray]) -> np.ndarray:
    """A spanning forest of some edges, as ``(node, smallest node of its component)`` edges:
    the same components with at most one edge per node."""
    edges = np.vstack([e for e in edge_lists if len(e)]) if any(len(e) for e in edge_lists) \
        else _EMPTY_PAIRS
    nodes, label = _min_labels(edges)
    keep = nodes != label
    return np.column_stack((label[keep], nodes[keep]))


def combine(fingerprints: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The fingerprint of a whole graph from its reducers' fingerprints."""
    count, mixed = 0, 0
    for c, m in fingerprints:
        count += c
        mixed ^= m
    return count, mixed


def components(forests: Sequence[np.ndarray], offsets: np.ndarray) -> list[np.ndarray]:
    """Components of all verified edges in one task (the reference for the star steps),
    labelled by the smallest ordinal, as
    ``(ordinal, label)`` rows split by the ordinal's partition."""
    nodes, label = _min_labels(np.vstack(forests) if forests else _EMPTY_PAIRS)
    rows = np.column_stack((nodes, label))
    return [s[0] for s in split_rows(partition_of(nodes, offsets), len(offsets), rows)]


def star_map(edges: Sequence[np.ndarray], reducers: int) -> list[np.ndarray]:
    """Both directions of each edge, ``(node, neighbour)`` rows per reducer by node."""
    rows = [e for e in edges if len(e)]
    both = np.vstack([np.vstack((e, e[:, ::-1])) for e in rows]) if rows else _EMPTY_PAIRS
    both = both[both[:, 0] != both[:, 1]]
    return [s[0] for s in split_rows(both[:, 0] % reducers, reducers, both)]


def _grouped(pieces: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct ``(node, neighbour)`` rows sorted by node, and each node's group start."""
    adj = np.unique(np.vstack([p for p in pieces if len(p)]), axis=0) \
        if any(len(p) for p in pieces) else _EMPTY_PAIRS
    u, v = adj[:, 0], adj[:, 1]
    starts = np.flatnonzero(np.r_[True, u[1:] != u[:-1]]) if len(u) else np.zeros(0, dtype=np.int64)
    return u, v, starts


def _fingerprint(u: np.ndarray, v: np.ndarray) -> tuple[int, int]:
    """Order-free summary (count, xor of mixed rows) of a reducer's distinct ``(node,
    neighbour)`` rows; reducers hold disjoint rows (by node), so the summaries of all reducers
    combine into one of the whole graph, to detect the fixed point."""
    if not len(u):
        return 0, 0
    with np.errstate(over="ignore"):
        mixed = (u.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ v.astype(np.uint64)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(29)
    return int(len(u)), int(np.bitwise_xor.reduce(mixed))


def large_star(pieces: Sequence[np.ndarray], reducers: int) -> list:
    """Large-star step (Kiveris et al., "Connected components in MapReduce and beyond"): every
    neighbour larger than a node is linked to the smallest of the node and its neighbours.
    Returns the new edges per reducer (as :func:`star_map`) plus the input's fingerprint."""
    u, v, starts = _grouped(pieces)
    if not len(u):
        return [_EMPTY_PAIRS] * reducers + [(0, 0)]
    least = np.minimum(u[starts], np.minimum.reduceat(v, starts))
    m = np.repeat(least, np.diff(np.r_[starts, len(u)]))
    keep = v > u
    edges = np.column_stack((v[keep], m[keep]))
    edges = edges[edges[:, 0] != edges[:, 1]]
    return star_map([edges], reducers) + [_fingerprint(u, v)]


def small_star(pieces: Sequence[np.ndarray], reducers: int) -> list:
    """Small-star step: a node and its smaller neighbours are linked to the smallest of them.
    Returns the new edges per reducer plus the input's fingerprint."""
    u, v, _ = _grouped(pieces)
    fingerprint = _fingerprint(u, v)
    keep = v < u
    u, v = u[keep], v[keep]
    if not len(u):
        return [_EMPTY_PAIRS] * reducers + [fingerprint]
    starts = np.flatnonzero(np.r_[True, u[1:] != u[:-1]])
    least = np.minimum.reduceat(v, starts)
    m = np.repeat(least, np.diff(np.r_[starts, len(u)]))
    edges = np.vstack((np.column_stack((v, m)), np.column_stack((u[starts], least))))
    edges = edges[edges[:, 0] != edges[:, 1]]
    return star_map([edges], reducers) + [fingerprint]


def star_labels(pieces: Sequence[np.ndarray], offsets: np.ndarray) -> list[np.ndarray]:
    """At the fixed point every component is a star around its smallest node: ``(node,
    label)`` rows of this reducer's nodes (the centre labelled by itself), split by group."""
    u, v, starts = _grouped(pieces)
    if not len(u):
        return [np.zeros((0, 2), dtype=np.int64)] * len(offsets)
    label = np.minimum(u[starts], np.minimum.reduceat(v, starts))
    rows = np.column_stack((u[starts], label))
    return [s[0] for s in split_rows(partition_of(rows[:, 0], offsets), len(offsets), rows)]
