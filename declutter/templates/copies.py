"""A copied story among a source's recurring blocks: the page's own story told on other pages
of its source (a republished story, a wire copy), which templates leave to dedup.

Recurring prose paragraphs in a run of ``COPY_RUN`` or more, or (in a story without such a
run) recurring prose making up more than ``COPY_SHARE`` of the story, are a copied story
(:func:`copied_story`); a copied story's paragraphs are seen about equally often (within
``COPY_SPREAD`` times), so a recurring footer sentence that follows the copy is not part of
it. A recurring sentence standing among the story's paragraphs (:func:`story_sentences`)
needs ``PROSE_SHARE`` of the source's pages to be template. Used by
:func:`declutter.templates.model.mark` and by ``rules suggest``
(:mod:`declutter.ruleset.suggest`), which must agree with it.
"""

from __future__ import annotations

from declutter.punctuation import STOPS

PROSE_WORDS = 12
"""A block of at least this many words ending like a sentence is prose (for the copy check)."""
COPY_SHARE = 0.5
COPY_RUN = 3
COPY_SPREAD = 1.5
"""A copied story's paragraphs are seen on about as many pages each: within this factor (a
newsletter sentence on 9 pages inside a story copied onto 5 is not part of the copy)."""
COPY_MAX_SHARE = 0.8
"""Prose on more than this share of a source's pages is its template, never a copied story
(a footer sentence that the reader left as the only story of a page whose story it missed)."""
_SENTENCE_END = tuple(STOPS + "\"'”’)")


def is_prose(text: str) -> bool:
    """Whether a block is prose: it ends like a sentence and has >= ``PROSE_WORDS`` words."""
    # the ending first: most lines that are not sentences are settled without a split
    # (a split of at most PROSE_WORDS - 1 cuts: as many words as needed, not all of them)
    return (text.rstrip().endswith(_SENTENCE_END)
            and len(text.split(None, PROSE_WORDS - 1)) >= PROSE_WORDS)


def copied_story(story: list[tuple[str, bool]], seen: list[int] | None = None) -> set[int]:
    """Positions in a page's story (``(text, recurring)`` in order) of recurring prose that is
    the story itself: runs of ``COPY_RUN`` or more recurring prose paragraphs (recurring short
    lines between them, such as an app pitch, do not break a run); and, in a story with no
    such run, all its recurring prose when that is most of its characters (a short story).

    ``seen``: on how many pages each paragraph was seen. A copied story's paragraphs are seen
    about equally often, so a run breaks at a paragraph seen more than ``COPY_SPREAD`` times
    as often as the run's rarest (or less than its commonest by that factor): a footer
    sentence on every page that follows a story copied onto a few pages is not part of it."""
    counts = list(seen) if seen is not None else [1] * len(story)
    runs: set[int] = set()
    current: list[int] = []

    def close() -> None:
        if len(current) >= COPY_RUN:
            runs.update(current)
        current.clear()

    prose_at = [hit and is_prose(text) for text, hit in story]
    if not any(prose_at):  # no recurring prose: no copy (most pages)
        return runs
    low = high = 0  # the fewest and most pages a paragraph of the current run was seen on
    for i, (_, hit) in enumerate([*story, ("", False)]):
        if i < len(story) and prose_at[i]:
            n = counts[i]
            if current and max(high, n) > COPY_SPREAD * min(low, n):
                close()
            low, high = (min(low, n), max(high, n)) if current else (n, n)
            current.append(i)
        elif current and (not hit or i == len(story)):
            close()
    if runs:
        return runs
    prose = [i for i, is_prose in enumerate(prose_at) if is_prose]
    if prose:
        rarest = min(counts[i] for i in prose)
        prose = [i for i in prose if counts[i] <= COPY_SPREAD * rarest]
    total = sum(len(t) for t, _ in story) or 1
    shared = sum(len(story[i][0]) for i in prose)
    return set(prose) if shared > COPY_SHARE * total else set()


def story_sentences(paragraphs: list[str], hits: set[int], seen: list[int], copies: int,
                     prose_need: int) -> set[int]:
    """Positions of recurring paragraphs that end like a sentence and stand in the page's
    story: the nearest paragraph before or after them that is not sure chrome (recurring on
    ``prose_need`` pages or more, such as an app pitch between paragraphs) is story (not
    recurring, or a copied story's: seen on at most ``copies`` pages). Such a sentence,
    however short, must be on ``PROSE_SHARE`` of the source's pages to be template: a story's
    closing line that a few stories share ("The decision is due in February.") stays, while
    chrome sentences stand on most pages, or among other chrome (a footer's lines: those
    need ``MIN_SHARE``). Linear in the paragraphs but for runs of sure chrome (a few)."""
    def story(j: int, step: int) -> bool:
        while 0 <= j < len(paragraphs) and j in hits and copies < seen[j] and seen[j] >= prose_need:
            j += step
        return 0 <= j < len(paragraphs) and (j not in hits or seen[j] <= copies)

    return {i for i in hits if i < len(paragraphs)
            and paragraphs[i].rstrip().endswith(_SENTENCE_END)
            and (story(i - 1, -1) or story(i + 1, 1))}
