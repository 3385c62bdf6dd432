"""Reader comments found by their repeated shape, whatever their words or class names.

A comment thread is a run of two or more sibling elements of one shape, each a short name
line, a text and a short row of actions and counters set apart by separators ("Svara · Anmäl
· 7 gillar", "Respon · Denuncia · 3 m'agrada"), after the story's last paragraph. The
phrase-led reader (:func:`declutter.content.sections.comment_sections`) knows a thread by its
heading; this one knows it by its structure, and takes the short line heading the run with it.
Comments of two blocks each with no element of their own: :mod:`declutter.content.comment_pairs`.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, Block, normalise_space
from declutter.content.card_lines import strong_pieces
from declutter.content.chains import Chains
from declutter.content.features import is_prose
from declutter.content.separators import POINTS, UNSPACED, character_class

NAME_WORDS = 4
"""Most words of a comment's name line ("Umebo62", "Sara L.")."""
ROW_WORDS = 12
"""Most words of a comment's action row ("Odpovědět · Nahlásit · 14 To se mi líbí")."""
ROW_PIECE_WORDS = 5
"""Most words of each piece of that row."""
COMMENT_BLOCKS = 12
"""Most blocks of one comment (name line, text paragraphs, action row)."""
_ROW_CHARS = 120
"""Most characters of an action row (a first, cheap test)."""
_ROW_MARKS = POINTS + UNSPACED
_SET_OFF = re.compile(rf"\s{character_class(POINTS)}\s|{character_class(UNSPACED)}")
"""A separator an action row needs (a dot or a bar: a dash set off by spaces is prose's too)."""
_LEVELS = 3
"""Elements above a block looked at for the comment element holding it."""


def _name_line(b: Block) -> bool:
    """A commenter's name: a short line, no sentence, no separator row."""
    return 0 < b.words <= NAME_WORDS and len(b.text) <= 40 and not is_prose(b) and len(
        strong_pieces(b.text)) == 1


def action_row(b: Block) -> bool:
    """A row of 2-5 short pieces set apart by strong separators ("Reply · Report · 7 likes");
    :data:`_SET_OFF` asks for a dot or a bar among them first."""
    if b.words > ROW_WORDS or is_prose(b) and b.link_density < 0.5:
        return False
    pieces = strong_pieces(b.text)
    return 2 <= len(pieces) <= 5 and all(len(p.split()) <= ROW_PIECE_WORDS for p in pieces)


def story_prose(blocks: list[Block]) -> list[int]:
    """Indexes of the story's prose blocks, in order."""
    return [k for k, b in enumerate(blocks) if b.label == STORY and is_prose(b)]


def drop_comments(blocks: list[Block], indexes: Any) -> None:
    """Label the blocks at ``indexes`` ``heuristic.comments``, but for kept ones and those a
    rule (not a heuristic) set."""
    for j in indexes:
        b = blocks[j]
        if not b.kept and (b.rule is None or b.rule.startswith("heuristic.")):
            b.set(BOILERPLATE, "heuristic.comments")


def action_rows(blocks: list[Block]) -> list[int]:
    """Indexes of the blocks that read as a comment's action row (:func:`action_row`, with a
    separator :data:`_SET_OFF` asks for), in order; empty when there are fewer than two: no
    thread of comment elements and no two comment pairs then. The row separators are counted
    in C over the page's text first (most pages have few); a block's text never changes, so
    the rows are read once per page, for :func:`comment_threads` and
    :func:`declutter.content.comment_pairs.paired_comments`."""
    text = "\n".join([b.text for b in blocks])
    if sum(text.count(c) for c in _ROW_MARKS) < 2:
        return []
    rows = [k for k, b in enumerate(blocks) if len(b.text) <= _ROW_CHARS and _SET_OFF.search(b.text)
            and action_row(b)]
    return rows if len(rows) >= 2 else []


