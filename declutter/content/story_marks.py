"""The markup of an HTML story's paragraphs, and what ends the story marked up otherwise.

A CMS sets a story's paragraphs one way (``<p>`` with no class, or ``<p class="body-text">``
throughout); a box the template or an editor adds after them (a pitch for support, a contact
notice, a "created on ... filed under" line, an author box set as a quote) is marked up in
its own way. :func:`off_body_tail` drops such a tail, read only from the blocks' tag and
class, never from what the words say.
"""

from __future__ import annotations

from collections import Counter

from declutter.blocks import BOILERPLATE, Block
from declutter.content.features import is_heading, is_prose

# Fewest paragraphs of one markup for it to be the story body's markup.
BODY_PARAGRAPHS = 3
# Most blocks in a tail marked up unlike the body, and most words in each: a box's lines,
# not a last section of the story set in its own style.
TAIL_BLOCKS = 3
TAIL_WORDS = 60
# Tags a box's lines come in (list items, headings, code and table rows are the story's own
# kinds of text, set apart by their tag, not by a box).
_BOX_KINDS = frozenset({"p", "div", "blockquote", "address", "span", "section", "aside"})


def _markup(b: Block) -> tuple[str, str]:
    """A block's tag and class attribute (``""`` when it has none)."""
    cls = b.element.get("class") if b.element is not None else None
    return b.kind, " ".join((cls or "").split())


def off_body_tail(story: list[Block]) -> None:
    """Drop the lines after the story's last body paragraph when they are marked up unlike
    the body (``heuristic.off-body``).

    ``story``: the story's blocks in page order. The body's markup is the tag and class shared
    by most of its prose paragraphs (headings aside), at least ``BODY_PARAGRAPHS`` of them and
    at least half. After the last block of that markup, a tail of at most ``TAIL_BLOCKS``
    blocks, each a paragraph-like tag (``_BOX_KINDS``) of at most ``TAIL_WORDS`` words whose
    markup is not the body's, is a box the page set after the story, not its last lines. One
    pass over ``story``.
    """
    marks: Counter[tuple[str, str]] = Counter()
    paragraphs = 0
    for b in story:
        if is_prose(b) and not is_heading(b):
            marks[_markup(b)] += 1
            paragraphs += 1
    if not marks:
        return
    body, n = marks.most_common(1)[0]
    if n < BODY_PARAGRAPHS or 2 * n < paragraphs:
        return
    last = max(k for k, b in enumerate(story) if _markup(b) == body)
    tail = story[last + 1 :]
    if 0 < len(tail) <= TAIL_BLOCKS and all(
        b.kind in _BOX_KINDS and b.words <= TAIL_WORDS and _markup(b) != body for b in tail
    ):
        for b in tail:
            b.set(BOILERPLATE, "heuristic.off-body")
