"""The Dask path gives the single-machine output, byte for byte, at any partition and worker count.

Identity is checked on the concatenated part files against ``declutter run`` without
``--cluster`` on the same inputs: parts are numbered in input order, so no re-sorting is needed
(records, cluster ids, canonical ids, similarities and teaser links are all compared). The
signatures are compared directly too. Clusters run in-process (``processes=False``) except for
the worker-kill test, which needs a worker process to kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from locations import ROOT, SAMPLES

from declutter.cli import main
from declutter.dedup.cluster import connected_components
from declutter.dedup.config import DedupConfig
from declutter.dedup.engine import dedup_stream, sketch_records
from declutter.distributed import Options, run_distributed, stages
from declutter.distributed.partitions import count_newlines, number, read_partition, split_points
from declutter.io.input_files import expand
from declutter.io.readers import Failure, read_all

sys.path.insert(0, str(ROOT / "tests" / "dedup"))
from dedup_corpus import VOCAB, edit, make_story  # noqa: E402

distributed = pytest.importorskip("distributed")


# -- a generated corpus with planted near-duplicates --------------------------------------------

def make_corpus(path: Path, originals: int, copies: int, seed: int = 7) -> None:
    """JSON Lines pages: originals, edited copies (0-15% of words), exact copies under other ids,
    repeated ids, a boilerplate page copied many times, pages without text, broken lines."""
    rng = random.Random(seed)
    pages: list[dict] = []
    for i in range(originals):
        page = {"id": f"o{i:05d}", "text": make_story(rng, rng.randint(60, 160)),
                "source": f"feed{i % 7}"}
        if rng.random() < 0.8:
            page["fetched_at"] = f"2026-11-2{rng.randint(0, 4)}T{rng.randint(0, 23):02d}:00:00Z"
        pages.append(page)
    for j in range(copies):
        base = pages[rng.randrange(originals)]
        text = edit(base["text"], rng.choice((0.0, 0.02, 0.05, 0.1, 0.2)), rng)
        page = {"id": f"c{j:05d}", "text": text, "source": f"feed{rng.randrange(7)}"}
        if rng.random() < 0.7:
            page["fetched_at"] = f"2026-11-2{rng.randint(0, 4)}T{rng.randint(0, 23):02d}:30:00Z"
        pages.append(page)
    boiler = make_story(random.Random(seed + 1), 100)  # one wire paragraph, 120 times: a big bucket
    pages += [{"id": f"b{k:03d}", "text": boiler} for k in range(120)]
    for k in range(40):  # an id seen before: the same story on one machine and on the cluster
        again = dict(pages[rng.randrange(len(pages))])
        if k % 2:
            again["text"] = make_story(rng, 80)
        pages.append(again)
    pages += [{"id": f"n{k:03d}", "url": "https://x.example/"} for k in range(20)]
    pages += [{"text": " ".join(rng.choice(VOCAB) for _ in range(40))} for _ in range(20)]
    rng.shuffle(pages)
    lines = [json.dumps(p) for p in pages]
    for k in range(0, len(lines), 997):
        lines.insert(k, "")  # blank lines count for line numbers
    lines.insert(500, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "pages.jsonl"
    make_corpus(path, originals=13_000, copies=7_000)
    return path


def single_run(inputs: list[str], out: Path, *extra: str) -> bytes:
    result = CliRunner().invoke(main, ["run", *inputs, "-o", str(out), "--no-progress",
                                       "--allow-errors", *extra])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def parts(out_dir: Path) -> bytes:
    manifest = json.loads((out_dir / "manifest.json").read_text())
    return b"".join((out_dir / name).read_bytes() for name in manifest["files"])


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


# -- partitions ---------------------------------------------------------------------------------

def _items(items) -> list[tuple]:
    return [(i.id, i.error) if isinstance(i, Failure) else (i.id, i.format, i.content, i.url)
            for i in items]


@pytest.mark.parametrize("size", [1, 7, 64, 1000])
def test_byte_ranges_read_the_lines_of_the_whole_file(tmp_path: Path, size: int) -> None:
    lines = ['{"text": "first"}', "", '{"id": "x", "html": "<p>x</p>"}', "{broken",
             '{"text": "' + "y" * 300 + '"}', "", "", '{"text": "after blanks"}', '"a string"',
             '{"text": "no newline at the end"}']
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    inputs = expand([str(path)])
    splits = split_points(inputs, None, size)
    newlines = [count_newlines(str(f[0].path), s, e) if e is not None else 0
                for f, s, e in splits]
    got = [item for p in number(splits, newlines)
           for item in read_partition(p, None, max_page_bytes=200)]
    assert _items(got) == _items(read_all(inputs, None, 200))
    assert len(splits) == (1 if size == 1000 else -(-path.stat().st_size // size))


def test_partition_sketches_are_the_single_machine_signatures(corpus: Path, tmp_path: Path) -> None:
    config = DedupConfig()
    lines = [line for line in corpus.read_text("utf-8").splitlines() if line.strip()][:3000]
    lines = [line for line in lines if line.startswith("{\"") and '"text"' in line]
    records = [json.loads(line) for line in lines]
    for r in records:
        r.setdefault("id", "anon")
        r["error"] = None
    whole = sketch_records(records, config)
    staged = [json.dumps(r) for r in records]
    cut = [0, 1, 500, 1234, len(staged)]
    sigs = [stages.sketch_lines(staged[a:b], config).signatures for a, b in zip(cut, cut[1:], strict=False)]
    expected = np.vstack([d.signature for d in whole.docs])
    assert np.array_equal(np.vstack(sigs), expected)


def test_components_match_union_find() -> None:
    rng = random.Random(3)
    edges = [(rng.randrange(300), rng.randrange(300)) for _ in range(260)]
    offsets = np.array([0, 100, 200])
    pieces = [stages.forest([np.array(edges[i::3], dtype=np.int64).reshape(-1, 2)])
              for i in range(3)]
    rows = np.vstack(stages.components(pieces, offsets))
    got: dict[int, list[int]] = {}
    for node, label in rows.tolist():
        got.setdefault(label, []).append(node)
    nodes = sorted({n for e in edges for n in e if e[0] != e[1]} | {a for a, b in edges if a != b})
    expected = [c for c in connected_components(nodes, [e for e in edges if e[0] != e[1]])
                if len(c) > 1]
    assert sorted(sorted(c) for c in got.values()) == expected
    assert all(label == min(members) for label, members in got.items())


def star_components(edges: np.ndarray, reducers: int) -> dict[int, int]:
    """The runner's large-star / small-star loop without Dask: node -> label."""
    def route(outputs: list[list]) -> list[list[np.ndarray]]:
        return [[out[j] for out in outputs] for j in range(reducers)]

    inputs = route([stages.star_map([stages.forest([edges])], reducers)])
    previous = None
    for _ in range(100):
        large = [stages.large_star(inputs[j], reducers) for j in range(reducers)]
        fingerprint = stages.combine([x[reducers] for x in large])
        if fingerprint == previous:
            break
        previous = fingerprint
        small = [stages.small_star(p, reducers) for p in route(large)]
        inputs = route(small)
    offsets = np.array([0])
    rows = np.vstack([stages.star_labels(inputs[j], offsets)[0] for j in range(reducers)])
    return dict(rows.tolist())


