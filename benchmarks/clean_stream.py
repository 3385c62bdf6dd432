"""Streaming throughput and memory of `declutter clean` on a large generated JSONL.

Generates N pages (text dumps and HTML pages from samples/, each made unique) into
benchmarks/out/, runs `declutter clean` on them in a subprocess at a small and a large size,
and prints pages/s and peak RSS for each. Flat memory shows as a peak-RSS ratio near 1 between
the two sizes even though the large run reads 10x the pages.

    python benchmarks/clean_stream.py                 # 10,000 and 100,000 pages
    python benchmarks/clean_stream.py --sizes 2000 20000 --jobs 2
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"


def templates() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "samples" / "dumps").glob("*.txt")):
        found.append(("text", path.read_text("utf-8")))
    for path in sorted((ROOT / "samples" / "html").glob("*.htm*")):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        try:
            found.append(("html", data.decode("utf-8")))
        except UnicodeDecodeError:
            continue
    return found


def generate(path: Path, n: int) -> None:
    if path.exists():
        return
    kinds = templates()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            kind, body = kinds[i % len(kinds)]
            # Make every page distinct: a number in the first story line.
            body = body.replace(".", f" (item {i}).", 1)
            fh.write(
                json.dumps(
                    {
                        "id": f"p{i}",
                        kind: body,
                        "source": f"feed-{i % 17}",
                        "fetched_at": "2025-07-21T10:00:00Z",
                    }
                )
                + "\n"
            )
    tmp.rename(path)


_MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run(path: Path, jobs: int, *extra: str) -> tuple[float, float, int]:
    """Seconds, peak RSS (MiB, the largest process of the run) and output lines of one run.

    Each run is measured from its own parent process, so its peak RSS is its own.
    """
    out = OUT / f"{path.stem}.clean.jsonl"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "declutter", "clean", str(path),
         "-o", str(out), "--no-progress", "--jobs", str(jobs), *extra],
        check=True, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - start
    lines = sum(1 for _ in out.open("rb"))
    out.unlink()
    return seconds, int(done.stdout) / 1024, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    print(f"{'pages':>8} {'jobs':>4} {'MB in':>7} {'seconds':>8} {'pages/s':>8} {'peak RSS MiB':>13}")
    peaks = []
    for n in sorted(args.sizes):
        path = OUT / f"pages-{n}.jsonl"
        generate(path, n)
        seconds, peak, lines = run(path, args.jobs)
        assert lines == n, f"{lines} output lines for {n} pages"
        peaks.append(peak)
        size = path.stat().st_size / 1e6
        print(f"{n:>8} {args.jobs:>4} {size:>7.0f} {seconds:>8.1f} {n / seconds:>8.0f} {peak:>13.0f}")
    if len(peaks) > 1:
        print(
            f"peak RSS ratio, largest / smallest run: {peaks[-1] / peaks[0]:.2f} "
            "(each run measured on its own: about 1 means memory stays flat)"
        )


if __name__ == "__main__":
    main()
