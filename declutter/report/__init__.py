"""The HTML run report: one self-contained page per run, made from the JSON Lines output.

Public API::

    write_report(jsonl, html, limits=None, *, timing=None, rules=(), sources=(), title=None)
        -> ReportResult(path, bytes, pages, pages_shown, clusters, clusters_shown)
    build(jsonl, ...) -> Report      # the data the template renders
    render(report) -> str            # the HTML

CLI: ``declutter report OUT.jsonl [-o report.html]`` (:data:`report`), and ``--report PATH``
on commands that write records (:func:`report_option`, :func:`check_report_option`,
:func:`finish_report`). Templates are Jinja2 files in ``templates/``; charts are inline SVG.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from declutter.report.builder import Report, ReportResult, Timing, build, render, write_report
    from declutter.report.collect import Limits, ReportError
    from declutter.report.command import check_report_option, finish_report, report, report_option

# Loaded on first use: ``clean`` and ``run`` import the command module's options only, and
# the report's builder (Jinja2 templates, charts) costs start-up time a run without
# ``--report`` never needs.
_LAZY = {"Report": "builder", "ReportResult": "builder", "Timing": "builder", "build": "builder",
         "render": "builder", "write_report": "builder", "Limits": "collect", "ReportError": "collect",
         "check_report_option": "command", "finish_report": "command", "report": "command",
         "report_option": "command"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"declutter.report.{_LAZY[name]}"), name)


__all__ = [
    "Limits",
    "Report",
    "ReportError",
    "ReportResult",
    "Timing",
    "build",
    "check_report_option",
    "finish_report",
    "render",
    "report",
    "report_option",
    "write_report",
]
