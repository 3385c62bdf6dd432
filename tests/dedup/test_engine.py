"""dedup_stream: clusters, canonical copies, teaser links and pass-through on real record streams."""

from __future__ import annotations

import json
import random

import pytest
from dedup_corpus import edit, make_story, record, teaser

from declutter.dedup import DedupConfig, dedup_stream


def run(records: list[dict], config: DedupConfig | None = None, **kw) -> tuple[dict, object]:
    out: list[dict] = []
    summary = dedup_stream(lambda: iter(records), out.append, config or DedupConfig(), **kw)
    return {r["id"]: r for r in out}, summary


@pytest.fixture
def feeds(rng: random.Random) -> list[dict]:
    """Two feeds: 20 stories in feed A; feed B carries edited copies of the first 8 and 12 own."""
    stories = [make_story(rng, 300) for _ in range(32)]
    a = [record(f"a-{i}", stories[i]) for i in range(20)]
    b = [record(f"b-{i}", edit(stories[i], 0.05, rng)) for i in range(8)]
    b += [record(f"b-{i}", stories[i + 12]) for i in range(8, 20)]
    return a + b


def test_copies_across_feeds_are_grouped_and_the_earliest_is_canonical(feeds):
    out, summary = run(feeds)
    for i in range(8):
        assert out[f"b-{i}"]["dup"]["cluster"] == f"a-{i}"
        assert out[f"b-{i}"]["dup"]["canonical"] == f"a-{i}"
        assert out[f"b-{i}"]["is_canonical"] is False
        assert out[f"a-{i}"]["is_canonical"] is True
        assert 0.4 <= out[f"b-{i}"]["dup"]["similarity"] < 1.0
    for i in range(8, 20):
        assert out[f"b-{i}"]["dup"] == {"cluster": f"b-{i}", "canonical": f"b-{i}",
                                       "similarity": 1.0}
    assert summary.duplicates == 8 and summary.clusters == 8


def test_clusters_and_canonical_copies_do_not_depend_on_input_order(feeds):
    stamped = [{**r, "meta": {"fetched_at": f"2025-05-01T{i // 60:02d}:{i % 60:02d}:00Z"}}
               for i, r in enumerate(feeds)]
    forward, _ = run(stamped)
    backward, _ = run(list(reversed(stamped)))
    for rid, rec in forward.items():
        assert backward[rid]["dup"]["canonical"] == rec["dup"]["canonical"]
        assert backward[rid]["is_canonical"] == rec["is_canonical"]


def test_fetch_time_decides_the_canonical_copy(rng):
    story = make_story(rng, 200)
    records = [record("late", story, fetched_at="2025-05-02T08:00:00Z"),
               record("early", edit(story, 0.02, rng), fetched_at="2025-05-01T08:00:00+00:00")]
    out, _ = run(records)
    assert out["late"]["dup"]["canonical"] == "early"
    assert out["late"]["dup"]["cluster"] == "late"  # the cluster is named by the first indexed


def test_longest_rule(rng):
    story = make_story(rng, 200)
    records = [record("short", story), record("long", story + "\n\n" + make_story(rng, 20))]
    out, _ = run(records, DedupConfig(canonical="longest"))
    assert out["short"]["dup"]["canonical"] == "long"


def test_drop_duplicates_keeps_canonical_copies_and_errors(feeds):
    feeds = [*feeds, {"id": "broken", "error": "timeout", "text": "", "teasers": [], "meta": {}}]
    out, summary = run(feeds, drop_duplicates=True)
    assert "broken" in out and "dup" not in out["broken"]
    assert not any(rid.startswith("b-") and int(rid[2:]) < 8 for rid in out)
    assert summary.written == len(feeds) - 8


def test_error_records_pass_through_unchanged(feeds):
    error = {"id": "e1", "url": "u", "source": None, "title": None, "text": "", "teasers": [],
             "meta": {}, "error": "could not decode", "custom": 1}
    out, summary = run([error, *feeds])
    assert out["e1"] == error
    assert summary.errors == 1


def test_teasers_link_to_the_canonical_copy_of_the_story(rng, feeds):
    prefix = " ".join(feeds[2]["text"].split()[:70])  # about the first 23% of a-2
    unknown = " ".join(make_story(rng, 80).split())
    page = record("agg-1", make_story(rng, 100), [teaser(prefix), teaser(unknown), teaser("too short")])
    out, summary = run([*feeds, page])
    links = [t["links_to"] for t in out["agg-1"]["teasers"]]
    assert links == ["a-2", None, None]
    assert summary.teasers == 2 and summary.teasers_linked == 1


