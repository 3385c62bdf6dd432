"""Two versions of declutter timed in one process, pages interleaved: the ratio of their speed.

On a shared machine the load changes from one run to the next by more than a speed change of
a few percent; two versions loaded into the same process and run page by page in turn (the
order alternating) see the same load, so their ratio is what to compare. Each version is a
checkout (a ``git worktree`` or a ``git archive`` unpacked) given by its folder; the pages are
the 181 of the shared benchmark. Printed per version: ms per page (fastest of ``--repeat``
runs per page, mean over the pages) of the whole pipeline with the JSON line
(``Pipeline.clean`` and ``dumps``, as ``declutter+rules`` in :mod:`benchmarks.extraction`) and
of the scorer alone (``label_html`` after the rules), and the second version's time as a
share of the first's.

    git -C .. archive 2a34440 | tar -x -C /tmp/before
    python3 benchmarks/versions.py /tmp/before .
    python3 benchmarks/versions.py /tmp/before . --cpu   # CPU time: steadier on a loaded machine
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import DATA, Page, load_pages  # noqa: E402


def load_version(root: Path) -> tuple[Callable[[Page], None], Callable[[Page], Any], Callable[[Any], None]]:
    """(whole pipeline, parse and rules, scorer) of the declutter checkout at ``root``.

    Its modules are imported afresh (any ``declutter`` module loaded before is dropped from
    ``sys.modules`` first); the functions returned keep their own modules alive.
    """
    for name in [m for m in sys.modules if m == "declutter" or m.startswith("declutter.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from declutter.content.html_story import label_html
        from declutter.html import parse_html
        from declutter.io.readers import RawPage
        from declutter.pipeline import Pipeline
        from declutter.record import dumps
    finally:
        sys.path.remove(str(root))
    pipeline = Pipeline(page_seconds=0)
    rules = pipeline.rules
    assert rules is not None

    def whole(p: Page) -> None:
        dumps(pipeline.clean(RawPage("bench", "html", p.html, url=p.url)))

    def prepare(p: Page) -> Any:
        try:
            page = parse_html(p.html, id="bench", url=p.url)
        except ValueError:
            return None
        rules.apply(page, False)
        return page

    return whole, prepare, label_html


def compare(
    roots: list[Path], pages: list[Page], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> dict[tuple[int, str], float]:
    """(version index, "whole" or "scoring") -> seconds summed over pages, each page's fastest
    of ``repeat`` runs; versions take turns page by page, the first one alternating. ``clock``
    is wall time by default; :func:`time.thread_time` (the thread's CPU time) leaves out the
    time the process waits for a core on a loaded machine."""
    versions = [load_version(r) for r in roots]
    best = {(v, w): [float("inf")] * len(pages) for v in range(len(roots)) for w in ("whole", "scoring")}
    for r in range(repeat):
        gc.collect()
        for k, p in enumerate(pages):
            order = range(len(versions)) if (k + r) % 2 == 0 else reversed(range(len(versions)))
            for v in order:
                whole, prepare, label = versions[v]
                t0 = clock()
                whole(p)
                best[v, "whole"][k] = min(best[v, "whole"][k], clock() - t0)
                page = prepare(p)
                if page is not None:
                    t0 = clock()
                    label(page)
                    best[v, "scoring"][k] = min(best[v, "scoring"][k], clock() - t0)
    return {key: sum(t for t in times if t != float("inf")) for key, times in best.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path, help="folder of the first checkout")
    ap.add_argument("after", type=Path, help="folder of the second checkout")
    ap.add_argument("--repeat", type=int, default=5, help="runs per page; its fastest counts")
    ap.add_argument("--cpu", action="store_true",
                    help="time CPU time (time.thread_time) instead of wall time: steadier under load")
    args = ap.parse_args(argv)
    pages = load_pages(DATA)
    clock = time.thread_time if args.cpu else time.perf_counter
    totals = compare([args.before.resolve(), args.after.resolve()], pages, args.repeat, clock)
    for what in ("whole", "scoring"):
        before, after = totals[0, what], totals[1, what]
        print(f"{what}: {1e3 * before / len(pages):.3f} -> {1e3 * after / len(pages):.3f} ms per page, "
              f"{after / before:.3f} of the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
