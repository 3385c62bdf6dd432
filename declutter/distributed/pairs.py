"""Steps 2-4 of the distributed dedup (:mod:`declutter.distributed.stages`): repeated ids,
identical signatures, LSH candidate pairs and their verification."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.lsh import band_keys
from declutter.dedup.minhash import EMPTY
from declutter.distributed.routing import _EMPTY_PAIRS, partition_of, split_rows, stable_hash
from declutter.distributed.sketch import Sketch

# -- 2. repeated ids --------------------------------------------------------------------------

def ids_map(sketch: Sketch, base: int, reducers: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(ordinals, ids)`` per id reducer (by a stable hash of the id)."""
    ids = np.array(sketch.ids, dtype=object)
    dest = np.fromiter((stable_hash(i) % reducers for i in sketch.ids), dtype=np.int64,
                       count=len(ids))
    return split_rows(dest, reducers, sketch.local + base, ids)


def ids_reduce(pieces: Sequence[tuple[np.ndarray, np.ndarray]], offsets: np.ndarray
               ) -> list[np.ndarray]:
    """Later occurrences of repeated ids: per input partition, ``(first, later)`` ordinal pairs
    whose ``later`` is in that partition, plus those whose ``first`` is (a row may be in both)."""
    first: dict[str, int] = {}
    aliases: list[tuple[int, int]] = []
    g = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, dtype=np.int64)
    ids = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, dtype=object)
    for i in np.argsort(g, kind="stable").tolist():
        key = ids[i]
        if key in first:
            aliases.append((first[key], int(g[i])))
        else:
            first[key] = int(g[i])
    pairs = np.array(aliases, dtype=np.int64).reshape(-1, 2)
    parts = len(offsets)
    by_later = split_rows(partition_of(pairs[:, 1], offsets), parts, pairs)
    by_first = split_rows(partition_of(pairs[:, 0], offsets), parts, pairs)
    return [np.unique(np.vstack((a[0], b[0])), axis=0) for a, b in zip(by_later, by_first,
                                                                          strict=True)]


def later_ordinals(alias_pieces: Sequence[np.ndarray], base: int, count: int) -> np.ndarray:
    """Ordinals in ``[base, base + count)`` that repeat an earlier story's id."""
    pairs = np.vstack(alias_pieces) if alias_pieces else _EMPTY_PAIRS
    later = pairs[:, 1]
    return np.unique(later[(later >= base) & (later < base + count)])


# -- 2b. identical signatures ---------------------------------------------------------------

