"""Step 7 of the distributed dedup (:mod:`declutter.distributed.stages`): teaser links by
the containment search, and the annotation of every record."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import numpy as np

from declutter.dedup.cluster import Doc, canonical_key
from declutter.dedup.config import DedupConfig
from declutter.dedup.engine import Annotation, annotated, is_story
from declutter.dedup.minhash import EMPTY
from declutter.dedup.teasers import MAX_BUCKET, MIN_AGREEING_SLOTS, SLOTS, _slot_keys
from declutter.distributed.routing import partition_of, split_rows
from declutter.distributed.sketch import Sketch

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
