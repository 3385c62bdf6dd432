"""Clean and dedup on a Dask cluster: the stages of :mod:`declutter.distributed.stages` as futures.

The client only plans partitions, adds up small counts (newlines per byte range, records per
partition) and waits; every record, signature, bucket and edge stays on the workers. Stages:

======  ==========================================================================================
clean   per input partition: read, clean, stage the JSON lines (``OUTDIR/_stage``), sketch
ids     shuffle ids by a stable hash: later occurrences of a repeated id
same    shuffle 128-bit signature hashes: identical copies join their first, skip the LSH
bands   shuffle band keys by key, ``bands_per_pass`` bands at a time: candidate pairs per bucket
verify  pairs to the partition of their first story (distinct there), then of their second
cc      spanning forest per group, then large-star/small-star rounds (shuffles by node) until
        nothing changes: stars around each component's smallest ordinal
label   shuffle clustered stories by component: cluster id, canonical copy, similarities
teaser  slot keys of stories and teasers by key; candidates to the story's group, then the teaser's
write   per input partition: annotate the staged lines, write ``part-NNNNN.jsonl|.parquet``
======  ==========================================================================================

A shuffle is ``maps x reducers`` small ``getitem`` tasks that run where a map's output lives,
so only each reducer's own piece moves. Stage outputs are pure functions of their inputs and
files are replaced atomically, so a task Dask reruns after losing a worker writes the same bytes.
"""

from __future__ import annotations

import json
import operator
import os
import shutil
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console

from declutter.dedup.config import DedupConfig
from declutter.distributed import stages
from declutter.distributed.output import check_output, writing
from declutter.distributed.partitions import (
    DEFAULT_PARTITION_BYTES,
    Partition,
    count_newlines,
    number,
    read_partition,
    split_points,
)
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, expand
from declutter.record import dumps


class DaskMissing(Exception):
    """The ``dask`` extra is not installed."""


class ClusterError(Exception):
    """A ``--cluster`` spec that is not understood, or a cluster that cannot be reached."""


@dataclass
class Options:
    """Everything a distributed run needs besides its inputs and output directory."""

    fmt: str | None = None
    rule_dirs: tuple[str, ...] = ()
    audit: bool = True
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    page_seconds: float = 0.0
    """Per-page time budget; Dask runs tasks in worker threads, where SIGALRM cannot interrupt
    a page, so the budget is not enforced on a cluster (0)."""
    config: DedupConfig = field(default_factory=DedupConfig)
    drop_duplicates: bool = False
    output_format: str = "jsonl"
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    shuffle_partitions: int | None = None
    """Reducers per shuffle (default: the number of dedup groups, at least 2 per worker)."""
    group_records: int = 500_000
    """Records per dedup group (consecutive partitions whose sketches are merged): the unit of
    the dedup shuffles' maps and of routing."""
    bands_per_pass: int | None = None
    """Bands shuffled per pass (default: all at once); fewer bounds shuffle memory."""
    keep_stage: bool = False


# -- the cluster --------------------------------------------------------------------------------

def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskMissing("--cluster needs Dask: pip install 'declutter[dask]'") from exc
    return distributed


