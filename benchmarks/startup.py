"""Start-up cost of the command line: what a user waits for before and around one page.

Runs each command in a fresh interpreter, the commands taking turns, and prints the fastest of
``--repeat`` wall times and its ratio to trafilatura's import plus one extract (the same page,
measured in the same run, so machine load mostly cancels out of the ratio). Targets (issue 16):
``declutter --help`` and a one-page ``clean`` under 0.3 s on a quiet machine.

``--compare DIR`` adds the declutter commands of another checkout (e.g. ``git archive main``
unpacked, with ``python3 -m compileall -q declutter`` run there) to the same turns, so a
before/after is read from one run on a shared machine.

    python3 benchmarks/startup.py
    python3 benchmarks/startup.py --repeat 7 --compare /tmp/main-checkout
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "samples" / "html" / "metro-wire.html"


def commands(page: Path) -> dict[str, list[str]]:
    """name -> argv of each measured command."""
    py = sys.executable
    return {
        "declutter --help": [py, "-m", "declutter", "--help"],
        "declutter clean (one page)": [py, "-m", "declutter", "clean", str(page), "--no-progress"],
        "import declutter + clean_html": [
            py, "-c", "import sys, declutter; declutter.clean_html(open(sys.argv[1], 'rb').read())",
            str(page)],
        "trafilatura import + extract": [
            py, "-c", "import sys, trafilatura; trafilatura.extract(open(sys.argv[1]).read())",
            str(page)],
    }


def measure(repeat: int, page: Path, compare: Path | None = None) -> dict[str, float]:
    """name -> fastest wall time in seconds over ``repeat`` turns (``compare``: the declutter
    commands of that checkout too, named with a ``(compare)`` suffix, run from its folder)."""
    runs = {name: (argv, ROOT, None) for name, argv in commands(page).items()}
    if compare is not None:
        env = dict(os.environ, PYTHONPATH=str(compare))
        runs.update({f"{name} (compare)": (argv, compare, env)
                     for name, argv in commands(page).items() if "declutter" in name})
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, (argv, cwd, env) in runs.items():
            t0 = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           cwd=cwd, env=env)
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="turns; the fastest counts")
    ap.add_argument("--page", type=Path, default=PAGE, help="the HTML page to clean")
    ap.add_argument("--compare", type=Path, help="another checkout, timed in the same turns")
    args = ap.parse_args(argv)
    best = measure(args.repeat, args.page.resolve(),
                   args.compare.resolve() if args.compare else None)
    ref = best["trafilatura import + extract"]
    print(f"fastest of {args.repeat}, fresh interpreter each:")
    print("| command | seconds | x trafilatura |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.3f} | {seconds / ref:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
