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
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console

from declutter.distributed import stages
from declutter.distributed.cluster import ClusterError, DaskMissing, connect
from declutter.distributed.futures import _bands, _components, _groups, _stack_rows_f, _Stages
from declutter.distributed.options import Options
from declutter.distributed.output import check_output, writing
from declutter.distributed.partitions import (
    count_newlines,
    number,
    split_points,
)
from declutter.distributed.tasks import (
    _atomic,
    _count_rows,
    _sum_pieces,
    clean_partition,
    mask_partition,
    write_partition,
)
from declutter.io.input_files import expand

__all__ = ["ClusterError", "DaskMissing", "Options", "clean_partition", "connect", "run_distributed",
           "write_partition"]


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
    Raises :class:`declutter.io.input_files.InputError` for inputs that do not exist and
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
                           (lo, hi), reducers, g_masks[p]) for p, sk in enumerate(g_sketches)]
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


def _concat(lists: Sequence[list]) -> list:
    """One list of the items of ``lists``, in order (a group's masks, partition by partition)."""
    return [x for part in lists for x in part]
