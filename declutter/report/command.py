"""``declutter report`` and the ``--report PATH`` option of the commands that write records."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from declutter.report.collect import Limits, ReportError

if TYPE_CHECKING:  # build imports Jinja2: only a command that writes a report loads it
    from rich.console import Console

    from declutter.report.builder import ReportResult
    from declutter.summary import Summary


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


def say_written(result: ReportResult, console: Console) -> None:
    """One stderr line: where the report is, its size, and how much of the run it shows."""
    shown = (f"{result.pages_shown:,} of {result.pages:,} pages shown"
             if result.pages_shown < result.pages else f"all {result.pages:,} pages shown")
    clusters = f", {result.clusters_shown} of {result.clusters:,} clusters" if result.clusters else ""
    console.print(f"report: {result.path} ({_size(result.bytes)}, {result.bytes:,} bytes; {shown}{clusters})",
                  highlight=False, soft_wrap=True)


def default_output(jsonl: Path) -> Path:
    """``clean.jsonl`` -> ``clean.report.html`` beside it (``.gz`` dropped too)."""
    name = jsonl.name
    for suffix in (".gz", ".jsonl", ".json", ".ndjson"):
        name = name.removesuffix(suffix)
    return jsonl.with_name(f"{name}.report.html")


def report_option(f: Any) -> Any:
    """``--report PATH`` for a command that writes records with ``-o``."""
    return click.option(
        "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
        help="Also write a self-contained HTML run report here (needs -o; read back from it).")(f)


def check_report_option(report_path: Path | None, output: Path | None) -> None:
    """Fail before the run, not after it, when ``--report`` cannot work."""
    if report_path is not None and output in (None, Path("-")):
        raise click.UsageError("--report needs -o/--output: the report reads the written records back.")


def finish_report(report_path: Path | None, output: Path | None, summary: Summary | None,
                  console: Console) -> None:
    """After a run: write the report of ``output`` (with the run's time) and say so on stderr."""
    if report_path is None or output is None:
        return
    from declutter.report.builder import Timing, write_report

    timing = Timing.of(summary) if summary is not None else None
    try:
        result = write_report(output, report_path, timing=timing)
    except (OSError, ReportError) as exc:
        raise click.ClickException(f"could not write the report: {exc}") from None
    say_written(result, console)


@click.command()
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write [default: JSONL's name with .report.html].")
@click.option("--rule", "rules", multiple=True, metavar="RULE_ID",
              help="Show only pages where this rule removed a block (repeatable); counts cover all.")
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="Show only pages from this source (repeatable).")
@click.option("--max-pages", default=Limits.max_pages, show_default=True, type=click.IntRange(1, 5000),
              help="Pages shown in full; larger runs are sampled (every rule and source is represented).")
@click.option("--max-clusters", default=Limits.max_clusters, show_default=True, type=click.IntRange(0, 1000),
              help="Duplicate clusters shown side by side (the largest).")
@click.option("--title", help="Heading of the report.")
def report(jsonl: Path, output: Path | None, rules: tuple[str, ...], sources: tuple[str, ...],
           max_pages: int, max_clusters: int, title: str | None) -> None:
    """Write a self-contained HTML report of a run's JSON Lines output.

    \b
    The page opens from disk and fetches nothing. It shows the run's counts, blocks
    removed by rule, duplicate clusters by size, and pages with removed blocks struck
    through and labelled with their rule id, teasers as cards, and each duplicate next
    to its canonical copy. Large runs are sampled so the file stays small; its size is
    printed. Example:

    \b
      declutter clean samples/ -o clean.jsonl
      declutter report clean.jsonl -o report.html
    """
    from rich.console import Console

    from declutter.report.builder import write_report

    limits = Limits(max_pages=max_pages, max_clusters=max_clusters)
    out = output or default_output(jsonl)
    try:
        result = write_report(jsonl, out, limits, rules=rules, sources=sources, title=title)
    except ReportError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"could not write {out}: {exc.strerror or exc}") from None
    say_written(result, Console(stderr=True))