@pytest.mark.parametrize("shape", ["random", "path", "stars"])
def test_star_rounds_give_union_find_components(shape: str) -> None:
    rng = random.Random(5)
    if shape == "random":
        edges = [(rng.randrange(400), rng.randrange(400)) for _ in range(350)]
    elif shape == "path":  # a long chain in shuffled order: the most rounds
        order = list(range(300))
        rng.shuffle(order)
        edges = list(zip(order, order[1:], strict=False))
    else:
        edges = [(rng.randrange(1000), rng.randrange(1000, 1010)) for _ in range(300)]
    edges = [e for e in edges if e[0] != e[1]]
    got = star_components(np.array(edges, dtype=np.int64), reducers=4)
    nodes = sorted({n for e in edges for n in e})
    for component in connected_components(nodes, edges):
        assert {got[n] for n in component} == {component[0]}
    assert set(got) == set(nodes)


# -- identity with the single-machine run -------------------------------------------------------

@pytest.mark.parametrize("partition_bytes", [64 << 20, 20_000])
def test_samples_identical_to_single_machine(client, tmp_path: Path, partition_bytes: int) -> None:
    single = single_run([str(SAMPLES)], tmp_path / "single.jsonl")
    manifest = run_distributed([str(SAMPLES)], tmp_path / "out", client,
                               Options(partition_bytes=partition_bytes), progress=False)
    assert parts(tmp_path / "out") == single
    assert (len(manifest["partitions"]) == 1) == (partition_bytes > 1 << 20)
    counts = manifest["counts"]
    assert counts["records"] == counts["written"] == single.count(b"\n")
    assert counts["stories"] + counts["errors"] == counts["records"]
    assert counts["teasers_linked"] >= 1 and counts["clusters"] >= 1
    assert not (tmp_path / "out" / "_stage").exists()


@pytest.mark.parametrize(("partition_bytes", "group_records", "reducers", "bands_per_pass"),
                         [(1 << 20, 500_000, None, None), (3 << 20, 4000, 5, 8)])
