"""Lists in a dump's story: a story that is a list, and lists a line ending in a colon introduces.

The dump story reader (:mod:`declutter.content.dump_story`) takes the story as the page's main
run of *prose*; list items (title-shaped lines, no full stops) cost the run, so lists inside
and at the foot of a story were lost, and a story made only of a list came out empty ("no
story found"). Five readings, each one pass over the lines (linear in the dump's size):

- :func:`list_story`: when the page holds fewer than :data:`LIST_STORY_WORDS` words of
  paragraphs (prose lines next to another), its longest *list* is the story when it has >=
  :data:`LIST_STORY_LINES` items, mostly different ones, and begins right under the page's
  head (:data:`LIST_START`):
  title-shaped (or prose) lines going on across at most :data:`CROSS` other lines (an ad
  label, a share row, which stay boilerplate) when two items or more follow them, never across
  a meta line (cards, comments and bylines have one);
- :func:`introduced_lists`: inside the story run, the items after a line of >=
  :data:`INTRO_WORDS` words ending in a colon ("The crews will work on these stretches:");
- :func:`introduced_tail`: the same at the run's foot, where the list carries the run's end
  on (an introducing line of >= :data:`TAIL_INTRO_WORDS` words, or of >= :data:`INTRO_WORDS`
  when the first item begins in lower case, carrying its sentence on: then the paragraphs
  right under the list are the story's too);
- :func:`introduced_head`: the same right above the run, whose start goes back over the list,
  its introducing line and the paragraphs above it;
- :func:`colon_lists`: the items right under any story paragraph ending in a colon, up to the
  next paragraph (a numbered list goes on while its numbers do).

A schedule under the run's last paragraph (tour dates) is read by
:func:`declutter.content.schedules.schedule_tail`.

A teaser list is none of these: its cards hold meta lines or are one-line cards, and the
chrome's lists are headed by short labels ("Tags:", "More:", "You might also like:").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from declutter.blocks import STORY, Block
from declutter.content.features import CJK
from declutter.content.line_shapes import LineShape
from declutter.punctuation import STOPS

LIST_STORY_WORDS = 40
"""Words of paragraphs on the page (prose lines next to another) below which its longest list
may be its story."""
LIST_STORY_LINES = 5
"""Fewest items of a list that is a story."""
CROSS = 2
"""Most other lines in a row (an ad label, a share row, a card) a list goes on across, when
>= 2 items follow them."""
LIST_START = 6
"""Most lines between the page's head and the list's first item: a story that is a list stands
right under its headline; a list further down is the page's chrome (menus, link lists)."""
_ITEMS = frozenset(("title", "prose"))
"""The shapes of a list's items: title-like lines, and long ones that read as prose."""
HEAD_LINES = 3
"""The page's head (headline, kicker, "Listen to this story") ends at its first blank line
when that comes within this many lines: no item stands in it."""


