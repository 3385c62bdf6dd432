"""The dump story reader: a text dump's undecided lines -> title, story, teasers, boilerplate.

A dump has no markup, so lines are read by their shape (:mod:`declutter.content.line_shapes`,
jusText-style shallow features) and their context, after the rules have run (a site rule wins):

1. **Story run.** The story is the page's main run of prose: the maximum-sum run of lines
   (Kadane's algorithm, as in Finn et al.'s body-text extraction, 2001), where a prose line adds
   its words and every other line costs :data:`COST` (per shape); a meta line ("Source · 2 h")
   ends any run, as it only stands in cards, comments and bylines; a prose line alone deep in
   the chrome (:data:`LONE_GAP`) costs like an excerpt. Short chrome between
   paragraphs costs less than the prose on either side, so the run resumes after it; a prose
   line with no sentence end, or one standing alone between chrome lines, counts for less
   (:func:`_discount`): the prose-like lines of the chrome after a story are such lines.
2. **Inside the run** prose is story, a short title-like line between prose is a subheading
   (story), one-line cards and labelled cards ("READ MORE: Title") are teasers, everything
   else (share rows, ad labels, pitches, meta lines) is boilerplate.
3. **Title.** The headline sits just above the story run: the first undecided line when it is
   title-like, else the longest title-like line of the :data:`TITLE_WINDOW` lines before the run.
4. **Outside the run** teaser sections are found by repetition
   (:mod:`declutter.content.dump_teasers`); what is left is boilerplate, labelled with where it
   stood (``heuristic.before-story`` / ``heuristic.after-story``), so nothing is lost.

Every step is one or two passes over the lines: linear in the dump's size.
"""

from __future__ import annotations

from collections.abc import Collection

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page, title_sized
from declutter.content.dump_comments import trim_comments
from declutter.content.dump_teasers import MAX_CARD_LINES, card_head, find_teasers, take, take_card
from declutter.content.features import CJK
from declutter.content.line_repeats import mark_listed, repeated_dates
from declutter.content.line_shapes import FULL_STOP, LineShape, shape_of, shapes_of

COST = {
    "excerpt": 8.0,
    "title": 4.0,
    "short": 4.0,
    "chrome": 8.0,
    "url": 8.0,
    "card": 2.0,
    "label": 2.0,
    "ruled": 6.0,
    "teaser": 2.0,
}
"""What a non-prose line costs the story run, in words of prose (tuned on the tuned-on half of
the rendered benchmark pages, see ``benchmarks/dump_extraction.py``)."""
LONE_GAP = 8
"""Non-prose lines in a row after which a paragraph with no prose after it is not story but a
caption, a promo or a cookie note: it costs like an excerpt (tuned on the tuned-on half of
the rendered benchmark pages: 6-10 all give 0.90 there, against 0.875 without)."""
BREAK = "meta"
"""The shape that ends every run."""
_NEGATIVE_COST: dict[str, float | None] = {shape: -cost for shape, cost in COST.items()} | {BREAK: None}
TITLE_WINDOW = 12
"""How many lines above the story run the headline may sit."""
MAX_TITLE_WORDS = 30


def label_dump(
    page: Page, generic_ends: Collection[str] = (), generic_teasers: Collection[str] = ()
) -> None:
    """Label every undecided block of a text dump as title, story, teaser or boilerplate.

    Input: a page whose blocks are dump lines, after the rules ran (their labels stand), and
    the ids of the *generic* (not site) end-of-story rules. Lines such a rule dropped are read
    again: a generic "Related Articles" heading says where the story ends, not what the cards
    under it look like, and a sidebar's "You may also like" above the story ends nothing. The
    story run decides; lines no card and no story takes keep the rule's id. A card that a
    *generic* teasers rule (``generic_teasers``) parsed is read again when the line it took as
    the card's meta line ("Source · age") is a whole teaser itself ("Title — Source, 3h"), or
    a line it took as the excerpt is a meta line (the next card's): the layout the rule
    assumes is not the one on the page.
    Output: none; every block has a label afterwards. Never raises on any text.
    """
    blocks = page.blocks
    reopened: dict[int, str] = {}
    for b in blocks:
        if b.label == BOILERPLATE and b.rule in generic_ends:
            reopened[b.index] = b.rule
            b.label = b.rule = None
    if generic_teasers:
        _reopen_misread_cards(blocks, generic_teasers)
    shapes = shapes_of((b.index, b.text) for b in blocks if b.label is None and not b.kept)
    repeated_dates(blocks, shapes)
    mark_listed(blocks, shapes)
    start, end = _story_run(blocks, shapes)
    end, gaps = _bridge_cards(blocks, shapes, start, end)
    for lo, hi in gaps:  # each lone card inside the story is a teaser
        take_card(page, [(b, shapes[b.index]) for b in blocks[lo:hi] if b.index in shapes])
    end = _trim_card_head(blocks, shapes, start, end)
    end = trim_comments(blocks, shapes, start, end)
    has_title = page.title or any(b.label == TITLE for b in blocks)
    if not has_title:
        title = _title(blocks, shapes, start, end)
        if title is not None:
            first = next((b for b in blocks if b.index in shapes), None)
            title.set(TITLE, "heuristic.first-line" if title is first else "heuristic.headline")
            shapes.pop(title.index, None)
    _bylines(blocks, shapes, start)
    for b in blocks[start:end]:
        if b.kept and b.label is None:
            b.label, b.rule = STORY, b.rule or "heuristic.dump-line"
        if b.index in shapes and b.label is None:
            _label_in_run(page, b, shapes, blocks)
    outside = [(b, shapes[b.index]) for b in blocks if b.index in shapes and b.label is None]
    find_teasers(page, outside)
    for b, _ in outside:
        if b.label is None:
            rule = reopened.get(b.index) or (
                "heuristic.before-story" if b.index < start else "heuristic.after-story"
            )
            b.set(BOILERPLATE, rule)
    for b in blocks:  # kept lines outside the run are story all the same
        if b.label is None:
            b.label, b.rule = STORY, b.rule or "keep"


