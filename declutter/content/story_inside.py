"""Inside a text dump's story run, line by line: prose is story, a short title-like line between
paragraphs is a subheading (so is a line read as chrome that announces the paragraph under it:
a word in common, as TextTiling reads a section), a sentence that reads as chrome only for its
voice is the story's when the paragraphs around it speak so, one-line and labelled cards are
teasers, everything else is boilerplate.

Used by the dump story reader (:mod:`declutter.content.dump_story`), step 2. A few lines read
around each line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block, Page, count_words
from declutter.char_runs import DIGIT, LONG_WORD
from declutter.content.age_shapes import age_shape
from declutter.content.ages import is_age_fast
from declutter.content.byline_ages import shaped_age
from declutter.content.card_lines import card_line_fields
from declutter.content.dump_teasers import take
from declutter.content.features import LETTERS
from declutter.content.line_shapes import FULL_STOP, LineShape, is_prose_text, is_row, shape_of
from declutter.content.lone_cards import meta_like
from declutter.content.pitches import reader_words
from declutter.content.story_foot import CARD_GAP, bridge_back
from declutter.punctuation import STOPS


def label_in_run(page: Page, b: Block, shapes: dict[int, LineShape], blocks: list[Block],
                 end: int) -> None:
    """Label one undecided line ``b`` inside the story run (the caller labels the run top
    down): prose is story (``heuristic.dump-line``); a one-line or labelled card is a teaser;
    a title-like or short line between paragraphs, or a short chrome line between them that
    announces the paragraph under it, is a subheading (``heuristic.subheading``); a sentence
    read as chrome for its voice alone is story when the paragraphs around speak so
    (``heuristic.story-voice``); a "Label - Title" line between paragraphs is a labelled card
    (:func:`dashed_label`); anything else is chrome (``heuristic.dump-chrome``)."""
    s = shapes[b.index]
    dashed = has_dash(b.text) and dashed_label(b.text)
    if dashed and _between_story(b, shapes, blocks, end):
        take(page, [b], ["title"], dashed)
    elif s.shape == "label" and s.fields:  # its title may hold the card's source and age
        take(page, [b], ["title"], lone_card(s.fields["title"]) or dict(s.fields))
    elif s.shape == "card" and s.fields:
        take(page, [b], ["title"], dict(s.fields))
    elif ((fields := lone_card(b.text)) and _between_story(b, shapes, blocks, end)
          and not may_be_card(blocks[b.index + 1].text)):  # (alone: a list's ages are its column's)
        take(page, [b], ["title"], fields)
    elif s.shape == "prose":
        b.label, b.rule = STORY, "heuristic.dump-line"
    elif s.shape in ("title", "short") and _between_prose(b, shapes, blocks, end=end) or (
            s.shape == "chrome" and 2 <= s.words <= HEADING_WORDS and FULL_STOP.search(b.text) is None
            and not is_row(b.text) and _between_prose(b, shapes, blocks, announced=True, end=end)):
        b.label, b.rule = STORY, "heuristic.subheading"
    elif s.shape == "chrome" and _story_voice(b, shapes, blocks, end):
        b.label, b.rule = STORY, "heuristic.story-voice"
    else:
        b.set(BOILERPLATE, "heuristic.dump-chrome")


LONE_CARD_WORDS = 30
"""Most words of a line read as a lone one-line card inside the story (:func:`lone_card`)."""


def lone_card(text: str) -> dict[str, str] | None:
    """A one-line card standing alone in the story ("READ ALSO: Title — Source · 3 h", "Title |
    Source | 3 h") whose age no reader knows and no list of cards backs: its last piece, after
    a separator, is short and holds a number of one or two digits with its unit word after it
    (:func:`~declutter.content.byline_ages.shaped_age`: "maawa 2 apfuura"; three words or
    more, in lower case), and a source stands beside it. A label over the title goes
    (:func:`_unlabelled`). No sentence ends the line; ``None`` for other lines."""
    if not may_be_card(text) or DIGIT.search(text) is None or len(text.split()) > LONE_CARD_WORDS:
        return None  # (the age is a piece of the line: a line with no digit holds no such age)
    fields = card_line_fields(text, _piece_age)
    if not fields or not fields.get("source") or not DIGIT.search(fields["age"]):
        return None
    return _unlabelled(fields)


def length_widgets(blocks: list[Block], shapes: dict[int, LineShape]) -> None:
    """Read as chrome, in ``shapes`` (by place in ``blocks``), each line that reads as a meta
    line or a one-line card with no source whose "age" is a length, a bare count of a unit
    (:func:`~declutter.content.age_shapes.age_shape` of two words: "0 min", no word of time
    gone by), standing alone between two prose lines: a player's or reader's widget ("Listen
    to this article · 4 min"), no card (a lone card in a story names its source, or has an
    age that reads as one: "(ayer)") and no meta line that ends the story's run."""
    for i, s in shapes.items():
        if (s.shape == "meta" or s.shape == "card" and "source" not in (s.fields or ())) and (
                _length(s.fields) and _prose_at(shapes, i - 1) and _prose_at(shapes, i + 1)):
            shapes[i] = LineShape("chrome", s.words, None, s.digit)


def _length(fields: dict[str, str] | None) -> bool:
    """Whether a line's "age" is a bare count of a unit ("4 min", "6 Min."): two words, one a
    number."""
    shape = age_shape(fields.get("age", "")) if fields else None
    return shape is not None and len(words := shape.split()) == 2 and "0" in words


def _prose_at(shapes: dict[int, LineShape], i: int) -> bool:
    """Whether line ``i`` has the prose shape."""
    s = shapes.get(i)
    return s is not None and s.shape == "prose"


def may_be_card(text: str) -> bool:
    """Whether a line may be a :func:`lone_card`: no sentence ends it and a separator stands in
    it (two character tests for most of a story's lines)."""
    return text[-1] not in _SENTENCE_END and _CARD_MARK.search(text) is not None


def _piece_age(piece: str) -> bool:
    """An age the regexes read, or one of :func:`shaped_age`'s shape of three words or more
    ("12 fotek" counts photos) in lower case (a capital starts a name: "48 STEINHEIL Signe" in
    a catalogue's row is no age)."""
    return is_age_fast(piece) or (shaped_age(piece) and piece.lower() == piece
                                  and len(piece.split()) >= _AGE_WORDS)


_AGE_WORDS = 3
"""Fewest words of an age :func:`lone_card` reads by its shape alone."""


def _unlabelled(fields: dict[str, str]) -> dict[str, str]:
    """A one-line card's fields, its title without a label the shapes read over it ("READ
    ALSO: Title": :func:`declutter.content.line_shapes.shape_of`'s label line)."""
    inner = shape_of(fields["title"])
    if inner.shape == "label" and inner.fields:
        fields["title"] = inner.fields["title"]
    return fields


_CARD_MARK = re.compile(r"\s[-–—·|•]\s|,\s|\(")
"""What may set a one-line card's pieces apart."""

def bridge_inner(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> tuple[int, list[tuple[int, int]]]:
    """:func:`~declutter.content.story_foot.bridge_back` of a lone card inside the story run's
    first ``CARD_GAP`` + 2 lines (the run took the first paragraph in, and the card over the
    rest): its meta line, right over prose, is no page byline under a headline (the card's
    title). Output as :func:`~declutter.content.story_foot.bridge_back`'s."""
    for j in range(start + 2, min(start + CARD_GAP + 3, end)):
        if _undecided(blocks[j], shapes) and meta_like(blocks[j - 1], shapes):
            at, card = bridge_back(blocks, shapes, j, headline_like)
            return (min(at, start), card) if card else (start, [])
    return start, []


def _undecided(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line is prose-shaped and not labelled yet."""
    s = shapes.get(b.index)
    return s is not None and s.shape == "prose" and b.label is None


DASH = re.compile(r"\s[-–—]\s")
"""A spaced hyphen or dash: what sets a label apart from its title in "Label - Title"."""


def has_dash(text: str) -> bool:
    """Whether ``text`` holds a :data:`DASH`: searched only when it holds a hyphen or a dash
    at all (three substring scans; the regex tries its white space at every character, and
    most lines of a story hold none)."""
    return ("-" in text or "–" in text or "—" in text) and DASH.search(text) is not None


DASHED_LABEL_WORDS = 3
"""Most words of a label set apart by a dash ("Lexo edhe - Title")."""


def dashed_label(text: str) -> dict[str, str] | None:
    """``{"title", "label"}`` of a read-also line whose label a spaced dash sets apart (the
    colon's and the arrow's forms are :func:`declutter.content.line_shapes.shape_of`'s): one
    dash; a label of at most ``DASHED_LABEL_WORDS`` words of letters; a title of at least four
    words (as :func:`declutter.blocks.count_words` counts a script without spaces) and more
    than the label's, with no sentence end and no number in the label. The caller asks that
    it stand alone between story paragraphs (a subtitle stands under a headline)."""
    parts = DASH.split(text)
    if len(parts) != 2 or FULL_STOP.search(text) is not None or text.rstrip()[-1:] in _SENTENCE_END:
        return None
    label, title = parts[0].strip(), parts[1].strip()
    words = label.split()
    if not 0 < len(words) <= DASHED_LABEL_WORDS or not all(_LETTER_WORD.fullmatch(w) for w in words):
        return None
    title_words = count_words(title)
    if title_words < 4 or title_words <= count_words(label):
        return None
    return {"title": title, "label": label}


_LETTER_WORD = re.compile(LETTERS)
_SENTENCE_END = frozenset(STOPS + ":;…")
"""A sentence's or a clause's last mark (:data:`declutter.punctuation.STOPS`, the colon, the
semicolon, the ellipsis): no card's or label's line ends in one."""


def _between_story(b: Block, shapes: dict[int, LineShape], blocks: list[Block], end: int) -> bool:
    """Whether a line stands between two story paragraphs: the line above is story (labelled
    already: the run is read top down) and the one under it, inside the run, is prose."""
    i = b.index
    if i < 1 or i + 1 >= end or blocks[i - 1].label != STORY:
        return False
    under = shapes.get(blocks[i + 1].index)
    return under is not None and under.shape == "prose"


def _story_voice(b: Block, shapes: dict[int, LineShape], blocks: list[Block], end: int) -> bool:
    """A sentence between story paragraphs that reads as chrome only for its voice ("*Our*
    hiking kit is really very simple.": a pitch's words, :func:`reader_words`) is the story's
    own when the paragraphs on either side speak in that voice: each of its words stands in
    one of them (a blog says "we" and "you" throughout; a pitch's "your" stands out in a
    report)."""
    text = b.text
    if FULL_STOP.search(text) is None or not is_prose_text(text, shapes[b.index].words):
        return False
    voice = reader_words(text)
    if not voice or not _between_prose(b, shapes, blocks, end=end):
        return False
    around = reader_words(blocks[b.index - 1].text) | reader_words(blocks[b.index + 1].text)
    return voice <= around


HEADING_WORDS = 10
"""Most words of a line read as chrome that may be a subheading all the same."""


SKIPPED_ABOVE = 2
"""Most lines a rule dropped (an ad label) between a subheading and the paragraph above it."""
RULE_LINES = 2
"""Most lines drawn as rules (no letter, no digit) between a paragraph and a subheading."""


def _announces(heading: str, paragraph: str) -> bool:
    """Whether a heading shares a word (4 letters or more, case folded) with the paragraph
    under it: the lexical cohesion of a heading with its section (as TextTiling, Hearst 1997,
    reads a section by its words)."""
    words = set(LONG_WORD.findall(heading.casefold()))
    return not words.isdisjoint(LONG_WORD.findall(paragraph.casefold()))




def _shared_words(a: str, b: str) -> int:
    """How many words (4 letters or more, case folded) two lines have in common."""
    return len(set(LONG_WORD.findall(a.casefold())) & set(LONG_WORD.findall(b.casefold())))


def _between_prose(b: Block, shapes: dict[int, LineShape], blocks: list[Block],
                   announced: bool = False, end: int | None = None) -> bool:
    """A subheading: title-like, between story paragraphs; a rule drawn between them ("___",
    "* * *") may stand above it, or at most ``SKIPPED_ABOVE`` lines a rule dropped (an ad
    label, or a mid-story card ("Read also: Title", a teaser by then), when it announces the
    paragraph under it (:func:`_announces`). With ``announced``
    (a line that reads as chrome: "So erkennst du deine Grenzen") it must announce the
    paragraph under it whatever stands above it. A short line
    between the headline and the first paragraph is a kicker or chrome ("Listen to this
    article"), not story. The paragraph under it must be in the story run (``[.., end)``): the
    run's last line announces nothing ("Foto: ACN" over an app pitch the run leaves out)."""
    if shapes[b.index].shape != "title" and shapes[b.index].words < 2:
        return False
    after = blocks[b.index + 1] if b.index + 1 < (len(blocks) if end is None else end) else None
    if announced and (after is None or not _announces(b.text, after.text)):
        return False
    k = b.index - 1
    while k > 0 and b.index - k <= RULE_LINES and not any(ch.isalnum() for ch in blocks[k].text):
        k -= 1  # a rule drawn between sections ("___", "* * *") stands above a subheading
    if k == b.index - 1:  # an ad label a rule dropped ("Anzeige") above a subheading of the
        while (k > 0 and b.index - k <= SKIPPED_ABOVE and (blocks[k].label == TEASER or (
                blocks[k].label == BOILERPLATE and not blocks[k].kept))):  # section under it
            if blocks[k].label == TEASER and _shared_words(blocks[k].text, b.text) >= 2:
                return False  # the card's own second line ("Test 2022: Cube Stereo" over
            k -= 1  # "Cube Stereo im Test"); ("Story continues below" under "Advertisement"
            # announces none), or a mid-story card ("Read also: Title")
        announced = k == b.index - 1 or after is not None and _announces(b.text, after.text)
        before = blocks[k] if announced else None
    else:
        before = blocks[k] if k >= 0 else None

    def prose(x: Block | None) -> bool:
        if x is None:
            return False
        s = shapes.get(x.index)
        return x.label == STORY or (s is not None and s.shape == "prose")

    return prose(after) and prose(before)
