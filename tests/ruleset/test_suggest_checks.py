"""`declutter rules suggest` checks what it writes against the corpus: a teaser pattern only
when it reads the rail at least as well as the generic reader (never gluing the age into the
title, never taking a comment section), scope markers that reach (nearly) every page of a dump
source with no source field, rule ids that keep non-ASCII letters, test pages an editor can
read. Each corpus here has a layout of its own (not the one the checks were first seen on)."""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

import yaml
from click.testing import CliRunner
from template_pages import stories

from declutter.cli import main
from declutter.ruleset.suggest import _slug

NAMES = ["Ines Varga", "Tom Ashdown", "Ruth Pryce", "Kai Ellery", "Mo Quinn"]
REPLIES = ["Typical of them.", "About time.", "Who pays for it?", "Good for the town."]


def _titles(pool: list[list[str]]) -> list[str]:
    return [" ".join(p[0].split()[:7]).rstrip(",.;:") for p in pool]


def write_wrenfield(folder: Path, pages: int, seed: int) -> list[dict]:
    """HTML pages of "wrenfield.example": a 'Read next' rail of cards (a link, then a <time>
    "N hours ago" in one block) followed by a replies section (a count heading, then short
    "Name: reply" lines). Returns per page: its teaser titles and its replies."""
    pool = stories()
    titles = _titles(pool)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(pages):
        n = rng.randrange(len(pool))
        cards = rng.sample([t for k, t in enumerate(titles) if k != n], 4)
        replies = [f"{rng.choice(NAMES)}: {rng.choice(REPLIES)}" for _ in range(rng.randint(1, 3))]
        e = html.escape
        doc = (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{e(titles[n])} - Wrenfield Gazette</title>"
            f"<link rel='canonical' href='https://wrenfield.example/a/{i}'></head><body>"
            "<header><p class='brand'>Wrenfield Gazette</p><nav><a href='/'>Front</a> "
            "<a href='/local'>Local</a> <a href='/weather'>Weather</a></nav></header>"
            f"<article><h1>{e(titles[n])}</h1>"
            + "".join(f"<p>{e(p)}</p>" for p in pool[n]) + "</article>"
            "<section class='next'><h2>Read next</h2>"
            + "".join(f"<div class='card'><a href='/a/{rng.randint(100, 999)}'>{e(t)}</a> "
                      f"<time>{rng.randint(1, 20)} hours ago</time></div>" for t in cards)
            + f"</section><section class='replies'><h5>Replies ({len(replies)})</h5>"
            + "".join(f"<p>{e(r)}</p>" for r in replies)
            + "</section><footer><p>The Wrenfield Gazette is owned by the readers who fund it, "
              "one subscription at a time.</p></footer></body></html>")
        (folder / f"w{i:03d}.html").write_text(doc, "utf-8")
        truths.append({"teasers": cards, "replies": replies})
    return truths


def _suggest(corpus: Path, source: str, out: Path) -> tuple[dict, str]:
    made = CliRunner().invoke(main, ["rules", "suggest", str(corpus), "--source", source,
                                     "-o", str(out)])
    assert made.exit_code == 0, made.output
    for command in ("lint", "test"):
        result = CliRunner().invoke(main, ["rules", command, str(out)])
        assert result.exit_code == 0, result.output
    return yaml.safe_load(out.read_text("utf-8")), made.stderr


def _clean(corpus: Path, *args: str) -> list[dict]:
    cleaned = CliRunner().invoke(main, ["clean", str(corpus), "--no-templates", *args,
                                        "--no-progress"])
    assert cleaned.exit_code == 0, cleaned.output
    return [json.loads(line) for line in cleaned.stdout.splitlines()]


def test_a_teaser_pattern_never_reads_the_rail_worse_than_the_generic_reader(tmp_path: Path) -> None:
    """The generic reader reads each card as title + age; a "one title per line" pattern
    glued the age into the title and took the replies below as teasers (and the file's own
    tests expected that). The suggested file must give the same teasers as no file."""
    write_wrenfield(tmp_path / "learn", 24, seed=1)
    truths = write_wrenfield(tmp_path / "unseen", 10, seed=2)
    data, _ = _suggest(tmp_path / "learn", "wrenfield.example", tmp_path / "my-rules" / "w.yaml")
    plain = _clean(tmp_path / "unseen")
    records = _clean(tmp_path / "unseen", "--rules", str(tmp_path / "my-rules"))
    for record, bare, truth in zip(records, plain, truths, strict=True):
        assert [(t["title"], t["age"]) for t in record["teasers"]] == \
               [(t["title"], t["age"]) for t in bare["teasers"]]
        assert [t["title"] for t in record["teasers"]] == truth["teasers"]
        assert all(t["age"] for t in record["teasers"])
    # the file's own tests expect what the file gives: real titles with their age
    for test in data["tests"]:
        assert test["expect"]["teasers"] and all(
            "hours ago" not in t["title"] and t.get("age") for t in test["expect"]["teasers"])


MASTHEAD = "Pebble Courier"
FOOTER = "Pebble Courier, Café Straße 4: letters to the editor are read every Friday."


