"""The Dask path against the single-process path on one generated corpus: time, ratios, shuffles.

Generates ``--pages`` JSON Lines pages (default 40,000) of news-length text (``--words`` words
of a Zipf-like made-up vocabulary), a fifth of them near-copies (0-10% of words edited) of
earlier pages, 80% with ``fetched_at``. Then, on this machine:

* ``declutter run CORPUS -o single.jsonl`` in a fresh process (clean + dedup, one process);
* ``run_distributed`` on a ``LocalCluster`` of 1 and of 2 worker processes (one thread each),
  with JSON Lines files split into ``--partition-mb`` byte ranges;

and prints wall times, pages/s, the ratios (single / Dask at 1 worker = the Dask overhead;
Dask 1 worker / Dask 2 workers = the scaling), the per-stage times of each Dask run, and the
shuffle volume of each stage in total and per page. Every Dask output is compared byte for
byte with the single-process output (``identical`` column).

Run: ``python3 benchmarks/dask_scaling.py [--pages 40000] [--words 300] [--partition-mb 4]
[--workers 1 2] [--group-records 500000] [--bands-per-pass N]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table


def generate(path: Path, pages: int, words: int, seed: int = 5) -> None:
    """News-length pages; every 5th is a 0-10%-edited copy of an earlier page."""
    rng = np.random.default_rng(seed)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or", "us"]
    vocab = np.array(["".join(rng.choice(syllables, size=rng.integers(1, 5)))
                      for _ in range(30000)])
    weights = 1.0 / np.arange(1, len(vocab) + 1)
    weights /= weights.sum()
    texts: list[list[str]] = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(pages):
            if i % 5 == 4 and texts:
                words_of = list(texts[int(rng.integers(len(texts)))])
                for k in rng.choice(len(words_of), int(len(words_of) * rng.uniform(0, 0.1)),
                                    replace=False):
                    words_of[k] = str(rng.choice(vocab))
            else:
                words_of = [str(w) for w in rng.choice(vocab, size=words, p=weights)]
                texts.append(words_of)
            sentences = [" ".join(words_of[j : j + 14]).capitalize() + "."
                         for j in range(0, len(words_of), 14)]
            text = "\n\n".join(" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4))
            page = {"id": f"p{i:07d}", "text": text, "source": f"feed{i % 11}"}
            if rng.random() < 0.8:
                page["fetched_at"] = f"2026-11-2{int(rng.integers(5))}T{int(rng.integers(24)):02d}:00:00Z"
            out.write(json.dumps(page) + "\n")


def single(corpus: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "declutter", "run", str(corpus), "-o", str(out),
                    "--no-progress"], check=True, capture_output=True)
    return time.perf_counter() - started


def on_dask(corpus: Path, out: Path, workers: int, partition_mb: int, group_records: int,
            bands_per_pass: int | None) -> tuple[float, dict]:
    from distributed import Client, LocalCluster

    from declutter.distributed import Options, run_distributed

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(lambda: __import__("declutter.pipeline"))  # imports are not the job's time
        started = time.perf_counter()
        manifest = run_distributed([str(corpus)], out, client,
                                   Options(partition_bytes=partition_mb << 20,
                                           group_records=group_records,
                                           bands_per_pass=bands_per_pass),
                                   Console(stderr=True, quiet=True), progress=False)
        return time.perf_counter() - started, manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40_000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--partition-mb", type=int, default=4)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--group-records", type=int, default=500_000,
                        help="records per dedup group (fewer: more shuffle maps)")
    parser.add_argument("--bands-per-pass", type=int, default=None)
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory(prefix="declutter-dask-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        generate(corpus, args.pages, args.words)
        size_mb = corpus.stat().st_size / 2**20
        console.print(f"corpus: {args.pages} pages, {size_mb:.1f} MiB, "
                      f"partitions of {args.partition_mb} MiB")
        base_s = single(corpus, work / "single.jsonl")
        expected = (work / "single.jsonl").read_bytes()
        results = []
        for n in args.workers:
            seconds, manifest = on_dask(corpus, work / f"dask{n}", n, args.partition_mb,
                                        args.group_records, args.bands_per_pass)
            got = b"".join((work / f"dask{n}" / f).read_bytes() for f in manifest["files"])
            results.append((n, seconds, manifest, got == expected))

        table = Table(title="declutter run: one process vs Dask LocalCluster")
        for col in ("path", "seconds", "pages/s", "single / this", "identical"):
            table.add_column(col, justify="right")
        table.add_row("single process", f"{base_s:.1f}", f"{args.pages / base_s:.0f}", "1.00", "-")
        for n, seconds, _, same in results:
            table.add_row(f"Dask, {n} worker(s)", f"{seconds:.1f}", f"{args.pages / seconds:.0f}",
                          f"{base_s / seconds:.2f}", str(same))
        console.print(table)
        if len(results) >= 2:
            console.print(f"scaling: Dask {results[0][0]} -> {results[1][0]} workers: "
                          f"{results[0][1] / results[1][1]:.2f}x faster")

        stages = Table(title="Dask stage seconds (client wall time per stage)")
        stages.add_column("stage")
        for n, *_ in results:
            stages.add_column(f"{n} worker(s)", justify="right")
        for name in results[0][2]["timing"]:
            stages.add_row(name, *(f"{m['timing'].get(name, 0):.2f}" for _, _, m, _ in results))
        console.print(stages)

        for n, _, m, _ in results:
            inside = sum(p["clean_seconds"] for p in m["partitions"])
            console.print(f"Dask {n} worker(s): cleaning inside the clean tasks took {inside:.1f} "
                          f"task-seconds ({args.pages / inside:.0f} pages/s per worker thread)")
        manifest = results[-1][2]
        shuffles = Table(title="shuffle volume (bytes leaving map tasks)")
        for col in ("shuffle", "bytes", "bytes / page"):
            shuffles.add_column(col, justify="right")
        for name, volume in manifest["shuffle_bytes"].items():
            shuffles.add_row(name, f"{volume:,}", f"{volume / args.pages:.1f}")
        shuffles.add_row("sketches held (signatures etc.)", f"{manifest['sketch_bytes']:,}",
                         f"{manifest['sketch_bytes'] / args.pages:.1f}")
        console.print(shuffles)
        counts = manifest["counts"]
        console.print(f"partitions {len(manifest['partitions'])}, reducers "
                      f"{manifest['cluster']['reducers']}, dedup groups "
                      f"{manifest['cluster']['dedup_groups']}, component rounds "
                      f"{manifest['cluster']['component_rounds']}, candidates {counts['candidates']}, "
                      f"verified {counts['verified']}, clusters {counts['clusters']}, "
                      f"duplicates {counts['duplicates']}, largest bucket "
                      f"{manifest['buckets']['largest']}")


if __name__ == "__main__":
    main()
