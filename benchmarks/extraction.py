"""Main-content extraction benchmark: declutter against the anchors, same process, same pages.

Data: ``../shared/benchmarks/extraction/`` next to the repository (181 article pages with
ground-truth bodies; the metric is in :mod:`benchmarks.score`). Prints one table: extractor,
version, precision, recall, F1, pages/s (one core, parse included, file reading and gunzip
excluded; each page timed as the fastest of ``--repeat`` runs) and the slowest page.

    python3 benchmarks/extraction.py                  # declutter and all anchors
    python3 benchmarks/extraction.py --only declutter # quick iteration
    python3 benchmarks/extraction.py --only declutter --worst 10
    python3 benchmarks/extraction.py --phases          # also where declutter's time goes

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

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.score import score_page, summarise  # noqa: E402

DATA = ROOT / ".." / "shared" / "benchmarks" / "extraction"


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
class Result:
    name: str
    version: str
    precision: float
    recall: float
    f1: float
    pages_per_s: float
    slowest_s: float
    slowest_id: str
    outputs: list[str]


def run_extractors(names: list[str], pages: list[Page], repeat: int = 3) -> list[Result]:
    """Run the extractors over all pages; each page's time is its fastest of ``repeat`` runs.

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
    results = []
    for name in names:
        slowest = max(zip(times[name], (p.id for p in pages), strict=True))
        s = summarise(zip(outputs[name], (p.truth for p in pages), strict=True))
        results.append(
            Result(
                name,
                _version(EXTRACTORS[name][0]),
                s.precision,
                s.recall,
                s.f1,
                len(pages) / sum(times[name]),
                slowest[0],
                slowest[1],
                outputs[name],
            )
        )
    return results


def table(results: list[Result]) -> str:
    lines = [
        "| extractor | version | precision | recall | F1 | pages/s | x trafilatura | slowest page (s) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    ref = next((r.pages_per_s for r in results if r.name == "trafilatura"), None)
    for r in results:
        ratio = f"{r.pages_per_s / ref:.2f}" if ref else "-"
        quality = (f"{r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f}" if not r.name.endswith("floor")
                   else "- | - | -")
        lines.append(
            f"| {r.name} | {r.version} | {quality} | "
            f"{r.pages_per_s:.0f} | {ratio} | {r.slowest_s:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--only",
        action="append",
        choices=list(EXTRACTORS),
        help="run only these extractors (repeatable)",
    )
    ap.add_argument("--data", type=Path, default=DATA, help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; its fastest counts")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of declutter")
    ap.add_argument("--dump", type=Path, help="write declutter's outputs as JSON here")
    ap.add_argument("--phases", action="store_true",
                    help="also print where declutter's time goes, phase by phase")
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    results = run_extractors(args.only or DEFAULT, pages, args.repeat)
    for r in results:
        print(f"{r.name}: F1 {r.f1:.3f} ({r.pages_per_s:.0f} pages/s)", file=sys.stderr)
        if r.name.startswith("declutter") and args.worst:
            scored = sorted(
                ((score_page(o, p.truth), p) for o, p in zip(r.outputs, pages, strict=True)),
                key=lambda x: x[0].f1,
            )
            for sc, p in scored[: args.worst]:
                print(
                    f"  {sc.f1:.3f} p={sc.precision:.3f} r={sc.recall:.3f} {p.id[:12]} {p.url}",
                    file=sys.stderr,
                )
        if r.name == "declutter" and args.dump:
            args.dump.write_text(json.dumps(dict(zip((p.id for p in pages), r.outputs, strict=True))))
    print(f"{len(pages)} pages; slowest page per extractor in the last column.")
    print(table(results))
    for r in results:
        print(f"slowest {r.name}: {r.slowest_s:.3f} s ({r.slowest_id[:12]})")
    if args.phases:
        from benchmarks.phases import format_phases, phase_table

        print(f"\nWhere declutter's time goes (ms per page, fastest of {args.repeat}):")
        print(format_phases(phase_table([(p.html, p.url) for p in pages], args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
