"""Rule files that would crash a loader or read outside: a nesting bomb is a ``file:line``
problem, and test pages stay inside the project and the page size limit (issue 18, items 8
and 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import RuleError, load_files
from declutter.ruleset.testing import run_tests

ROOT = Path(__file__).resolve().parents[2]


def _declutter(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "declutter", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd, env=env)


@pytest.mark.parametrize("command", [["rules", "lint"], ["clean", "page.txt", "--rules"]])
def test_a_nesting_bomb_is_a_file_line_problem(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "bomb.yaml").write_text("rules: " + "[" * 50_000 + "]" * 50_000 + "\n", "utf-8")
    (tmp_path / "page.txt").write_text("A short page.\n", "utf-8")
    proc = _declutter(*command, "bomb.yaml", cwd=tmp_path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr
    assert "bomb.yaml:1:71: nested deeper than 64 levels" in proc.stdout + proc.stderr


def _rule_file(folder: Path, path: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rule_file = folder / "t.yaml"
    rule_file.write_text(f"name: t\nrules: []\ntests:\n  - path: {path}\n"
                         "    expect: {contains: root}\n", "utf-8")
    return rule_file


def test_a_rule_file_outside_a_rules_folder_reads_only_beside_it(tmp_path: Path) -> None:
    # as a rule file directly in /tmp: its grandparent (here tmp_path) is not the project
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", "utf-8")
    rule_file = _rule_file(tmp_path / "tmp", "../secret.txt")
    with pytest.raises(RuleError, match="t.yaml:4:11: path '../secret.txt' leaves the project"):
        load_files([rule_file])


def test_rules_in_a_rules_folder_may_use_the_project(tmp_path: Path) -> None:
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "p.txt").write_text("root of the matter\n", "utf-8")
    rule_file = _rule_file(tmp_path / "rules" / "sites", "../../samples/p.txt")
    assert load_files([rule_file])[0].tests[0].path == (tmp_path / "samples" / "p.txt")


def test_a_test_page_is_read_only_up_to_the_page_limit(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    with (tmp_path / "huge.txt").open("wb") as fh:  # sparse: 64 MiB, nothing on disk
        fh.truncate(64 << 20)
    (tmp_path / "zero").symlink_to("/dev/zero")  # ``../dev/zero`` from a rule file in /tmp
    files = load_files([_rule_file(tmp_path / "rules", "../huge.txt")])
    [result] = run_tests(RuleSet(files), files)
    assert len(result.failures) == 1
    assert result.failures[0].startswith("cannot read the test page: larger than --max-page-bytes")
    with pytest.raises(RuleError, match="leaves the project"):
        load_files([_rule_file(tmp_path / "rules", "../zero")])