def comment_threads(blocks: list[Block], chains: Chains, rows: list[int] | None = None) -> None:
    """Label runs of comment-shaped sibling elements after the story as ``heuristic.comments``.

    A comment element holds a contiguous range of blocks: a name line first
    (:func:`_name_line`), an action row last (:func:`action_row`), and between them text
    with no story heading. Two or more such elements, children of one element and next to
    each other in reading order, after which no story prose follows outside such runs, are a
    thread; a short non-prose line right before the run under the same parent (its heading,
    "Kommentarer (12)") goes with it. Blocks owned by a rule or kept are left alone. One
    look at each block for an action row; only around two or more of them, a walk back of at
    most ``COMMENT_BLOCKS`` blocks per element above a row. ``rows``: :func:`action_rows`
    of the page when read already.
    """
    n = len(blocks)
    rows = action_rows(blocks) if rows is None else rows
    if not rows:
        return  # (most pages: no two action rows, nothing more is read)
    comments: list[tuple[int, int, Any]] = []
    for k in rows:
        # the innermost element above the row whose blocks end with it: a name line first
        for el in chains[k][1 : _LEVELS + 1]:
            if k + 1 < n and el in chains[k + 1]:
                break  # it holds more after the row: no comment's element (nor its ancestors)
            first = k
            while first > 0 and k - first < COMMENT_BLOCKS and el in chains[first - 1]:
                first -= 1
            if first > 0 and el in chains[first - 1]:
                break  # longer than a comment
            if k - first >= 2 and _name_line(blocks[first]) and not any(
                action_row(blocks[j]) for j in range(first + 1, k)
            ):
                comments.append((first, k, el))
                break
    runs: list[list[tuple[int, int, Any]]] = []
    for c in comments:
        run = runs[-1] if runs else None
        if run and c[0] <= run[-1][1]:
            continue  # inside a comment already taken (an inner wrapper of it)
        if run and c[0] == run[-1][1] + 1 and chains.parent.get(c[2]) is chains.parent.get(run[-1][2]):
            run.append(c)
        else:
            runs.append([c])
    runs = [r for r in runs if len(r) >= 2]
    if not runs:
        return
    inside = {k for r in runs for first, last, _ in r for k in range(first, last + 1)}
    story = [k for k, b in enumerate(blocks) if b.label == STORY and k not in inside]
    for run in runs:
        start, end = run[0][0], run[-1][1]
        if not any(k < start and is_prose(blocks[k]) for k in story):
            continue  # no story before it
        if any(k > end and is_prose(blocks[k]) for k in story):
            continue  # story text goes on after it: not after the story's last paragraph
        head = start - 1
        parent = chains.parent.get(run[0][2])
        if (head >= 0 and not is_prose(blocks[head]) and blocks[head].words <= 6
                and chains.parent.get(blocks[head].element) is parent):
            start = head
        for k in range(start, end + 1):
            b = blocks[k]
            if b.kept or (b.rule is not None and not b.rule.startswith("heuristic.")):
                continue
            b.set(BOILERPLATE, "heuristic.comments")


_NAME_LABEL = re.compile(r"^[^\s:]+(?: [^\s:]+){0,2}:\s")
"""A comment's opening name and colon ("Georgi: ...", "Ana M.: ..."), one to three words."""
TAIL_WORDS = 3
"""Most words of the text after a one-block comment's last inline element (its action, "Reply")."""
STAMP_WORDS = 4
"""Most words of the inline element holding a comment's age ("<i>2 hours ago</i>")."""


def inline_comments(blocks: list[Block], chains: Chains) -> None:
    """Reader comments of one block each after a heading: "Name: text <i>age</i> Reply".

    Two or more sibling elements next to each other in reading order, of one markup shape (the
    same tag and the same inline child tags), each opening with a name and a colon, holding a
    short inline element with a digit (its age) and ending in the same short words after its
    last inline element (the action all share), are a thread when a short line or
    heading right before them under the same parent heads them and no story prose follows:
    all go (``heuristic.comments``). A question-and-answer story ("Q: ..." paragraphs) or a
    list of specifications ("<b>Weight:</b> 186 g") has no shared action after a dated stamp.
    One pass over the blocks after the story's first paragraph."""
    story = story_prose(blocks)
    if not story:
        return
    k = story[0] + 1
    # (a run starts at a block opening with a name and a colon, :func:`_shape`: few do; a
    # line with no colon, most, is told in C before the regex is tried)
    for start in [j for j in range(k, len(blocks)) if ":" in (t := blocks[j].text) and _NAME_LABEL.match(t)]:
        if start < k:
            continue  # inside a run read already
        run = _inline_run(blocks, chains, start)
        if len(run) < 2:
            continue
        head, end = run[0] - 1, run[-1]
        k = end + 1
        h = blocks[head]
        if (head <= story[0] or is_prose(h) or h.words > 6 or any(s > end for s in story if s not in run)
                or chains.parent.get(h.element) is not chains.parent.get(blocks[run[0]].element)):
            continue
        drop_comments(blocks, (head, *run))


