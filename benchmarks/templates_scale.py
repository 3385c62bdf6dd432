"""Throughput and peak memory of `declutter clean` with templates off and on, at two sizes.

Writes the pages of :mod:`benchmarks.template_corpus` (six sources, half HTML, half text
dumps, real stories and chrome) to ``benchmarks/out/templates-N.jsonl``, then runs
``declutter clean`` on each size with ``--no-templates`` and with templates (a first counting
pass, then cleaning), each in its own subprocess, and prints pages/s and peak RSS. Templates
on vs off gives the throughput ratio, by wall time and by CPU time (user + system of the
run's processes: on a machine shared with other work, CPU time is the steadier of the two);
the peak RSS of the larger size over the smaller shows whether memory stays flat. Pages are
generated one at a time into the file (never held in memory), and each size's file is kept
in ``benchmarks/out/`` for the next run.

    python benchmarks/templates_scale.py                    # 10,000 and 100,000 pages
    python benchmarks/templates_scale.py --sizes 2000 20000
    python benchmarks/templates_scale.py --sizes 10000 --repeat 5   # 5 pairs, CPU ratios
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.template_corpus import SOURCES, pages_of  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def generate(path: Path, n: int, seed: int = 15) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    per_source = -(-n // len(SOURCES))
    with tmp.open("w", encoding="utf-8") as fh:
        for count, (line, _) in enumerate(pages_of(SOURCES, per_source, seed)):
            if count >= n:
                break
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    tmp.rename(path)


_MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(r.ru_maxrss, r.ru_utime + r.ru_stime)\n"
)


def run(path: Path, *extra: str) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS (MiB) and output lines of one `declutter clean`
    run, measured from its own parent process (so the peak RSS is its own)."""
    out = OUT / f"{path.stem}.clean.jsonl"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "declutter", "clean", str(path),
         "-o", str(out), "--no-progress", "--allow-errors", *extra],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    lines = sum(1 for _ in out.open("rb"))
    out.unlink()
    rss, cpu = done.stdout.split()
    return seconds, float(cpu), int(rss) / 1024, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each size, off and on in alternation; the last line of a "
                        "size gives each run's CPU ratio and their median")
    args = parser.parse_args()
    print(f"{'pages':>8} {'templates':>9} {'MB in':>6} {'seconds':>8} {'pages/s':>8} "
          f"{'CPU s':>8} {'pages/CPU s':>11} {'peak RSS MiB':>13}", flush=True)
    peaks: dict[str, list[float]] = {"off": [], "on": []}
    for n in sorted(args.sizes):
        path = OUT / f"templates-{n}.jsonl"
        generate(path, n)
        ratios = []
        top = {"off": 0.0, "on": 0.0}
        for _ in range(args.repeat):
            wall, cpu = {}, {}
            for mode, extra in (("off", ("--no-templates",)), ("on", ())):
                seconds, cpu_seconds, peak, lines = run(path, *extra)
                assert lines == n, f"{lines} output lines for {n} pages"
                wall[mode], cpu[mode] = n / seconds, n / cpu_seconds
                top[mode] = max(top[mode], peak)
                print(f"{n:>8} {mode:>9} {path.stat().st_size / 1e6:>6.0f} {seconds:>8.1f} "
                      f"{n / seconds:>8.0f} {cpu_seconds:>8.1f} {n / cpu_seconds:>11.0f} "
                      f"{peak:>13.0f}", flush=True)
            ratios.append(cpu["on"] / cpu["off"])
            print(f"{n:>8} throughput with templates / without: wall "
                  f"{wall['on'] / wall['off']:.2f}, CPU {cpu['on'] / cpu['off']:.2f}", flush=True)
        for mode, peak in top.items():
            peaks[mode].append(peak)
        if args.repeat > 1:
            print(f"{n:>8} CPU ratio of each run: {', '.join(f'{r:.2f}' for r in ratios)}; "
                  f"median {statistics.median(ratios):.2f}", flush=True)
    if len(args.sizes) > 1:
        for mode, values in peaks.items():
            print(f"peak RSS ratio, largest / smallest size, templates {mode}: "
                  f"{values[-1] / values[0]:.2f}")


if __name__ == "__main__":
    main()
