"""Templates learned from the corpus: blocks that recur across a source's pages.

:mod:`~declutter.templates.sketch` counts normalised blocks in fixed memory,
:mod:`~declutter.templates.model` decides which blocks of a cleaned record are its source's
template and drops them, :mod:`~declutter.templates.learn` counts a run's records (all of them
for files, a window at a time on stdin) before they are written, and keeps the counts in a
dedup index between runs.
"""

from declutter.templates.model import MIN_PAGES, MIN_SHARE, TemplateCounts, mark

__all__ = ["MIN_PAGES", "MIN_SHARE", "TemplateCounts", "mark"]
