"""Readers turn every kind of input into pages (or failures), streaming, with stable ids."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import declutter
from declutter.io.input_files import InputError, expand
from declutter.io.readers import Failure, RawPage, format_of, read, read_all

HTML = b"<html><head><title>T</title></head><body><p>Hello story.</p></body></html>"


def items(path: Path, fmt: str | None = None) -> list[RawPage | Failure]:
    return list(read_all(expand([str(path)]), fmt))


@pytest.mark.parametrize(("name", "head", "fmt"), [
    ("a.html", b"", "html"), ("a.htm.gz", b"", "html"), ("a.txt", b"<html>", "text"),
    ("a.jsonl", b"", "jsonl"), ("a.warc.gz", b"", "warc"), ("a.rss", b"", "feed"),
    ("noext", b"WARC/1.0\r\n", "warc"), ("noext", b'{"id": 1}', "jsonl"),
    ("noext", b"<?xml version='1.0'?><rss>", "feed"), ("noext", b"<!DOCTYPE html><html>", "html"),
    ("noext", b"Just a headline\nand a line", "text"),
    ("noext", b"\n<article><h1>T</h1><p>x</p>", "html"), ("noext", b"<!-- saved --><div>", "html"),
    ("noext", b"<< Back to the front page\nHeadline", "text"), ("noext", b"<3 this story", "text"),
])
def test_format_of(name: str, head: bytes, fmt: str) -> None:
    assert format_of(name, head) == fmt


_ARMENIAN_PAGE = ("<!DOCTYPE html><html><head><title>Նոր կամուրջ</title></head><body><article>"
                  "<h1>Նոր կամուրջ Երևանում</h1><p>Քաղաքապետարանը երկուշաբթի հաստատեց նոր "
                  "կամրջի ծրագիրը, որը կմիացնի երկու թաղամասերը։</p></article></body></html>")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom"])
def test_utf16_markup_is_html_whatever_the_file_is_named(codec: str) -> None:
    # the markup of UTF-16 text is seen once the bytes are read as characters (after its BOM;
    # without one, NUL high bytes); read as bytes, "<\0h\0t\0m\0l" is no tag and the page was a dump
    data = (b"\xfe\xff" + _ARMENIAN_PAGE.encode("utf-16-be") if codec == "utf-16-be-bom"
            else _ARMENIAN_PAGE.encode(codec))
    assert format_of("saved-page", data[:2048]) == "html"
    assert declutter.extract(data, output_format="json") is not None
    record = json.loads(declutter.extract(data, output_format="json"))
    assert record["title"] == "Նոր կամուրջ Երևանում" and "<" not in record["text"]


_KHMER_PAGE = ("<html><head><title>ស្ពានថ្មី</title></head><body><article><h1>ស្ពានថ្មីឆ្លងទន្លេ</h1>"
               "<p>ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការសាងសង់ស្ពានថ្មីឆ្លងទន្លេ កាលពីថ្ងៃច័ន្ទ "
               "ដែលនឹងភ្ជាប់សង្កាត់ពីរ។</p></article></body></html>")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_markup_without_a_bom_in_one_script_is_html(codec: str) -> None:
    # Khmer's high bytes (0x17) beside markup's NULs: the page is UTF-16 HTML, not bytes
    data = _KHMER_PAGE.encode(codec)
    assert format_of("saved-page", data[:2048]) == "html"
    record = json.loads(declutter.extract(data, output_format="json"))
    assert record["title"] == "ស្ពានថ្មីឆ្លងទន្លេ" and "<" not in record["text"]


def test_expand_rejects_missing_and_empty_globs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        expand([str(tmp_path / "missing")])
    with pytest.raises(InputError, match="no files match"):
        expand([str(tmp_path / "*.none")])


def test_folder_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / ".part").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    assert [i.id for i in expand([str(tmp_path)])] == ["b.txt", "sub/a.txt"]


def test_gzip_html(tmp_path: Path) -> None:
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(HTML))
    [page] = items(tmp_path / "p.html.gz")
    assert isinstance(page, RawPage) and page.format == "html" and page.content == HTML


def test_jsonl_keys_and_extras(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "url": "u", "html": "<p>x</p>", "source": "S", "fetched_at": "2025-01-01",
         "lang": "de"},
        {"text": "plain", "tags": ["x"]},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    a, b = items(path)
    assert isinstance(a, RawPage) and isinstance(b, RawPage)
    assert (a.id, a.url, a.format, a.source, a.fetched_at, a.extra) == (
        "a", "u", "html", "S", "2025-01-01", {"lang": "de"})
    assert (b.id, b.format, b.extra) == ("p.jsonl:2", "text", {"tags": ["x"]})


def test_jsonl_oversized_line_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n"
                    + json.dumps({"id": "ok", "text": "y"}) + "\n")
    big, ok = read_all(expand([str(path)]), None, max_page_bytes=2048)
    assert isinstance(big, Failure) and "max-page-bytes" in big.error
    assert isinstance(ok, RawPage) and ok.id == "ok"


def test_binary_starting_with_a_brace_is_one_page_not_json_lines(tmp_path: Path) -> None:
    """Bytes sniffed as JSON Lines only when they are text: a binary blob that begins with "{"
    stays one page (refused as binary later), while a real JSON Lines file with a bad line
    still reads line by line (here in Icelandic)."""
    blob = b"{" + bytes((n * 37) % 256 for n in range(3000)).replace(b"{", b"x")
    (tmp_path / "blob").write_bytes(blob)
    [page] = items(tmp_path / "blob")
    assert isinstance(page, RawPage) and page.format == "text"
    good = json.dumps({"id": "f", "text": "Fréttir dagsins úr Reykjavík"}, ensure_ascii=False)
    (tmp_path / "lines").write_text(good + "\n{ekki json\n" + good.replace('"f"', '"g"') + "\n")
    first, bad, last = items(tmp_path / "lines")
    assert isinstance(first, RawPage) and isinstance(last, RawPage) and isinstance(bad, Failure)


def _warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("x.warc.gz", {"software": "test"}))
        for n, (ctype, body) in enumerate([("text/html; charset=utf-8", HTML),
                                           ("image/png", b"\x89PNG")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://example.com/{n}", "response", payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:0000000{n}>",
                                   "WARC-Date": "2025-07-21T10:00:00Z"})
            writer.write_record(record)


def test_warc_responses_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "c.warc.gz"
    _warc(path)
    page, png = items(path)
    assert isinstance(page, RawPage)
    assert (page.id, page.url, page.content, page.encoding, page.fetched_at) == (
        "<urn:uuid:00000000>", "https://example.com/0", HTML, "utf-8", "2025-07-21T10:00:00Z")
    assert isinstance(png, Failure) and "not an HTML response" in png.error


def test_damaged_warc_names_where(tmp_path: Path) -> None:
    path = tmp_path / "c.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    result = items(path)
    assert len(result) == 1 and isinstance(result[0], Failure)


FEED = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Feed</title>
<item><title>First</title><link>https://e.com/1</link><guid>id-1</guid>
<pubDate>Mon, 21 Jul 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Full content of the first story.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://e.com/2</link><description>Only a summary.</description></item>
</channel></rss>"""


