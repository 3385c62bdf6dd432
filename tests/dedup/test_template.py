"""Template shingles of a source, recovered from signatures, and the similarity without them."""

from __future__ import annotations

import random

import numpy as np
from dedup_corpus import make_story

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import signatures
from declutter.dedup.shingle import shingle_hashes
from declutter.dedup.template import similarity_to, slot_shingles, templates

CONFIG = DedupConfig()


def test_each_slot_gives_back_a_shingle_of_the_text():
    text = make_story(random.Random(3), 120)
    hashes, _ = shingle_hashes([text], CONFIG.ngram)
    behind = slot_shingles(signatures([text], CONFIG), CONFIG)
    assert set(behind.ravel().tolist()) <= set(hashes.tolist())
    assert len(set(behind.ravel().tolist())) > 40


def _briefs(rng: random.Random, count: int, appeal: str) -> list[str]:
    return [make_story(rng, 40) + "\n\n" + appeal for _ in range(count)]


def test_an_appeal_shared_by_briefs_of_one_source_does_not_count():
    rng = random.Random(5)
    appeal = make_story(rng, 85)
    sigs = signatures(_briefs(rng, 6, appeal), CONFIG)
    plain = (sigs[1:] == sigs[0]).mean(axis=1)
    assert (plain >= CONFIG.threshold).all()  # the appeal alone would join them
    found = templates(sigs, ["site"] * 6, CONFIG)
    same = np.ones(5, dtype=bool)
    without = similarity_to(sigs[1:], sigs[0], same, found["site"], CONFIG)
    assert (without < 0.15).all()
    # Other sources, and stories without a source, are compared on everything.
    assert templates(sigs, [None] * 6, CONFIG) == {}
    other = similarity_to(sigs[1:], sigs[0], ~same, found["site"], CONFIG)
    assert np.array_equal(other, plain)


def test_copies_of_one_story_from_its_source_stay_similar():
    rng = random.Random(6)
    story = make_story(rng, 300)
    sigs = signatures([story] * 4 + [make_story(rng, 300)], CONFIG)
    found = templates(sigs, ["site"] * 5, CONFIG)
    sim = similarity_to(sigs[1:4], sigs[0], np.ones(3, dtype=bool), found.get("site"), CONFIG)
    assert (sim == 1.0).all()  # all template to each other: the plain estimate is used


def test_versions_of_one_story_from_its_source_stay_one_cluster():
    from dedup_corpus import edit

    from declutter.dedup import dedup_stream

    rng = random.Random(7)
    story = make_story(rng, 250)
    records = [{"id": f"v{k}", "source": "site", "text": edit(story, 0.01 * (k % 5), rng),
                "error": None} for k in range(9)]
    out: list[dict] = []
    dedup_stream(lambda: iter(records), out.append, CONFIG)
    assert {r["dup"]["cluster"] for r in out} == {"v0"}
