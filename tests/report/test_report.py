"""The HTML run report, read back as a document: counts, removed blocks, teasers, clusters, bounds.

Records come from a real ``clean`` of the sample pages; dedup fields (``dup``, ``is_canonical``)
are added here by hand, as ``declutter dedup`` writes them.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html
from report_data import COPY_ID, SAMPLES, clean_samples, many_records, with_dedup, write_jsonl

from declutter.cli import main
from declutter.record import Record
from declutter.report import Limits, Timing, build, render, write_report
from declutter.report.charts import rule_bars, size_histogram
from declutter.report.diff import compare
from declutter.summary import Summary


@pytest.fixture(scope="module")
def sample_records() -> list[dict]:
    return clean_samples()


@pytest.fixture
def run_file(tmp_path: Path, sample_records: list[dict]) -> Path:
    return write_jsonl(tmp_path / "run.jsonl", with_dedup(sample_records))


def parse(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(path.read_bytes())


def text_of(doc: lxml_html.HtmlElement, css: str) -> str:
    [node] = doc.cssselect(css)
    return node.text_content().strip()


def article_of(doc: lxml_html.HtmlElement, page_id: str) -> lxml_html.HtmlElement:
    [article] = [a for a in doc.cssselect("article.page") if a.cssselect("code.page-id")[0].text == page_id]
    return article


def expected_summary(path: Path) -> Summary:
    summary = Summary()
    for line in path.read_text("utf-8").splitlines():
        summary.add(Record.from_dict(json.loads(line)))
    return summary


def test_summary_numbers_are_the_runs_counts(tmp_path: Path, run_file: Path) -> None:
    out = tmp_path / "r.html"
    write_report(run_file, out, timing=Timing(seconds=2.5, pages_per_second=12.0))
    doc = parse(out)
    want = expected_summary(run_file)
    assert want.errors == 2 and want.teasers > 0 and want.removed  # the fixture exercises them all
    assert text_of(doc, "#stat-read") == f"{want.read:,}"
    assert text_of(doc, "#stat-cleaned") == f"{want.cleaned:,}"
    assert text_of(doc, "#stat-errors") == "2"
    assert text_of(doc, "#stat-teasers") == f"{want.teasers:,}"
    assert text_of(doc, "#stat-removed") == f"{sum(want.removed.values()):,}"
    assert text_of(doc, "#stat-clusters") == "1"
    assert text_of(doc, "#stat-seconds") == "2.50 s"
    assert text_of(doc, "#stat-rate") == "12.0"
    # the bar chart has one bar per rule (up to the cap), the longest first, with its count
    top_rule, top_count = want.removed.most_common(1)[0]
    first_bar = doc.cssselect("svg.hbars g.bar")[0]
    assert first_bar.get("data-rule-filter") == top_rule
    assert first_bar.cssselect("text.value")[0].text == str(top_count)
    # errors grouped by message, with example ids
    rows = [[c.text_content().strip() for c in tr] for tr in doc.cssselect("table.errors tbody tr")]
    assert rows == [["ValueError", "2", "broken/page.html, broken/other.html"]]


def test_without_timing_run_time_is_not_invented(tmp_path: Path, run_file: Path) -> None:
    out = tmp_path / "r.html"
    write_report(run_file, out)
    doc = parse(out)
    assert text_of(doc, "#stat-seconds") == "–" and text_of(doc, "#stat-rate") == "–"


def test_removed_blocks_are_struck_through_with_their_rule(tmp_path: Path, run_file: Path,
                                                           sample_records: list[dict]) -> None:
    out = tmp_path / "r.html"
    write_report(run_file, out)
    doc = parse(out)
    record = next(r for r in sample_records  # one whose removed blocks the report shows whole
                  if 0 < len(r["removed"]) <= 60 and all(len(x["text"]) <= 400 for x in r["removed"]))
    article = article_of(doc, record["id"])
    shown = [(p.get("data-rule"), p.cssselect("span.rule")[0].text, p.cssselect("del")[0].text_content())
             for p in article.cssselect("p.removed")]
    want = [(r["rule"], r["rule"], r["text"]) for r in record["removed"]]
    assert shown == want
    assert set(article.get("data-rules").split()) == {r["rule"] for r in record["removed"]}


def test_removed_blocks_stand_in_place_when_positions_are_given(tmp_path: Path) -> None:
    record = Record(id="p", title="T", text="First.\n\nSecond.\n\nThird.").to_dict()
    record["removed"] = [{"rule": "global.share", "text": "Share this", "at": 0},
                         {"rule": "global.comments", "text": "12 comments", "at": 2},
                         {"rule": "global.copyright", "text": "© Paper", "at": 3}]
    out = tmp_path / "r.html"
    write_report(write_jsonl(tmp_path / "o.jsonl", [record]), out)
    story = parse(out).cssselect("article.page .story")[0]
    order = [(p.get("data-rule") or p.text_content().strip()) for p in story.cssselect("p")]
    assert order == ["global.share", "First.", "Second.", "global.comments", "Third.", "global.copyright"]
    assert not story.cssselect(".unplaced")


def test_removed_blocks_without_positions_are_listed_after_the_story(tmp_path: Path) -> None:
    record = Record(id="p", title="T", text="First.\n\nSecond.").to_dict()
    record["removed"] = [{"rule": "global.share", "text": "Share this"}]
    out = tmp_path / "r.html"
    write_report(write_jsonl(tmp_path / "o.jsonl", [record]), out)
    story = parse(out).cssselect("article.page .story")[0]
    assert [p.text_content() for p in story.xpath("./p")] == ["First.", "Second."]
    assert story.cssselect(".unplaced p.removed")[0].get("data-rule") == "global.share"


def test_teasers_are_cards(tmp_path: Path, run_file: Path, sample_records: list[dict]) -> None:
    out = tmp_path / "r.html"
    write_report(run_file, out)
    doc = parse(out)
    record = next(r for r in sample_records if 0 < len(r["teasers"]) <= 12)
    article = article_of(doc, record["id"])
    cards = article.cssselect(".teaser-card")
    assert len(cards) == len(record["teasers"])
    for card, teaser in zip(cards, record["teasers"], strict=True):
        title = teaser["title"] or teaser["url"] or "(no title)"
        assert card.cssselect(".t-title")[0].text_content() == title
        if teaser["url"]:
            assert card.cssselect(".t-title a")[0].get("href") == teaser["url"]


def test_cluster_shows_both_copies_with_differences(tmp_path: Path, run_file: Path) -> None:
    out = tmp_path / "r.html"
    write_report(run_file, out)
    doc = parse(out)
    [cluster] = doc.cssselect("article.cluster")
    assert "2 pages" in cluster.cssselect(".badge")[0].text
    [pair] = cluster.cssselect(".pair")
    left, right = pair.cssselect(".side")
    assert "canonical" in left.cssselect(".tag")[0].text
    assert right.cssselect(".page-id")[0].text_content() == COPY_ID
    assert {i.text for i in right.cssselect(".diff ins")} >= {"REWORDED"}
    assert left.cssselect(".diff del")  # the words the copy replaced
    assert "0.83" in right.cssselect(".similarity")[0].text_content()
    # the copy's page carries a badge naming its cluster; lone pages carry none
    badges = [b.text_content() for b in doc.cssselect("article.page .badge.dup")]
    assert len(badges) == 2 and any("similarity 0.83" in b for b in badges)
    assert doc.cssselect("svg.histogram g.bin text.label")[0].text == "2"


def test_output_without_dedup_fields(tmp_path: Path, sample_records: list[dict]) -> None:
    out = tmp_path / "r.html"
    write_report(write_jsonl(tmp_path / "clean.jsonl", sample_records), out)
    doc = parse(out)
    assert text_of(doc, "#stat-clusters") == "–"
    assert not doc.cssselect("article.cluster") and not doc.cssselect(".badge.dup")
    assert "No dedup information" in text_of(doc, "#duplicates")


def test_the_report_is_self_contained_and_escapes_page_content(tmp_path: Path) -> None:
    hostile = Record(id="x", title="<script>alert(1)</script>", text="<img src=http://evil.example/x.png>",
                     url="javascript:alert(1)").to_dict()
    hostile["teasers"] = [{"title": "t", "source": None, "age": None, "text": None,
                           "url": "http://fine.example/a"}]
    out = tmp_path / "r.html"
    write_report(write_jsonl(tmp_path / "o.jsonl", [hostile]), out)
    doc = parse(out)
    assert len(doc.cssselect("script")) == 1 and doc.cssselect("script")[0].get("src") is None
    assert not doc.cssselect("link, img, iframe, object, embed, [src]")
    assert "url(" not in text_of(doc, "style") and "@import" not in text_of(doc, "style")
    csp = doc.cssselect('meta[http-equiv="Content-Security-Policy"]')[0].get("content")
    assert "default-src 'none'" in csp
    assert [a.get("href") for a in doc.cssselect("a[href]") if not a.get("href").startswith("#")] == [
        "http://fine.example/a"]  # the javascript: URL is shown as text, never linked
    assert "<script>alert(1)</script>" in text_of(doc, "article.page h3")


def test_large_runs_are_sampled_and_bounded(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", many_records(3000))
    limits = Limits(max_pages=60, per_rule=5, per_source=2, max_clusters=10)
    report = build(path, limits)
    assert report.sampled and len(report.pages) == 60
    assert report.summary["read"] == 3000
    shown_rules = {rule for page in report.pages for rule in page.rules}
    assert shown_rules == {"global.share", "global.comments", "site.rare"}  # the rare rule is not lost
    assert {page.source for page in report.pages} == {f"Feed {k}" for k in range(12)}
    assert len(report.clusters) == 10 and report.cluster_count == 40
    options = {o.value: (o.pages, o.shown) for o in report.rule_options}
    assert options["global.comments"][0] == 300 and options["site.rare"] == (1, 1)
    html = render(report)
    small = render(build(path, Limits(max_pages=60, per_rule=5, per_source=2, max_clusters=10)))
    assert len(html.encode()) < 400_000 and len(html) == len(small)  # bounded and reproducible
    assert "Showing <strong>60</strong> of 3,000 pages" in html


def test_rule_option_keeps_only_matching_pages(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", many_records(400))
    report = build(path, Limits(max_pages=1000), rules=("global.comments",))
    assert len(report.pages) == 40 and all("global.comments" in p.rules for p in report.pages)
    assert report.summary["read"] == 400  # counts still cover the whole run


def test_gzip_input_and_bad_lines(tmp_path: Path, sample_records: list[dict]) -> None:
    path = tmp_path / "run.jsonl.gz"
    lines = [json.dumps(r) for r in sample_records[:3]] + ["{not json", "[1, 2]"]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    report = build(path)
    assert report.summary["read"] == 3 and report.bad_lines == 2
    assert report.first_bad is not None and report.first_bad.startswith("line 4:")


def test_charts_geometry() -> None:
    from collections import Counter

    bars = rule_bars(Counter({f"r{i}": 100 - i for i in range(30)}), limit=25)
    assert len(bars) == 26 and bars[0].share == 1.0 and bars[0].key == "r0"
    assert bars[-1].label == "5 more rules" and bars[-1].key is None and bars[-1].value == sum(range(71, 76))
    assert bars[-1].rest and not any(b.rest for b in bars[:-1]) and bars[24].share == 76 / 100
    hist = size_histogram([1, 2, 2, 3, 7, 8, 60])
    assert [(b.label, b.value) for b in hist] == [("2", 2), ("3", 1), ("4", 0), ("5", 0), ("6–10", 2),
                                                  ("11–20", 0), ("21–50", 0), ("51–100", 1)]
    assert size_histogram([1, 1]) == []


def test_word_diff_marks_only_what_differs() -> None:
    result = compare("the cat sat on the mat", "the dog sat on the mat today")
    assert [(s.text, s.changed) for s in result.left] == [
        ("the", False), ("cat", True), ("sat on the mat", False)]
    assert [(s.text, s.changed) for s in result.right] == [
        ("the", False), ("dog", True), ("sat on the mat", False), ("today", True)]
    assert 0.7 < result.matching < 0.8 and not result.cut
    assert compare("a " * 20, "a " * 20, max_words=10).cut


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_report_command_writes_and_says_the_size(tmp_path: Path, run_file: Path) -> None:
    code, output = run_cli("report", str(run_file))
    out = tmp_path / "run.report.html"
    assert code == 0, output
    size = out.stat().st_size
    assert re.search(rf"report: .*run\.report\.html \(\d+ KB, {size:,} bytes; all \d+ pages shown", output)
    code, output = run_cli("report", str(run_file), "-o", str(tmp_path / "x" / "r.html"), "--max-pages", "3")
    assert code == 0 and "3 of" in output and (tmp_path / "x" / "r.html").exists()


def test_report_command_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\nworld\n")
    code, output = run_cli("report", str(bad))
    assert code == 1 and "holds no declutter records" in output and "Traceback" not in output
    code, output = run_cli("report", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "does not exist" in output


def test_clean_report_option(tmp_path: Path) -> None:
    out, html = tmp_path / "clean.jsonl", tmp_path / "report.html"
    code, output = run_cli("clean", str(SAMPLES / "dumps"), "-o", str(out), "--report", str(html),
                           "--no-progress")
    assert code == 0, output
    assert "report: " in output and html.exists()
    doc = parse(html)
    assert text_of(doc, "#stat-read") == str(len(out.read_text().splitlines()))
    assert text_of(doc, "#stat-seconds").endswith(" s")  # a live run knows its time
    code, output = run_cli("clean", str(SAMPLES / "dumps"), "--report", str(html))
    assert code == 2 and "--report needs -o" in output


def test_long_pages_are_cut_with_a_note(tmp_path: Path) -> None:
    record = Record(id="long", title="T", text="\n\n".join(["word " * 400] * 10)).to_dict()
    record["removed"] = [{"rule": "global.share", "text": "x" * 1000}] * 70
    record["teasers"] = [{"title": f"t{i}", "source": None, "age": None, "text": "y" * 900, "url": None}
                         for i in range(15)]
    limits = Limits(max_story_chars=3000, max_removed=60, max_removed_chars=400, max_teasers=12,
                    max_teaser_chars=300)
    [page] = build(write_jsonl(tmp_path / "o.jsonl", [record]), limits).pages
    story = [s for s in page.body if s.kind == "story"]
    # ten paragraphs of 2,000 characters: the first whole, 1,000 of the second, the rest left out
    assert [len(s.text) for s in story] == [2000, 1000] and story[1].text.endswith("…")
    assert page.story_omitted == 1000 + 8 * 2000
    assert len(page.unplaced) == 60 and page.removed_omitted == 10
    assert all(len(s.text) == 401 and s.omitted == 600 for s in page.unplaced)
    assert len(page.teasers) == 12 and page.teasers_omitted == 3
    assert all(len(t.text or "") == 301 for t in page.teasers)


def test_output_without_audit_trail(tmp_path: Path) -> None:
    record = Record(id="n", title="T", text="Story.", removed=None).to_dict()
    assert "removed" not in record
    out = tmp_path / "r.html"
    write_report(write_jsonl(tmp_path / "o.jsonl", [record]), out)
    doc = parse(out)
    assert "No audit trail" in text_of(doc, "article.page")
    assert "No block was removed" in doc.cssselect("#summary")[0].text_content()
