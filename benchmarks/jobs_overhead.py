"""What ``--jobs`` costs the main process: its CPU time per page, and pages/s at 1 and N jobs.

Cleans the generated pages of :mod:`benchmarks.clean_stream` with ``Pipeline.run`` and writes
each record as ``declutter clean`` does. The main process's CPU time (all its threads, not the
workers') per page is the serial part that limits what more workers can gain.

    python3 benchmarks/jobs_overhead.py --pages 2000 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.clean_stream import OUT, generate  # noqa: E402
from declutter.pipeline import Pipeline  # noqa: E402
from declutter.record import dumps  # noqa: E402


def run(path: Path, jobs: int) -> tuple[float, float]:
    """(main-process CPU ms per page, pages/s) of one run over ``path``."""
    pipeline = Pipeline()
    cpu, wall, n = time.process_time(), time.perf_counter(), 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in pipeline.run(pipeline.read([str(path)]), jobs):
            sink.write(dumps(record) + "\n")
            n += 1
    return 1000 * (time.process_time() - cpu) / n, n / (time.perf_counter() - wall)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    path = OUT / f"pages-{args.pages}.jsonl"
    generate(path, args.pages)
    one = run(path, 1)
    many = run(path, args.jobs)
    print("| jobs | main CPU ms/page | pages/s |")
    print("|---|---|---|")
    print(f"| 1 | {one[0]:.3f} | {one[1]:.0f} |")
    print(f"| {args.jobs} | {many[0]:.3f} | {many[1]:.0f} |")
    print(f"--jobs {args.jobs} / --jobs 1: {many[1] / one[1]:.2f}x pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
