"""Size, time and memory of the HTML run report on large runs, and how long a browser takes to open it.

Generates N output records (the cleaned sample pages, each made unique; every 4th page a copy
of an earlier one in a dedup cluster of 2 to 6 pages) into a temporary folder, then runs
`declutter report` on them in a subprocess and prints, per size: the JSONL's size, report
seconds, peak RSS of the report process, the report's size and pages shown. With Chromium on
PATH it also prints how long headless Chromium takes to load the report and run its script
(`--dump-dom`), a proxy for how quickly the page becomes usable.

    python3 benchmarks/report_scale.py                   # 10,000 and 100,000 pages
    python3 benchmarks/report_scale.py --sizes 2000 --keep
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from declutter.pipeline import Pipeline  # noqa: E402

SOURCES = [f"Feed {k:02d}" for k in range(40)]


def base_records() -> list[dict]:
    pipeline = Pipeline()
    inputs = [str(ROOT / "samples" / "dumps"), str(ROOT / "samples" / "html")]
    return [r.to_dict() for r in pipeline.run(pipeline.read(inputs)) if not r.error]


def generate(path: Path, n: int) -> None:
    """Write ``n`` dedup-annotated records, streaming (nothing big held)."""
    bases = base_records()
    with path.open("w", encoding="utf-8") as out:
        canonical = None
        left = 0
        for i in range(n):
            record = dict(bases[i % len(bases)])
            record["id"] = f"page-{i:06d}"
            record["url"] = f"https://{SOURCES[i % 40].lower().replace(' ', '')}.example/{i}"
            record["source"] = SOURCES[i % len(SOURCES)]
            record["text"] = f"Story {i}. " + record["text"]
            if left and canonical is not None:
                record["text"] = record["text"].replace(" the ", " a ", 3)
                record["dup"] = {"cluster": canonical, "canonical": canonical, "similarity": 0.86}
                record["is_canonical"] = False
                left -= 1
            else:
                record["dup"] = {"cluster": record["id"], "canonical": record["id"], "similarity": 1.0}
                record["is_canonical"] = True
                if i % 4 == 0:
                    canonical, left = record["id"], 1 + (i // 4) % 5
            if i % 997 == 0:
                record = {"id": record["id"], "url": record["url"], "error": "ValueError: binary content",
                          "teasers": [], "meta": {}, "text": ""}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_report(jsonl: Path, html: Path) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) of the report subprocess, and its stderr line."""
    code = ("import resource, sys; from declutter.cli import main\n"
            "try:\n    main(sys.argv[1:], standalone_mode=False)\n"
            "finally:\n"
            "    print('maxrss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, "report", str(jsonl), "-o", str(html)],
                            capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    rss = int(result.stderr.split("maxrss")[-1].split()[0])
    said = next(line for line in result.stderr.splitlines() if line.startswith("report:"))
    return seconds, rss, said


def browser_seconds(html: Path, workdir: Path) -> float | None:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        return None
    started = time.perf_counter()
    subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    f"--user-data-dir={workdir / 'profile'}", "--dump-dom", html.as_uri()],
                   capture_output=True, check=True, timeout=300)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", action="store_true", help="Keep the generated files (path printed).")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="report-scale-"))
    print(f"{'pages':>8} {'jsonl MB':>9} {'report s':>9} {'peak RSS MB':>12} {'html KB':>8} "
          f"{'browser s':>10}  shown")
    try:
        for n in args.sizes:
            jsonl, html = folder / f"run-{n}.jsonl", folder / f"report-{n}.html"
            generate(jsonl, n)
            seconds, rss, said = run_report(jsonl, html)
            browser = browser_seconds(html, folder)
            shown = said.split("; ", 1)[1].rstrip(")")
            opened = "-" if browser is None else f"{browser:.2f}"
            print(f"{n:>8,} {jsonl.stat().st_size / 1e6:>9.1f} {seconds:>9.2f} {rss / 1024:>12.1f} "
                  f"{html.stat().st_size / 1024:>8.0f} {opened:>10}  {shown}")
    finally:
        if args.keep:
            print(f"files kept in {folder}")
        else:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
