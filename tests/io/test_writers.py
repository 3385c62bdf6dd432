"""The JSON Lines writer: valid UTF-8 JSON whatever the page held, files appear only when whole."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from declutter.io.writers import JsonlWriter, OutputBusy, ResumeMismatch, lock_file
from declutter.record import Record


def test_file_appears_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with pytest.raises(RuntimeError), JsonlWriter(out) as writer:
        writer.write(Record(id="a", text="x"))
        assert not out.exists()
        raise RuntimeError("interrupted")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == [".o.jsonl.part"]  # kept for --resume
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


def test_resume_cuts_a_torn_line_and_skips_what_is_done(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    part = tmp_path / ".o.jsonl.part"
    part.write_text('{"id":"a"}\n{"id":"b"}\n{"id":"c", "te')
    with JsonlWriter(out, resume=True) as writer:
        rest = list(writer.skip_done([Record(id=i) for i in "abcd"]))
        assert [r.id for r in rest] == ["c", "d"]
        for record in rest:
            writer.write(record)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == list("abcd")
    assert not part.exists()


def test_resume_refuses_foreign_partial_output(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    (tmp_path / ".o.jsonl.part").write_text('{"id":"zzz"}\n')
    writer = JsonlWriter(out, resume=True)
    with pytest.raises(ResumeMismatch, match="zzz"):
        list(writer.skip_done([Record(id="a")]))
    writer.close(ok=False)


def test_second_writer_on_same_output_fails_clearly(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with JsonlWriter(out), pytest.raises(OutputBusy, match="another run"):
        JsonlWriter(out)


def test_lock_file_refuses_a_second_holder_until_the_first_closes(tmp_path: Path) -> None:
    lock = tmp_path / ".out.lock"
    first = lock_file(lock)
    assert first is not None and lock.exists()
    assert lock_file(lock) is None  # (flock: per open file, so this process is refused too)
    os.close(first)
    again = lock_file(lock)
    assert again is not None
    os.close(again)