@contextmanager
def connect(cluster: str | None, scheduler_file: str | None = None) -> Iterator[Any]:
    """A Dask client: ``local`` / ``local:N`` starts N worker processes here (default: one per
    core), ``tcp://host:port`` (or ``tls://``) or a scheduler file joins a running cluster."""
    distributed = _import_distributed()
    local = None
    try:
        if scheduler_file:
            client = distributed.Client(scheduler_file=scheduler_file, timeout="20s")
        elif cluster and (cluster == "local" or cluster.startswith("local:")):
            workers_text = cluster.partition(":")[2] or str(os.cpu_count() or 1)
            if not workers_text.isdigit() or int(workers_text) < 1:
                raise ClusterError(f"--cluster {cluster}: expected local or local:N with N >= 1")
            local = distributed.LocalCluster(n_workers=int(workers_text), threads_per_worker=1,
                                             processes=True, dashboard_address=":0")
            client = distributed.Client(local)
        elif cluster and "://" in cluster:
            client = distributed.Client(cluster, timeout="20s")
        else:
            raise ClusterError(f"--cluster {cluster!r}: expected local[:N] or tcp://host:port")
    except (OSError, TimeoutError) as exc:
        if local is not None:
            local.close()
        raise ClusterError(f"cannot reach the Dask scheduler: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


# -- tasks that run on workers ------------------------------------------------------------------

_PIPELINES: dict[tuple, Any] = {}


def _pipeline(options: Options) -> Any:
    """One Pipeline per worker thread and rule setup (compiled rules do not pickle, and a
    Pipeline is not shared between threads)."""
    from declutter.pipeline import Pipeline

    key = (threading.get_ident(), options.rule_dirs, options.audit, options.max_page_bytes,
           options.page_seconds)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(rule_dirs=tuple(Path(d) for d in options.rule_dirs),
                                   audit=options.audit, max_page_bytes=options.max_page_bytes,
                                   page_seconds=options.page_seconds)
    return _PIPELINES[key]


def _atomic(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def clean_partition(part: Partition, stage_dir: str, options: Options) -> tuple[stages.Sketch, dict]:
    """Clean one partition into a staged JSONL file; return its dedup sketch and counts."""
    from declutter.summary import Summary

    pipeline = _pipeline(options)
    target = Path(stage_dir) / f"clean-{part.number:05d}.jsonl"
    tmp = _atomic(target)
    summary = Summary()
    started = time.perf_counter()
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for item in read_partition(part, options.fmt, options.max_page_bytes):
            record = pipeline.clean(item)
            summary.add(record)
            out.write(dumps(record) + "\n")
    os.replace(tmp, target)
    clean_seconds = time.perf_counter() - started
    with open(target, encoding="utf-8") as lines:
        sketch = stages.sketch_lines(lines, options.config)
    counts = {"records": sketch.count, "stories": len(sketch.local),
              "teasers": len(sketch.teaser_local), "read": summary.read,
              "cleaned": summary.cleaned, "errors": summary.errors,
              "teasers_found": summary.teasers, "removed": dict(summary.removed),
              "clean_seconds": round(clean_seconds, 3),
              "sketch_seconds": round(time.perf_counter() - started - clean_seconds, 3),
              "sketch_bytes": sketch.nbytes}
    return sketch, counts


def mask_partition(part: Partition, stage_dir: str, sketch: stages.Sketch, counts: Any,
                   config: DedupConfig) -> list[bytes | None]:
    """Boilerplate masks of one partition's stories, their texts read again from its staged
    file, given the run's line counts (:func:`declutter.dedup.boilerplate.partition_masks`)."""
    from declutter.dedup.boilerplate import partition_masks
    from declutter.dedup.records import is_story, story_source, story_text

    if not len(counts):
        return [None] * len(sketch.ids)
    with open(Path(stage_dir) / f"clean-{part.number:05d}.jsonl", encoding="utf-8") as lines:
        stories = ((story_source(r), story_text(r)) for r in map(json.loads, lines) if is_story(r))
        return partition_masks(stories, sketch.signatures, counts, config)


def write_partition(part: Partition, stage_dir: str, out_dir: str, base: int,
                    notes: Sequence[dict], later: np.ndarray, links: Sequence[tuple],
                    options: Options) -> dict:
    """Annotate one partition's staged records and write its output file atomically."""
    source = Path(stage_dir) / f"clean-{part.number:05d}.jsonl"
    suffix = "parquet" if options.output_format == "parquet" else "jsonl"
    target = Path(out_dir) / f"part-{part.number:05d}.{suffix}"
    tmp = _atomic(target)
    written = 0
    with open(source, encoding="utf-8") as lines:
        records = stages.annotate_lines(lines, base, notes, later, links, options.drop_duplicates)
        if suffix == "jsonl":
            with open(tmp, "w", encoding="utf-8", newline="\n") as out:
                for record in records:
                    out.write(dumps(record) + "\n")
                    written += 1
        else:
            written = _write_parquet(records, tmp)
    os.replace(tmp, target)
    return {"file": target.name, "written": written, "bytes": target.stat().st_size}


def _write_parquet(records: Iterator[dict], path: Path) -> int:
    """Flat columns for queries plus the whole record as JSON (records differ in their nesting)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("url", pa.string()), ("source", pa.string()),
                        ("title", pa.string()), ("text", pa.string()), ("error", pa.string()),
                        ("dup_cluster", pa.string()), ("dup_canonical", pa.string()),
                        ("dup_similarity", pa.float64()), ("is_canonical", pa.bool_()),
                        ("record", pa.string())])
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []

        def flush() -> None:
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()

        for record in records:
            dup = record.get("dup") or {}
            batch.append({
                "id": _text(record.get("id")), "url": _text(record.get("url")),
                "source": _text(record.get("source")), "title": _text(record.get("title")),
                "text": _text(record.get("text")), "error": _text(record.get("error")),
                "dup_cluster": dup.get("cluster"), "dup_canonical": dup.get("canonical"),
                "dup_similarity": dup.get("similarity"),
                "is_canonical": record.get("is_canonical"), "record": dumps(record)})
            written += 1
            if len(batch) >= 1024:
                flush()
        flush()
    return written


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _count_rows(value: Any) -> int:
    return len(value)


def _sum_pieces(pieces: Sequence) -> int:
    return stages.piece_bytes(pieces)


# -- the client side ----------------------------------------------------------------------------

class _Stages:
    """Submits tasks with readable keys, waits with a rich progress bar, keeps stage timings."""

    def __init__(self, client: Any, console: Console, progress: bool) -> None:
        self.client = client
        self.console = console
        self.progress = progress and console.is_terminal
        self.token = uuid.uuid4().hex[:8]
        self.timings: dict[str, float] = {}
        self.shuffle_bytes: dict[str, int] = {}
        self._count = 0

    def submit(self, name: str, fn: Callable, *args: Any) -> Any:
        self._count += 1
        return self.client.submit(fn, *args, key=f"declutter-{name}-{self._count}-{self.token}",
                                  pure=False)

    def pick(self, name: str, future: Any, index: int) -> Any:
        return self.submit(f"{name}-piece", operator.getitem, future, index)

    def shuffle(self, name: str, maps: Sequence[Any], reducers: int, fn: Callable,
                args: Callable[[int], tuple]) -> list[Any]:
        """``fn(pieces, *args(j))`` for each reducer ``j``; piece ``j`` of every map output."""
        sizes = [self.submit(f"{name}-bytes", _sum_pieces, m) for m in maps]
        pieces = [[self.pick(name, m, j) for j in range(reducers)] for m in maps]
        out = [self.submit(f"{name}-reduce", fn, [row[j] for row in pieces], *args(j))
               for j in range(reducers)]
        self.shuffle_bytes[name] = self.shuffle_bytes.get(name, 0) + sum(
            self.client.gather(sizes))
        return out

    def wait(self, name: str, futures: Sequence[Any]) -> None:
        """Wait for a stage, with a progress bar on a terminal."""
        from distributed import as_completed

        started = time.perf_counter()
        if self.progress and futures:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            with Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=self.console, transient=True) as bar:
                task = bar.add_task(name, total=len(futures))
                for future in as_completed(futures):
                    future.result()
                    bar.advance(task)
        else:
            self.client.gather(list(futures))
        self.timings[name] = round(self.timings.get(name, 0.0) + time.perf_counter() - started, 3)


def _groups(sizes: np.ndarray, target: int) -> list[list[int]]:
    """Consecutive partitions in groups of about ``target`` records (at least one each)."""
    groups: list[list[int]] = [[]]
    count = 0
    for p, size in enumerate(sizes.tolist()):
        if groups[-1] and count + size > target:
            groups.append([])
            count = 0
        groups[-1].append(p)
        count += size
    return groups if groups[0] else []


def _concat(lists: Sequence[list]) -> list:
    return [x for part in lists for x in part]


def _stack_rows_f(run: _Stages, pieces: Sequence[Any]) -> Any:
    return run.submit("stack", _stack_rows, list(pieces))


def _stack_rows(pieces: Sequence[np.ndarray]) -> np.ndarray:
    rows = [p for p in pieces if len(p)]
    return np.vstack(rows) if rows else np.zeros((0, 2), dtype=np.int64)


def _components(run: _Stages, edge_lists: Sequence[list[Any]], reducers: int,
                offsets: np.ndarray, max_rounds: int = 200) -> tuple[list[Any], int]:
    """Connected components of the verified edges on the cluster: a spanning forest per group,
    then large-star / small-star rounds (each a shuffle by node) until a round changes nothing;
    every component is then a star around its smallest ordinal. Returns ``(ordinal, label)``
    rows per group and the number of rounds."""
    forests = [run.submit("forest", stages.forest, edges) for edges in edge_lists]
    maps = [run.submit("star-map", stages.star_map, [f], reducers) for f in forests]
    inputs = [[run.pick("stars", m, j) for m in maps] for j in range(reducers)]
    previous: tuple[int, int] | None = None
    rounds = 0
    while True:
        rounds += 1
        large = [run.submit("large-star", stages.large_star, inputs[j], reducers)
                 for j in range(reducers)]
        fingerprint = stages.combine(run.client.gather(
            [run.pick("star-print", x, reducers) for x in large]))
        if fingerprint == previous:
            break
        if rounds > max_rounds:
            raise RuntimeError(f"components did not converge in {max_rounds} rounds")
        previous = fingerprint
        middle = [[run.pick("stars", x, j) for x in large] for j in range(reducers)]
        small = [run.submit("small-star", stages.small_star, middle[j], reducers)
                 for j in range(reducers)]
        inputs = [[run.pick("stars", x, j) for x in small] for j in range(reducers)]
    labels = [run.submit("star-labels", stages.star_labels, inputs[j], offsets)
              for j in range(reducers)]
    assigned = [run.submit("assigned", _stack_rows, [run.pick("assigned", x, p) for x in labels])
                for p in range(len(offsets))]
    return assigned, rounds


def _bands(config: DedupConfig, per_pass: int | None) -> list[tuple[int, int]]:
    b, _ = config.bands
    step = b if not per_pass or per_pass >= b else per_pass
    return [(lo, min(lo + step, b)) for lo in range(0, b, step)]


def run_distributed(inputs: Sequence[str], out_dir: str | Path, client: Any,
                    options: Options | None = None, console: Console | None = None,
                    progress: bool = True,
                    hook: Callable[[str], None] | None = None) -> dict:
    """Clean and dedup ``inputs`` on the cluster behind ``client`` into ``out_dir``.

    Writes ``part-NNNNN.jsonl`` (or ``.parquet``) per input partition, in input order (their
    concatenation is the single-machine output, line for line) and ``manifest.json``; returns
    the manifest. ``hook(stage)`` is called after each stage (tests use it to kill a worker).
    The run writes beside ``out_dir`` and takes its place only when complete; a second run
    into it at the same time is refused (:mod:`declutter.distributed.output`).
    Raises :class:`declutter.io.readers.InputError` for inputs that do not exist and
    :class:`~declutter.distributed.output.OutputError` for an output folder it cannot use.
    """
    options = options or Options()
    console = console or Console(stderr=True)
    skipped: list[Path] = []
    files = expand(inputs, skipped)
    check_output(Path(out_dir), (f.path for f in files))
    with writing(Path(out_dir)) as out:
        return _run(files, skipped, out, client, options, console, progress, hook)


def _run(files: list[Any], skipped: list[Path], out: Path, client: Any, options: Options,
         console: Console, progress: bool, hook: Callable[[str], None] | None) -> dict:
    started = time.perf_counter()
    stage_dir = out / "_stage"
    stage_dir.mkdir(exist_ok=True)
    run = _Stages(client, console, progress)
    workers = len(client.scheduler_info().get("workers", {}))
    dashboard = getattr(client, "dashboard_link", None)
    try:
        import bokeh  # noqa: F401  (the dashboard is served only with bokeh installed)
    except ImportError:
        dashboard = f"{dashboard} (served when bokeh is installed on the scheduler)"
    console.print(f"Dask: {workers} workers at {client.scheduler.address}; dashboard {dashboard}")
    config = options.config

    # Partitions: byte ranges need the newlines before them (counted on the workers).
    splits = split_points(files, options.fmt, options.partition_bytes)
    counting = {k: run.submit("newlines", count_newlines, str(files[0].path), start, end)
                for k, (files, start, end) in enumerate(splits) if end is not None}
    run.wait("plan", list(counting.values()))
    newlines = [counting[k].result() if k in counting else 0 for k in range(len(splits))]
    parts = number(splits, newlines)
    n_parts = len(parts)

    cleaned = [run.submit("clean", clean_partition, p, str(stage_dir), options) for p in parts]
    sketches = [run.pick("sketch", f, 0) for f in cleaned]
    counts_f = [run.pick("counts", f, 1) for f in cleaned]
    run.wait("clean", counts_f)
    counts = client.gather(counts_f)
    sizes = np.array([c["records"] for c in counts], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
    bases = [int(o) for o in offsets]
    if hook:
        hook("clean")
    run_time = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())

    # Dedup groups: consecutive partitions of about group_records records, so the shuffles
    # run over a few large groups (maps x reducers tasks), not over many small partitions.
    groups = _groups(sizes, options.group_records)
    group_of = {p: k for k, members in enumerate(groups) for p in members}
    g_bases = [bases[members[0]] for members in groups]
    g_offsets = np.array(g_bases, dtype=np.int64)
    g_sizes = [int(sizes[members].sum()) for members in groups]
    g_sketches = [sketches[members[0]] if len(members) == 1 else
                  run.submit("merge", stages.merge_sketches, [sketches[p] for p in members],
                             [bases[p] - bases[members[0]] for p in members])
                  for members in groups]
    n_groups = len(groups)
    # Lines a source repeats on many stories: counted per partition, merged, then each story's
    # boilerplate slots (its partition's texts read again), concatenated per group.
    from declutter.dedup.boilerplate import merged

    line_counts = run.submit("lines", merged, [run.submit("lines-of", operator.attrgetter(
        "lines"), sk) for sk in sketches])
    masks = [run.submit("masks", mask_partition, p, str(stage_dir), sketches[k], line_counts,
                        config) for k, p in enumerate(parts)]
    g_masks = [masks[members[0]] if len(members) == 1 else
               run.submit("masks-merge", _concat, [masks[p] for p in members])
               for members in groups]
    reducers = options.shuffle_partitions or max(n_groups, 2 * max(workers, 1))

    # Repeated ids.
    id_maps = [run.submit("ids-map", stages.ids_map, sk, g_bases[p], reducers)
               for p, sk in enumerate(g_sketches)]
    id_red = run.shuffle("ids", id_maps, reducers, stages.ids_reduce, lambda j: (g_offsets,))
    aliases = [[run.pick("ids", r, p) for r in id_red] for p in range(n_groups)]
    later = [run.submit("later", stages.later_ordinals, aliases[p], g_bases[p], int(g_sizes[p]))
             for p in range(n_groups)]
    run.wait("ids", later)

    # Identical signatures join their first copy directly and stay out of the LSH.
    same_maps = [run.submit("same-map", stages.same_map, g_sketches[p], g_bases[p], later[p],
                            reducers) for p in range(n_groups)]
    same_red = run.shuffle("same", same_maps, reducers, stages.same_reduce,
                           lambda j: (g_offsets,))
    copies = [[run.pick("same", r, p) for r in same_red] for p in range(n_groups)]
    excluded = [run.submit("excluded", stages.lsh_excluded, later[p], copies[p])
                for p in range(n_groups)]
    copies_f = [run.submit("copies", _count_rows, _stack_rows_f(run, copies[p]))
                for p in range(n_groups)]
    run.wait("same", excluded + copies_f)

    # LSH buckets, a few bands per pass.
    pair_pieces: list[list[Any]] = [[] for _ in range(n_groups)]
    bucket_stats: list[Any] = []
    for lo, hi in _bands(config, options.bands_per_pass):
        maps = [run.submit("bands-map", stages.bands_map, sk, g_bases[p], excluded[p], config,
                           (lo, hi), reducers) for p, sk in enumerate(g_sketches)]
        red = run.shuffle("bands", maps, reducers, stages.bands_reduce, lambda j: (g_offsets,))
        for p in range(n_groups):
            pair_pieces[p].extend(run.pick("bands", r, p) for r in red)
        bucket_stats.extend(run.pick("bands-stats", r, n_groups) for r in red)
        run.wait("bands", bucket_stats)

    # Verification in two hops, then components.
    attached = [run.submit("verify-attach", stages.verify_attach, pair_pieces[p], g_sketches[p],
                           g_bases[p], g_offsets) for p in range(n_groups)]
    candidates_f = [run.pick("candidates", a, n_groups) for a in attached]
    attached_bytes = [run.submit("verify-bytes", _sum_pieces, a) for a in attached]
    checked = [run.submit("verify-check", stages.verify_check,
                          [run.pick("verify", a, q) for a in attached], g_sketches[q], g_bases[q],
                          config) for q in range(n_groups)]
    verified_f = [run.submit("verified", _count_rows, c) for c in checked]
    run.wait("verify", verified_f + candidates_f)
    run.shuffle_bytes["verify"] = sum(client.gather(attached_bytes))
    run.shuffle_bytes["pairs"] = sum(client.gather(
        [run.submit("pairs-bytes", _sum_pieces, pieces) for pieces in pair_pieces]))
    edge_lists = [[checked[p], *copies[p]] for p in range(n_groups)]
    assigned, star_rounds = _components(run, edge_lists, reducers, g_offsets)
    run.wait("components", assigned)
    if hook:
        hook("components")

    # Labels: cluster ids, canonical copies, similarities.
    facts = [run.submit("facts", stages.facts_map, assigned[p], aliases[p],
                        g_sketches[p], g_bases[p], reducers, g_masks[p]) for p in range(n_groups)]
    labels = run.shuffle("labels", facts, reducers, stages.label_reduce,
                         lambda j: (config, run_time, g_offsets))
    label_stats = [run.pick("label-stats", r, n_groups) for r in labels]
    run.wait("labels", label_stats)
    notes = [[run.pick("notes", r, p) for r in labels] for p in range(n_groups)]

    # Teaser links (only when some record has a linkable teaser): the containment search's
    # slot keys shuffled by key, candidates to the story's group, then to the teaser's.
    links: list[Any] = [[] for _ in range(n_groups)]
    total_teasers = sum(c["teasers"] for c in counts)
    teasers_linked = 0
    if total_teasers:
        tmaps = [run.submit("teaser-keys", stages.teaser_keys_map, g_sketches[p], g_bases[p],
                            later[p], config, reducers) for p in range(n_groups)]
        tred = run.shuffle("teasers", tmaps, reducers, stages.teaser_keys_reduce,
                           lambda j: (g_offsets,))
        attach = [run.submit("teaser-attach", stages.teaser_attach,
                             [run.pick("teasers", r, p) for r in tred], notes[p], g_sketches[p],
                             g_bases[p], config, run_time, g_offsets) for p in range(n_groups)]
        links = [run.submit("teaser-choose", stages.teaser_choose,
                            [run.pick("teaser-attach", a, q) for a in attach], g_sketches[q],
                            g_bases[q], config) for q in range(n_groups)]
        linked_f = [run.submit("links", _count_rows, c) for c in links]
        run.wait("teasers", linked_f)
        teasers_linked = sum(client.gather(linked_f))
        run.shuffle_bytes["teaser-attach"] = sum(client.gather(
            [run.submit("teaser-bytes", _sum_pieces, a) for a in attach]))

    written_f = [run.submit("write", write_partition, parts[p], str(stage_dir), str(out),
                            bases[p], notes[group_of[p]], later[group_of[p]],
                            links[group_of[p]], options)
                 for p in range(n_parts)]
    run.wait("write", written_f)
    written = client.gather(written_f)

    stats = client.gather(bucket_stats)
    lstats = client.gather(label_stats)
    identical = sum(client.gather(copies_f))
    removed: Counter[str] = Counter()
    for c in counts:
        removed.update(c["removed"])
    manifest = {
        "format": options.output_format,
        "files": [w["file"] for w in written],
        "partitions": [{**p.to_dict(), "offset": bases[k], "records": int(sizes[k]),
                        "written": written[k]["written"], "file": written[k]["file"],
                        "bytes": written[k]["bytes"], "clean_seconds": counts[k]["clean_seconds"]}
                       for k, p in enumerate(parts)],
        "counts": {
            "records": int(sizes.sum()), "stories": sum(c["stories"] for c in counts),
            "errors": int(sizes.sum()) - sum(c["stories"] for c in counts),
            "cleaned": sum(c["cleaned"] for c in counts),
            "clean_errors": sum(c["errors"] for c in counts),
            "clusters": sum(s["clusters"] for s in lstats),
            "duplicates": sum(s["duplicates"] for s in lstats),
            "identical_copies": identical,
            # as the single machine counts them: an identical copy is one verified candidate
            "candidates": sum(client.gather(candidates_f)) + identical,
            "verified": sum(client.gather(verified_f)) + identical,
            "teasers": total_teasers, "teasers_linked": teasers_linked,
            "written": sum(w["written"] for w in written),
            "removed_by_rule": dict(removed.most_common()),
        },
        "buckets": {"shared": sum(s["buckets"] for s in stats),
                    "largest": max((s["largest"] for s in stats), default=0),
                    "pairs_from_buckets": sum(s["pairs"] for s in stats)},
        "shuffle_bytes": run.shuffle_bytes,
        "sketch_bytes": sum(c["sketch_bytes"] for c in counts),
        "cluster": {"workers": workers, "scheduler": client.scheduler.address,
                    "dashboard": dashboard, "reducers": reducers, "dedup_groups": n_groups,
                    "band_passes": len(_bands(config, options.bands_per_pass)),
                    "component_rounds": star_rounds},
        "config": config.to_dict(),
        "options": {k: v for k, v in asdict(options).items() if k != "config"},
        "skipped_files": [str(s) for s in skipped],
        "run_time": run_time,
        "timing": {**run.timings, "total": round(time.perf_counter() - started, 3)},
    }
    manifest_path = out / "manifest.json"
    tmp = _atomic(manifest_path)
    tmp.write_text(json.dumps(manifest, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, manifest_path)
    if not options.keep_stage:
        shutil.rmtree(stage_dir, ignore_errors=True)
    return manifest
