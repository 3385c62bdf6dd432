"""Record segmentation of teaser lists in text dumps: where one card ends and the next begins.

A teaser list repeats one card layout (a title-like line, a meta line with a source and/or an
age, an excerpt, a link), so its data records are cut by the repetition of line shapes around
each card's meta line (its *anchor*), as in data-record mining of list pages:

- **blank-line chunks**: a chunk between blank lines that holds exactly one meta line and at
  most :data:`MAX_CARD_LINES` lines is one card;
- **period**: in a chunk with several anchors, each card spans the same lines around its
  anchor as the last card does around its own (lines after the last anchor, up to the
  period), and must repeat the last card's shape sequence; so "title, excerpt, meta" and
  "meta, title, excerpt" both cut right, and a comment ("name · 2 h", text, actions) or a
  heading in the same chunk is no card.

Lines are read as they read inside a card (:func:`read_card`): a one-word line is a source, a
pitch or a label line a title. :func:`card_head` finds the head of a list's first card at the
end of a story run. Used by the teaser-section finder (:mod:`declutter.content.dump_teasers`)
and the story's foot (:mod:`declutter.content.story_foot`); nothing here labels a page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.blocks import Block
from declutter.content.line_shapes import EXCERPT_LINES, FULL_STOP, TITLE_WORDS, LineShape

MAX_CARD_LINES = 8
"""Longest card (in lines) a blank-line chunk may be."""

_ROW = re.compile(r"\s[|·•]\s")
_RANK = re.compile(r"^#?\d{1,3}\.?$")
_CARD_SHAPES = frozenset({"title", "short", "prose", "meta", "url"})
Card = list[tuple[Block, LineShape]]
"""A card's lines with their shapes as read inside a card."""


def card_head(items: Sequence[tuple[Block, LineShape]], end: int) -> int:
    """Where the story run ``items[:end]`` really ends when its last lines are the head of the
    first card of a list that follows it ("title, excerpt" over the first card's meta line):
    the cards repeat a meta line every *period* lines, and the lines each card has before its
    meta line (the period less the lines after the list's last meta line) have the same shapes
    at the end of the run. Blank lines may stand between cards, not inside one. Output: the new
    end (``end`` when no card's head is found). One pass over the list after the run.

    Input: the dump's lines with their shapes, in page order, and the run's end (an index into
    ``items``)."""
    anchors: list[int] = []
    i = end
    while i < len(items) and card_shaped(*items[i]):
        if items[i][1].shape == "meta":
            anchors.append(i)
        i += 1
    if len(anchors) < 2:
        return end
    period = anchors[1] - anchors[0]
    if period < 2 or period > MAX_CARD_LINES or any(
            b - a != period for a, b in zip(anchors, anchors[1:], strict=False)):
        return end
    after = 0  # lines of the last card after its meta line: up to a blank line or the period
    while anchors[-1] + after + 1 < i and after < period - 1 and not items[anchors[-1] + after + 1][0].gap:
        after += 1
    before, first = period - 1 - after, anchors[0]
    lo = first - before
    if before <= 0 or lo >= end or lo < 0:  # the caller keeps the run's first line
        return end
    head = items[lo:first]
    if any(b.gap for b, _ in head[1:]) or any(s.shape == "meta" for _, s in head):
        return end
    if _coarse(head) != _coarse(items[anchors[1] - before : anchors[1]]):
        return end
    return lo


