"""Faults around the persistent dedup index: concurrent runs, damaged files, killed runs and
a Redis server that goes away mid-run. Each ends in a clear error (never a traceback, never
a half-written output) and a state the next run goes on from."""

from __future__ import annotations

import json
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from declutter.dedup.config import DedupConfig
from declutter.dedup.index import open_index


def _records(path: Path, n: int, prefix: str = "s") -> list[str]:
    """``n`` stories of 80 words, every tenth a near copy of the one before it."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            base = i - 1 if i % 10 == 9 else i
            words = [f"w{(base * 7919 + k * 31) % 20011}" for k in range(80)]
            if base != i:
                words[3] = "changed"
            ids.append(f"{prefix}-{i}")
            fh.write(json.dumps({"id": ids[-1], "text": " ".join(words)}) + "\n")
    return ids


def _dedup(records: Path, out: Path, index: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "declutter", "dedup", str(records), "-o", str(out), "--index", index,
         "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str]:
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]


# --- the embedded (SQLite) index -------------------------------------------------------------

def test_a_second_run_on_an_open_embedded_index_fails_clearly(tmp_path: Path) -> None:
    records, out, index = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "idx.db"
    ids = _records(records, 50)
    first = open_index(index, DedupConfig())  # a run in progress
    try:
        code, err = _finish(_dedup(records, out, str(index)))
        assert code == 1 and "another run is using the index" in err
        assert "Traceback" not in err and not out.exists()
    finally:
        first.close()
    code, err = _finish(_dedup(records, out, str(index)))
    assert code == 0, err
    assert _ids(out) == ids


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_a_truncated_embedded_index_is_refused(tmp_path: Path, keep: float) -> None:
    records, out, index = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "idx.db"
    _records(records, 400)
    assert _finish(_dedup(records, out, str(index)))[0] == 0
    size = index.stat().st_size
    with index.open("r+b") as fh:
        fh.truncate(int(size * keep))
    out.unlink()
    code, err = _finish(_dedup(records, out, str(index)))
    assert code == 1 and str(index) in err
    assert "not a declutter index" in err or "damaged" in err
    assert "Traceback" not in err and not out.exists()


def test_killed_runs_leave_the_embedded_index_all_or_nothing(tmp_path: Path) -> None:
    day1, day2 = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    out, index = tmp_path / "out.jsonl", tmp_path / "idx.db"
    first = _records(day1, 500, "a")
    second = _records(day2, 30000, "b")
    assert _finish(_dedup(day1, out, str(index)))[0] == 0
    rng = random.Random(3)
    kills = 0
    for _ in range(3):
        proc = _dedup(day2, out, str(index))
        time.sleep(rng.uniform(0.8, 2.5))
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        with sqlite3.connect(index) as db:  # one transaction per run: before or after, never between
            count = db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        assert count in (len(first), len(first) + len(second))
    assert kills >= 1, "the run finished before it could be killed; use more stories"
    code, err = _finish(_dedup(day2, out, str(index)))
    assert code == 0, err
    assert _ids(out) == second
    with sqlite3.connect(index) as db:
        assert db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == len(first) + len(second)


# --- Redis ------------------------------------------------------------------------------------

class RedisServer:
    """A redis-server on loopback that persists to an append-only file, so it can be killed
    and restarted with its data."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed (apt-get install redis-server)")
        pytest.importorskip("redis", reason="the redis package is not installed")
        self.binary, self.workdir = binary, workdir
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        import redis

        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                redis.Redis(port=self.port).ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def client(self):  # type: ignore[no-untyped-def]
        import redis

        return redis.Redis(port=self.port)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    workdir = tmp_path / "redis"
    workdir.mkdir()
    server = RedisServer(workdir)
    server.start()
    yield server
    if server.proc is not None and server.proc.poll() is None:
        server.proc.terminate()
        server.proc.wait(10)


def test_redis_lost_mid_run_is_a_clear_error_and_the_rerun_completes(
        tmp_path: Path, redis_server: RedisServer) -> None:
    records, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _records(records, 500)
    url = f"redis://127.0.0.1:{redis_server.port}/0"
    proc = _dedup(records, out, url)
    client = redis_server.client()
    for _ in range(1200):  # kill the server while the run works inside the index lock
        if client.exists("declutter:lock") or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before Redis could be stopped"
    time.sleep(0.5)
    redis_server.kill()
    code, err = _finish(proc)
    assert code == 1, err
    assert "redis index failed during the run" in err and "Traceback" not in err
    assert not out.exists()
    redis_server.start()  # same data, reloaded from the append-only file
    code, err = _finish(_dedup(records, out, url))
    assert code == 0, err
    assert _ids(out) == ids
    client = redis_server.client()
    assert client.scard("declutter:ids") == len(ids)
    members = set()
    for key in client.scan_iter("declutter:cluster:*"):
        members |= {m.decode() for m in client.smembers(key)}
    assert members == set(ids)  # every story in exactly the clusters the docs name
    for i in ids[:50]:
        assert client.hget(f"declutter:doc:{i}", "cluster") is not None
