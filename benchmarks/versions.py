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
    python3 benchmarks/versions.py /tmp/before . --cpu --dumps /tmp/renderings.json

With ``--dumps`` (a rendering cache of :mod:`benchmarks.dump_extraction`, ``--cache``) the two
versions clean the 181 pages rendered as text dumps instead, per renderer: pages/s of each with
every line new (each version's line caches emptied before each pass, as that benchmark does)
and with warm line caches, the fastest of ``--repeat`` passes, pages taken in turn.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import DATA, Page, load_pages  # noqa: E402


@contextmanager
def checkout_first(root: Path) -> Iterator[None]:
    """Imports inside the block come from the declutter checkout at ``root``: every
    ``declutter`` module loaded before is dropped from ``sys.modules`` and ``root`` stands
    first on ``sys.path`` until the block ends."""
    for name in [m for m in sys.modules if m == "declutter" or m.startswith("declutter.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        yield
    finally:
        sys.path.remove(str(root))


def load_version(root: Path) -> tuple[Callable[[Page], None], Callable[[Page], Any], Callable[[Any], None]]:
    """(whole pipeline, parse and rules, scorer) of the declutter checkout at ``root``.

    Its modules are imported afresh (any ``declutter`` module loaded before is dropped from
    ``sys.modules`` first); the functions returned keep their own modules alive.
    """
    with checkout_first(root):
        from declutter.content.html_story import label_html
        from declutter.html import parse_html
        from declutter.io.readers import RawPage
        from declutter.pipeline import Pipeline
        from declutter.record import dumps
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


def load_dump_version(root: Path) -> tuple[Callable[[str], None], Callable[[], None]]:
    """(clean one text dump, empty the line caches) of the declutter checkout at ``root``, its
    modules imported afresh as in :func:`load_version`."""
    with checkout_first(root):
        from declutter.content import ages, date_words, dump_story, line_captions, line_shapes  # noqa: F401
        from declutter.io.readers import RawPage
        from declutter.pipeline import Pipeline
    pipeline = Pipeline()

    def clean(text: str) -> None:
        pipeline.clean(RawPage(id="page", format="text", content=text.encode("utf-8")))

    def forget() -> None:  # (as benchmarks.dump_extraction._clear_line_caches)
        ages.is_age_fast.cache_clear()
        ages._dateparser_age.cache_clear()
        if hasattr(date_words, "read_date"):  # (the dateparser calls' own cache, where it is one)
            date_words.read_date.cache_clear()
        line_shapes._cached_shape.cache_clear()
        line_captions._cached_caption.cache_clear()

    return clean, forget


def compare_dumps(roots: list[Path], texts: list[str], repeat: int,
                  clock: Callable[[], float] = time.perf_counter) -> dict[tuple[int, str], float]:
    """(version index, "cold" or "warm") -> seconds of the fastest of ``repeat`` passes over
    ``texts``, versions taking turns page by page (the first one alternating); "cold" passes
    start with each version's line caches emptied."""
    versions = [load_dump_version(r) for r in roots]
    for clean, _ in versions:  # (one-time loads, dateparser's: out of every pass)
        for text in texts:
            clean(text)
    best = {(v, mode): float("inf") for v in range(len(roots)) for mode in ("cold", "warm")}
    for mode in ("cold", "warm"):
        for r in range(repeat):
            gc.collect()
            if mode == "cold":
                for _, forget in versions:
                    forget()
            spent = [0.0] * len(versions)
            for k, text in enumerate(texts):
                order = range(len(versions)) if (k + r) % 2 == 0 else reversed(range(len(versions)))
                for v in order:
                    t0 = clock()
                    versions[v][0](text)
                    spent[v] += clock() - t0
            for v, seconds in enumerate(spent):
                best[v, mode] = min(best[v, mode], seconds)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path, help="folder of the first checkout")
    ap.add_argument("after", type=Path, help="folder of the second checkout")
    ap.add_argument("--repeat", type=int, default=5, help="runs per page; its fastest counts")
    ap.add_argument("--cpu", action="store_true",
                    help="time CPU time (time.thread_time) instead of wall time: steadier under load")
    ap.add_argument("--dumps", type=Path, metavar="CACHE",
                    help="clean the pages rendered as text dumps, read from this rendering cache "
                         "of benchmarks/dump_extraction.py (--cache), instead of the HTML pages")
    args = ap.parse_args(argv)
    if args.dumps:
        return _main_dumps(args)
    pages = load_pages(DATA)
    clock = time.thread_time if args.cpu else time.perf_counter
    totals = compare([args.before.resolve(), args.after.resolve()], pages, args.repeat, clock)
    for what in ("whole", "scoring"):
        before, after = totals[0, what], totals[1, what]
        print(f"{what}: {1e3 * before / len(pages):.3f} -> {1e3 * after / len(pages):.3f} ms per page, "
              f"{after / before:.3f} of the time")
    return 0


def _main_dumps(args: argparse.Namespace) -> int:
    import json

    cache = json.loads(args.dumps.read_text("utf-8"))
    clock = time.thread_time if args.cpu else time.perf_counter
    roots = [args.before.resolve(), args.after.resolve()]
    for key in sorted(k for k in cache if k.startswith("extraction/")):
        texts = list(cache[key].values())
        best = compare_dumps(roots, texts, args.repeat, clock)
        for mode, name in (("cold", "every line new"), ("warm", "warm line caches")):
            before, after = best[0, mode], best[1, mode]
            print(f"{key.removeprefix('extraction/')}, {name}: {len(texts) / before:,.0f} -> "
                  f"{len(texts) / after:,.0f} pages/s, {after / before:.3f} of the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
