"""Near-duplicate stories across feeds: MinHash LSH clusters, teaser links, a persistent index.

The public API::

    from declutter.dedup import DedupConfig, dedup_stream, open_index

    summary = dedup_stream("clean.jsonl", write, DedupConfig(), index="stories.idx")

The steps are separate pure functions, usable per partition by a distributed runner:
:func:`~declutter.dedup.shingle.normalise` and
:func:`~declutter.dedup.shingle.shingle_hashes` (text to 32-bit shingle hashes),
:func:`~declutter.dedup.minhash.signatures_from_hashes` (signatures),
:func:`~declutter.dedup.lsh.band_keys` and :func:`~declutter.dedup.lsh.bucket_pairs` (LSH bucket
keys from band index and band values, and the candidate pairs they give),
:func:`~declutter.dedup.minhash.jaccard` (verification),
:func:`~declutter.dedup.cluster.connected_components` and :func:`~declutter.dedup.cluster.label`
(clusters and the canonical rule).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from declutter.dedup.config import DedupConfig

if TYPE_CHECKING:
    from declutter.dedup.engine import DedupSummary, dedup_stream, iter_jsonl
    from declutter.dedup.index import DedupIndexError, Index, open_index, parse_age

# The engine and index import numpy: loaded on first use, so commands that never dedup
# (`declutter --help`, `clean`) start without them.
_LAZY = {"DedupSummary": "engine", "dedup_stream": "engine", "iter_jsonl": "engine",
         "DedupIndexError": "index", "Index": "index", "open_index": "index", "parse_age": "index"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"declutter.dedup.{_LAZY[name]}"), name)

__all__ = ["DedupConfig", "DedupIndexError", "DedupSummary", "Index",
           "dedup_stream", "iter_jsonl", "open_index", "parse_age"]
