"""Step 6 of the distributed dedup (:mod:`declutter.distributed.stages`): cluster ids,
canonical copies and similarities per component."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from declutter.dedup.cluster import Doc, stars
from declutter.dedup.config import DedupConfig
from declutter.dedup.engine import Annotation
from declutter.distributed.routing import _EMPTY_PAIRS, partition_of
from declutter.distributed.sketch import Member, Sketch


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
