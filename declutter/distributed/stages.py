"""The distributed dedup stages as pure functions on numpy arrays (no Dask in here).

This module names them all; each step lives in the module of its concept:
:mod:`~declutter.distributed.sketch`, :mod:`~declutter.distributed.routing`,
:mod:`~declutter.distributed.pairs`, :mod:`~declutter.distributed.components`,
:mod:`~declutter.distributed.labels`, :mod:`~declutter.distributed.teaser_links`.

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

from declutter.distributed.components import (
    combine,
    components,
    forest,
    large_star,
    small_star,
    star_labels,
    star_map,
)
from declutter.distributed.labels import facts_map, label_reduce
from declutter.distributed.pairs import (
    bands_map,
    bands_reduce,
    ids_map,
    ids_reduce,
    later_ordinals,
    lsh_excluded,
    same_map,
    same_reduce,
    verify_attach,
    verify_check,
)
from declutter.distributed.routing import partition_of, piece_bytes, split_rows, stable_hash
from declutter.distributed.sketch import Member, Sketch, merge_sketches, sketch_lines
from declutter.distributed.teaser_links import (
    annotate_lines,
    teaser_attach,
    teaser_choose,
    teaser_keys_map,
    teaser_keys_reduce,
)

__all__ = ["Member", "Sketch", "annotate_lines", "bands_map", "bands_reduce", "combine",
           "components", "facts_map", "forest", "ids_map", "ids_reduce", "label_reduce",
           "large_star", "later_ordinals", "lsh_excluded", "merge_sketches", "partition_of",
           "piece_bytes", "same_map", "same_reduce", "sketch_lines", "small_star", "split_rows",
           "stable_hash", "star_labels", "star_map", "teaser_attach", "teaser_choose",
           "teaser_keys_map", "teaser_keys_reduce", "verify_attach", "verify_check"]
