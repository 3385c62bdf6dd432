"""Teaser cards glued on one dump line: "Label: A (Src, age) | B (Src, age) | C (Src, age)".

A dump reader that flattens a related-stories box into one line leaves its cards side by side,
set apart by a mark ("|", "•", "·"), maybe under a label ended by a colon. The line reads as
prose (long, no sentence end), so the story run takes it. Its cards show by their repetition
inside the line: every piece between the marks is laid out alike, a title of two words or more
and a bracketed pair of short parts ("(Kigali Today, amasaha 5 ashize)"). Of the pair's two
places, the one where the pieces hold a number, or a day word ("ejo") where they do not, more
than half of them with a number, is the age (the place read as
:func:`declutter.content.listing_dumps.read_metas` reads a listing's meta lines, in any
language); the other is the source. Each card becomes a block of its own, the label a dropped
block, as :func:`declutter.content.cards.split_labels` does for an HTML block of several cards.
"""

from __future__ import annotations

import re

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block, Page
from declutter.char_runs import DIGIT
from declutter.content.line_columns import day_word
from declutter.content.separators import POINTS, character_class

GLUED_CARDS = 2
"""Fewest cards glued on one line."""
PART_WORDS = 5
"""Most words of each part of a card's bracketed pair."""
LABEL_WORDS = 4
"""Most words of the label before the cards."""
RULE = "heuristic.glued-teasers"
_MARK = re.compile(rf"\s+{character_class(POINTS)}\s+")
_CARD = re.compile(r"^(?P<title>[^()]+?)\s*\((?P<a>[^(),]+),\s+(?P<b>[^(),]+)\)$")
_LABEL = re.compile(r"^(?P<label>[^:()]+:)\s+(?=\S)")


def glued_cards(text: str) -> tuple[str | None, list[dict[str, str]]] | None:
    """The label and the cards' fields of a line of glued cards, else ``None``: at least
    ``GLUED_CARDS`` pieces between marks of one kind (:data:`_MARK`), each "Title (part,
    part)" with a title of two words or more and parts of at most ``PART_WORDS`` words, one
    place of the parts an age column (more than half numbered, the rest day words). Output:
    (label with its colon or ``None``, [{"title", "source", "age"}, ...]). Linear in the line."""
    if text.count("(") < GLUED_CARDS or not text.rstrip().endswith(")"):
        return None  # (cheap test first: most lines hold no brackets)
    label = _LABEL.match(text)
    body = text[label.end():] if label and len(label.group("label").split()) <= LABEL_WORDS else text
    marks = {m.group().strip() for m in _MARK.finditer(body)}
    if len(marks) != 1:
        return None
    cards = [_CARD.match(piece.strip()) for piece in _MARK.split(body)]
    if len(cards) < GLUED_CARDS or any(
            m is None or len(m.group("title").split()) < 2 or len(m.group("a").split()) > PART_WORDS
            or len(m.group("b").split()) > PART_WORDS for m in cards):
        return None
    found = [m for m in cards if m is not None]
    for age, source in (("b", "a"), ("a", "b")):
        column = [m.group(age).strip() for m in found]
        numbered = sum(DIGIT.search(c) is not None for c in column)
        if 2 * numbered > len(column) and all(DIGIT.search(c) or day_word(c) for c in column):
            return (label.group("label") if body is not text else None), [
                {"title": m.group("title").strip(), "source": m.group(source).strip(),
                 "age": m.group(age).strip()} for m in found]
    return None


def split_glued(page: Page) -> None:
    """Give each card of a dump line of glued cards (:func:`glued_cards`) that the reader took
    for story or chrome (no rule's line, none kept) a teaser block of its own, and its label
    a dropped block, in the line's place; blocks are renumbered. One test per such line."""
    out: list[Block] = []
    split = False
    for b in page.blocks:
        found = None
        if b.label in (STORY, BOILERPLATE) and not b.kept and (b.rule or "").startswith("heuristic."):
            found = glued_cards(b.text)
        if found is None:
            out.append(b)
            continue
        split = True
        label, cards = found
        pieces = [(label, None)] if label is not None else []
        pieces += [(fields["title"], page.new_teaser(**fields)) for fields in cards]
        for n, (text, teaser) in enumerate(pieces):
            out.append(Block(index=0, text=text, kind=b.kind, gap=b.gap and n == 0,
                             label=BOILERPLATE if teaser is None else TEASER, rule=RULE,
                             field=None if teaser is None else "title", teaser=teaser))
    if split:
        for i, b in enumerate(out):
            b.index = i
        page.blocks[:] = out
