"""The CLI: declutter dedup and declutter index stats|export|prune."""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner
from dedup_corpus import edit, make_story, record

from declutter.cli import main


@pytest.fixture
def records_file(tmp_path, rng: random.Random):
    stories = [make_story(rng, 200) for _ in range(5)]
    rows = [record(f"a-{i}", s) for i, s in enumerate(stories)]
    rows += [record("b-0", edit(stories[0], 0.05, rng)), record("b-1", edit(stories[3], 0.02, rng))]
    path = tmp_path / "clean.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_dedup_to_a_file_with_summary_on_stderr(tmp_path, records_file):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["dedup", str(records_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in _lines(out.read_text("utf-8"))}
    assert rows["b-0"]["dup"]["canonical"] == "a-0"
    assert rows["b-1"]["dup"]["canonical"] == "a-3"
    assert rows["a-1"]["is_canonical"] is True
    assert "duplicates flagged" in result.stderr
    assert "0 of 0 with >= 8 words" in result.stderr  # the count says which teasers it counts
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temp file left behind


def test_dedup_from_stdin_to_stdout_drop_duplicates(records_file):
    result = CliRunner().invoke(main, ["dedup", "-", "--drop-duplicates", "--no-progress"],
                                input=records_file.read_text("utf-8"))
    assert result.exit_code == 0, result.output
    assert sorted(r["id"] for r in _lines(result.stdout)) == [f"a-{i}" for i in range(5)]


def test_index_commands(tmp_path, records_file):
    index = tmp_path / "stories.idx"
    runner = CliRunner()
    first = runner.invoke(main, ["dedup", str(records_file), "-o", str(tmp_path / "1.jsonl"),
                                 "--index", str(index)])
    assert first.exit_code == 0, first.output
    stats = runner.invoke(main, ["index", "stats", str(index)])
    assert stats.exit_code == 0
    data = json.loads(stats.stdout)
    assert data["stories"] == 7 and data["clusters"] == 5 and data["duplicates"] == 2
    assert data["config"]["ngram"] == 3
    export = runner.invoke(main, ["index", "export", str(index)])
    exported = _lines(export.stdout)
    assert {r["id"] for r in exported} == {"a-0", "a-1", "a-2", "a-3", "a-4", "b-0", "b-1"}
    assert {r["cluster"] for r in exported if r["id"] in ("a-0", "b-0")} == {"a-0"}
    kept = runner.invoke(main, ["index", "prune", str(index), "--older-than", "30d"])
    assert kept.exit_code == 0 and json.loads(kept.stdout) == {"pruned": 0, "left": 7}
    gone = runner.invoke(main, ["index", "prune", str(index), "--older-than", "0s"])
    assert json.loads(gone.stdout) == {"pruned": 7, "left": 0}


def test_index_stats_on_redis(redis_url, records_file, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["dedup", str(records_file), "-o", str(tmp_path / "o.jsonl"),
                                  "--index", redis_url])
    assert result.exit_code == 0, result.output
    stats = json.loads(runner.invoke(main, ["index", "stats", redis_url]).stdout)
    assert stats["kind"] == "redis" and stats["stories"] == 7


@pytest.mark.parametrize("args, message", [
    (["dedup", "missing.jsonl"], "does not exist"),
    (["dedup", "{records}", "--threshold", "1.5"], "--threshold"),
    (["dedup", "{records}", "-o", "/no/such/dir/out.jsonl"], "does not exist"),
    (["index", "stats", "nowhere.idx"], "no index at nowhere.idx"),
    (["index", "prune", "{index}", "--older-than", "soon"], "--older-than"),
    (["dedup", "{records}", "--index", "redis://127.0.0.1:1/0"], "cannot reach Redis"),
])
def test_bad_input_gives_a_clear_error_without_traceback(tmp_path, records_file, args, message):
    index = tmp_path / "x.idx"
    CliRunner().invoke(main, ["dedup", str(records_file), "-o", str(tmp_path / "x.jsonl"),
                              "--index", str(index)])
    args = [a.format(records=records_file, index=index) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_config_mismatch_is_a_clear_error(tmp_path, records_file):
    index = tmp_path / "m.idx"
    runner = CliRunner()
    runner.invoke(main, ["dedup", str(records_file), "-o", str(tmp_path / "1.jsonl"),
                         "--index", str(index)])
    result = runner.invoke(main, ["dedup", str(records_file), "-o", str(tmp_path / "2.jsonl"),
                                  "--index", str(index), "--num-perm", "64"])
    assert result.exit_code == 1
    assert "Use the same options or a new index" in result.output
