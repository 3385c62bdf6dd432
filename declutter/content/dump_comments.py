"""Reader comments with no heading above them, right after a dump's story.

A comment widget without a "Comments" heading is read by its shape: a short *name line*, the
comment (1-``MAX_BODY_LINES`` lines), then a *reaction row*, a row of short action words set
apart by "·", "•" or "|" with maybe a count and an age ("Like · Reply · 3h", "いいね · 返信 ·
2時間前", "Gefällt mir · Antworten · vor 2 Std."). No word list: an age in the row, or the same
row again further down (each comment has one), tells it from a share row under the story
("Facebook · X · Email" once). Every test is one pass over a few lines: linear in the dump.
"""

from __future__ import annotations

import re
from itertools import islice

from declutter.blocks import BOILERPLATE, Block, count_words
from declutter.char_runs import NUMBER
from declutter.content.ages import is_age_fast
from declutter.content.byline_ages import byline_age
from declutter.content.line_shapes import FULL_STOP, LineShape
from declutter.content.separators import DOUBLED, SPACED, character_class

MAX_BODY_LINES = 3
"""Most lines of one comment between its name line and its reaction row."""
NAME_WORDS = 3
"""Most words of a commenter's name line ("bookworm_88", "Dan Whitley", "さくら")."""
ACTION_WORDS = 2
"""Most words of one action in a reaction row ("Like", "Gefällt mir", "12 J'aime")."""
ROW_SEPARATORS = "·•|"
"""The piece separators of a reaction row: :func:`reaction_actions` asks for one first."""
_PIECES = re.compile(rf"\s[{ROW_SEPARATORS}]\s")


def reaction_actions(text: str) -> tuple[int, bool] | None:
    """``(actions, aged)`` of a reaction row, or ``None``: at least two pieces of at most
    ``ACTION_WORDS`` words each (a count's digits aside) besides at most one age piece."""
    if "·" not in text and "•" not in text and "|" not in text:  # no ROW_SEPARATORS
        return None
    pieces = _PIECES.split(text.strip())
    if len(pieces) < 2 or len(pieces) > 6:
        return None
    actions, ages = 0, 0
    for piece in pieces:
        if is_age_fast(piece):
            ages += 1
        elif len(NUMBER.sub("", piece).split()) <= ACTION_WORDS and not FULL_STOP.search(piece):
            actions += 1
        else:
            return None
    return (actions, ages == 1) if actions >= 2 and ages <= 1 else None


_COUNT = re.compile(r"[(（]\d+[)）]")


def counted_row(text: str) -> bool:
    """Whether a line is a reaction row (:func:`reaction_actions`) with an action counted in
    brackets ("Gefällt mir (4) · Antworten", "Nyumirwa (4) · Ddamu"): a comment's, never a
    card's "Source · age" however unknown its words (no source carries a count so)."""
    return _COUNT.search(text) is not None and reaction_actions(text) is not None


def _is_row(blocks: list[Block], i: int, rows: dict[str, int]) -> bool:
    """Whether line ``i`` is a reaction row: aged, or its digit-less text recurs below."""
    if not 0 <= i < len(blocks):
        return False
    found = reaction_actions(blocks[i].text)
    if found is None:
        return False
    return found[1] or rows.get(NUMBER.sub("#", blocks[i].text.strip()), 0) > 1


def _name_line(b: Block, shapes: dict[int, LineShape]) -> bool:
    s = shapes.get(b.index)
    return (s is not None and s.shape in ("short", "chrome", "title", "meta")
            and len(b.text.split()) <= NAME_WORDS and len(b.text) <= 40
            and FULL_STOP.search(b.text) is None)


