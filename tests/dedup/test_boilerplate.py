"""Lines a source repeats on many of its stories: their counts, which are boilerplate, and the
similarity that leaves their slots out."""

from __future__ import annotations

import random

import numpy as np
from dedup_corpus import edit, make_story

from declutter.dedup import DedupConfig, dedup_stream
from declutter.dedup.boilerplate import boilerplate, similarity_to, slot_shingles
from declutter.dedup.index import Index
from declutter.dedup.lines import LineCounts, batch_lines, count_lines
from declutter.dedup.lsh import band_keys, share_band
from declutter.dedup.minhash import signatures
from declutter.dedup.shingle import shingle_hashes
from declutter.templates.sketch import line_key

CONFIG = DedupConfig()


def _clusters(records: list[dict], index=None) -> dict[str, str]:
    out: list[dict] = []
    dedup_stream(lambda: iter(records), out.append, CONFIG, index)
    return {r["id"]: r["dup"]["cluster"] for r in out}


def _story(rid: str, text: str, source: str | None = "site") -> dict:
    return {"id": rid, "source": source, "text": text, "error": None}


def test_each_slot_gives_back_a_shingle_of_the_text():
    text = make_story(random.Random(3), 120)
    hashes, _ = shingle_hashes([text], CONFIG.ngram)
    behind = slot_shingles(signatures([text], CONFIG), CONFIG)
    assert set(behind.ravel().tolist()) <= set(hashes.tolist())
    assert len(set(behind.ravel().tolist())) > 40


def test_line_counts_are_stories_per_line_in_any_order_and_split():
    rng = random.Random(4)
    appeal = make_story(rng, 40).replace("\n\n", " ")
    stories = [("a", make_story(rng, 50) + "\n\n" + appeal) for _ in range(5)]
    stories += [("a", "one line only"), (None, appeal + "\n\n" + appeal), ("b", appeal + "\n\nx")]
    stories.append(("a", f"{appeal}\n\n  {appeal} \n\nsomething else"))  # counted once
    stories.append(("a", f"{appeal}\n\n\t\n"))  # one line: its own text
    whole = count_lines(stories)
    assert whole.of([line_key("a", appeal)]).tolist() == [6]
    assert whole.of([line_key("b", appeal)]).tolist() == [1]  # its own source
    assert whole.of([line_key("a", appeal.upper())]).tolist() == [1]
    halves = LineCounts()
    for part in (stories[::2], stories[1::2]):
        halves.merge(LineCounts.of_stories(reversed(part)))
    halves = halves.recurring()
    assert np.array_equal(halves.keys, whole.keys) and np.array_equal(halves.counts, whole.counts)
    lines = batch_lines(["a", None, "a", "a"], ["one line", "two\nlines", " x \n\ny\n", "é\nü"])
    assert lines.story.tolist() == [2, 2, 3, 3]
    assert sorted(lines.text(i) for i in range(4)) == ["x", "y", "é", "ü"]


def test_a_line_is_boilerplate_when_carried_far_more_often_than_the_story():
    def rule(*stories: list[int]) -> list[list[bool]]:
        story = np.repeat(np.arange(len(stories)), [len(c) for c in stories])
        found = boilerplate(story, np.concatenate(stories), 3).tolist()
        out, at = [], 0
        for counts in stories:
            out.append(found[at : at + len(counts)])
            at += len(counts)
        return out

    assert rule([1, 20], [3, 20, 1, 1]) == [[False, True], [True, True, False, False]]
    assert rule([20, 20, 20], [1, 2]) == [[False] * 3, [False] * 2]  # all appeal; too few
    assert rule([3, 3, 3, 3, 3, 2, 1], [5, 11, 4, 3]) == [[False] * 7, [False, True, False, False]]


def test_the_plain_estimate_without_masks_and_masked_slots_left_out():
    rng = random.Random(5)
    appeal = make_story(rng, 85)
    sigs = signatures([make_story(rng, 25) + "\n\n" + appeal for _ in range(4)], CONFIG)
    plain = similarity_to(sigs[1:], sigs[0])
    assert np.array_equal(plain, (sigs[1:] == sigs[0]).mean(axis=1))
    assert (plain >= CONFIG.threshold).all()  # the appeal alone would join them
    shingles, _ = shingle_hashes([appeal], CONFIG.ngram)
    masks = np.isin(slot_shingles(sigs, CONFIG), shingles)
    assert masks.any(axis=1).all()
    assert (similarity_to(sigs[1:], sigs[0], masks[1:], masks[0]) < 0.1).all()
    # Identical stories agree wherever their own text holds the slot.
    same = similarity_to(sigs[:1], sigs[0], masks[:1], masks[0])
    assert same.tolist() == [1.0]


