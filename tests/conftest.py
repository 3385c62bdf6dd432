"""Shared fixtures: paths to the bundled samples and the shared seed material."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def seed_text() -> str:
    return (SAMPLES / "dumps" / "daily8-dump.txt").read_text("utf-8")