def chunk_cards(chunk: list[tuple[Block, LineShape]]) -> list[Card]:
    """The cards of one blank-line chunk (see the module docstring), each as its card lines.
    A meta line over a sentence over a row reads as a comment's (:func:`_comment`), unless it
    is the chunk's last meta line one period after two cards' (a card's excerpt over a footer
    row: "Privacy · Terms")."""
    metas = [i for i, (_, s) in enumerate(chunk) if s.shape == "meta"]
    anchors = [i for i in metas if not _comment(chunk, i)]
    if not anchors:
        return []
    if (len(anchors) >= 2 and metas[-1] != anchors[-1] and metas.index(anchors[-1]) == len(metas) - 2
            and metas[-1] - anchors[-1] == anchors[-1] - anchors[-2]):
        anchors.append(metas[-1])  # the last card over a footer row, one period on: no comment
    n = len(chunk)
    if len(anchors) == 1:
        if n <= MAX_CARD_LINES:
            return read_card(chunk)
        # a card at the end of a longer chunk: up to 3 lines before its anchor
        a = anchors[0]
        return read_card(chunk[max(0, a - 3) : min(n, a + 4)])
    period = anchors[-1] - anchors[-2]
    after = _direction(chunk, anchors, period, min(n - 1 - anchors[-1], period - 1))
    last, excerpts, at = anchors[-1], _excerpts(chunk, anchors), -1
    if excerpts is not None:
        period, after, last, at = excerpts
    before = period - 1 - after
    reference = _coarse(chunk[last - before : last + after + 1])
    start = 0
    cards: list[Card] = []
    for k, a in enumerate(anchors):
        lo, kept = max(start, a - before), None
        if at > after and k and (extra := a - anchors[k - 1] - period) > 0:  # an excerpt in its head
            lo = max(start, a - before - extra)
            skip = range(anchors[k - 1] + 1 + at, anchors[k - 1] + 1 + at + extra)
            kept = [line for x, line in enumerate(chunk[lo : a + after + 1], lo) if x not in skip]
        after_next = anchors[k + 1] - before if k + 1 < len(anchors) else n
        hi = min(n, a + after + 1, after_next)
        if (k == 0 and kept is None and _coarse(chunk[lo:hi]) != reference
                and _coarse(chunk[a:hi]) == reference[before:]):
            lo = _headed_excerpt(chunk, lo, a, before, reference[: before + 1])
        if _coarse(chunk[lo:hi] if kept is None else kept) == reference:  # a repeated card, not a
            # comment or a heading
            if excerpts is not None and at == after and _prose_lines(chunk[hi:after_next]):
                hi = after_next  # this card's excerpt, the lines it has more than the others
            cards += read_card(chunk[lo:hi])
        elif k == 0 and lo < a - before:  # the list's first card, an excerpt in its head
            cards += read_card(chunk[lo:hi])
        start = hi
    return cards


def _headed_excerpt(chunk: Sequence[tuple[Block, LineShape]], lo: int, a: int, before: int, head: str) -> int:
    """Where a list's first card (meta line ``a``, ``before`` head lines of the others' shapes
    ``head`` down to the meta line) starts when up to ``EXCERPT_LINES`` prose lines stand in its
    head, under its first line (no step between anchors tells it: it has no card above it);
    ``lo`` when none do."""
    for extra in range(1, EXCERPT_LINES + 1):
        for h in range(1, before + 1):
            start = a - before - extra
            lines = [*chunk[max(start, 0) : start + h], *chunk[start + h + extra : a + 1]]
            if start >= 0 and _prose_lines(chunk[start + h : start + h + extra]) and _coarse(lines) == head:
                return start
    return lo


def _excerpts(chunk: Sequence[tuple[Block, LineShape]],
              anchors: list[int]) -> tuple[int, int, int, int] | None:
    """How a chunk's cards stand when some have an excerpt the others lack: its anchors' steps
    differ, the shortest (the *period*) of two lines or more and at least half of them, and each
    longer step holds up to ``EXCERPT_LINES`` prose lines more at one place: right after the end
    of a card of the period read from a run at that period (:func:`_direction`), else in the
    next card's head, as many lines down it in each (between its title and its meta line); the
    run's cut first, then any other that leaves the last card whole. Output: (period, lines
    after each meta line, an anchor of that run, where the excerpt stands: lines from the meta
    line above it, the card's own lines after its meta line when the excerpt ends the card), or
    ``None`` (steps all alike, or not so explained)."""
    steps = [b - a for a, b in zip(anchors, anchors[1:], strict=False)]
    period = min(steps)
    if len(set(steps)) < 2 or period < 2 or 2 * steps.count(period) < len(steps):
        return None
    k = max(k for k, step in enumerate(steps) if step == period) + 1  # a run's last anchor
    cut = _direction(chunk, anchors[: k + 1], period, min(len(chunk) - 1 - anchors[k], period - 1))
    for after in (cut, *(x for x in range(period) if x != cut)):  # (the run's cut first)
        if anchors[-1] + after >= len(chunk):
            continue  # the last card would lack its lines after its meta line
        for at in range(after, period):  # (the end of a card first; then down the next one's head)
            if all(step == period or step - period <= EXCERPT_LINES
                   and _prose_lines(chunk[a + 1 + at : a + 1 + at + step - period])
                   for a, step in zip(anchors, steps, strict=False)):
                return period, after, anchors[k], at
    return None


def _prose_lines(lines: Sequence[tuple[Block, LineShape]]) -> bool:
    """Whether ``lines`` are some lines of prose (an excerpt), no more than ``EXCERPT_LINES``."""
    return 0 < len(lines) <= EXCERPT_LINES and all(_in_card(b, s).shape == "prose" for b, s in lines)


HEADING_CARDS = 2
"""Fewest cards after a list's first one whose shared layout tells its heading apart."""