def list_story(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int
) -> tuple[int, int, set[int]]:
    """The story run ``[start, end)``, or the longest list's when the page has little prose.

    Input: the dump's lines, their shapes (undecided lines only), the prose run's bounds.
    Output: ``(start, end, items)``: the run (grown to hold the list, if one is the story) and
    the block indexes of the list's items (story lines, whatever their shape). Never raises."""
    if not blocks or _prose_words(blocks[start:end], shapes) or _prose_words(blocks, shapes):
        return start, end, set()  # the run (cheap, most pages), else the page, has paragraphs
    head = next((b.index for b in blocks[1 : HEAD_LINES + 1] if b.gap), 1)
    # segments: runs of items, with the other lines after each (None: a meta line)
    segments: list[tuple[list[int], int | None]] = []
    items: list[int] = []
    others: int | None = 0
    for b in blocks[head:]:
        s = shapes.get(b.index)
        if s is not None and s.shape in _ITEMS:
            if others != 0 and items:
                segments.append((items, others))
                items = []
            if others is None and segments:
                segments.append(([], None))
            items.append(b.index)
            others = 0
        elif others is not None:
            others = None if s is not None and s.shape == "meta" else others + 1
    segments.append((items, others))
    core = max(range(len(segments)), key=lambda k: len(segments[k][0]))
    lo = hi = core
    while lo > 0 and _joins(segments[lo - 1], segments[lo - 1][1], lo - 1 == 0):
        lo -= 1
    while hi + 1 < len(segments) and _joins(segments[hi + 1], segments[hi][1]):
        hi += 1
    found = [i for items, _ in segments[lo : hi + 1] for i in items]
    if (len(found) < LIST_STORY_LINES or found[0] > head + LIST_START
            or 2 * len({blocks[i].text for i in found}) < len(found)):  # one line repeated: chrome
        return start, end, set()
    first, last = found[0], found[-1] + 1
    if end > start and (end < first or start > last):  # the prose run stands apart: the list alone
        return first, last, set(found)
    return (min(first, start) if end > start else first), max(last, end), set(found)


