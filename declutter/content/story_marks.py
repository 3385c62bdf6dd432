"""The markup of an HTML story's paragraphs, and what ends the story marked up otherwise.

A CMS sets a story's paragraphs one way (``<p>`` with no class, or ``<p class="body-text">``
throughout); a box the template or an editor adds after them (a pitch for support, a contact
notice, a "created on ... filed under" line, an author box set as a quote) is marked up in
its own way. :func:`off_body_tail` drops such a tail, read only from the blocks' tag and
class, never from what the words say. An editor's note inside the story is set apart by its
type instead (wholly in italics or bold, with a link): :func:`editor_notes` drops it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import BOILERPLATE, STORY, Block
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
ITEM_KINDS = frozenset({"li", "dt", "dd", "tr", "td", "th"})
"""Tags of a list's or a table's items: no paragraph of the story's prose nor an editor's note."""


def block_markup(b: Block) -> tuple[str, str] | None:
    """A block's tag and class attribute, ``None`` when it has no class (plain ``<p>``s say
    nothing of their own)."""
    cls = (b.element.get("class") or "").strip() if b.element is not None else ""
    return (b.kind, cls) if cls else None


def off_body_tail(story: list[Block]) -> None:
    """Drop the lines after the story's last body paragraph when they are marked up unlike
    the body (``heuristic.off-body``).

    ``story``: the story's blocks in page order. The body's markup is the tag and class shared
    by most of its prose paragraphs (headings, list items and table cells aside: a list set
    inside the story is no body markup its closing paragraph could be unlike), at least
    ``BODY_PARAGRAPHS`` of them and at least half. After the last block of that markup, a
    tail of at most ``TAIL_BLOCKS`` blocks, each a paragraph-like tag (``_BOX_KINDS``) of at
    most ``TAIL_WORDS`` words whose markup is not the body's, is a box the page set after
    the story, not its last lines. One pass over ``story``.
    """
    if len(story) < BODY_PARAGRAPHS + 1:
        return
    marks = [block_markup(b) or (b.kind, "") for b in story]
    counts = Counter(
        m
        for m, b in zip(marks, story, strict=True)
        if is_prose(b) and not is_heading(b) and b.kind not in ITEM_KINDS
    )
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


# Emphasis elements a whole editor's note is set in.
_EMPHASIS = frozenset({"i", "em", "b", "strong"})
# Most words of an editor's note; a first story block of LEAD_NOTE_WORDS words or more is a
# lead set in bold, not a note (both tuned on the trafilatura-eval tuning half).
NOTE_WORDS = 35
LEAD_NOTE_WORDS = 20


def _all_emphasised(el: Any) -> bool:
    """Every visible character of ``el`` sits inside an ``i``/``em``/``b``/``strong``, and
    ``el`` holds no block-level element (a note is one paragraph of inline text). Walks the
    inline elements outside emphasis only, with a stack (no recursion), stopping at the
    first character found outside emphasis."""
    if el.text and el.text.strip():
        return False
    stack = list(el)
    while stack:
        child = stack.pop()
        if child.tail and child.tail.strip():
            return False
        tag = child.tag
        if tag in _EMPHASIS or not isinstance(tag, str):
            continue
        if tag in BLOCK_TAGS or (child.text and child.text.strip()):
            return False
        stack.extend(child)
    return True


def editor_notes(blocks: list[Block]) -> None:
    """Drop editor's notes: a short story block (at most ``NOTE_WORDS`` words, not a heading,
    list item or table row) set wholly in emphasis (every character inside ``i``, ``em``,
    ``b`` or ``strong``) and holding a link: "Read the original article on ...", "Follow us
    on ...", "The print issue is at every kiosk", an author's one-line bio, an inline
    "Also read: <link>". The story's own paragraphs are set in roman; a note stands apart by
    its type and points elsewhere. The story's first block of ``LEAD_NOTE_WORDS`` words or
    more is a lead set in bold and stays. Each block's own elements are walked once.
    """
    first = next((b for b in blocks if b.label == STORY), None)
    for b in blocks:
        if b.label != STORY or b.rule != "heuristic.story" or b.kept or not b.link_chars:
            continue
        if b is first and b.words >= LEAD_NOTE_WORDS:
            continue
        if is_heading(b) or b.element is None or b.words > NOTE_WORDS or b.kind in ITEM_KINDS:
            continue
        if _all_emphasised(b.element):
            b.set(BOILERPLATE, "heuristic.note")