def list_heading(cards: list[Card]) -> list[Card]:
    """``cards`` (blank-line chunks read as cards, in page order) with the heading of each list
    left out of its first card. A card's head is its lines down to its meta line; where the
    ``HEADING_CARDS`` cards after a card share one head, as read inside a card (:func:`_title_like`:
    a source of one word or three is alike), with a title of three words or more in each
    ("title, title, meta": title, source, age), and that card's head ends with it but has
    more lines above it, after no card whose head ends so too, the lines above the shared
    head are the list's heading ("Labarai masu alaka" over the first card; a pitch or a share
    row between the story and the list), no field of the card, whatever its words. A card one
    line longer in the middle of a list (a title on two lines) stays whole; lines after a
    card's meta line are not read here."""
    if len(cards) <= HEADING_CARDS:
        return cards
    heads = [_head(c) for c in cards]
    titled = [any(_in_card(b, s, long_titles=False).shape == "title" for b, s in c) for c in cards]
    out = list(cards)
    for k in range(len(cards) - HEADING_CARDS):
        ref, first = heads[k + 1], heads[k]
        if (ref and len(first) > len(ref) and first[-len(ref) :] == ref
                and all(x == ref for x in heads[k + 1 : k + 1 + HEADING_CARDS])
                and all(titled[k + 1 : k + 1 + HEADING_CARDS])
                and (k == 0 or heads[k - 1][-len(ref) :] != ref)):
            out[k] = cards[k][len(first) - len(ref) :]
    return out


def _head(card: Card) -> tuple[str, ...]:
    """A card's line shapes (:func:`_title_like`) down to its first meta line; ``()`` with none."""
    shapes = [_title_like(b, s) for b, s in card]
    return tuple(shapes[: shapes.index("meta") + 1]) if "meta" in shapes else ()


def _direction(chunk: Sequence[tuple[Block, LineShape]], anchors: list[int], period: int, after: int) -> int:
    """How many lines each card of a chunk has after its meta line, read from the repetition:
    of the ways to cut the last anchors' run (anchors ``period`` lines apart) into cards of
    ``period`` lines, the one in which every card has the same line shapes (as read by
    :func:`_title_like`: a pitch under the last card is no title). ``after`` (up to the
    period after the last meta line) is kept when it cuts so or when no way does. "Title / Source · 2 h"
    twice over a pitch reads as title over meta, not as meta over the next title; "Source /
    Title / 2 h / URL" three times over a pitch ends at the last URL: the pitch breaks the
    cards' shape."""
    run = [anchors[-1]]
    for a in reversed(anchors[:-1]):
        if run[-1] - a != period:
            break
        run.append(a)
    if len(run) < 2:
        return after

    def same(a: int) -> bool:
        lo, hi = run[-1] - (period - 1 - a), run[0] + a + 1
        if lo < 0 or hi > len(chunk):
            return False
        shapes = {tuple(_title_like(b, s) for b, s in chunk[x - (period - 1 - a) : x + a + 1]) for x in run}
        return len(shapes) == 1
    cuts = [a for a in range(period) if same(a)]
    if len(cuts) > 1:  # the run reads as cards either way ("Title / Source · 2h" repeated over
        # a "More" link): the cut that leaves no line like its cards' own at either end of the
        # run, where a cut one line off leaves the first card's title over the first meta line
        def left(a: int) -> int:
            lo, hi = run[-1] - (period - 1 - a), run[0] + a + 1
            return sum(_fine(*chunk[x]) == _fine(*chunk[x + step]) for x, step in (
                (lo - 1, period), (hi, -period)) if 0 <= x < len(chunk))
        fewest = min(map(left, cuts))
        cuts = [a for a in cuts if left(a) == fewest]
    if len(cuts) > 1:  # still either way (a footer "Terms  Privacy  Contact" under the cards
        # as title-like as a heading over them): the cut whose cards' lines are alike read
        # finer, anchored on the meta lines, so the footer is no last card's title
        def unlike(a: int) -> int:
            lo = period - 1 - a
            return sum(len({_finer(*chunk[x - lo + k]) for x in run}) - 1 for k in range(period))
        least = min(map(unlike, cuts))
        cuts = [a for a in cuts if unlike(a) == least]
    if len(cuts) > 1 and 0 in cuts:  # still either way (a line under the cards as title-like
        # as a heading over them: "Souhlasím" cookie line, a footer row): a meta line closes
        # its card, the title above it, so the line under the last meta line is no card's title
        return 0
    if after in cuts or not cuts:
        return after
    return cuts[0]


_WIDE = re.compile(r"\S(?:\s{2,}|\u3000)\S")
"""Pieces set apart by wide spaces: a row of links ("Terms of use  Privacy policy")."""


def _finer(b: Block, s: LineShape) -> tuple[str, bool]:
    """A line's own shape (chrome apart from titles) and whether wide spaces set it in pieces."""
    return s.shape, _WIDE.search(b.text) is not None


