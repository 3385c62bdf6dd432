"""The JSON Lines writer: valid UTF-8 JSON whatever the page held, files appear only when whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declutter.io.writers import JsonlWriter
from declutter.record import Record


def test_file_appears_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with pytest.raises(RuntimeError), JsonlWriter(out) as writer:
        writer.write(Record(id="a", text="x"))
        assert not out.exists()
        raise RuntimeError("interrupted")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    with JsonlWriter(out) as writer:
        writer.write(Record(id="a", text="x"))
    assert json.loads(out.read_text())["id"] == "a"


def test_lone_surrogates_and_controls_stay_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with JsonlWriter(out) as writer:
        writer.write(Record(id="s", text="bad \udcff surrogate \x00 nul \u2028 sep"))
    raw = out.read_bytes()
    raw.decode("utf-8")  # strict: raises on anything invalid
    [line] = raw.splitlines()
    record = json.loads(line)
    assert record["text"].startswith("bad ") and "\x00 nul" in record["text"]
