"""The persistent index: the two-day example on the embedded index and on Redis."""

from __future__ import annotations

import random
import sqlite3

import pytest
from dedup_corpus import edit, make_story, record, teaser

from declutter.dedup import DedupConfig, DedupIndexError, dedup_stream, open_index


def _days(rng: random.Random) -> tuple[list[dict], list[dict]]:
    stories = [make_story(rng, 250) for _ in range(16)]
    day1 = [record(f"mon-{i}", stories[i], fetched_at="2025-06-02T07:00:00Z") for i in range(10)]
    day1.append(record("mon-10", edit(stories[0], 0.04, rng), fetched_at="2025-06-02T09:00:00Z"))
    day2 = [record(f"tue-{i}", edit(stories[i], 0.05, rng), fetched_at="2025-06-03T07:00:00Z")
            for i in range(3)]
    day2 += [record(f"tue-{i}", stories[i + 7], fetched_at="2025-06-03T07:00:00Z")
             for i in range(3, 6)]  # stories 10..12: new today
    day2 += [record(f"tue-{i}", stories[i + 1], fetched_at="2025-06-03T07:00:00Z")
             for i in range(6, 9)]  # stories 7..9: Monday's, word for word
    day2.append(record("tue-agg", make_story(rng, 60),
                       [teaser(" ".join(stories[5].split()[:60]))],
                       fetched_at="2025-06-03T08:00:00Z"))
    return day1, day2


def _run(records: list[dict], spec: str, config: DedupConfig | None = None):
    out: list[dict] = []
    summary = dedup_stream(lambda: iter(records), out.append, config or DedupConfig(), spec)
    return {r["id"]: r for r in out}, summary


def _two_days(spec: str, rng: random.Random) -> None:
    day1, day2 = _days(rng)
    first, s1 = _run(day1, spec)
    assert first["mon-10"]["dup"]["canonical"] == "mon-0"
    assert s1.run == 1 and s1.index_size == 11

    second, s2 = _run(day2, spec)
    assert s2.run == 2 and s2.index_size == 21
    for i in range(3):  # today's copies of yesterday's stories
        assert second[f"tue-{i}"]["dup"]["cluster"] == f"mon-{i}"
        assert second[f"tue-{i}"]["dup"]["canonical"] == f"mon-{i}"
        assert second[f"tue-{i}"]["is_canonical"] is False
    for i in range(3, 6):
        assert second[f"tue-{i}"]["dup"]["canonical"] == f"tue-{i}"
    for i in range(6, 9):
        assert second[f"tue-{i}"]["dup"] == {"cluster": f"mon-{i + 1}",
                                             "canonical": f"mon-{i + 1}", "similarity": 1.0}
    assert second["tue-agg"]["teasers"][0]["links_to"] == "mon-5"  # a story from the index
    assert s2.duplicates == 6 and s2.duplicates_of_index == 6

    # the index now holds both days with stable cluster ids
    store = open_index(spec)
    try:
        docs = {d.id: d for d in store.iter_docs()}
        assert docs["tue-0"].cluster == docs["mon-0"].cluster == docs["mon-10"].cluster == "mon-0"
        assert store.stats()["runs"] == 2
        assert store.stats()["stories"] == 21
    finally:
        store.close()

    # a third run of Monday's file again changes nothing about Monday's clusters
    again, s3 = _run(day1, spec)
    assert again["mon-10"]["dup"]["cluster"] == "mon-0"
    assert s3.index_size == 21


def test_two_days_with_the_embedded_index(tmp_path, rng):
    _two_days(str(tmp_path / "stories.idx"), rng)


def test_two_days_with_redis(redis_url, rng):
    _two_days(redis_url, rng)


def test_two_workers_share_one_redis_index(redis_url, rng):
    day1, day2 = _days(rng)
    _run(day1, redis_url)
    # a second worker, opened separately, sees the first one's stories
    out, _ = _run(day2[:3], redis_url)
    assert out["tue-0"]["dup"]["canonical"] == "mon-0"


def test_prune_forgets_old_stories(tmp_path, rng):
    spec = str(tmp_path / "p.idx")
    day1, _ = _days(rng)
    _run(day1, spec)
    db = sqlite3.connect(spec)
    with db:
        db.execute("UPDATE docs SET added = added - 40 * 86400 WHERE id LIKE 'mon-1%'")
    db.close()
    store = open_index(spec)
    assert store.prune(30 * 86400) == 2  # mon-1 and mon-10
    assert len(store) == 9
    assert "mon-1" not in store.lsh and "mon-2" in store.lsh
    store.close()


def test_prune_on_redis(redis_url, rng):
    day1, _ = _days(rng)
    _run(day1, redis_url)
    store = open_index(redis_url)
    assert store.prune(0.0) == 11
    assert len(store) == 0 and "mon-0" not in store.lsh
    store.close()


def test_an_index_refuses_a_config_with_other_signatures(tmp_path, rng):
    spec = str(tmp_path / "c.idx")
    day1, _ = _days(rng)
    _run(day1, spec)
    with pytest.raises(DedupIndexError, match="ngram=3"):
        _run(day1, spec, DedupConfig(ngram=5))
    # the canonical rule is not part of the signature scheme: it may change between runs
    out, _ = _run(day1, spec, DedupConfig(canonical="longest"))
    assert out["mon-0"]["dup"]["cluster"] == "mon-0"


def test_a_file_that_is_not_an_index(tmp_path):
    bad = tmp_path / "bad.idx"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DedupIndexError, match="not a declutter index"):
        open_index(str(bad), DedupConfig())


def test_concurrent_workers_on_redis_see_each_others_stories(redis_url, rng):
    import threading

    story = make_story(rng, 250)
    batches = [[record(f"w{w}-{k}", edit(story, 0.02 * k, rng)) for k in range(3)]
               for w in range(3)]
    results: dict[int, dict] = {}

    def worker(w: int) -> None:
        results[w], _ = _run(batches[w], redis_url)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    clusters = {r["dup"]["cluster"] for out in results.values() for r in out.values()}
    canonicals = {r["dup"]["canonical"] for out in results.values() for r in out.values()}
    assert len(clusters) == 1 and len(canonicals) == 1
    store = open_index(redis_url)
    assert len(store) == 9 and {d.cluster for d in store.iter_docs()} == clusters
    store.close()


def test_an_index_from_before_the_boilerplate_column_opens_and_gains_it(tmp_path, rng):
    day1, day2 = _days(rng)
    path = str(tmp_path / "old.idx")
    _run(day1, path)
    with sqlite3.connect(path) as db:  # the schema an older declutter wrote
        db.execute("ALTER TABLE docs DROP COLUMN boiler")
        db.execute("ALTER TABLE docs DROP COLUMN source")
    second, _ = _run(day2, path)
    assert second["tue-0"]["dup"]["canonical"] == "mon-0"
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(docs)")}
    assert {"source", "boiler"} <= columns
