"""Cards of other pages at the end of an HTML story, each closed by its "more" link.

A page may list its other pages under the story in the story's own container, as unlinked
cards: a title, an excerpt, then a short link ("Mehr lesen...", "Kreditzinsen", "Read more")
that the container pass already dropped as link text. The title and the excerpt read as
story lines; the link after each card, repeated card after card in the same shape, says
they are not. :func:`more_cards` drops them, read from the lines' shape and order only.
"""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.features import is_heading
from declutter.content.site_tail import CLOSING
from declutter.punctuation import STOPS

CARDS = 2
"""Fewest cards, all of one shape, at the story's end."""
CARD_LINES = 3
"""Most lines of a card before its link: a title and one or two lines of excerpt."""
TITLE_WORDS = 15
"""Most words of a card's title."""
EXCERPT_WORDS = 80
"""Most words of a line of a card's excerpt."""
MORE_WORDS = 6
"""Most words of the link that closes a card."""


def _more_line(b: Block) -> bool:
    """A short line, mostly link text, that the story left out: a card's "more" link."""
    return (b.label != STORY and b.label is not None and b.words <= MORE_WORDS
            and b.link_density >= 0.5)


def _title(b: Block) -> bool:
    """A story line shaped as a card's title: short, unlinked, no sentence end (a heading tag
    may end in one: "Den Hof öffnen. Eigene Angebote entwickeln.")."""
    return (b.label == STORY and 0 < b.words <= TITLE_WORDS and b.link_density < 0.5
            and (is_heading(b) or b.text.rstrip(CLOSING)[-1:] not in STOPS))


def _card(blocks: list[Block], end: int) -> int | None:
    """The first line of the card whose "more" link is ``blocks[end]``: the nearest title line
    (:func:`_title`) before it, at most ``CARD_LINES`` lines up, with only excerpt lines
    (story, at most ``EXCERPT_WORDS`` words) between; None when there is none."""
    for start in range(end - 2, max(-1, end - 1 - CARD_LINES), -1):
        if not all(b.label == STORY and b.words <= EXCERPT_WORDS for b in blocks[start + 1 : end]):
            return None
        if _title(blocks[start]):
            return start
    return None


def more_cards(blocks: list[Block]) -> None:
    """Drop the cards at the story's end (``heuristic.more-card``): going back from the
    line after the story's last one, each card is a "more" link (:func:`_more_line`) with a
    card (:func:`_card`) right above it; at least ``CARDS`` cards in a row, all with the same
    number of lines, and story left above them. Above a run, past its heading and boxes the
    story left out (link lists), another run may stand ("More on this" cards over "Events"
    cards): it goes too. A story's own last section closed by one link is one card, not a
    run. One backward pass over the story's end.
    """
    last = next((k for k in range(len(blocks) - 1, -1, -1) if blocks[k].label == STORY), None)
    if last is None:
        return
    runs: list[range] = []
    end = last + 1
    while True:
        cards: list[range] = []
        while end < len(blocks) and _more_line(blocks[end]):
            start = _card(blocks, end)
            if start is None or (cards and end - start != len(cards[0])):
                break
            cards.append(range(start, end))
            end = start - 1
        if len(cards) < CARDS:
            break
        runs.extend(cards)
        # above the run: its heading and boxes the story left out, then maybe another run
        end = cards[-1].start - 1
        while end >= 0 and not (_more_line(blocks[end]) and _card(blocks, end) is not None) and (
            blocks[end].label != STORY or is_heading(blocks[end]) and blocks[end].words <= TITLE_WORDS
        ):
            end -= 1
        if end < 0 or not _more_line(blocks[end]):
            break
    if not runs or not any(b.label == STORY for b in blocks[: runs[-1].start]):
        return
    for card in runs:
        for k in card:
            if not blocks[k].kept:
                blocks[k].set(BOILERPLATE, "heuristic.more-card")
