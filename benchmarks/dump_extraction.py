"""Real pages as text dumps: the 181 shared benchmark pages rendered to text, then cleaned.

Each page of ``../shared/benchmarks/extraction/`` is rendered by two standard renderers,
``html-text`` (``extract_text(html, guess_layout=True)``) and ``inscriptis`` (``get_text(html)``);
every rendering is cleaned as a text dump (``Pipeline.clean`` on a ``--format text`` page, bundled
rules) and its story scored against the ground truth with the benchmark's metric
(:mod:`benchmarks.score`). Next to declutter: jusText on the same lines (each line wrapped as one
``<p>``, English stoplist) and "keep every line".

The pages are split by a hash of their id (SHA-1, first byte even: *tuned-on*, odd: *held-out*);
the dump reader's thresholds were tuned looking at the tuned-on half only. Both halves print.

    pip install -e '.[bench]'
    python3 benchmarks/dump_extraction.py
    python3 benchmarks/dump_extraction.py --worst 5      # the held-out pages scoring lowest

Speed: pages/s of the cleaning alone (CPU time of this process, rendering excluded), on the
rendered pages, whole pipeline (bundled rules, dump reader, assembly): with the line caches
emptied before each pass (every line new: the worst case, 181 sites), warm (a long run; both
the best of three passes), and the first pass; with the ratio to a bare pass over the same
lines and jusText's pages/s, both timed in the same process, since absolute figures move with
the machine's load.
"""

from __future__ import annotations

import argparse
import hashlib
import html as html_escape
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import DATA, load_pages  # noqa: E402
from benchmarks.score import score_page, summarise  # noqa: E402


def held_out(page_id: str) -> bool:
    """The split: a page is held out when the first byte of SHA-1(id) is odd."""
    return hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2 == 1


def renderers() -> dict[str, Callable[[str], str]]:
    """Renderer name -> function from HTML to visible text."""
    import html_text
    from inscriptis import get_text

    return {
        "html-text": lambda html: html_text.extract_text(html, guess_layout=True),
        "inscriptis": lambda html: get_text(html),
    }


def _declutter(pipe: Any) -> Callable[[str], str]:
    from declutter.io.readers import RawPage

    def run(text: str) -> str:
        raw = RawPage(id="page", format="text", content=text.encode("utf-8"))
        return pipe.clean(raw).text

    return run


