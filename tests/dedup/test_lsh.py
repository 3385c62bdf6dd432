"""Band keys group the same candidates as datasketch's MinHashLSH."""

from __future__ import annotations

import random

import pytest
from datasketch import MinHashLSH
from dedup_corpus import edit, make_story

from declutter.dedup.config import DedupConfig
from declutter.dedup.lsh import band_keys, bucket_pairs
from declutter.dedup.minhash import Signature, signatures


def test_band_key_candidates_equal_minhashlsh_candidates():
    rng = random.Random(4)
    config = DedupConfig()
    texts = []
    for _ in range(30):
        story = make_story(rng, 150)
        texts += [story, edit(story, 0.1, rng), edit(story, 0.3, rng)]
    ids = [f"d{i:03d}" for i in range(len(texts))]
    sigs = signatures(texts, config)
    lsh = MinHashLSH(num_perm=config.num_perm, params=config.bands)
    for i, s in zip(ids, sigs, strict=True):
        lsh.insert(i, Signature(s))
    expected = {tuple(sorted((i, j))) for i, s in zip(ids, sigs, strict=True)
                for j in lsh.query(Signature(s)) if j != i}
    keys = band_keys(sigs, config)
    assert keys.shape == (len(texts), config.bands[0])
    assert bucket_pairs(ids, keys) == expected
    assert len(expected) > 30


def test_compact_lsh_finds_what_minhashlsh_finds_and_forgets_removed_keys():
    from declutter.dedup.lsh import CompactLSH

    rng = random.Random(9)
    config = DedupConfig()
    texts = []
    for _ in range(40):
        story = make_story(rng, 120)
        texts += [story, edit(story, 0.1, rng), edit(story, 0.35, rng)]
    ids = [f"d{i:03d}" for i in range(len(texts))]
    sigs = signatures(texts, config)
    reference = MinHashLSH(num_perm=config.num_perm, params=config.bands)
    compact = CompactLSH(config, merge_every=500)  # forces several merges
    for i, s in zip(ids, sigs, strict=True):
        reference.insert(i, Signature(s))
        compact.insert(i, Signature(s))
    for s in sigs:
        assert sorted(compact.query(Signature(s))) == sorted(reference.query(Signature(s)))
    compact.remove("d001")
    assert "d001" not in compact and "d000" in compact
    assert "d001" not in compact.query(Signature(sigs[1]))
    with pytest.raises(ValueError):
        compact.insert("d000", Signature(sigs[0]))


def test_bands_find_pairs_at_the_threshold_with_the_promised_probability():
    from declutter.dedup.config import DedupConfig, candidate_probability

    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        config = DedupConfig(threshold=threshold)
        b, r = config.bands
        assert b * r <= config.num_perm
        assert candidate_probability(threshold, b, r) >= config.lsh_recall
        if r < config.num_perm:  # one more row per band would miss the bound
            assert candidate_probability(threshold, config.num_perm // (r + 1), r + 1) \
                < config.lsh_recall
    assert DedupConfig().bands == (42, 3)
