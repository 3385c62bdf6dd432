"""Fixtures of the rule-engine tests."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[..., Path]:
    """write_rules(name, yaml_text) -> path of the written rule file (inside tmp_path/rules)."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / "rules" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
        return path

    return write
