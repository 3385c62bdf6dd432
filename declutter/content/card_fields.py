"""Fields of a multi-line teaser card given as text lines, in any field order: which line is the
title, the source, the excerpt, the byline, or the card's label, from the lines' shapes
(:func:`declutter.content.line_shapes.shape_of`) and their place around the title.

The dump reader's card readers (:mod:`declutter.content.dump_teasers`) ask it of each card;
the one-line pieces (a meta line, a one-line card) are :mod:`declutter.content.card_lines`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from declutter.blocks import count_words
from declutter.content.card_lines import BULLET, BYLINE, unquote


def card_fields(
    lines: Sequence[str], shapes: Sequence[str], values: Sequence[dict[str, str] | None],
    title_at: int | None = None, labelled: bool = False,
) -> tuple[list[str | None], dict[str, str]]:
    """Fields of a multi-line card given as text lines, in any field order.

    Input: the card's lines, their shapes and parsed values as
    :func:`declutter.content.line_shapes.shape_of` gives them (``meta`` and ``url`` lines carry
    their values). Output: per line the field it fills (``title``, ``source``, ``age``,
    ``text``, ``url``, ``byline``; ``None`` for a line the card has no room for) and the values
    parsed out of lines (source and age of a meta line, the address of a url line).

    The title is the line at ``title_at`` when it is title-like (the title's place in the
    other cards of its list), else the longest title-like line (else the first line of >= 3
    words that is not prose, else the first prose line); a line of <= 4 words before or after
    it is the source; prose lines are the excerpt. A ``labelled`` card (a lone card inside a
    story: "Read also", a title, a source, an age) takes the line under its title as the source
    when one stands on either side: the line over the title is its label, and has no field;
    when its meta line names the source ("City Post · 1 day ago"), a short line over the title
    is its label all the same.
    """
    names: list[str | None] = [None] * len(lines)
    parsed: dict[str, str] = {}
    for i, (shape, value) in enumerate(zip(shapes, values, strict=True)):
        if shape in ("meta", "url") and value and not (set(value) & set(parsed)):
            parsed.update(value)
            names[i] = "url" if shape == "url" else next(iter(value))
    for i, text in enumerate(lines):
        if names[i] is None and BYLINE.match(text) and len(text.split()) <= 6:
            names[i] = "byline"
    free = [i for i in range(len(lines)) if names[i] is None]
    titled = [i for i in free if shapes[i] == "title"]
    title = max(titled, key=lambda i: count_words(lines[i])) if titled else None
    if title_at in titled:
        title = title_at
    if title is None:
        title = next((i for i in free if shapes[i] != "prose" and count_words(lines[i]) >= 3), None)
    if title is None:
        title = next((i for i in free if shapes[i] == "prose"), None)
    if title is not None:
        names[title] = "title"
        bare = unquote(BULLET.sub("", lines[title]))  # "1. Title", "«Title»": marker, quotes
        if bare != lines[title] and "title" not in parsed and bare:
            parsed["title"] = bare
    label = None
    if labelled:
        label = _label_over(lines, shapes, names, title) if "source" not in parsed else _short_over(
            lines, shapes, names, title)
    for i in free:
        if names[i] is not None or i == label:
            continue
        text = lines[i]
        if BYLINE.match(text):
            names[i] = "byline"
        elif count_words(text) <= 4 and "source" not in parsed and shapes[i] != "prose":
            names[i], parsed["source"] = "source", text
        elif shapes[i] in ("prose", "title", "short"):
            names[i] = "text"
    return names, parsed


def _label_over(
    lines: Sequence[str], shapes: Sequence[str], names: Sequence[str | None], title: int | None
) -> int | None:
    """The card's label: a line of <= 4 words over the title when another such line stands
    under the title, above the card's meta line (label, title, source, age: the source is the
    one under the title). ``None`` when the card has no such pair."""
    if title is None:
        return None

    def short(i: int) -> bool:
        return (names[i] is None and shapes[i] != "prose" and count_words(lines[i]) <= 4
                and not BYLINE.match(lines[i]))

    over = next((i for i in range(title) if short(i)), None)
    meta = next((i for i in range(title + 1, len(lines)) if names[i] in ("age", "source")), None)
    if over is None or meta is None or not any(short(i) for i in range(title + 1, meta)):
        return None
    return over


def _short_over(
    lines: Sequence[str], shapes: Sequence[str], names: Sequence[str | None], title: int | None
) -> int | None:
    """The label of a lone card whose meta line holds the source: the line right over the
    title when it has <= 4 words, no prose shape and no field ("Read also" over a title over
    "City Post · 1 day ago"). ``None`` when there is no such line."""
    if not title:
        return None
    i = title - 1
    short = names[i] is None and shapes[i] != "prose" and count_words(lines[i]) <= 4
    return i if short and not BYLINE.match(lines[i]) else None
