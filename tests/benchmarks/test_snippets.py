"""The trafilatura-eval snippet metric and split (benchmarks/snippets.py), and the SVG plot."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.plot import time_size_svg  # noqa: E402
from benchmarks.snippets import HELD_OUT, TUNING, EvalPage, half, page_counts, score  # noqa: E402


def page(pid: str, with_: list[str], without: list[str]) -> EvalPage:
    return EvalPage(pid, "", "", with_, without)


def test_snippets_match_after_white_space_is_normalised() -> None:
    p = page("a", ["the  quick\nfox", "absent words"], ["cookie notice", "Menu"])
    assert page_counts("The text: the quick fox\n\njumps.  Menu", p) == (1, 1, 1, 1)


def test_sums_and_per_page_shares() -> None:
    pages = [page("a", ["x y"], ["nav"]), page("b", ["one", "two"], [])]
    s = score([("x y and nav", pages[0]), ("one", pages[1])])
    assert (s.tp, s.fn, s.fp, s.tn) == (2, 1, 1, 0)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(4 / 6)
    assert s.with_found == pytest.approx((1 + 0.5) / 2)
    assert s.without_absent == pytest.approx((0 + 1) / 2)


def test_the_split_is_fixed_and_about_even() -> None:
    ids = [f"page-{i}" for i in range(2000)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids]
    assert 900 < halves.count(TUNING) < 1100
    assert set(halves) == {TUNING, HELD_OUT}


def test_time_size_plot_is_valid_svg_with_one_dot_per_page() -> None:
    svg = time_size_svg([(2_000, 0.001), (150_000, 0.02), (900_000, 0.3)])
    root = ET.fromstring(svg)
    assert len(root.findall("{http://www.w3.org/2000/svg}circle")) == 3
    with pytest.raises(ValueError):
        time_size_svg([])
