"""``clean --jobs 2``: workers end with their parent, however it ends, so the ``.part`` lock
is free for ``--resume``; Ctrl-C prints no worker tracebacks (issue 18, item 5)."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from locations import SAMPLES

ROOT = Path(__file__).resolve().parents[2]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], Path, list[int]]:
    text = (SAMPLES / "dumps" / "daily8-dump.txt").read_text("utf-8")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(4000):
            fh.write(json.dumps({"id": f"p{i}", "text": text.replace("India", f"India {i}")}) + "\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "declutter", "clean", str(src), "-o", str(out), "--jobs", "2",
         "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    # mid-run: the pool is up (with templates on, output is only written once every page is
    # cleaned and counted, so the size of the .part says nothing about progress)
    part = tmp_path / ".out.jsonl.part"
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
        time.sleep(0.1)
        workers = _children(proc.pid) if part.exists() else []
    time.sleep(0.5)
    if proc.poll() is not None or len(workers) < 2:
        proc.kill()
        pytest.fail(f"the run did not get going (exit {proc.poll()}, workers {workers}): "
                    f"{proc.stderr.read() if proc.stderr else ''}")
    return proc, src, workers


def _gone(workers: list[int]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    return not any(_alive(w) for w in workers)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent_and_free_the_lock(tmp_path: Path, sig: int) -> None:
    proc, _, workers = _start(tmp_path)
    try:
        proc.send_signal(sig)
        proc.wait(timeout=30)
        assert _gone(workers), "pool workers outlived the run"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
    with (tmp_path / ".out.jsonl.part").open("rb") as part:  # what --resume takes first
        fcntl.flock(part.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError if held


def test_ctrl_c_stops_the_run_without_tracebacks(tmp_path: Path) -> None:
    proc, _, workers = _start(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    try:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode != 0
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert _gone(workers)
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
