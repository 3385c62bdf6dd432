"""Template learning on generated multi-source corpora: quality with templates off and on.

Builds the corpus of :mod:`benchmarks.template_corpus` (six sources, real stories, chrome of
their own), cleans it with templates off and on (``run_with_templates``, as ``declutter
clean`` does: every page cleaned and counted, then its template dropped) and prints, per
split (``tune``: the sources the thresholds were tuned on; ``held-out``: the others):

* story F1 (word 4-grams, the shared benchmark's metric, ``benchmarks/score.py``);
* pages with any chrome line in ``text`` (all pages, and pages after the first 20 of a source);
* teasers found (truth teaser titles among the record's teaser titles);
* how many pages of a source must be counted before its template holds: counts from the
  first K pages of each source only, then the leak rate on 60 later pages (as a run on
  tomorrow's pages with ``--index`` sees them);
* ``rules suggest``: per source, a file suggested from the first half of its pages, then used
  alone (templates off) on the second half: share of chrome lines removed (not in text nor
  title), teasers found, story F1, and whether the file passes lint and its tests as written.

    python benchmarks/templates.py                   # 200 pages per source
    python benchmarks/templates.py --pages 50 --sweep 5 10 20
    python benchmarks/templates.py --parts suggest
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.score import summarise  # noqa: E402
from benchmarks.template_corpus import SOURCES, generate  # noqa: E402
from declutter import Pipeline  # noqa: E402
from declutter.io.input_files import expand  # noqa: E402
from declutter.io.readers import Item, read_all  # noqa: E402
from declutter.record import Record  # noqa: E402
from declutter.templates import TemplateCounts, mark  # noqa: E402
from declutter.templates.learn import run_with_templates  # noqa: E402


def leaks(record: Record, truth: dict) -> bool:
    """Whether any chrome line of the page is left in the story text."""
    paragraphs = set(record.text.split("\n\n"))
    return any(line in paragraphs for line in truth["chrome"])


def found(record: Record, truth: dict) -> tuple[int, int]:
    """(truth teasers found among the record's teasers, truth teasers)."""
    titles = {t.title for t in record.teasers}
    return sum(t in titles for t in truth["teasers"]), len(truth["teasers"])


def figures(records: Iterable[Record], truths: dict[str, dict], after: int = 20) -> dict:
    """Story F1, leak counts and teasers per split for cleaned records."""
    by_split: dict[str, dict] = {}
    for record in records:
        truth = truths[record.id]
        row = by_split.setdefault(truth["split"], {"pairs": [], "pages": 0, "leaks": 0,
                                                   "late": 0, "late_leaks": 0, "found": 0,
                                                   "teasers": 0})
        row["pairs"].append((record.text, truth["story"]))
        row["pages"] += 1
        leak = leaks(record, truth)
        row["leaks"] += leak
        if int(truth["id"].rsplit("/", 1)[1]) >= after:
            row["late"] += 1
            row["late_leaks"] += leak
        got, total = found(record, truth)
        row["found"] += got
        row["teasers"] += total
    for row in by_split.values():
        row["f1"] = summarise(row.pop("pairs")).f1
    return by_split


def items(corpus: Path, names: Iterable[str]) -> Iterable[Item]:
    return read_all(expand([str(corpus / f"{name}.jsonl") for name in names]))


def _print(label: str, by_split: dict) -> None:
    for split in ("tune", "held-out"):
        r = by_split[split]
        print(f"{label:<14} {split:<9} pages {r['pages']:>5}  story F1 {r['f1']:.4f}  "
              f"chrome in text {r['leaks']:>4} ({r['leaks'] / r['pages']:.1%}), "
              f"after 20 {r['late_leaks']:>4} ({r['late_leaks'] / max(1, r['late']):.1%})  "
              f"teasers {r['found']}/{r['teasers']} ({r['found'] / max(1, r['teasers']):.1%})")


def sweep(corpus: Path, truths: dict[str, dict], ks: list[int], later: int = 60) -> None:
    """Leak rate on pages K..K+later of each source when only its first K pages were counted."""
    names = [s.name for s in SOURCES]
    pipe = Pipeline()
    for k in ks:
        counts = TemplateCounts()
        for name in names:
            for record in pipe.run(itertools.islice(items(corpus, [name]), k)):
                counts.observe(record)
        records = []
        for name in names:
            for record in pipe.run(itertools.islice(items(corpus, [name]), k, k + later)):
                mark(record, counts)
                records.append(record)
        by_split = figures(records, truths, after=0)
        print(f"first {k:>3} pages counted: " + "  ".join(
            f"{s} leaks {r['leaks']}/{r['pages']} ({r['leaks'] / r['pages']:.1%})"
            for s, r in sorted(by_split.items(), reverse=True)))


def suggested(corpus: Path, truths: dict[str, dict], pages: int) -> None:
    """Suggest a file per source from its first half, measure it alone on the second half."""
    from declutter.ruleset.suggest import check, suggest, with_bundled

    half = pages // 2
    for src in SOURCES:
        made = suggest(itertools.islice(items(corpus, [src.name]), half), src.name)
        path = corpus / "suggested" / f"{src.name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(made.text, "utf-8")
        failures = check(path)
        pipe = with_bundled(path)
        chrome = left = 0
        records = list(pipe.run(itertools.islice(items(corpus, [src.name]), half, None)))
        for record in records:
            truth = truths[record.id]
            paragraphs = set(record.text.split("\n\n")) | {record.title}
            chrome += len(truth["chrome"])
            left += sum(line in paragraphs for line in truth["chrome"])
        row = figures(records, truths)[src.split]
        print(f"suggest {src.name:<13} {src.split:<9} {src.format:<4} rules {made.drops:>2}"
              f"{' +teasers' if made.teasers else ' -teasers'}  chrome removed "
              f"{1 - left / chrome:.1%} ({chrome - left}/{chrome})  teasers "
              f"{row['found']}/{row['teasers']} ({row['found'] / max(1, row['teasers']):.1%})  "
              f"story F1 {row['f1']:.4f}  lint+test {failures or 'ok'}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages per source")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--sweep", type=int, nargs="*", default=[5, 10, 15, 20, 30, 50])
    parser.add_argument("--parts", nargs="+", default=["clean", "sweep", "suggest"],
                        choices=["clean", "sweep", "suggest"], help="which figures to print")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        truth_path = generate(corpus, args.pages, args.seed)
        truths = {t["id"]: t for t in map(json.loads, truth_path.open(encoding="utf-8"))}
        names = [s.name for s in SOURCES]
        print(f"{len(truths)} pages, {len(names)} sources ({args.pages} each), seed {args.seed}", flush=True)
        if "clean" in args.parts:
            off = Pipeline()
            _print("templates off", figures(off.run(items(corpus, names)), truths))
            _print("templates on", figures(run_with_templates(off, items(corpus, names)), truths))
        if "sweep" in args.parts:
            sweep(corpus, truths, args.sweep)
        if "suggest" in args.parts:
            suggested(corpus, truths, args.pages)


if __name__ == "__main__":
    main()
