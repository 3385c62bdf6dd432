"""Helpers for rule-engine tests: write rule files into a temporary folder and load them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from declutter.blocks import Page, text_to_blocks
from declutter.ruleset.engine import RuleSet


def page_of(text: str, **kw: str) -> Page:
    """A text-dump page from an indented literal."""
    return Page(id="t", format="text", blocks=text_to_blocks(textwrap.dedent(text)), **kw)


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[..., Path]:
    """write_rules(name, yaml_text) -> path of the written rule file (inside tmp_path/rules)."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / "rules" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
        return path

    return write


@pytest.fixture
def load_rules(write_rules: Callable[..., Path], tmp_path: Path) -> Callable[..., RuleSet]:
    """load_rules(yaml_text, bundled=False) -> RuleSet of one rule file (plus bundled ones if asked)."""

    def load(text: str, bundled: bool = False, name: str = "test.yaml") -> RuleSet:
        write_rules(name, text)
        return RuleSet.load([tmp_path / "rules"], bundled=bundled)

    return load
