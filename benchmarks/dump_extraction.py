"""Real pages as text dumps: the 181 shared benchmark pages rendered to text, then cleaned.

Each page of ``../shared/benchmarks/extraction/`` is rendered by two standard renderers,
``html-text`` (``extract_text(html, guess_layout=True)``) and ``inscriptis`` (``get_text(html)``);
every rendering is cleaned as a text dump (``Pipeline.clean`` on a ``--format text`` page, bundled
rules) and its story scored against the ground truth with the benchmark's metric
(:mod:`benchmarks.score`). Next to declutter: jusText on the same lines (each line wrapped as one
``<p>``, English stoplist) and "keep every line".

The pages are split by a hash of their id (SHA-1, first byte even: *tuned-on*, odd: *held-out*);
the dump reader's thresholds were tuned looking at the tuned-on half only. Both halves print.

A second table does the same with the 990 pages of ``../shared/benchmarks/trafilatura-eval/``
(many languages; :mod:`benchmarks.snippets`: its snippet metric and its fixed *tuning* /
*held-out* split), rendered by the same two renderers and cleaned as dumps; a third scores the
generated aggregator dumps (:mod:`benchmarks.dump_corpus`).

    pip install -e '.[bench]'
    python3 benchmarks/dump_extraction.py
    python3 benchmarks/dump_extraction.py --worst 5      # the held-out pages scoring lowest
    python3 benchmarks/dump_extraction.py --part tuned --worst 20 --cache /tmp/renderings.json
        # while tuning: renders, scores and lists the tuned-on pages and families only
    python3 benchmarks/dump_extraction.py --set trafilatura-eval --part tuned
    python3 benchmarks/dump_extraction.py --set generated --seeds 0-5
        # the generated families over six seeds pooled (more pages of the same articles)

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import DATA, load_pages  # noqa: E402
from benchmarks.score import summarise  # noqa: E402


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
    from declutter.content import ages, date_words, line_captions, line_shapes

    ages.is_age_fast.cache_clear()
    ages._dateparser_age.cache_clear()
    date_words.read_date.cache_clear()
    line_shapes._cached_shape.cache_clear()
    line_captions._cached_caption.cache_clear()


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
            f"line pass), {n / min(warm):,.0f} with warm line caches ({bare / min(warm):.3f}), "
            f"{n / first:,.0f} first pass")


def _keep_all(text: str) -> str:
    return text


def aggregator_table(pages: list[Any], held: bool = True, pipe: Any = None,
                     seeds: Iterable[int] = (0,)) -> list[str]:
    """Table rows for the generated aggregator dumps (:mod:`benchmarks.dump_corpus`), the
    pages of every seed of ``seeds`` together (0: the benchmark's pages; each other seed gives
    the same articles other teasers, sources, ages and labels)."""
    from benchmarks.dump_corpus import pages as generate
    from declutter.io.readers import RawPage
    from declutter.pipeline import Pipeline

    pipe = pipe or Pipeline()
    rows = []
    by_family: dict[int, list[tuple[Any, Any]]] = {}
    articles = [p.truth for p in pages]
    for g in (g for seed in seeds for g in generate(articles, seed=seed)):
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


@dataclass(frozen=True, slots=True)
class PageSet:
    """One set of real pages to render and clean: its pages, its split and its metric."""

    name: str
    pages: list[Any]
    held: Callable[[Any], bool]
    """Whether a page is in the held-out half."""
    summary: Callable[[Iterable[tuple[str, Any]]], Any]
    """(cleaned text, page) pairs -> an object with ``f1``, ``precision``, ``recall``."""
    halves: tuple[str, str]
    """Names of the (tuned-on, held-out) halves in this set's own terms."""


def _rendered(pset: PageSet, pages: list[Any], cache: dict[str, dict[str, str]],
              cache_path: Path | None) -> dict[str, list[str]]:
    """Renderer name -> the visible text of each of ``pages``, kept in ``cache`` (keyed by set
    and renderer, then page id) and written to ``cache_path`` when new pages were rendered. A
    page a renderer fails on renders as empty text."""
    out = {}
    for rname, render in renderers().items():
        done = cache.setdefault(f"{pset.name}/{rname}", {})
        new = [p for p in pages if p.id not in done]
        for p in new:
            try:
                done[p.id] = render(p.html)
            except Exception:  # noqa: BLE001 - a renderer's failure is an empty rendering
                done[p.id] = ""
        if new and cache_path:
            cache_path.write_text(json.dumps(cache), "utf-8")
        out[rname] = [done[p.id] for p in pages]
    return out


