"""Choose an HTML page's story container: the element whose subtree holds most of the prose.

Block values are summed up the tree (every block adds its value to each of its ancestors); the
element with the highest sum, outside page chrome and teaser sections, is the story container,
widened to an ancestor holding much more prose and narrowed to a body it holds. Used by
:mod:`declutter.content.html_story`.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from declutter.blocks import Block
from declutter.content.chains import Chains, verdict
from declutter.content.features import block_value
from declutter.content.story_reach import narrow_to_body, near_headline
from declutter.content.vocabulary import NOT_STORY


def story_container(
    blocks: list[Block],
    chains: Chains,
    verdicts: dict[Any, tuple[str | None, bool]],
    page_lines: list[range],
) -> tuple[Iterator[Any], dict[Any, int]]:
    """Story container candidates, best first, and the prose characters under each element.

    The container is the element whose subtree has the highest summed block value, among
    elements not inside page chrome (footer, sidebar, comments, nav...); when every
    candidate is inside chrome, the best of all.
    """
    score: dict[Any, float] = {}
    prose: dict[Any, int] = {}
    # reader comments set as lines of one element are no story: they weigh nothing here, or
    # their sentences widen the container to an element holding the sidebar between
    comments = {k for group in page_lines for k in group}
    for k, b in enumerate(blocks):
        el = b.element
        v = 0.0 if k in comments else block_value(b)
        score[el] = score.get(el, 0.0) + v
        if v > 0:
            prose[el] = prose.get(el, 0) + len(b.text)
    parent = chains.parent
    roots = []
    for el in sorted(parent, key=chains.depth.__getitem__, reverse=True):  # children first
        up = parent[el]
        if up is not None:
            if el in score:
                score[up] = score.get(up, 0.0) + score[el]
            if el in prose:
                prose[up] = prose.get(up, 0) + prose[el]
        else:
            roots.append(el)
    headline = next((b.element for b in blocks if b.kind == "h1"), None)
    total = max(prose.get(el, 0) for el in roots) if prose else 0  # (the page's prose)
    return _outside_chrome(score, prose, chains, verdicts, total, headline), prose


# Share of the page's prose an element must hold for its own tag or class words not to count
# against it: the element holding most of what a reader reads is the page, not chrome.
PROSE_MAJORITY = 0.8
# ... or half of it when the page's headline (its first h1) is inside the element too.
HEADLINE_SHARE = 0.5


def _outside_chrome(
    score: dict[Any, float],
    prose: dict[Any, int],
    chains: Chains,
    verdicts: dict[Any, tuple[str | None, bool]],
    total: int,
    headline: Any = None,
) -> Iterator[Any]:
    """Elements with no chrome (``NOT_STORY``) or teaser-section element ("related posts")
    above or at them, highest score first: cards of other stories whose excerpts outweigh a
    story of headings and short lines are no story container.

    A chrome or teaser verdict from a tag or a class/id word counts only for an element
    holding less than ``PROSE_MAJORITY`` of the page's prose: a ``<body class="has-sidebar">``, an ASP.NET
    page wrapped in one ``<form>``, a Drupal ``field--label-hidden`` story field or a blog's
    ``widget Blog`` post column is the page, whatever its words say. One top-down pass over
    the elements (memoised per element), so linear in the tree size; when every element is
    inside chrome, the best of all comes first. ``total`` is the page's prose (its root's).
    """
    parent = chains.parent
    blocked: dict[Any, bool] = {}
    above_headline = set(chains.up(headline)) if headline is not None else set()

    def is_blocked(el: Any) -> bool:
        pending = []
        while el is not None and el not in blocked:
            pending.append(el)
            el = parent.get(el)
        state = blocked[el] if el is not None else False
        for e in reversed(pending):
            kind, teaser = verdict(e, verdicts)
            if not state and (kind in NOT_STORY or teaser):
                mass = prose.get(e, 0)
                state = mass < PROSE_MAJORITY * total and not (
                    e in above_headline and mass >= HEADLINE_SHARE * total
                )
            blocked[e] = state
        return state

    ranked = sorted(score.items(), key=itemgetter(1), reverse=True)
    free = (el for el, _ in ranked if not is_blocked(el))
    first = next(free, None)
    if first is not None and headline is not None:
        first = near_headline(first, ranked, chains, above_headline, is_blocked)
    yield ranked[0][0] if first is None else narrow_to_body(
        _widen(first, score, prose, parent, is_blocked), score, prose, is_blocked
    )
    yield from free


# An ancestor holding this many times the container's prose, with a positive score, is the
# story's container instead: the best-scoring element was one part of a story whose container
# also holds link lists that cost it more than that part's lead.
WIDEN_PROSE = 3.0
# ... or whose own paragraphs (its children that hold no block element) hold this share of it.
OWN_PARAGRAPHS = 0.4


def _widen(
    el: Any, score: dict[Any, float], prose: dict[Any, int], parent: dict[Any, Any], blocked: Any
) -> Any:
    """The highest ancestor of ``el`` (not inside chrome) holding at least ``WIDEN_PROSE`` times
    the prose of the element chosen so far, or paragraphs of its own (children that are
    blocks) holding ``OWN_PARAGRAPHS`` of it, and scoring above zero; one walk up the tree.
    A story body whose markup nested its second half in a few ``div``s has its first half as
    paragraphs of its own beside them: the body is the story, not the nested part."""
    best, up = el, parent.get(el)
    while up is not None:
        more = prose.get(up, 0) >= WIDEN_PROSE * prose.get(best, 0) or _own_paragraphs(
            up, score, prose) >= OWN_PARAGRAPHS * prose.get(best, 0)
        if more and score.get(up, 0.0) > 0 and not blocked(up):
            best = up
        up = parent.get(up)
    return best


def _own_paragraphs(el: Any, score: dict[Any, float], prose: dict[Any, int]) -> int:
    """The prose of ``el``'s children that are blocks of their own (no child holding a block)."""
    return sum(prose.get(k, 0) for k in el if k in prose and not any(g in score for g in k))
