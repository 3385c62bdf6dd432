"""Where signatures and clusters live between runs: in memory, in a SQLite file, or in Redis.

Every store keeps two things:

* the LSH buckets (keys are story ids). The in-memory and the embedded stores keep them in
  :class:`~declutter.dedup.lsh.CompactLSH` (``MinHashLSH``'s bands, candidates and interface in
  about 400 bytes per story; ``compact=False`` uses datasketch's ``MinHashLSH`` with its dict
  storage, about 9 KB per story); the Redis store uses datasketch's ``MinHashLSH`` with its
  Redis storage layer, so several workers share one index;
* per story, a :class:`~declutter.dedup.cluster.Doc` (signature, shingle count, text length,
  fetch time, run, input position, cluster id, time added) to verify candidates and name
  clusters.

``open_index(spec, config)`` picks the store: ``None`` for a throw-away in-memory index (this
module's :class:`Index`, the interface of every store), a file path for the embedded SQLite
index (:mod:`declutter.dedup.sqlite_index`; one transaction per run, so a crash leaves
yesterday's index intact), or ``redis://host:port/db`` (optionally ``?prefix=name``) for Redis
(:mod:`declutter.dedup.redis_index`). An index remembers the config it was built with and
refuses a config whose signatures would differ.
"""

from __future__ import annotations

import base64
import contextlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from declutter.dedup.cluster import Doc
from declutter.dedup.config import DedupConfig
from declutter.dedup.lsh import CompactLSH, band_keys
from declutter.dedup.minhash import Signature

if TYPE_CHECKING:  # datasketch imports scipy (~0.5 s): only the stores that use it import it
    from datasketch import MinHashLSH


class DedupIndexError(Exception):
    """An index cannot be opened or does not match the requested config."""


def backend_errors() -> tuple[type[BaseException], ...]:
    """Errors of the stores' backends (SQLite, Redis): a lost connection, a locked database."""
    try:
        import redis
    except ImportError:  # pragma: no cover - depends on the installed extras
        return (sqlite3.Error,)
    return (sqlite3.Error, redis.RedisError)





def _config_from_dict(data: dict) -> DedupConfig:
    fields = {k: data[k] for k in ("ngram", "num_perm", "threshold", "seed", "canonical",
                                   "teaser_containment", "teaser_min_words", "lsh_recall",
                                   "template_min_docs") if k in data}
    return DedupConfig(**fields)


def _check_config(stored: dict | None, config: DedupConfig | None, where: str) -> DedupConfig:
    """The config to use: the caller's, which must match the stored one, or the stored one."""
    if stored is None:
        if config is None:
            raise DedupIndexError(f"{where} is not a declutter index (no config stored)")
        return config
    stored_config = _config_from_dict(stored)
    if config is None:
        return stored_config
    if config.fingerprint() != stored_config.fingerprint():
        raise DedupIndexError(
            f"{where} was built with ngram={stored_config.ngram}, num_perm={stored_config.num_perm}, "
            f"seed={stored_config.seed}, bands x rows={stored_config.bands}; this run asks for "
            f"ngram={config.ngram}, num_perm={config.num_perm}, seed={config.seed}, "
            f"bands x rows={config.bands}. Use the same options or a new index.")
    return config


def doc_to_json(doc: Doc) -> dict:
    """The exported form of an indexed story (signature as base64 of little-endian uint32)."""
    return {"id": doc.id, "cluster": doc.cluster, "seen": doc.seen, "run": doc.run,
            "ordinal": doc.ordinal, "size": doc.size, "length": doc.length, "added": doc.added,
            "signature": base64.b64encode(doc.signature.astype("<u4").tobytes()).decode()}