def _bylines(blocks: list[Block], shapes: dict[int, LineShape], start: int) -> None:
    """The page's own byline and dateline: meta lines ("Source · 3h", "Hace 2 horas · Redacción")
    between the headline and the story run's first line (no blank line, at most
    ``BYLINE_LINES`` of them) are boilerplate, never the anchor of a teaser card: a card's meta
    line needs a title of its own, and the headline is the page's."""
    title = next((b.index for b in blocks[:start] if b.label == TITLE), None)
    if title is None:
        return
    for b in blocks[title + 1 : min(start, title + 1 + BYLINE_LINES)]:
        s = shapes.get(b.index)
        if s is not None and s.shape == BREAK and b.label is None:
            b.set(BOILERPLATE, "heuristic.byline")
            shapes.pop(b.index)


BYLINE_LINES = 3
"""Most lines between a headline and its story that may be its byline and dateline."""


def _reopen_misread_cards(blocks: list[Block], rules: Collection[str]) -> None:
    """Undo the cards of generic teasers rules of which one card's meta line reads as a
    one-line card, or whose excerpt holds a meta line (or several paragraphs)."""
    cards: dict[int, list[Block]] = {}
    for b in blocks:
        if b.label == TEASER and b.rule in rules and b.teaser is not None:
            cards.setdefault(b.teaser, []).append(b)
    misread: set[int] = set()
    rules_misread: set[str | None] = set()
    for n, card in cards.items():
        meta = [b for b in card if b.field and {"source", "age"} & set(b.field.split("+"))]
        text = [b for b in card if b.field == "text"]
        if any(shape_of(b.text).shape == "card" for b in meta) or any(
                shape_of(b.text).shape == "meta" for b in text) or sum(  # the next card's meta
                shape_of(b.text).shape == "prose" for b in text) > 1:  # paragraphs: the story
            misread.add(n)
            if len(card) > 1:
                rules_misread.add(card[0].rule)
    # the cards of one list share a layout: a misread card of several lines means the rule
    # misread them all (the last card of a list without excerpts took the cookie line under it)
    for n, card in cards.items():
        if n in misread or card[0].rule in rules_misread:
            for b in card:
                b.label = b.rule = b.field = None
                b.teaser = None


CARD_GAP = 4
"""Most lines of a card standing alone inside the story (label, title, meta line)."""


