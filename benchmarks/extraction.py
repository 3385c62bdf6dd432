"""Main-content extraction benchmark: declutter against the anchors, same process, same pages.

Data, next to the repository: ``../shared/benchmarks/extraction/`` (181 article pages with
ground-truth bodies; the metric is in :mod:`benchmarks.score`) and
``../shared/benchmarks/trafilatura-eval/`` (990 pages with must/must-not snippets; metric and
tuning/held-out split in :mod:`benchmarks.snippets`). Prints one table per set: extractor,
version, precision, recall, F1, and for the first set pages/s (one core, parse included, file
reading and gunzip excluded; each page timed as the fastest of ``--repeat`` runs), for the
second the 'with' found / 'without' absent shares per half; then the slowest page of all pages.

    python3 benchmarks/extraction.py                  # declutter and all anchors, both sets
    python3 benchmarks/extraction.py --only declutter --set trafilatura-eval --repeat 1
    python3 benchmarks/extraction.py --only declutter --worst 10 --plot docs/extraction-time.svg
    python3 benchmarks/extraction.py --set extraction --phases   # also where declutter's time goes

``declutter+rules`` is the whole pipeline as ``declutter clean`` runs it, JSON line included;
``declutter`` is the story scorer alone. The two parse floors (lxml, lexbor) only parse: no
extractor on that tree can be faster. ``x trafilatura`` is pages/s over trafilatura's, measured
in the same process on the same pages, so machine load cancels out of it.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.plot import time_size_svg  # noqa: E402
from benchmarks.score import score_page, summarise  # noqa: E402
from benchmarks.snippets import HELD_OUT, TUNING, EvalPage, load_eval, page_counts  # noqa: E402
from benchmarks.snippets import score as snippet_score  # noqa: E402

DATA = ROOT / ".." / "shared" / "benchmarks" / "extraction"
EVAL_DATA = ROOT / ".." / "shared" / "benchmarks" / "trafilatura-eval"


@dataclass(slots=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


def load_pages(data: Path = DATA) -> list[Page]:
    """Read and gunzip every page once (outside the timed part)."""
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    pages = []
    for pid in sorted(truth):
        raw = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        pages.append(
            Page(
                pid,
                truth[pid].get("url", ""),
                raw.decode("utf-8", "replace"),
                truth[pid]["articleBody"],
            )
        )
    return pages


# -- extractors: each takes (html, url) and returns the body as plain text ----------------


def _declutter(rules: bool) -> Callable[[str, str], str]:
    """declutter's scorer alone, or the whole pipeline (bundled rules, then the scorer)."""
    if rules:
        from declutter.io.readers import RawPage
        from declutter.pipeline import Pipeline
        from declutter.record import dumps

        pipeline = Pipeline(page_seconds=0)

        def run_pipeline(html: str, url: str) -> str:
            record = pipeline.clean(RawPage("bench", "html", html, url=url))
            dumps(record)  # the JSON line is part of the work
            return record.text

        return run_pipeline

    from declutter.content.html_story import label_html
    from declutter.html import parse_html

    def run(html: str, url: str) -> str:
        try:
            page = parse_html(html, id="bench", url=url)
        except ValueError:
            return ""
        label_html(page)
        return "\n\n".join(b.text for b in page.blocks if b.label == "story")

    return run


def _declutter_lexbor() -> Callable[[str, str], str]:
    """declutter's scorer on lexbor's tree (the HTML5 algorithm, as browsers build it) turned
    into an lxml tree (benchmarks/parsers.py) instead of libxml2's: issue 13, kind 6."""
    from benchmarks.parsers import lexbor_document
    from declutter.content.html_story import label_html
    from declutter.html import _utf8, parse_tree

    def run(html: str, url: str) -> str:
        try:
            page = parse_tree(lexbor_document(_utf8(html)), id="bench", url=url)
        except ValueError:
            return ""
        label_html(page)
        return "\n\n".join(b.text for b in page.blocks if b.label == "story")

    return run


def _trafilatura(**options: bool) -> Callable[[str, str], str]:
    import trafilatura

    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


def _readability() -> Callable[[str, str], str]:
    import lxml.html
    from readability import Document

    def run(html: str, url: str) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        return "\n".join(t.strip() for t in root.itertext() if t.strip())

    return run


def _justext() -> Callable[[str, str], str]:
    import justext

    stop = justext.get_stoplist("English")

    def run(html: str, url: str) -> str:
        paragraphs = justext.justext(html, stop)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _resiliparse() -> Callable[[str, str], str]:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str) -> str:
        return extract_plain_text(html, main_content=True)

    return run


