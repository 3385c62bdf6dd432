"""The teaser-section finder of text dumps: teaser cards found by the repetition of line shapes.

A section outside the story whose lines fall into groups of the same shape (a title-like line,
a meta line with a source and/or an age, an excerpt, a link) is a teaser list, whatever its
heading says and whether it has one. Cards are cut in one of three ways:

- **one line each**: a ``card`` line (title, source and age on one line) or a ``label`` line
  ("Lesen Sie auch: Title") is a teaser of its own; so is each line of a run of >= 2 bulleted
  or numbered title-like lines (unmarked title-like lines alone are no cards);
- **blank-line chunks**: a chunk between blank lines that holds exactly one meta line (the
  card's *anchor*) and at most :data:`MAX_CARD_LINES` lines is one card;
- **period**: in a chunk with several anchors, each card spans the same lines around its
  anchor as the last card does around its own (lines after the last anchor, up to the
  period), and must repeat the last card's shape sequence; so "title, excerpt, meta" and
  "meta, title, excerpt" both cut right, and a comment ("name · 2 h", text, actions) or a
  heading in the same chunk is no card.

Each card's fields come from the shared card reader, :func:`declutter.content.cards.card_fields`.
A group with no title-like line (a comment: "Name · 2 h", then its text) is no teaser.
All of it is one pass over the section's lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from declutter.blocks import TEASER, Block, Page
from declutter.content.card_labels import card_anchor, field_labels
from declutter.content.card_lines import is_name
from declutter.content.card_runs import cards_of_layout, cards_of_metas, run_fields
from declutter.content.cards import card_fields
from declutter.content.line_shapes import FULL_STOP, TITLE_WORDS, LineShape

MAX_CARD_LINES = 8
"""Longest card (in lines) a blank-line chunk may be."""

_BULLETED = re.compile(r"^(?:[-•·*–▪►▸◦]|\d{1,2}[.)])\s+\S")
_BULLET_FIRST = frozenset("-•·*–▪►▸◦")
"""The first character of a :data:`_BULLETED` line, or a digit (``str.isdecimal``, as ``\\d``)."""
_BULLET = re.compile(r"^(?:[-•·*–▪►▸◦]|\d{1,2}[.)])\s+")
_ROW = re.compile(r"\s[|·•]\s")
_RANK = re.compile(r"^#?\d{1,3}\.?$")
_CARD_SHAPES = frozenset({"title", "short", "prose", "meta", "url"})
Card = list[tuple[Block, LineShape]]
"""A card's lines with their shapes as read inside a card."""


def find_teasers(page: Page, region: Sequence[tuple[Block, LineShape]]) -> None:
    """Label the teaser cards among ``region`` (undecided lines outside the story, in page order).

    Lines that are part of a card get ``label = teaser``, their ``field`` and ``teaser`` index;
    the others are left undecided for the caller.
    """
    first = len(page.teasers)
    if next((True for _, s in region if s.shape == "card"), False):
        region = cards_of_layout(cards_of_metas([(b, _meta_of_card(region, k) if s.shape == "card" else s)
                                                 for k, (b, s) in enumerate(region)]))
    _one_line_cards(page, region)
    rest = [(b, s) for b, s in region if b.label is None]
    cards: list[Card] = []
    # the blank-line chunks of the lines left, from the one of the first meta line to the one
    # of the last: a chunk without a meta line holds no card (not read)
    metas = [k for k, (_, s) in enumerate(rest) if s.shape == "meta"]
    lo = metas[0] if metas else len(rest)
    while 0 < lo < len(rest) and not _parted(page, rest[lo - 1][0], rest[lo][0]):
        lo -= 1
    chunk: list[tuple[Block, LineShape]] = []
    anchored = False
    for k in range(lo, len(rest)):
        item = rest[k]
        if chunk and _parted(page, chunk[-1][0], item[0]):
            if anchored:
                cards += _chunk_cards(chunk)
            chunk, anchored = [], False
            if k > metas[-1]:
                break
        chunk.append(item)
        anchored = anchored or item[1].shape == "meta"
    if anchored:
        cards += _chunk_cards(chunk)
    cards = field_labels(cards)
    offset = _title_offset(cards)
    for card in cards:
        _take_card(page, card, offset)
    _title_lists(page, region)
    _counts(page, first)


def _counts(page: Page, first: int) -> None:
    """Sources without a letter are counts (comments, views: "26 abril 2022 | 11 |", "1+"), not
    sources: a list whose every source has none (two at least) keeps none. A number among
    names ("24 · vor 2 Stunden" over "Landbote · vor 4 Stunden") is a source."""
    sourced = [fields for n, fields in page.teasers.items() if n >= first and fields.get("source")]
    if len(sourced) >= 2 and not any(ch.isalpha() for fields in sourced for ch in fields["source"]):
        for fields in sourced:
            del fields["source"]


