"""`declutter rules suggest`: a site file from one source's pages that lints, passes its own
tests and, alone, strips that source's chrome and finds its teasers on pages it never saw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from template_pages import BRACKEN, GULL, write_corpus

from declutter.cli import main


@pytest.mark.parametrize("src", [GULL, BRACKEN], ids=lambda s: s.name)
def test_suggested_file_passes_lint_and_test_and_cleans_unseen_pages(tmp_path: Path, src) -> None:
    write_corpus(tmp_path / "learn.jsonl", src, 24, seed=1)
    truths = write_corpus(tmp_path / "unseen.jsonl", src, 8, seed=2)
    out = tmp_path / "my-rules" / f"{src.name}.yaml"
    made = CliRunner().invoke(main, ["rules", "suggest", str(tmp_path / "learn.jsonl"),
                                     "--source", src.name, "-o", str(out)])
    assert made.exit_code == 0, made.output
    # a teasers rule only where the bundled reader does not already read the cards as well
    teasers_rule = "a teasers rule" in made.stderr
    assert teasers_rule != ("the bundled rules already read its cards" in made.stderr)
    for command in ("lint", "test"):
        result = CliRunner().invoke(main, ["rules", command, str(out)])
        assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text("utf-8"))
    assert len(data["tests"]) == 3
    actions = [r["action"] for r in data["rules"]]
    assert actions.count("teasers") == teasers_rule and actions.count("drop") >= 5
    assert "# seen on 24 of 24 pages" in out.read_text("utf-8")
    records = _clean(tmp_path / "unseen.jsonl", "--rules", str(out.parent))
    plain = _clean(tmp_path / "unseen.jsonl")
    # without the file, some chrome reaches the story (a dump reader keeps chrome sentences)
    assert any(_paragraphs(r) & set(t["chrome"]) for r, t in zip(plain, truths, strict=True))
    for record, bare, truth in zip(records, plain, truths, strict=True):
        assert not _paragraphs(record) & set(truth["chrome"]), record["id"]
        # every story paragraph the reader finds without the file stays (a dump reader
        # leaves out table rows of a story on its own)
        assert set(truth["story"].split("\n\n")) & _paragraphs(bare) <= _paragraphs(record)
        assert [t["title"] for t in record["teasers"]] == truth["teasers"]
        assert all(t["source"] and t["age"] for t in record["teasers"])


def _clean(path: Path, *args: str) -> list[dict]:
    cleaned = CliRunner().invoke(main, ["clean", str(path), "--no-templates", *args, "--no-progress"])
    assert cleaned.exit_code == 0, cleaned.output
    return [json.loads(line) for line in cleaned.stdout.splitlines()]


def _paragraphs(record: dict) -> set[str]:
    return set(record["text"].split("\n\n"))


def test_too_few_pages_is_a_clear_error(tmp_path: Path) -> None:
    write_corpus(tmp_path / "few.jsonl", GULL, 3)
    result = CliRunner().invoke(main, ["rules", "suggest", str(tmp_path / "few.jsonl"),
                                       "--source", "gullpost", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1
    assert "3 usable pages of gullpost" in result.output
    assert not (tmp_path / "x.yaml").exists()


def test_a_rule_that_empties_a_story_or_takes_the_title_is_left_out(tmp_path: Path) -> None:
    """suggest cleans its file against the pages it learned from: a rule that matches a
    page's own title, or every line of its story, is left out; the good rules stay."""
    from collections import Counter

    from declutter.io.input_files import expand
    from declutter.io.readers import read_all
    from declutter.pipeline import Pipeline
    from declutter.ruleset.site_file import RecurringLine as _Line
    from declutter.ruleset.site_file import TeaserRail as _Rail
    from declutter.ruleset.suggest import _collect, _verified

    truths = write_corpus(tmp_path / "learn.jsonl", GULL, 8, seed=1)
    pages = _collect(Pipeline(), read_all(expand([str(tmp_path / "learn.jsonl")])), "gullpost", 50)
    assert len(pages) == 8

    def line(text: str) -> _Line:
        return _Line(texts=Counter({text: 8}), pages=8, places=Counter({"inside": 8}))

    good = ("gullpost.gull-post-is-made", line(GULL.footer[0]), {"text": GULL.footer[0]})
    title = ("gullpost.one-title", line(truths[3]["title"]), {"text": truths[3]["title"]})
    everything = ("gullpost.everything", line("any line"), {"regex": "^.{40,}$"})
    with_bad = [good, title, everything]
    kept, rail = _verified(tmp_path / "gullpost.yaml", "gullpost", {"sources": ["gullpost"]},
                           with_bad, None, pages)
    assert [d[0] for d in kept] == ["gullpost.gull-post-is-made"]
    assert rail is None
    # a teaser list under the masthead takes each page's headline as a teaser title
    masthead = _Rail("gull post", "GULL POST", "one title per line", [{"field": "title"}], 8)
    kept, rail = _verified(tmp_path / "gullpost.yaml", "gullpost", {"sources": ["gullpost"]},
                           [good], masthead, pages)
    assert [d[0] for d in kept] == ["gullpost.gull-post-is-made"] and rail is None


