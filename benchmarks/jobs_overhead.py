"""What ``--jobs`` costs the main process: its CPU time per page, and pages/s at 1 and N jobs.

Cleans the generated pages of :mod:`benchmarks.clean_stream` with ``Pipeline.run`` and writes
each record as ``declutter clean`` does. The main process's CPU time (all its threads, not the
workers') per page is the serial part that limits what more workers can gain.

The machine is shared, so ``--repeat`` runs 1 and N jobs in turns and prints each turn's ratio
and their median, beside the machine's own ceiling in that turn: N processes of a pure-Python
loop against one (close to N on a quiet machine; about 1 when another process holds the other
cores, and then no ratio of ours can be above it). Steadier under load, the *CPU projection*:
N times the CPU time a page costs at 1 job over what it costs at N jobs, main process and
workers together (pickling, hand-over, each worker's own start-up), i.e. the ratio N free
cores would give if nothing else ran. Target (issue 16): ``--jobs 2`` >= 1.7x.

    python3 benchmarks/jobs_overhead.py --pages 2000 --jobs 2 --repeat 3
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.clean_stream import OUT, generate  # noqa: E402
from declutter.pipeline import Pipeline  # noqa: E402
from declutter.record import dumps  # noqa: E402


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's ended children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(path: Path, jobs: int) -> tuple[float, float, float]:
    """(main-process CPU ms per page, all processes' CPU ms per page, pages/s) of one run
    over ``path`` (the workers' CPU is counted once the pool has ended)."""
    pipeline = Pipeline()
    cpu, workers, wall, n = time.process_time(), _children_cpu(), time.perf_counter(), 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in pipeline.run(pipeline.read([str(path)]), jobs):
            sink.write(dumps(record) + "\n")
            n += 1
    seconds = time.perf_counter() - wall
    main = time.process_time() - cpu
    return 1000 * main / n, 1000 * (main + _children_cpu() - workers) / n, n / seconds


def _spin(n: int = 2_000_000) -> float:
    """Seconds of a pure-Python loop (no I/O, no shared data)."""
    t0, x = time.perf_counter(), 0
    for i in range(n):
        x += i
    return time.perf_counter() - t0


def ceiling(jobs: int) -> float:
    """How much faster ``jobs`` processes do 2 * ``jobs`` loops than one process does one loop
    each, right now: the most any ``--jobs`` ratio can reach on this machine at this moment."""
    one = min(_spin() for _ in range(2))
    pool = multiprocessing.Pool(jobs)
    pool.map(_spin, [1000] * jobs)  # (workers started before the clock)
    t0 = time.perf_counter()
    pool.map(_spin, [2_000_000] * (2 * jobs))
    took = time.perf_counter() - t0
    pool.close()
    pool.join()  # (reaped now: their CPU is not counted as a run's workers')
    return 2 * jobs * one / took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="turns of 1 and N jobs")
    args = ap.parse_args(argv)
    path = OUT / f"pages-{args.pages}.jsonl"
    generate(path, args.pages)
    print("| turn | load (1 min) | machine ceiling | jobs | main CPU ms/page "
          "| all CPU ms/page | pages/s | ratio | CPU projection |")
    print("|---|---|---|---|---|---|---|---|---|")
    ratios, projections = [], []
    for turn in range(1, args.repeat + 1):
        load, top = os.getloadavg()[0], ceiling(args.jobs)
        one = run(path, 1)
        many = run(path, args.jobs)
        ratios.append(many[2] / one[2])
        projections.append(args.jobs * one[1] / many[1])
        print(f"| {turn} | {load:.2f} | {top:.2f}x | 1 | {one[0]:.3f} | {one[1]:.3f} "
              f"| {one[2]:.0f} | | |")
        print(f"| {turn} | | | {args.jobs} | {many[0]:.3f} | {many[1]:.3f} | {many[2]:.0f} "
              f"| {ratios[-1]:.2f}x | {projections[-1]:.2f}x |")
    print(f"--jobs {args.jobs} / --jobs 1: {statistics.median(ratios):.2f}x pages/s "
          f"(median of {len(ratios)}: {', '.join(f'{r:.2f}' for r in ratios)}); on "
          f"{args.jobs} free cores by CPU time: {statistics.median(projections):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