def test_briefs_under_one_appeal_stay_apart_however_short_and_copies_join_them():
    rng = random.Random(6)
    appeal = make_story(rng, 85).replace("\n\n", " ")
    records = []
    for k, words in enumerate((6, 12, 25, 25, 25, 40, 60)):
        brief = make_story(rng, words).replace("\n\n", " ")
        records.append(_story(f"b{k}", f"{brief}\n\n{appeal}"))
        if k == 2:
            records.append(_story("b2-copy", f"{brief}\n\n{appeal}"))
        if k == 5:
            records.append(_story("b5-edit", f"{edit(brief, 0.05, rng)}\n\n{appeal}"))
    cluster = _clusters(records)
    assert cluster["b2-copy"] == cluster["b2"] and cluster["b5-edit"] == cluster["b5"]
    briefs = [cluster[f"b{k}"] for k in range(7)]
    assert len(set(briefs)) == 7
    # A separator line on every story is boilerplate without a shingle to leave out.
    separated = [_story(f"p{k}", f"{make_story(rng, 30)}\n***\n{make_story(rng, 30)}")
                 for k in range(4)]
    assert len(set(_clusters(separated).values())) == 4
    # Without a source the appeal is no one's boilerplate: the short briefs join through it.
    plain = _clusters([{**r, "source": None} for r in records])
    assert len({plain[f"b{k}"] for k in range(7)}) < 7


def test_versions_of_one_story_from_its_source_stay_one_cluster():
    rng = random.Random(7)
    story = make_story(rng, 250)
    records = [_story(f"v{k}", edit(story, 0.01 * (k % 5), rng)) for k in range(9)]
    updates = [_story("u0", make_story(rng, 250))]
    for k in range(1, 5):  # a story updated by a paragraph at a time, all under one appeal
        updates.append(_story(f"u{k}", updates[-1]["text"] + "\n\n" + make_story(rng, 30)))
    appeal = "\n\n" + make_story(rng, 80).replace("\n\n", " ")
    others = [_story(f"o{k}", make_story(rng, 200) + appeal) for k in range(6)]
    cluster = _clusters(records + [{**r, "text": r["text"] + appeal} for r in updates] + others)
    assert {cluster[f"v{k}"] for k in range(9)} == {"v0"}
    assert {cluster[f"u{k}"] for k in range(5)} == {"u0"}
    assert len({cluster[f"o{k}"] for k in range(6)}) == 6


def test_an_index_keeps_which_slots_were_boilerplate_for_later_runs(tmp_path):
    rng = random.Random(8)
    appeal = make_story(rng, 85).replace("\n\n", " ")
    first = [_story(f"a{k}", make_story(rng, 25).replace("\n\n", " ") + "\n\n" + appeal)
             for k in range(6)]
    index = str(tmp_path / "stories.idx")
    assert len(set(_clusters(first, index).values())) == 6
    # Alone in its run the new brief's appeal is carried once; the stored briefs' masks count.
    later = _story("b", make_story(rng, 25).replace("\n\n", " ") + "\n\n" + appeal)
    assert _clusters([later], index) == {"b": "b"}


def test_a_shared_appeal_makes_no_candidate_pair_in_either_lsh():
    rng = random.Random(9)
    appeal = make_story(rng, 85).replace("\n\n", " ")
    records = [_story(f"b{k}", make_story(rng, 25).replace("\n\n", " ") + "\n\n" + appeal)
               for k in range(12)]
    records.append({**records[3], "id": "b3-edit",
                    "text": edit(records[3]["text"].split("\n\n")[0], 0.04, rng) + "\n\n" + appeal})
    outputs, candidates = [], []
    for compact in (True, False):  # band keys without boilerplate bands; datasketch's every band
        out: list[dict] = []
        summary = dedup_stream(lambda: iter(records), out.append, CONFIG, Index(CONFIG, compact))
        outputs.append(out)
        candidates.append(summary.candidates)
    assert outputs[0] == outputs[1]
    cluster = {r["id"]: r["dup"]["cluster"] for r in outputs[0]}
    assert cluster["b3-edit"] == cluster["b3"] and len(set(cluster.values())) == 12
    # 66 pairs of briefs share the appeal; only the edited copy is a candidate of its brief.
    assert candidates == [1, 1]


def test_band_keys_leave_out_the_bands_made_only_of_boilerplate_slots():
    sigs = signatures([make_story(random.Random(k), 60) for k in range(3)], CONFIG)
    b, r = CONFIG.bands
    bits = np.zeros((3, CONFIG.num_perm), dtype=bool)
    bits[0, :r] = True  # band 0 all boilerplate
    bits[1, : r - 1] = True  # band 0 but one row
    masks = [np.packbits(bits[0]).tobytes(), np.packbits(bits[1]).tobytes(), None]
    plain, keyed = band_keys(sigs, CONFIG), band_keys(sigs, CONFIG, masks)
    assert keyed[0, 0] == 0 and (keyed[0, 1:] == plain[0, 1:]).all()
    assert (keyed[1:] == plain[1:]).all()
    assert share_band(sigs[[0, 1]], sigs[[0, 1]], masks[:2], masks[:2], CONFIG).all()
