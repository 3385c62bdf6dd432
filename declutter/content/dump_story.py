"""Story scoring for plain-text dumps, whose blocks are lines with no markup to go on.

After the rules have run, a dump's undecided lines are labelled:

- the first undecided line is the headline (``heuristic.first-line``), as dumps start
  with the page's title;
- short lines (at most ``SHORT_WORDS`` words, no sentence punctuation) that come after the
  last real paragraph are interface residue: "Share", "Hashtags", "Load more"
  (``heuristic.trailing-short``);
- everything else is story.
"""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, TITLE, Block, Page

SHORT_WORDS = 4
PARAGRAPH_WORDS = 12


def _is_paragraph(block: Block) -> bool:
    return block.words >= PARAGRAPH_WORDS


def _is_residue(block: Block) -> bool:
    return block.words <= SHORT_WORDS and not block.text.rstrip().endswith((".", "!", "?", '"', "'"))


def label_dump(page: Page) -> None:
    """Label every undecided block of a text dump as title, story or boilerplate."""
    free = [b for b in page.blocks if b.label is None]
    if not free:
        return
    has_title = page.title or any(b.label == TITLE for b in page.blocks)
    if not has_title and not free[0].kept:
        free[0].set(TITLE, "heuristic.first-line")
        free = free[1:]
    last_paragraph = max(
        (b.index for b in page.blocks if b.label == STORY or (b.label is None and _is_paragraph(b))),
        default=-1,
    )
    for block in free:
        if block.index > last_paragraph and _is_residue(block) and not block.kept:
            block.set(BOILERPLATE, "heuristic.trailing-short")
        else:
            block.label = STORY
            block.rule = block.rule or "heuristic.dump-line"
