"""The README says what the code does: its library examples run as written, its walk-through
prints the counts it shows, and its command and option lists are those of ``declutter --help``.
The measurements moved to ``docs/`` are checked too: the README's headline figures are those of
the docs, every benchmark command names a script and options it has, every link resolves."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from locations import ROOT

from declutter.cli import clean, main

README = (ROOT / "README.md").read_text("utf-8")
DOCS = {path: path.read_text("utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}
MARKDOWN = {ROOT / "README.md": README, ROOT / "rules" / "README.md":
            (ROOT / "rules" / "README.md").read_text("utf-8"), **DOCS}
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, re.S)


def section(start: str, end: str) -> str:
    return README[README.index(start):README.index(end, README.index(start))]


def block(lang: str, first_line: str) -> str:
    (found,) = [body for kind, body in BLOCKS if kind == lang and body.startswith(first_line)]
    return found


def test_library_examples_run_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = re.findall(r"```python\n(.*?)```", section("### As a library", "## How it works"), re.S)
    assert len(examples) == 3
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": "readme"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for code in examples:
            exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
    out = printed.getvalue()
    assert "# Tidal barrier plan approved for Whitby harbour" in out
    assert "a1 Tidal barrier plan approved" in out and "{'lang': 'en'}" in out
    assert "India to manufacture rare earth magnets locally due to Chinese supply cut\n\n" in out
    assert namespace["df"]["story"].notna().all() and len(namespace["df"]) == 6
    assert namespace["step"].stats == {"cleaned": 1, "errors": 0}


@pytest.fixture(scope="module")
def walkthrough(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The walk-through's folder: its page, its site file, and the samples."""
    folder = tmp_path_factory.mktemp("walkthrough")
    (folder / "my-rules").mkdir()
    (folder / "my-rules" / "harbourwatch-page.txt").write_text(block("text", "Cranes stand idle"),
                                                              "utf-8")
    (folder / "my-rules" / "harbourwatch.yaml").write_text(block("yaml", "name: harbourwatch"), "utf-8")
    (folder / "samples").symlink_to(ROOT / "samples")
    return folder


def declutter(folder: Path, command: str) -> str:
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, command.split())
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return result.stdout + result.stderr


def transcript(command: str) -> str:
    return block("text", f"$ declutter {command}\n")


def test_lint_counts(walkthrough: Path) -> None:
    shown = [line.split("#")[0].strip() for line in transcript("rules lint my-rules/").splitlines()
             if line.startswith("ok: ")]
    assert shown == [declutter(walkthrough, "rules lint my-rules/").strip()]


def test_rules_test_result(walkthrough: Path) -> None:
    out = declutter(walkthrough, "rules test my-rules/")
    shown = transcript("rules test my-rules/").splitlines()
    assert shown[1] in out and re.search(rf"^{re.escape(shown[2].split(' in ')[0])} in ", out, re.M)


def test_explain_rows(walkthrough: Path) -> None:
    command = "explain --rules my-rules/ my-rules/harbourwatch-page.txt"
    row = re.compile(r"^\s+(\d+) (\S+)\s+(\S+)\s", re.M)
    out = declutter(walkthrough, command)
    assert row.findall(transcript(command)) == row.findall(out)
    counts = re.compile(r"(teasers: \d+)\s+(blocks: \d+)")
    assert counts.findall(transcript(command)) == counts.findall(out)


def test_diff_counts(walkthrough: Path) -> None:
    command = "rules diff --after my-rules/ samples/ my-rules/harbourwatch-page.txt"
    out = declutter(walkthrough, command).splitlines()
    shown = [line for line in transcript(command).splitlines()[1:] if line.strip() != "..."]
    assert shown and all(line in out for line in shown), (shown, out)
    assert any(line.endswith(" pages, 1 affected, 5 blocks changed") for line in shown)


def test_command_list_is_that_of_help() -> None:
    listed = {line.split()[1] for line in block("bash", "declutter run INPUT...").splitlines()
              if line.startswith("declutter ") and not line.split()[1].startswith("-")}
    assert listed == set(main.list_commands(click.Context(main)))  # lazy commands too


def test_clean_options_are_all_described() -> None:
    text = section("Options of `clean` (and `run`)", "Bad input never stops a run")
    described = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)\b", text))
    ctx = click.Context(clean)
    options = {o for p in clean.get_params(ctx) for o in (*p.opts, *p.secondary_opts)}
    assert described <= options, described - options
    assert options - described - {"-h", "--help"} == {"inputs", "--output", "--progress", "-j"}


def flat(text: str) -> str:
    return " ".join(text.split())


def test_headline_figures_are_those_of_the_docs() -> None:
    """Each table row of "How good and how fast" is a row of a docs file, and each quoted
    measurement ("(`python3 benchmarks/...`: ...") stands in a docs file word for word."""
    text = README[README.index("## How good and how fast"):]   # the README's last section
    assert "\n## " not in text
    doc_lines = {line for doc in DOCS.values() for line in doc.splitlines()}
    table_rows = [line for line in text.splitlines()
                  if line.startswith("|") and not re.fullmatch(r"[|:-]+", line)]
    assert len(table_rows) >= 30
    assert [row for row in table_rows if row not in doc_lines] == []
    docs_flat = flat("\n".join(DOCS.values()))
    quoted = re.findall(r"(\(`python3 benchmarks/[^`]+`,[^)]*\):.*?)(?::|\()", flat(text))
    assert len(quoted) == 2 and all(quote.strip() in docs_flat for quote in quoted), quoted


def test_benchmark_commands_name_real_scripts_and_options() -> None:
    """``python3 benchmarks/NAME.py --option`` in the README and docs: the script exists and
    defines each option (a moved measurement keeps a command that still runs)."""
    seen = 0
    for path, text in MARKDOWN.items():
        for script, args in re.findall(r"python3\s+(benchmarks/\w+\.py)([^`\n]*)", text):
            code = (ROOT / script).read_text("utf-8")
            for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", args):
                assert f'"{option}"' in code, (path.name, script, option)
            seen += 1
    assert seen >= 40


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_links_resolve() -> None:
    """Every relative link of the README, rules/README.md and docs/ names a file that exists,
    and every #anchor a heading of that file."""
    checked = 0
    for path, text in MARKDOWN.items():
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            dest = (path.parent / file).resolve() if file else path
            assert dest.exists(), (path.name, target)
            if anchor:
                headings = re.findall(r"^#+ (.+)$", dest.read_text("utf-8"), re.M)
                assert anchor in {slug(h) for h in headings}, (path.name, target)
            checked += 1
    assert checked >= 30
