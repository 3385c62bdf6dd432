"""Templates in the ``clean`` and ``run`` commands: records cleaned with their sources'
templates learned over the whole input (:mod:`declutter.templates.learn`), resumed from the
spool an interrupted run left, and what could not be learned said in the run's summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.console import Console

from declutter.io.readers import Item
from declutter.io.writers import JsonlWriter
from declutter.pipeline import Pipeline
from declutter.templates import MIN_PAGES


def clean_records(pipeline: Pipeline, items: Iterator[Item], jobs: int, inputs: tuple[str, ...],
                  no_templates: bool, writer: JsonlWriter, resume: bool, counts: Any = None,
                  spooled: bool = True, notes: list[str] | None = None) -> Iterator[Any]:
    """Records of ``items`` that ``writer`` does not hold yet (``--resume``): with templates,
    counted over the whole input (a window on stdin). Over files, with ``spooled`` and an
    output file, the records wait for the counts in a spool beside the output, which an
    interrupted run resumes from (:mod:`declutter.templates.spool`). What templates could not
    learn (sources too small, pages with no source) goes to ``notes`` (the run's summary)."""
    if no_templates:
        return pipeline.run(writer.skip_done(items), jobs)
    from declutter.templates.learn import run_with_templates  # numpy: only when counting
    from declutter.templates.spool import spool_path

    def unlearned(small: int, sources: int, unnamed: int, examples: list[str]) -> None:
        if notes is not None:
            notes.append(unlearned_note(small, sources, unnamed, examples))

    if "-" in inputs:
        return run_with_templates(pipeline, writer.skip_done(items), jobs, whole=False,
                                  counts=counts, unlearned=unlearned)
    spool = spool_path(writer.path) if spooled and writer.path is not None else None

    def resumed(n: int) -> None:
        Console(stderr=True).print(f"resumed: {n} pages were already cleaned by an earlier run "
                                   f"(kept in {spool})", highlight=False, soft_wrap=True)

    return writer.skip_done(run_with_templates(pipeline, items, jobs, counts=counts,
                                               spool=spool, resume=resume, resumed=resumed,
                                               unlearned=unlearned))


def unlearned_note(small: int, sources: int, unnamed: int, examples: list[str] | None = None) -> str:
    """One line for the summary: sources with too few pages to learn their template, pages
    with no source name (their templates are not learned; their records are written as
    cleaned), naming the first of them (``examples``: their ids)."""
    parts = []
    if small:
        parts.append(f"{small} of {sources} source{'s' * (sources != 1)} had fewer than "
                     f"{MIN_PAGES} pages, too few to learn {'its' if sources == 1 else 'their'} "
                     "template")
    if unnamed:
        shown = ", ".join(examples or ()) + (", ..." if unnamed > len(examples or ()) else "")
        parts.append(f"{unnamed} page{'s' * (unnamed != 1)} had no source name"
                     + (f" ({shown})" if examples else "")
                     + " (give one with --source, or a 'source' in JSON Lines)")
    return "templates: " + "; ".join(parts)


def drop_spool(output: Path | None) -> None:
    """Remove the templates spool of a run whose output is complete."""
    if output is not None:
        from declutter.templates.spool import spool_path

        spool_path(output).unlink(missing_ok=True)