def _inline_run(blocks: list[Block], chains: Chains, k: int) -> list[int]:
    """The run of one-block comments of one shape starting at block ``k`` (empty when none)."""
    first = _shape(blocks[k])
    if first is None:
        return []
    run, tails, stamped = [k], {first[1]}, first[2]
    parent = chains.parent.get(blocks[k].element)
    j = k + 1
    while j < len(blocks) and chains.parent.get(blocks[j].element) is parent:
        s = _shape(blocks[j])
        if s is None or s[0] != first[0]:
            break
        run.append(j)
        tails.add(s[1])
        stamped = stamped and s[2]
        j += 1
    if len(run) >= 2 and len(tails) == 1 and "" not in tails and stamped:
        return run
    return []


def _shape(b: Block) -> tuple[tuple[str, ...], str, bool] | None:
    """(markup shape, text after the last inline element, holds a dated stamp?) of a block that
    opens with a name and a colon and holds inline elements; ``None`` for others."""
    el = b.element
    if el is None or b.link_density >= 0.5 or not _NAME_LABEL.match(b.text):
        return None
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids:
        return None
    tail = " ".join((kids[-1].tail or "").split())
    if not any(ch.isalpha() for ch in tail):
        tail = ""  # (a count or a mark: no action)
    stamped = any(len(t.split()) <= STAMP_WORDS and any(ch.isdigit() for ch in t)
                  for t in (normalise_space("".join(c.itertext())) for c in kids) if t)
    return (el.tag, *(c.tag for c in kids)), tail if len(tail.split()) <= TAIL_WORDS else "", stamped


def line_comments(blocks: list[Block], chains: Chains, page_lines: list[range] | None = None) -> None:
    """Reader comments set as lines of one element split by ``<br>``: "<b>Name</b> age: text
    <i>Reply</i><br><b>Name</b> ...", under a short first line (the thread's heading).

    Two or more lines of one element (or of one cell of a row) after a short non-prose
    heading line of it, each opening with the text of an inline element (the commenter's name,
    at most ``NAME_WORDS`` words) and ending with the same short text of another inline
    element (the action all share, at most ``TAIL_WORDS`` words), with no story prose after
    them: all the element's lines go (``heuristic.comments``). Without that, the comments'
    sentences read as the story's last paragraphs and pull the chrome between (a credit, a
    share row, a pitch) into the story. One pass over the blocks after the story's first
    paragraph. ``page_lines``, when given, is :func:`comment_lines` of the whole page (read
    once per page, not once per story container tried)."""
    story = story_prose(blocks)
    if not story:
        return
    for group in _lines_from(blocks, story[0] + 1, page_lines):
        if any(s > group[-1] for s in story if s not in group):
            continue
        drop_comments(blocks, group)


def _lines_from(blocks: list[Block], start: int, page_lines: list[range] | None) -> list[range]:
    """:func:`comment_lines` from ``start`` on, taken from ``page_lines`` (those of the whole
    page) when ``start`` opens a run of one element's blocks: the runs after it are the same."""
    if page_lines is None or (0 < start < len(blocks) and blocks[start].element is not None
                              and blocks[start - 1].element is blocks[start].element):
        return comment_lines(blocks, start)
    return [g for g in page_lines if g[0] >= start]


def comment_lines(blocks: list[Block], start: int = 0) -> list[range]:
    """The block ranges from ``start`` on that are comment lines of one element (see
    :func:`line_comments`; their place in the story aside). Blocks of one element split by
    ``<br>`` are read together; only groups of three lines or more are looked into."""
    found: list[range] = []
    k, n = start, len(blocks)
    while k < n:
        el = blocks[k].element
        end = k
        while end + 1 < n and el is not None and blocks[end + 1].element is el:
            end += 1
        group, k = range(k, end + 1), end + 1
        if len(group) < 3:
            continue
        head = blocks[group[0]]
        if is_prose(head) or head.words > 6:
            continue
        kids = [normalise_space("".join(c.itertext()))
                for c in islice(el.iterdescendants(), 200) if isinstance(c.tag, str)]
        if _line_shapes([blocks[j].text for j in group[1:]], [t for t in kids if t]):
            found.append(group)
    return found


def _line_shapes(lines: list[str], kids: list[str]) -> bool:
    """Every line opens with a short inline child's text and ends with one shared short one."""
    names = [t for t in kids if len(t.split()) <= NAME_WORDS]
    tails: set[str] = set()
    for line in lines:
        if not any(line.startswith(t) and len(line) > len(t) for t in names):
            return False
        ends = [t for t in names if line.endswith(t) and len(t.split()) <= TAIL_WORDS
                and len(line) > len(t) and any(ch.isalpha() for ch in t)]
        if not ends:
            return False
        tails.add(max(ends, key=len))
    return len(tails) == 1
