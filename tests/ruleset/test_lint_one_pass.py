"""Lint reports every problem in one pass, and the bundled rule tests' pages ship with the package."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from locations import ROOT

import declutter
from declutter.cli import main
from declutter.ruleset.load import RuleError, bundled_dir, load_files

BROKEN = """\
name: broken
rules:
  - id: broken.one
    description: a rule with a typo in a key
    match: {text: "Foo"}
    acton: drop
  - id: broken.one
    description: the same id again
    match: {text: "Bar"}
    action: drop
  - id: global.comments
    description: a bundled rule's id, and a regex RE2 refuses
    match: {regex: "(?=x)"}
    action: drop
"""
UNREADABLE = """\
name: unreadable
rules:
  - id: unreadable.one
    match: {text: "Foo"
"""


def test_every_problem_in_one_pass(write_rules: Callable[..., Path]) -> None:
    broken = write_rules("broken.yaml", BROKEN)
    write_rules("unreadable.yaml", UNREADABLE)
    with pytest.raises(RuleError) as info:
        load_files([bundled_dir(), broken.parent])
    messages = [p.message for p in info.value.problems]
    assert len(messages) == 5, messages
    assert any(m.startswith("unknown key 'acton'") for m in messages)
    assert any(m.startswith("duplicate rule id 'broken.one'") for m in messages)
    assert any(m.startswith("duplicate rule id 'global.comments'") for m in messages)
    assert any("not valid RE2" in m for m in messages)
    assert any(m.startswith("not valid YAML") for m in messages)


def test_cli_lint_prints_them_all(write_rules: Callable[..., Path]) -> None:
    broken = write_rules("broken.yaml", BROKEN)
    result = CliRunner().invoke(main, ["rules", "lint", str(broken)])
    assert result.exit_code == 1 and result.stderr.strip().endswith("4 problems")
    assert result.stdout.count("duplicate rule id") == 2


def _packaged(patterns: list[str]) -> set[str]:
    """Files under declutter/ that the wheel's package-data patterns take."""
    package = Path(declutter.__file__).parent
    found = set()
    for dirpath, _, names in os.walk(package, followlinks=True):
        for name in names:
            rel = (Path(dirpath) / name).relative_to(package).as_posix()
            if any(fnmatch.fnmatch(rel, p) for p in patterns):
                found.add(rel)
    return found


def test_bundled_rule_test_pages_are_package_data() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    packaged = _packaged(pyproject["tool"]["setuptools"]["package-data"]["declutter"])
    package = Path(declutter.__file__).parent
    pages = [t.path for f in load_files([package / "rules"]) for t in f.tests if t.path is not None]
    assert len(pages) >= 9
    for page in pages:  # resolved paths: samples/... of the checkout, reached as declutter/samples
        rel = page.relative_to(ROOT / "samples")
        assert f"samples/{rel.as_posix()}" in packaged, page