def write_pebble(folder: Path, pages: int, seed: int, bare: int = 0) -> list[dict]:
    """Plain-text dumps (one .txt a page, no source field) of "pebble": masthead, headline,
    story, a "N replies" count (a generic interface line whose number varies, 0 on some
    pages), the footer sentence (on two pages of three). The last ``bare`` pages are a story
    alone."""
    pool = stories()
    titles = _titles(pool)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(pages):
        n = rng.randrange(len(pool))
        if i >= pages - bare:
            lines = [titles[n], *pool[n]]
        else:
            lines = [MASTHEAD, titles[n], *pool[n], f"{rng.choice([0, 0, 2, 7, 12])} replies",
                     *([FOOTER] if i % 3 else [])]
        (folder / f"p{i:03d}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        truths.append({"title": titles[n]})
    return truths


def test_scope_markers_reach_every_page_of_a_dump_source(tmp_path: Path) -> None:
    """Dumps with no source field are scoped by marker lines: a generic count line ("0
    replies", on a few pages only) was chosen before the masthead, so the file applied to a
    few pages; the masthead stayed in the text and was read as the title."""
    truths = write_pebble(tmp_path / "pebble", 30, seed=3)
    data, _ = _suggest(tmp_path / "pebble", "pebble", tmp_path / "my-rules" / "pebble.yaml")
    markers = data["scope"]["markers"]
    assert not any("replies" in m for m in markers)
    records = _clean(tmp_path / "pebble", "--rules", str(tmp_path / "my-rules"))
    # control: the same pages without the masthead, read with no file
    (tmp_path / "control").mkdir()
    for page in sorted((tmp_path / "pebble").iterdir()):
        (tmp_path / "control" / page.name).write_text(
            page.read_text("utf-8").removeprefix(MASTHEAD + "\n"), "utf-8")
    control = _clean(tmp_path / "control")
    assert sum(r["title"] == t["title"] for r, t in zip(control, truths, strict=True)) >= 25
    for record, bare in zip(records, control, strict=True):
        assert MASTHEAD not in record["text"] and FOOTER not in record["text"], record["id"]
        assert record["title"] == bare["title"], record["id"]
    # tests taken from pages expect the headline, which the file (dropping the masthead) gives
    assert all(t["expect"]["title"] != MASTHEAD for t in data["tests"])
    # an id keeps the letters of any script; a test page is a block an editor can read
    assert any("courier-café-strasse" in r["id"] for r in data["rules"])
    text = (tmp_path / "my-rules" / "pebble.yaml").read_text("utf-8")
    assert "    input: |\n      Pebble Courier\n" in text
    assert data["tests"][0]["input"] == (tmp_path / "pebble" / "p000.txt").read_text("utf-8")


def test_markers_that_miss_pages_are_said_on_stderr_and_in_the_file(tmp_path: Path) -> None:
    write_pebble(tmp_path / "pebble", 24, seed=4, bare=6)
    out = tmp_path / "my-rules" / "pebble.yaml"
    _, err = _suggest(tmp_path / "pebble", "pebble", out)
    assert "set the scope" in err
    assert "# NOTE: the scope markers reach only 18 of 24 pages" in out.read_text("utf-8")


def test_slugs_keep_letters_of_any_script() -> None:
    assert _slug("Die endgültige Entscheidung soll im Februar fallen.") == \
        "die-endgültige-entscheidung-soll-im-februar"
    assert _slug("Новости: 3 часа назад") == "новости-3-часа-назад"


def test_test_pages_are_ones_whose_title_is_not_a_recurring_line(tmp_path: Path) -> None:
    """Where the file leaves a masthead that the reader takes for the title on some pages
    (the orchard dumps: the reader alone titles them with their masthead), the tests are taken
    from pages that come out with a title of their own."""
    from collections import Counter

    from template_pages import ORCHARD_FOOTER, ORCHARD_MASTHEAD, write_orchard

    from declutter.io.input_files import expand
    from declutter.io.readers import read_all
    from declutter.pipeline import Pipeline
    from declutter.ruleset.site_file import RecurringLine, render_file, sample_tests, with_bundled
    from declutter.ruleset.suggest import _collect

    write_orchard(tmp_path / "orchard.jsonl")
    write_pebble(tmp_path / "own", 6, seed=5, bare=6)
    # pages of the source with a headline of their own (a page with no source name is no
    # orchard page: the corpus names orchard's pages)
    with (tmp_path / "own.jsonl").open("w", encoding="utf-8") as own:
        for page in sorted((tmp_path / "own").iterdir()):
            own.write(json.dumps({"id": page.name, "source": "orchard",
                                  "text": page.read_text("utf-8")}) + "\n")
    corpus = [str(tmp_path / "orchard.jsonl"), str(tmp_path / "own.jsonl")]
    pages = _collect(Pipeline(), read_all(expand(corpus)), "orchard", 50)
    path = tmp_path / "orchard.yaml"
    footer = ("orchard.footer", RecurringLine(Counter({ORCHARD_FOOTER: 12}), 12,
                                              places=Counter({"after": 12})),
              {"text": ORCHARD_FOOTER})
    path.write_text(render_file("orchard", {"sources": ["orchard"]}, [footer], None, []), "utf-8")
    titles = [with_bundled(path).clean(p.raw).title for p in pages]
    # taken in corpus order, the tests would lock in the masthead as the title
    assert titles[:3] == [ORCHARD_MASTHEAD] * 3
    tests = sample_tests(path, pages, None, frozenset({ORCHARD_MASTHEAD.casefold()}))
    expected = [line for line in tests if line.startswith("      title:")]
    assert expected == [f"      title: {json.dumps(t, ensure_ascii=False)}"
                        for t in titles if t != ORCHARD_MASTHEAD][:3]
