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
    return b.kind, (b.element.get("class") or "").strip() if b.element is not None else ""


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
    if len(story) < BODY_PARAGRAPHS + 1:
        return
    marks = [_markup(b) for b in story]
    counts = Counter(m for m, b in zip(marks, story, strict=True) if is_prose(b) and not is_heading(b))
    if not counts:
        return
    body, n = counts.most_common(1)[0]
    if n < BODY_PARAGRAPHS or 2 * n < sum(counts.values()):
        return
    last = len(marks) - 1 - marks[::-1].index(body)
    tail = story[last + 1 :]
    if 0 < len(tail) <= TAIL_BLOCKS and all(
        b.kind in _BOX_KINDS and b.words <= TAIL_WORDS and m != body
        for b, m in zip(tail, marks[last + 1 :], strict=True)
    ):
        for b in tail:
            b.set(BOILERPLATE, "heuristic.off-body")
