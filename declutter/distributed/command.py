"""The ``--cluster`` side of ``declutter run``: options, checks and the stderr summary.

Nothing here imports Dask at import time; :func:`run_on_cluster` does, and turns a missing
extra, a bad cluster spec or a bad input into a clear click error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from declutter.dedup.config import DedupConfig
from declutter.distributed.partitions import DEFAULT_PARTITION_BYTES, OUTPUT_FORMATS

if TYPE_CHECKING:  # rich is imported where a run draws, not for --help
    from rich.table import Table


def cluster_options(f: Callable) -> Callable:
    """``--cluster``, ``--scheduler-file`` and ``--output-format`` (for ``run``)."""
    options = [
        click.option("--cluster", metavar="local[:N]|tcp://HOST:PORT",
                     help="Run on Dask: local:N starts N worker processes here; tcp://... joins "
                          "a running scheduler. -o is then an output directory of partitioned "
                          "files plus manifest.json (needs pip install 'declutter[dask]')."),
        click.option("--scheduler-file", type=click.Path(exists=True, dir_okay=False),
                     help="Join the Dask scheduler described by this file (as dask-scheduler "
                          "--scheduler-file writes it)."),
        click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), default="jsonl",
                     show_default=True, help="With --cluster: JSON Lines or Parquet parts."),
        click.option("--partition-mb", type=click.IntRange(1), default=DEFAULT_PARTITION_BYTES >> 20,
                     show_default=True,
                     help="With --cluster: size of an input partition (JSON Lines files "
                          "larger than this are split into byte ranges; smaller files are "
                          "grouped)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def run_on_cluster(inputs: tuple[str, ...], output: Path | None, *, fmt: str,
                   rule_dirs: tuple[Path, ...], no_audit: bool, max_page_bytes: int,
                   progress: bool, config: DedupConfig, drop_duplicates: bool,
                   cluster: str | None, scheduler_file: str | None, output_format: str,
                   partition_mb: int, unsupported: dict[str, Any]) -> dict:
    """Run ``declutter run`` on Dask; ``unsupported`` names options that do not apply.
    Returns the run's manifest (its ``counts`` say how many error records were written)."""
    from rich.console import Console

    from declutter.distributed.output import OutputError, check_output
    from declutter.distributed.runner import (
        ClusterError,
        DaskMissing,
        Options,
        connect,
        run_distributed,
    )
    from declutter.io.input_files import InputError, expand
    from declutter.ruleset.engine import RuleSet
    from declutter.ruleset.load import RuleError

    if output is None or str(output) == "-":
        raise click.UsageError("--cluster needs -o OUTDIR (a directory of partitioned files)")
    if output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: with --cluster the output is a directory")
    for name, value in unsupported.items():
        if value:
            raise click.UsageError(f"{name} is not available with --cluster")
    try:
        RuleSet.load(rule_dirs)  # the workers load the same files: fail here, not on them
    except RuleError as exc:
        raise click.ClickException(f"rule files have errors; nothing was read:\n{exc}") from None
    try:  # a missing input or an unusable output folder: an error before any cluster starts
        check_output(output, (f.path for f in expand(inputs)))
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except OutputError as exc:
        raise click.ClickException(str(exc)) from None
    console = Console(stderr=True)
    options = Options(fmt=None if fmt == "auto" else fmt,
                      rule_dirs=tuple(str(Path(d).resolve()) for d in rule_dirs),
                      audit=not no_audit, max_page_bytes=max_page_bytes, config=config,
                      drop_duplicates=drop_duplicates, output_format=output_format,
                      partition_bytes=partition_mb << 20)
    try:
        with connect(cluster, scheduler_file) as client:
            manifest = run_distributed(inputs, output, client, options, console, progress)
    except DaskMissing as exc:
        raise click.ClickException(str(exc)) from None
    except OutputError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        raise click.ClickException(f"interrupted; {output} is as it was before this run"
                                   ) from None
    except ClusterError as exc:
        raise click.UsageError(str(exc)) from None
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from None
    except Exception as exc:  # a task that failed on a worker comes back as its own exception
        raise click.ClickException(f"the run failed on the cluster: {type(exc).__name__}: {exc}"
                                   ) from None
    console.print(summary_table(manifest, output))
    return manifest


def summary_table(manifest: dict, output: Path) -> Table:
    """The stderr summary of a distributed run."""
    from rich.table import Table

    counts = manifest["counts"]
    table = Table(title="declutter run --cluster", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [("partitions", len(manifest["partitions"])),
            ("workers", manifest["cluster"]["workers"]),
            ("records read", counts["records"]), ("stories", counts["stories"]),
            ("error records", counts["errors"]),
            ("clusters with copies", counts["clusters"]),
            ("duplicates flagged", counts["duplicates"]),
            ("candidate pairs (verified)", f"{counts['candidates']} ({counts['verified']})"),
            ("teasers linked", f"{counts['teasers_linked']} of {counts['teasers']}"),
            ("records written", counts["written"]),
            ("shuffle bytes", sum(manifest["shuffle_bytes"].values())),
            ("output", f"{output}/ ({manifest['format']}, manifest.json)"),
            ("seconds", f"{manifest['timing']['total']:.2f}")]
    for name, value in rows:
        table.add_row(name, str(value))
    return table
