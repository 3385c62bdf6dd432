"""The ``declutter`` command line. Data goes to stdout or files; progress and summaries to stderr."""

from __future__ import annotations

import click

from declutter import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="declutter")
def main() -> None:
    """Turn scraped news pages and aggregator dumps into clean stories.

    \b
    Typical use:
      declutter clean samples/ -o clean.jsonl      strip boilerplate, keep teasers apart
      declutter run samples/ -o stories.jsonl      clean, then flag near-duplicates
      declutter explain PAGE                       why each block was kept or dropped
      declutter rules lint|test                    check editors' rule files
    """