def test_teaser_links_prefer_the_canonical_even_when_a_copy_matches_better(rng):
    story = make_story(rng, 300)
    copy = edit(story, 0.05, rng)
    prefix = " ".join(copy.split()[:80])
    records = [record("orig", story), record("copy", copy),
               record("agg", make_story(rng, 50), [teaser(prefix)])]
    out, _ = run(records)
    assert out["agg"]["teasers"][0]["links_to"] == "orig"


def test_jsonl_path_source_with_an_invalid_line(tmp_path, feeds):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in feeds[:3]] + ["{not json", "[1, 2]", ""]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    out: list[dict] = []
    summary = dedup_stream(path, out.append)
    assert [r["id"] for r in out] == ["a-0", "a-1", "a-2", "line-4", "line-5"]
    assert out[3]["error"].startswith("invalid input line 4")
    assert summary.records == 5 and summary.stories == 3


def test_a_repeated_id_is_one_story(rng):
    story = make_story(rng, 100)
    out: list[dict] = []
    dedup_stream(lambda: iter([record("x", story), record("x", story)]), out.append)
    assert [r["is_canonical"] for r in out] == [True, False]
    assert all(r["dup"]["canonical"] == "x" for r in out)


def test_empty_stories_are_singletons():
    out, _ = run([record("e1", ""), record("e2", "")])
    assert out["e1"]["dup"]["cluster"] == "e1" and out["e2"]["dup"]["cluster"] == "e2"


@pytest.mark.parametrize("chunk", [7, 4096])
def test_compact_and_datasketch_lsh_give_identical_results(rng, monkeypatch, chunk):
    from declutter.dedup import candidates
    from declutter.dedup.index import Index

    monkeypatch.setattr(candidates, "_KEY_BATCH", chunk)
    stories = [make_story(rng, 150) for _ in range(30)]
    records = []
    for i, story in enumerate(stories):
        records.append(record(f"s{i}", story))
        for k in range(i % 4):
            records.append(record(f"s{i}-c{k}", edit(story, 0.04 * (k + 1), rng)))
    rng.shuffle(records)
    results = []
    for compact in (True, False):
        out: list[dict] = []
        config = DedupConfig()
        summary = dedup_stream(lambda: iter(records), out.append, config,
                               Index(config, compact=compact))
        results.append(([(r["id"], r["dup"], r["is_canonical"]) for r in out],
                        summary.candidates, summary.verified))
    assert results[0] == results[1]
    assert results[0][2] > 0


def test_output_records_follow_the_json_schema(rng, feeds):
    jsonschema = pytest.importorskip("jsonschema")
    from declutter.record import schema

    prefix = " ".join(feeds[0]["text"].split()[:70])
    page = record("agg", make_story(rng, 60), [teaser(prefix)])
    out, _ = run([*feeds, page])
    for rec in out.values():
        jsonschema.validate(rec, schema())
    assert out["agg"]["teasers"][0]["links_to"] == "a-0"


def test_signature_batch_size_does_not_change_anything(feeds):
    small, _ = run(feeds, DedupConfig(batch_size=3))
    large, _ = run(feeds, DedupConfig(batch_size=1000))
    assert small == large


def test_clusters_equal_the_components_of_all_verified_bucket_pairs(rng):
    from declutter.dedup.cluster import connected_components
    from declutter.dedup.lsh import band_keys, bucket_pairs
    from declutter.dedup.minhash import jaccard, signatures

    texts = []
    for _ in range(15):
        story = make_story(rng, 120)
        texts += [story, story, edit(story, 0.08, rng), edit(story, 0.3, rng)]
    texts += ["Advertisement. Sign up for our newsletter."] * 5
    ids = [f"d{i:03d}" for i in range(len(texts))]
    config = DedupConfig()
    sigs = dict(zip(ids, signatures(texts, config), strict=True))
    keys = band_keys(signatures(texts, config), config)
    verified = [(a, b) for a, b in bucket_pairs(ids, keys)
                if jaccard(sigs[a], sigs[b]) >= config.threshold]
    expected = connected_components(ids, verified)
    out, _ = run([record(i, t) for i, t in zip(ids, texts, strict=True)])
    groups: dict[str, list[str]] = {}
    for rid in ids:
        groups.setdefault(out[rid]["dup"]["cluster"], []).append(rid)
    assert sorted(sorted(g) for g in groups.values()) == expected


def test_thousands_of_identical_pages_stay_linear(rng):
    boiler = "Cookies help us deliver our services. " * 20
    records = [record(f"p{i:04d}", boiler) for i in range(3000)]
    records.append(record("near", boiler + " Accept all cookies."))
    out, summary = run(records)
    assert {r["dup"]["cluster"] for r in out.values()} == {"p0000"}
    assert summary.candidates < 3100  # not ~4.5 million pairs
