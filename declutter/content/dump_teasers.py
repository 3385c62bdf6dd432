"""The teaser-section finder of text dumps: teaser cards found by the repetition of line shapes.

A section outside the story whose lines fall into groups of the same shape (a title-like line,
a meta line with a source and/or an age, an excerpt, a link) is a teaser list, whatever its
heading says and whether it has one. Its cards are found in one of two ways:

- **one line each**: a ``card`` line (title, source and age on one line) or a ``label`` line
  ("Lesen Sie auch: Title") is a teaser of its own; so is each line of a run of >= 2 bulleted
  or numbered title-like lines (unmarked title-like lines alone are no cards);
- **cards of several lines**: the lines left are read in blank-line chunks, from the chunk of
  the first meta line to the one of the last, and each chunk is cut into cards by record
  segmentation (:mod:`declutter.content.card_segments`: one meta line per chunk, or a period
  of lines around repeated meta lines).

Each card's fields come from the shared card reader, :func:`declutter.content.card_fields.card_fields`,
and its lines are labelled here (:func:`take`). A group with no title-like line (a comment:
"Name · 2 h", then its text) is no teaser. All of it is one pass over the section's lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from declutter.blocks import TEASER, Block, Page
from declutter.content.card_fields import card_fields
from declutter.content.card_labels import card_anchor, field_labels
from declutter.content.card_runs import cards_of_layout, cards_of_metas, run_fields
from declutter.content.card_segments import MAX_CARD_LINES, Card, chunk_cards, list_heading, read_card
from declutter.content.line_shapes import LineShape
from declutter.content.names import is_name

_BULLETED = re.compile(r"^(?:[-•·*–▪►▸◦]|\d{1,2}[.)])\s+\S")
_BULLET_FIRST = frozenset("-•·*–▪►▸◦")
"""The first character of a :data:`_BULLETED` line, or a digit (``str.isdecimal``, as ``\\d``)."""
_BULLET = re.compile(r"^(?:[-•·*–▪►▸◦]|\d{1,2}[.)])\s+")


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
                cards += chunk_cards(chunk)
            chunk, anchored = [], False
            if k > metas[-1]:
                break
        chunk.append(item)
        anchored = anchored or item[1].shape == "meta"
    if anchored:
        cards += chunk_cards(chunk)
    cards = field_labels(list_heading(cards))
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
            values = named.get(k) or dict(s.fields)
            if (k + 1 < len(region) and (e := region[k + 1])[1].shape == "excerpt"
                    and e[0].index == b.index + 1 and not _parted(page, b, e[0])):
                take(page, [b, e[0]], ["title", "text"], {**values, "text": e[0].text})  # (its excerpt)
            else:
                take(page, [b], ["title"], values)


def _meta_of_card(region: Sequence[tuple[Block, LineShape]], k: int) -> LineShape:
    """A ``card`` line whose "title" is a name ("Par Anne Morel · Le Petit Rhodanien · hier")
    next to a title-like line is that title's meta line of three fields (author, source, age),
    not a teaser of its own: it reads as ``meta`` with its source and age. A card line next to
    another (a run of one-line cards) is a card of its run, whatever its title: in a script
    without case every short title reads as a name."""
    b, s = region[k]
    fields = s.fields or {}
    if s.shape != "card" or "age" not in fields or not is_name(fields.get("title", "")):
        return s
    near = [region[j] for j in (k - 1, k + 1) if 0 <= j < len(region)]
    near = [(n, ns) for n, ns in near if abs(n.index - b.index) == 1]
    if any(ns.shape == "card" for _, ns in near) or not any(
            not (n if n.index > b.index else b).gap and ns.shape == "title" for n, ns in near):
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


def _take_card(page: Page, group: Card, offset: int | None, labelled: bool = False) -> None:
    """One card from its lines, if it has a title line (at ``offset`` from its meta line when
    that line is title-like, see :func:`_title_offset`)."""
    lines = [(s.fields or {}).get("value", b.text) for b, s in group]
    values = [{k: v for k, v in s.fields.items() if k != "value"} if s.fields else None for _, s in group]
    names, parsed = card_fields(
        lines, [s.shape for _, s in group], values, None if offset is None else card_anchor(group) + offset,
        labelled,
    )
    title = next((i for i, n in enumerate(names) if n == "title"), None)
    if title is None or group[title][1].shape == "prose":
        return  # a comment (name, time, text) or a lone meta line
    kept = [(b, n) for (b, _), n in zip(group, names, strict=True) if n is not None]
    take(page, [b for b, _ in kept], [n for _, n in kept], parsed)


def take_card(page: Page, lines: list[tuple[Block, LineShape]]) -> None:
    """Make ``lines`` (one card standing alone inside the story, its lines with their shapes)
    a teaser, if they hold a title; a line over its title is its label, not its source."""
    for card in read_card(lines):
        _take_card(page, card, None, labelled=True)




def take(page: Page, blocks: list[Block], names: list[str], values: dict[str, str]) -> None:
    """Make ``blocks`` one teaser record: fields ``names``, parsed ``values`` (see assemble)."""
    index = page.new_teaser(**values)
    for b, name in zip(blocks, names, strict=True):
        b.label, b.rule, b.field, b.teaser = TEASER, "heuristic.dump-teaser", name, index
