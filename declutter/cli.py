"""The ``declutter`` command line. Data goes to stdout or files; progress and summaries to stderr."""

from __future__ import annotations

import glob
import importlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from declutter import __version__
from declutter.dedup.commands import config_from_options, dedup_options, summary_table
from declutter.defaults import DEFAULT_PAGE_SECONDS, OUTPUT_FORMATS
from declutter.distributed.command import cluster_options, run_on_cluster
from declutter.io.input_files import InputError, is_declutter_output
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, FORMATS, Item, RawPage, assume
from declutter.report.command import check_report_option, finish_report, report_option
from declutter.summary import Summary, show, track
from declutter.templates import MIN_PAGES, MIN_SEEN, MIN_SHARE, PROSE_SHARE

if TYPE_CHECKING:  # imported by the commands that run (lxml, the rule engine, orjson, rich):
    from rich.console import Console  # `declutter --help` imports none of them (issue 16)

    from declutter.io.writers import JsonlWriter
    from declutter.pipeline import Pipeline
    from declutter.ruleset.engine import RuleSet

EXIT_PAGE_ERRORS = 3
"""Exit status of clean/run when some pages gave error records (without --allow-errors)."""


class _LazyGroup(click.Group):
    """A command group whose commands from other modules are imported only when one of them is
    called, so ``clean`` and ``run`` do not pay for rule testing, the report and the index
    tools at start-up, nor ``--help`` for any of them (issue 16: under 0.3 s). ``--help``
    lists them by their first paragraph of help, kept here (a test checks it is theirs)."""

    LAZY = {"rules": ("declutter.ruleset.commands:rules", "Check editors' rule files: lint "
                      "them, run their tests, diff an edit on a corpus."),
            "explain": ("declutter.ruleset.commands:explain_cmd", "Show each block of PAGE in "
                        "order: its label and the rule or heuristic that decided it."),
            "dedup": ("declutter.dedup.commands:dedup", "Flag near-duplicate stories in "
                      "RECORDS.jsonl (the output of `declutter clean`)."),
            "index": ("declutter.dedup.commands:index_group", "Inspect and maintain a dedup "
                      "index (a SQLite file or redis://host:port/db)."),
            "report": ("declutter.report.command:report",
                       "Write a self-contained HTML report of a run's JSON Lines output.")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            module, _, attr = self.LAZY[cmd_name][0].partition(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, a command not yet imported standing in by its help
        paragraph in :attr:`LAZY` (its module stays unimported)."""
        loaded = self.commands
        self.commands = {**{name: click.Command(name, help=text)
                            for name, (_, text) in self.LAZY.items()}, **loaded}
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.commands = loaded


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="declutter")
def main() -> None:
    """Turn scraped news pages and aggregator dumps into clean stories.

    Inputs are HTML pages, plain-text dumps, JSON Lines, WARC files and RSS/Atom feeds
    (files, folders, globs or - for stdin). Output is JSON Lines on stdout or -o FILE, one
    record per input page; progress and summaries go to stderr.

    \b
    Typical use:
      declutter run samples/ -o stories.jsonl      clean, then flag near-duplicates
      declutter clean samples/ -o clean.jsonl      strip boilerplate, keep teasers apart
      declutter dedup clean.jsonl -o out.jsonl     flag near-duplicates in clean records
      declutter explain PAGE                       why each block was kept or dropped
      declutter rules lint|test|diff               check and compare editors' rule files
      declutter report out.jsonl -o report.html    look at a run in a browser

    \b
    Exit status: 0 when every page was cleaned; 1 when a command fails (rule files with
    errors, an output in use, ...); 2 for a usage error (unknown option, missing input);
    3 when clean/run wrote error records for some pages (--allow-errors: 0).
    """


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _load_rules(rule_dirs: tuple[Path, ...]) -> RuleSet:
    from declutter.ruleset.engine import RuleSet
    from declutter.ruleset.load import RuleError

    try:
        return RuleSet.load(rule_dirs)
    except RuleError as exc:
        raise click.ClickException(f"rule files have errors; nothing was read:\n{exc}") from None


def _items(pipeline: Pipeline, inputs: tuple[str, ...], fmt: str, console: Console,
           url: str | None = None, source: str | None = None) -> Iterator[Item]:
    if url and (len(inputs) != 1 or Path(inputs[0]).is_dir() or glob.has_magic(inputs[0])):
        raise click.UsageError("--url names the page of a single input file (or -), "
                               "not of several inputs, a folder or a glob")
    skipped: list[Path] = []
    refused: list[tuple[Path, str]] = []
    try:
        items = pipeline.read(inputs, None if fmt == "auto" else fmt, skipped, refused)
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    if refused:
        console.print(f"skipped {len(refused)} folders or links inside the inputs: " + "; ".join(
            f"{p} ({why})" for p, why in refused[:5]) + ("; ..." if len(refused) > 5 else ""),
            markup=False, highlight=False)
    outputs = [p for p in skipped if is_declutter_output(p)]
    others = [p for p in skipped if p not in outputs]
    for files, what in ((others, "files in folders that are not pages"),
                        (outputs, "files of declutter output (records, not pages)")):
        if files:
            names = ", ".join(p.name for p in files[:3]) + (", ..." if len(files) > 3 else "")
            console.print(f"skipped {len(files)} {what} ({names})", highlight=False)
    if url or source:
        return (assume(i, url, source) if isinstance(i, RawPage) else i for i in items)
    return items


def _exit_status(errors: int, read: int, allow_errors: bool, console: Console) -> None:
    """Exit with :data:`EXIT_PAGE_ERRORS` and one stderr line when pages gave error records."""
    if errors and not allow_errors:
        console.print(f"declutter: {errors} of {read} pages gave error records "
                      f"(exit status {EXIT_PAGE_ERRORS}; --allow-errors exits 0)", highlight=False,
                      soft_wrap=True)
        raise SystemExit(EXIT_PAGE_ERRORS)


def _complete(output: Path | None, resume: bool, console: Console) -> bool:
    """True (and says so) when --resume is asked for an output that is already complete."""
    from declutter.io.writers import part_path

    if resume and output is not None and output.is_file() and not part_path(output).exists():
        console.print(f"{output} is complete (no partial output of an interrupted run); "
                      "nothing to resume. Rerun without --resume to clean again.", highlight=False,
                      soft_wrap=True)
        return True
    return False


_input_options = [
    click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
    click.option("-o", "--output", type=click.Path(path_type=Path),
                 help="Write JSON Lines here (atomically) instead of stdout "
                      "(run --cluster: an output directory)."),
    click.option("--format", "fmt", default="auto", show_default=True,
                 type=click.Choice(("auto",) + FORMATS),
                 help="Input format; auto detects it from names and content."),
    click.option("--rules", "rule_dirs", multiple=True,
                 type=click.Path(exists=True, path_type=Path),
                 help="Extra rule file or folder, applied after the bundled rules (repeatable)."),
    click.option("--no-audit", is_flag=True, help="Leave the 'removed' audit trail out."),
    click.option("--no-templates", is_flag=True,
                 help="Do not learn sources' templates. By default the run counts, per source "
                      "(feed name, else domain), the lines seen on its pages before writing; "
                      f"once a source has {MIN_PAGES} pages, a line seen on at least "
                      f"{MIN_SHARE:.0%} of them and on at least {MIN_SEEN} (so {MIN_SEEN} of a "
                      f"10-page source's pages, {max(MIN_SEEN, round(MIN_SHARE * 100))} of a "
                      "100-page one; a sentence of 12 words or more, or one standing among the "
                      f"page's story paragraphs: {PROSE_SHARE:.0%} and {MIN_SEEN}, word for "
                      "word) that is not the "
                      "page's own story goes to 'removed' as "
                      "template.SOURCE (stdin: counted in windows of 1,000 pages)."),
    click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
                 help="Worker processes; output order is preserved."),
    click.option("--max-page-bytes", default=DEFAULT_MAX_PAGE_BYTES, show_default=True,
                 type=click.IntRange(1024), help="Pages larger than this become error records."),
    click.option("--page-timeout", default=DEFAULT_PAGE_SECONDS, show_default=True,
                 type=click.FloatRange(0), help="Seconds one page may take (0: no limit); "
                 "a slower page becomes an error record."),
    click.option("--resume", is_flag=True,
                 help="Go on from the partial output of an interrupted run (needs -o). With "
                      "templates the run keeps its cleaned pages in .OUTPUT.templates.spool "
                      "until it ends; a resumed run counts them again and cleans only the rest."),
    click.option("--progress/--no-progress", default=True,
                 help="Live progress on stderr (only when stderr is a terminal)."),
    click.option("--url", help="URL of the page of a single input file that does not say it "
                 "(makes teaser links absolute, selects site rules by domain)."),
    click.option("--source", help="Source/feed name for pages that name none of their own (no "
                 "source field, URL, canonical URL or site name): a page that does keeps its own."),
    click.option("--allow-errors", is_flag=True,
                 help=f"Exit 0 even when some pages gave error records (else {EXIT_PAGE_ERRORS})."),
]


def input_options(f: Any) -> Any:
    """The options shared by commands that read pages (clean, run)."""
    for option in reversed(_input_options):
        f = option(f)
    return f


@main.command()
@input_options
@click.option("--output-format", "out_format", type=click.Choice(OUTPUT_FORMATS), default="jsonl",
              show_default=True, help="jsonl: one record per page; txt or md: the stories as "
              "plain text or Markdown, one after another, separated by a line ---.")
@report_option
def clean(inputs: tuple[str, ...], output: Path | None, fmt: str, rule_dirs: tuple[Path, ...],
          no_audit: bool, jobs: int, max_page_bytes: int, page_timeout: float, resume: bool,
          progress: bool, url: str | None, source: str | None, allow_errors: bool,
          out_format: str, report_path: Path | None, no_templates: bool = False) -> None:
    """Strip boilerplate and separate teasers: one JSON line per input page.

    INPUT is a file, a folder (recursive), a glob or - for stdin: HTML pages (.html, .htm,
    .gz), plain-text dumps (.txt), JSON Lines pages (.jsonl: id, url, html or text, source,
    fetched_at), WARC files (.warc, .warc.gz) or RSS/Atom feeds. Every page gives one line:
    a cleaned record, or an error record with "error" set. A summary goes to stderr; the
    exit status is 3 when some pages gave error records (0 with --allow-errors).
    """
    from declutter.batch_gc import batch_gc
    from declutter.io.writers import ResumeMismatch, write_error
    from declutter.pipeline import Pipeline
    from declutter.templates.command import clean_records, drop_spool

    check_report_option(report_path, output)
    if out_format != "jsonl" and (resume or report_path):
        raise click.UsageError("--resume and --report need --output-format jsonl")
    console = _stderr()
    if _complete(output, resume, console):
        return
    pipeline = Pipeline(rules=_load_rules(rule_dirs), rule_dirs=rule_dirs, audit=not no_audit,
                        max_page_bytes=max_page_bytes, page_seconds=page_timeout,
                        markdown=out_format == "md")
    items = _items(pipeline, inputs, fmt, console, url, source)
    summary = Summary(title="declutter clean")
    try:
        with batch_gc(), _writer(output, resume, out_format) as writer:
            records = clean_records(pipeline, items, jobs, inputs, no_templates, writer, resume,
                                    spooled=out_format == "jsonl", notes=summary.notes)
            for record in track(records, summary, console, progress):
                writer.write(record)
                if out_format != "jsonl" and getattr(record, "error", None):  # (no record to hold it)
                    console.print(f"error: {record.id}: {record.error}", markup=False, highlight=False,
                                  soft_wrap=True)
        drop_spool(output)
    except ResumeMismatch as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(write_error(output, exc)) from None
    if writer.resumed:
        console.print(f"resumed: {writer.resumed} pages were already written by an earlier run")
    show(summary, console)
    finish_report(report_path, output, summary, console)
    _exit_status(summary.errors, summary.read, allow_errors, console)


@main.command()
@input_options
@dedup_options
@cluster_options
@report_option
def run(inputs: tuple[str, ...], output: Path | None, fmt: str, rule_dirs: tuple[Path, ...],
        no_audit: bool, jobs: int, max_page_bytes: int, page_timeout: float, resume: bool,
        progress: bool, url: str | None, source: str | None, allow_errors: bool,
        threshold: float, num_perm: int, ngram: int, index_spec: str | None,
        drop_duplicates: bool, canonical: str, teaser_containment: float, cluster: str | None,
        scheduler_file: str | None, output_format: str, partition_mb: int,
        report_path: Path | None, no_templates: bool = False) -> None:
    """Clean pages, then flag near-duplicate stories: the whole job in one command.

    Takes the inputs and options of `clean` and of `dedup`. Cleaned records stream to a
    temporary file beside the output, which dedup then reads three times (line counts,
    signatures, annotation), so memory stays flat. With --resume an interrupted run goes on: cleaning
    from where it stopped, or straight to dedup when cleaning had finished.

    \b
    Examples:
      declutter run samples/ -o stories.jsonl
      declutter run crawl/ -o today.jsonl --index stories.idx --drop-duplicates
      declutter run crawl/ -o outdir/ --cluster local:4      (on Dask; see README)
    """
    from declutter.dedup import DedupIndexError, dedup_stream  # numpy: only commands that dedup

    config = config_from_options(threshold, num_perm, ngram, canonical, teaser_containment)
    if cluster or scheduler_file:
        if not no_templates:
            _stderr().print("note: templates are not learned on a cluster; "
                            "the output equals a local run with --no-templates")
        manifest = run_on_cluster(
            inputs, output, fmt=fmt, rule_dirs=rule_dirs, no_audit=no_audit,
            max_page_bytes=max_page_bytes, progress=progress, config=config,
            drop_duplicates=drop_duplicates, cluster=cluster, scheduler_file=scheduler_file,
            output_format=output_format, partition_mb=partition_mb,
            unsupported={"--index": index_spec, "--resume": resume, "--report": report_path})
        counts = manifest["counts"]
        _exit_status(counts["errors"], counts["records"], allow_errors, _stderr())
        return
    from declutter.batch_gc import batch_gc
    from declutter.io.writers import ResumeMismatch, part_path, write_error
    from declutter.pipeline import Pipeline
    from declutter.templates.command import clean_records, drop_spool

    check_report_option(report_path, output)
    console = _stderr()
    if resume and output is None:
        raise click.UsageError("--resume needs -o/--output")
    if _complete(output, resume, console):
        return
    try:
        from declutter.dedup.index import check_index  # numpy: only commands that dedup

        check_index(index_spec)  # before a page is read, not after all are cleaned
    except DedupIndexError as exc:
        raise click.ClickException(str(exc)) from None
    final = _writer(output, resume=False)
    staged = (output.with_name(f".{output.name}.clean.jsonl") if output is not None
              else Path(tempfile.mkstemp(prefix="declutter-run-", suffix=".jsonl")[1]))
    summary = Summary(title="declutter run: clean")
    writing: Path | None = staged
    try:
        if not (resume and staged.exists()):
            staged.unlink(missing_ok=True)
            pipeline = Pipeline(rules=_load_rules(rule_dirs), rule_dirs=rule_dirs,
                                audit=not no_audit, max_page_bytes=max_page_bytes,
                                page_seconds=page_timeout)
            items = _items(pipeline, inputs, fmt, console, url, source)
            with batch_gc(), _writer(staged, resume) as cleaned:
                from declutter.templates.learn import keeps_counts, load_counts, save_counts

                kept = keeps_counts(index_spec) and not no_templates
                counts = load_counts(index_spec) if kept else None
                records = clean_records(pipeline, items, jobs, inputs, no_templates, cleaned,
                                        resume, counts=counts, spooled=output is not None,
                                        notes=summary.notes)
                for record in track(records, summary, console, progress):
                    cleaned.write(record)
            drop_spool(staged)
            if kept and counts is not None:
                save_counts(index_spec, counts)
            show(summary, console)
        else:
            console.print(f"resumed: cleaning had finished ({staged}); deduplicating")
        writing = output
        with final:
            dups = dedup_stream(str(staged), final.write, config, index_spec,
                                drop_duplicates=drop_duplicates)
    except ResumeMismatch as exc:
        raise click.ClickException(str(exc)) from None
    except DedupIndexError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(write_error(writing, exc, resumable=output is not None)
                                   ) from None
    finally:
        final.close(ok=False)
        if output is None:  # a temporary file: nothing can resume from it
            staged.unlink(missing_ok=True)
            part_path(staged).unlink(missing_ok=True)
    staged.unlink(missing_ok=True)
    console.print(summary_table(dups))
    finish_report(report_path, output, summary if summary.read else None, console)
    _exit_status(summary.errors, summary.read, allow_errors, console)


def _writer(output: Path | None, resume: bool, out_format: str = "jsonl") -> JsonlWriter:
    from declutter.formats import StoryWriter
    from declutter.io.writers import JsonlWriter, OutputBusy, write_error

    if resume and output is None:
        raise click.UsageError("--resume needs -o/--output")
    if output is not None and output.is_dir():
        raise click.UsageError(f"-o {output} is a directory (a folder of parts needs --cluster)")
    try:
        if out_format != "jsonl":
            return StoryWriter(output, out_format)
        return JsonlWriter(output, resume=resume)
    except OutputBusy as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(write_error(output, exc, resumable=False)) from None

