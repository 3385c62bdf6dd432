"""The Count-Min sketch and the block key (declutter/templates/sketch.py)."""

from __future__ import annotations

import numpy as np
import pytest

from declutter.templates.sketch import CountMin, block_key, normalise


def test_normalise_reads_digit_runs_as_one_and_folds_case_and_space() -> None:
    assert normalise("  Updated 12:05 ·  3 MIN ") == normalise("updated 9:41 · 12 min")
    assert normalise("Updated 12:05") != normalise("Posted 12:05")
    assert block_key("a", "Join 3 readers") == block_key("a", "join 47  readers")
    assert block_key("a", "Join 3 readers") != block_key("b", "Join 3 readers")


def test_estimates_never_undercount_and_do_not_depend_on_order() -> None:
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 2**63, size=5000, dtype=np.uint64)
    stream = np.concatenate([keys, keys[:100], keys[:100], keys[:10]])
    one, two = CountMin(width_bits=10), CountMin(width_bits=10)  # small: collisions happen
    one.add(stream)
    for chunk in np.array_split(rng.permutation(stream), 7):
        two.add(chunk)
    assert np.array_equal(one.table, two.table)
    truth = np.ones(len(keys), dtype=np.int64)
    truth[:100] += 2
    truth[:10] += 1
    assert (one.estimate(keys) >= truth).all()
    wide = CountMin(width_bits=20)
    wide.add(stream)
    assert (wide.estimate(keys[:10]) == 4).all()  # few collisions at this width


def test_merge_adds_counts_and_refuses_other_shapes() -> None:
    a, b = CountMin(width_bits=12), CountMin(width_bits=12)
    key = np.array([42], dtype=np.uint64)
    a.add(key)
    b.add(np.repeat(key, 2))
    a.merge(b)
    assert a.estimate(key)[0] == 3
    with pytest.raises(ValueError, match="different shapes"):
        a.merge(CountMin(width_bits=13))
