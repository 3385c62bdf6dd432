"""The run report in a real browser: headless Chromium opens it from disk, runs its script,
and the rendered DOM and a screenshot are checked as a person would look at them.

Needs Debian's ``chromium`` (``.ci/run`` installs it when missing); skipped without it.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html
from report_data import COPY_ID, clean_samples, with_dedup, write_jsonl

from declutter.record import Record
from declutter.report import Limits, Timing, write_report
from declutter.summary import Summary

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
PAGE_SIZE = 6
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (Debian: apt-get install chromium)")


def chromium(workdir: Path, url: str, *args: str) -> bytes:
    """Run headless Chromium on ``url`` with a fresh profile; return its stdout."""
    assert CHROMIUM is not None
    profile = workdir / f"profile-{len(list(workdir.glob('profile-*')))}"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
               f"--user-data-dir={profile}", *args, url]
    result = subprocess.run(command, capture_output=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("report")
    records = with_dedup(clean_samples())
    jsonl = write_jsonl(folder / "run.jsonl", records)
    out = folder / "report.html"
    write_report(jsonl, out, Limits(page_size=PAGE_SIZE), timing=Timing(seconds=1.25, pages_per_second=21.6))
    return out, records


def rendered(tmp_path: Path, report: Path, fragment: str = "") -> lxml_html.HtmlElement:
    dom = chromium(tmp_path, report.as_uri() + fragment, "--dump-dom")
    doc = lxml_html.fromstring(dom)
    assert doc.get("data-report-ready") == "1"  # the page's own script ran
    return doc


def visible_pages(doc: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return [a for a in doc.cssselect("article.page") if a.get("hidden") is None]


def test_rendered_dom_shows_summary_removed_blocks_teasers_and_a_cluster(
        tmp_path: Path, report: tuple[Path, list[dict]]) -> None:
    path, records = report
    doc = rendered(tmp_path, path)
    summary = Summary()
    for record in records:
        summary.add(Record.from_dict(record))
    stat = {dd.get("id"): dd.text_content().strip() for dd in doc.cssselect(".stats dd")}
    assert stat["stat-read"] == str(summary.read) and stat["stat-errors"] == "2"
    assert stat["stat-cleaned"] == str(summary.cleaned) and stat["stat-teasers"] == str(summary.teasers)
    assert stat["stat-removed"] == str(sum(summary.removed.values()))
    assert stat["stat-seconds"] == "1.25 s" and stat["stat-rate"] == "21.6"
    # the script paginated: the first pages are visible, the status line says so
    assert doc.cssselect("#page-status")[0].text == f"1–{PAGE_SIZE} of {summary.read} pages"
    assert len(visible_pages(doc)) == PAGE_SIZE
    removed = [p for a in doc.cssselect("article.page") for p in a.cssselect("p.removed")]
    assert removed and all(p.cssselect("span.rule")[0].text == p.get("data-rule") for p in removed)
    assert all(p.cssselect("del")[0].text_content() for p in removed)
    assert any(a.cssselect(".teaser-card .t-title") for a in doc.cssselect("article.page"))
    [cluster] = doc.cssselect("article.cluster")
    assert COPY_ID in cluster.text_content() and cluster.cssselect(".diff ins")
    assert doc.cssselect("svg.hbars g.bar rect") and doc.cssselect("svg.histogram rect")


def test_filtering_by_rule_from_the_address(tmp_path: Path, report: tuple[Path, list[dict]]) -> None:
    path, records = report
    pages_with = {}
    for record in records:
        for rule in {r["rule"] for r in record.get("removed") or []}:
            pages_with.setdefault(rule, set()).add(record["id"])
    # a rule that fired on some pages but not on most
    rule, ids = min(((r, s) for r, s in pages_with.items() if 2 <= len(s) <= PAGE_SIZE),
                    key=lambda kv: (len(kv[1]), kv[0]))
    doc = rendered(tmp_path, path, f"#rule={rule}")
    shown = visible_pages(doc)
    assert {a.cssselect("code.page-id")[0].text for a in shown} == ids
    assert all(rule in a.get("data-rules").split() for a in shown)
    assert doc.cssselect("#page-status")[0].text == f"1–{len(ids)} of {len(ids)} pages"


def test_screenshot_and_no_request_to_anything_the_report_names(
        tmp_path: Path, report: tuple[Path, list[dict]]) -> None:
    path, records = report
    shot = tmp_path / "report.png"
    netlog = tmp_path / "net.json"
    chromium(tmp_path, path.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000",
             f"--log-net-log={netlog}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a drawn page, not a blank one
    # hosts the report links to (page and teaser URLs) are never contacted by opening it
    named = {urlsplit(r["url"]).hostname for r in records if r.get("url")}
    named |= {urlsplit(t["url"]).hostname for r in records for t in r.get("teasers") or [] if t.get("url")}
    named.discard(None)
    assert named  # the fixture has links
    requested = set(re.findall(r'"url":"([^"]+)"', netlog.read_text("utf-8", errors="replace")))
    hosts = {urlsplit(u).hostname for u in requested}
    assert not hosts & named
    assert {u for u in requested if u.startswith("file:")} <= {path.as_uri()}
