"""The embedded index: one SQLite file holding every story's signature and metadata.

The LSH is rebuilt in memory when the file opens; a run's changes are one transaction, so a
crash leaves the previous runs' index intact. The file is locked while open (one run at a time).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from declutter.dedup.cluster import Doc
from declutter.dedup.config import DedupConfig
from declutter.dedup.index import DedupIndexError, Index, _check_config
from declutter.dedup.lsh import CompactLSH, band_keys
from declutter.dedup.minhash import Signature
from declutter.io.writers import lock_file


class SqliteIndex(Index):
    """The embedded index: one SQLite file; the LSH is rebuilt in memory when it opens."""

    kind = "sqlite"

    _SCHEMA = """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS docs (
        id TEXT PRIMARY KEY, sig BLOB NOT NULL, size INTEGER, length INTEGER, seen TEXT,
        run INTEGER, ordinal INTEGER, cluster TEXT, added REAL, source TEXT, boiler BLOB);
    CREATE INDEX IF NOT EXISTS docs_cluster ON docs (cluster);
    """
    _ADDED_COLUMNS = {"source": "TEXT", "boiler": "BLOB"}
    """Columns later versions added: an older index gains them (empty) when it opens."""

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
            fd = lock_file(self.path)
        except OSError as exc:
            raise DedupIndexError(f"cannot open the index {self.path}: {exc.strerror or exc}"
                                  ) from None
        if fd is None:
            raise DedupIndexError(
                f"another run is using the index {self.path} ({os.path.realpath(self.path)}); "
                "wait for it to finish, or share one index between workers with redis://"
            )
        return fd

    def _open(self, config: DedupConfig | None) -> None:
        try:
            self._db = sqlite3.connect(str(self.path))
            self._db.executescript(self._SCHEMA)
            have = {row[1] for row in self._db.execute("PRAGMA table_info(docs)")}
            with self._db:
                for name, kind in self._ADDED_COLUMNS.items():
                    if name not in have:
                        self._db.execute(f"ALTER TABLE docs ADD COLUMN {name} {kind}")
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
        doc_id, sig, size, length, seen, run, ordinal, cluster, added, source, boiler = row
        return Doc(id=doc_id, signature=np.frombuffer(sig, dtype="<u4").astype(np.uint32),
                   size=size, length=length, seen=seen, run=run, ordinal=ordinal,
                   cluster=cluster, added=added, source=source, boilerplate=boiler)

    _COLUMNS = "id, sig, size, length, seen, run, ordinal, cluster, added, source, boiler"

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
                 int(d.run), int(d.ordinal), d.cluster, float(d.added), d.source, d.boilerplate)
                for d in docs]
        with self._db:
            self._db.executemany(
                f"INSERT OR REPLACE INTO docs ({self._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows)

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