def _prose_words(blocks: list[Block], shapes: dict[int, LineShape]) -> bool:
    """Whether ``blocks`` hold >= ``LIST_STORY_WORDS`` words of paragraphs: prose lines with
    another prose line next to them (two characters of a script without spaces a word, however
    many spaces its line holds: Burmese and Thai set some). A prose line alone is a list's
    long item or a line of chrome ("Nobody has commented yet. Start the thread!"), a card's
    excerpt stands next to its meta line: none of them made a story run. Stops there."""
    prose = [s is not None and s.shape == "prose" for s in (shapes.get(b.index) for b in blocks)]
    words = 0
    for k, b in enumerate(blocks):
        if prose[k] and (k > 0 and prose[k - 1] or k + 1 < len(blocks) and prose[k + 1]):
            n = shapes[b.index].words
            words += n if b.text.isascii() else max(n, len(CJK.findall(b.text)) // 2)
            if words >= LIST_STORY_WORDS:
                return True
    return False


def _joins(segment: tuple[list[int], int | None], between: int | None, first: bool = False) -> bool:
    """Whether a list goes on into ``segment`` across ``between`` other lines: >= 2 items, or
    one when it is the ``first`` under the page's head (an ad label after the first item)."""
    return between is not None and between <= CROSS and len(segment[0]) >= (1 if first else 2)


LIST_ITEMS = frozenset(("title", "short"))
"""Shapes of a list's items besides long lines no sentence punctuation ends and labelled lines
(two or more of them: a card "READ MORE: Title" alone inside a list stays a card)."""
_INTROS = frozenset(("prose", "title", "short", "chrome"))
INTRO_WORDS = 3
"""Fewest words of a line that introduces a list ("The tour dates:"); "Tags:", "More:" and
"Related links:" head the chrome's lists."""


def introduced_lists(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> set[int]:
    """The items of the lists inside the story run ``[start, end)`` that a line of >=
    ``INTRO_WORDS`` words ending in a colon introduces ("Here are the tour dates:"), as read by
    :func:`_list_after`; a title-like or short introducing line is story too."""
    items: set[int] = set()
    k = start
    while k < end:
        b = blocks[k]
        s = shapes.get(b.index)
        if s is not None and s.shape in _INTROS and _intro(b, shapes, INTRO_WORDS):
            last, found = _list_after(blocks, shapes, k, end)
            if found and s.shape != "prose":
                items.add(b.index)
            items |= found
            k = max(last, k + 1)
            continue
        k += 1
    return items


def introduced_tail(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int
) -> tuple[int, set[int]]:
    """The run's end carried over the list that a line ending in a colon introduces at its
    foot (the run's last line or the line after it, >= ``TAIL_INTRO_WORDS`` words: "The band's
    2020 tour dates:"; >= ``INTRO_WORDS`` when the first item begins in lower case,
    :func:`_continued`), and the list's items (:func:`_list_after`, >= 2 of them). A list whose
    first item begins in lower case is the story's: the paragraphs right under it (prose lines
    up to the first other line: a share row, a comment's meta line) are the story's end.
    Output: ``(end, items)``."""
    n = len(blocks)
    feet = (k for k in (end - 1, end) if start < end and k < n)
    at = next((k for k in feet if _intro(blocks[k], shapes, TAIL_INTRO_WORDS)
               or _intro(blocks[k], shapes, INTRO_WORDS) and _continued(blocks, shapes, k + 1)), None)
    if at is None:
        return end, set()
    last, items = _list_after(blocks, shapes, at, n)
    if shapes[blocks[at].index].shape != "prose":
        items.add(blocks[at].index)
    if len(items) < 2:
        return end, set()
    if _continued(blocks, shapes, at + 1):  # the story's list: the paragraphs under it are too
        while last < n and (s := shapes.get(blocks[last].index)) is not None and s.shape == "prose":
            last += 1
    return max(end, last), items


def _continued(blocks: list[Block], shapes: dict[int, LineShape], k: int) -> bool:
    """Whether line ``k`` is a list item that begins in lower case: it carries on the sentence
    of the line above it ("What the operators plan:" / "new lifts above 2,800 metres"), which
    a teaser list's heading never does (a title begins in upper case in a cased script)."""
    return k < len(blocks) and blocks[k].text[:1].islower() and _item(blocks[k], shapes)


def introduced_head(
    blocks: list[Block], shapes: dict[int, LineShape], start: int,
    score: Callable[[Block], float | None],
) -> tuple[int, set[int]]:
    """The run's start carried back over a list right above it that a line ending in a colon
    introduces (>= ``TAIL_INTRO_WORDS`` words), and over the paragraphs above that line: a
    story of paragraphs, a long list and more paragraphs, whose last paragraphs alone made the
    run. Items as in :func:`_list_after`, read upwards; the new start is the best one above the
    introducing line (``score``: a line's worth to the run, ``None`` ends it). Output:
    ``(start, items)``."""
    items: set[int] = set()
    i, others = start - 1, 0
    while i >= 0:
        b = blocks[i]
        if _item(b, shapes, labels=True):
            items.add(b.index)
            others = 0
        elif items and others == 0 and _intro(b, shapes, TAIL_INTRO_WORDS):
            break  # the introducing line, right above an item
        elif _meta(b, shapes) or others >= TAIL_CROSS:
            return start, set()
        else:
            others += 1
        i -= 1
    if i < 0 or len(items) < 2:
        return start, set()
    labelled = {x for x in items if shapes[x].shape == "label"}
    if len(labelled) < 2:
        items -= labelled
    if shapes[blocks[i].index].shape != "prose":
        items.add(blocks[i].index)
    total, best, lo = 0.0, 0.0, i
    for k in range(i - 1, -1, -1):
        worth = score(blocks[k])
        if worth is None:
            break
        total += worth
        if total > best:
            best, lo = total, k
    return lo, items


def _list_after(
    blocks: list[Block], shapes: dict[int, LineShape], at: int, limit: int
) -> tuple[int, set[int]]:
    """The list that line ``at`` introduces, before ``limit``: runs of items (:func:`_item`)
    going on across at most ``TAIL_CROSS`` other lines (a share row, an ad label, a card; no
    meta line) when >= 2 items follow them. Output: the index after its last item, its items."""
    items: set[int] = set()
    i, last, least = at + 1, at + 1, 1
    while i < limit:
        j = i
        while j < limit and _item(blocks[j], shapes, labels=True):
            j += 1
        if j - i < least:
            break
        items.update(b.index for b in blocks[i:j])
        last, least = j, 2
        k = j
        while (k < limit and k - j < TAIL_CROSS and not _item(blocks[k], shapes, labels=True)
               and not _meta(blocks[k], shapes)):
            k += 1
        if k >= limit or not _item(blocks[k], shapes, labels=True):
            break
        i = k
    labelled = {x for x in items if shapes[x].shape == "label"}
    if len(labelled) < 2:  # a labelled line alone in a list is a card ("READ MORE: Title")
        items -= labelled
    return last, items


TAIL_INTRO_WORDS = 6
"""Fewest words of a line that introduces a list after the story run: "You might also like:" and
"Here are the dates:" are as likely the head of a teaser list (4-8 give the same on the tuned
halves; the higher the safer)."""
TAIL_CROSS = 2
"""Most other lines in a row that a list at the story's foot goes on across."""


def _item(b: Block, shapes: dict[int, LineShape], labels: bool = False) -> bool:
    """A list's item: a title-like or short line (not a row), or a long one that no sentence
    punctuation ends (a paragraph ends its sentence); with ``labels``, a labelled line too
    ("Battery: 20 hours"; the caller keeps it only when the list has two or more)."""
    s = shapes.get(b.index)
    if s is None:
        return False
    if s.shape == "prose":
        return b.text[-1] not in _SENTENCE_END
    return (s.shape in LIST_ITEMS or labels and s.shape == "label") and not _ROWISH.search(b.text)


_SENTENCE_END = frozenset(STOPS + "…:;\"”’»")


def _meta(b: Block, shapes: dict[int, LineShape]) -> bool:
    s = shapes.get(b.index)
    return s is not None and s.shape == "meta"


def _intro(b: Block, shapes: dict[int, LineShape], words: int) -> bool:
    """A line that introduces a list: it ends in a colon and has >= ``words`` words."""
    s = shapes.get(b.index)
    return s is not None and b.text[-1] == ":" and s.words >= words  # (dump lines are stripped)


_ROWISH = re.compile(r"\s[|·•]\s")


LIST_LINES = 30
"""Most lines of a list a paragraph announces with a colon (tuned on the tuned-on half of the
rendered benchmark pages: 30 and 60 give the same, 10 less)."""
_LIST_ENDS = frozenset(("prose", "excerpt", "chrome", "meta"))
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s")


def _number(text: str) -> int | None:
    """The number a numbered list item starts with ("13) Title", "4. Title"), if any."""
    m = _NUMBERED.match(text)
    return int(m.group(1)) if m else None


def colon_lists(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The items of a list a story paragraph announces with a colon ("... the deals worth a
    look:"): the undecided lines right under it, up to the next paragraph, meta line or
    interface line (a share row; at most ``LIST_LINES``), are story, inside the run or past
    its end (the dump story reader calls it last, once the run's bounds stand). A numbered
    list goes on while its numbers do ("13) ..." after "12) ..."), whatever its items' shape
    (a long one reads as prose) and length (``LIST_LINES`` after its last numbered item).
    Output: the run's end, moved past such a list that ran over it. One pass over the run."""
    i = start
    while i < min(end, len(blocks)):
        b = blocks[i]
        i += 1
        if b.text[-1:] not in ":：" or (s := shapes.get(b.index)) is None or s.shape != "prose":
            continue
        j = last = i  # ``last``: the line after the list's last numbered item
        number = None
        while j < len(blocks) and j - last < LIST_LINES:
            t = shapes.get(blocks[j].index)
            if t is None or blocks[j].label is not None:
                break
            n = _number(blocks[j].text)
            if n is not None and (number is None or n == number + 1) and t.shape != "meta":
                number, last = n, j + 1  # "13) ..." after "12) ...": the list goes on, long or not
            elif t.shape in _LIST_ENDS:
                break
            j += 1
        for item in blocks[i:j]:
            item.label, item.rule = STORY, "heuristic.list-item"
            shapes.pop(item.index)
        end, i = max(end, j), j
    return end
