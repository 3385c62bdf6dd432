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

from declutter.report.build import Report, ReportResult, Timing, build, render, write_report
from declutter.report.collect import Limits, ReportError
from declutter.report.command import check_report_option, finish_report, report, report_option

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
