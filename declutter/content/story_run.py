"""The story run of a text dump: which stretch of its lines is the page's main run of prose.

The maximum-sum run of lines (Kadane's algorithm, as in Finn et al.'s body-text extraction,
2001): a prose line adds its words and every other line costs :data:`COST` (per shape); a meta
line ("Source · 2 h") ends any run. A prose line with no sentence end, or standing alone
between chrome lines, counts for less (:data:`UNFINISHED`, :func:`_alone`), a paragraph deep
in the chrome with no other near it costs (:func:`max_run`, :func:`_near_prose`) unless it
stands under the page's title repeated (:func:`title_echoes`), and prose lines the page
repeats word for word are set aside when that leaves the run whole (:func:`story_run`). Read
by the dump story reader (:mod:`declutter.content.dump_story`), which labels the lines inside
and outside the run.
Every function is a few passes over the lines: linear in the dump's size.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block
from declutter.content.features import CJK, fold
from declutter.content.line_shapes import LineShape
from declutter.content.listed_lines import repeated_prose
from declutter.punctuation import CLOSED

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


def line_score(b: Block, shapes: dict[int, LineShape]) -> float | None:
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
LONE_WORDS = 15
"""Fewest words of a lone paragraph that stands as the story of a page with no other (a one-line
comment or pitch is shorter than a paywalled lead)."""
WEAK_RUN = 30.0
"""Worth (in words) under which the story run found is weak: a pitch line at the top of a page
whose only paragraph stands alone under its headline, deep in the menus."""
WEAK_RATIO = 2.0
"""How many times a weak run's worth a run read without the lone-paragraph rule must reach to
stand instead (tuned on the trafilatura-eval tuning half and the tuned-on half of the rendered
benchmark pages: weak runs of 30-80 words and ratios 2-3 give the same there; 4 pages gain,
none loses)."""
REPEATS_LINES = 0.2
"""Least share of the plain story run's lines that the run must keep once the prose lines the
page repeats word for word are set aside (:func:`story_run`)."""
REPEATS_WORTH = 0.5
"""Least worth (sum) of the run so read, as a share of the words set aside from the plain run
(each repeated text counted once)."""


def story_run(blocks: list[Block], shapes: dict[int, LineShape]) -> tuple[int, int]:
    """``[start, end)`` of the story run, read with the prose lines the page repeats word for
    word (:func:`declutter.content.listed_lines.repeated_prose`: photo captions, a news ticker
    at the top and again at the foot) as excerpts, which then keep that shape in ``shapes``,
    but for texts whose every copy falls inside the run (an interview's questions).
    Unless that run is a small part of the plain run (< ``REPEATS_LINES`` of its lines) or
    worth little beside what was set aside (< ``REPEATS_WORTH``): then the repeats were the
    story's own (a meal plan giving the same dish each day, a story printed twice) and the
    plain run stands. Two runs of :func:`max_run`: linear. (Tuned on the tuned-on half of the
    rendered benchmark pages: lines 0.05-0.3 and worth 0.4-0.55 give the same there; 14
    tuned-on pages gain, 1 loses 0.02.) When no run is found because every prose line stands
    alone deep in the chrome (:data:`LONE_GAP`), as on a page whose story is one paragraph
    (a paywalled lead, a chart's caption), the run is read again without that rule, and
    stands if it is worth ``LONE_WORDS``; so too when the run found is weak (< ``WEAK_RUN``: a
    pitch line over the menus) and the run read so is worth ``WEAK_RATIO`` times more (a blog
    post of one paragraph under its headline, below a long menu)."""
    repeated = repeated_prose(blocks, shapes)
    heads = title_echoes(blocks)
    start, end, best = max_run(blocks, shapes, heads=heads)
    if best < WEAK_RUN:  # the page's only paragraph stands alone in the chrome: the story all the same
        lone = max_run(blocks, shapes, len(blocks) + 1)
        if lone[2] >= LONE_WORDS and lone[2] >= WEAK_RATIO * best:
            start, end, best = lone
    # a run that takes in the page's title again near its head starts under it (the headline)
    start = max((i + 1 for i in heads if start <= i < min(end - 1, start + ECHO_REACH)), default=start)
    if not any(start <= i < end for i in repeated):  # set aside, they would change no run
        shapes.update(repeated)
        return start, end
    prose = {i: shapes[i] for i in repeated}
    shapes.update(repeated)
    start2, end2, best2 = max_run(blocks, shapes, heads=heads)
    aside = sum({blocks[i].text: prose[i].words for i in repeated if start <= i < end}.values())
    if end2 - start2 >= REPEATS_LINES * (end - start) and best2 >= REPEATS_WORTH * aside:
        # a text repeated only inside the story is its own (an interview's questions)
        outside = {blocks[i].text for i in repeated if not start2 <= i < end2}
        shapes.update((i, s) for i, s in prose.items() if blocks[i].text not in outside)
        return start2, end2
    shapes.update(prose)
    return start, end


_TITLE_SEPARATORS = re.compile(r"\s+(?:[|»·:~/]|::|[-–—])\s+")
"""What a page's title puts between its headline and the site's name or section."""
ECHO_WORDS = 3
"""Fewest words of a headline that repeats the page's title."""
ECHO_REACH = 4
"""How far into the story run (in lines) the page's title repeated may stand for the run to
start under it: what the run took in above its headline (a byline line, a pitch) is no story."""


def title_echoes(blocks: list[Block]) -> set[int]:
    """Indexes of the lines below the first that repeat it, whole or one of its pieces
    (``ECHO_WORDS`` words or more) between the separators a page's title puts between its
    headline and the site's name ("Time 4 talks » Blog » Headline", "Headline | Site"): a
    dump that opens with the page's ``<title>`` repeats it as the story's headline. Lines
    compared case folded (a dump's lines hold no runs of white space). One pass over the
    lines."""
    if len(blocks) < 2:
        return set()
    first = fold(blocks[0].text)
    pieces = {first} | {p for p in _TITLE_SEPARATORS.split(first) if len(p.split()) >= ECHO_WORDS}
    if len(first.split()) < ECHO_WORDS:
        return set()
    sizes = {len(p) for p in pieces}  # (a line of another length is none of them: no fold)
    return {b.index for b in blocks[1:] if len(b.text) in sizes and b.text.casefold() in pieces}


LONE_AHEAD = 3
"""Lines after a lone prose line in which the story's body (two prose lines in a row) may start
for it to be the story's lead, not a lone line (tuned on the tuned-on half of the rendered
benchmark pages: 3-6 give within 0.001 there)."""
HEAD_SHAPES = frozenset(("title", "meta", "card", "short"))
"""Shapes of the lines of a story's head (headline, byline, date, "5 min read")."""


def _lead(blocks: list[Block], shapes: dict[int, LineShape], scores: list[float | None], i: int) -> bool:
    """Whether the prose line ``i`` is the story's lead: right under the story's head (a
    title-like, meta or short line, or one a rule decided) with the body starting within
    ``LONE_AHEAD`` lines (a caption or a promo over the story sits under chrome or prose)."""
    s = shapes.get(blocks[i - 1].index) if i else _PROSE
    if s is not None and s.shape not in HEAD_SHAPES:
        return False
    return any((scores[j] or 0) > 0 and (scores[j + 1] or 0) > 0
               for j in range(i + 1, min(i + 1 + LONE_AHEAD, len(scores) - 1)))


_PROSE = LineShape("prose", 0)


def max_run(
    blocks: list[Block], shapes: dict[int, LineShape], lone: int = LONE_GAP,
    heads: Collection[int] = (),
) -> tuple[int, int, float]:
    """``[start, end)`` of the maximum-sum run of lines (Kadane), or an empty run, and its
    sum. A prose line after ``lone`` (by default ``LONE_GAP``) or more non-prose lines, with
    no prose line right under it nor, when both end a sentence, within ``LONE_NEAR`` lines
    (:func:`_near_prose`), stands alone in the chrome (a caption under the menu, a cookie
    note at the foot): it costs instead of adding, as jusText reads a good paragraph only near
    other good ones; but for the story's lead, before its body has begun (:func:`_lead`), and
    for a line right under one of ``heads`` (the page's title again: :func:`title_echoes`)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start, gap = 0.0, 0, 0
    get, scores = shapes.get, []
    for b in blocks:  # line_score, its common cases inlined, and unfinished prose discounted
        s = get(b.index)
        if s is None:
            scores.append(line_score(b, shapes))
        elif s.shape == "prose":
            score = float(s.words) if s.words >= CJK_CHECK else line_score(b, shapes) or 0.0
            last = b.text[-1:]
            if last in _CLOSERS:  # (a quote or bracket after the sentence's end: rare)
                last = _signed_off(b.text) or b.text.rstrip(_CLOSERS)[-1:]
            scores.append(score if last in _STOPS else score * UNFINISHED)
        else:
            scores.append(_NEGATIVE_COST[s.shape])
    _alone(blocks, shapes, scores)
    scores.append(None)
    body = False  # two good lines in a row seen: the story's body has begun
    for i, score in enumerate(scores[:-1]):
        if score is None:
            gap += 1
            total, start = 0.0, i + 1
            continue
        if score > 0:
            if (gap >= lone and not _near_prose(blocks, scores, i) and i - 1 not in heads
                    and (body or not _lead(blocks, shapes, scores, i))):
                score = scores[i] = -COST["excerpt"]  # a lone paragraph deep in the chrome: no story
                gap += 1
            else:
                if gap == 0 and i > 0:
                    body = True
                gap = 0
        else:
            gap += 1
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, _cut_tail(scores, best_start, best_end), best


LONE_NEAR = 2
"""Lines after a prose line in which another one may follow for it not to stand alone: a story
whose paragraphs each sit between subheadings, captions or product credits is a run all the same
(tuned on the trafilatura-eval tuning half and the tuned-on half of the rendered benchmark pages:
3 gains 0.003 more on the first but takes a photo caption over a headline into the story)."""


LONG_WORDS = 30
"""Words from which a paragraph is long: two long ones may stand ``LONG_NEAR`` lines apart."""
LONG_NEAR = 4
"""Lines after a long paragraph in which another long one may follow for it not to stand alone:
the sections of a document, each a heading, a paragraph and a row of counters or buttons
(tuned on the trafilatura-eval tuning half and the tuned-on half of the rendered benchmark
pages: 4-6 lines give the same, 8 and 1 pages gain, none loses; from 20 words a photo caption
over the headline joins the story)."""


def _near_prose(blocks: list[Block], scores: list[float | None], i: int) -> bool:
    """Whether a prose line follows the prose line ``i`` right under it, or within the next
    ``LONE_NEAR`` lines (``LONG_NEAR`` when both are long), with no line that ends every run (a
    meta line) between, when both end a sentence (a teaser list's titles and excerpts
    alternating with bylines end none)."""
    if i + 1 < len(scores) and (scores[i + 1] or 0) > 0:
        return True
    if not _finished(blocks[i].text):
        return False
    long = blocks[i].words >= LONG_WORDS
    for j in range(i + 1, min(i + 1 + (LONG_NEAR if long else LONE_NEAR), len(scores))):
        score = scores[j]
        if score is None:
            return False
        if score > 0:
            return _finished(blocks[j].text) and (j - i <= LONE_NEAR or blocks[j].words >= LONG_WORDS)
    return False


def _finished(text: str) -> bool:
    """Whether a line ends a sentence (closing quotes and brackets aside), not cut short with
    an ellipsis as a teaser's excerpt is."""
    if text.endswith(")") and _signed_off(text):
        return True
    text = text.rstrip(_CLOSERS)
    return text[-1:] in _STOPS and not text.endswith(("...", "…"))


SIGN_OFF_CHARS = 24
"""Longest sign-off in brackets after a paragraph's last sentence ("(dpa)", "(AFP/red)")."""


def _signed_off(text: str) -> str:
    """The sentence end before a news agency's or an author's sign-off in brackets closing a
    paragraph ("... in March. (dpa/gem)"), else ``""``."""
    k = text.rfind(" (", max(0, len(text) - SIGN_OFF_CHARS))
    before = text[k - 1 : k] if k > 0 else ""
    return before if before in _STOPS and ")" not in text[k:-1] else ""


TAIL_GAP = 10
"""Non-prose lines in a row inside the run after which what follows may be the page's foot."""
TAIL_WORTH = 0.5
"""Share of the run's worth before its last such gap that the part after it must reach to stay
(tuned on the tuned-on half of the rendered benchmark pages: gaps of 10-12 and shares of
0.4-0.5 give the same there; 4 pages gain 0.05-0.14, one loses 0.06, a recipe card after its
ingredients list)."""


def _cut_tail(scores: list[float | None], start: int, end: int) -> int:
    """The run's end, cut before its last gap of ``TAIL_GAP`` or more non-prose lines when the
    prose after that gap is worth less than ``TAIL_WORTH`` of the prose before it: the site's
    foot (a disclaimer, a donation appeal, a "Most read" list with its deks) after the related
    links, whose words outweighed the gap. One pass over the run."""
    gap, resume = 0, None
    for i in range(start, end):
        if (scores[i] or 0) > 0:
            if gap >= TAIL_GAP:
                resume = i
            gap = 0
        else:
            gap += 1
    if resume is None:
        return end
    before = sum(x for x in scores[start:resume] if x is not None and x > 0)
    after = sum(x for x in scores[resume:end] if x is not None and x > 0)
    if after >= TAIL_WORTH * before:
        return end
    while resume > start and not (scores[resume - 1] or 0) > 0:
        resume -= 1
    return resume


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


def _alone(blocks: list[Block], shapes: dict[int, LineShape], scores: list[float | None]) -> None:
    """Scale down, in place, the scores of prose lines standing alone, after the page's first
    (:data:`ALONE`); lines a rule took as teasers ("Read also: Title" between paragraphs) are
    skipped. One pass over the lines."""
    # one pass: a good line is judged when the next line that counts comes (or the page ends)
    before = after = False  # whether the line before the candidate, and the candidate, are good
    candidate, seen_lead = -1, False
    for i, score in enumerate(scores):
        if blocks[i].label == TEASER and blocks[i].index not in shapes:
            continue
        good = score is not None and score > 0
        if (after and not before and not good and seen_lead
                and not _resumes(blocks, shapes, scores, candidate)):
            scores[candidate] *= ALONE  # type: ignore[operator]
        if after:
            seen_lead = True
        before, after, candidate = after, good, i
    if after and not before and seen_lead and not _resumes(blocks, shapes, scores, candidate):
        scores[candidate] *= ALONE  # type: ignore[operator]


GAP_WORDS = 3
"""Most words of the one non-prose line across which a run of paragraphs resumes (an ad label, a
"Share" row in a language no rule reads)."""


def _resumes(blocks: list[Block], shapes: dict[int, LineShape], scores: list[float | None], i: int) -> bool:
    """Whether the prose line ``i`` resumes the paragraphs above it: one short non-prose line
    (at most ``GAP_WORDS`` words, undecided or dropped by a rule: "Advertisement") between it
    and a run of two paragraphs or more, the last of which is a prose line, both ending a
    sentence. The line under an ad label in
    the middle of the story is no lone pitch standing between chrome lines; the label alone is
    chrome. (A lone line under a lone line, as an author's bio, a comment form's notice and a
    cookie note after a story each are, resumes nothing.)"""
    if i < 3 or (scores[i - 2] or 0) <= 0 or (scores[i - 3] or 0) <= 0:
        return False
    gap, prev = shapes.get(blocks[i - 1].index), shapes.get(blocks[i - 2].index)
    short = (gap.shape != "prose" and gap.words <= GAP_WORDS if gap is not None
             else blocks[i - 1].label == BOILERPLATE and blocks[i - 1].words <= GAP_WORDS)
    return (short and prev is not None and prev.shape == "prose"
            and _finished(blocks[i - 2].text) and _finished(blocks[i].text))


_CLOSERS = "\"'”’»)]」』"
"""Closing quotes and brackets after a sentence's end (as in :data:`line_shapes.FULL_STOP`)."""
_STOPS = frozenset(CLOSED + "…")
"""A line's end that is no cut: a sentence's (or a Tibetan phrase's, which closes its
paragraphs) or an ellipsis."""
