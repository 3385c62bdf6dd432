"""Answers of pure functions of a line's text, kept for the page being read.

Several passes of the dump reader (:mod:`declutter.content.dump_story`) ask the same question
of the same line (is it a byline? is it headline-shaped?) as the page's shapes change around
it. A question whose answer depends on the line's text alone is answered once a page: each
memo here maps a line's text to its answer, and :func:`new_page` empties them all when the
reader starts a page (so memory stays bounded, and a page's lines are read anew as a new
site's would be). Thread-safe as far as answers go: a memo holds only answers that its key
alone decides.
"""

from __future__ import annotations

from typing import Any

_MEMOS: list[dict[str, Any]] = []
MEMO_LINES = 4096
"""Most answers a memo keeps: a caller that never starts a page (the HTML reader asking a dump
helper) still holds memory bounded."""


def page_memo() -> dict[str, Any]:
    """A new memo (line text -> answer), emptied by :func:`new_page`."""
    memo: dict[str, Any] = {}
    _MEMOS.append(memo)
    return memo


def remember(memo: dict[str, Any], text: str, answer: Any) -> Any:
    """Keep ``answer`` for ``text`` in ``memo`` (emptied first when full); return ``answer``."""
    if len(memo) >= MEMO_LINES:
        memo.clear()
    memo[text] = answer
    return answer


def new_page() -> None:
    """Forget every answer: the reader starts a new page."""
    for memo in _MEMOS:
        memo.clear()
