"""The library as pipelines call it: the inputs callers hold, the one-call extract(), workers
that use the rules they were given, input keys that never clobber output fields, dates."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import pickle
from pathlib import Path

import pytest
from locations import SAMPLES
from lxml import etree
from lxml import html as lxml_html

import declutter
from declutter import Pipeline, RawPage, RuleSet, clean_html, clean_text
from declutter.integrations.datatrove import DeclutterStep

HTML = SAMPLES / "html" / "coastline-times.html"
DUMP = SAMPLES / "dumps" / "daily8-dump.txt"

# A made-up aggregator whose teaser list only a rule file of the caller's knows about.
DOCK_RULES = """\
name: dockside
scope:
  markers: ["Dockside picks"]
rules:
  - id: dockside.picks
    description: one teaser per line after the marker
    match: {text: "Dockside picks"}
    action: teasers
    pattern:
      - field: line
        match: {regex: '^(?P<title>.+) \\((?P<source>[^,()]+), (?P<age>[^()]+)\\)$'}
"""
DOCK_PAGE = """\
Harbour cranes stand idle as dock strike enters second week
Dock workers walked out on Monday, halting traffic at the country's largest container port.
The union said the strike would continue until a new wage offer was tabled by the operator.
Shipping lines have started diverting vessels to smaller ports further along the coast.
Dockside picks
Freight rates climb as ships queue offshore (Port Ledger, 2 days ago)
Ferry timetable cut for the winter (Coastal Wire, yesterday)
Insurers raise premiums for stranded cargo (Sea Post, 3 hours ago)
"""


@pytest.fixture(scope="module")
def dock_rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("dock-rules")
    (folder / "dockside.yaml").write_text(DOCK_RULES, "utf-8")
    return RuleSet.load([folder])


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def dock_items(n: int = 3) -> list[RawPage]:
    return [RawPage(f"dock-{i}", "text", DOCK_PAGE) for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_use_the_rules_the_pipeline_was_built_with(dock_rules: RuleSet, jobs: int) -> None:
    records = list(Pipeline(rules=dock_rules).run(dock_items(), jobs=jobs))
    assert [len(r.teasers) for r in records] == [3, 3, 3]
    assert records[0].teasers[0].source == "Port Ledger"
    # the caller's rule decided the marker line in every worker
    assert all(_rule_of("Dockside picks", r) == "dockside.picks" for r in records)


def _rule_of(text: str, record: declutter.Record) -> str | None:
    return next((r.rule for r in record.removed or [] if r.text == text), None)


def test_bundled_rules_alone_do_not_read_dockside_teasers_the_same() -> None:
    # the test above would pass vacuously if the bundled rules decided the page the same way
    # (the structure reader finds the cards by their shape, but not through the caller's rule)
    assert _rule_of("Dockside picks", clean_text(DOCK_PAGE)) not in (None, "dockside.picks")


def test_rules_pickle_as_the_files_they_came_from(dock_rules: RuleSet) -> None:
    # what a spawned worker (macOS, Windows, forkserver) gets instead of the forked copy
    again = pickle.loads(pickle.dumps(Pipeline(rules=dock_rules, audit=False)))
    assert again.audit is False and [f.path for f in again.rules.files] == [
        f.path for f in dock_rules.files]
    assert len(again.clean(dock_items(1)[0]).teasers) == 3


def test_rules_that_cannot_reach_a_spawned_worker_are_refused(
        dock_rules: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    handmade = RuleSet(dock_rules.files)  # not from RuleSet.load: no files to reload from
    assert len(list(Pipeline(rules=handmade).run(dock_items(2), jobs=2))[1].teasers) == 3  # fork
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda *a, **k: "spawn")
    with pytest.raises(ValueError, match="worker processes"):
        next(Pipeline(rules=handmade).run(dock_items(), jobs=2))


def test_run_takes_what_callers_hold(pipe: Pipeline) -> None:
    markup = HTML.read_text("utf-8")
    soup = pytest.importorskip("bs4").BeautifulSoup(markup, "html.parser")
    tree = lxml_html.fromstring(markup.encode("utf-8"))
    inputs = [markup, markup.encode("utf-8"), gzip.compress(markup.encode("utf-8")),
              {"id": "as-dict", "html": markup, "lang": "en"}, RawPage("raw", "html", markup),
              soup, tree, etree.ElementTree(tree)]
    records = list(pipe.run(inputs))
    assert [r.id for r in records] == ["page-1", "page-2", "page-3", "as-dict", "raw", "page-6",
                                       "page-7", "page-8"]
    assert all(r.error is None for r in records), [r.error for r in records]
    assert len({(r.title, r.text) for r in records}) == 1
    assert records[3].extra == {"lang": "en"}
    assert etree.tostring(tree) == etree.tostring(lxml_html.fromstring(markup.encode("utf-8")))


def test_lxml_trees_cross_to_worker_processes(pipe: Pipeline) -> None:
    tree = lxml_html.fromstring(HTML.read_bytes())
    one, two = (list(pipe.run([tree, HTML.read_bytes()], jobs=j)) for j in (1, 2))
    assert [r.to_dict() for r in one] == [r.to_dict() for r in two]
    assert one[0].text == one[1].text != ""


@pytest.mark.parametrize("jobs", [1, 2])
def test_not_a_page_is_an_error_record_in_its_place(pipe: Pipeline, jobs: int) -> None:
    html = HTML.read_bytes()
    records = list(pipe.run([html, 42, None, html], jobs=jobs))
    assert [r.id for r in records] == ["page-1", "page-2", "page-3", "page-4"]
    assert records[1].error.startswith("TypeError: not a page: int")
    assert records[2].error.startswith("TypeError: not a page: NoneType")
    assert records[0].error is records[3].error is None and records[0].text == records[3].text != ""
    with pytest.raises(TypeError, match="not a page"):  # one object that is not a page: a caller bug
        pipe.clean(42)


def test_clean_html_takes_gzipped_bytes() -> None:
    plain = clean_html(HTML.read_bytes())
    zipped = clean_html(gzip.compress(HTML.read_bytes()))
    assert zipped.error is None and zipped == plain
    assert clean_text(gzip.compress(DUMP.read_bytes())).teasers == clean_text(DUMP.read_bytes()).teasers
    broken = clean_html(gzip.compress(HTML.read_bytes())[:300])
    assert broken.error and "gzip" in broken.error


def test_extract_formats() -> None:
    page = HTML.read_bytes()
    text = declutter.extract(page)
    assert text.startswith("Tidal barrier plan approved for Whitby harbour")
    assert "\n\nPlans for a £38 million tidal barrier" in text
    markdown = declutter.extract(page, output_format="markdown")
    assert markdown.startswith("# Tidal barrier plan approved")
    assert "\n\n## Fishing fleet concerns\n\n" in markdown  # an <h2> in the story
    record = json.loads(declutter.extract(page, url="https://x.example/a", output_format="json"))
    assert record["id"] == "page" and record["url"] == "https://x.example/a"
    assert declutter.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>") is None
    with pytest.raises(ValueError, match="output_format"):
        declutter.extract(page, output_format="xml")


def test_extract_reads_a_dump_as_the_cli_does() -> None:
    """fresh13 E4: a str or bytes without markup is a text dump, as ``declutter clean`` reads a
    file of no known extension: the story without its share row, footer or teasers (it came
    back whole, as one HTML paragraph); ``input_format`` says which it is."""
    dump = DUMP.read_text("utf-8")
    record = clean_text(dump, id="page")
    expected = record.title + "\n\n" + record.text
    for page in (dump, dump.encode(), gzip.compress(dump.encode())):
        assert declutter.extract(page) == declutter.extract(page, input_format="text") == expected
    as_html = declutter.extract(dump, input_format="html")  # the old reading: one paragraph
    assert as_html != expected and record.teasers[0].title in as_html
    assert json.loads(declutter.extract(dump, output_format="json"))["teasers"]
    [from_run] = Pipeline().run([dump])
    assert from_run.text == record.text
    # a Welsh page of markup that starts with no doctype or <html> is still HTML
    para = ("Mae'r cyngor wedi cyhoeddi y bydd y llyfrgell yn aros ar agor drwy'r gaeaf, "
            "wedi i dros dair mil o bobl arwyddo deiseb yn galw am ei hachub.")
    fragment = f"<article><h1>Y llyfrgell yn aros ar agor</h1><p>{para}</p><p>{para}</p></article>"
    assert declutter.extract(fragment) == f"Y llyfrgell yn aros ar agor\n\n{para}\n\n{para}"
    with pytest.raises(ValueError, match="input_format"):
        declutter.extract(dump, input_format="pdf")
    with pytest.raises(ValueError, match="input_format"):
        declutter.extract({"text": dump}, input_format="text")


def test_markdown_writes_a_description_list_q_and_a_as_bold_lines_and_paragraphs() -> None:
    """fresh13 H6: an interview in a ``<dl>`` (each question a ``<dt>``, each answer a ``<dd>``)
    came out as bullets; a term is a bold line and its description a paragraph."""
    answers = ["Ayah saya menanam pohon pertama pada tahun delapan puluhan, dan saya melanjutkan "
               "kebun itu setelah lulus kuliah di Yogyakarta.",
               "Abu vulkanik menutupi daun selama berbulan-bulan, sehingga panen turun hampir "
               "setengahnya dan kami harus menanam ulang sebagian lahan.",
               "Kami ingin menjual langsung ke kedai di kota, tanpa perantara, agar petani "
               "mendapat harga yang lebih adil untuk biji mereka."]
    questions = ["Bagaimana awal mula Anda menanam kopi?", "Apa tantangan terbesar setelah erupsi?",
                 "Apa rencana Anda untuk koperasi desa?"]
    intro = ("Kami berbincang dengan Sri Wahyuni, yang mengelola kebun kopi keluarganya di lereng "
             "Gunung Merapi sejak tahun 2009.")
    pairs = "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in zip(questions, answers, strict=True))
    page = ("<html><body><nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav><article>"
            f"<h1>Wawancara: petani kopi dari lereng Merapi</h1><p>{intro}</p><dl>{pairs}</dl>"
            "</article></body></html>")
    md = declutter.extract(page.replace(" koperasi desa?", " <a href='/koperasi'>koperasi</a> desa?"),
                           url="https://kabar.example/wawancara", output_format="markdown")
    questions[2] = "Apa rencana Anda untuk [koperasi](https://kabar.example/koperasi) desa?"
    body = "\n\n".join(f"**{q}**\n\n{a}" for q, a in zip(questions, answers, strict=True))
    assert md == f"# Wawancara: petani kopi dari lereng Merapi\n\n{intro}\n\n{body}"


def test_markdown_keeps_lists_tables_links() -> None:
    sentence = "The council published the figures on Friday after a recount in two wards. "
    page = (
        "<html><body><article><h1>How each ward voted</h1>"
        f"<p>{sentence * 2}See the <a href='/results/full'>full results</a> for every ward.</p>"
        "<h2>Turnout</h2><table><tr><th>Ward</th><th>Turnout</th></tr>"
        "<tr><td>Riverside</td><td>58%</td></tr><tr><td>Old Town</td><td>44%</td></tr></table>"
        f"<p>{sentence * 2}</p><ol><li>Roads repaired first</li><li>Library kept open</li></ol>"
        f"<p>{sentence}</p><ul><li>Green: 3 seats</li><li>Labour: 2 seats</li></ul>"
        f"<p>{sentence * 2}</p></article></body></html>")
    md = declutter.extract(page, url="https://votes.example/2025/", output_format="markdown")
    assert md.startswith("# How each ward voted\n\n")
    assert "[full results](https://votes.example/results/full)" in md
    assert "## Turnout\n\n| Ward | Turnout |\n| --- | --- |\n| Riverside | 58% |\n| Old Town | 44% |" in md
    assert "1. Roads repaired first\n1. Library kept open" in md
    assert "- Green: 3 seats\n- Labour: 2 seats" in md


def test_markdown_quotes_every_block_of_a_blockquote() -> None:
    # fresh-user kind 8: a quote made of <p>s came out as plain paragraphs, and only a <cite>
    # line (the quote's bare text) got its "> "
    sentence = "Der Gemeinderat hat am Dienstag den neuen Radweg entlang der Ill beschlossen. "
    page = (
        "<html><body><article><h1>Radweg an der Ill kommt</h1>"
        f"<p>{sentence * 3}</p>"
        "<blockquote><p>Wir haben lange genug gewartet.</p><p>Jetzt wird gebaut, noch vor dem "
        "Sommer.</p><cite>Bürgermeisterin Anna Roth</cite></blockquote>"
        f"<p>{sentence * 2}</p><blockquote>Ein Zitat aus der Sitzung.</blockquote>"
        "<blockquote><p>Ein zweites Zitat, ein anderer Sprecher.</p></blockquote>"
        f"<p>{sentence * 2}</p></article></body></html>")
    md = declutter.extract(page, output_format="markdown")
    assert ("\n\n> Wir haben lange genug gewartet.\n>\n> Jetzt wird gebaut, noch vor dem Sommer."
            "\n>\n> Bürgermeisterin Anna Roth\n\n") in md  # one quote, its lines all quoted
    # two quotes in a row stay two quotes (a blank line between, not a quoted one)
    assert "\n\n> Ein Zitat aus der Sitzung.\n\n> Ein zweites Zitat, ein anderer Sprecher.\n\n" in md
    assert md.count("\n> ") == 5  # no other line quoted


def test_listing_page_gives_its_teasers_not_an_error() -> None:
    # fresh-user kind 9: on a listing page (cards, no story) the README promised an error
    # record and None, the code gave a record with its teasers and extract() gave the bare
    # title ("Business news\n\n"); now README and code agree: the record keeps its teasers,
    # text and Markdown give the teasers (issue 13 kind 5: the best text, not an error)
    cards = [("/sports/1", "시민 마라톤 대회 내일 열려", "도심 구간 교통이 오전 내내 통제된다."),
             ("/sports/2", "프로 농구 개막전 매진 기록", "올 시즌 첫 경기 표가 하루 만에 모두 팔렸다."),
             ("/sports/3", "수영장 새 단장 마치고 재개장", "두 달 동안의 보수 공사를 마치고 다시 문을 연다.")]
    page = ("<html><body><nav><a href='/'>홈</a> <a href='/sports'>스포츠</a></nav><main>"
            "<h1>스포츠 소식</h1><ul>" + "".join(
                f"<li><a href='{u}'><h2>{t}</h2></a><span>2026-12-0{i}</span><p>{x}</p></li>"
                for i, (u, t, x) in enumerate(cards, 1)) + "</ul></main></body></html>")
    record = json.loads(declutter.extract(page, url="https://ko.example/sports", output_format="json"))
    assert record["error"] is None and record["text"] == ""
    assert [t["title"] for t in record["teasers"]] == [t for _, t, _ in cards]
    text = declutter.extract(page)
    assert text == "\n\n".join(["스포츠 소식", *(f"{t}\n\n{x}" for _, t, x in cards)])
    md = declutter.extract(page, url="https://ko.example/sports", output_format="markdown")
    assert md.startswith("# 스포츠 소식\n\n## [시민 마라톤 대회 내일 열려](https://ko.example/sports/1)\n\n"
                         "도심 구간 교통이 오전 내내 통제된다.\n\n## [프로 농구")
    # a page with neither story nor teasers is still an error record, and None
    assert declutter.extract("<html><body><nav><a href='/'>홈</a></nav></body></html>") is None


def test_input_keys_never_clobber_output_fields(pipe: Pipeline) -> None:
    clash = {"id": "x", "text": DUMP.read_text("utf-8"), "title": "input title", "error": "in",
             "teasers": "in", "meta": 1, "lang": "en"}
    good = pipe.clean(clash)
    out = good.to_dict()
    assert list(out) == ["id", "url", "source", "title", "text", "teasers", "removed", "meta",
                         "error", "input"]
    assert out["error"] is None and out["title"] != "input title" and len(out["teasers"]) == 3
    assert out["input"] == {"title": "input title", "error": "in", "teasers": "in", "meta": 1,
                            "lang": "en"}
    # an input key "error" on a page that fails used to raise TypeError and end the run
    bad = next(pipe.run([{"id": "y", "html": "", "error": "in", "lang": "de"}]))
    assert bad.error and bad.to_dict()["input"] == {"error": "in", "lang": "de"}
    assert declutter.Record.from_dict(out) == good


def test_dates_are_iso_8601_utc(pipe: Pipeline) -> None:
    feed = list(pipe.run(pipe.read([str(SAMPLES / "feeds" / "harbour-light.rss")])))
    assert feed[0].meta["published"] == "2025-04-08T08:30:00Z"  # RFC 822 in the feed
    html = clean_html(SAMPLES.joinpath("html", "lefil.html").read_bytes())
    assert html.meta["published"] == "2025-07-02T09:20:00Z"  # 11:20+02:00 in the page
    dumped = pipe.clean({"id": "d", "text": DUMP.read_text("utf-8"),
                               "fetched_at": "Tue, 10 Jun 2025 14:30:00 +0200"})
    assert dumped.meta["fetched_at"] == "2025-06-10T12:30:00Z"


def test_pandas_column_map() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"html": [HTML.read_text("utf-8"), "<p></p>"]})
    df["story"] = df["html"].map(declutter.extract)
    assert df["story"][0].startswith("Tidal barrier plan") and df["story"].isna()[1]


def test_generator_pipeline_streams(pipe: Pipeline) -> None:
    pulled = []

    def pages():  # a scraper's generator: nothing is read ahead of what was asked for
        for i in range(1000):
            pulled.append(i)
            yield {"id": f"p{i}", "text": DOCK_PAGE}

    records = pipe.run(pages())
    first = [next(records) for _ in range(3)]
    assert [r.id for r in first] == ["p0", "p1", "p2"] and len(pulled) == 3


def test_datatrove_style_step() -> None:
    class Document:  # the shape of datatrove.data.Document
        def __init__(self, text: str, id: str, metadata: dict | None = None) -> None:
            self.text, self.id, self.metadata = text, id, metadata or {}

    docs = [Document(HTML.read_text("utf-8"), "a", {"url": "https://coast.example/a"}),
            Document("<html><body></body></html>", "b"),
            {"text": HTML.read_text("utf-8"), "id": "c", "metadata": {}}]
    step = DeclutterStep()
    out = list(step(iter(docs), rank=0, world_size=1))
    assert [_id(d) for d in out] == ["a", "c"] and step.stats == {"cleaned": 2, "errors": 1}
    assert out[0].text.startswith("Plans for a £38 million") and "<" not in out[0].text
    assert out[0].metadata["title"].startswith("Tidal barrier") and out[0].metadata["url"]
    kept = list(DeclutterStep(output_format="markdown", keep_errors=True).run(docs[1:2]))
    assert kept[0].text == "" and kept[0].metadata["declutter_error"]


def _id(doc: object) -> str:
    return doc["id"] if isinstance(doc, dict) else doc.id  # type: ignore[index,attr-defined]


def test_public_names_are_documented() -> None:
    for name in ("extract", "RawPage", "Failure"):
        assert name in declutter.__all__ and getattr(declutter, name).__doc__
    assert Path(declutter.__file__).parent.joinpath("integrations", "datatrove.py").is_file()