def _signature_hashes(signatures: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two independent 64-bit hashes of each whole signature (128 bits: equal only for equal
    signatures, up to a 2**-128 chance)."""
    sigs = signatures.astype(np.uint64)
    out = []
    for seed in (np.uint64(0x243F6A8885A308D3), np.uint64(0x13198A2E03707344)):
        key = np.full(len(sigs), seed, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(sigs.shape[1]):
                key = (key ^ sigs[:, j]) * np.uint64(0x9E3779B97F4A7C15)
                key ^= key >> np.uint64(29)
        out.append(key)
    return out[0], out[1]


def same_map(sketch: Sketch, base: int, later: np.ndarray, reducers: int) -> list:
    """``(hash 1, hash 2, ordinal)`` of every story that enters the LSH, per reducer by hash."""
    g = sketch.local + base
    sigs = sketch.signatures if sketch.signatures is not None else np.zeros((0, 1), np.uint32)
    keep = ~np.isin(g, later) & ~(sigs == EMPTY).all(axis=1) if len(g) else np.zeros(0, bool)
    h1, h2 = _signature_hashes(sigs[keep])
    return split_rows((h1 % np.uint64(reducers)).astype(np.int64), reducers, h1, h2, g[keep])


def same_reduce(pieces: Sequence[tuple[np.ndarray, ...]], offsets: np.ndarray) -> list:
    """Stories with identical signatures: each joins the first of them (smallest ordinal)
    directly, as a verified edge (their Jaccard is 1), and stays out of the LSH, where it would
    only add ``k (k - 1) / 2`` pairs to a bucket of ``k`` copies without changing a component
    (an identical copy shares every bucket, so every pair it would make, the first one makes
    too). Returns ``(first, copy)`` edges split by the copy's group."""
    h1 = np.concatenate([p[0] for p in pieces] or [np.zeros(0, np.uint64)])
    h2 = np.concatenate([p[1] for p in pieces] or [np.zeros(0, np.uint64)])
    g = np.concatenate([p[2] for p in pieces] or [np.zeros(0, np.int64)])
    order = np.lexsort((g, h2, h1))
    h1, h2, g = h1[order], h2[order], g[order]
    same = np.zeros(len(g), dtype=bool)  # a reducer may get no story at all
    same[1:] = (h1[1:] == h1[:-1]) & (h2[1:] == h2[:-1])
    starts = np.flatnonzero(~same)
    first = g[starts][np.cumsum(~same) - 1]
    edges = np.column_stack((first[same], g[same]))
    return [s[0] for s in split_rows(partition_of(edges[:, 1], offsets), len(offsets), edges)]


def lsh_excluded(later: np.ndarray, copies: Sequence[np.ndarray]) -> np.ndarray:
    """Ordinals kept out of the LSH: later occurrences of an id, and identical copies."""
    rows = [c[:, 1] for c in copies if len(c)]
    return np.unique(np.concatenate([later, *rows])) if rows else later


# -- 3. LSH buckets -------------------------------------------------------------------------

def bands_map(sketch: Sketch, base: int, later: np.ndarray, config: DedupConfig,
              band_range: tuple[int, int], reducers: int,
              masks: Sequence[bytes | None] = ()) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(band keys, ordinals)`` per bucket reducer for bands ``band_range`` of the stories that
    are first occurrences of their id and have shingles (key ``(band, band values)`` hash;
    ``masks``: each story row's boilerplate mask, whose all-boilerplate bands are left out as
    :func:`declutter.dedup.lsh.band_keys` leaves them out on a single machine)."""
    g = sketch.local + base
    keep = ~np.isin(g, later)
    if sketch.signatures is None or not keep.any():
        empty = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
        return [empty] * reducers
    lo, hi = band_range
    chosen = [masks[i] for i in np.flatnonzero(keep).tolist()] if len(masks) else None
    keys = band_keys(sketch.signatures[keep], config, chosen)[:, lo:hi]
    owner = np.repeat(g[keep], hi - lo)
    flat = keys.ravel()
    live = flat != 0
    flat, owner = flat[live], owner[live]
    return split_rows((flat % np.uint64(reducers)).astype(np.int64), reducers, flat, owner)


def bands_reduce(pieces: Sequence[tuple[np.ndarray, np.ndarray]], offsets: np.ndarray) -> list:
    """Candidate pairs ``(g1 < g2)`` of every bucket, split by the partition of ``g1``;
    the last element is ``{"buckets": n, "largest": k, "pairs": m}``."""
    keys = np.concatenate([p[0] for p in pieces] or [np.zeros(0, dtype=np.uint64)])
    owners = np.concatenate([p[1] for p in pieces] or [np.zeros(0, dtype=np.int64)])
    order = np.lexsort((owners, keys))
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, int)
    ends = np.r_[starts[1:], len(keys)].astype(np.int64)
    sizes = ends - starts
    shared = np.flatnonzero(sizes > 1)
    out: list[np.ndarray] = []
    for k in shared.tolist():
        members = np.unique(owners[starts[k] : ends[k]])
        if len(members) < 2:
            continue
        i, j = np.triu_indices(len(members), 1)
        out.append(np.column_stack((members[i], members[j])))
    pairs = np.unique(np.vstack(out), axis=0) if out else _EMPTY_PAIRS
    split = split_rows(partition_of(pairs[:, 0], offsets), len(offsets), pairs)
    stats = {"buckets": int(len(shared)), "largest": int(sizes.max(initial=0)),
             "pairs": int(len(pairs))}
    return [s[0] for s in split] + [stats]


# -- 4. verification ------------------------------------------------------------------------

def verify_attach(pieces: Sequence[np.ndarray], sketch: Sketch, base: int,
                  offsets: np.ndarray) -> list:
    """Distinct candidate pairs whose first document is here, with its signature, split by the
    partition of the second; the last element is the number of distinct pairs."""
    pairs = np.unique(np.vstack(pieces), axis=0) if pieces else _EMPTY_PAIRS
    rows = sketch.row_of_local()[pairs[:, 0] - base]
    sigs = (sketch.signatures[rows] if sketch.signatures is not None
            else np.zeros((0, 0), dtype=np.uint32))
    split = split_rows(partition_of(pairs[:, 1], offsets), len(offsets), pairs, sigs)
    return list(split) + [int(len(pairs))]


def verify_check(pieces: Sequence[tuple[np.ndarray, np.ndarray]], sketch: Sketch, base: int,
                 config: DedupConfig) -> np.ndarray:
    """Verified edges: pairs whose Jaccard estimated from the whole signatures reaches the
    threshold (the comparison :func:`declutter.dedup.candidates._verify_and_join` makes)."""
    pairs = [p[0] for p in pieces if len(p[0])]
    if not pairs:
        return _EMPTY_PAIRS
    pairs_all = np.vstack(pairs)
    left = np.vstack([p[1] for p in pieces if len(p[0])])
    right = sketch.signatures[sketch.row_of_local()[pairs_all[:, 1] - base]]
    similar = np.count_nonzero(left == right, axis=1) / left.shape[1] >= config.threshold
    return pairs_all[similar]
