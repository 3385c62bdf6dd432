"""The dump the project started from comes out exactly as its issue states."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from locations import SAMPLES, SHARED

from declutter import clean_text

SEED = SAMPLES / "dumps" / "daily8-dump.txt"
BOILERPLATE = ["Hashtags", "Try Our AI Features", "Explore what Daily8 AI can do for you:",
               "Comments", "No comments yet...", "Related Articles"]


def test_bundled_copy_is_the_shared_seed() -> None:
    shared = SHARED / "seeds" / "daily8-dump.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED.read_bytes() == shared.read_bytes()


def _check(record: dict) -> None:
    lines = SEED.read_text("utf-8").splitlines()
    assert record["error"] is None
    assert record["title"] == "India to manufacture rare earth magnets locally due to Chinese supply cut"
    assert record["title"] == lines[1]
    assert record["text"].split("\n\n") == lines[2:12]
    for line in BOILERPLATE:
        assert line not in record["text"]
    removed = {r["text"]: r["rule"] for r in record["removed"]}
    assert set(BOILERPLATE) <= set(removed)
    assert all(removed[line] for line in BOILERPLATE)
    teasers = record["teasers"]
    assert [t["source"] for t in teasers] == ["Russia Today"] * 3
    assert [t["age"] for t in teasers] == ["4 hours ago", "9 hours ago", "10 hours ago"]
    assert [t["title"] for t in teasers] == [
        "Japan's ruling coalition loses majority for first time in 31 years",
        "The quiet Asian engagement everyone should be watching",
        "Putin speaks of threat to Russian sovereignty",
    ]
    body_lines = [lines[i + 1] for i, line in enumerate(lines) if line in
                  {t["title"] for t in teasers}]
    assert [t["text"] for t in teasers] == body_lines
    assert all(len(t["text"]) > 500 for t in teasers)


def test_seed_dump_library() -> None:
    _check(clean_text(SEED.read_bytes(), id="seed").to_dict())


def test_seed_dump_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "declutter", "clean", str(SEED)],
        capture_output=True, text=True, check=True,
    )
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 1
    assert records[0]["id"] == "daily8-dump.txt"
    _check(records[0])
