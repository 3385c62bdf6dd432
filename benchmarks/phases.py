"""Where one page's time goes: declutter's pipeline cut into its phases, and the parse floors.

Each phase is timed on its own over the same pages, page by page, in the order the pipeline
runs them; a page's time for a phase is its fastest of ``repeat`` runs. Printed in ms per page
(mean over the pages), next to two floors: a bare lxml parse and a bare lexbor (selectolax)
parse of the same bytes, which no walk over those trees can beat. Each phase is also given
as a multiple of the lxml parse floor, timed on the same pages in the same runs, so the
machine's load cancels out of that column.

    python3 benchmarks/phases.py                 # 181 pages of the shared benchmark
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

from benchmarks.extraction import DATA, load_pages  # noqa: E402


def _floors() -> list[tuple[str, Callable[[bytes], Any]]]:
    """The parse floors: (name, parse function of UTF-8 bytes); lexbor only when installed."""
    from lxml import etree

    from declutter.html import _parser

    floors: list[tuple[str, Callable[[bytes], Any]]] = [
        ("lxml parse floor", lambda raw: etree.fromstring(raw, _parser()))
    ]
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        return floors
    floors.append(("lexbor parse floor", lambda raw: LexborHTMLParser(raw)))
    return floors


def phase_table(html_pages: list[tuple[str, str]], repeat: int = 3) -> list[tuple[str, float]]:
    """(phase name, ms per page) for each phase of ``Pipeline.clean`` plus the parse floors.

    ``html_pages`` is a list of (html, url). The phases replay what :func:`declutter.html.parse_html`
    and :meth:`declutter.pipeline.Pipeline.clean` do, step by step, on the same objects.
    """
    from lxml import etree

    from declutter import html as H
    from declutter.browser_tree import browser_markup
    from declutter.content.assemble import assemble
    from declutter.content.html_story import label_html
    from declutter.page_meta import head_meta
    from declutter.pipeline import Pipeline
    from declutter.record import dumps

    rules = Pipeline(audit=True, page_seconds=0).rules
    assert rules is not None
    names = ["pre-scan (utf-8, long tags)", "browser markup (browser_tree)", "lxml parse",
             "<head> and JSON-LD", "strip invisible", "walk to blocks", "rules", "scoring",
             "assemble", "JSON"]
    best = {n: [float("inf")] * len(html_pages) for n in names}
    floors = _floors()
    for name, _ in floors:
        best[name] = [float("inf")] * len(html_pages)

    def timed(name: str, k: int, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = time.perf_counter()
        out = fn(*args)
        best[name][k] = min(best[name][k], time.perf_counter() - t0)
        return out

    def prescan(html: str) -> bytes:
        raw = H._utf8(html)
        H._check_tags(raw)
        return raw

    def strip(root: Any) -> None:
        etree.strip_elements(root, *H.INVISIBLE, with_tail=False)

    for _ in range(max(1, repeat)):
        gc.collect()
        for k, (html, url) in enumerate(html_pages):
            raw = timed(names[0], k, prescan, html)
            raw = timed(names[1], k, browser_markup, raw)
            root = timed(names[2], k, etree.fromstring, raw, H._parser())
            meta = timed(names[3], k, head_meta, root, url)[0]
            timed(names[4], k, strip, root)
            body = root.find("body")
            builder = H.Builder(url or meta.get("canonical_url"))
            timed(names[5], k, builder.build, root if body is None else body)
            page = H.Page(id="bench", format="html", blocks=builder.blocks, url=url,
                          title=None, meta={k2: v for k2, v in meta.items() if v}, tree=root)
            if not page.blocks:
                continue
            timed(names[6], k, rules.apply, page, False)  # (as Pipeline.clean: no Decision per block)
            timed(names[7], k, label_html, page)
            record = timed(names[8], k, assemble, page)
            timed(names[9], k, dumps, record)
            for name, parse in floors:
                timed(name, k, parse, raw)
    return [(n, 1000 * sum(v) / len(v)) for n, v in best.items()]


def format_phases(rows: list[tuple[str, float]]) -> str:
    """A Markdown table of :func:`phase_table` rows; the total is of the pipeline phases only."""
    lines = ["| phase | ms per page | x lxml parse floor |", "|---|---|---|"]
    floor = dict(rows).get("lxml parse floor") or float("nan")
    total = 0.0
    for name, ms in rows:
        if not name.endswith("floor"):
            total += ms
        lines.append(f"| {name} | {ms:.2f} | {ms / floor:.2f} |")
    lines.insert(2 + sum(1 for n, _ in rows if not n.endswith("floor")),
                 f"| **total** | {total:.2f} | {total / floor:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; its fastest counts")
    args = ap.parse_args(argv)
    pages = load_pages(args.data)
    rows = phase_table([(p.html, p.url) for p in pages], args.repeat)
    print(f"{len(pages)} pages, fastest of {args.repeat} per page and phase:")
    print(format_phases(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