def trim_comments(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end ``[start, end)`` less the comments at its foot: while a reaction
    row stands at ``end`` (or as the run's last line, or just above the comment cut last),
    the name line above its comment becomes the end. Only undecided lines (in ``shapes``) are read."""
    if not any(0 <= k < len(blocks) and reaction_actions(blocks[k].text) is not None for k in (end - 1, end)):
        return end  # (the cut starts at a reaction row, the run's last line or the one under it)
    rows: dict[str, int] = {}
    for b in blocks[max(start, end - 1):]:
        if b.index in shapes and reaction_actions(b.text) is not None:
            key = NUMBER.sub("#", b.text.strip())
            rows[key] = rows.get(key, 0) + 1
    # a row ending in an abbreviated age ("vor 2 Std.") reads as a sentence: the run took it
    row = end - 1 if end - 1 > start and _is_row(blocks, end - 1, rows) else end
    while _is_row(blocks, row, rows):
        cut = next((k for k in range(row - 2, max(start, row - 2 - MAX_BODY_LINES), -1)
                    if _name_line(blocks[k], shapes)
                    and all(x.index in shapes for x in blocks[k + 1 : row])), None)
        if cut is None or cut <= start:
            break
        end, row = cut, cut - 1
    return end


COUNTED_HEADING = re.compile(r"^[^\d:：]{1,40}?(?:\s?[(（]\d+[)）]|\s\d+)$")
"""A heading with a count, in brackets or not ("Reacties (2)", "टिप्पणियाँ (5)", "评论（12）",
"Komentarze 3")."""
_AGED_TAIL = re.compile(rf"\s+(?:{character_class(SPACED + '-')}|{re.escape(DOUBLED)})\s+"
                        rf"([^{re.escape(SPACED)}]{{1,30}})$")
"""A comment's last piece after a separator: with a number, its age in any language
("Name: A sentence. — 2 h")."""
_NAMED = re.compile(r"^([^:：]{1,30})[:：]\s*(.+)$")
_SENTENCE_END = FULL_STOP
"""A sentence's last mark (any script's, :mod:`declutter.punctuation`)."""
COMMENT_WORDS = 3
"""Fewest words of a comment after its commenter's name ("Name: comment")."""


def counted_comments(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end less a comment section under it, whose lines are dropped: a
    heading with a count ("Reacties (2)", "Komentarze 3": at most ``NAME_WORDS`` words before it) over one or
    more comments, each a line "Name: comment" (a name of at most ``NAME_WORDS`` words, then a
    sentence of ``COMMENT_WORDS`` words or more, maybe its age after a separator) with maybe its
    reaction row under it
    (:func:`reaction_actions`). A teaser's "Read also: Title" ends in no sentence end. Only
    undecided lines (in ``shapes``) are read, and a heading a rule dropped; one pass from the
    run's start on."""
    for i, head in enumerate(islice(blocks, start + 1, len(blocks) - 1), start + 1):
        last = head.text[-1:]  # (the heading's count ends it: one character read a line)
        if not (last.isdigit() or last in _COUNT_CLOSES) or head.kept or not COUNTED_HEADING.match(head.text):
            continue  # (a rule may have dropped the heading: its comments are still read)
        if head.index not in shapes and head.label != BOILERPLATE:
            continue
        if len(head.text.split()) > NAME_WORDS + 1:
            continue
        j = _counted(blocks, shapes, i)  # (as many short comments as the heading counts)
        while (k := _comment_end(blocks, shapes, j)) is not None:
            j = k
            if j < len(blocks) and blocks[j].index in shapes and reaction_actions(blocks[j].text):
                j += 1
        if j == i + 1:
            continue
        for b in blocks[i:j]:
            if b.index in shapes:
                b.set(BOILERPLATE, "heuristic.comments")
                shapes.pop(b.index)
        return min(end, i)
    return end


_COUNT_CLOSES = frozenset(")）")

NAME_PIECES = re.compile(r"\s[·|•—–-]\s")
"""What parts a comment's name line's name from its age ("Ana · 2 h", "2 h | Ana")."""


def aged_name_line(text: str) -> bool:
    """A comment's name line "Name · age" or "age · Name": two pieces, one an age (in words
    the regexes know or read as a byline's age is), the other a short name without digits."""
    if len(text) > 60:
        return False  # (the cheap test first: most lines after a story's first are longer)
    pieces = NAME_PIECES.split(text.strip())
    if len(pieces) != 2:
        return False
    for age, name in (pieces, pieces[::-1]):
        if 0 < len(name.split()) <= NAME_WORDS and not any(ch.isdigit() for ch in name) \
                and byline_age(age):  # (the age last: it may call dateparser)
            return True
    return False


def _comment_end(blocks: list[Block], shapes: dict[int, LineShape], j: int) -> int | None:
    """The index after one comment of a counted section starting at line ``j``: a line "Name:
    comment" (:func:`_named`), or a name line "Name · age" (:func:`aged_name_line`, the HTML
    reader's) over one line ending in a sentence end; else ``None``. Undecided lines only."""
    if j >= len(blocks) or blocks[j].index not in shapes:
        return None
    if _named(blocks[j].text):
        return j + 1
    if j + 1 < len(blocks) and blocks[j + 1].index in shapes and aged_name_line(blocks[j].text) \
            and _SENTENCE_END.search(blocks[j + 1].text.rstrip()) is not None \
            and not aged_name_line(blocks[j + 1].text):
        return j + 2
    return None


HEADLESS_COMMENTS = 2
"""Fewest "Name: comment — age" lines in a row that are a comment section with no heading."""


def aged_comments(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end less a comment section with no heading at its foot: at least
    ``HEADLESS_COMMENTS`` lines in a row "Name: comment — age" (:func:`_named`, each with an
    age, a number in its last piece, after a separator; maybe a reaction row under each),
    starting inside the run or right under it, or under the chrome rows right under it (a
    share row "Share: Facebook | X"), and reaching its end (no story after them).
    A teaser list of labelled cards ("Sport: Title — 2 h") ends its titles in no sentence end,
    and a story quotes with no age. Their lines are dropped (``heuristic.comments``). One pass
    from the run's start on; the comments' shapes are read once."""
    i = start + 1
    reach = end  # (the comments may stand under chrome rows right under the run: a share row)
    while reach < len(blocks) and (s := shapes.get(blocks[reach].index)) is not None and s.shape == "chrome":
        reach += 1
    # a section reaching the run's end holds its last line (a comment or a reaction row), or
    # starts right under it (at ``end``, or at ``reach`` under the chrome rows): no such line,
    # no section, and no line above is read
    if not any(_comment_line(blocks, shapes, k) for k in (end - 1, end, reach)):
        return end
    while i <= reach and i < len(blocks):
        if end < i < reach:  # (a chrome row under the run: no comment starts on it)
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].index in shapes and _named(blocks[j].text, aged=True):
            j += 1
            if j < len(blocks) and blocks[j].index in shapes and reaction_actions(blocks[j].text):
                j += 1
        named = sum(blocks[k].index in shapes and _named(blocks[k].text, aged=True) for k in range(i, j))
        if named >= HEADLESS_COMMENTS and j >= end:
            for b in blocks[i:j]:
                b.set(BOILERPLATE, "heuristic.comments")
                shapes.pop(b.index)
            return min(end, i)
        i = max(j, i + 1)
    return end


def _comment_line(blocks: list[Block], shapes: dict[int, LineShape], k: int) -> bool:
    """Whether line ``k`` may be one of :func:`aged_comments`' section: undecided, and an aged
    comment (:func:`_named`) or a reaction row (:func:`reaction_actions`)."""
    if not 0 <= k < len(blocks) or blocks[k].index not in shapes:
        return False
    text = blocks[k].text
    return _named(text, aged=True) or reaction_actions(text) is not None


def _named(text: str, aged: bool = False, counted: bool = False) -> bool:
    """Whether a line is a comment under its writer's name ("Pieter de Vries: Eindelijk ..."),
    with its age after a separator when ``aged``; of any length and with no sentence end
    needed when ``counted`` (a heading's count backs it)."""
    m = _NAMED.match(text)
    if m is None or len(m[1].split()) > NAME_WORDS:
        return False
    said = m[2]
    if (tail := _AGED_TAIL.search(said)) is not None and NUMBER.search(tail[1]):
        said = said[: tail.start()]  # (its age after its words)
    elif aged:
        return False
    if counted:
        return count_words(said) > 0
    return count_words(said) >= COMMENT_WORDS and _SENTENCE_END.search(said) is not None


def _counted(blocks: list[Block], shapes: dict[int, LineShape], i: int) -> int:
    """The index after the comments a heading's count backs (line ``i``, "Comments (2)"): as
    many lines right under it, undecided, each "Name: words — age" (:func:`_named`, a comment
    short or with no sentence end: "Name: About time! — 1h"); else ``i + 1``."""
    n = int(_COUNT.search(blocks[i].text)[1])
    lines = blocks[i + 1 : i + 1 + n]
    if 0 < n == len(lines) and all(
            b.index in shapes and _named(b.text, aged=True, counted=True) for b in lines):
        return i + 1 + n
    return i + 1


_COUNT = re.compile(r"(\d+)\D*$")
"""The count of a :data:`COUNTED_HEADING`: its last number."""


FIELD_WORDS = 4
"""Most words of a form field's label ("Name *", "Ihre E-Mail-Adresse *")."""
FIELD_REACH = 4
"""Most lines between two field labels of one form."""
_FIELD = re.compile(r"^(?:[*+] )?[^\W\d][^.!?:;*]{0,40}?\s?\*$")
"""A field label marked required: a few words, then "*" (after a renderer's list marker)."""


def trim_form(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's end ``[start, end)`` less a form inside it and all under it: two field
    labels marked required ("Name *", "E-Mail *", "Nombre*"), at most ``FIELD_REACH`` lines
    apart, are a comment or contact form, whose notes and consent sentences around it read
    as prose and carried the run on. The run ends at the first such label when its prose
    above is worth more than its prose below (a story is above its comment form). Only
    undecided lines (in ``shapes``) are read as labels. One pass over the run."""
    fields = [b.index for b in blocks[start:end]
              if b.text.endswith("*") and b.index in shapes
              and len(b.text.split()) <= FIELD_WORDS + 1 and _FIELD.match(b.text)]
    first = next((a for a, b in zip(fields, fields[1:], strict=False) if b - a <= FIELD_REACH), None)
    if first is None:
        return end
    worth = [0, 0]
    for i in range(start, end):
        s = shapes.get(blocks[i].index)
        if s is not None and s.shape == "prose":
            worth[i >= first] += s.words
    return first if worth[0] > worth[1] else end
