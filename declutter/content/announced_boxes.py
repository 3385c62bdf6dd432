"""Boxes the story announces: a story paragraph ending with a colon ("How to mix it:") and, right
after it, a box whose class words read as chrome (``div.widget``, ``div.insert``) holding the
recipe, the list or the steps the colon announced, with the story going on after the box. The
box is the story's own: its text is what the sentence promised, not a sidebar.
"""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, Block

BOX_RULES = frozenset({"heuristic.sidebar"})
"""The chrome verdicts an announced box may carry: a box set apart from the story's paragraphs
(a related list, a comment thread or a form is never what a colon announces)."""
BOX_BLOCKS = 30
"""Most blocks of one announced box: a recipe or a list of steps, not the rest of the page."""
PASSED_RULES = frozenset({"heuristic.caption"})
"""Blocks the box's run may hold that stay as they are: the picture's credit beside it."""


def announced_boxes(blocks: list[Block]) -> None:
    """Relabel as story (``heuristic.announced-box``) the link-free blocks dropped as
    :data:`BOX_RULES` right after a story block ending with a colon, when the run of them
    (captions in it passed over, at most ``BOX_BLOCKS`` blocks) ends at a story block: the box
    stands inside the story. One pass over the blocks."""
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        i += 1
        if b.label != STORY or not b.text.rstrip().endswith(":"):
            continue
        run: list[Block] = []
        j = i
        while j < n and j - i < BOX_BLOCKS and blocks[j].label == BOILERPLATE and (
            blocks[j].rule in BOX_RULES or blocks[j].rule in PASSED_RULES
        ):
            run.append(blocks[j])
            j += 1
        box = [r for r in run if r.rule in BOX_RULES]
        if box and j < n and blocks[j].label == STORY and not any(r.link_chars for r in box):
            for r in box:
                r.set(STORY, "heuristic.announced-box")
        i = max(i, j)