def test_a_rule_that_takes_chrome_the_bundled_rules_read_as_title_or_story_stays(
        tmp_path: Path) -> None:
    """The bundled rules alone may read a source's masthead as every page's title, or its
    footer sentence as the story of a page whose story is a list; a rule that drops such a
    recurring line takes no page's own title or story, so suggest keeps it."""
    from collections import Counter

    from template_pages import ORCHARD_FOOTER, ORCHARD_MASTHEAD, write_orchard

    from declutter.io.input_files import expand
    from declutter.io.readers import read_all
    from declutter.pipeline import Pipeline
    from declutter.ruleset.site_file import RecurringLine as _Line
    from declutter.ruleset.suggest import _collect, _verified

    masthead, footer = ORCHARD_MASTHEAD, ORCHARD_FOOTER
    write_orchard(tmp_path / "orchard.jsonl")
    items = read_all(expand([str(tmp_path / "orchard.jsonl")]))
    bare = list(Pipeline().run(read_all(expand([str(tmp_path / "orchard.jsonl")]))))
    # what the file must put right: the masthead as title, the footer as a list page's story
    assert sum(r.title == masthead for r in bare) >= 6 and bare[3].text == footer
    pages = _collect(Pipeline(), items, "orchard", 50)

    def line(text: str) -> _Line:
        return _Line(texts=Counter({text: 12}), pages=12, places=Counter({"before": 12}))

    drops = [("orchard.masthead", line(masthead), {"text": masthead}),
             ("orchard.footer", line(footer), {"text": footer})]
    kept, _ = _verified(tmp_path / "orchard.yaml", "orchard", {"sources": ["orchard"]}, drops,
                        None, pages)
    assert [d[0] for d in kept] == ["orchard.masthead", "orchard.footer"]


@pytest.mark.parametrize("name", ["brackenwire.example", "www.brackenwire.example", "Bracken Wire",
                                  "brackenwire"])
def test_source_is_a_domain_or_a_site_name_as_records_name_it(tmp_path: Path, name: str) -> None:
    # HTML pages with a URL and no source: records name them by domain ("brackenwire.example",
    # dots kept), their og:site_name is "Bracken Wire"
    write_corpus(tmp_path / "raw.jsonl", BRACKEN, 8, seed=1)
    with (tmp_path / "raw.jsonl").open() as raw, (tmp_path / "corpus.jsonl").open("w") as out:
        for line in raw:
            page = json.loads(line)
            page["html"] = page["html"].replace(
                "<head>", '<head><meta property="og:site_name" content="Bracken Wire">', 1)
            out.write(json.dumps(page) + "\n")
    result = CliRunner().invoke(main, ["rules", "suggest", str(tmp_path / "corpus.jsonl"),
                                       "--source", name, "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 0, result.output
    assert "(from 8 pages)" in result.stderr


def test_an_unknown_source_lists_the_sources_of_the_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus.jsonl", BRACKEN, 6, seed=1)
    write_corpus(tmp_path / "dumps.jsonl", GULL, 4, seed=1)
    result = CliRunner().invoke(main, ["rules", "suggest", str(tmp_path / "corpus.jsonl"),
                                       str(tmp_path / "dumps.jsonl"), "--source", "quayside.example",
                                       "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1
    assert "0 usable pages of quayside.example" in result.output
    assert "brackenwire.example (6), gullpost (4)" in result.output