def test_generated_corpus_identical(client, corpus: Path, tmp_path: Path, partition_bytes: int,
                                    group_records: int, reducers: int | None,
                                    bands_per_pass: int | None) -> None:
    single = single_run([str(corpus)], tmp_path / "single.jsonl")
    options = Options(partition_bytes=partition_bytes, shuffle_partitions=reducers,
                      bands_per_pass=bands_per_pass, group_records=group_records)
    manifest = run_distributed([str(corpus)], tmp_path / "out", client, options, progress=False)
    got = parts(tmp_path / "out")
    assert got.count(b"\n") == single.count(b"\n") >= 20_000
    assert len(manifest["partitions"]) > 4
    assert got == single
    records = [json.loads(line) for line in single.splitlines()]
    clustered = [r for r in records if r.get("dup") and r["dup"]["cluster"] != r["id"]]
    assert len(clustered) > 3000  # the planted copies were found
    ids_of: dict[str, set[str]] = {}
    for r in records:
        if r.get("dup"):
            ids_of.setdefault(r["dup"]["cluster"], set()).add(r["id"])
    assert manifest["counts"]["clusters"] == sum(len(v) > 1 for v in ids_of.values())
    # the wire paragraph's 120 copies join the first directly instead of filling a bucket
    assert manifest["counts"]["identical_copies"] >= 119
    # and the counts are the single machine's (dedup again over its own output: same stories)
    summary = dedup_stream(str(tmp_path / "single.jsonl"), lambda record: None, DedupConfig())
    counts = manifest["counts"]
    assert (counts["candidates"], counts["verified"], counts["clusters"], counts["duplicates"]) \
        == (summary.candidates, summary.verified, summary.clusters, summary.duplicates)


@pytest.mark.parametrize("case", ["site-appeal", "invisible-characters", "sliding-window"])
def test_dedup_cases_identical(client, tmp_path: Path, case: str) -> None:
    """Stars, source templates and invisible characters: the same clusters on the cluster."""
    path = ROOT / "tests" / "dedup" / "cases" / f"{case}.jsonl"
    single = single_run([str(path)], tmp_path / "single.jsonl")
    run_distributed([str(path)], tmp_path / "out", client,
                    Options(partition_bytes=3000, group_records=3), progress=False)
    assert parts(tmp_path / "out") == single
    notes = [json.loads(line)["dup"] for line in single.splitlines()]
    assert len({n["cluster"] for n in notes}) > 1


def test_briefs_under_a_site_appeal_identical(client, tmp_path: Path) -> None:
    """Boilerplate lines counted across partitions: the same masks, so the same splits."""
    rng = random.Random(11)
    pages = []
    for s in range(3):
        appeal = make_story(rng, 85).replace("\n\n", " ")
        for k in range(12):
            brief = make_story(rng, rng.choice((10, 25, 40))).replace("\n\n", " ")
            for rid, text in [(f"s{s}-{k}", brief)] + (
                    [(f"s{s}-{k}-again", edit(brief, 0.05, rng))] if k < 2 else []):
                title = " ".join(rng.choice(VOCAB) for _ in range(6)).capitalize()
                html = (f"<html><head><title>{title}</title></head><body><article>"
                        f"<h1>{title}</h1><p>{text}</p><p>{appeal}</p></article></body></html>")
                pages.append({"id": rid, "url": f"https://site{s}.example/news/{rid}",
                              "source": f"site{s}", "html": html})
    rng.shuffle(pages)
    path = tmp_path / "briefs.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    single = single_run([str(path)], tmp_path / "single.jsonl")
    run_distributed([str(path)], tmp_path / "out", client,
                    Options(partition_bytes=4000, group_records=7), progress=False)
    assert parts(tmp_path / "out") == single
    cluster = {r["id"]: r["dup"]["cluster"] for r in map(json.loads, single.splitlines())}
    assert len(set(cluster.values())) == 36
    assert all(cluster[i] == cluster[i.removesuffix("-again")] for i in cluster if "again" in i)


