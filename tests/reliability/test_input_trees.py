"""Input folders with links, unreadable folders and names that are not UTF-8: nothing is
skipped without a word, and ids are unique and survive ``--resume`` (issue 18, items 2-3)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from declutter.io.input_files import expand, input_id
from declutter.io.writers import part_path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ("<html><body><article><p>The council met on Tuesday and agreed to repair the old "
        "bridge over the river before the winter floods arrive in the valley.</p></article>"
        "</body></html>")


def _clean(*args: str, no_root: bool = False) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if no_root and os.geteuid() == 0:  # root reads any folder: drop that power first
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: every folder is readable")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*prefix, sys.executable, "-m", "declutter", "clean", "--no-progress",
                           *args], capture_output=True, text=True, timeout=60, env=env)


def _tree(tmp_path: Path) -> Path:
    tmp_path.chmod(0o755)
    tree, other = tmp_path / "tree", tmp_path / "other"
    (tree / "a").mkdir(parents=True)
    other.mkdir()
    for path in (tree / "a" / "x.html", other / "o.html"):
        path.write_text(PAGE, "utf-8")
    (tree / "link").symlink_to("../other")  # a folder link: followed once
    (tree / "a" / "loop").symlink_to("..")  # a loop: refused, not followed forever
    (tree / "broken").symlink_to("nowhere")
    locked = tree / "locked"
    locked.mkdir()
    (locked / "y.html").write_text(PAGE, "utf-8")
    locked.chmod(0)
    for folder in (tree, tree / "a", other):
        folder.chmod(0o755)
    return tree


def test_links_and_unreadable_folders_are_named(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    try:
        result = _clean(str(tree), no_root=True)
    finally:
        (tree / "locked").chmod(0o755)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a/x.html", "link/o.html"]  # the link's folder read once, under its name
    said = " ".join(result.stderr.split())
    assert "skipped 3 folders or links" in said
    for what in ("locked (cannot read: Permission denied)", "broken (a broken link)",
                 "loop (a link to a folder already read)"):
        assert what in said


def test_undecodable_names_get_unique_stable_ids(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for raw in (b"bad-\xff-x.html", b"bad-\xfe-x.html", b"bad-\\xff-x.html"):
        (folder / os.fsdecode(raw)).write_text(PAGE, "utf-8")
    ids = [i.id for i in expand([str(folder)])]
    assert sorted(ids) == sorted(["bad-\\xff-x.html", "bad-\\xfe-x.html", "bad-\\\\xff-x.html"])
    assert all(i.encode("utf-8") for i in ids)  # valid text, no lone surrogates
    assert input_id("plain/name.html") == "plain/name.html"


def test_resume_goes_on_over_undecodable_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / os.fsdecode(b"p%d-\xff.html" % n)).write_text(PAGE, "utf-8")
    out = tmp_path / "out.jsonl"
    first = _clean(str(folder), "-o", str(out))
    assert first.returncode == 0, first.stderr
    complete = out.read_text("utf-8").splitlines()
    assert len({json.loads(line)["id"] for line in complete}) == 4
    part_path(out).write_text(complete[0] + "\n" + complete[1] + "\n", "utf-8")  # a run cut off
    out.unlink()
    resumed = _clean(str(folder), "-o", str(out), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_text("utf-8").splitlines() == complete
    assert "resumed: 2 pages" in resumed.stderr
