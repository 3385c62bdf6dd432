"""The markup of an HTML story's paragraphs, and what ends the story marked up otherwise.

A CMS sets a story's paragraphs one way (``<p>`` with no class, or ``<p class="body-text">``
throughout); a box the template or an editor adds after them (a pitch for support, a contact
notice, a "created on ... filed under" line, an author box set as a quote) is marked up in
its own way. :func:`off_body_tail` drops such a tail, read only from the blocks' tag and
class, never from what the words say. An editor's note inside the story is set apart by its
type instead (wholly in italics or bold, with a link): :func:`editor_notes` drops it. A live
blog's entry stamps ("14:05" before each entry's paragraph, :func:`entry_stamps`) and an
advert slot's label left between paragraphs (repeated, or classed as an advert:
:func:`ad_labels`) are told by their shape and place, whatever their words.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.features import is_heading, is_prose
from declutter.content.vocabulary import CHROME_WORDS
from declutter.punctuation import STOPS

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


STAMP_WORDS = 3
"""Most words of a live blog's entry stamp ("00:40", "12:30 pm", "7.12. 09:15")."""
_CLOCK = re.compile(r"\d[:.]\d")
"""Two numbers set apart by a colon or a point: a clock time or a date, the stamp's shape."""
_NUMBERS = re.compile(r"\d+")


def entry_stamps(blocks: list[Block]) -> None:
    """Drop a live blog's entry stamps from its text: story blocks of at most ``STAMP_WORDS``
    words, no sentence, holding a clock time or a date (two numbers set apart by ":" or ".",
    :data:`_CLOCK`), each right before a story paragraph (prose), two or more of them of one
    shape once their numbers are masked ("#:#"). Each opens its entry as a dateline opens a
    story: it says when the paragraph after it was posted, no story text, and goes to the
    removed blocks (``heuristic.entry-stamp``), the first entry's too when the story's edge
    took it (``heuristic.edge``). One pass over the blocks."""
    shapes: dict[str, list[Block]] = {}
    for b, nxt in zip(blocks, blocks[1:], strict=False):
        if (b.kept or not (b.label == STORY or b.rule == "heuristic.edge") or b.words > STAMP_WORDS
                or nxt.label != STORY or not is_prose(nxt) or _CLOCK.search(b.text) is None
                or is_prose(b)):
            continue
        shapes.setdefault(_NUMBERS.sub("#", b.text), []).append(b)
    for stamps in shapes.values():
        if sum(b.label == STORY for b in stamps) >= 2:
            for b in stamps:
                b.set(BOILERPLATE, "heuristic.entry-stamp")


LABEL_WORDS = 2
"""Most words of an advert's label left between a story's paragraphs ("Advertisement")."""
_PARTS = re.compile(r"[\s_-]+")
"""What parts a class or id into its words ("ad-label" -> "ad", "label")."""


def ad_labels(blocks: list[Block]) -> None:
    """Drop the labels an advert slot leaves between a story's paragraphs, in any language: a
    story block of at most ``LABEL_WORDS`` words, no digit and no sentence's end, not a heading,
    right between two story paragraphs (prose), whose text stands so twice or more on the page
    (one slot's label repeated down the story; not set wholly in bold or italics, as an
    interview's speaker's name is), or whose own element's class or id has an
    advert's word among its parts ("ad-label", "sponsor_tag": :data:`declutter.content.
    vocabulary.CHROME_WORDS` "promo", the words a whole class is read by). A subheading is
    neither repeated nor so marked. Dropped as ``heuristic.ad-label``. One pass over the
    blocks."""
    found: dict[str, list[Block]] = {}
    for before, b, after in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if (b.label != STORY or b.kept or b.words > LABEL_WORDS or not b.text or b.text[-1] in STOPS
                or any(c.isdigit() for c in b.text) or is_heading(b)
                or before.label != STORY or after.label != STORY or not is_prose(before)
                or not is_prose(after)):
            continue
        if _advert_marked(b.element):
            b.set(BOILERPLATE, "heuristic.ad-label")
        elif b.element is not None and not _all_emphasised(b.element):
            found.setdefault(b.text, []).append(b)  # (a name in bold is an interview's speaker)
    for same in found.values():
        if len(same) >= 2:
            for b in same:
                b.set(BOILERPLATE, "heuristic.ad-label")


def _advert_marked(el: Any) -> bool:
    """Whether an element's class or id, cut into its word parts, holds an advert's word."""
    if el is None:
        return False
    words = _PARTS.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    return any(CHROME_WORDS.get(w) == "promo" for w in words if w)
