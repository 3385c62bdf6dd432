"""The distributed dedup stages as pure functions on numpy arrays (no Dask in here).

Every stage is a *map* over input partitions or a *reduce* over shuffle buckets; the runner
(:mod:`declutter.distributed.runner`) wires them together with Dask futures. A document is
named by its **global ordinal** ``g``: its position in the single-machine record stream
(partition offset + position in the partition), which depends only on the inputs, never on
which worker or in which order a partition ran. Each stage's output is a deterministic function
of its inputs, so a stage rerun after a lost worker gives the same bytes.

The steps reuse the single-machine pure functions of :mod:`declutter.dedup` (signatures,
band keys, the canonical rule), so the distributed path computes the same signatures, the same
candidate pairs, the same verified pairs and the same labels:

1. :func:`sketch_lines` (per partition): one :class:`Sketch` of the partition's stories and
   linkable teasers, from the staged JSON lines.
2. ids (:func:`ids_map`, :func:`ids_reduce`): a story id that occurs more than once is one
   story (its first occurrence), as on one machine.
3. LSH (:func:`bands_map`, :func:`bands_reduce`): band keys shuffled by key so that equal
   buckets meet; every pair in a bucket is a candidate (as ``MinHashLSH.query`` finds them).
4. verification in two hops (:func:`verify_attach`, :func:`verify_check`): candidate pairs go to
   the partition of their first document (deduplicated there: exactly the distinct pairs), pick
   up its signature, then to the partition of the second, where the Jaccard is estimated.
5. components (:func:`forest`, :func:`components`): verified edges reduced to spanning forests,
   then labelled by their smallest ordinal (which is the single-machine cluster id: the member
   indexed first).
6. labels (:func:`facts_map`, :func:`label_reduce`): per component, its clusters by the
   single-machine :func:`declutter.dedup.cluster.stars`: each cluster's id, its canonical copy
   by :func:`declutter.dedup.cluster.canonical_key`, and each member's similarity to it.
7. teasers (:func:`teaser_keys_map`, :func:`teaser_keys_reduce`, :func:`teaser_attach`,
   :func:`teaser_choose`): the containment search's slot keys shuffled like the LSH's band keys
   (a bucket of more than ``MAX_BUCKET`` stories is skipped, counted over all stories), then
   candidates pick up the story's facts at its group and are chosen at the teaser's group;
   and the annotation of every record (:func:`annotate_lines`).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from declutter.dedup.cluster import Doc, canonical_key, normalise_time, stars
from declutter.dedup.config import DedupConfig
from declutter.dedup.engine import Annotation, annotated, is_story, story_source, story_text
from declutter.dedup.lines import LineCounts
from declutter.dedup.lsh import band_keys
from declutter.dedup.minhash import EMPTY, signatures_and_sizes
from declutter.dedup.teasers import MAX_BUCKET, MIN_AGREEING_SLOTS, SLOTS, _slot_keys

_SIG_CHUNK = 4096
_EMPTY_PAIRS = np.zeros((0, 2), dtype=np.int64)


@dataclass
class Sketch:
    """What dedup needs of one partition: no text, only per-story facts and signatures.

    ``local`` is each story's position in the partition (add the partition's offset for the
    global ordinal); ``seen`` is ``meta.fetched_at`` normalised, or ``""`` (the run's time,
    filled in by :func:`label_reduce`).
    """

    count: int = 0
    """Records in the partition (stories and error records)."""
    local: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    ids: list[str] = field(default_factory=list)
    signatures: np.ndarray | None = None
    sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    seen: list[str] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)
    teaser_local: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    teaser_position: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    teaser_page: list[str] = field(default_factory=list)
    teaser_signatures: np.ndarray | None = None
    teaser_sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    lines: LineCounts = field(default_factory=LineCounts)
    """How many of the partition's stories carry each line (merged by the runner)."""

    def row_of_local(self) -> np.ndarray:
        """Story row of each record position (``-1`` for error records)."""
        rows = np.full(self.count, -1, dtype=np.int64)
        rows[self.local] = np.arange(len(self.local))
        return rows

    @property
    def nbytes(self) -> int:
        sigs = 0 if self.signatures is None else self.signatures.nbytes
        tsigs = 0 if self.teaser_signatures is None else self.teaser_signatures.nbytes
        return sigs + tsigs + 24 * len(self.local) + sum(len(i) for i in self.ids)