def _fine(b: Block, s: LineShape) -> tuple[str, bool]:
    """A line's shape as read inside a card, short lines apart from titles ("더보기", "More"
    is no title of three words or more) and short sentences (:func:`_sentence`: an excerpt, no
    heading "Read also"), and whether a blank line stands above it."""
    shape = _in_card(b, s, long_titles=False).shape
    return ("prose" if shape == "short" and _sentence(b, s) else shape), b.gap


def _title_like(b: Block, s: LineShape) -> str:
    """A line's shape as read inside a card, with no long title (a pitch stays prose), and
    short lines read as title-like: one place of repeated cards holds sources of one, two and
    three words ("Talblatt", "Bergland Bote", "Der Oberland Kurier")."""
    shape = _in_card(b, s, long_titles=False).shape
    return "title" if shape == "short" else shape


def _comment(chunk: Sequence[tuple[Block, LineShape]], a: int) -> bool:
    """A reader comment, not a card: its meta line ("Marc_74 · 2 h") is followed by a sentence
    and a row of actions or reactions ("12 Likes · Reply · Report")."""
    if a + 2 >= len(chunk):
        return False
    (said, shape), (row, row_shape) = chunk[a + 1], chunk[a + 2]
    return (shape.shape != "meta" and FULL_STOP.search(said.text) is not None
            and row_shape.shape == "chrome" and _ROW.search(row.text) is not None)


def _coarse(group: Sequence[tuple[Block, LineShape]]) -> str:
    """A card's shape sequence (as read inside a card): P prose, M meta, U url, T other. A short
    sentence (``TITLE_WORDS[0]`` words or more, a full stop closing it) is prose: one card's
    excerpt may be that short where the others' are longer."""
    return "".join("P" if (shape := _in_card(b, s).shape) == "short" and _sentence(b, s)
                   else {"prose": "P", "meta": "M", "url": "U"}.get(shape, "T") for b, s in group)


def _sentence(b: Block, s: LineShape) -> bool:
    """Whether a short line is a short sentence: ``TITLE_WORDS[0]`` words or more, a full stop
    closing it (one card's excerpt may be that short where the others' are longer)."""
    return s.words >= TITLE_WORDS[0] and FULL_STOP.search(b.text) is not None


def read_card(group: list[tuple[Block, LineShape]]) -> list[Card]:
    """One card's lines as read inside a card (``[]``: none is card-like)."""
    # a card's title may read like a pitch ("... what you need"): its place in the card decides
    read = [(b, _in_card(b, s, long_titles=False)) for b, s in group]
    if not any(s.shape == "title" for _, s in read):  # no other title: a long one may be it,
        long = [k for k, (b, s) in enumerate(group) if _in_card(b, s).shape == "title"]
        if long:  # the shortest (an excerpt may end unclosed too, and runs longer)
            k = min(long, key=lambda k: read[k][1].words)
            read[k] = (read[k][0], LineShape("title", read[k][1].words))
    # a bare number over or under each card ("1", "2", "#3") is the card's rank, not its text
    group = [(b, s) for b, s in read if s.shape in _CARD_SHAPES and _RANK.match(b.text) is None]
    return [group] if group else []



def card_shaped(b: Block, s: LineShape) -> bool:
    """``_in_card(b, s).shape in _CARD_SHAPES``, with no shape built: whether a line may be
    part of a card (:func:`card_head` reads no line past the first that may not)."""
    shape = s.shape
    if shape in _CARD_SHAPES or shape == "excerpt" or shape == "label":
        return True
    if shape != "chrome":
        return False
    text = b.text
    return not (text[-1] == ":" or _ROW.search(text) or text[0] in "#@")


def _in_card(b: Block, s: LineShape, long_titles: bool = True) -> LineShape:
    """Inside a card a one-word line ("Oberland-Kurier") is a source and a line that reads like
    a pitch ("... what you need") or a label ("Pêche : les quotas") a title: the card's shape
    decides, not the words. With ``long_titles``, a prose line of up to 25 words that no
    sentence end closes is a title too (:func:`read_card` takes the shortest such line, and only
    when no other line is a title: an excerpt may end unclosed as well). Rows ("Like · Reply
    · Report") and labels ("Sort by:") stay chrome."""
    if s.shape == "excerpt":
        return LineShape("prose", s.words)
    if s.shape == "label":  # a title with a colon in it ("Pêche : les quotas revus")
        return LineShape("title", s.words)
    if (long_titles and s.shape == "prose" and s.words <= TITLE_WORDS[1]
            and FULL_STOP.search(b.text) is None and not _ROW.search(b.text)):
        return LineShape("title", s.words)  # a long headline: no sentence ends it
    if s.shape != "chrome" or b.text[-1] == ":" or _ROW.search(b.text) or b.text[0] in "#@":
        return s
    return LineShape("title" if s.words >= 3 else "short", s.words)
