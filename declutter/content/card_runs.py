"""One-line cards read as a list: fields that a card's neighbours in its run decide.

A one-line card ("Title — Source, 3h") is read alone by :func:`declutter.content.card_lines.
card_line_fields`; some of its pieces are ambiguous alone and plain in its list:

- "Diario del Valle: Title (ayer)": in a run of >= 2 cards that all begin "Name: " and have no
  other source, the name is each card's source (one card alone keeps it in its title: "Madrid:
  Title (ayer)" is a headline's topic);
- "HANOI, Vietnam (AP) — U.S | 3h": in a run of >= 3 cards most of which have no source, a
  dash inside a card's title set off no source; the card keeps it all as its title;
- "Lighthouse restoration finished · 16 hours ago" between "Title · 48 hours ago" cards: a
  line of a few words and an age reads as a meta line ("Source · 2 h") alone; in a run of
  sourceless cards laid out as it is (:func:`cards_of_metas`) it is a card, its "source" the
  title. A heading above the run is then no card's title.

Used by the dump teaser finder (:mod:`declutter.content.dump_teasers`). One pass over the
region's lines, then one over each run's cards.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from declutter.blocks import Block
from declutter.char_runs import DIGIT, NUMBER, PLAIN_LETTER
from declutter.content.age_shapes import COLUMN_AGE_WORDS
from declutter.content.ages import CARD_AGE_WORDS, is_age_fast
from declutter.content.card_lines import AgeTest, card_line_fields, layout, source_label
from declutter.content.line_shapes import FULL_STOP, LineShape
from declutter.content.names import NAME_WORDS
from declutter.content.separators import MARKS, MARKS_CHARACTER
from declutter.punctuation import STOPS


def run_fields(region: Sequence[tuple[Block, LineShape]]) -> dict[int, dict[str, str]]:
    """Fields of the one-line cards of ``region`` (lines with their shapes, in page order) that
    their runs change, by place in ``region``; the other cards keep their own fields."""
    runs = _card_runs(region)
    return _source_labels(runs) | _sourceless_runs(runs) if runs else {}


def cards_of_metas(region: Sequence[tuple[Block, LineShape]]) -> list[tuple[Block, LineShape]]:
    """``region`` (lines with their shapes, in page order) with each meta line of a source and
    an age that stands in a run (lines one under the other, blank lines between or not) of one-line
    cards and such meta lines holding >= 2 cards of a title and an age laid out as it is (the
    same separator before the age at the line's end), and which no title-like line follows,
    read as a card: a run of one-line cards holds no card of another layout."""
    out = list(region)
    k = 0
    while k < len(region):
        j = k + 1  # the run of card and meta lines from k
        if region[k][1].shape not in _RUN_SHAPES:
            k = j  # (no card and no meta line: nothing to read, and no Counter built a line)
            continue
        while (j < len(region) and region[j][1].shape in _RUN_SHAPES
               and region[j][0].index == region[j - 1][0].index + 1):  # (blank lines between or not)
            j += 1
        layouts = Counter(_layout(b.text, s.fields["age"]) for b, s in region[k:j]
                          if s.shape == "card" and set(s.fields or ()) == {"title", "age"})
        for i in range(k, j):
            b, s = region[i]
            if s.shape != "meta" or set(s.fields or ()) != {"source", "age"}:
                continue
            after = region[i + 1] if i + 1 < len(region) else None
            if after is not None and after[1].shape == "title" and _adjacent(b, after[0]):
                continue  # "Source · 2 h" over a title: the meta line of the card under it
            if (layout := _layout(b.text, s.fields["age"])) and layouts[layout] >= 2:
                fields = {"title": s.fields["source"], "age": s.fields["age"]}
                out[i] = (b, LineShape("card", s.words, fields))
        k = j
    return out


def cards_of_layout(region: Sequence[tuple[Block, LineShape]]) -> list[tuple[Block, LineShape]]:
    """``region`` (lines with their shapes, in page order) with each line next to a one-line
    card (no blank line between) read as a card when >= 2 cards of the region are laid out as
    it is (the same separators in the same order) and its last piece holds a number in at most
    ``CARD_AGE_WORDS`` words: an age no reader knows ("Title — Source · 1 ngày" among "Title —
    Source · 3h" cards) is the card's age, as its list's layout says; so is a one-word last piece
    when the layout's cards end in their age. A card next to one so read is read too (a work
    list from the cards' neighbours: no pass over the other lines)."""
    out = list(region)
    cards = {i: layout(b.text)[0] for i, (b, s) in enumerate(region) if s.shape == "card"}
    layouts = Counter(cards.values())
    if not any(n >= 2 for seps, n in layouts.items() if seps):
        return out
    aged = Counter(seps for i, seps in cards.items() if (f := region[i][1].fields)
                   and region[i][0].text.endswith(f.get("age", "\0")))  # cards ending in their age
    # only lines next to a card may become one: a work list from the cards' neighbours, each
    # line read again when a card is read next to it
    todo = sorted({j for i in cards for j in (i + 1, i - 1) if 0 <= j < len(out)}, reverse=True)
    seen: set[int] = set()
    while todo:
        i = todo.pop()
        if i in seen:
            continue
        seen.add(i)
        b, s = out[i]
        if s.shape in _RUN_SHAPES or s.words < 3 or not _next_to_card(out, i):
            continue
        seps, last = layout(b.text)
        if not seps or layouts[seps] < 2:
            continue
        if not DIGIT.search(last) or len(last.split()) > CARD_AGE_WORDS:
            # one word at the end where the layout's cards end in their age ("— Gazeta do
            # Cais, anteontem" among "— Correio do Sul, há 40 minutos"): the card's age
            last = last.rsplit(", ", 1)[-1]
            if aged[seps] < 2 or not last.isalpha():
                continue
        fields = card_line_fields(b.text, _piece(last))
        if fields and fields["age"] == last:
            out[i] = (b, LineShape("card", s.words, fields))
            for j in (i - 1, i + 1):
                if 0 <= j < len(out) and j not in seen:
                    todo.append(j)
    return out


def layout_cards(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> None:
    """:func:`cards_of_layout` over a dump's shaped lines (``shapes`` by place in ``blocks``),
    changing ``shapes`` in place before the story run is read: a card whose age no reader
    knows, among cards of its layout, is no story line (two such cards over the list would
    otherwise draw the list's heading into the story)."""
    cards = [i for i, s in shapes.items() if s.shape == "card"]
    if len(cards) >= 2:
        places = sorted(shapes)
        region = [(blocks[i], shapes[i]) for i in places]
        for i, (old, (_, new)) in zip(places, zip(region, cards_of_layout(region), strict=True), strict=True):
            if new is not old[1]:
                shapes[i] = new
    if cards:
        _excerpted_cards(blocks, shapes)


EXCERPTED_CARDS = 3
"""Fewest one-line cards, each over its excerpt, that make a list for :func:`_excerpted_cards`."""


def _excerpted_cards(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> None:
    """One-line cards each over a one-line excerpt ("Title — Source, age" / a sentence), read as
    a list: ``EXCERPTED_CARDS`` lines or more at a stride of two, laid out alike (the same
    separators, no sentence end), each over a line a full stop closes, one at least read
    as a card. The others whose last piece (after its last comma) holds a number in at most
    ``COLUMN_AGE_WORDS`` words are cards too, that piece their age: an age no reader knows, in
    the list's place; the lines under them are excerpts. ``shapes`` change in place."""
    done: set[int] = set()  # (the lines of a run read: each line walked once)
    for i in [i for i, s in shapes.items() if s.shape == "card"]:
        seps = layout(blocks[i].text)[0]
        if not seps or i in done:
            continue
        run = [i]
        for step in (-2, 2):
            j = i + step
            while _excerpted(blocks, shapes, j, seps, step):
                run.append(j)
                j += step
        done.update(run)
        if len(run) < EXCERPTED_CARDS:
            continue
        for j in run:  # (each line under a card its excerpt: no story line)
            shapes[j + 1] = LineShape("excerpt", shapes[j + 1].words, None, shapes[j + 1].digit)
            last = layout(blocks[j].text)[1].rsplit(", ", 1)[-1]
            if shapes[j].shape == "card" or not DIGIT.search(last) or len(last.split()) > COLUMN_AGE_WORDS:
                continue
            fields = card_line_fields(blocks[j].text, _piece(last))
            if fields and fields["age"] == last:
                shapes[j] = LineShape("card", shapes[j].words, fields)


def _excerpted(blocks: Sequence[Block], shapes: dict[int, LineShape], j: int, seps: tuple[str, ...],
               step: int) -> bool:
    """Whether line ``j`` is laid out with ``seps``, no sentence end, and stands over a
    sentence (:func:`_sentence`; and under one, the card's before it, for ``step`` > 0)."""
    if j not in shapes or shapes[j].shape in ("meta", "url") or blocks[j].text[-1] in STOPS:
        return False
    return (layout(blocks[j].text)[0] == seps and _sentence(blocks, shapes, j + 1)
            and (step < 0 or _sentence(blocks, shapes, j - 1)))


def _sentence(blocks: Sequence[Block], shapes: dict[int, LineShape], k: int) -> bool:
    """Whether line ``k`` is one excerpt's line: prose or a short line a full stop closes."""
    return (s := shapes.get(k)) is not None and s.shape in ("prose", "short") and (
        FULL_STOP.search(blocks[k].text) is not None)


META_STRIDE = 4
"""Most lines from one card's meta line to the next for :func:`metas_of_layout`."""


def metas_of_layout(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> None:
    """Meta lines whose age is one word no regex reads ("Noorder Nieuws · eergisteren" among
    "Dagblad Delta · gisteren" cards), changing ``shapes`` in place: a line of a source of at
    most ``CARD_AGE_WORDS`` words and one word, set apart by the separator of a meta line of
    the page that ends in its age, with such a meta line at a card's distance (2 to
    ``META_STRIDE`` lines) above or below it and the same line shape above it as above that
    meta line (the card's title); >= 3 such and read meta lines in all (a list of cards)."""
    metas = {i: layout(blocks[i].text)[0] for i, s in shapes.items() if s.shape == "meta" and s.fields
             and set(s.fields) == {"source", "age"} and blocks[i].text.endswith(s.fields["age"])}
    known = Counter(seps for seps in metas.values() if len(seps) == 1)
    if not known:
        return
    found: dict[tuple[str, ...], list[tuple[int, LineShape]]] = {}
    for i, s in shapes.items():
        if s.shape in _RUN_SHAPES or s.words > 2 * CARD_AGE_WORDS or i - 1 not in shapes:
            continue
        sep, last = layout(blocks[i].text)
        if len(sep) != 1 or not known[sep] or not last.isalpha():
            continue
        above = shapes[i - 1].shape
        if not any(metas.get(j) == sep and j - 1 in shapes and shapes[j - 1].shape == above
                   for d in range(2, META_STRIDE + 1) for j in (i - d, i + d)):
            continue
        text = blocks[i].text
        source = text[: text.rfind(last)].rstrip()[: -len(sep[0])].rstrip()
        if source and len(source.split()) <= CARD_AGE_WORDS:
            found.setdefault(sep, []).append((i, LineShape("meta", s.words, {"source": source, "age": last})))
    for sep, lines in found.items():
        if known[sep] + len(lines) >= 3:
            shapes.update(lines)


COUNTED_PIECES = 2
"""Fewest counts after a meta line's source for :func:`counted_metas` ("· 12 comments · 5 min read")."""


def counted_metas(blocks: Sequence[Block], shapes: dict[int, LineShape]) -> None:
    """Meta lines with a source and counts but no age ("Talaki Tonga · 12 comments · 5 min
    read", whatever the counts' words), changing ``shapes`` in place: lines no reader took,
    each a source of at most ``NAME_WORDS`` words with no number, then ``COUNTED_PIECES`` pieces
    or more set apart by one mark, each holding one number and a word (no range of numbers);
    the pieces after the source the same on each line once their numbers are masked (a list of
    cards shows the same counts), on >= 2 lines at most ``META_STRIDE`` lines apart, each under
    a line of its own (the card's title).
    A count is no age: the line's source is read, and its age when a piece is one the regexes
    read ("Source · 2 uur geleden · 12 reacties · 340 keer gelezen")."""
    found: dict[tuple[str, ...], list[int]] = {}
    for i, s in shapes.items():
        if s.digit is False or s.words > _COUNTED_WORDS or s.shape not in _COUNTED_SHAPES or (
                MARKS_CHARACTER.search(text := blocks[i].text) is None) or (
                pieces := _sourced(blocks, shapes, i)) is None:
            continue  # (what the shape read first: a line with no digit holds no count, a
            # paragraph is no meta line, and no regex scans them; then one character class)
        marks = {m.strip() for m in MARKS.findall(text)}
        if (len(pieces) <= COUNTED_PIECES or len(marks) != 1
                or any(len(NUMBER.findall(p)) != 1 or not PLAIN_LETTER.search(p) for p in pieces[1:])
                or _RANGE.search(text)):
            continue  # (a range "Level 61 – 70" is no count: a title's words)
        found.setdefault((*marks, *(NUMBER.sub("#", p) for p in pieces[1:])), []).append(i)
    for key, lines in found.items():
        listed = [i for i in lines if any(0 < abs(i - j) <= META_STRIDE for j in lines)]
        if len(listed) >= 2 and len({blocks[i].text for i in listed}) == len(listed):
            for i in listed:
                source, *counts = (p.strip() for p in MARKS.split(blocks[i].text))
                age = next((p for p in counts if is_age_fast(p)), None)  # ("· 2 uur geleden ·")
                fields = {"source": source} | ({"age": age} if age else {})
                shapes[i] = LineShape("meta", shapes[i].words, fields)
            for i in (listed[0] - (listed[1] - listed[0]), listed[-1] + listed[-1] - listed[-2]):
                _aged_neighbour(blocks, shapes, i, key[0])


def _aged_neighbour(blocks: Sequence[Block], shapes: dict[int, LineShape], i: int, mark: str) -> None:
    """A card of a counted list (:func:`counted_metas`) right before or after it, at its
    stride, whose line gives a source and one piece with a number after the same mark, no
    counts ("Talaki Tonga · houa ʻe 6 kuo ʻosi"): its meta line, the piece its age."""
    pieces = _sourced(blocks, shapes, i)
    if (pieces is None or len(pieces) != 2 or {m.strip() for m in MARKS.findall(blocks[i].text)} != {mark}
            or len(NUMBER.findall(pieces[1])) != 1):
        return
    shapes[i] = LineShape("meta", shapes[i].words, {"source": pieces[0], "age": pieces[1]})


def _sourced(blocks: Sequence[Block], shapes: dict[int, LineShape], i: int) -> list[str] | None:
    """The pieces (split at :data:`MARKS`) of a line of :func:`counted_metas` and
    :func:`_aged_neighbour`: a line no reader took (of ``_COUNTED_SHAPES``, at most
    ``_COUNTED_WORDS`` words) under a line of its own, not closed by a stop, two pieces or more,
    the first a source of at most ``NAME_WORDS`` words with no number; else ``None``."""
    if not _counted(shapes, i):
        return None
    text = blocks[i].text
    pieces = [p.strip() for p in MARKS.split(text)]
    if (len(pieces) < 2 or text[-1] in STOPS or DIGIT.search(pieces[0])
            or not 0 < len(pieces[0].split()) <= NAME_WORDS):
        return None
    return pieces


def _counted(shapes: dict[int, LineShape], i: int) -> bool:
    """Whether line ``i`` has a shape :func:`_sourced` reads: one no reader took (of
    ``_COUNTED_SHAPES``), at most ``_COUNTED_WORDS`` words, under a line of its own."""
    s = shapes.get(i)
    return s is not None and s.shape in _COUNTED_SHAPES and s.words <= _COUNTED_WORDS and i - 1 in shapes


_COUNTED_SHAPES = frozenset({"title", "short", "chrome", "prose"})
_COUNTED_WORDS = 15
_RANGE = re.compile(r"\d\s*[–—-]\s*\d")


def _next_to_card(region: Sequence[tuple[Block, LineShape]], i: int) -> bool:
    """Whether the line above or below ``region[i]`` (no blank line between) is a card."""
    b = region[i][0]
    return (i > 0 and region[i - 1][1].shape == "card" and _adjacent(region[i - 1][0], b)) or (
        i + 1 < len(region) and region[i + 1][1].shape == "card" and _adjacent(b, region[i + 1][0]))


def _piece(last: str) -> AgeTest:
    """The age test of one line's last piece: that piece."""
    return lambda piece: piece.strip() == last


_RUN_SHAPES = frozenset({"card", "meta"})


def _adjacent(upper: Block, lower: Block) -> bool:
    return lower.index == upper.index + 1 and not lower.gap


def _layout(text: str, age: str) -> str:
    """The separator before a line's age when the age ends it ("·" of "Title · 3h"), else ``""``."""
    if not text.endswith(age):
        return ""
    head = text[: len(text) - len(age)].rstrip()
    return head[-1:] if head and not head[-1].isalnum() else ""


CardRun = list[tuple[int, Block, dict[str, str]]]
"""One-line cards one under the other: their places in the region, blocks and fields."""


def _card_runs(region: Sequence[tuple[Block, LineShape]]) -> list[CardRun]:
    """The runs of one-line cards (``card`` lines next to each other in the region)."""
    runs: list[CardRun] = []
    for k, (b, s) in enumerate(region):
        if s.shape == "card" and s.fields:
            if not runs or runs[-1][-1][0] != k - 1:
                runs.append([])
            runs[-1].append((k, b, s.fields))
    return runs


def _source_labels(runs: list[CardRun]) -> dict[int, dict[str, str]]:
    """Fields of one-line cards in runs of >= 2 in which every card begins "Name: " and has no
    other source ("Diario del Valle: Title (ayer)"): the name is each card's source. One card
    alone beginning so keeps it in its title ("Madrid: Title (ayer)" is a headline's topic)."""
    named: dict[int, dict[str, str]] = {}
    for run in runs:
        if len(run) < 2:
            continue
        fields = [(k, source_label(f, is_age_fast)) for k, _, f in run]
        if all(f for _, f in fields):
            named.update((k, f) for k, f in fields if f)
    return named


def _sourceless_runs(runs: list[CardRun]) -> dict[int, dict[str, str]]:
    """Fields of the one-line cards of a run of >= 3 in which most cards have no source
    ("Title | 3h"): a card of it whose title was split at a dash into a title and a "source"
    ("HANOI, Vietnam (AP) — U.S | 3h") keeps them together as its title, as its list does."""
    fixed: dict[int, dict[str, str]] = {}
    for run in runs:
        sourced = [(i, c, f) for i, c, f in run if "source" in f]
        if len(run) >= 3 and 2 * len(sourced) < len(run):
            for i, c, f in sourced:
                lo, hi = c.text.find(f["title"]), c.text.find(f["source"])
                if 0 <= lo < hi:
                    title = c.text[lo : hi + len(f["source"])]
                    fixed[i] = {k: v for k, v in f.items() if k != "source"} | {"title": title}
    return fixed
