"""A small HTML source written for these tests: 10 or 20 pages of a valley weekly, one story
republished on 5 of them. Its paragraphs are long (over ``MAX_WORDS`` words) but for two short
ones, and an app pitch and a paywall line stand among them, as on the source's other pages.
The copy keeps its headline and every paragraph on each page it is on, whatever the source's
size (5 of 10 pages is the README's "up to half"); the source's chrome still goes."""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from declutter.cli import main
from declutter.templates.sketch import normalise

PLACES = ("Elmbrook", "Harrow Fen", "Saltmarsh", "Oakhurst", "Kestrel Bay", "Millbridge")
GROUPS = ("The allotment society", "Two retired teachers", "The rowing club",
          "A parish councillor", "The bus company", "Parents at the primary school")
ACTS = ("asked for a survey of the flood banks", "collected signatures against the toll",
        "offered to repaint the old signal box", "proposed a second crossing for cyclists",
        "questioned the cost of the new car park", "called for longer library hours")
TAILS = ("before the autumn rains arrive", "at a cost nobody has yet published",
         "in a meeting that ran late into the evening", "with support from most of the ward")
PITCH = "Take the Valley Courier with you: our app brings every edition to your phone."
PAYWALL = "This is one of your three free articles this month; subscribers read without limits."
FOOTER = ("The Valley Courier is owned by its readers and staff.", "Valley Courier Press Ltd")


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(GROUPS)} in {rng.choice(PLACES)} {rng.choice(ACTS)} "
            f"{rng.choice(TAILS)}, and {rng.randrange(3, 400)} people came to hear it.")


def _long(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(4))  # about 80 words


def _story(rng: random.Random) -> tuple[str, list[str]]:
    place = rng.choice(PLACES)
    title = f"{place} weighs {rng.choice(ACTS).split(' ', 1)[1]} for {rng.randrange(2, 90)} weeks"
    return title, [_long(rng), _long(rng), _sentence(rng), _long(rng), _sentence(rng)]


def _write(folder: Path, pages: int, seed: int = 5) -> dict[str, tuple[str, list[str]]]:
    rng = random.Random(seed)
    copied = _story(rng)
    truths = {}
    for n in range(pages):
        title, story = copied if n % (pages // 5) == 0 else _story(rng)
        while title != copied[0] and normalise(title) == normalise(copied[0]):
            title, story = _story(rng)  # another headline, not the copy's with other numbers
        body = [*story]
        body.insert(3, PITCH)
        body.append(PAYWALL)
        e = html.escape
        (folder / f"v{n:03}.html").write_text("".join([
            f"<html><head><title>{e(title)} - Valley Courier</title>",
            f'<link rel="canonical" href="https://valleycourier.example/news/{n}"></head><body>',
            "<header><b>Valley Courier</b></header><article>",
            f"<h1>{e(title)}</h1>", *[f"<p>{e(p)}</p>" for p in body],
            "</article><footer>", *[f"<p>{e(f)}</p>" for f in FOOTER],
            "</footer></body></html>"]), "utf-8")
        truths[f"v{n:03}.html"] = (title, story)
    return truths


@pytest.mark.parametrize("pages", [10, 20])
def test_story_copied_on_five_pages_keeps_headline_and_text(tmp_path: Path, pages: int) -> None:
    truths = _write(tmp_path, pages)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == pages
    copies = 0
    for record in records:
        name = Path(record["id"]).name
        title, story = truths[name]
        copies += truths[name] == truths["v000.html"]
        assert record["title"] == title, name
        paragraphs = record["text"].split("\n\n")
        assert [p for p in story if p not in paragraphs] == [], name
    assert copies == 5
    # the source's chrome is its template (seen on every page)
    for record in records:
        removed = {r["text"] for r in record["removed"] if r["rule"].startswith("template.")}
        assert PITCH in removed and PITCH not in record["text"]