def _parse_floor(parser: str) -> Callable[[], Callable[[str, str], str]]:
    """A bare parse of the page's UTF-8 bytes (scores nothing: it extracts no text)."""

    def make() -> Callable[[str, str], str]:
        if parser == "lexbor":
            from selectolax.lexbor import LexborHTMLParser

            def lexbor(html: str, url: str) -> str:
                LexborHTMLParser(html.encode("utf-8", "replace"))
                return ""

            return lexbor
        from lxml import etree

        from declutter.html import _parser

        def lxml(html: str, url: str) -> str:
            etree.fromstring(html.encode("utf-8", "replace"), _parser())
            return ""

        return lxml

    return make


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


EXTRACTORS: dict[str, tuple[str, Callable[[], Callable[[str, str], str]]]] = {
    "declutter": ("declutter", lambda: _declutter(rules=False)),
    "declutter+rules": ("declutter", lambda: _declutter(rules=True)),
    "declutter (lexbor tree)": ("declutter", _declutter_lexbor),
    "trafilatura": ("trafilatura", lambda: _trafilatura()),
    "trafilatura (favor_precision)": ("trafilatura", lambda: _trafilatura(favor_precision=True)),
    "readability-lxml": ("readability-lxml", _readability),
    "justext": ("jusText", _justext),
    "resiliparse": ("Resiliparse", _resiliparse),
    "lxml parse floor": ("lxml", _parse_floor("lxml")),
    "lexbor parse floor": ("selectolax", _parse_floor("lexbor")),
}
DEFAULT = [
    "declutter",
    "declutter+rules",
    "trafilatura",
    "trafilatura (favor_precision)",
    "readability-lxml",
    "justext",
    "resiliparse",
    "lxml parse floor",
    "lexbor parse floor",
]


@dataclass(slots=True)
class Run:
    """One extractor over one list of pages: its outputs and each page's fastest time (s)."""

    name: str
    version: str
    outputs: list[str]
    times: list[float]

    @property
    def pages_per_s(self) -> float:
        return len(self.times) / sum(self.times)

    def slowest(self, ids: list[str]) -> tuple[float, str]:
        return max(zip(self.times, ids, strict=True))