def _signatures(texts: list[str], config: DedupConfig) -> tuple[np.ndarray, np.ndarray]:
    sigs, sizes = [], []
    for start in range(0, len(texts), _SIG_CHUNK):
        s, n = signatures_and_sizes(texts[start : start + _SIG_CHUNK], config)
        sigs.append(s)
        sizes.append(n)
    if not sigs:
        return np.zeros((0, config.num_perm), dtype=np.uint32), np.zeros(0, dtype=np.int64)
    return np.vstack(sigs), np.concatenate(sizes).astype(np.int64)


def sketch_lines(lines: Iterable[str], config: DedupConfig) -> Sketch:
    """Pass 1 of :func:`declutter.dedup.engine.sketch_records` over one partition's JSON lines.

    Signatures do not depend on the batch a text is in, so one partition at a time gives the
    single-machine signatures bit for bit.
    """
    sketch = Sketch()
    local, texts, ids, seen, sources = [], [], [], [], []
    t_local, t_pos, t_page, t_texts = [], [], [], []
    for i, line in enumerate(lines):
        sketch.count += 1
        record = json.loads(line)
        if not is_story(record):
            continue
        text = story_text(record)
        meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
        local.append(i)
        texts.append(text)
        ids.append(str(record["id"]))
        seen.append(normalise_time(meta.get("fetched_at"), ""))
        sources.append(story_source(record))
        for position, teaser in enumerate(record.get("teasers") or []):
            body = teaser.get("text") if isinstance(teaser, dict) else None
            if isinstance(body, str) and len(body.split()) >= config.teaser_min_words:
                t_local.append(i)
                t_pos.append(position)
                t_page.append(ids[-1])
                t_texts.append(body)
    sketch.local = np.array(local, dtype=np.int64)
    sketch.ids, sketch.seen, sketch.sources = ids, seen, sources
    sketch.lines = LineCounts.of_stories(zip(sources, texts, strict=True))
    sketch.signatures, sketch.sizes = _signatures(texts, config)
    sketch.lengths = np.array([len(t) for t in texts], dtype=np.int64)
    sketch.teaser_local = np.array(t_local, dtype=np.int64)
    sketch.teaser_position = np.array(t_pos, dtype=np.int64)
    sketch.teaser_page = t_page
    sketch.teaser_signatures, sketch.teaser_sizes = _signatures(t_texts, config)
    return sketch


def merge_sketches(sketches: Sequence[Sketch], shifts: Sequence[int]) -> Sketch:
    """One sketch of consecutive partitions (``shifts``: each one's first record in the group),
    so that the dedup shuffles run over a few large groups instead of many small partitions."""
    out = Sketch()
    out.count = sum(s.count for s in sketches)
    out.local = np.concatenate([s.local + k for s, k in zip(sketches, shifts, strict=True)])
    out.ids = [i for s in sketches for i in s.ids]
    out.seen = [t for s in sketches for t in s.seen]
    out.sources = [t for s in sketches for t in s.sources]
    out.signatures = np.vstack([s.signatures for s in sketches])
    out.sizes = np.concatenate([s.sizes for s in sketches])
    out.lengths = np.concatenate([s.lengths for s in sketches])
    out.teaser_local = np.concatenate([s.teaser_local + k
                                       for s, k in zip(sketches, shifts, strict=True)])
    out.teaser_position = np.concatenate([s.teaser_position for s in sketches])
    out.teaser_page = [t for s in sketches for t in s.teaser_page]
    out.teaser_signatures = np.vstack([s.teaser_signatures for s in sketches])
    out.teaser_sizes = np.concatenate([s.teaser_sizes for s in sketches])
    return out


# -- routing ----------------------------------------------------------------------------------

