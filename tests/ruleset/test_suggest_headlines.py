"""`rules suggest` on a text source with a "Popular with readers" box: three headlines drawn each
day from a pool, so each recurs on a fifth of the pages or more. They are headlines, not
chrome: no exact-text drop rule names them (a page whose own headline is one of them would lose
its title), while the box's fixed heading and the source's other chrome still get rules."""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml
from click.testing import CliRunner

from declutter.cli import main

MASTHEAD = "THE SUMMIT LEDGER · mountain and valley news"
COOKIES = "The Ledger stores small files on your device to count visits."
PITCH = "Get the Ledger on your phone: the mobile edition is free for every reader."
HEADING = "Popular with readers"
FOOTER = "Summit Ledger is printed and published in Kellbrook by Ledger Press."
POOL = ("Cable car fares to rise", "Avalanche warning lifted", "Hut warden retires",
        "Glacier path reopens", "Ski school short of instructors", "Snow plough budget cut")
PEOPLE = ("The mountain rescue team", "Two hut wardens", "The tourist board", "A local guide",
          "The valley council", "Farmers on the high pastures")
DEEDS = ("asked for a new footbridge over the gorge", "counted more walkers than last year",
         "warned about loose rock on the north ridge", "proposed a bus to the upper car park")


def _paragraph(rng: random.Random) -> str:
    return " ".join(f"{rng.choice(PEOPLE)} {rng.choice(DEEDS)}, {rng.randrange(2, 90)} days "
                    "after the first snow." for _ in range(2))


def _page(n: int, rng: random.Random, headline: str | None = None) -> dict:
    title = headline or f"{rng.choice(PEOPLE)} {rng.choice(DEEDS)}"
    story = [_paragraph(rng) for _ in range(rng.randrange(3, 5))]
    story.insert(2, PITCH)
    box = rng.sample([h for h in POOL if h != title], 3)
    lines = [MASTHEAD, COOKIES, title, *story, HEADING, *box, FOOTER]
    return {"id": f"ledger{n}", "source": "summit-ledger", "text": "\n".join(lines)}


def test_rotating_box_items_get_no_drop_rule_and_a_page_keeps_its_title(tmp_path: Path) -> None:
    rng = random.Random(3)
    corpus = tmp_path / "ledger.jsonl"
    corpus.write_text("".join(json.dumps(_page(n, rng)) + "\n" for n in range(40)), "utf-8")
    out = tmp_path / "rules" / "summit-ledger.yaml"
    made = CliRunner().invoke(main, ["rules", "suggest", str(corpus), "--source", "summit-ledger",
                                     "-o", str(out)])
    assert made.exit_code == 0, made.output
    assert "rotating list" in made.stderr and HEADING in made.stderr
    for command in ("lint", "test"):
        result = CliRunner().invoke(main, ["rules", command, str(out)])
        assert result.exit_code == 0, result.output
    matched = {r["match"].get("text") for r in yaml.safe_load(out.read_text("utf-8"))["rules"]}
    assert not matched & set(POOL)  # each pool headline is on about half the pages
    assert {MASTHEAD, COOKIES, PITCH, HEADING, FOOTER} <= matched
    # a page of the same source whose own headline is one of the box's items
    unseen = tmp_path / "unseen.jsonl"
    unseen.write_text(json.dumps(_page(99, rng, headline=POOL[0])) + "\n", "utf-8")
    cleaned = CliRunner().invoke(main, ["clean", str(unseen), "--no-templates", "--rules",
                                        str(out.parent), "--no-progress"])
    assert cleaned.exit_code == 0, cleaned.output
    record = json.loads(cleaned.stdout)
    assert record["title"] == POOL[0]
    assert PITCH not in record["text"] and MASTHEAD not in record["text"]


def test_a_line_that_is_a_page_headline_gets_no_drop_rule(tmp_path: Path) -> None:
    """A fixed list of "editor's picks" (no rotation) on every page, one of whose headlines is
    also the headline of two pages of the corpus: that line gets no rule, the others do."""
    rng = random.Random(4)
    picks = POOL[:3]
    pages = []
    for n in range(30):
        page = _page(n, rng, headline=picks[0] if n in (7, 19) else None)
        text = page["text"].split("\n")
        at = text.index(HEADING)
        text[at + 1:at + 4] = picks
        page["text"] = "\n".join(text)
        pages.append(page)
    corpus = tmp_path / "ledger.jsonl"
    corpus.write_text("".join(json.dumps(p) + "\n" for p in pages), "utf-8")
    out = tmp_path / "rules" / "summit-ledger.yaml"
    made = CliRunner().invoke(main, ["rules", "suggest", str(corpus), "--source", "summit-ledger",
                                     "-o", str(out)])
    assert made.exit_code == 0, made.output
    matched = {r["match"].get("text") for r in yaml.safe_load(out.read_text("utf-8"))["rules"]}
    assert picks[0] not in matched and set(picks[1:]) <= matched
