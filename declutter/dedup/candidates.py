"""Candidate pairs from the LSH, verified by the signatures' estimated Jaccard.

:func:`find_pairs` queries the index's LSH for every story of a run (in batches of
``_KEY_BATCH`` on the compact LSH, one by one on datasketch's), inserts the new ones, and joins
each candidate pair whose estimated Jaccard reaches the threshold in a union-find; the
components are what :func:`declutter.dedup.engine.resolve` splits into stars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from declutter.dedup.cluster import Doc, UnionFind
from declutter.dedup.config import DedupConfig
from declutter.dedup.index import Index
from declutter.dedup.lsh import CompactLSH, band_keys, share_band
from declutter.dedup.minhash import is_empty

if TYPE_CHECKING:
    from declutter.dedup.engine import DedupSummary, Progress

_KEY_BATCH = 4096


def find_pairs(docs: list[Doc], index: Index, known: dict[str, Doc], config: DedupConfig,
               progress: Progress | None = None,
               counts: DedupSummary | None = None) -> tuple[UnionFind, dict[str, Doc]]:
    """Join every verified candidate pair: stories sharing an LSH bucket, in input order.

    ``known`` maps ids to Docs already resolved (this run's stories and stored ones); stored
    stories met as candidates are fetched from the index and added to it. New stories are
    inserted into the index's LSH. The candidate pairs are those of querying each story
    before inserting it (every pair of stories sharing a bucket), whichever LSH holds them.

    Stories with identical signatures (the same page through many feeds, or pages that are all
    boilerplate) are joined to the first of them and do not search for candidates themselves:
    they share every bucket with it and verify exactly as it does against any other story, so
    the components are the same as with every pair, without a quadratic number of pairs in
    their buckets.
    """
    uf = UnionFind()
    batched = isinstance(index.lsh, CompactLSH)
    first_with: dict[bytes, str] = {}
    follows: dict[str, str] = {}
    for start in range(0, len(docs), _KEY_BATCH):
        chunk = docs[start : start + _KEY_BATCH]
        searching: list[int] = []
        for row, doc in enumerate(chunk):
            uf.add(doc.id)
            if is_empty(doc.signature):
                continue
            first = first_with.setdefault(doc.signature.tobytes(), doc.id)
            if first == doc.id:
                searching.append(row)
            else:
                uf.union(doc.id, first)
                follows[doc.id] = first
                if counts is not None:
                    counts.candidates += 1
                    counts.verified += 1
        find = _batch_candidates if batched else _candidates_one_by_one
        pairs = find(chunk, searching, index, config)
        _verify_and_join(pairs, chunk, index, known, follows, config, uf, counts,
                         every_band=not batched)
        if progress:
            progress("cluster", len(chunk))
    return uf, known


def _insertable(chunk: list[Doc]) -> list[int]:
    """Rows of a chunk new to the index (a stored story is already in its LSH)."""
    return [i for i, d in enumerate(chunk) if d.cluster is None and not is_empty(d.signature)]


def _batch_candidates(chunk: list[Doc], searching: list[int], index: Index,
                      config: DedupConfig) -> set[tuple[int, str]]:
    """Candidate pairs ``(row in chunk, other id)`` of the ``searching`` rows of a chunk, then
    every new story of the chunk is inserted."""
    lsh: CompactLSH = index.lsh  # type: ignore[assignment]
    keys = band_keys(np.vstack([d.signature for d in chunk]), config,
                     [d.boilerplate for d in chunk])
    pairs: set[tuple[int, str]] = set()
    rows_of = np.array(searching, dtype=np.int64)
    rows, numbers = lsh.query_batch(keys[rows_of])
    if len(rows):
        code = np.unique(rows_of[rows] << 32 | numbers.astype(np.int64))
        found_rows = (code >> 32).tolist()
        for row, other in zip(found_rows, lsh.ids((code & 0xFFFFFFFF).tolist()), strict=True):
            if other != chunk[row].id:
                pairs.add((row, other))
    # Pairs within the chunk: searching rows sharing a (band, key) bucket.
    for later, earlier in _shared_buckets(keys[rows_of], rows_of).tolist():
        pairs.add((later, chunk[earlier].id))
    new = _insertable(chunk)
    if new:
        lsh.insert_batch([chunk[i].id for i in new], keys[new])
    return pairs


def _shared_buckets(keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``(k, 2)`` distinct pairs ``(later row, earlier row)`` of ``rows`` (ascending) whose
    band keys (``keys[i]`` of ``rows[i]``; 0 = no key) share a bucket. One sort; the pairs of
    a bucket of ``m`` rows, ``m (m - 1) / 2``, are listed a pair of positions at a time."""
    flat = keys.ravel()
    owner = np.repeat(rows, keys.shape[1])
    live = flat != 0
    flat, owner = flat[live], owner[live]
    order = np.argsort(flat, kind="stable")  # rows stay ascending within a bucket
    flat, owner = flat[order], owner[order]
    # Position i pairs with i + gap while the bucket lasts; gap 1 covers most buckets (two rows).
    at = np.flatnonzero(flat[1:] == flat[:-1])
    found: list[np.ndarray] = []
    gap = 1
    while len(at):
        found.append(owner[at + gap] << 32 | owner[at])
        gap += 1
        at = at[at + gap < len(flat)]
        at = at[flat[at + gap] == flat[at]]
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    code = np.unique(np.concatenate(found))
    code = code[(code >> 32) != (code & 0xFFFFFFFF)]
    return np.column_stack((code >> 32, code & 0xFFFFFFFF))


def _candidates_one_by_one(chunk: list[Doc], searching: list[int], index: Index,
                           config: DedupConfig) -> set[tuple[int, str]]:
    """Candidate pairs of a chunk by querying, then inserting, one story at a time."""
    pairs: set[tuple[int, str]] = set()
    query = set(searching)
    for row, doc in enumerate(chunk):
        if row in query:
            pairs.update((row, c) for c in index.query(doc.signature) if c != doc.id)
        if doc.cluster is None and not is_empty(doc.signature):
            index.insert(doc)
    return pairs


def _verify_and_join(pairs: set[tuple[int, str]], chunk: list[Doc], index: Index,
                     known: dict[str, Doc], follows: dict[str, str], config: DedupConfig,
                     uf: UnionFind, counts: DedupSummary | None,
                     every_band: bool = False) -> None:
    """Join the pairs whose Jaccard, estimated from the whole signatures, reaches the threshold.

    A candidate that follows an identical earlier story (``follows``) is checked as that story.
    ``every_band``: the pairs came from an LSH that keys every band (datasketch's), so those
    sharing only bands of boilerplate are dropped first (:func:`declutter.dedup.lsh.share_band`),
    as the compact LSH never finds them.
    """
    if not pairs:
        return
    pairs = {(row, follows.get(other, other)) for row, other in pairs}
    missing = {other for _, other in pairs if other not in known}
    if missing:
        known.update(index.get(sorted(missing)))
    # One pair per unordered couple of ids, whichever side found it.
    unique: dict[tuple[str, str], tuple[Doc, Doc]] = {}
    for row, other_id in pairs:
        other = known.get(other_id)
        if other is None:  # in the LSH but without metadata (an interrupted writer)
            continue
        doc = chunk[row]
        if other_id != doc.id:
            unique[(min(doc.id, other_id), max(doc.id, other_id))] = (doc, other)
    if every_band and unique:
        docs = list(unique.values())
        keep = share_band(np.vstack([a.signature for a, _ in docs]),
                          np.vstack([b.signature for _, b in docs]),
                          [a.boilerplate for a, _ in docs], [b.boilerplate for _, b in docs],
                          config)
        unique = {k: v for k, v, ok in zip(unique, docs, keep.tolist(), strict=True) if ok}
    if not unique:
        return
    left = np.vstack([a.signature for a, _ in unique.values()])
    right = np.vstack([b.signature for _, b in unique.values()])
    similar = np.count_nonzero(left == right, axis=1) / left.shape[1] >= config.threshold
    for (a, b), ok in zip(unique, similar.tolist(), strict=True):
        if ok:
            uf.union(a, b)
    if counts is not None:
        counts.candidates += len(unique)
        counts.verified += int(similar.sum())