def partition_of(g: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Input partition of each global ordinal (``offsets``: first ordinal of each partition)."""
    return np.searchsorted(offsets, g, side="right") - 1


def split_rows(dest: np.ndarray, parts: int, *columns: np.ndarray) -> list[tuple[np.ndarray, ...]]:
    """Rows of ``columns`` grouped by destination ``dest`` (0..parts-1), input order kept."""
    order = np.argsort(dest, kind="stable")
    bounds = np.searchsorted(dest[order], np.arange(parts + 1))
    return [tuple(c[order[bounds[j] : bounds[j + 1]]] for c in columns) for j in range(parts)]


def stable_hash(text: str) -> int:
    """A hash of a string that is the same in every process (Python's ``hash`` is salted)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def piece_bytes(pieces: object) -> int:
    """Bytes of a map task's shuffle output: numpy buffers, strings, signatures of members,
    8 per other number (containers and object headers are not counted)."""
    if isinstance(pieces, np.ndarray):
        if pieces.dtype == object:
            return sum(piece_bytes(x) for x in pieces.tolist())
        return int(pieces.nbytes)
    if isinstance(pieces, str):
        return len(pieces.encode("utf-8", "surrogatepass"))
    if isinstance(pieces, Member):
        return (int(pieces.signature.nbytes) + len(pieces.id) + len(pieces.seen) + 16
                + len(pieces.source or "") + 8 * len(pieces.aliases))
    if isinstance(pieces, list | tuple):
        return sum(piece_bytes(x) for x in pieces)
    if isinstance(pieces, int | float):
        return 8
    return 0


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
              band_range: tuple[int, int], reducers: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(band keys, ordinals)`` per bucket reducer for bands ``band_range`` of the stories that
    are first occurrences of their id and have shingles (key ``(band, band values)`` hash)."""
    g = sketch.local + base
    keep = ~np.isin(g, later)
    if sketch.signatures is None or not keep.any():
        empty = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
        return [empty] * reducers
    lo, hi = band_range
    keys = band_keys(sketch.signatures[keep], config)[:, lo:hi]
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
    threshold (the comparison :func:`declutter.dedup.engine._verify_and_join` makes)."""
    pairs = [p[0] for p in pieces if len(p[0])]
    if not pairs:
        return _EMPTY_PAIRS
    pairs_all = np.vstack(pairs)
    left = np.vstack([p[1] for p in pieces if len(p[0])])
    right = sketch.signatures[sketch.row_of_local()[pairs_all[:, 1] - base]]
    similar = np.count_nonzero(left == right, axis=1) / left.shape[1] >= config.threshold
    return pairs_all[similar]


# -- 5. connected components ------------------------------------------------------------------

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


# -- 6. labels ---------------------------------------------------------------------------------

@dataclass
class Member:
    """One clustered story as the label reducer sees it."""

    g: int
    id: str
    seen: str
    length: int
    signature: np.ndarray
    aliases: list[int]
    source: str | None = None
    boilerplate: bytes | None = None


def facts_map(assigned: np.ndarray, alias_pieces: Sequence[np.ndarray], sketch: Sketch,
              base: int, reducers: int,
              masks: Sequence[bytes | None] = ()) -> list[list[tuple[int, Member]]]:
    """``(component, member)`` per label reducer (by component) for this partition's clustered
    stories, each with the later ordinals that repeat its id and its boilerplate mask
    (``masks``, one per story row)."""
    out: list[list[tuple[int, Member]]] = [[] for _ in range(reducers)]
    if not len(assigned):
        return out
    pairs = np.vstack(alias_pieces) if alias_pieces else _EMPTY_PAIRS
    aliases: dict[int, list[int]] = {}
    for first, later in pairs.tolist():
        aliases.setdefault(first, []).append(later)
    rows = sketch.row_of_local()
    for g, comp in assigned.tolist():
        r = int(rows[g - base])
        member = Member(g, sketch.ids[r], sketch.seen[r], int(sketch.lengths[r]),
                        sketch.signatures[r], sorted(set(aliases.get(g, ()))), sketch.sources[r],
                        masks[r] if masks else None)
        out[comp % reducers].append((comp, member))
    return out


def label_reduce(pieces: Sequence[list[tuple[int, Member]]], config: DedupConfig, run_time: str,
                 offsets: np.ndarray) -> list:
    """Per component: its clusters by :func:`declutter.dedup.cluster.stars` (the same split as
    on one machine): each cluster's id (its member with the smallest ordinal, i.e. indexed
    first), canonical copy (smallest :func:`canonical_key`) and each member's similarity to it.

    Returns ``{ordinal: Annotation}`` per input partition (later occurrences of a member's id get its
    note, never canonical); the last element is ``{"clusters": n, "duplicates": m}`` (clusters
    with more than one member).
    """
    groups: dict[int, list[Member]] = {}
    for piece in pieces:
        for comp, member in piece:
            groups.setdefault(comp, []).append(member)
    parts = len(offsets)
    out: list[dict[int, Annotation]] = [{} for _ in range(parts)]
    duplicates = clusters = 0

    def put(g: int, note: Annotation) -> None:
        out[int(partition_of(np.array([g]), offsets)[0])][g] = note

    for comp in sorted(groups):
        members = {m.g: m for m in groups[comp]}
        docs = [Doc(id=m.id, signature=m.signature, size=0, length=m.length,
                    seen=m.seen or run_time, run=1, ordinal=m.g, source=m.source,
                    boilerplate=m.boilerplate)
                for m in members.values()]
        for star in stars(docs, config):
            clusters += len(star.members) > 1
            for doc, similarity in star.members:
                canonical = doc is star.canonical
                sim = round(similarity, 4)
                duplicates += not canonical
                put(doc.ordinal, Annotation(star.cluster, star.canonical.id, sim, canonical))
                for later in members[doc.ordinal].aliases:
                    put(later, Annotation(star.cluster, star.canonical.id, sim, False))
    return out + [{"clusters": clusters, "duplicates": duplicates}]


# -- 7. teasers and annotation ----------------------------------------------------------------

def teaser_keys_map(sketch: Sketch, base: int, later: np.ndarray, config: DedupConfig,
                    reducers: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Slot keys of the containment search (:class:`declutter.dedup.teasers.TeaserLinker`),
    per reducer by key: ``(story keys, story ordinals, teaser keys, teaser rows)``.

    Stories are those the linker indexes (first occurrence of their id, with shingles);
    a teaser row is ``(record ordinal, teaser position)``.
    """
    slots = min(SLOTS, config.num_perm)
    g = sketch.local + base
    sigs = sketch.signatures if sketch.signatures is not None else \
        np.zeros((0, config.num_perm), dtype=np.uint32)
    usable = (~np.isin(g, later)) & (sketch.sizes > 0) & ~(sigs == EMPTY).all(axis=1)
    s_keys = _slot_keys(sigs[usable], slots).ravel()
    s_owner = np.repeat(g[usable], slots)
    tsigs = sketch.teaser_signatures if sketch.teaser_signatures is not None else \
        np.zeros((0, config.num_perm), dtype=np.uint32)
    t_ok = sketch.teaser_sizes > 0
    t_keys = _slot_keys(tsigs[t_ok], slots).ravel()
    t_rows = np.column_stack((sketch.teaser_local[t_ok] + base, sketch.teaser_position[t_ok]))
    t_owner = np.repeat(t_rows, slots, axis=0)
    r = np.uint64(reducers)
    stories = split_rows((s_keys % r).astype(np.int64), reducers, s_keys, s_owner)
    teasers = split_rows((t_keys % r).astype(np.int64), reducers, t_keys, t_owner)
    return [(a[0], a[1], b[0], b[1]) for a, b in zip(stories, teasers, strict=True)]


def teaser_keys_reduce(pieces: Sequence[tuple[np.ndarray, ...]], offsets: np.ndarray) -> list:
    """Candidate ``(teaser ordinal, teaser position, story ordinal)`` rows: a teaser and a story
    sharing a slot key whose bucket holds at most ``MAX_BUCKET`` stories; split by the story's
    group. The last element is the number of rows."""
    s_keys = np.concatenate([p[0] for p in pieces] or [np.zeros(0, dtype=np.uint64)])
    s_owner = np.concatenate([p[1] for p in pieces] or [np.zeros(0, dtype=np.int64)])
    t_keys = np.concatenate([p[2] for p in pieces] or [np.zeros(0, dtype=np.uint64)])
    t_owner = np.vstack([p[3] for p in pieces] or [np.zeros((0, 2), dtype=np.int64)])
    order = np.argsort(s_keys, kind="stable")
    s_keys, s_owner = s_keys[order], s_owner[order]
    lo = np.searchsorted(s_keys, t_keys, side="left")
    hi = np.searchsorted(s_keys, t_keys, side="right")
    useful = np.flatnonzero((hi > lo) & (hi - lo <= MAX_BUCKET))
    rows = [np.column_stack((np.repeat(t_owner[i : i + 1], hi[i] - lo[i], axis=0),
                             s_owner[lo[i] : hi[i]])) for i in useful.tolist()]
    found = np.unique(np.vstack(rows), axis=0) if rows else np.zeros((0, 3), dtype=np.int64)
    split = split_rows(partition_of(found[:, 2], offsets), len(offsets), found)
    return [s[0] for s in split] + [int(len(found))]


def teaser_attach(pieces: Sequence[np.ndarray], notes: Sequence[dict[int, Annotation]], sketch: Sketch,
                  base: int, config: DedupConfig, run_time: str, offsets: np.ndarray) -> list:
    """Candidates at their story's group pick up what choosing needs: the story's signature,
    size, id, canonical-rule key and link target (its cluster's canonical copy); split by the
    teaser's group."""
    found = np.unique(np.vstack(pieces), axis=0) if pieces else np.zeros((0, 3), dtype=np.int64)
    merged: dict[int, Annotation] = {}
    for n in notes:
        merged.update(n)
    rows = sketch.row_of_local()[found[:, 2] - base] if len(found) else np.zeros(0, dtype=np.int64)
    out: list[list] = [[] for _ in range(len(offsets))]
    dest = partition_of(found[:, 0], offsets)
    for (t_g, position, s_g), r, d in zip(found.tolist(), rows.tolist(), dest.tolist(),
                                          strict=True):
        doc = Doc(id=sketch.ids[r], signature=sketch.signatures[r], size=int(sketch.sizes[r]),
                  length=int(sketch.lengths[r]), seen=sketch.seen[r] or run_time, run=1,
                  ordinal=s_g)
        note = merged.get(s_g)
        target = note.canonical if note else doc.id
        out[d].append((t_g, position, doc.signature, doc.size, doc.id,
                       canonical_key(doc, config.canonical), target))
    return out


def teaser_choose(pieces: Sequence[list], sketch: Sketch, base: int,
                  config: DedupConfig) -> list[tuple[int, int, str]]:
    """Per teaser, the story that contains it best (containment, then the canonical rule), as
    :meth:`declutter.dedup.teasers.TeaserLinker.best` chooses: ``(ordinal, position, target)``."""
    where = {(int(t), int(p)): k for k, (t, p) in enumerate(
        zip((sketch.teaser_local + base).tolist(), sketch.teaser_position.tolist(), strict=True))}
    best: dict[tuple[int, int], tuple[float, tuple, str]] = {}
    for piece in pieces:
        for t_g, position, s_sig, s_size, s_id, order, target in piece:
            k = where[(t_g, position)]
            if sketch.teaser_page[k] == s_id:
                continue
            t_sig, t_size = sketch.teaser_signatures[k], int(sketch.teaser_sizes[k])
            agree = np.count_nonzero(np.asarray([s_sig]) == t_sig, axis=1)
            j = agree / config.num_perm
            sizes = np.array([s_size], dtype=np.float64)
            share = np.minimum(1.0, j * (t_size + sizes) / ((1.0 + j) * t_size))
            if not (agree[0] >= MIN_AGREEING_SLOTS and share[0] >= config.teaser_containment):
                continue
            entry = (-float(share[0]), order, target)
            key = (t_g, position)
            if key not in best or entry[:2] < best[key][:2]:
                best[key] = entry
    return sorted((t, p, e[2]) for (t, p), e in best.items())


def annotate_lines(lines: Iterable[str], base: int, notes: Sequence[dict[int, Annotation]],
                   later: np.ndarray, links: Sequence[tuple[int, int, str]],
                   drop_duplicates: bool) -> Iterable[dict]:
    """Pass 2 of :func:`declutter.dedup.engine.annotate` for one partition: every record with
    ``dup``, ``is_canonical`` and ``teasers[i].links_to`` (error records unchanged)."""
    merged: dict[int, Annotation] = {}
    for n in notes:
        merged.update(n)
    link_of = {(t, p): target for t, p, target in links}
    repeated = set(later.tolist())
    for i, line in enumerate(lines):
        g = base + i
        record = json.loads(line)
        if not is_story(record):
            yield record
            continue
        note = merged.get(g)
        if note is None:  # a story alone in its cluster
            rid = str(record["id"])
            note = Annotation(rid, rid, 1.0, g not in repeated)
        if drop_duplicates and not note.is_canonical:
            continue
        yield annotated(record, note, lambda k, g=g: link_of.get((g, k)))
