"""Editor commands: ``declutter rules lint|test|diff`` and ``declutter explain``.

All of them load the bundled rules first and then the files or folders given (``--no-bundled``
leaves the bundled ones out); a file named twice is loaded once. Reports go to stdout (with
colour on a terminal, or JSON Lines with ``--json``); counts and notes go to stderr.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from declutter.io.input_files import InputError, expand
from declutter.io.readers import FORMATS, Failure, Item, assume, read_all
from declutter.pipeline import Pipeline
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.explain import BlockView, PageDiff, diff, explain
from declutter.ruleset.load import RuleError, bundled_dir, load_files, rule_paths
from declutter.ruleset.model import Rule, RuleFile
from declutter.ruleset.site_file import squeezed
from declutter.ruleset.testing import TestResult, run_tests

_COLOURS = {"title": "bold green", "story": "green", "boilerplate": "red", "undecided": "yellow"}
_TEASER_COLOUR = "cyan"


def _out() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _sources(paths: Sequence[Path], no_bundled: bool) -> list[Path]:
    return ([] if no_bundled else [bundled_dir()]) + list(paths)


def _ruleset(paths: Sequence[Path], no_bundled: bool, what: str = "rule files") -> RuleSet:
    try:
        return RuleSet(load_files(_sources(paths, no_bundled)))
    except RuleError as exc:
        raise click.ClickException(f"{what} have errors; nothing was read:\n{exc}") from None


def _items(inputs: Sequence[str], fmt: str) -> Iterator[Item]:
    try:
        return read_all(expand(inputs), None if fmt == "auto" else fmt)
    except InputError as exc:
        raise click.UsageError(str(exc)) from None


_no_bundled = click.option("--no-bundled", is_flag=True,
                           help="Leave the bundled rules out; use only the files given.")
_paths = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
_fmt = click.option("--format", "fmt", default="auto", show_default=True,
                    type=click.Choice(("auto",) + FORMATS), help="Input format of the pages.")


@click.group("rules")
def rules() -> None:
    """Check editors' rule files: lint them, run their tests, diff an edit on a corpus.

    \b
      declutter rules lint my-rules/                   file:line:column errors, exit 1
      declutter rules test my-rules/                   run the tests inside the rule files
      declutter rules diff --after my-rules/ samples/  what adding my-rules/ changes
      declutter rules suggest CORPUS --source NAME -o my-rules/NAME.yaml
    """


@rules.command("lint")
@_paths
@_no_bundled
def lint(paths: tuple[Path, ...], no_bundled: bool) -> None:
    """Check rule files (PATHS: files or folders, after the bundled rules).

    Prints one ``file:line:column: message`` line per problem (unknown keys, missing or
    duplicate ids, regexes RE2 refuses, bad CSS/XPath selectors, empty scopes, ...) and
    exits 1 when there is any. Rules are loaded exactly as a run loads them, and the cost of
    every XPath and regex is timed, the bundled ones' too (a run trusts those).
    """
    err = _err()
    try:
        files = load_files(_sources(paths, no_bundled), measure_bundled=True)
    except RuleError as exc:
        for problem in exc.problems:
            click.echo(str(problem))
        count = len(exc.problems)
        err.print(f"[red]{count} problem{'s' if count != 1 else ''}[/red]")
        sys.exit(1)
    for rule_file in files:
        for test in rule_file.tests:
            if test.path is not None and not test.path.is_file():
                err.print(f"{escape(str(test.where))}: warning: test page {escape(str(test.path))} "
                          "does not exist")
        for marker, rule in layout_markers(rule_file):
            err.print(f"{escape(rule_file.path)}: warning: marker {escape(repr(marker))} is a line "
                      f"rule {escape(rule.id)} acts on: it names a layout, not the site, and puts "
                      "other sites' pages with that line in scope")
    rules_count = sum(len(f.rules) for f in files)
    tests_count = sum(len(f.tests) for f in files)
    err.print(f"[green]ok[/green]: {len(files)} files, {rules_count} rules, {tests_count} tests")


def layout_markers(rule_file: RuleFile) -> list[tuple[str, Rule]]:
    """``(marker, rule)`` pairs of a site file whose scope marker is (part of) a line one of its
    own rules matches by text or prefix, and holds none of the site's names (the file's name,
    its sources, its domains' first label): "Related coverage" as both the marker and the
    heading a teasers rule reads is a heading other sites share, no sign of the site ("More
    from Brief24" is one). Compared case- and whitespace-folded, as loaded."""
    scope = rule_file.scope
    names = {squeezed(n) for n in (rule_file.name, *scope.sources,
                                    *(d.split(".")[0] for d in scope.domains))} - {""}
    found = []
    for marker in scope.markers if rule_file.site else ():
        if any(name in squeezed(marker) for name in names):
            continue
        for rule in rule_file.rules:
            if any(marker in s for s in (*rule.match.text, *rule.match.prefix)):
                found.append((marker, rule))
                break
    return found


@rules.command("test")
@_paths
@_no_bundled
@click.option("-k", "select", metavar="TEXT", help="Only tests whose file or name contains TEXT.")
@click.option("-v", "--verbose", is_flag=True, help="One line per test.")
def test_cmd(paths: tuple[Path, ...], no_bundled: bool, select: str | None, verbose: bool) -> None:
    """Run the tests written in rule files (PATHS; default: the bundled rules).

    Every test page is cleaned with the whole rule set (bundled rules, then PATHS) and
    compared with its ``expect``. Exit 1 when a test fails.
    """
    started = time.monotonic()
    ruleset = _ruleset(paths, no_bundled)
    try:
        chosen = {p.resolve() for p in rule_paths(paths)} if paths else None
    except RuleError as exc:
        raise click.ClickException(str(exc)) from None
    files = [f for f in ruleset.files if chosen is None or Path(f.path).resolve() in chosen]
    files.sort(key=lambda f: f.path)
    out = _out()
    results: list[TestResult] = []
    for rule_file in files:
        mine = [r for r in run_tests(ruleset, [rule_file])
                if not select or select in r.name]
        if not mine:
            continue
        results.extend(mine)
        if verbose:
            for r in mine:
                status = "[green]PASSED[/green]" if r.passed else "[red]FAILED[/red]"
                out.print(f"{escape(r.name)} {status}")
        else:
            marks = "".join("[green].[/green]" if r.passed else "[red]F[/red]" for r in mine)
            out.print(f"{escape(rule_file.path)} {marks}")
    failed = [r for r in results if not r.passed]
    if failed:
        out.print("\n[red bold]failures[/red bold]")
        for r in failed:
            out.print(f"[bold]{escape(r.name)}[/bold] ({escape(str(r.test.where))})")
            for failure in r.failures:
                out.print(f"    {escape(failure)}")
    seconds = time.monotonic() - started
    passed = len(results) - len(failed)
    colour = "red" if failed else "green"
    parts = ([f"{len(failed)} failed"] if failed else []) + [f"{passed} passed"]
    if not results:
        parts = ["no tests ran"]
    out.print(f"[{colour}]{', '.join(parts)} in {seconds:.2f}s[/{colour}]")
    if failed or not results:
        sys.exit(1)


def _label_style(label: str) -> str:
    return _TEASER_COLOUR if label.startswith("teaser") else _COLOURS.get(label, "default")


def _print_explanation(out: Console, page_id: str, url: str | None, title: str | None,
                       teasers: int, blocks: list[BlockView], full: bool) -> None:
    out.print(f"[bold]{escape(page_id)}[/bold]" + (f"  {escape(url)}" if url else ""))
    out.print(f"title: {escape(title or '-')}   teasers: {teasers}   blocks: {len(blocks)}")
    width = max((len(b.rule or "-") for b in blocks), default=10)
    labels = [b.label + (f"#{b.teaser + 1}" if b.teaser is not None else "") for b in blocks]
    label_width = max(map(len, labels), default=10)
    for b, label in zip(blocks, labels, strict=True):
        style = _label_style(b.label)
        text = b.text if full or len(b.text) <= 90 else b.text[:89] + "…"
        others = [m for m in b.matched if m != b.rule]
        extra = f"  [dim](also matched: {escape(', '.join(others))})[/dim]" if others else ""
        out.print(f"{b.index:>4} [{style}]{label.ljust(label_width)}[/{style}] "
                  f"{escape((b.rule or '-').ljust(width))} "
                  f"[{style}]{escape(text)}[/{style}]{extra}")
    out.print()


@click.command("explain")
@click.argument("inputs", nargs=-1, required=True, metavar="PAGE...")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra rule file or folder, after the bundled rules (repeatable).")
@_no_bundled
@_fmt
@click.option("--url", help="Page URL to assume when the input has none (selects site files by domain).")
@click.option("--source", help="Source/feed name to assume when the page names none of its own "
              "(no source field, URL, canonical URL or site name).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per page, for tools.")
@click.option("--full", is_flag=True, help="Do not shorten long blocks.")
def explain_cmd(inputs: tuple[str, ...], rule_dirs: tuple[Path, ...], no_bundled: bool, fmt: str,
                url: str | None, source: str | None, as_json: bool, full: bool) -> None:
    """Show each block of PAGE in order: its label and the rule or heuristic that decided it.

    Labels: title, story, boilerplate, teaser:<field> (title, source, age, text, url, ...),
    each with the winning rule id (rules) or heuristic.* (scoring), and the other rules that
    matched the block but lost on precedence. PAGE is anything ``declutter clean`` reads.
    """
    pipeline = Pipeline(rules=_ruleset(rule_dirs, no_bundled))
    out, err = _out(), _err()
    failures = 0
    for item in _items(inputs, fmt):
        if isinstance(item, Failure):
            failures += 1
            err.print(f"[red]{escape(item.id)}: {escape(item.error)}[/red]")
            continue
        item = assume(item, url, source)
        try:
            result = explain(pipeline, item)
        except (ValueError, UnicodeError, LookupError, RecursionError) as exc:
            failures += 1
            err.print(f"[red]{escape(item.id)}: {type(exc).__name__}: {escape(str(exc))}[/red]")
            continue
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            _print_explanation(out, item.id, item.url, result.record.title,
                               len(result.record.teasers), result.blocks, full)
    if failures:
        sys.exit(1)




@rules.command("diff")
@click.argument("corpus", nargs=-1, required=True, metavar="CORPUS...")
@click.option("--before", "before", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Rule file or folder of the old state, after the bundled rules (repeatable).")
@click.option("--after", "after", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Rule file or folder of the new state, after the bundled rules (repeatable).")
@_no_bundled
@_fmt
@click.option("--json", "as_json", is_flag=True, help="One JSON object per affected page.")
@click.option("--max-blocks", default=20, show_default=True, type=click.IntRange(0),
              help="Changed blocks shown per page (all are counted).")
@click.option("--exit-code", is_flag=True, help="Exit 1 when any page changes (like git diff).")
def diff_cmd(corpus: tuple[str, ...], before: tuple[Path, ...], after: tuple[Path, ...],
             no_bundled: bool, fmt: str, as_json: bool, max_blocks: int, exit_code: bool) -> None:
    """Show what a rule edit changes on CORPUS: pages affected, blocks whose label changed.

    Each side is the bundled rules plus the --before or --after files (or only those with
    --no-bundled). To see what a new site file does: ``--after my-rules/``. To see what an
    edit of the bundled rules does, keep a copy of the old folder and run
    ``--no-bundled --before old-rules/ --after rules/``.
    """
    old = Pipeline(rules=_ruleset(before, no_bundled, "--before rule files"))
    new = Pipeline(rules=_ruleset(after, no_bundled, "--after rule files"))
    out, err = _out(), _err()
    pages = affected = changed = errors = 0
    moves: Counter[tuple[str, str]] = Counter()
    for page in diff(old, new, _items(corpus, fmt)):
        pages += 1
        if page.error:
            errors += 1
            err.print(f"[red]{escape(page.id)}: {escape(page.error)}[/red]")
            continue
        if not page.affected:
            continue
        affected += 1
        changed += len(page.changes)
        for c in page.changes:
            moves[(f"{c.before} ({c.before_rule or '-'})", f"{c.after} ({c.after_rule or '-'})")] += 1
        if as_json:
            click.echo(json.dumps(page.to_dict(), ensure_ascii=False))
        else:
            _print_page_diff(out, page, max_blocks)
    summary = (f"{pages} pages, {affected} affected, {changed} blocks changed"
               + (f", {errors} unreadable" if errors else ""))
    report = err if as_json else out
    report.print(f"[bold]{summary}[/bold]")
    for (a, b), n in moves.most_common():
        report.print(f"  {n:>5}  {escape(a)} -> {escape(b)}")
    if exit_code and affected:
        sys.exit(1)


def _print_page_diff(out: Console, page: PageDiff, max_blocks: int) -> None:
    teasers = (f", teasers {page.teasers_before} -> {page.teasers_after}"
               if page.teasers_before != page.teasers_after else "")
    out.print(f"[bold]{escape(page.id)}[/bold]  {len(page.changes)} of {page.blocks} blocks changed"
              f"{teasers}")
    for c in page.changes[:max_blocks]:
        text = c.text if len(c.text) <= 70 else c.text[:69] + "…"
        out.print(f"  {c.index:>4} [{_label_style(c.before)}]{c.before}[/] ({escape(c.before_rule or '-')})"
                  f" -> [{_label_style(c.after)}]{c.after}[/] ({escape(c.after_rule or '-')})  "
                  f"[dim]{escape(text)}[/dim]")
    if len(page.changes) > max_blocks:
        out.print(f"  ... {len(page.changes) - max_blocks} more")


@rules.command("suggest")
@click.argument("corpus", nargs=-1, required=True, metavar="CORPUS...")
@click.option("--source", "name", required=True,
              help="The source to write rules for: its feed/source name, domain (with or "
                   "without www.) or site name (og:site_name); pages of other sources in CORPUS "
                   "are passed over, and pages with no source name unless no page names NAME.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The rule file to write, e.g. my-rules/NAME.yaml.")
@click.option("--max-pages", default=500, show_default=True, type=click.IntRange(5),
              help="Pages of the source to learn from (the first ones read).")
@_fmt
def suggest_cmd(corpus: tuple[str, ...], name: str, output: Path, max_pages: int,
                fmt: str) -> None:
    """Write a site rule file for one source from a corpus of its pages.

    Lines that recur on many of the source's pages and are not story become drop rules
    (exact lines, or regexes where only numbers vary), a recurring teaser list becomes a
    teasers rule with the card layout found, and two or three pages become the file's tests.
    A comment above each rule says on how many pages it was seen. The file is checked with
    `rules lint` and `rules test` before the command ends; try it with
    `declutter rules diff --after DIR CORPUS`.
    """
    from declutter.ruleset.suggest import check, suggest

    try:
        made = suggest(_items(corpus, fmt), name, max_pages)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(made.text, "utf-8")
    failures = check(output)
    err = _err()
    err.print(f"wrote {escape(str(output))}: {made.drops} drop rules"
              f"{', a teasers rule' if made.teasers else ''}, {made.tests} tests "
              f"(from {made.pages} pages)")
    if made.unnamed:
        err.print(escape(made.unnamed))
    for note in made.notes:
        err.print(f"[yellow]note: {escape(note)}[/yellow]")
    if failures:
        for failure in failures:
            err.print(f"[red]{escape(failure)}[/red]")
        sys.exit(1)
