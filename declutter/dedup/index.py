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

``open_index(spec, config)`` picks the store: ``None`` for a throw-away in-memory index, a file
path for the embedded SQLite index (one transaction per run, so a crash leaves yesterday's
index intact), or ``redis://host:port/db`` (optionally ``?prefix=name``) for Redis. An index
remembers the config it was built with and refuses a config whose signatures would differ.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlparse

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


class SqliteIndex(Index):
    """The embedded index: one SQLite file; the LSH is rebuilt in memory when it opens."""

    kind = "sqlite"

    _SCHEMA = """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS docs (
        id TEXT PRIMARY KEY, sig BLOB NOT NULL, size INTEGER, length INTEGER, seen TEXT,
        run INTEGER, ordinal INTEGER, cluster TEXT, added REAL, source TEXT);
    CREATE INDEX IF NOT EXISTS docs_cluster ON docs (cluster);
    """

    def __init__(self, path: str | Path, config: DedupConfig | None) -> None:
        self.path = Path(path)
        exists = self.path.exists()
        if not exists and config is None:
            raise DedupIndexError(f"no index at {self.path}")
        self._lock_fd = self._take_lock()
        try:
            self._open(config)
        except BaseException:
            os.close(self._lock_fd)
            raise

    def _take_lock(self) -> int:
        """Hold a lock on the index file itself while open: the LSH is loaded at open, so a
        second run working at the same time would miss the first one's stories. ``flock``
        locks the file (its device and inode), not its name, so a second run reaching it
        through a symlink or a hard link is refused too; SQLite's own locks are separate
        (``fcntl``) and unaffected."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DedupIndexError(f"cannot open the index {self.path}: {exc.strerror or exc}"
                                  ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DedupIndexError(
                f"another run is using the index {self.path} ({os.path.realpath(self.path)}); "
                "wait for it to finish, or share one index between workers with redis://"
            ) from None
        return fd

    def _open(self, config: DedupConfig | None) -> None:
        try:
            self._db = sqlite3.connect(str(self.path))
            self._db.executescript(self._SCHEMA)
            stored = self._meta("config")
            # a file cut short (a copy that stopped, a full disk) reads as zeros: refuse it
            problems = [row[0] for row in self._db.execute("PRAGMA quick_check(3)")]
        except sqlite3.DatabaseError as exc:
            name = getattr(exc, "sqlite_errorname", "")
            if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
                raise DedupIndexError(f"{self.path} is not a declutter index: {exc}") from exc
            # a full disk, a read-only or vanished folder: name the cause, not the file
            raise DedupIndexError(f"cannot use the index {self.path}: {exc} ({name})") from exc
        if problems != ["ok"]:
            raise DedupIndexError(f"{self.path} is damaged: {'; '.join(problems)[:300]}")
        config = _check_config(json.loads(stored) if stored else None, config, str(self.path))
        if stored is None:
            with self._db:
                self._set_meta("config", json.dumps(config.to_dict()))
                self._set_meta("runs", "0")
        super().__init__(config)
        try:
            self._load_lsh()
        except (sqlite3.DatabaseError, TypeError, ValueError) as exc:
            raise DedupIndexError(f"{self.path} is damaged: {exc}") from exc

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _load_lsh(self) -> None:
        rows = self._db.execute("SELECT id, sig FROM docs")
        while True:
            chunk = rows.fetchmany(8192)
            if not chunk:
                break
            sigs = np.frombuffer(b"".join(sig for _, sig in chunk), dtype="<u4")
            sigs = sigs.reshape(len(chunk), self.config.num_perm).astype(np.uint32)
            if isinstance(self.lsh, CompactLSH):
                self.lsh.insert_batch([doc_id for doc_id, _ in chunk], band_keys(sigs, self.config))
            else:
                for (doc_id, _), sig in zip(chunk, sigs, strict=True):
                    self.lsh.insert(doc_id, Signature(sig), check_duplication=False)
        if isinstance(self.lsh, CompactLSH):
            self.lsh.merge()

    def begin_run(self) -> int:
        with self._db:
            run = int(self._meta("runs") or 0) + 1
            self._set_meta("runs", str(run))
        return run

    def _runs_done(self) -> int:
        return int(self._meta("runs") or 0)

    @staticmethod
    def _row_to_doc(row: tuple) -> Doc:
        doc_id, sig, size, length, seen, run, ordinal, cluster, added, source = row
        return Doc(id=doc_id, signature=np.frombuffer(sig, dtype="<u4").astype(np.uint32),
                   size=size, length=length, seen=seen, run=run, ordinal=ordinal,
                   cluster=cluster, added=added, source=source)

    _COLUMNS = "id, sig, size, length, seen, run, ordinal, cluster, added, source"

    def get(self, ids: Iterable[str]) -> dict[str, Doc]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, Doc] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                    f"SELECT {self._COLUMNS} FROM docs WHERE id IN ({marks})", chunk):
                out[row[0]] = self._row_to_doc(row)
        return out

    def members(self, clusters: Iterable[str]) -> dict[str, list[Doc]]:
        wanted = sorted(set(clusters))
        out: dict[str, list[Doc]] = {c: [] for c in wanted}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                    f"SELECT {self._COLUMNS} FROM docs WHERE cluster IN ({marks})", chunk):
                out[row[7]].append(self._row_to_doc(row))
        return out

    def commit(self, docs: Iterable[Doc]) -> None:
        rows = [(d.id, d.signature.astype("<u4").tobytes(), int(d.size), int(d.length), d.seen,
                 int(d.run), int(d.ordinal), d.cluster, float(d.added), d.source) for d in docs]
        with self._db:
            self._db.executemany(
                f"INSERT OR REPLACE INTO docs ({self._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)

    def iter_docs(self) -> Iterator[Doc]:
        for row in self._db.execute(f"SELECT {self._COLUMNS} FROM docs ORDER BY run, ordinal"):
            yield self._row_to_doc(row)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def _forget(self, ids: list[str]) -> None:
        for i in ids:
            if i in self.lsh:
                self.lsh.remove(i)
        with self._db:
            self._db.executemany("DELETE FROM docs WHERE id = ?", [(i,) for i in ids])

    def close(self) -> None:
        self._db.close()
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # releases the lock
            self._lock_fd = -1


class RedisIndex(Index):
    """The shared index: LSH buckets through datasketch's Redis storage, metadata in hashes."""

    kind = "redis"

    def __init__(self, url: str, config: DedupConfig | None) -> None:
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise DedupIndexError("a Redis index needs the redis package: "
                              "pip install 'declutter[redis]'") from exc
        parsed = urlparse(url)
        db = int((parsed.path or "/0").strip("/") or 0)
        self.prefix = parse_qs(parsed.query).get("prefix", ["declutter"])[0]
        self._conn_params = {"host": parsed.hostname or "localhost", "port": parsed.port or 6379,
                             "db": db}
        if parsed.password:
            self._conn_params["password"] = parsed.password
        self.url = url
        self._redis = redis.Redis(**self._conn_params)
        try:
            stored = self._redis.get(self._key("config"))
        except redis.RedisError as exc:
            raise DedupIndexError(f"cannot reach Redis at {url}: {exc}") from exc
        config = _check_config(json.loads(stored) if stored else None, config, url)
        if stored is None:
            self._redis.set(self._key("config"), json.dumps(config.to_dict()))
        super().__init__(config)

    def _key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def _new_lsh(self) -> MinHashLSH:
        storage = {"type": "redis", "basename": f"{self.prefix}:lsh".encode(),
                   "redis": dict(self._conn_params)}
        from datasketch import MinHashLSH

        return MinHashLSH(num_perm=self.config.num_perm, params=self.config.bands,
                          storage_config=storage)

    def begin_run(self) -> int:
        return int(self._redis.incr(self._key("runs")))

    def _runs_done(self) -> int:
        return int(self._redis.get(self._key("runs")) or 0)

    @staticmethod
    def _hash_to_doc(doc_id: str, h: dict) -> Doc:
        def s(name: str) -> str:
            return h[name.encode()].decode()

        cluster, source = h.get(b"cluster"), h.get(b"source")
        return Doc(id=doc_id, signature=np.frombuffer(h[b"sig"], dtype="<u4").astype(np.uint32),
                   size=int(s("size")), length=int(s("length")), seen=s("seen"), run=int(s("run")),
                   ordinal=int(s("ordinal")), cluster=cluster.decode() if cluster else None,
                   added=float(s("added")), source=source.decode() if source else None)

    def get(self, ids: Iterable[str]) -> dict[str, Doc]:
        ids = list(dict.fromkeys(ids))
        pipe = self._redis.pipeline(transaction=False)
        for i in ids:
            pipe.hgetall(self._key("doc", i))
        return {i: self._hash_to_doc(i, h) for i, h in zip(ids, pipe.execute(), strict=True) if h}

    def members(self, clusters: Iterable[str]) -> dict[str, list[Doc]]:
        clusters = list(set(clusters))
        pipe = self._redis.pipeline(transaction=False)
        for c in clusters:
            pipe.smembers(self._key("cluster", c))
        out: dict[str, list[Doc]] = {}
        for c, ids in zip(clusters, pipe.execute(), strict=True):
            out[c] = list(self.get(sorted(i.decode() for i in ids)).values())
        return out

    def commit(self, docs: Iterable[Doc]) -> None:
        docs = list(docs)
        old = self.get(d.id for d in docs)
        pipe = self._redis.pipeline(transaction=True)
        for d in docs:
            before = old.get(d.id)
            if before is not None and before.cluster and before.cluster != d.cluster:
                pipe.srem(self._key("cluster", before.cluster), d.id)
            pipe.hset(self._key("doc", d.id), mapping={
                "sig": d.signature.astype("<u4").tobytes(), "size": int(d.size),
                "length": int(d.length), "seen": d.seen, "run": int(d.run),
                "ordinal": int(d.ordinal), "cluster": d.cluster or d.id, "added": float(d.added),
                **({"source": d.source} if d.source else {})})
            pipe.sadd(self._key("cluster", d.cluster or d.id), d.id)
            pipe.sadd(self._key("ids"), d.id)
        pipe.execute()

    def iter_docs(self) -> Iterator[Doc]:
        batch: list[str] = []
        for raw in self._redis.sscan_iter(self._key("ids"), count=1000):
            batch.append(raw.decode())
            if len(batch) >= 1000:
                yield from self.get(batch).values()
                batch = []
        if batch:
            yield from self.get(batch).values()

    def __len__(self) -> int:
        return int(self._redis.scard(self._key("ids")))

    LOCK_SECONDS = 30
    """Life of the lock key unless renewed: a run that dies (or loses Redis) holds it no
    longer than this, so a rerun is not blocked by a dead run's lock."""

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """A Redis lock, so workers sharing the index resolve and commit one at a time (the
        expensive signature pass runs outside it). The holder renews it every third of
        :data:`LOCK_SECONDS` from a thread; others wait up to an hour for it."""
        lock = self._redis.lock(self._key("lock"), timeout=self.LOCK_SECONDS,
                                blocking_timeout=3600, thread_local=False)
        if not lock.acquire():
            raise DedupIndexError(f"another run has held the lock of {self.url} for an hour")
        done = threading.Event()

        def renew() -> None:
            while not done.wait(self.LOCK_SECONDS / 3):
                try:
                    lock.reacquire()
                except Exception:  # connection lost or lock gone: the run fails on its own
                    return

        thread = threading.Thread(target=renew, name="declutter-index-lock", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()
            with contextlib.suppress(Exception):
                lock.release()

    def _forget(self, ids: list[str]) -> None:
        docs = self.get(ids)
        for i in ids:
            if i in self.lsh:
                self.lsh.remove(i)
        pipe = self._redis.pipeline(transaction=True)
        for i, d in docs.items():
            pipe.delete(self._key("doc", i))
            pipe.srem(self._key("ids"), i)
            pipe.srem(self._key("cluster", d.cluster or i), i)
        pipe.execute()

    def close(self) -> None:
        self._redis.close()


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
        return RedisIndex(text, config)
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