def make_teaser_corpus(path: Path, seed: int = 3) -> None:
    """The sample pages (their teaser cards) three times each, plus stories that contain those
    teasers (the whole teaser, most of it, or little of it) in several copies and lengths."""
    from declutter.pipeline import Pipeline

    rng = random.Random(seed)
    pipeline = Pipeline()
    pages: list[dict] = []
    teasers: list[str] = []
    for item in read_all(expand([str(SAMPLES)])):
        if isinstance(item, Failure):
            continue
        record = pipeline.clean(item)
        teasers += [t.text for t in record.teasers if t.text and len(t.text.split()) >= 8]
        content = item.content if isinstance(item.content, str) else \
            item.content.decode("utf-8", "replace")
        for copy in range(3):
            pages.append({"id": f"{item.id}#{copy}", item.format: content,
                          "fetched_at": f"2026-11-2{copy}T10:00:00Z"})
    for k, text in enumerate(teasers):
        words = text.split()
        for variant in range(4):
            kept = words if variant < 2 else words[: max(4, len(words) * (5 - variant) // 6)]
            body = (make_story(rng, 60) + "\n\n" + " ".join(kept) + " "
                    + make_story(rng, rng.choice((60, 150, 300))))
            page = {"id": f"t{k:03d}-{variant}", "text": body}
            if variant != 1:
                page["fetched_at"] = f"2026-11-2{rng.randint(0, 4)}T0{variant}:00:00Z"
            pages.append(page)
    rng.shuffle(pages)
    path.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")


def test_teaser_links_identical(client, tmp_path: Path) -> None:
    corpus = tmp_path / "teasers.jsonl"
    make_teaser_corpus(corpus)
    single = single_run([str(corpus)], tmp_path / "single.jsonl")
    manifest = run_distributed([str(corpus)], tmp_path / "out", client,
                               Options(partition_bytes=100_000, group_records=60,
                                       shuffle_partitions=3), progress=False)
    assert manifest["cluster"]["dedup_groups"] > 3
    assert parts(tmp_path / "out") == single
    linked = [t["links_to"] for line in single.splitlines()
              for t in json.loads(line).get("teasers") or [] if t.get("links_to")]
    assert len(linked) == manifest["counts"]["teasers_linked"] >= 60


def test_threaded_workers_and_parquet(corpus: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow.parquet")
    small = tmp_path / "small.jsonl"
    small.write_text("".join(corpus.read_text("utf-8").splitlines(keepends=True)[:4000]))
    single = single_run([str(small)], tmp_path / "single.jsonl")
    # 3 workers of 2 threads each, all in this process: pages cleaned and sketched concurrently
    with distributed.LocalCluster(n_workers=3, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        run_distributed([str(small)], tmp_path / "out", c,
                        Options(partition_bytes=256 << 10, output_format="parquet",
                                group_records=1500),
                        progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    lines = []
    for name in manifest["files"]:
        table = pa.read_table(tmp_path / "out" / name)
        lines += [r + "\n" for r in table.column("record").to_pylist()]
    assert "".join(lines).encode() == single


def test_worker_killed_mid_run_loses_and_duplicates_nothing(corpus: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text("".join(corpus.read_text("utf-8").splitlines(keepends=True)[:3000]))
    single = single_run([str(small)], tmp_path / "single.jsonl")
    killed: list[int] = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        def kill_one(stage: str) -> None:
            if stage == "clean" and not killed:  # the sketches live in worker memory now
                pids = c.run(os.getpid)
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        manifest = run_distributed([str(small)], tmp_path / "out", c,
                                   Options(partition_bytes=64 << 10, group_records=1000),
                                   progress=False,
                                   hook=kill_one)
        assert killed and killed[0] not in c.run(os.getpid).values()
    assert len(manifest["partitions"]) > 4
    assert parts(tmp_path / "out") == single


# -- the command line ---------------------------------------------------------------------------

def test_cli_cluster_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(SAMPLES), "--cluster", "local:2"])
    assert result.exit_code == 2 and "needs -o OUTDIR" in result.output
    result = runner.invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "o"),
                                  "--cluster", "yarn"])
    assert result.exit_code == 2 and "expected local[:N] or tcp://host:port" in result.output
    result = runner.invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "o"),
                                  "--cluster", "local:2", "--index", str(tmp_path / "i.idx")])
    assert result.exit_code == 2 and "--index is not available with --cluster" in result.output
    result = runner.invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in result.output


def test_cli_without_cluster_imports_no_dask() -> None:
    import subprocess

    code = ("import sys\nfrom click.testing import CliRunner\nfrom declutter.cli import main\n"
            "r = CliRunner().invoke(main, ['run', '--help'])\n"
            "assert r.exit_code == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_cluster_run(tmp_path: Path) -> None:
    single = single_run([str(SAMPLES)], tmp_path / "single.jsonl")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "out"),
                                       "--cluster", "local:1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "dashboard" in result.output
    assert parts(tmp_path / "out") == single


def test_cli_joins_a_running_scheduler(tmp_path: Path) -> None:
    single = single_run([str(SAMPLES)], tmp_path / "single.jsonl")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp://", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        c.write_scheduler_file(str(tmp_path / "scheduler.json"))
        for how in (["--cluster", cluster.scheduler_address],
                    ["--scheduler-file", str(tmp_path / "scheduler.json")]):
            out = tmp_path / how[0].strip("-")
            result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out),
                                               "--no-progress", *how])
            assert result.exit_code == 0, result.output
            assert parts(out) == single


def test_cli_says_how_to_install_dask_when_missing(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "o"),
                                       "--cluster", "local:1"])
    assert result.exit_code == 1
    assert "pip install 'declutter[dask]'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