class Index:
    """The in-memory store, and the interface of every store."""

    kind = "memory"

    def __init__(self, config: DedupConfig, compact: bool = True) -> None:
        self.config = config
        self.compact = compact
        self.lsh = self._new_lsh()
        self._docs: dict[str, Doc] = {}
        self._runs = 0

    def _new_lsh(self) -> MinHashLSH | CompactLSH:
        if self.compact:
            return CompactLSH(self.config)
        from datasketch import MinHashLSH  # (imports scipy: only when it is used)

        return MinHashLSH(num_perm=self.config.num_perm, params=self.config.bands)

    # -- runs and LSH -------------------------------------------------------------------
    def begin_run(self) -> int:
        """Start a run and return its number (1 for the first run against this index)."""
        self._runs += 1
        return self._runs

    def band_keys(self, signatures: np.ndarray) -> np.ndarray | None:
        """Band keys of a batch for :meth:`query` and :meth:`insert`, if this LSH uses them."""
        return band_keys(signatures, self.config) if isinstance(self.lsh, CompactLSH) else None

    def query(self, signature: np.ndarray, keys: np.ndarray | None = None) -> list[str]:
        """Ids sharing at least one LSH band with ``signature``."""
        if keys is not None:
            return self.lsh.query(Signature(signature), keys=keys)
        return self.lsh.query(Signature(signature))

    def insert(self, doc: Doc, keys: np.ndarray | None = None) -> None:
        """Add a story's signature to the LSH (its metadata is written by :meth:`commit`)."""
        if keys is not None:
            self.lsh.insert(doc.id, Signature(doc.signature), check_duplication=False, keys=keys)
        else:
            self.lsh.insert(doc.id, Signature(doc.signature), check_duplication=False)

    # -- metadata -----------------------------------------------------------------------
    def get(self, ids: Iterable[str]) -> dict[str, Doc]:
        """The stored stories among ``ids``."""
        return {i: self._docs[i] for i in ids if i in self._docs}

    def members(self, clusters: Iterable[str]) -> dict[str, list[Doc]]:
        """The stored stories of each cluster id."""
        wanted = set(clusters)
        out: dict[str, list[Doc]] = {c: [] for c in wanted}
        for doc in self._docs.values():
            if doc.cluster in wanted:
                out[doc.cluster].append(doc)
        return out

    def commit(self, docs: Iterable[Doc]) -> None:
        """Store new stories and the new cluster ids of stored ones, all or nothing."""
        for doc in docs:
            self._docs[doc.id] = doc

    def iter_docs(self) -> Iterator[Doc]:
        """Every stored story."""
        yield from list(self._docs.values())

    def __len__(self) -> int:
        return len(self._docs)

    # -- maintenance --------------------------------------------------------------------
    def stats(self) -> dict:
        """Counts and config of the index."""
        clusters: dict[str, int] = {}
        for doc in self.iter_docs():
            clusters[doc.cluster or doc.id] = clusters.get(doc.cluster or doc.id, 0) + 1
        sizes = list(clusters.values())
        return {"kind": self.kind, "stories": sum(sizes), "clusters": len(sizes),
                "duplicates": sum(s - 1 for s in sizes), "largest_cluster": max(sizes, default=0),
                "runs": self._runs_done(), "config": self.config.to_dict()}

    def _runs_done(self) -> int:
        return self._runs

    def prune(self, older_than: float) -> int:
        """Forget stories added more than ``older_than`` seconds ago; return how many."""
        cutoff = time.time() - older_than
        old = [d.id for d in self.iter_docs() if d.added < cutoff]
        self._forget(old)
        return len(old)

    def _forget(self, ids: list[str]) -> None:
        for i in ids:
            if i in self.lsh:
                self.lsh.remove(i)
            self._docs.pop(i, None)

    def lock(self) -> contextlib.AbstractContextManager:
        """Held while a run finds pairs, names clusters and commits: one writer at a time."""
        return contextlib.nullcontext()

    def close(self) -> None:
        """Release files and connections."""


def check_index(spec: str | Path | None) -> None:
    """Check, without opening it, that the embedded index ``spec`` can be opened or created:
    an existing regular file, or a new name in a folder that exists and may be written.
    Raises :class:`DedupIndexError` saying what is wrong; ``None`` and Redis pass (a server
    is only known by connecting)."""
    if spec is None or str(spec).startswith(("redis://", "rediss://")):
        return
    path = Path(spec)
    if path.exists():
        if not path.is_file():
            raise DedupIndexError(f"--index {spec} is not a file")
        if not os.access(path, os.R_OK | os.W_OK):
            raise DedupIndexError(f"--index {spec} cannot be read and written")
    elif not path.parent.is_dir():
        raise DedupIndexError(f"cannot create the index {spec}: no folder {path.parent}")
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise DedupIndexError(f"cannot create the index {spec}: {path.parent} is not writable")


def open_index(spec: str | Path | None, config: DedupConfig | None = None) -> Index:
    """Open (or create, when ``config`` is given) the index named by ``spec``.

    ``None``: in memory, gone after the run. ``redis://host:port/db[?prefix=name]``: Redis.
    Anything else: the path of the embedded SQLite index. Without ``config`` the index must
    exist and its stored config is used (for ``declutter index`` commands).
    """
    if spec is None:
        if config is None:
            raise DedupIndexError("an in-memory index needs a config")
        return Index(config)
    text = str(spec)
    if text.startswith(("redis://", "rediss://")):
        from declutter.dedup.redis_index import RedisIndex

        return RedisIndex(text, config)
    from declutter.dedup.sqlite_index import SqliteIndex

    return SqliteIndex(text, config)


def parse_age(text: str) -> float:
    """Seconds in an age like ``30d``, ``12h``, ``90m``, ``45s`` or ``2w``."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
    text = text.strip().lower()
    if len(text) < 2 or text[-1] not in units:
        raise ValueError(f"age {text!r} is not a number followed by s, m, h, d or w (e.g. 30d)")
    try:
        value = float(text[:-1])
    except ValueError as exc:
        raise ValueError(f"age {text!r} is not a number followed by s, m, h, d or w") from exc
    if value < 0:
        raise ValueError("age must not be negative")
    return value * units[text[-1]]
