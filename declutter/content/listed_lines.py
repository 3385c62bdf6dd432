"""Lines a dump's page lists or repeats, whatever their words: the excerpts of a teaser list
with no ages (prose lines each alone under a title-like line, :func:`mark_listed`) and prose
lines the page holds twice or more word for word (:func:`repeated_prose`). Both give such lines
the shape ``excerpt``, which keeps them out of the story run (:mod:`declutter.content.story_run`).
Moved out of :mod:`declutter.content.line_repeats`, which reads repeated ages and layouts."""

from __future__ import annotations

from declutter.blocks import Block
from declutter.content.line_shapes import FULL_STOP, LineShape

LISTED_RUN = 3
"""Fewest prose lines in a row, each between title-like lines, that make a teaser list."""
LISTED_GAP = 4
LIST_HEADLINE_WORDS = 4
EXCERPT_WORDS = 30
"""Most words of a teaser list's typical (median) excerpt: a dek is a sentence or two, while the
items of a listicle story (a heading, a paragraph, a "Get it at ..." line, repeated) hold whole
paragraphs (on the tuned-on half of the rendered benchmark pages: teaser excerpts of 17-20
words, a deals list's paragraphs of 35-112)."""


def mark_listed(blocks: list[Block], shapes: dict[int, LineShape]) -> None:
    """Excerpts of a teaser list without ages: prose lines that each stand alone between
    title-like lines ("KICKER / Title / 3 diggs site / excerpt", repeated) are no story,
    however long; a story has several paragraphs between its subheadings, and a listicle
    story's items, one paragraph each, hold longer ones than a dek. Such prose lines get the
    shape ``excerpt`` (one pass; a run needs >= LISTED_RUN of them, <= LISTED_GAP lines apart,
    its median line of at most EXCERPT_WORDS words), unless the list's first headline stands
    right under a prose line: then the list is the story's own (a guide's numbered sections),
    a teaser list stands under a heading or chrome."""
    framed = {"title", "short", None}
    n = len(blocks)
    names = [shapes[i].shape if i in shapes else None for i in range(n)] + [None]
    # each excerpt of a list sits under its own headline (names[-1] stands for "no line")
    alone = [i for i in range(1, n)
             if names[i] == "prose" and names[i - 1] == "title"
             and shapes[i - 1].words >= LIST_HEADLINE_WORDS and names[i + 1] in framed]
    run: list[int] = []
    for i in [*alone, None]:
        if i is not None and (not run or i - run[-1] <= LISTED_GAP):
            run.append(i)
            continue
        # a list whose first headline stands right under a paragraph goes on with the story
        # (a numbered guide: "1. Greyford, for the fish market" over its paragraph, ...)
        above = run[0] - 2 if run else -1  # (an ad label, maybe a rule's line, may stand between)
        if above >= 2 and _card_above(blocks, names, above):
            run.insert(0, above)  # the list's first card has a headline long enough for prose
            shapes[above - 1] = LineShape("title", shapes[above - 1].words)
            above -= 2
        under = above >= 0 and (names[above] == "prose" or names[above] in ("chrome", None)
                                and above >= 1 and names[above - 1] == "prose")
        if (len(run) >= LISTED_RUN and not under
                and sorted(shapes[j].words for j in run)[len(run) // 2] <= EXCERPT_WORDS):
            for j in run:
                shapes[j] = LineShape("excerpt", shapes[j].words)
        run = [i] if i is not None else []


def _card_above(blocks: list[Block], names: list[str | None], i: int) -> bool:
    """Whether the prose line ``i`` is the excerpt of a card whose headline reads as prose (a
    long one, no sentence end), the card heading a list (a title-like line or none above)."""
    return (names[i] == "prose" and names[i - 1] == "prose" and names[i - 2] in ("title", "short", None)
            and FULL_STOP.search(blocks[i - 1].text) is None)


def repeated_prose(blocks: list[Block], shapes: dict[int, LineShape]) -> dict[int, LineShape]:
    """Prose lines the page holds twice or more, word for word (a photo caption over its image
    and again in the gallery, a news ticker at the top and again at the foot): index -> their
    shape as ``excerpt``, for the caller to apply (a story's own repeats, as in a meal plan
    listing the same dish each day, are told apart by the caller). Two passes."""
    seen: dict[str, int] = {}
    prose = [i for i, s in shapes.items() if s.shape == "prose"]
    for i in prose:
        text = blocks[i].text
        seen[text] = seen.get(text, 0) + 1
    if len(seen) == len(prose):
        return {}
    return {i: LineShape("excerpt", shapes[i].words) for i in prose if seen[blocks[i].text] > 1}
