"""A small multi-source corpus for template tests: the stories of samples/expected, the
page layouts of benchmarks/template_corpus.py, chrome wordings of these tests' own."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import yaml
from locations import SAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.template_corpus import Source, page  # noqa: E402

GULL = Source("gullpost", "gullpost.example", "text", "tune", "GULL POST",
              "Gull Post · {n} min read",
              # app pitch and newsletter as sentences: the dump reader keeps prose inside the
              # story run, so only the template can tell them from the story
              "Read Gull Post offline in our app: every story of the week, even on a ferry.",
              "Our morning note is short and free, and it lands in your inbox before eight.",
              "{n} gulls have squawked about this", "Gull Post also flew", "paren",
              ("Gull Post is made by four people and a very old printer in a harbour shed.",
               "Gull Post {n}"))
BRACKEN = Source("brackenwire", "brackenwire.example", "html", "tune", "Brackenwire",
                 "Bracken desk · {n} min", "Brackenwire for phones: pocket the news.",
                 "A letter from the editors arrives on Thursdays. Sign up below.",
                 "{n} readers replied", "More under the bracken", "two-line",
                 ("Brackenwire is a member-funded newsroom with no owners and no adverts.",
                  "Brackenwire {n}"))


def stories() -> list[list[str]]:
    """Story paragraph lists of the expected sample records (real article text)."""
    out = []
    for path in sorted((SAMPLES / "expected").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        paragraphs = [p for p in data.get("paragraphs") or [] if isinstance(p, str)]
        if len(paragraphs) >= 3:
            out.append(paragraphs)
    return out


def write_corpus(path: Path, src: Source, pages: int, seed: int = 7,
                 story: list[str] | None = None, every: int = 0) -> list[dict]:
    """Write ``pages`` pages of ``src`` to ``path`` (JSON Lines); return their truths.
    With ``story`` and ``every``, every ``every``-th page carries that same story."""
    pool = stories()
    rng = random.Random(seed)
    truths = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(pages):
            line, truth = page(src, n, [story] if story and every and n % every == 0 else pool,
                               rng)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            truths.append(truth)
    return truths


ORCHARD_MASTHEAD = "ORCHARD NOTES"
ORCHARD_FOOTER = "Orchard Notes is written by volunteers in the valley and printed on recycled paper."


def write_orchard(path: Path) -> Path:
    """12 dump pages of source "orchard" (JSON Lines at ``path``): masthead, a story of
    :func:`stories`, the footer sentence; page 3's story is a timetable of short lines, which
    the reader does not take for prose, so the footer is all it leaves of that page."""
    timetable = ["Opening hours this week:", "Monday: 9 to 5 – Main hall",
                 "Tuesday: 9 to 1 – Side room", "Wednesday: closed – Main hall"]
    pool = stories()
    with path.open("w", encoding="utf-8") as out:
        for i in range(12):
            body = timetable if i == 3 else pool[i % len(pool)]
            out.write(json.dumps({"id": f"o{i}", "source": "orchard",
                                  "text": "\n".join([ORCHARD_MASTHEAD, *body, ORCHARD_FOOTER])})
                      + "\n")
    return path
