"""Damaged WARC files: every complete record comes out, a damaged one is an error record, and
a record cut short is never a normal (shorter) record (issue 18, item 1)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from declutter.cli import main
from declutter.io.readers import Failure, Input, RawPage, read

RECORDS = 5
PARAGRAPHS = 6


def _archive(gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i in range(RECORDS):
        paras = "".join(f"<p>Paragraph {k} of story {i}: the council met on Tuesday and agreed "
                        "to repair the old bridge before the winter floods.</p>"
                        for k in range(PARAGRAPHS))
        body = (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
                f"{paras}</article></body></html>").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.com/{i}", "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:rec-{i}>"}))
    return out.getvalue()


def _items(tmp_path: Path, name: str, data: bytes) -> list[RawPage | Failure]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read(Input(path, name)))


def _complete_in(data: bytes, gz: bool) -> int:
    """How many response records warcio alone reads whole from ``data``."""
    whole = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type == "response":
                want = int(record.rec_headers.get_header("Content-Length"))
                got = len(record.raw_stream.read())
                whole += got + record.http_headers.to_bytes().__len__() >= want
    except Exception:  # noqa: S110 - warcio stops at the damage; what it read is counted
        pass
    return whole


def _check(items: list[RawPage | Failure]) -> tuple[int, int]:
    """(normal pages, failures); every normal page is whole."""
    pages = [i for i in items if isinstance(i, RawPage)]
    for page in pages:
        assert isinstance(page.content, bytes)
        assert page.content.count(b"<p>") == PARAGRAPHS, "a shorter record came out as a page"
    return len(pages), len(items) - len(pages)


@pytest.mark.parametrize("share", [0.3, 0.5, 0.7, 0.9, 0.99])
@pytest.mark.parametrize("gz", [True, False])
def test_truncated_archive_gives_every_complete_record_and_one_error(
        tmp_path: Path, share: float, gz: bool) -> None:
    data = _archive(gz)
    cut = data[: int(len(data) * share)]
    pages, failures = _check(_items(tmp_path, "t.warc.gz" if gz else "t.warc", cut))
    assert pages >= _complete_in(cut, gz)
    assert pages >= 1 and failures == 1  # the record the cut fell in, named once


def _lie(data: bytes, record: int, length: int | None = None, delta: int = 0) -> bytes:
    match = list(re.finditer(rb"WARC/1\.\d\r\n.*?Content-Length: (\d+)\r\n", data, re.S))[record]
    value = length if length is not None else int(match.group(1)) + delta
    return data[: match.start(1)] + str(value).encode() + data[match.end(1):]


@pytest.mark.parametrize("lie", [{"delta": 500}, {"delta": -500}, {"length": 10**12}])
def test_lying_content_length_costs_one_record(tmp_path: Path, lie: dict) -> None:
    items = _items(tmp_path, "l.warc", _lie(_archive(False), 1, **lie))
    assert _check(items) == (RECORDS - 1, 1)
    assert isinstance(items[1], Failure) and items[1].id == "<urn:uuid:rec-1>"
    assert [i.id for i in items[2:]] == [f"<urn:uuid:rec-{i}>" for i in range(2, RECORDS)]


def test_garbage_between_records_loses_no_record(tmp_path: Path) -> None:
    data = _archive(False)
    second = data.index(b"WARC/1.", 10)
    items = _items(tmp_path, "g.warc", data[:second] + b"\x00garbage\r\n" + data[second:])
    assert _check(items) == (RECORDS, 1)  # the garbage is named, every record is whole


def test_garbage_inside_a_gzip_member_costs_that_record_only(tmp_path: Path) -> None:
    data = _archive(True)
    middle = len(data) // 2
    items = _items(tmp_path, "g.warc.gz", data[:middle] + b"junkjunk" + data[middle:])
    pages, failures = _check(items)
    assert pages == RECORDS - 1 and failures == 1


def test_cli_counts_the_damaged_record(tmp_path: Path) -> None:
    data = _archive(True)
    (tmp_path / "t.warc.gz").write_bytes(data[: int(len(data) * 0.5)])
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "t.warc.gz"), "--no-progress"])
    assert result.exit_code == 3  # the documented status of a run with error records
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) >= 2 and sum(bool(r["error"]) for r in lines) == 1
    assert all(r["text"].count("Paragraph") == PARAGRAPHS for r in lines if not r["error"])
