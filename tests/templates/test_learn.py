"""Templates in real runs: a first pass over files, windows over stdin, counts kept in the
index, the same output in any input order and with any --jobs (declutter/templates/learn.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner
from locations import SAMPLES
from template_pages import BRACKEN, GULL, write_corpus

from declutter.cli import main

PROSE_CHROME = {GULL.app, GULL.newsletter, GULL.footer[0]}
"""Gull Post's chrome written as sentences: the dump reader keeps them as story when they
stand in (or next to) the story run, so only the template can tell them from it."""


def _run(*args: str, input: bytes | None = None) -> list[dict]:
    result = CliRunner().invoke(main, [*args, "--no-progress"], input=input)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _paragraphs(record: dict) -> set[str]:
    return set(record["text"].split("\n\n"))


def _template_rules(records: list[dict]) -> set[str]:
    return {r["rule"] for rec in records for r in rec["removed"] if r["rule"].startswith("template.")}


def test_same_output_in_any_input_order_and_with_any_jobs(tmp_path: Path) -> None:
    truths = write_corpus(tmp_path / "a-gull.jsonl", GULL, 14)
    write_corpus(tmp_path / "b-bracken.jsonl", BRACKEN, 12)
    a, b = str(tmp_path / "a-gull.jsonl"), str(tmp_path / "b-bracken.jsonl")
    forward = _run("clean", a, b)
    assert _template_rules(forward) == {"template.gullpost", "template.brackenwire.example"}
    backward = _run("clean", b, a, "--jobs", "2")
    assert sorted(forward, key=lambda r: r["id"]) == sorted(backward, key=lambda r: r["id"])
    off = _run("clean", a, b, "--no-templates")
    assert not _template_rules(off)
    # chrome on at least 5 pages (the least a template needs) that the reader keeps as story
    learnable = {c for c in PROSE_CHROME if sum(c in t["chrome"] for t in truths) >= 5}
    assert any(_paragraphs(r) & learnable for r in off)
    assert not any(_paragraphs(r) & learnable for r in forward)


def test_sources_too_small_to_learn_are_named_on_stderr(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a-gull.jsonl", GULL, 14)
    write_corpus(tmp_path / "b-bracken.jsonl", BRACKEN, 6)
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "a-gull.jsonl"),
                                       str(tmp_path / "b-bracken.jsonl"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "templates: 1 of 2 sources had fewer than 10 pages" in result.stderr
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 20
    assert _template_rules([json.loads(line) for line in result.stdout.splitlines()]) == {
        "template.gullpost"}
    whole = CliRunner().invoke(main, ["clean", str(tmp_path / "a-gull.jsonl"), "--no-progress"])
    assert "templates:" not in whole.stderr


def test_pages_with_no_source_name_are_named_on_stderr(tmp_path: Path) -> None:
    """The summary names the first pages with no source name, so a user can find them."""
    write_corpus(tmp_path / "a-gull.jsonl", GULL, 14)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for i in range(5):
        (dumps / f"sin-nombre-{i}.txt").write_text(
            "Crónica del puerto\nEl ayuntamiento aprobó ayer el nuevo paseo marítimo.\n", "utf-8")
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "a-gull.jsonl"), str(dumps),
                                       "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "5 pages had no source name (sin-nombre-0.txt, sin-nombre-1.txt, sin-nombre-2.txt, " \
           "...)" in " ".join(result.stderr.split())


def test_stdin_is_counted_in_windows(tmp_path: Path) -> None:
    truths = write_corpus(tmp_path / "gull.jsonl", GULL, 20)
    data = (tmp_path / "gull.jsonl").read_bytes()
    records = _run("clean", "-", "--format", "jsonl", input=data)
    off = _run("clean", "-", "--format", "jsonl", "--no-templates", input=data)
    assert len(records) == 20
    assert sum(bool(_paragraphs(r) & PROSE_CHROME) for r in off) >= 10
    for record, truth in zip(records, truths, strict=True):
        assert not _paragraphs(record) & set(truth["chrome"])
        assert set(truth["story"].split("\n\n")) <= _paragraphs(record)


def test_index_keeps_the_counts_for_the_next_run(tmp_path: Path) -> None:
    write_corpus(tmp_path / "yesterday.jsonl", GULL, 15, seed=1)
    write_corpus(tmp_path / "today.jsonl", GULL, 2, seed=2)
    index = str(tmp_path / "stories.idx")
    today = str(tmp_path / "today.jsonl")
    alone = _run("run", today, "--index", str(tmp_path / "other.idx"))
    assert not _template_rules(alone)  # two pages teach nothing
    _run("run", str(tmp_path / "yesterday.jsonl"), "--index", index)
    after = _run("run", today, "--index", index)
    kept = set().union(*(_paragraphs(r) & PROSE_CHROME for r in alone))
    assert kept  # chrome the reader left in today's stories
    removed = [r for rec in after for r in rec["removed"] if r["rule"] == "template.gullpost"]
    assert {r["text"] for r in removed} == kept
    assert not any(_paragraphs(r) & PROSE_CHROME for r in after)
    assert all(r["seen"] >= 15 for r in removed if r["text"] == GULL.footer[0])
    stats = CliRunner().invoke(main, ["index", "stats", index])
    assert stats.exit_code == 0, stats.output
    # the kept counts, per source, and the pages a template needs (not dedup's
    # template_min_docs): 15 pages yesterday and 2 today
    templates = json.loads(stats.stdout)["templates"]
    assert templates == {"kept": True, "min_pages": 10, "key_version": templates["key_version"],
                         "sources": 1, "learned": 1, "pages": {"gullpost": 17}}
    bare = CliRunner().invoke(main, ["index", "stats", str(tmp_path / "other.idx")])
    assert json.loads(bare.stdout)["templates"]["pages"] == {"gullpost": 2}


def test_a_short_run_builds_no_sketch_and_imports_no_numpy(tmp_path: Path) -> None:
    """Fewer pages than MIN_PAGES cannot hold a template: a one-page clean (start-up, issue
    16) neither builds the 32 MiB sketch nor imports numpy, and its record is what the run
    without templates writes."""
    import subprocess

    page = SAMPLES / "html" / "metro-wire.html"
    code = ("import sys\nfrom click.testing import CliRunner\nfrom declutter.cli import main\n"
            f"r = CliRunner().invoke(main, ['clean', {str(page)!r}, '--no-progress'])\n"
            "assert r.exit_code == 0, r.output\n"
            "print('numpy' in sys.modules)\n"
            "print(r.stdout.splitlines()[0])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[0] == "False"
    off = CliRunner().invoke(main, ["clean", str(page), "--no-progress", "--no-templates"])
    assert json.loads(out[1])["text"] == json.loads(off.stdout.splitlines()[0])["text"]


def test_counts_of_another_key_version_start_afresh(tmp_path: Path, capsys) -> None:
    """An index whose template counts were kept under another block key function (before
    KEY_VERSION was stored: BLAKE2b keys) holds counts of keys this run never makes: they are
    left out with a warning, and the run's own counts replace them."""
    import sqlite3

    from declutter.record import Record
    from declutter.templates.learn import load_counts, save_counts
    from declutter.templates.model import TemplateCounts, record_source
    from declutter.templates.sketch import KEY_VERSION

    write_corpus(tmp_path / "gull.jsonl", GULL, 12)
    records = _run("clean", str(tmp_path / "gull.jsonl"), "--no-templates")
    counts = TemplateCounts()
    for record in records:
        counts.observe(Record.from_dict(record))
    source = record_source(Record.from_dict(records[0]))
    assert source and counts.pages(source) == 12
    index = tmp_path / "stories.idx"
    save_counts(index, counts)
    assert load_counts(index).pages(source) == 12
    assert capsys.readouterr().err == ""
    with sqlite3.connect(index) as db:  # as an index written before the key version was kept
        db.execute("DELETE FROM template_meta WHERE key = 'key_version'")
    db.close()
    stale = load_counts(index)
    err = capsys.readouterr().err
    assert f"key version 1, these count version {KEY_VERSION}" in err
    assert not stale.can_mark() and stale.pages(source) == 0
    save_counts(index, counts)  # the run's counts replace them, under this version
    assert load_counts(index).pages(source) == 12
    assert capsys.readouterr().err == ""


def test_resume_cleans_again_the_pages_of_a_spool_of_another_layout(tmp_path: Path) -> None:
    """A spool left by an older declutter (entries of a record and its keys, without its
    source name) ends, for --resume, before its first entry: those pages are cleaned again
    and the output is what a fresh run writes."""
    import pickle

    from declutter.record import Record
    from declutter.templates.model import TemplateCounts
    from declutter.templates.spool import spool_path

    src, whole, out = tmp_path / "gull.jsonl", tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    write_corpus(src, GULL, 14)
    _run("clean", str(src), "-o", str(whole))
    counts = TemplateCounts()
    with spool_path(out).open("wb") as fh:
        for line in whole.read_text("utf-8").splitlines()[:5]:
            record = Record.from_dict(json.loads(line))
            pickle.dump((record, counts.observe(record)), fh, pickle.HIGHEST_PROTOCOL)
    _run("clean", str(src), "-o", str(out), "--resume")
    assert out.read_bytes() == whole.read_bytes()
    assert "template.gullpost" in out.read_text("utf-8")
    assert not spool_path(out).exists()
