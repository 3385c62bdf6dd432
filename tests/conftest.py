"""Shared fixtures: the bundled samples and the seed dump."""

from __future__ import annotations

from pathlib import Path

import pytest
from locations import SAMPLES


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def seed_text() -> str:
    return (SAMPLES / "dumps" / "daily8-dump.txt").read_text("utf-8")