def _parted(page: Page, before: Block, after: Block) -> bool:
    """Whether a blank line stands between two lines, also before a line a rule took between
    them ("© 2025 ...")."""
    return after.gap or after.index > before.index + 1 and any(
        b.gap for b in page.blocks[before.index + 1 : after.index])


def _one_line_cards(page: Page, region: Sequence[tuple[Block, LineShape]]) -> None:
    """Card and label lines, each a teaser; a label line next to a meta line is the title of
    a card of several lines ("Pêche : les quotas revus" over "Presse Océane · hier")."""
    spots = [k for k, (_, s) in enumerate(region) if s.shape == "card" or s.shape == "label"]
    if not spots:
        return
    named = run_fields(region)
    labels = Counter((s.fields or {}).get("label") for _, s in map(region.__getitem__, spots)
                     if s.shape == "label")
    for k in spots:
        b, s = region[k]
        if s.shape == "label" and _topic_colon(s) and _in_meta_chunk(region, k):
            continue
        if s.shape == "label" and labels[s.fields["label"]] < 2 and _next_to(region, k, "title"):
            # a one-off "Topic :" next to unlabelled headlines ("Tempête : la facture ...")
            # is part of its headline: a card's label recurs on the cards of its list
            continue
        if s.shape in ("card", "label") and s.fields:
            take(page, [b], ["title"], named.get(k) or dict(s.fields))


def _meta_of_card(region: Sequence[tuple[Block, LineShape]], k: int) -> LineShape:
    """A ``card`` line whose "title" is a name ("Par Anne Morel · Le Petit Rhodanien · hier")
    next to a title-like line is that title's meta line of three fields (author, source, age),
    not a teaser of its own: it reads as ``meta`` with its source and age."""
    b, s = region[k]
    fields = s.fields or {}
    if s.shape != "card" or "age" not in fields or not is_name(fields.get("title", "")):
        return s
    near = [region[j] for j in (k - 1, k + 1) if 0 <= j < len(region)]
    if not any(abs(n.index - b.index) == 1 and not (n if n.index > b.index else b).gap
               and ns.shape == "title" for n, ns in near):
        return s
    meta = {name: fields[name] for name in ("source", "age") if name in fields}
    return LineShape("meta", s.words, meta)


def _topic_colon(s: LineShape) -> bool:
    """A headline's "Topic :" rather than a card's label ("RELATED →", "READ MORE:"): a colon,
    and a topic not in capitals."""
    label = (s.fields or {}).get("label", "")
    return label.endswith(":") and not label.isupper()


def _in_meta_chunk(region: Sequence[tuple[Block, LineShape]], k: int) -> bool:
    """Whether a meta line stands within ``MAX_CARD_LINES`` lines of ``region[k]``, no blank
    line between: the line is then a field of a card of several lines (its title: "Pêche :
    les quotas revus" over an excerpt over "Presse Océane · hier"), not a teaser of its own."""
    for step in (-1, 1):
        j, b = k, region[k][0]
        while 0 <= j + step < len(region) and abs(j + step - k) < MAX_CARD_LINES:
            n = region[j + step][0]
            if abs(n.index - b.index) != 1 or (n if step > 0 else b).gap:
                break
            if region[j + step][1].shape == "meta":
                return True
            j, b = j + step, n
    return False


def _next_to(region: Sequence[tuple[Block, LineShape]], k: int, shape: str) -> bool:
    """Whether the line right before or after ``region[k]`` (no blank line between) has the
    shape ``shape``."""
    b = region[k][0]
    before = region[k - 1] if k > 0 else None
    after = region[k + 1] if k + 1 < len(region) else None
    return (before is not None and before[1].shape == shape and not b.gap
            and before[0].index == b.index - 1) or (
        after is not None and after[1].shape == shape and not after[0].gap
        and after[0].index == b.index + 1)


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
    while i < len(items) and _card_shaped(*items[i]):
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


