"""Vectorised MinHash signatures."""

from __future__ import annotations

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import (
    containment,
    is_empty,
    jaccard,
    signatures,
    signatures_from_hashes,
)


def _pair(rng: np.random.Generator, j: float, union: int = 600) -> tuple[np.ndarray, np.ndarray]:
    items = rng.choice(2**32, size=union, replace=False).astype(np.uint32)
    shared = int(j * union)
    rest = items[shared:]
    half = len(rest) // 2
    return (np.concatenate([items[:shared], rest[:half]]),
            np.concatenate([items[:shared], rest[half:]]))


def test_estimated_jaccard_is_unbiased_with_the_expected_spread():
    config = DedupConfig()
    rng = np.random.default_rng(3)
    for j in (0.2, 0.5, 0.8):
        errors = []
        for _ in range(150):
            a, b = _pair(rng, j)
            sig = signatures_from_hashes(np.concatenate([a, b]),
                                         np.array([0, len(a), len(a) + len(b)]), config)
            errors.append(jaccard(sig[0], sig[1]) - j)
        sd = (j * (1 - j) / config.num_perm) ** 0.5
        assert abs(np.mean(errors)) < 3 * sd / len(errors) ** 0.5 + 0.005
        assert 0.7 * sd < np.std(errors) < 1.3 * sd


def test_signatures_are_deterministic_and_seeded():
    texts = ["the quick brown fox jumps over the lazy dog", "another text entirely here"]
    one = signatures(texts, DedupConfig())
    assert one.shape == (2, 128) and one.dtype == np.uint32
    assert np.array_equal(one, signatures(texts, DedupConfig()))
    assert np.array_equal(one[1], signatures(texts[1:], DedupConfig())[0])
    assert not np.array_equal(one, signatures(texts, DedupConfig(seed=2)))


def test_empty_text_has_the_empty_signature():
    sig = signatures(["", "a b c d"], DedupConfig())
    assert is_empty(sig[0]) and not is_empty(sig[1])


def test_identical_texts_have_identical_signatures_and_case_is_ignored():
    sig = signatures(["Breaking: markets fall sharply today.", "breaking markets FALL sharply today"],
                     DedupConfig())
    assert jaccard(sig[0], sig[1]) == 1.0


def test_containment_of_a_prefix_is_high_and_of_unrelated_text_low():
    config = DedupConfig()
    rng = np.random.default_rng(5)
    story = rng.choice(2**32, size=800, replace=False).astype(np.uint32)
    other = rng.choice(2**32, size=800, replace=False).astype(np.uint32)
    prefix = story[:160]
    sig = signatures_from_hashes(np.concatenate([prefix, story, other]),
                                 np.array([0, 160, 960, 1760]), config)
    assert containment(sig[0], 160, sig[1], 800) > 0.7
    assert containment(sig[0], 160, sig[2], 800) < 0.2
