"""Templates learned from the corpus: blocks that recur across a source's pages.

:mod:`~declutter.templates.sketch` counts normalised blocks in fixed memory,
:mod:`~declutter.templates.model` decides which blocks of a cleaned record are its source's
template and drops them, :mod:`~declutter.templates.learn` counts a run's records (all of them
for files, a window at a time on stdin) before they are written, and keeps the counts in a
dedup index between runs.
"""

from typing import Any

MIN_PAGES = 10
"""Pages of a source counted before its template is applied at all."""
MIN_SEEN = 5
"""Pages a block must be seen on before it can be template (whatever the share)."""
MIN_SHARE = 0.2
"""Share of the source's pages a block must be seen on."""
PROSE_SHARE = 0.4
"""Share of the source's pages a prose sentence (12 words or more, ending like a sentence,
its numbers as written), or a shorter sentence standing among the page's story paragraphs,
must be seen on: chrome sentences (an app pitch, a newsletter line) stand on most of a
source's pages, while a story sentence a generator repeats, or the closing line a few
stories share, stands on a few."""

__all__ = ["MIN_PAGES", "MIN_SEEN", "MIN_SHARE", "PROSE_SHARE", "TemplateCounts", "mark"]


def __getattr__(name: str) -> Any:  # PEP 562: numpy only once counting starts, not for --help
    if name in ("TemplateCounts", "mark"):
        from declutter.templates import model

        return getattr(model, name)
    raise AttributeError(name)
