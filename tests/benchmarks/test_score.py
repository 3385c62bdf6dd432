"""The extraction metric (benchmarks/score.py) as the shared benchmark README defines it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.score import score_page, shingles, summarise  # noqa: E402


def test_shingles_are_word_4grams_with_counts() -> None:
    assert shingles("a b c d a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1,
                                          ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    assert shingles("Hello, world!") == {("Hello", "world"): 1}  # 1-3 tokens: one shingle
    assert shingles("  ...  ") == {}
    assert shingles("Grüße aus Köln heute") == {("Grüße", "aus", "Köln", "heute"): 1}


def test_page_scores() -> None:
    s = score_page("one two three four five", "one two three four six")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == s.recall == 0.5
    assert score_page("", "").precision == score_page("", "").recall == 1.0


def test_summary_leaves_empty_predictions_out_of_precision() -> None:
    pairs = [("a b c d e", "a b c d e"), ("", "x y z w v")]
    s = summarise(pairs)
    assert s.precision == 1.0  # the empty prediction is not averaged into precision
    assert s.recall == 0.5  # but counts as recall 0
    assert s.f1 == pytest.approx(2 / 3)
