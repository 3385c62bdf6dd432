"""Crash safety: a run killed with SIGKILL, then resumed, writes every page exactly once."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from locations import SAMPLES


def _inputs(path: Path, n: int) -> list[str]:
    text = (SAMPLES / "dumps" / "daily8-dump.txt").read_text("utf-8")
    ids = [f"page-{i:05d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, pid in enumerate(ids):
            fh.write(json.dumps({"id": pid, "text": text.replace("India", f"India {i}", 1)}) + "\n")
    return ids


def _clean(src: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "declutter", "clean", str(src), "-o", str(out), "--resume",
         "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def test_killed_runs_resume_to_exactly_once(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _inputs(src, 2000)
    part = tmp_path / ".out.jsonl.part"
    rng = random.Random(7)
    kills = 0
    for _ in range(4):
        proc = _clean(src, out)
        # kill mid-write: once the partial output exists (start-up time varies 2x on a busy
        # machine, so a fixed delay may kill a run before it has written anything)
        deadline = time.monotonic() + 60
        while not part.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.1, 0.5))
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        assert not out.exists(), "a killed run must not leave a complete-looking output"
    assert kills >= 2, "the runs finished before they could be killed; use more pages"
    if not out.exists():  # the last resumed run may already have finished the work
        assert part.exists()
        assert _clean(src, out).wait() == 0
    written = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert written == ids
    assert not part.exists()


def test_killed_templates_run_resumes_to_the_same_output(tmp_path: Path) -> None:
    """With templates on, a run killed while it counts, then again while it writes, resumes
    from its spool: the output equals an uninterrupted run's, byte for byte."""
    from template_pages import GULL, write_corpus

    src = tmp_path / "gull.jsonl"
    write_corpus(src, GULL, 6000)
    whole, out = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    assert _clean(src, whole).wait() == 0  # --resume on a fresh output: a plain run
    part = tmp_path / ".out.jsonl.part"
    spool = tmp_path / ".out.jsonl.templates.spool"

    proc = _clean(src, out)  # killed while counting: spooled, nothing written yet
    deadline = time.monotonic() + 120
    while (not spool.exists() or spool.stat().st_size < 1_000_000) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; use more pages"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert part.stat().st_size == 0 and spool.stat().st_size > 0

    proc = _clean(src, out)  # killed while writing: the counts were rebuilt from the spool
    deadline = time.monotonic() + 120
    while (not part.exists() or part.stat().st_size < 100_000) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.005)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert not out.exists() and part.stat().st_size > 0
        assert _clean(src, out).wait() == 0
    assert out.read_bytes() == whole.read_bytes()
    assert "template.gullpost" in out.read_text("utf-8")
    assert not spool.exists() and not part.exists()