def _justext() -> Callable[[str], str]:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        body = "".join(f"<p>{html_escape.escape(line)}</p>" for line in text.splitlines() if line.strip())
        paragraphs = justext.justext(f"<html><body>{body}</body></html>", stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


SPEED_PASSES = 3


def _clear_line_caches(pipe: Any) -> None:
    """Forget every line seen (shapes, ages): a pass then costs what a page of a new source
    does. (The rule engine keeps no per-line answers: its matchers run once per page.)"""
    from declutter.content import ages, line_shapes

    ages.is_age_fast.cache_clear()
    ages._dateparser_age.cache_clear()
    line_shapes._cached_shape.cache_clear()


def _speed(pipe: Any, clean: Callable[[str], str], texts: list[str], first: float) -> str:
    """Pages/s of cleaning ``texts``, CPU time of this process: the first pass (``first``
    seconds: one-time loads such as dateparser's included), the best of SPEED_PASSES passes
    with the line caches emptied before each (every line new), and the best of as many passes
    with them warm (a long run, where a source's chrome lines recur). Next to it, the ratio to
    a bare pass over the same lines (``splitlines``, ``strip``, ``split``) timed here, so load cancels out."""
    cold = []
    for _ in range(SPEED_PASSES):
        _clear_line_caches(pipe)
        start = time.process_time()
        for t in texts:
            clean(t)
        cold.append(time.process_time() - start)
    warm = []
    for _ in range(SPEED_PASSES):
        start = time.process_time()
        for t in texts:
            clean(t)
        warm.append(time.process_time() - start)
    start = time.process_time()
    for t in texts:
        for line in t.splitlines():
            line.strip().split()
    bare = time.process_time() - start
    n = len(texts)
    return (f"{n / min(cold):,.0f} pages/s with every line new ({bare / min(cold):.3f} of a bare "
            f"line pass), {n / min(warm):,.0f} with warm line caches, {n / first:,.0f} first pass")


def _keep_all(text: str) -> str:
    return text


def aggregator_table(pages: list[Any], held: bool = True, pipe: Any = None) -> list[str]:
    """Table rows for the generated aggregator dumps (:mod:`benchmarks.dump_corpus`)."""
    from benchmarks.dump_corpus import pages as generate
    from declutter.io.readers import RawPage
    from declutter.pipeline import Pipeline

    pipe = pipe or Pipeline()
    rows = []
    by_family: dict[int, list[tuple[Any, Any]]] = {}
    for g in generate([p.truth for p in pages]):
        if (g.family % 2 == 1) != held:
            continue
        record = pipe.clean(RawPage(id=g.id, format="text", content=g.text.encode("utf-8")))
        by_family.setdefault(g.family, []).append((g, record))
    total: list[tuple[Any, Any]] = []
    for fam, items in sorted(by_family.items()):
        rows.append(_aggregator_row(f"{fam} ({items[0][0].lang})", items))
        total += items
    rows.append(_aggregator_row("all", total))
    return rows


def _aggregator_row(name: str, items: list[tuple[Any, Any]]) -> str:
    f1 = summarise((r.text, "\n".join(g.story) + "") for g, r in items).f1
    dirty = sum(
        any(c in r.text for c in g.chrome) or any(t["title"] in r.text for t in g.teasers) for g, r in items
    )
    titled = sum([t.title for t in r.teasers] == [t["title"] for t in g.teasers] for g, r in items)
    fields = sum(
        len(r.teasers) == len(g.teasers)
        and all(
            (t["source"] is None or rt.source == t["source"]) and (t["age"] is None or rt.age == t["age"])
            for t, rt in zip(g.teasers, r.teasers, strict=True)
        )
        for g, r in items
    )
    titles = sum(r.title == g.title for g, r in items)
    n = len(items)
    return f"| {name} | {n} | {f1:.3f} | {dirty} | {titled / n:.0%} | {fields / n:.0%} | {titles / n:.0%} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest held-out declutter pages")
    parser.add_argument("--tuned", action="store_true", help="show the tuned-on families instead")
    parser.add_argument("--cache", type=Path, help="keep the renderings in this JSON file between runs")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    from declutter.pipeline import Pipeline

    pipe = Pipeline()  # loaded once: both tables use the same rules
    cleaners = {"declutter": _declutter(pipe), "justext": _justext(), "keep every line": _keep_all}
    print("| renderer | extractor | F1 tuned-on | F1 held-out | P held-out | R held-out |")
    print("|---|---|---|---|---|---|")
    speeds: list[str] = []
    cache: dict[str, list[str]] = (
        json.loads(args.cache.read_text("utf-8")) if args.cache and args.cache.exists() else {}
    )
    for rname, render in renderers().items():
        if rname not in cache:
            cache[rname] = [render(p.html) for p in pages]
            if args.cache:
                args.cache.write_text(json.dumps(cache), "utf-8")
        texts = cache[rname]
        for cname, clean in cleaners.items():
            start = time.process_time()
            outputs = [clean(t) for t in texts]
            seconds = time.process_time() - start
            if cname == "declutter":
                speeds.append(f"{rname}: {_speed(pipe, clean, texts, seconds)}")
            elif cname == "justext":
                speeds.append(f"jusText on {rname}: {len(texts) / seconds:,.0f} pages/s")
            halves = {
                part: summarise(
                    (o, p.truth) for o, p in zip(outputs, pages, strict=True) if held_out(p.id) == part
                )
                for part in (False, True)
            }
            tuned, held = halves[False], halves[True]
            print(
                f"| {rname} | {cname} | {tuned.f1:.3f} | {held.f1:.3f} "
                f"| {held.precision:.3f} | {held.recall:.3f} |"
            )
            if cname == "declutter" and args.worst:
                scored = sorted(
                    (score_page(o, p.truth).f1, p.id)
                    for o, p in zip(outputs, pages, strict=True)
                    if held_out(p.id)
                )
                for f1, pid in scored[: args.worst]:
                    print(f"  worst {rname}: {pid} F1 {f1:.3f}", file=sys.stderr)
    n_tuned = sum(not held_out(p.id) for p in pages)
    print(
        f"\n{n_tuned} tuned-on pages, {len(pages) - n_tuned} held-out; "
        f"cleaning speed: {'; '.join(speeds)}"
    )
    shown = ("tuned-on families (even numbers)" if args.tuned
             else "held-out families (odd numbers; tuned on the even ones)")
    print(f"\nGenerated aggregator dumps, {shown}:\n")
    print(
        "| family | pages | story F1 | pages with chrome or teaser in text | all teasers, titles right "
        "| source and age right | headline right |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in aggregator_table(pages, held=not args.tuned, pipe=pipe):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
