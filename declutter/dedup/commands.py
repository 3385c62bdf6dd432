"""CLI commands of dedup: ``declutter dedup`` and ``declutter index stats|export|prune``.

Records go to stdout or ``-o`` (written atomically); progress and summaries go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from declutter.dedup.config import CANONICAL_RULES, DedupConfig

if TYPE_CHECKING:  # the engine and index (numpy) are imported by the commands that run them
    from rich.console import Console  # (rich and the writer too: not for --help)
    from rich.table import Table

    from declutter.dedup.engine import DedupSummary


def _err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def dedup_options(f: Callable) -> Callable:
    """The options of near-duplicate detection (shared by ``dedup`` and ``run``)."""
    defaults = DedupConfig()
    options = [
        click.option("--threshold", type=click.FloatRange(0.0, 1.0, min_open=True),
                     default=defaults.threshold, show_default=True,
                     help="Estimated Jaccard at or above which two stories are duplicates."),
        click.option("--num-perm", type=click.IntRange(4, 1024), default=defaults.num_perm,
                     show_default=True, help="MinHash permutations (signature slots)."),
        click.option("--ngram", type=click.IntRange(1, 16), default=defaults.ngram,
                     show_default=True, help="Words per shingle."),
        click.option("--index", "index_spec", metavar="PATH|redis://HOST:PORT/DB",
                     help="Keep signatures and clusters here across runs (a SQLite file, or "
                          "Redis shared by several workers). Default: this run only."),
        click.option("--drop-duplicates", is_flag=True,
                     help="Write canonical copies only (error records still pass through)."),
        click.option("--canonical", type=click.Choice(CANONICAL_RULES), default=defaults.canonical,
                     show_default=True,
                     help="earliest: first fetched (meta.fetched_at, then input order), ties by "
                          "longest text; longest: longest clean text first."),
        click.option("--teaser-containment", type=click.FloatRange(0.0, 1.0, min_open=True),
                     default=defaults.teaser_containment, show_default=True,
                     help="Share of a teaser's shingles a story must contain to be linked."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def config_from_options(threshold: float, num_perm: int, ngram: int, canonical: str,
                        teaser_containment: float) -> DedupConfig:
    """A :class:`DedupConfig` from the CLI options (bad combinations are usage errors)."""
    try:
        return DedupConfig(ngram=ngram, num_perm=num_perm, threshold=threshold,
                           canonical=canonical, teaser_containment=teaser_containment)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def summary_table(summary: DedupSummary) -> Table:
    """The stderr summary of a dedup run."""
    from rich.table import Table

    table = Table(title="declutter dedup", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [("records read", summary.records), ("stories", summary.stories),
            ("error records passed through", summary.errors),
            ("clusters with copies", summary.clusters), ("duplicates flagged", summary.duplicates),
            ("  of stories from earlier runs", summary.duplicates_of_index),
            ("teasers linked", f"{summary.teasers_linked} of {summary.teasers} with >= "
             f"{summary.config.get('teaser_min_words', '?')} words"),
            ("records written", summary.written),
            ("index", f"{summary.index_kind}, run {summary.run}, {summary.index_size} stories"),
            ("seconds", f"{summary.seconds:.2f}")]
    for name, value in rows:
        table.add_row(name, str(value))
    return table


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str, int], None] | None]:
    console = _err()
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, n: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=None)
            bar.advance(tasks[stage], n)

        yield update


@contextlib.contextmanager
def _seekable(path: str) -> Iterator[str]:
    """A path dedup can read again: stdin (``-``) is spooled to a temporary file first."""
    if path != "-":
        yield path
        return
    fd, tmp = tempfile.mkstemp(prefix="declutter-dedup-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle)
        yield tmp
    finally:
        os.unlink(tmp)


@contextlib.contextmanager
def _output(output: Path | None) -> Iterator[Callable[[dict], None]]:
    from declutter.io.writers import JsonlWriter, OutputBusy

    try:
        writer = JsonlWriter(output)
    except OutputBusy as exc:
        raise click.ClickException(str(exc)) from None
    with writer:
        yield writer.write


@click.command()
@click.argument("records", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSON Lines here (atomically) instead of stdout.")
@dedup_options
@click.option("--progress/--no-progress", default=True,
              help="Live progress on stderr (only when stderr is a terminal).")
@click.option("--summary-json", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the run's summary as JSON here.")
def dedup(records: str, output: Path | None, threshold: float, num_perm: int, ngram: int,
          index_spec: str | None, drop_duplicates: bool, canonical: str,
          teaser_containment: float, progress: bool, summary_json: Path | None) -> None:
    """Flag near-duplicate stories in RECORDS.jsonl (the output of `declutter clean`).

    Each story gains "dup": {cluster, canonical, similarity} and "is_canonical"; each teaser
    gains "links_to", the id of the story it previews (or null). With --index the clusters
    carry over to later runs, so today's copies of yesterday's stories are flagged too.

    \b
    Examples:
      declutter dedup clean.jsonl -o stories.jsonl
      declutter dedup today.jsonl -o out.jsonl --index stories.idx
      declutter dedup today.jsonl --index redis://127.0.0.1:6379/0 --drop-duplicates
    """
    from declutter.dedup.engine import dedup_stream
    from declutter.dedup.index import DedupIndexError

    config = config_from_options(threshold, num_perm, ngram, canonical, teaser_containment)
    if output is not None and not output.parent.exists():
        raise click.UsageError(f"output folder {output.parent} does not exist")
    try:
        with _seekable(records) as path, _output(output) as write, _progress(progress) as bar:
            summary = dedup_stream(path, write, config, index_spec,
                                   drop_duplicates=drop_duplicates, progress=bar)
    except DedupIndexError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot read or write: {exc}") from None
    _err().print(summary_table(summary))
    if summary_json is not None:
        summary_json.write_text(json.dumps(summary.to_dict(), indent=2) + "\n", "utf-8")


def _open_existing(spec: str):
    from declutter.dedup.index import DedupIndexError, open_index

    if not spec.startswith(("redis://", "rediss://")) and not Path(spec).exists():
        raise click.UsageError(f"no index at {spec}")
    try:
        return open_index(spec)
    except DedupIndexError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("index")
def index_group() -> None:
    """Inspect and maintain a dedup index (a SQLite file or redis://host:port/db)."""


@index_group.command("stats")
@click.argument("spec", metavar="INDEX")
def index_stats(spec: str) -> None:
    """Stories, clusters, runs and config of INDEX, as JSON on stdout.

    For a SQLite index also the template counts that `run --index` keeps (``templates``:
    sources counted, how many have the ``min_pages`` a template needs, pages per source).
    ``config.template_min_docs`` is dedup's (stories a boilerplate line must be on), not
    the templates' page minimum.
    """
    store = _open_existing(spec)
    try:
        stats = store.stats()
    finally:
        store.close()
    if not spec.startswith(("redis://", "rediss://")):
        from declutter.templates.learn import template_stats

        stats["templates"] = template_stats(spec)
    click.echo(json.dumps(stats, indent=2))


@index_group.command("export")
@click.argument("spec", metavar="INDEX")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSON Lines here (atomically) instead of stdout.")
def index_export(spec: str, output: Path | None) -> None:
    """Every indexed story as JSON Lines: id, cluster, seen, run, sizes, signature (base64)."""
    from declutter.dedup.index import doc_to_json

    store = _open_existing(spec)
    try:
        with _output(output) as write:
            for doc in store.iter_docs():
                write(doc_to_json(doc))
    finally:
        store.close()


@index_group.command("prune")
@click.argument("spec", metavar="INDEX")
@click.option("--older-than", required=True, metavar="AGE",
              help="Forget stories added longer ago than this: 30d, 12h, 2w, 90m, 45s.")
def index_prune(spec: str, older_than: str) -> None:
    """Forget stories that entered INDEX longer ago than --older-than."""
    from declutter.dedup.index import parse_age

    try:
        seconds = parse_age(older_than)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--older-than") from None
    store = _open_existing(spec)
    try:
        removed = store.prune(seconds)
        left = len(store)
    finally:
        store.close()
    _err().print(f"pruned {removed} stories older than {older_than}; {left} left")
    click.echo(json.dumps({"pruned": removed, "left": left}))