def _bridge_cards(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int
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
        if not more or _meta_near(blocks, shapes, end + gap + more):
            break
        gaps.append((end, end + gap))
        end += gap + more
    return end, gaps


def _card_gap(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> int:
    """How many lines from ``i`` on form a lone card: non-prose lines (undecided, or dropped by
    a rule), at most ``CARD_GAP``, one meta line and a title line, and prose after them."""
    kinds: list[str] = []
    while i < len(blocks) and len(kinds) <= CARD_GAP:
        b = blocks[i]
        if b.index not in shapes:  # a label a rule dropped ("À LIRE AUSSI") is part of the card
            if b.label != BOILERPLATE or b.kept:
                break
            kinds.append("ruled")
        elif shapes[b.index].shape == "prose":
            break
        else:
            kinds.append(shapes[b.index].shape)
        i += 1
    # one-line teasers ("RELATED → Title") are teasers of their own, not a card's title
    ok = (0 < len(kinds) <= CARD_GAP and kinds.count("meta") == 1 and "title" in kinds
          and not {"card", "label"} & set(kinds))
    return len(kinds) if ok and i < len(blocks) else 0


def _prose_run(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> int:
    """How many lines from ``i`` on the story goes on: the best-scoring stretch (positive,
    ending on prose) before a meta line."""
    total, best, best_n, n = 0.0, 0.0, 0, 0
    while i < len(blocks):
        score = _score(blocks[i], shapes)
        if score is None:
            break
        total, n, i = total + score, n + 1, i + 1
        if total > best and score > 0:
            best, best_n = total, n
    return best_n


def _meta_near(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> bool:
    """Whether a meta line stands at ``i`` or the line after it."""
    for j in (i, i + 1):
        s = shapes.get(blocks[j].index) if j < len(blocks) else None
        if s is not None and s.shape == BREAK:
            return True
    return False


_PROSE = LineShape("prose", 0)


def _trim_card_head(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end less the head of a card list's first card, if it ends with one
    (:func:`declutter.content.dump_teasers.card_head`); only undecided lines are read."""
    if end >= len(blocks) or end - start < 2:
        return end
    lo = end
    while lo > start + 1 and end - lo < MAX_CARD_LINES and blocks[lo - 1].index in shapes:
        lo -= 1
    # lines a rule decided ("3 min read" in each card) are no part of the cards' shapes
    items = [(b, shapes[b.index]) for b in blocks[lo:end]]
    for b in blocks[end:]:
        if b.index in shapes:
            items.append((b, shapes[b.index]))
        elif b.label is None or b.kept:
            break
    cut = lo + card_head(items, end - lo)
    while start + 1 < cut < end and shapes.get(blocks[cut - 1].index, _PROSE).shape != "prose":
        cut -= 1  # the list's heading ("Más noticias") above the first card is no story
    return cut


def _score(b: Block, shapes: dict[int, LineShape]) -> float | None:
    """A line's worth to the story run (``None``: it ends every run)."""
    s = shapes.get(b.index)
    if s is None:
        if b.label == STORY or b.kept:
            return float(b.words)
        return -COST["teaser" if b.label == TEASER else "ruled"]
    if s.shape == BREAK:
        return None
    if s.shape == "prose":  # a CJK sentence is one "word" by its spaces: two characters a word
        return float(s.words if s.words >= CJK_CHECK else max(s.words, len(CJK.findall(b.text)) // 2))
    return -COST[s.shape]


CJK_CHECK = 5
"""Prose lines of fewer space-separated words than this are counted in CJK characters too."""


def _story_run(blocks: list[Block], shapes: dict[int, LineShape]) -> tuple[int, int]:
    """``[start, end)`` of the maximum-sum run of lines (Kadane), or an empty run. A prose
    line after ``LONE_GAP`` or more non-prose lines and before a non-prose line stands alone
    in the chrome (a caption under the menu, a cookie note at the foot): it costs instead of
    adding, as jusText reads a good paragraph only near other good ones."""
    best, best_start, best_end = 0.0, 0, 0
    total, start, gap = 0.0, 0, 0
    get, scores = shapes.get, []
    for b in blocks:  # _score, its common cases inlined
        s = get(b.index)
        scores.append(float(s.words) if s is not None and s.shape == "prose" and s.words >= CJK_CHECK
                      else _score(b, shapes) if s is None or s.shape == "prose"
                      else _NEGATIVE_COST[s.shape])
    _discount(blocks, shapes, scores)
    scores.append(None)
    for i, score in enumerate(scores[:-1]):
        if score is not None and score > 0 and gap >= LONE_GAP and not (scores[i + 1] or 0) > 0:
            score = -COST["excerpt"]  # a lone paragraph deep in the chrome: no story
        gap = 0 if score is not None and score > 0 else gap + 1
        if score is None:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


UNFINISHED = 0.5
"""What a prose line with no sentence end counts for, of its words: a long headline ("Pay to
breathe? 'Oxygen bars' hit New Delhi as India chokes under pollution") reads as prose by its
length, and the teaser lists after a story are made of them, while a story's paragraphs end
their sentences (tuned on the tuned-on half of the rendered benchmark pages: 0.35-0.7 all
help there, see ``benchmarks/dump_extraction.py``)."""
ALONE = 0.5
"""What a prose line with no prose line right above or below it counts for, of its words, but
for the page's first one: the story is a *run* of paragraphs, while the prose lines of the
chrome after it (a teaser's headline, a newsletter pitch, a comment form's notice, an author's
bio) each stand between chrome lines, and together they carried the run on past the story's
end. A lead paragraph with an ad line under it stands alone too, and counts whole (tuned as
:data:`UNFINISHED`: 0.3-0.5 all help; 15 tuned-on pages gain, none loses)."""


def _discount(blocks: list[Block], shapes: dict[int, LineShape], scores: list[float | None]) -> None:
    """Scale down, in place, the scores of prose lines that read as no part of a run of
    paragraphs: unfinished ones (:data:`UNFINISHED`), then lone ones after the first
    (:data:`ALONE`). Three passes over the lines."""
    for i, b in enumerate(blocks):
        s = shapes.get(b.index)
        score = scores[i]
        if s is not None and s.shape == "prose" and score and score > 0 and FULL_STOP.search(b.text) is None:
            scores[i] = score * UNFINISHED
    good = [score is not None and score > 0 for score in scores] + [False]  # good[-1]: no line
    lead = next((i for i in range(len(scores)) if good[i]), len(scores))
    for i in range(lead + 1, len(scores)):
        if good[i] and not good[i - 1] and not good[i + 1]:
            scores[i] *= ALONE  # type: ignore[operator]


def _title(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> Block | None:
    """The headline: the line that reads as one (:func:`_headline_like`) nearest the story run,
    i.e. the run's own first line, else the closest such line of the ``TITLE_WINDOW`` lines above
    it; a masthead or a nav row further up ("GULL POST", "Home | World") is not one. Failing
    that, the first undecided line when it is title-like, else the longest title-like line of
    the window."""
    lead = blocks[start] if start < end else None
    if lead is not None and _headline_like(lead, shapes) and not _headline_like(
            blocks[start + 1] if start + 1 < end else None, shapes):
        return lead
    for b in reversed(blocks[max(0, start - TITLE_WINDOW):start]):
        if _headline_like(b, shapes):
            return b
    free = [b for b in blocks[: max(start, 1)]
            if b.index in shapes and not b.kept and title_sized(b.text)]
    if not free:
        return None
    first = free[0]
    fit = ("title", "short", "label", "card")
    near = start - first.index <= TITLE_WINDOW or start == 0
    if shapes[first.index].shape in fit and near and (shapes[first.index].words >= 3 or len(first.text) >= 8):
        return first
    window = [
        b
        for b in free
        if b.index >= start - TITLE_WINDOW
        and shapes[b.index].shape in ("title", "prose")
        and shapes[b.index].words <= MAX_TITLE_WORDS
    ]
    if window:
        return max(window, key=lambda b: (shapes[b.index].shape == "title", shapes[b.index].words))
    return first


def _headline_like(b: Block | None, shapes: dict[int, LineShape]) -> bool:
    """A line that reads as a headline: undecided, title- or prose-shaped or "Topic : rest"
    (the label shape; French sets its colon apart), 4 to ``MAX_TITLE_WORDS`` words, and no
    sentence (or label) punctuation at its end."""
    if b is None or b.kept or b.index not in shapes:
        return False
    shape = shapes[b.index]
    words = max(shape.words, len(CJK.findall(b.text)) // 2)  # a CJK headline has no spaces
    return (shape.shape in ("title", "prose", "label") and 4 <= words <= MAX_TITLE_WORDS
            and title_sized(b.text) is not None
            and FULL_STOP.search(b.text) is None and not b.text.endswith((":", ";")))


def _label_in_run(page: Page, b: Block, shapes: dict[int, LineShape], blocks: list[Block]) -> None:
    s = shapes[b.index]
    if s.shape == "prose":
        b.label, b.rule = STORY, "heuristic.dump-line"
    elif s.shape in ("card", "label") and s.fields:
        take(page, [b], ["title"], dict(s.fields))
    elif s.shape in ("title", "short") and _between_prose(b, shapes, blocks):
        b.label, b.rule = STORY, "heuristic.subheading"
    else:
        b.set(BOILERPLATE, "heuristic.dump-chrome")


def _between_prose(b: Block, shapes: dict[int, LineShape], blocks: list[Block]) -> bool:
    """A subheading: title-like, between story paragraphs. A short line between the headline
    and the first paragraph is a kicker or chrome ("Listen to this article"), not story."""
    if shapes[b.index].shape != "title" and shapes[b.index].words < 2:
        return False
    after = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    before = blocks[b.index - 1] if b.index > 0 else None

    def prose(x: Block | None) -> bool:
        if x is None:
            return False
        s = shapes.get(x.index)
        return x.label == STORY or (s is not None and s.shape == "prose")

    return prose(after) and prose(before)
