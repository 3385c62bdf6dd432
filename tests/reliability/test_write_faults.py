"""A full disk, an index reached through a link, an index path that cannot work: one clear
error line naming the cause, a non-zero exit, partial output that ``--resume`` goes on from,
no temporary file left behind (issue 18, items 7, 9 and 12).

The full disk is a small tmpfs mounted in a private user and mount namespace (``unshare``);
where the machine does not allow that, those tests skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from declutter.dedup.config import DedupConfig
from declutter.dedup.index import DedupIndexError, open_index

ROOT = Path(__file__).resolve().parents[2]
STORY = ("The council met on Tuesday and agreed to repair the old bridge over the river before "
         "the winter floods arrive, a plan that will cost the town {n} thousand euros.")


def _pages(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"p{i}", "text": (STORY.format(n=i) + "\n\n") * 8}) + "\n")
    return path


def _small_disk(tmp_path: Path, script: str, kb: int = 64) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) with a ``kb`` KiB tmpfs at ``tmp_path/disk``."""
    if not shutil.which("unshare"):
        pytest.skip("no unshare to mount a small disk")
    disk = tmp_path / "disk"
    disk.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DISK": str(disk), "PY": sys.executable}
    proc = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f'mount -t tmpfs -o size={kb}k tmpfs "$DISK" || exit 99\n{script}'],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    if proc.returncode == 99 or "unshare:" in proc.stderr:
        pytest.skip(f"cannot mount a small disk here: {proc.stderr.strip()[:200]}")
    return proc


def _one_clear_line(stderr: str, *wanted: str) -> None:
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, stderr
    for text in wanted:
        assert text in errors[0]


def test_clean_on_a_full_disk_fails_clearly_and_resumes(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in.jsonl", 300)
    proc = _small_disk(tmp_path, f"""
        "$PY" -m declutter clean {pages} -o "$DISK/out.jsonl" --no-progress 2> first.err
        echo "first=$?"
        mount -o remount,size=20m "$DISK"
        "$PY" -m declutter clean {pages} -o "$DISK/out.jsonl" --no-progress --resume 2> second.err
        echo "second=$?"
        cp "$DISK/out.jsonl" {tmp_path}/out.jsonl
    """)
    assert "first=1" in proc.stdout and "second=0" in proc.stdout, proc.stdout + proc.stderr
    _one_clear_line((tmp_path / "first.err").read_text(), "No space left on device",
                    ".out.jsonl.part", "--resume")
    assert "resumed:" in (tmp_path / "second.err").read_text()
    ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert ids == [f"p{i}" for i in range(300)]


def test_run_with_a_full_temporary_folder_leaves_nothing_there(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in.jsonl", 300)
    proc = _small_disk(tmp_path, f"""
        TMPDIR="$DISK" "$PY" -m declutter run {pages} --no-progress > /dev/null 2> run.err
        echo "rc=$?"
        ls -A "$DISK"
    """)
    assert proc.stdout.split() == ["rc=1"], proc.stdout  # the folder is empty afterwards
    _one_clear_line((tmp_path / "run.err").read_text(), "No space left on device", "cannot write")


def test_an_index_on_a_full_disk_names_the_cause(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in.jsonl", 20)
    proc = _small_disk(tmp_path, f"""
        dd if=/dev/zero of="$DISK/fill" bs=1k count=64 2> /dev/null
        "$PY" -m declutter dedup {pages} --index "$DISK/x.idx" --no-progress > /dev/null 2> idx.err
        echo "rc=$?"
    """)
    assert "rc=1" in proc.stdout
    err = (tmp_path / "idx.err").read_text()
    _one_clear_line(err, "disk is full")
    assert "not a declutter index" not in err


def test_an_index_reached_through_a_link_is_locked_as_the_same_file(tmp_path: Path) -> None:
    first = open_index(tmp_path / "a.idx", DedupConfig())
    (tmp_path / "b.idx").symlink_to(tmp_path / "a.idx")
    os.link(tmp_path / "a.idx", tmp_path / "c.idx")
    try:
        for other in ("b.idx", "c.idx"):
            with pytest.raises(DedupIndexError, match="another run is using the index"):
                open_index(tmp_path / other, DedupConfig())
    finally:
        first.close()
    open_index(tmp_path / "b.idx", DedupConfig()).close()  # free again once the first closed


def test_run_checks_the_index_path_before_reading_a_page(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in.jsonl", 200)
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp)}
    proc = subprocess.run([sys.executable, "-m", "declutter", "run", str(pages), "--index",
                           str(tmp_path / "no-such-dir" / "x.idx"), "--no-progress"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 1 and proc.stdout == ""
    _one_clear_line(proc.stderr, "no-such-dir")
    assert "pages read" not in proc.stderr  # nothing was cleaned first
    assert list(temp.iterdir()) == []
