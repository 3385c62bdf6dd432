"""The story run's foot: where the run of a text dump's story (:mod:`declutter.content.story_run`)
ends once cards stand at or inside it.

* A lone card inside the story ("À LIRE AUSSI", a title, "Source · hier", then the story goes
  on) is bridged (:func:`bridge_cards`): the run goes on past it, the card is a teaser. When
  the run starts under such a card with the story's first paragraphs and the page head above
  it, the run starts under the head instead (:func:`bridge_back`).
* A run ending in a dashed pitch ("Don't miss a story – sign up for our briefing.") or a
  pitch above the page's chrome that shares no content word with the story ("Jetzt die App
  laden und keine Eilmeldung mehr verpassen!"; ending in a full stop, when set as two clauses
  around a dash, naming nothing and much shorter than the paragraphs above it) ends above it
  (:func:`pitch_foot`).
* A run ending with the head of a card list's first card is cut above it
  (:func:`trim_card_head`), and a run cut at its foot ends again at its best
  (:func:`best_end`, Kadane's run never ends in a suffix that costs).

Used by the dump story reader (:mod:`declutter.content.dump_story`). Each is one pass over the
lines near the run's end.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import islice

from declutter.blocks import BOILERPLATE, STORY, Block, count_words
from declutter.content.card_segments import MAX_CARD_LINES, card_head, card_shaped
from declutter.content.foot_pitches import foot_pitch
from declutter.content.line_shapes import FULL_STOP, TITLE_WORDS, LineShape, is_row
from declutter.content.lone_cards import TWO_PIECES, lede, meta_like
from declutter.content.pitches import dashed_pitch
from declutter.content.separators import MARKS as SEPARATORS
from declutter.content.separators import MARKS_CHARACTER as SEPARATOR_CHARACTER
from declutter.content.story_run import BREAK, line_score

CARD_GAP = 4
"""Most lines of a card standing alone inside the story (label, title, meta line)."""


def bridge_cards(
    blocks: list[Block], shapes: dict[int, LineShape], end: int
) -> tuple[int, list[tuple[int, int]]]:
    """The story run carried across a card standing alone inside the story ("À LIRE AUSSI",
    a title, "Source · hier", then the story goes on): a meta line ends every run, but a gap of
    at most ``CARD_GAP`` non-prose lines after the run holding one meta line and a title line,
    with story prose after it and no other meta line near its end (a list of cards repeats
    them), joins the run and the prose after it. Forward only: a headline's byline and
    dateline just above the story have a card's shape too. Output: the new end and the cards'
    ``[lo, hi)``."""
    gaps: list[tuple[int, int]] = []
    for _ in range(CARD_GAP):  # a few cards a story
        gap = _card_gap(blocks, shapes, end)
        more = _prose_run(blocks, shapes, end + gap) if gap else 0
        # one line of prose and then another card: an excerpt in a list of cards, no story
        if not more or _meta_near(blocks, shapes, end + gap + more, CARD_GAP if more == 1 else 2):
            break
        gaps.append((end, end + gap))
        _retitle(blocks, shapes, end, end + gap)
        end += gap + more
    return end, gaps


HEAD_PROSE = 2
"""Fewest prose lines between the page head and a lone card for the story to start above the
card (one line under a headline and a meta line is a teaser's excerpt as often, unless it is
as long as the story's paragraphs under the card: :func:`~declutter.content.lone_cards.lede`)."""


def bridge_back(
    blocks: list[Block], shapes: dict[int, LineShape], start: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> tuple[int, list[tuple[int, int]]]:
    """The story run carried back across a lone card right above it when the story's first
    paragraphs stand above the card. The card: a label line (no meta line; a title-like one
    only over another title), a title line (as long as a sentence, :func:`_long_title`), then
    one meta line under the title (:func:`_card_gap`, read from the label on). Over it prose
    lines, at least ``HEAD_PROSE`` of them ending in a sentence end (a list's items, a
    sidebar's headlines do not), and over those the page head: a headline-like line
    (``headline_like``) with at most one meta line (its byline, or a line a rule dropped)
    under it, and no meta line in the ``CARD_GAP`` lines above it (a list of cards repeats
    them). The run then starts under the head and the card is a teaser, not the headline
    over the rest of the story. Output: the new start and the card's ``[lo, hi)`` (``[]``: the
    run is left as it is). At most ``2 * CARD_GAP`` lines and the prose above them read."""
    if not 2 < start < len(blocks):  # (no run, or no room above it for a head, prose and a card)
        return start, []
    top = start
    while top > 1 and start - top < CARD_GAP and (not _undecided_prose(blocks[top - 1], shapes) or (
            _long_title(blocks[top - 1], shapes) and not _undecided_prose(blocks[top - 2], shapes))):
        top -= 1  # (the card's title may run as long as a sentence, under its label)
    label = shapes.get(blocks[top].index)
    if top + 1 >= start or not _undecided_prose(blocks[top - 1], shapes) or (
            label is not None and (label.shape == BREAK or label.shape == "title" and not _titled(
                blocks[top + 1], shapes))) or _card_gap(blocks, shapes, top) != start - top:
        return start, []  # (a label in title case, "Lesen Sie auch", has the card's title under it)
    kinds = [(BREAK if meta_like(b, shapes) else shapes[b.index].shape) if b.index in shapes else "ruled"
             for b in blocks[top + 1 : start]]
    titled = min(kinds.index(k) for k in ("title", "prose") if k in kinds)  # (a long title is prose)
    if kinds.index(BREAK) < titled:
        return start, []  # (the card's meta line stands under its title: a byline above does not)
    i, closed = top, 0
    while i > 0 and _undecided_prose(blocks[i - 1], shapes):
        i -= 1
        closed += FULL_STOP.search(blocks[i].text) is not None
    if closed < HEAD_PROSE and not (closed == 1 and lede(blocks, shapes, i, start)) or i == 0:
        return start, []  # (the story's paragraphs end in a sentence end, a list's items not)
    head = i - 1
    under = blocks[head]
    if head > 0 and (_meta_near(blocks, shapes, head, 1) or under.index not in shapes
                     and under.label == BOILERPLATE and not under.kept):
        head -= 1  # the page's byline under its headline (a rule may have dropped it)
    reach = min(head, CARD_GAP)
    if not headline_like(blocks[head], shapes) or _meta_near(blocks, shapes, head - reach, reach):
        return start, []
    for b in blocks[top:start]:  # a meta line read by its age's shape: the card's source and age
        if (s := shapes.get(b.index)) is not None and s.shape != BREAK and meta_like(b, shapes):
            source, age = (p.strip() for p in TWO_PIECES.split(b.text))
            shapes[b.index] = LineShape(BREAK, s.words, {"source": source, "age": age}, s.digit)
    _retitle(blocks, shapes, top, start)
    return i, [(top, start)]


LABEL_WORDS = 4
"""Most words of a card's label ("Read also", "Lesen Sie auch") over a card without meta line."""
BARE_LABELS = frozenset(("short", "chrome", "title"))
"""The shapes of a card's label line over a card without meta line (:func:`bare_card`): a
caller may test a line's shape first, before the call (most lines of a story run are prose).
A title-shaped label (a script without case or spaces shapes a short label as a title) stands
only over a sub-line of two short pieces set apart by a mark ("Source · age")."""


def bare_card(
    blocks: list[Block], shapes: dict[int, LineShape], i: int, end: int, own: Collection[int] = ()
) -> bool:
    """Whether a card without a meta line stands alone inside the story run at ``i``: three
    undecided lines before the run's ``end`` and over a story paragraph, a label (at most
    ``LABEL_WORDS`` words, no title and no sentence), a title line longer than it and a
    sub-line (title-like or short, or two short pieces set apart by a mark; no sentence end)
    under it ("Read also" / a headline / its one-line summary or "Source · kecha"; a table's
    header repeated under a heading is none). Over the label the story: a story line, or one
    line dropped as chrome (a pitch, an ad label) under one. The
    caller labels the run in order (the lines above are decided); a subheading stands alone,
    a list's items (``own``) are the story's. (:func:`bridge_cards` and :func:`bridge_back`
    read cards with one meta line; a card without one stays inside the run.)"""
    if i + 3 >= end or not _bare_lines(blocks, shapes, i, own) or not _undecided_prose(blocks[i + 3], shapes):
        return False
    k = i - 1
    if k > 0 and blocks[k].label == BOILERPLATE and blocks[k].rule != CHROME:
        k -= 1  # the site's pitch or an ad label over the card
    return blocks[k].label == STORY


CHROME = "heuristic.dump-chrome"
"""The rule of a line inside the story run that reads as chrome (a list's item, a link)."""


def _bare_lines(blocks: list[Block], shapes: dict[int, LineShape], i: int, own: Collection[int]) -> bool:
    lines = blocks[i : i + 3]
    if any(b.label is not None or b.kept or b.index not in shapes or b.index in own for b in lines):
        return False
    label, title, sub = lines
    kinds = [shapes[b.index].shape for b in lines]
    words = count_words(label.text)
    paired = kinds[2] == "chrome" and _paired(sub.text)
    return (kinds[0] in BARE_LABELS and words <= LABEL_WORDS and (kinds[0] != "title" or paired)
            and (kinds[1] == "title" or kinds[1] == "prose" and _long_title(title, shapes))
            and (kinds[2] in ("title", "short") or paired)
            and count_words(title.text) > words and sub.text != title.text
            and not any(FULL_STOP.search(b.text) for b in lines) and not is_row(label.text))


SUB_PIECE_WORDS = 4
"""Most words of each piece of a card's sub-line of two pieces ("Source · kecha")."""


def _paired(text: str) -> bool:
    """Whether a line is two short pieces set apart by a mark ("Source · kecha"): a card's meta
    line whose age no reader knows, laid out as one all the same."""
    if SEPARATOR_CHARACTER.search(text) is None:
        return False
    pieces = SEPARATORS.split(text)
    return len(pieces) == 2 and all(0 < len(p.split()) <= SUB_PIECE_WORDS for p in pieces)


def paired_meta(text: str, is_age: Callable[[str], bool]) -> dict[str, str]:
    """``source`` and ``age`` of a card's sub-line of two short pieces (:func:`_paired`) whose
    second piece ``is_age`` reads ("Source · 1 day ago" in any language); else no fields."""
    if not _paired(text):
        return {}
    source, age = (p.strip() for p in SEPARATORS.split(text))
    return {"source": source, "age": age} if is_age(age) and not is_age(source) else {}


def _titled(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line is title-like or a card's long title (:func:`_long_title`)."""
    s = shapes.get(b.index)
    return s is not None and (s.shape == "title" or s.shape == "prose" and _long_title(b, shapes))


def _undecided_prose(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line is prose-shaped and not labelled yet."""
    s = shapes.get(b.index)
    return s is not None and s.shape == "prose" and b.label is None


def _card_gap(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> int:
    """How many lines from ``i`` on form a lone card: non-prose lines (undecided, or dropped by
    a rule), at most ``CARD_GAP``, one meta line and a title line, and prose after them. The
    card's title may run as long as a sentence (:func:`_long_title`): under the card's label,
    over its meta line."""
    kinds: list[str] = []
    while i < len(blocks) and len(kinds) <= CARD_GAP:
        b = blocks[i]
        if b.index not in shapes:  # a label a rule dropped ("À LIRE AUSSI") is part of the card
            if b.label != BOILERPLATE or b.kept:
                break
            kinds.append("ruled")
        elif shapes[b.index].shape == "prose":
            if not (kinds and "title" not in kinds and "meta" not in kinds and _long_title(b, shapes)):
                break
            kinds.append("title")
        else:
            kinds.append(BREAK if meta_like(b, shapes) else shapes[b.index].shape)
        i += 1
    # one-line teasers ("RELATED → Title") are teasers of their own, not a card's title
    ok = (0 < len(kinds) <= CARD_GAP and kinds.count("meta") == 1 and "title" in kinds
          and not {"card", "label"} & set(kinds))
    return len(kinds) if ok and i < len(blocks) else 0


def _long_title(b: Block, shapes: dict[int, LineShape]) -> bool:
    """A prose-shaped line that may be a card's title: undecided, at most ``TITLE_WORDS[1]``
    words, no sentence end ("Los alquileres en Castilla-La Mancha suben un 11 % en un año")."""
    return b.label is None and shapes[b.index].words <= TITLE_WORDS[1] and FULL_STOP.search(b.text) is None


def _retitle(blocks: list[Block], shapes: dict[int, LineShape], lo: int, hi: int) -> None:
    """A bridged card's prose-shaped line (its long title, :func:`_card_gap`) reads as a title
    in ``shapes``: the card reader takes its title among title lines."""
    for b in blocks[lo:hi]:
        s = shapes.get(b.index)
        if s is not None and s.shape == "prose":
            shapes[b.index] = LineShape("title", s.words)


def _prose_run(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> int:
    """How many lines from ``i`` on the story goes on: the best-scoring stretch (positive,
    ending on prose) before a meta line."""
    total, best, best_n, n = 0.0, 0.0, 0, 0
    while i < len(blocks):
        score = line_score(blocks[i], shapes)
        if score is None:
            break
        total, n, i = total + score, n + 1, i + 1
        if total > best and score > 0:
            best, best_n = total, n
    return best_n


def _meta_near(blocks: list[Block], shapes: dict[int, LineShape], i: int, reach: int = 2) -> bool:
    """Whether a meta line stands at ``i`` or the ``reach - 1`` lines after it."""
    return any(meta_like(blocks[j], shapes) for j in range(i, min(i + reach, len(blocks))))


_PROSE = LineShape("prose", 0)


def trim_card_head(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end less the head of a card list's first card, if it ends with one
    (:func:`declutter.content.card_segments.card_head`); only undecided lines are read."""
    if end >= len(blocks) or end - start < 2:
        return end
    tail = _card_list(blocks, shapes, end)
    if tail is None:
        return end
    lo = end
    while lo > start + 1 and end - lo < MAX_CARD_LINES and blocks[lo - 1].index in shapes:
        lo -= 1
    items = [(b, shapes[b.index]) for b in blocks[lo:end]] + tail
    cut = lo + card_head(items, end - lo)
    while start + 1 < cut < end and shapes.get(blocks[cut - 1].index, _PROSE).shape != "prose":
        cut -= 1  # the list's heading ("Más noticias") above the first card is no story
    return cut


def _card_list(
    blocks: list[Block], shapes: dict[int, LineShape], end: int,
) -> list[tuple[Block, LineShape]] | None:
    """The lines under the run :func:`card_head` reads (with their shapes): up to the first no
    card holds, lines a rule decided ("3 min read" in each card) left out; ``None`` when they
    cannot end in a card's head, as :func:`card_head` finds none then: a list repeats its meta
    line at a period of at most ``MAX_CARD_LINES`` lines, the first under fewer than
    ``MAX_CARD_LINES - 1`` lines (the head of the first card, in the run, is shorter than the
    period), and two of them at least. Lines are read up to there only."""
    tail: list[tuple[Block, LineShape]] = []
    metas: list[int] = []  # (their places in ``tail``)
    for b in islice(blocks, end, None):
        if (s := shapes.get(b.index)) is None:
            if b.label is None or b.kept:
                break
            continue
        if not card_shaped(b, s):
            break
        if s.shape == "meta":
            metas.append(len(tail))
        tail.append((b, s))
        if len(metas) < 2 and len(tail) >= (metas[0] + MAX_CARD_LINES + 1 if metas else MAX_CARD_LINES - 1):
            return None
    return tail if len(metas) >= 2 else None


def best_end(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The trimmed run's end again at its best: once a card's head or comments are cut off its
    foot, the run may end in chrome and a line of prose that no longer pay for it ("Sort by:",
    "Be the first to comment."): the most negative suffix of the run (back to a meta line or
    its first line) is dropped, as Kadane's run never ends in a suffix that costs. One pass."""
    total, lowest, cut = 0.0, 0.0, end
    for i in range(end - 1, start, -1):
        score = line_score(blocks[i], shapes)
        if score is None:
            break
        total += score
        if total < lowest:
            lowest, cut = total, i
    return cut


def pitch_foot(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The run's end above the pitch it ends with: its last line (undecided, prose-shaped),
    when a dashed pitch (:func:`declutter.content.pitches.dashed_pitch`) or a pitch at the
    story's foot (:func:`declutter.content.foot_pitches.foot_pitch`), is the page's chrome
    that follows the story (share row, footer), not story. Output: the run's (new)
    end. One line read."""
    if end - 1 <= start:
        return end
    last = blocks[end - 1]
    if last.label is None and shapes.get(last.index, _PROSE).shape == "prose" and (
            dashed_pitch(last.text) or foot_pitch(blocks, shapes, start, end)):
        return end - 1
    return end
