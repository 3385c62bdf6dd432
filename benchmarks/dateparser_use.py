"""How many pages need ``dateparser``: the age reader's slow path (its first call costs 0.2-0.4 s).

``dateparser`` is asked only about a piece the regexes could not read (see
:mod:`declutter.content.ages`); this counts, per set, the pages on which it was asked at all,
its calls, and how many of them found a date, each page counted as if it came first (the age
reader's cache is emptied between pages). Tuning halves only (the samples, the generated
``--jobs`` benchmark pages, the tuned-on half of the extraction set as HTML and as html-text
dumps, the tuning half of trafilatura-eval): no held-out page is read.

    python3 benchmarks/dateparser_use.py
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import dateparser.date  # noqa: E402

from declutter.io.readers import RawPage  # noqa: E402
from declutter.pipeline import Pipeline  # noqa: E402

_calls: list[bool] = []
_get_date_data = dateparser.date.DateDataParser.get_date_data


def _counting(self: object, *args: object, **kwargs: object) -> object:
    data = _get_date_data(self, *args, **kwargs)
    _calls.append(data.date_obj is not None)
    return data


def count(name: str, pages: Iterable[object], pipeline: Pipeline) -> None:
    """Print one row: pages, pages that asked dateparser, calls, calls that found a date."""
    from declutter.content.ages import _dateparser_age
    from declutter.content.date_words import read_date

    n = asked = calls = dates = 0
    for page in pages:
        _calls.clear()
        _dateparser_age.cache_clear()  # each page on its own, as if it came first
        read_date.cache_clear()
        list(pipeline.run([page]))
        n += 1
        asked += bool(_calls)
        calls += len(_calls)
        dates += sum(_calls)
    print(f"| {name} | {n} | {asked} ({asked / max(n, 1):.1%}) | {calls} | {dates} |", flush=True)


def main() -> int:
    dateparser.date.DateDataParser.get_date_data = _counting  # type: ignore[method-assign]
    from benchmarks.clean_stream import OUT, generate
    from benchmarks.dump_extraction import held_out
    from benchmarks.extraction import DATA, load_pages
    from benchmarks.snippets import TUNING, load_eval

    pipeline = Pipeline()
    print("| pages (tuning only) | pages | asked dateparser | calls | found a date |")
    print("|---|---|---|---|---|")
    count("samples/", pipeline.read([str(ROOT / "samples")]), pipeline)
    path = OUT / "pages-2000.jsonl"
    generate(path, 2000)
    count("jobs_overhead.py pages (2,000)", pipeline.read([str(path)]), pipeline)
    if not DATA.exists():
        print(f"(no {DATA}: the shared benchmarks are not beside the checkout)")
        return 0
    tuned = [p for p in load_pages() if not held_out(p.id)]
    count("extraction, tuned-on, HTML", (RawPage(p.id, "html", p.html, url=p.url or None)
                                          for p in tuned), pipeline)
    import html_text

    count("extraction, tuned-on, html-text dumps",
          (RawPage(p.id, "text", html_text.extract_text(p.html, guess_layout=True))
           for p in tuned), pipeline)
    evals = [p for p in load_eval(ROOT / ".." / "shared" / "benchmarks" / "trafilatura-eval")
             if p.half == TUNING]
    count("trafilatura-eval, tuning, HTML",
          (RawPage(p.id, "html", p.html, url=p.url or None) for p in evals), pipeline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
