"""Templates learned from the corpus: blocks that recur across a source's pages.

:mod:`~declutter.templates.sketch` counts normalised blocks in fixed memory,
:mod:`~declutter.templates.model` decides which blocks of a page are its source's template
and drops them, :mod:`~declutter.templates.learn` runs the counting pass (or window) before
cleaning and keeps the counts in a dedup index between runs.
"""

from declutter.templates.model import MIN_PAGES, MIN_SHARE, TemplateCounts, annotate, mark

__all__ = ["MIN_PAGES", "MIN_SHARE", "TemplateCounts", "annotate", "mark"]