def real_table(pset: PageSet, texts: dict[str, list[str]], pages: list[Any],
               cleaners: dict[str, Callable[[str], str]], tuned_only: bool, worst: int,
               speed: Callable[[str, Callable[[str], str], list[str], float], str] | None) -> list[str]:
    """Rows of one real-page table: per renderer and extractor, F1 of the tuned-on half then F1,
    precision and recall of the held-out half; with ``tuned_only`` (``pages`` then hold the
    tuned-on half only), F1, precision and recall of the tuned-on half alone. With ``worst``,
    the ``worst`` lowest declutter pages of the half shown go to stderr. ``speed`` (renderer,
    cleaner, texts, seconds of the first pass) adds a speed line per renderer."""
    tuned_name, held_name = pset.halves
    shown = tuned_name if tuned_only else held_name
    first = "" if tuned_only else f" F1 {tuned_name} |"
    rows = [f"| renderer | extractor |{first} F1 {shown} | P {shown} | R {shown} |",
            "|---|---|" + "---|" * (3 + (not tuned_only))]
    for rname, rtexts in texts.items():
        for cname, clean in cleaners.items():
            start = time.process_time()
            outputs = [clean(t) for t in rtexts]
            seconds = time.process_time() - start
            if speed and cname == "declutter":
                rows.append(f"<speed>{rname}: {speed(rname, clean, rtexts, seconds)}")
            elif speed and cname == "justext":
                rows.append(f"<speed>jusText on {rname}: {len(rtexts) / seconds:,.0f} pages/s")
            pairs = list(zip(outputs, pages, strict=True))
            tuned = pset.summary(pair for pair in pairs if not pset.held(pair[1]))
            other = tuned if tuned_only else pset.summary(pair for pair in pairs if pset.held(pair[1]))
            first = "" if tuned_only else f" {tuned.f1:.3f} |"
            rows.append(f"| {rname} | {cname} |{first} {other.f1:.3f} "
                        f"| {other.precision:.3f} | {other.recall:.3f} |")
            if cname == "declutter" and worst:
                scored = sorted((pset.summary([pair]).f1, pair[1].id) for pair in pairs
                                if pset.held(pair[1]) != tuned_only)
                for f1, pid in scored[:worst]:
                    print(f"  worst {pset.name} {rname}: {pid} F1 {f1:.3f}", file=sys.stderr)
    return rows


def _sets(args: argparse.Namespace) -> list[PageSet]:
    from benchmarks.snippets import HELD_OUT, load_eval
    from benchmarks.snippets import score as snippet_score

    sets = []
    if args.set in ("extraction", "all"):
        sets.append(PageSet("extraction", load_pages(args.data), lambda p: held_out(p.id),
                            lambda pairs: summarise((o, p.truth) for o, p in pairs),
                            ("tuned-on", "held-out")))
    if args.set in ("trafilatura-eval", "all"):
        sets.append(PageSet("trafilatura-eval", load_eval(args.eval_data), lambda p: p.half == HELD_OUT,
                            snippet_score, ("tuning", "held-out")))
    return sets


def _seed_range(text: str) -> list[int]:
    """"0-5" -> [0, 1, 2, 3, 4, 5]; "0,3" -> [0, 3]; "2" -> [2]."""
    seeds: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        seeds += range(int(lo), int(hi or lo) + 1)
    return seeds


def main(argv: list[str] | None = None) -> int:
    from benchmarks.extraction import EVAL_DATA

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--eval-data", type=Path, default=EVAL_DATA, help="the trafilatura-eval folder")
    parser.add_argument("--set", choices=["extraction", "trafilatura-eval", "generated", "all"],
                        default="all", help="which tables to print (generated needs the extraction data)")
    parser.add_argument("--part", choices=["all", "tuned"], default="all",
                        help="tuned: render, score and list only the tuned-on pages and families "
                             "(use this while tuning; the held-out parts are for the final figures)")
    parser.add_argument("--worst", type=int, default=0,
                        help="list the N lowest declutter pages of the half shown")
    parser.add_argument("--tuned", action="store_true", help="show the tuned-on families instead")
    parser.add_argument("--cache", type=Path, help="keep the renderings in this JSON file between runs")
    parser.add_argument("--seeds", type=_seed_range, default=range(1),
                        help="generated dumps: the seeds to pool, as 0-5 or 0,3 (default 0)")
    args = parser.parse_args(argv)
    tuned_only = args.part == "tuned"
    for folder, marker in ((args.data, "ground-truth.json"), (args.eval_data, "truth.json")):
        if not (folder / marker).exists():
            print(f"no benchmark data at {folder}", file=sys.stderr)
            return 2
    from declutter.pipeline import Pipeline

    pipe = Pipeline()  # loaded once: every table uses the same rules
    cleaners = {"declutter": _declutter(pipe), "justext": _justext(), "keep every line": _keep_all}
    cache: dict[str, dict[str, str]] = (
        json.loads(args.cache.read_text("utf-8")) if args.cache and args.cache.exists() else {}
    )
    for pset in _sets(args):
        pages = [p for p in pset.pages if not (tuned_only and pset.held(p))]
        texts = _rendered(pset, pages, cache, args.cache)
        speed = (lambda r, c, t, s: _speed(pipe, c, t, s)) if pset.name == "extraction" else None
        rows = real_table(pset, texts, pages, cleaners, tuned_only, args.worst, speed)
        n_tuned = sum(not pset.held(p) for p in pages)
        print(f"\nReal pages as dumps, {pset.name} ({n_tuned} {pset.halves[0]} pages"
              + ("" if tuned_only else f", {len(pages) - n_tuned} {pset.halves[1]}") + "):\n")
        print("\n".join(r for r in rows if not r.startswith("<speed>")))
        speeds = [r.removeprefix("<speed>") for r in rows if r.startswith("<speed>")]
        if speeds:
            print(f"\ncleaning speed: {'; '.join(speeds)}")
    if args.set not in ("generated", "all"):
        return 0
    families_tuned = args.tuned or tuned_only
    shown = ("tuned-on families (even numbers)" if families_tuned
             else "held-out families (odd numbers; tuned on the even ones)")
    pooled = list(args.seeds)
    seeds = ("" if pooled == [0] else f", seeds {pooled[0]}-{pooled[-1]}" if pooled == list(
        range(pooled[0], pooled[-1] + 1)) else f", seeds {','.join(map(str, pooled))}")
    print(f"\nGenerated aggregator dumps, {shown}{seeds}:\n")
    print(
        "| family | pages | story F1 | pages with chrome or teaser in text | all teasers, titles right "
        "| source and age right | headline right |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in aggregator_table(load_pages(args.data), held=not families_tuned, pipe=pipe, seeds=args.seeds):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
