"""Deciding and dropping a source's template (declutter/templates/model.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from template_pages import BRACKEN, GULL, stories, write_corpus

from declutter import Pipeline
from declutter.io.readers import expand, read_all
from declutter.record import Record
from declutter.templates import MIN_PAGES
from declutter.templates.learn import run_with_templates
from declutter.templates.model import source_name

READER_TOOK_THE_CHROME = pytest.mark.xfail(
    reason="since the dump reader (issue 12) reads mastheads, meta lines and teaser headings by "
           "their shape, this corpus leaves templates little to learn, and one footer joins a "
           "copied story run: these tests need chrome the reader keeps (open, issue 15)",
    strict=True)


def _clean(path: Path) -> list[Record]:
    return list(run_with_templates(Pipeline(), read_all(expand([str(path)]))))


def _paragraphs(record: Record) -> set[str]:
    return set(record.text.split("\n\n"))


@READER_TOOK_THE_CHROME
def test_chrome_of_a_dump_source_goes_and_every_story_paragraph_stays(tmp_path: Path) -> None:
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 30)
    records = _clean(tmp_path / "gull.jsonl")
    for record, truth in zip(records, truths, strict=True):
        assert not _paragraphs(record) & set(truth["chrome"]), record.id
        assert set(truth["story"].split("\n\n")) <= _paragraphs(record), record.id
        assert record.title == truth["title"]  # not the masthead line above it
        template = [r for r in record.removed or [] if r.rule == "template.gullpost"]
        assert {r.text for r in template} >= {"GULL POST", "Gull Post also flew"}
        assert all(r.seen is not None and 30 >= r.seen >= 6 for r in template)
        ats = [r.at for r in record.removed or []]
        assert ats == sorted(ats)  # the trail stays in page order, "at" recounted
        footer = next(r for r in record.removed or [] if r.text == GULL.footer[0])
        assert footer.at == len(record.text.split("\n\n"))
    masthead = next(r for r in records[0].removed or [] if r.text == "GULL POST")
    assert masthead.seen == 30 and masthead.at == 0
    assert records[0].to_dict()["removed"][0]["seen"] == 30


def test_html_source_is_named_by_its_domain(tmp_path: Path) -> None:
    truths = write_corpus(tmp_path / "bracken.jsonl", BRACKEN, 24)
    records = _clean(tmp_path / "bracken.jsonl")
    rules = {r.rule for rec in records for r in rec.removed or []}
    assert "template.brackenwire.example" in rules
    for record, truth in zip(records, truths, strict=True):
        assert not _paragraphs(record) & set(truth["chrome"]), record.id
        assert set(truth["story"].split("\n\n")) <= _paragraphs(record), record.id


def test_too_few_pages_of_a_source_teach_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "gull.jsonl", GULL, MIN_PAGES - 1)
    with_templates = _clean(tmp_path / "gull.jsonl")
    without = list(Pipeline().run(read_all(expand([str(tmp_path / "gull.jsonl")]))))
    assert [r.to_dict() for r in with_templates] == [r.to_dict() for r in without]


def test_two_copies_of_one_story_keep_their_story(tmp_path: Path) -> None:
    story = stories()[1]
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 12, story=story, every=6)
    records = _clean(tmp_path / "gull.jsonl")
    copies = [r for r, t in zip(records, truths, strict=True) if t["story"] == "\n\n".join(story)]
    assert len(copies) == 2
    for record in copies:
        assert set(story) <= _paragraphs(record)


@READER_TOOK_THE_CHROME
def test_a_story_on_most_pages_of_its_source_is_still_story(tmp_path: Path) -> None:
    """The same story on 6 of 12 pages recurs above the threshold (5 pages); it is a copied
    story (dedup's business), not chrome, so no page loses it, while the lines on every page
    still go. (The app pitch and newsletter line, on fewer pages than the copies, may stay.)"""
    story = stories()[1]
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 12, story=story, every=2)
    records = _clean(tmp_path / "gull.jsonl")
    assert sum(t["story"] == "\n\n".join(story) for t in truths) == 6
    for record, truth in zip(records, truths, strict=True):
        assert set(truth["story"].split("\n\n")) <= _paragraphs(record), record.id
        assert not _paragraphs(record) & set(truth["chrome"]) - {GULL.app, GULL.newsletter}
        assert record.title == truth["title"]


def test_source_name_prefers_the_feed_name_then_the_host() -> None:
    assert source_name("Gull Post", "https://www.x.example/a", {}) == "gull-post"
    assert source_name(None, "https://www.x.example/a", {}) == "x.example"
    assert source_name(None, None, {"canonical_url": "https://y.example/"}) == "y.example"
    assert source_name(None, None, {"site_name": "Zed"}) == "zed"
    assert source_name(None, None, {}) is None