def _title_lists(page: Page, region: Sequence[tuple[Block, LineShape]]) -> None:
    """Runs of >= 2 adjacent bulleted or numbered title lines among the undecided lines of
    ``region``. Title-like lines without a
    marker or a second field (a product's features, a list of venues, subheadings) are no
    teasers: a card needs more than a line that could be a title."""
    # the listed lines alone: a line between two of them stands between them in the page too
    listed = [b for b, s in region if ((first := b.text[0]) in _BULLET_FIRST or first.isdecimal())
              and b.label is None
              and s.words >= 3 and s.shape in ("title", "short", "prose")
              and _BULLETED.match(b.text) is not None]
    run: list[Block] = []
    for b in [*listed, None]:
        if b is not None and run and b.index == run[-1].index + 1:
            run.append(b)
            continue
        if len(run) >= 2:
            for r in run:
                take(page, [r], ["title"], {"title": _BULLET.sub("", r.text)})
        run = [b] if b is not None else []


def _chunk_cards(chunk: list[tuple[Block, LineShape]]) -> list[Card]:
    """The cards of one blank-line chunk (see the module docstring), each as its card lines."""
    anchors = [i for i, (_, s) in enumerate(chunk) if s.shape == "meta" and not _comment(chunk, i)]
    if not anchors:
        return []
    n = len(chunk)
    if len(anchors) == 1:
        if n <= MAX_CARD_LINES:
            return _card(chunk)
        # a card at the end of a longer chunk: up to 3 lines before its anchor
        a = anchors[0]
        return _card(chunk[max(0, a - 3) : min(n, a + 4)])
    period = anchors[-1] - anchors[-2]
    after = _direction(chunk, anchors, period, min(n - 1 - anchors[-1], period - 1))
    before = period - 1 - after
    reference = _coarse(chunk[anchors[-1] - before : anchors[-1] + after + 1])
    start = 0
    cards: list[Card] = []
    for k, a in enumerate(anchors):
        lo = max(start, a - before)
        hi = min(n, a + after + 1, anchors[k + 1] - before if k + 1 < len(anchors) else n)
        if _coarse(chunk[lo:hi]) == reference:  # a repeated card, not a comment or a heading
            cards += _card(chunk[lo:hi])
        start = hi
    return cards


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
    is no title of three words or more), and whether a blank line stands above it."""
    return _in_card(b, s, long_titles=False).shape, b.gap


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
    """A card's shape sequence (as read inside a card): P prose, M meta, U url, T other."""
    return "".join({"prose": "P", "meta": "M", "url": "U"}.get(_in_card(b, s).shape, "T") for b, s in group)


def _card(group: list[tuple[Block, LineShape]]) -> list[Card]:
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


def _title_offset(cards: Sequence[Card]) -> int | None:
    """Where the title stands in the cards of a page, counted from each card's meta line: the
    most common place among cards with one title-like line (``None``: no such card). A card
    with two title-like lines (a title and an excerpt that no full stop closes, both of title
    length) takes its title from there: the cards of a list share a layout."""
    places: Counter[int] = Counter()
    for card in cards:
        titled = [k for k, (_, s) in enumerate(card) if s.shape == "title"]
        if len(titled) == 1:
            places[titled[0] - card_anchor(card)] += 1
    return places.most_common(1)[0][0] if places else None


def _take_card(page: Page, group: Card, offset: int | None) -> None:
    """One card from its lines, if it has a title line (at ``offset`` from its meta line when
    that line is title-like, see :func:`_title_offset`)."""
    lines = [(s.fields or {}).get("value", b.text) for b, s in group]
    values = [{k: v for k, v in s.fields.items() if k != "value"} if s.fields else None for _, s in group]
    names, parsed = card_fields(
        lines, [s.shape for _, s in group], values, None if offset is None else card_anchor(group) + offset
    )
    title = next((i for i, n in enumerate(names) if n == "title"), None)
    if title is None or group[title][1].shape == "prose":
        return  # a comment (name, time, text) or a lone meta line
    kept = [(b, n) for (b, _), n in zip(group, names, strict=True) if n is not None]
    take(page, [b for b, _ in kept], [n for _, n in kept], parsed)


def take_card(page: Page, lines: list[tuple[Block, LineShape]]) -> None:
    """Make ``lines`` (one card's lines with their shapes) a teaser, if they hold a title."""
    for card in _card(lines):
        _take_card(page, card, None)


def _card_shaped(b: Block, s: LineShape) -> bool:
    """``_in_card(b, s).shape in _CARD_SHAPES``, with no shape built: whether a line may be
    part of a card."""
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
    sentence end closes is a title too (:func:`_card` takes the shortest such line, and only
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


def take(page: Page, blocks: list[Block], names: list[str], values: dict[str, str]) -> None:
    """Make ``blocks`` one teaser record: fields ``names``, parsed ``values`` (see assemble)."""
    index = page.new_teaser(**values)
    for b, name in zip(blocks, names, strict=True):
        b.label, b.rule, b.field, b.teaser = TEASER, "heuristic.dump-teaser", name, index
