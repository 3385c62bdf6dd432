"""Where the tests find the bundled samples and the shared material beside the checkout."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
GOLDEN = ROOT / "tests" / "golden"
