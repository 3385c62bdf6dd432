"""The templates spool: entries round trip, a torn last entry ends the read (its page is
cleaned again on --resume), a spool read back short raises (declutter/templates/spool.py)."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from template_pages import GULL, write_corpus

from declutter.cli import main
from declutter.record import Record, Removal, Teaser
from declutter.templates import spool as spooled
from declutter.templates.model import TemplateCounts, record_source


def _records() -> list[Record]:
    return [
        Record("a1", "https://vesi.example/a1", "Vesiposti", "Järven jää sulaa",
               "Ensimmäinen kappale.\n\nToinen kappale.",
               [Teaser("Toinen juttu", "Vesiposti", "2 t", None, "https://vesi.example/b")],
               [Removal("global.share", "Jaa", 0), Removal("template.vesiposti", "Tilaa", 2, 40)],
               {"site_name": "Vesiposti", "published": None, "ld": {"@type": ["News", 1.5]}},
               None, {"crawl": {"depth": 2, "ok": True}}),
        Record("a2", error="timeout", removed=None),
        Record("a3", text="一段文字。", meta={"when": dt.date(2026, 12, 7)}),  # pickled
    ]


def _write(fh, records: list[Record]) -> spooled.Writer:
    writer = spooled.Writer(fh)
    for i, record in enumerate(records):
        writer.add((record, [i, 2**64 - 1 - i], record_source(record)))
    writer.close()
    return writer


def test_entries_round_trip() -> None:
    records = _records()
    with tempfile.TemporaryFile() as fh:
        assert _write(fh, records).added == 3
        back = list(spooled.entries(fh))
        assert fh.tell() == fh.seek(0, 2)  # after the last complete entry: the end
    assert [r for r, _, _ in back] == records
    assert [k for _, k, _ in back] == [[i, 2**64 - 1 - i] for i in range(3)]
    assert [s for _, _, s in back] == ["vesiposti", None, None]
    assert isinstance(back[0][0].teasers[0], Teaser) and back[0][0].removed[1].seen == 40


def test_a_torn_last_entry_ends_the_read_where_it_starts() -> None:
    with tempfile.TemporaryFile() as fh:
        _write(fh, _records()[:2])
        complete = fh.tell()
        _write(fh, _records()[2:])
        whole = fh.tell()
        for cut in (whole - 1, complete + 3, complete + 6):  # in the payload, in the length
            fh.truncate(cut)
            assert [r.id for r, _, _ in spooled.entries(fh)] == ["a1", "a2"]
            assert fh.tell() == complete


def test_a_spool_of_another_layout_is_read_as_empty() -> None:
    with tempfile.TemporaryFile() as fh:
        fh.write(b"\x80\x05\x95 an older declutter's pickles")
        assert list(spooled.entries(fh)) == [] and fh.tell() == 0


def test_a_spool_read_back_short_raises() -> None:
    with tempfile.TemporaryFile() as fh:
        _write(fh, _records())
        fh.truncate(fh.tell() - 1)
        got = []
        with pytest.raises(spooled.SpoolError, match="ended after 2 of the 3 pages"):
            got.extend(spooled.read_back(fh, 3))
        assert [spooled.record_of(data).id for data, _, _ in got] == ["a1", "a2"]
        assert [keys for _, keys, _ in got] == [[0, 2**64 - 1], [1, 2**64 - 2]]


def test_a_damaged_record_ends_a_resume_and_stops_a_read_back() -> None:
    import marshal

    with tempfile.TemporaryFile() as fh:
        _write(fh, _records()[:1])
        complete = fh.tell()
        data = marshal.dumps(([7], "vesiposti", b"M" + marshal.dumps(("a2", None))))
        fh.write(len(data).to_bytes(4, "little") + data)
        assert [r.id for r, _, _ in spooled.entries(fh)] == ["a1"]
        assert fh.tell() == complete  # cleaned again from there
        stored = list(spooled.read_back(fh, 2))
        with pytest.raises(spooled.SpoolError, match="damaged"):
            spooled.record_of(stored[1][0])


def test_resume_from_a_spool_with_a_torn_entry_cleans_that_page_again(tmp_path: Path) -> None:
    src, whole, out = tmp_path / "gull.jsonl", tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    cleaned = tmp_path / "cleaned.jsonl"  # the records as cleaned, before templates
    write_corpus(src, GULL, 14)
    for extra in (["-o", str(whole)], ["-o", str(cleaned), "--no-templates"]):
        result = CliRunner().invoke(main, ["clean", str(src), *extra, "--no-progress"])
        assert result.exit_code == 0, result.output
    counts = TemplateCounts()
    with spooled.spool_path(out).open("w+b") as fh:
        writer = spooled.Writer(fh)
        for line in cleaned.read_text("utf-8").splitlines()[:6]:
            record = Record.from_dict(json.loads(line))
            writer.add((record, counts.observe(record), record_source(record)))
        writer.close()
        fh.truncate(fh.tell() - 10)  # the sixth entry torn
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--resume",
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "resumed: 5 pages were already cleaned" in result.stderr
    assert out.read_bytes() == whole.read_bytes()
    assert "template.gullpost" in out.read_text("utf-8")
    assert not spooled.spool_path(out).exists()
