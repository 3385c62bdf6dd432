"""Defaults and choices the command line shows in ``--help``, defined with no import at all.

The modules that use them (:mod:`declutter.pipeline`, :mod:`declutter.formats`) import lxml,
the rule engine and orjson; the command line's options read these values from here, so
``declutter --help`` imports none of that (issue 16: import only what a command needs).
"""

DEFAULT_PAGE_SECONDS = 30.0
"""Seconds one page may take before it becomes an error record (0: no limit)."""

OUTPUT_FORMATS = ("jsonl", "txt", "md")
"""What ``clean --output-format`` writes: records, or the stories as plain text or Markdown."""