def test_feed_items_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(FEED)
    first, second = items(path)
    assert isinstance(first, RawPage) and isinstance(second, RawPage)
    assert (first.id, first.url, first.source) == ("https://e.com/1", "https://e.com/1", "Example Feed")
    assert "Full content of the first story." in first.content
    assert first.meta["published"].startswith("Mon, 21 Jul 2025")
    assert (second.id, second.format) == ("https://e.com/2", "html")
    assert "Only a summary." in second.content


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(b"<rss><channel></channel></rss>")
    [failure] = items(path)
    assert isinstance(failure, Failure) and "not a feed" in failure.error


def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")
    [inp] = expand([str(path)])
    path.unlink()
    [failure] = list(read(inp))
    assert isinstance(failure, Failure) and "cannot open" in failure.error


def test_a_folder_reads_every_file_a_name_would_except_known_non_pages(tmp_path: Path) -> None:
    # as a file named directly: an unknown extension is read by its content (a mirror's .php,
    # binary junk that gives an error record); documents, rule files, code and media are not
    (tmp_path / "a.html").write_text("<p>x</p>", "utf-8")
    (tmp_path / "article.php").write_text("<html><body><p>y</p></body></html>", "utf-8")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)))
    (tmp_path / "README.md").write_text("# notes", "utf-8")
    (tmp_path / "site.yaml").write_text("name: x", "utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    skipped: list[Path] = []
    assert [i.id for i in expand([str(tmp_path)], skipped)] == ["a.html", "article.php", "junk.bin"]
    assert sorted(p.name for p in skipped) == ["README.md", "logo.png", "site.yaml"]
