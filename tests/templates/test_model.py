"""Deciding and dropping a source's template (declutter/templates/model.py)."""

from __future__ import annotations

from pathlib import Path

from template_pages import BRACKEN, GULL, ORCHARD_FOOTER, stories, write_corpus, write_orchard

from declutter import Pipeline
from declutter.io.input_files import expand
from declutter.io.readers import read_all
from declutter.record import Record
from declutter.templates import MIN_PAGES
from declutter.templates.learn import run_with_templates
from declutter.templates.model import source_name

PROSE_CHROME = {GULL.app, GULL.newsletter, GULL.footer[0]}
"""Gull Post's chrome written as sentences: the dump reader keeps them as story when they
stand in (or next to) the story run, so only the template can tell them from it."""


def _clean(path: Path) -> list[Record]:
    return list(run_with_templates(Pipeline(), read_all(expand([str(path)]))))


def _plain(path: Path) -> list[Record]:
    return list(Pipeline().run(read_all(expand([str(path)]))))


def _paragraphs(record: Record) -> set[str]:
    return set(record.text.split("\n\n"))


def test_chrome_of_a_dump_source_goes_and_every_story_paragraph_stays(tmp_path: Path) -> None:
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 30)
    records = _clean(tmp_path / "gull.jsonl")
    plain = _plain(tmp_path / "gull.jsonl")
    assert sum(bool(_paragraphs(r) & PROSE_CHROME) for r in plain) >= 20  # the reader keeps them
    for record, bare, truth in zip(records, plain, truths, strict=True):
        assert not _paragraphs(record) & set(truth["chrome"]), record.id
        assert set(truth["story"].split("\n\n")) <= _paragraphs(record), record.id
        assert record.title == truth["title"]
        template = [r for r in record.removed or [] if r.rule == "template.gullpost"]
        assert {r.text for r in template} == _paragraphs(bare) & PROSE_CHROME, record.id
        assert all(r.seen is not None and 30 >= r.seen >= 6 for r in template)
        ats = [r.at for r in record.removed or []]
        assert ats == sorted(ats)  # the trail stays in page order, "at" recounted
        footer = next(r for r in record.removed or [] if r.text == GULL.footer[0])
        assert footer.at == len(record.text.split("\n\n"))
    # the footer sentence, alone after the teaser cards, is dropped by the reader itself; the
    # app pitch, inside the story run, is the template's: seen on every page that carries it
    carrying = sum(GULL.app in truth["chrome"] for truth in truths)
    apps = [(rec, r) for rec in records for r in rec.removed or []
            if r.rule == "template.gullpost" and r.text == GULL.app]
    assert apps and all(r.seen == carrying for _, r in apps)  # kept or removed by the reader
    rec, app = apps[0]
    assert next(r for r in rec.to_dict()["removed"] if r["text"] == app.text)["seen"] == carrying


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


def test_a_story_on_most_pages_of_its_source_is_still_story(tmp_path: Path) -> None:
    """The same story on 6 of 12 pages recurs above the threshold (5 pages); it is a copied
    story (dedup's business), not chrome, so no page loses it, while the footer sentence on
    every page still goes, also where it follows the copy. (The app pitch and newsletter
    line, on about as many pages as the copies, may stay inside a copy.)"""
    story = stories()[1]
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 12, story=story, every=2)
    records = _clean(tmp_path / "gull.jsonl")
    plain = _plain(tmp_path / "gull.jsonl")
    assert sum(t["story"] == "\n\n".join(story) for t in truths) == 6
    assert any(GULL.app in _paragraphs(r) for r in plain)  # the reader keeps it
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


def test_a_footer_on_every_page_after_a_copied_story_still_goes() -> None:
    """A story copied onto a few pages is protected as a run of recurring prose; the footer
    sentence seen on every page that directly follows it is not part of that run (its count
    is far above the copy's), so it goes while the copy stays."""
    from declutter.templates.model import TemplateCounts, mark

    pool = stories()
    copy = pool[1]
    footer = GULL.footer[0]
    pages = []
    for n in range(20):  # the copy on 5 pages (the threshold), the footer on all 20
        story = copy if n % 4 == 0 else pool[(n + 2) % len(pool)]
        pages.append(Record(id=f"g/{n}", source="gullpost", title=f"Headline {n}",
                            text="\n\n".join([*story, footer])))
    counts = TemplateCounts()
    for record in pages:
        counts.observe(record)
    for record in pages:
        mark(record, counts)
        assert footer not in _paragraphs(record), record.id
        assert any(r.rule == "template.gullpost" and r.text == footer
                   for r in record.removed or []), record.id
    for record in pages[::4]:
        assert set(copy) <= _paragraphs(record), record.id


def test_a_footer_left_as_a_list_pages_only_story_is_dropped(tmp_path: Path) -> None:
    """When the reader misses a page's story (a list of short lines, read as teasers) it may
    keep the site's footer sentence as the only story; a sentence on nearly every page of the
    source is its template, not a story copied onto it, so it goes."""
    footer = ORCHARD_FOOTER
    write_orchard(tmp_path / "orchard.jsonl")
    assert _plain(tmp_path / "orchard.jsonl")[3].text == footer  # what the reader leaves
    records = _clean(tmp_path / "orchard.jsonl")
    assert all(footer not in _paragraphs(r) for r in records)
    assert any(r.rule == "template.orchard" and r.text == footer for r in records[3].removed or [])


def test_keys_remembered_between_pages_are_the_keys_hashed_afresh(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """observe keeps the keys of a source's blocks between pages (chrome is hashed once);
    they are what hashing each page alone gives, also after the memory is forgotten at its
    bound, and a block keyed in one source is keyed afresh in another."""
    from declutter.templates import model

    write_corpus(tmp_path / "gull.jsonl", GULL, 12)
    write_corpus(tmp_path / "bracken.jsonl", BRACKEN, 12)
    records = _plain(tmp_path / "gull.jsonl") + _plain(tmp_path / "bracken.jsonl")
    monkeypatch.setattr(model, "_KNOWN_BLOCKS", 40)  # forgotten every few pages
    counts = model.TemplateCounts()
    for record in records:
        source = model.record_source(record)
        assert source is not None
        texts = [*_paragraphs_in_order(record), record.title]
        assert counts.observe(record) == model._keys(source, texts)
        assert counts._known_size <= 40 + len(texts) + len(record.removed or ())
    assert set(counts._known) <= {"gullpost", "brackenwire.example"}
    again = records[0]
    first = counts.observe(again)
    again.source = "elsewhere"  # the same blocks in another source: other keys
    other = counts.observe(again)
    assert other == model._keys("elsewhere", [*_paragraphs_in_order(again), again.title])
    assert all(a != b for a, b in zip(first, other, strict=True) if a)


def _paragraphs_in_order(record: Record) -> list[str]:
    return record.text.split("\n\n") if record.text else []
