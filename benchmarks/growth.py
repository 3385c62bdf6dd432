"""Generated worst cases for the per-page algorithms, at 1x, 10x and 100x the blocks.

Each case builds a page whose shape is the worst known for one algorithm and times it (the
fastest of 3 runs) at three sizes; near-linear growth means the time per block stays flat.
Printed next to each time is the parse time of the same page (``parse_html``), the reference
the issue measures against: labelling should cost a small multiple of parsing.

- ``label_html``: deep nesting (every block 12 elements down), many ``<article>``s, teaser
  headings with link lists, comment headings, pull-quote candidates;
- ``label_html cards``: a long list of cards under a heading of no known words, each card
  with an unlinked short line (every one a candidate heading of a list);
- ``browser_markup``: the cut before the parse (:mod:`declutter.browser_tree`) over a page of
  stray ``</body>`` tags, ``<noscript>`` spans with an unclosed ``<div>``, and ``<noscript>``
  written in script strings whose first ``</noscript>`` is half a page away (each would search
  that far if the search did not resume where the last one stopped);
- ``_check_tags``: the long-tag pre-scan (:func:`declutter.html._check_tags`) over a page of
  5,000-byte runs with no "<" or ">", after a ">" (text) and after a "<" (a long tag of few
  attributes), and none of either after a run: each run's ends are searched for once;
- ``parse_teasers``: a teaser pattern with a repeated step over a long run of short lines
  that never completes (the case that grew like the Fibonacci numbers before).

    python3 benchmarks/growth.py            # sizes 1x/10x/100x of --base (default 40)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from declutter.blocks import Page, text_to_blocks  # noqa: E402
from declutter.browser_tree import browser_markup  # noqa: E402
from declutter.content.html_story import label_html  # noqa: E402
from declutter.content.patterns import parse_teasers  # noqa: E402
from declutter.html import _check_tags, parse_html  # noqa: E402
from declutter.ruleset.engine import RuleSet, _PageContext  # noqa: E402
from declutter.ruleset.load import load_files  # noqa: E402

PARA = "The council said on Monday that the works would take another month, and that the road stays shut."


def story_page(n: int) -> str:
    """About ``n`` units of: a nested paragraph, a short article with a linked headline,
    a "Related stories" heading with links, a "Comments" heading, a pull-quote candidate."""
    parts = ["<html><head><title>Generated</title></head><body><h1>Generated page</h1>"]
    for i in range(n):
        parts.append("<div>" * 12 + f"<p>{PARA} {i}</p>" + "</div>" * 12)
        parts.append(f'<article><h2><a href="/a/{i}">Other story {i} today</a></h2><p>{PARA}</p></article>')
        parts.append('<h3>Related stories</h3><ul><li><a href="/r/1">One</a></li>')
        parts.append('<li><a href="/r/2">Two</a></li></ul>')
        parts.append(f"<h3>Comments</h3><blockquote>the works would take another month {i}</blockquote>")
    parts.append("</body></html>")
    return "".join(parts)


def cards_page(n: int) -> str:
    """A story, then ``n`` cards (a linked headline and an unlinked source line) under a
    heading no word list knows: every source line is a short unlinked line, a candidate
    heading of a list (:func:`declutter.content.sections.heading_sections`)."""
    parts = ["<html><head><title>Generated</title></head><body><h1>Generated page</h1>"]
    parts.append(f"<div><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div><section><div>From the valley</div>")
    for i in range(n):
        parts.append(f'<div><a href="/c/{i}">Card headline number {i} for today</a>')
        parts.append(f"<div>Source {i % 7}</div></div>")
    parts.append("</section></body></html>")
    return "".join(parts)


def runs_page(n: int) -> bytes:
    """``n`` units of a 5,000-byte text run after a ">" and a 5,000-byte tag of 1,250
    attributes, then ``n`` runs after a "<" with no ">" anywhere after them."""
    unit = b">" + b"x" * 5000 + b"<b" + b" y=1" * 1250
    return b"<p" + unit * n + (b"<" + b"z" * 5000) * n


def markup_page(n: int) -> str:
    """``n`` units of a script string holding ``<noscript>``, a paragraph and a stray
    ``</body>``, then ``n`` of a ``<noscript>`` with an unclosed ``<div>`` and a paragraph: the
    first ``</noscript>`` after each of the first half's marks is half a page away."""
    parts = ["<html><head><title>Generated</title></head><body>"]
    for i in range(n):
        parts.append(f"<script>var s{i} = '<noscript>';</script><p>{PARA} {i}</p></body>")
    for i in range(n):
        parts.append(f'<noscript><div><img src="/px.gif"></noscript><p>{PARA} {i}</p>')
    parts.append("</html>")
    return "".join(parts)


RULES = """\
rules:
  - id: g.tail
    description: a list that needs a closing meta line, over lines that have none
    match: {text: Last}
    action: teasers
    pattern:
      - {field: title}
      - {field: text, repeat: true}
      - {field: line, match: {regex: '^(?P<source>[^·]+?) · (?P<age>.+)$'}}
"""


def fastest(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=int, default=40, help="units at 1x")
    args = ap.parse_args(argv)
    sizes = [args.base, 10 * args.base, 100 * args.base]

    print("| case | size | blocks | parse (s) | algorithm (s) | µs per block | algorithm / parse |")
    print("|---|---|---|---|---|---|---|")
    for case, page in (("label_html", story_page), ("label_html cards", cards_page)):
        for mult, n in zip((1, 10, 100), sizes, strict=True):
            html = page(n)
            blocks = len(parse_html(html, id="g").blocks)
            t_parse = fastest(lambda html=html: parse_html(html, id="g"))
            t_all = fastest(lambda html=html: label_html(parse_html(html, id="g")))
            t_label = max(t_all - t_parse, 0.0)
            print(
                f"| {case} | {mult}x | {blocks} | {t_parse:.4f} | {t_label:.4f} | "
                f"{1e6 * t_label / blocks:.1f} | {t_label / t_parse:.2f} |"
            )

    for mult, n in zip((1, 10, 100), sizes, strict=True):
        html = markup_page(n)
        raw = html.encode()
        blocks = len(parse_html(html, id="g").blocks)
        t_parse = fastest(lambda html=html: parse_html(html, id="g"))
        t = fastest(lambda raw=raw: browser_markup(raw))
        print(
            f"| browser_markup | {mult}x | {blocks} | {t_parse:.4f} | {t:.4f} | "
            f"{1e6 * t / blocks:.1f} | {t / t_parse:.2f} |"
        )

    for mult, n in zip((1, 10, 100), sizes, strict=True):
        raw = runs_page(n)
        t = fastest(lambda raw=raw: _check_tags(raw))
        print(f"| _check_tags | {mult}x | {3 * n} runs | - | {t:.4f} | {1e6 * t / (3 * n):.1f} | - |")

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "r.yaml").write_text(RULES, "utf-8")
        pattern = RuleSet(load_files([Path(tmp) / "r.yaml"])).rules[0].pattern
    assert pattern is not None
    for mult, n in zip((1, 10, 100), sizes, strict=True):
        text = "Last\n" + "".join(f"line {k}\n" for k in range(10 * n))

        def run(text: str = text) -> None:
            page = Page("g", "text", text_to_blocks(text))
            list(parse_teasers(page, 1, pattern, _PageContext(page).check))

        t = fastest(run)
        blocks = 10 * n + 1
        print(f"| parse_teasers | {mult}x | {blocks} | - | {t:.4f} | {1e6 * t / blocks:.1f} | - |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
