"""The command line as a user meets it: real files in, JSON Lines out, clear errors."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from locations import SAMPLES

from declutter.cli import main

SEED = SAMPLES / "dumps" / "daily8-dump.txt"


def run(*args: str, input: bytes | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, list(args), input=input)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def summary_count(stderr: str, label: str) -> int:
    match = re.search(rf"{label}\s*│\s*(\d+)", stderr)
    assert match, stderr
    return int(match.group(1))


def test_help_names_every_format() -> None:
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0
    out = CliRunner().invoke(main, ["clean", "--help"]).output
    for word in ("HTML", "dumps", "JSON Lines", "WARC", "feeds", "--jobs", "--rules", "--no-audit"):
        assert word in out


def test_missing_path_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["clean", "no/such/file.txt"])
    assert result.exit_code == 2
    assert "no such file or folder: no/such/file.txt" in result.output
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["clean", "--frobnicate", str(SEED)])
    assert result.exit_code == 2
    assert "No such option" in result.output


def test_stdin_dash(seed_text: str) -> None:
    code, records, _ = run("clean", "-", input=seed_text.encode())
    assert code == 0
    assert [r["id"] for r in records] == ["-"]
    assert records[0]["title"].startswith("India to manufacture")


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "out" / "clean.jsonl"
    code, records, stderr = run("clean", str(SEED), "-o", str(out))
    assert code == 0 and records == []
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == "daily8-dump.txt"
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".part")]
    assert summary_count(stderr, "pages read") == 1


def test_a_second_run_on_one_output_fails_while_writing_and_replaces_when_finished(
        tmp_path: Path) -> None:
    """fresh13 E5, as the README says: while a run writes ``-o OUT`` a second run fails at once
    (exit 1) and leaves OUT as it was; once the run has finished, a new run replaces OUT when
    it completes (until then the old OUT stays)."""
    from declutter.io.writers import JsonlWriter

    out = tmp_path / "clean.jsonl"
    assert run("clean", str(SEED), "-o", str(out))[0] == 0
    first = out.read_text("utf-8")
    running = JsonlWriter(out)  # a run that is still writing OUT
    code, _, stderr = run("clean", str(SAMPLES / "dumps" / "skimr-dump.txt"), "-o", str(out))
    assert code == 1 and f"another run is writing {out}" in stderr
    assert out.read_text("utf-8") == first
    running.close(ok=False)  # that run dies: its .part stays for --resume
    code, _, _ = run("clean", str(SAMPLES / "dumps" / "skimr-dump.txt"), "-o", str(out))
    assert code == 0
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == ["skimr-dump.txt"]
    assert not (tmp_path / ".clean.jsonl.part").exists()


def test_no_audit_leaves_removed_out() -> None:
    _, records, _ = run("clean", "--no-audit", str(SEED))
    assert "removed" not in records[0]
    assert len(records[0]["teasers"]) == 3


def _bad_inputs(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "story.txt").write_bytes(SEED.read_bytes())
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(SEED.read_bytes())[:400])
    (folder / "nostory.html").write_text(
        '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>')
    (folder / "pages.jsonl").write_text(
        json.dumps({"id": "ok", "text": SEED.read_text("utf-8"), "lang": "en"}) + "\n"
        + "{not json\n" + json.dumps({"id": "no-body"}) + "\n"
    )


def test_bad_input_gives_error_records_and_counts_reconcile(tmp_path: Path) -> None:
    _bad_inputs(tmp_path)
    code, records, stderr = run("clean", str(tmp_path))
    assert code == 3  # some pages gave error records (--allow-errors: 0)
    by_id = {r["id"]: r for r in records}
    assert len(records) == len(by_id) == 8
    assert by_id["story.txt"]["error"] is None
    assert by_id["ok"]["error"] is None and by_id["ok"]["input"] == {"lang": "en"}
    assert "binary" in by_id["garbage.txt"]["error"]
    assert "ended before" in by_id["truncated.txt.gz"]["error"]
    assert by_id["empty.txt"]["error"] == "ValueError: empty page: no text"
    assert by_id["nostory.html"]["error"] == "no story found"
    assert "not valid JSON" in by_id["pages.jsonl:2"]["error"]
    assert "neither" in by_id["no-body"]["error"]
    read, cleaned, errors = (summary_count(stderr, k) for k in ("pages read", "cleaned", "errors"))
    assert (read, cleaned, errors) == (8, 2, 6)
    assert read == cleaned + errors == len(records)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_preserve_order(tmp_path: Path, jobs: str) -> None:
    _bad_inputs(tmp_path)
    _, one, _ = run("clean", str(tmp_path))
    _, many, _ = run("clean", "--jobs", jobs, str(tmp_path))
    assert many == one


def test_glob_ids_are_relative(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "a" / "y.txt").write_bytes(SEED.read_bytes())
    _, records, _ = run("clean", str(tmp_path / "*" / "*.txt"))
    assert [r["id"] for r in records] == ["x.txt", "y.txt"]
    _, records, _ = run("clean", str(tmp_path))
    assert [r["id"] for r in records] == ["a/x.txt", "a/y.txt"]


def test_broken_rule_file_stops_before_reading(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text(
        "rules:\n  - id: x\n    description: d\n    match: {regex: '(a'}\n    action: drop\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", "--rules", str(rules), str(SEED), "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.yaml:4:20:" in result.output and "not valid RE2" in result.output
    assert not out.exists()


def test_a_one_page_clean_imports_no_other_command() -> None:
    """Start-up (issue 16): ``clean`` loads neither the report builder, rule testing nor dedup's
    engine and index tools; each of those commands still runs when called."""
    import subprocess

    page = SAMPLES / "html" / "metro-wire.html"
    heavy = ["declutter.report.builder", "declutter.ruleset.commands", "declutter.ruleset.testing",
             "declutter.dedup.engine", "declutter.dedup.index"]
    code = ("import sys\nfrom click.testing import CliRunner\nfrom declutter.cli import main\n"
            f"r = CliRunner().invoke(main, ['clean', {str(page)!r}, '--no-progress'])\n"
            "assert r.exit_code == 0, r.output\n"
            f"print([m for m in {heavy!r} if m in sys.modules])\n"
            "r = CliRunner().invoke(main, ['rules', 'lint'])\n"
            "print(r.exit_code, 'declutter.ruleset.commands' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[]", "0 True"]
    listed = CliRunner().invoke(main, ["--help"]).output
    for name in ("clean", "run", "dedup", "index", "explain", "rules", "report"):
        assert f"\n  {name} " in listed