def run_extractors(names: list[str], pages: list[Any], repeat: int = 3) -> list[Run]:
    """Run the extractors over all pages (``.html``, ``.url``); each page's time is its
    fastest of ``repeat`` runs.

    The extractors take turns page by page (not one extractor over all pages, then the next),
    so load from other processes on a shared machine falls on all of them alike; taking each
    page's fastest run keeps most of that load out of the figures.
    """
    extract = {}
    for name in names:
        extract[name] = EXTRACTORS[name][1]()
        extract[name](pages[0].html, pages[0].url)  # warm-up: imports, caches
    outputs: dict[str, list[str]] = {name: [""] * len(pages) for name in names}
    times = {name: [float("inf")] * len(pages) for name in names}
    for _ in range(max(1, repeat)):
        gc.collect()
        for k, page in enumerate(pages):
            for name in names:
                t0 = time.perf_counter()
                try:
                    text = extract[name](page.html, page.url)
                except Exception as exc:  # an anchor crashing on a page scores it empty
                    print(f"{name}: {page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    text = ""
                times[name][k] = min(times[name][k], time.perf_counter() - t0)
                outputs[name][k] = text
    return [Run(name, _version(EXTRACTORS[name][0]), outputs[name], times[name]) for name in names]


def table(runs: list[Run], pages: list[Page]) -> str:
    """The shared benchmark's table: shingle precision, recall, F1 (benchmarks/score.py)."""
    lines = [
        "| extractor | version | precision | recall | F1 | pages/s | x trafilatura | slowest page (s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    ids = [p.id for p in pages]
    ref = next((r.pages_per_s for r in runs if r.name == "trafilatura"), None)
    for r in runs:
        s = summarise(zip(r.outputs, (p.truth for p in pages), strict=True))
        ratio = f"{r.pages_per_s / ref:.2f}" if ref else "-"
        quality = (f"{s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f}" if not r.name.endswith("floor")
                   else "- | - | -")
        lines.append(
            f"| {r.name} | {r.version} | {quality} | "
            f"{r.pages_per_s:.0f} | {ratio} | {r.slowest(ids)[0]:.3f} |"
        )
    return "\n".join(lines)


def eval_table(runs: list[Run], pages: list[EvalPage]) -> str:
    """The trafilatura-eval table (its snippet metric), per half and over all pages."""
    lines = [
        "| extractor | half | pages | precision | recall | F1 | 'with' found | 'without' absent |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        for part in (TUNING, HELD_OUT, "all"):
            s = snippet_score(
                (o, p) for o, p in zip(r.outputs, pages, strict=True) if part in ("all", p.half)
            )
            lines.append(
                f"| {r.name} | {part} | {s.pages} | {s.precision:.3f} | {s.recall:.3f} | "
                f"{s.f1:.3f} | {s.with_found:.3f} | {s.without_absent:.3f} |"
            )
    return "\n".join(lines)


def _worst_eval(run: Run, pages: list[EvalPage], n: int) -> None:
    """The n worst tuning-half pages (held-out pages are never listed)."""
    scored = []
    for o, p in zip(run.outputs, pages, strict=True):
        if p.half != TUNING:
            continue
        tp, fn, fp, _ = page_counts(o, p)
        scored.append(((tp - fp) / max(1, tp + fn), tp, fn, fp, p))
    scored.sort(key=lambda x: x[0])
    for _, tp, fn, fp, p in scored[:n]:
        print(f"  tp={tp} fn={fn} fp={fp} {p.id[:12]} {p.url}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--only",
        action="append",
        choices=list(EXTRACTORS),
        help="run only these extractors (repeatable)",
    )
    ap.add_argument("--data", type=Path, default=DATA, help="the 181-page benchmark folder")
    ap.add_argument("--eval-data", type=Path, default=EVAL_DATA, help="the trafilatura-eval folder")
    ap.add_argument(
        "--set", choices=["extraction", "trafilatura-eval", "both"], default="both", help="which page sets"
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; its fastest counts")
    ap.add_argument(
        "--worst", type=int, default=0, help="list the N worst pages of declutter (tuning half only)"
    )
    ap.add_argument("--dump", type=Path, help="write declutter's outputs as JSON here")
    ap.add_argument("--phases", action="store_true",
                    help="also print where declutter's time goes, phase by phase (first set)")
    ap.add_argument("--plot", type=Path, help="write declutter's time against page size as an SVG here")
    args = ap.parse_args(argv)
    names = args.only or DEFAULT
    sets: list[tuple[str, list[Any]]] = []
    if args.set in ("extraction", "both"):
        if not (args.data / "ground-truth.json").exists():
            print(f"benchmark data not found at {args.data}", file=sys.stderr)
            return 2
        sets.append(("extraction", load_pages(args.data)))
    if args.set in ("trafilatura-eval", "both"):
        if not (args.eval_data / "truth.json").exists():
            print(f"benchmark data not found at {args.eval_data}", file=sys.stderr)
            return 2
        sets.append(("trafilatura-eval", load_eval(args.eval_data)))
    slowest: dict[str, tuple[float, str]] = {}
    page_times: dict[str, dict[str, float]] = {}  # extractor -> page id -> seconds
    sizes: list[tuple[int, float]] = []
    dumped: dict[str, str] = {}
    # --worst and --dump follow the scorer alone, or the whole pipeline when only it runs
    listed = "declutter" if "declutter" in names else "declutter+rules"
    for set_name, pages in sets:
        runs = run_extractors(names, pages, args.repeat)
        ids = [p.id for p in pages]
        print(f"\n## {set_name}: {len(pages)} pages\n")
        print(table(runs, pages) if set_name == "extraction" else eval_table(runs, pages))
        for r in runs:
            slowest[r.name] = max(slowest.get(r.name, (0.0, "")), r.slowest(ids))
            page_times.setdefault(r.name, {}).update(zip(ids, r.times, strict=True))
            if r.name == listed:
                sizes += [(len(p.html.encode()), t) for p, t in zip(pages, r.times, strict=True)]
                dumped.update(zip(ids, r.outputs, strict=True))
                if args.worst:
                    if set_name == "extraction":
                        _worst_extraction(r, pages, args.worst)
                    else:
                        _worst_eval(r, pages, args.worst)
    total = sum(len(p) for _, p in sets)
    print(f"\nslowest page of the {total} pages, per extractor:")
    for name, (t, pid) in slowest.items():
        print(f"- {name}: {t:.3f} s ({pid[:12]})")
    floor = page_times.get("lxml parse floor", {})
    for name in ("declutter", "declutter+rules"):
        if name in slowest and slowest[name][1] in floor:
            t, pid = slowest[name]
            print(f"{name}'s slowest page ({pid[:12]}) against its own lxml parse: {t / floor[pid]:.1f}x")
    if args.dump:
        args.dump.write_text(json.dumps(dumped))
    if args.phases and sets:
        from benchmarks.phases import format_phases, phase_table

        first = sets[0][1]
        print(f"\nWhere declutter's time goes (ms per page, fastest of {args.repeat}):")
        print(format_phases(phase_table([(p.html, p.url) for p in first], args.repeat)))
    if args.plot and sizes:
        args.plot.write_text(time_size_svg(sizes))
        print(f"plot: {args.plot}")
    return 0


def _worst_extraction(run: Run, pages: list[Page], n: int) -> None:
    scored = sorted(
        ((score_page(o, p.truth), p) for o, p in zip(run.outputs, pages, strict=True)),
        key=lambda x: x[0].f1,
    )
    for sc, p in scored[:n]:
        print(f"  {sc.f1:.3f} p={sc.precision:.3f} r={sc.recall:.3f} {p.id[:12]} {p.url}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
