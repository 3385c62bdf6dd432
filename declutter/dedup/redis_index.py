"""The shared index: LSH buckets through datasketch's Redis storage, story metadata in Redis
hashes, so several workers dedup against one index (one writer at a time, under a Redis lock).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlparse

import numpy as np

from declutter.dedup.cluster import Doc
from declutter.dedup.config import DedupConfig
from declutter.dedup.index import DedupIndexError, Index, _check_config

if TYPE_CHECKING:  # datasketch imports scipy (~0.5 s): imported when the LSH is built
    from datasketch import MinHashLSH


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

        cluster, source, boiler = h.get(b"cluster"), h.get(b"source"), h.get(b"boiler")
        return Doc(id=doc_id, signature=np.frombuffer(h[b"sig"], dtype="<u4").astype(np.uint32),
                   size=int(s("size")), length=int(s("length")), seen=s("seen"), run=int(s("run")),
                   ordinal=int(s("ordinal")), cluster=cluster.decode() if cluster else None,
                   added=float(s("added")), source=source.decode() if source else None,
                   boilerplate=boiler or None)

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
                **({"source": d.source} if d.source else {}),
                **({"boiler": d.boilerplate} if d.boilerplate else {})})
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
