"""Connected components, cluster ids and the canonical rule."""

from __future__ import annotations

import numpy as np

from declutter.dedup.cluster import Doc, UnionFind, connected_components, label, normalise_time


def doc(i: str, seen: str = "2025-01-01T00:00:00.000000Z", run: int = 1, ordinal: int = 0,
        length: int = 100, cluster: str | None = None) -> Doc:
    return Doc(id=i, signature=np.zeros(4, np.uint32), size=10, length=length, seen=seen, run=run,
               ordinal=ordinal, cluster=cluster)


def test_components_do_not_depend_on_edge_order():
    edges = [("a", "b"), ("c", "d"), ("b", "e"), ("f", "f")]
    expected = [["a", "b", "e"], ["c", "d"], ["f"], ["g"]]
    assert connected_components("abcdefg", edges) == expected
    assert connected_components("gfedcba", list(reversed(edges))) == expected


def test_union_find_membership():
    uf = UnionFind()
    uf.union(1, 2)
    assert 1 in uf and 3 not in uf
    assert uf.find(1) == uf.find(2)


def test_earliest_rule_uses_fetch_time_then_input_order_then_length_then_id():
    late_first = doc("x", seen="2025-01-02T00:00:00.000000Z", ordinal=0)
    early_second = doc("y", seen="2025-01-01T00:00:00.000000Z", ordinal=1)
    assert label([late_first, early_second], "earliest") == ("x", "y")
    same_time = [doc("b", ordinal=1), doc("a", ordinal=2, length=500)]
    assert label(same_time, "earliest")[1] == "b"


def test_longest_rule_prefers_the_longest_text():
    members = [doc("a", ordinal=0, length=100), doc("b", ordinal=1, length=900)]
    assert label(members, "longest") == ("a", "b")
    tie = [doc("b", ordinal=1, length=100), doc("a", ordinal=1, length=100)]
    assert label(tie, "longest") == ("a", "a")


def test_cluster_id_comes_from_the_first_indexed_member_and_survives():
    old = doc("old", run=1, ordinal=5, cluster="pruned-first")
    new = doc("new", run=2, ordinal=0, seen="2020-01-01T00:00:00.000000Z")
    cluster, canonical = label([new, old], "earliest")
    assert cluster == "pruned-first"
    assert canonical == "new"  # fetched earlier, so canonical, but the cluster keeps its id


def test_normalise_time():
    assert normalise_time("2025-03-01T10:00:00+02:00", "d") == "2025-03-01T08:00:00.000000Z"
    assert normalise_time("2025-03-01T08:00:00Z", "d") == "2025-03-01T08:00:00.000000Z"
    assert normalise_time("yesterday", "d") == "d"
    assert normalise_time(None, "d") == "d"


def _doc(i: int, sig, source=None) -> Doc:
    import numpy as np

    return Doc(id=f"d{i}", signature=np.asarray(sig, dtype=np.uint32), size=10, length=10,
               seen=f"2026-01-0{i + 1}", run=1, ordinal=i, source=source)


def test_stars_split_a_chain_so_every_member_is_close_to_its_canonical():
    import numpy as np

    from declutter.dedup.cluster import stars
    from declutter.dedup.config import DedupConfig
    from declutter.dedup.minhash import jaccard

    # A chain: each signature shares half its slots with the next, nothing with two on.
    half = np.arange(1000, 1000 + 64 * 6, dtype=np.uint32).reshape(6, 64)
    sigs = [np.concatenate((half[i + i % 2], half[i + 1 - i % 2])) for i in range(5)]
    config = DedupConfig(num_perm=128, threshold=0.4)
    docs = [_doc(i, s) for i, s in enumerate(sigs)]
    out = stars(docs, config)
    assert [[d.id for d, _ in s.members] for s in out] == [["d0", "d1"], ["d2", "d3"], ["d4"]]
    for star in out:
        for doc, sim in star.members:
            assert sim == jaccard(doc.signature, star.canonical.signature) >= 0.4
    assert [s.cluster for s in out] == ["d0", "d2", "d4"]


def test_stars_keep_a_star_whole_and_name_it_by_the_stored_cluster():
    import numpy as np

    from declutter.dedup.cluster import stars
    from declutter.dedup.config import DedupConfig

    sig = np.arange(128, dtype=np.uint32)
    docs = [_doc(i, sig.copy()) for i in range(4)]
    docs[2].cluster = "old"
    docs[2].run, docs[2].ordinal = 0, 9  # indexed first, in an earlier run
    [star] = stars(docs, DedupConfig())
    assert star.cluster == "old" and star.canonical.id == "d0" and len(star.members) == 4
