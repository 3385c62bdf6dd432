"""A text dump's page head: the masthead at its top ("QUAYLINE DIGEST | Coastal news, every hour")
and the headline over the page's byline.

A site prints its name in capitals, a separator and its tagline on the first line of every
page, above the headline. Its shape is a labelled teaser's ("READ MORE | Title": a short label
in capitals, a bar, a title-like rest) or a headline's ("NAME — tagline"), so the dump reader
took it for a teaser or, under a headline too short to read as one, for the title. By its
place it is neither: it stands at the page's top, above the page head (a headline, or a line
with the page's byline under it), and nothing but chrome stands above it. Such lines are
chrome, whatever their words.

Under the masthead, a headline with the page's byline right under it is the headline, though
the story's first line under the byline may be as short as a headline (:func:`byline_head`):
the head above the story is the page's, not a teaser card (title, meta line). A few lines read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import NamedTuple

from declutter.blocks import BOILERPLATE, Block, count_words, title_sized
from declutter.content.byline_blocks import block_headline
from declutter.content.dump_bylines import BYLINE_LINES, byline_pieces
from declutter.content.features import LETTER, named_again
from declutter.content.line_shapes import FULL_STOP, LineShape, shape_of
from declutter.content.story_run import BREAK, LONE_WORDS
from declutter.punctuation import PERIODS, STOP_CLASS

TITLE_WINDOW = 12
"""How many lines above the story run the headline may sit."""
MAX_TITLE_WORDS = 30
"""Most words of a headline."""
MASTHEAD_LINES = 3
"""How many of the page's first undecided lines may be its masthead."""
HEAD_REACH = 6
"""Most lines between a masthead and the page head (headline or byline) under it."""
NAME_WORDS = 4
"""Most words of a site's name."""
_SEPARATOR = re.compile(r"\s(?:[|｜·•—–]|-{1,2})\s")
"""Between a site's name and its tagline: a bar, a middle dot, a bullet, a dash."""
_SHAPES = frozenset({"label", "title", "chrome", "card"})
"""The shapes a masthead line takes (its words decide which)."""


def masthead(
    blocks: list[Block], shapes: dict[int, LineShape], start: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> list[Block]:
    """Label the page's masthead lines ``heuristic.masthead`` (boilerplate) and return them.

    A masthead line is one of the page's first ``MASTHEAD_LINES`` undecided lines, above the
    story run (``start``) with no prose above it, that reads as a site's name in capitals
    (at most ``NAME_WORDS`` words), a separator and a tagline no sentence end closes
    (:func:`masthead_text`), with the page head under it within ``HEAD_REACH`` lines and above
    the run: a headline-like line (``headline_like``) or a line with a byline or meta line
    right under it. Its shape does not matter. The lines are taken out of ``shapes``."""
    found: list[Block] = []
    seen = 0
    for b in islice(blocks, start):  # (no copy of the lines above the run: a few are read)
        s = shapes.get(b.index)
        if s is None:
            continue
        if s.shape == "prose" or seen >= MASTHEAD_LINES:
            break
        seen += 1
        if s.shape in _SHAPES and masthead_text(b.text, blocks) and _head_under(
                blocks, shapes, b.index, start, headline_like):
            found.append(b)
    for b in found:
        b.set(BOILERPLATE, "heuristic.masthead")
        shapes.pop(b.index)
    return found


def masthead_text(text: str, page: Sequence[Block] = ()) -> bool:
    """Whether a line reads as "NAME | tagline": a name of at most ``NAME_WORDS`` words (CJK
    counted as :func:`declutter.blocks.count_words` does) in
    capitals (at least two letters), one of the separators, then a rest with letters and no
    sentence end. A script without capitals (Devanagari, CJK, Arabic) cannot set a name in
    capitals: there a caseless name that another line of ``page`` names again (the byline,
    the copyright line) is the site's."""
    m = _SEPARATOR.search(text)
    if m is None:
        return False
    name, rest = text[: m.start()].strip(), text[m.end() :].strip()
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or count_words(name) > NAME_WORDS or not any(ch.isalpha() for ch in rest):
        return False
    if not name.isupper() and not (
            not any(ch.isupper() or ch.islower() for ch in letters)
            and named_again(name, page, besides=text)):
        return False
    return FULL_STOP.search(rest) is None


def _head_under(
    blocks: list[Block], shapes: dict[int, LineShape], top: int, start: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> bool:
    """Whether the page head stands under line ``top`` and above the run (or as its first
    line): a headline-like line, or an undecided line with a byline or meta line under it."""
    for b in blocks[top + 1 : min(start + 1, top + 1 + HEAD_REACH, len(blocks) - 1)]:
        if b.index not in shapes:
            continue
        if headline_like(b, shapes):
            return True
        under = blocks[b.index + 1]
        s = shapes.get(under.index)
        if s is not None and (s.shape == BREAK or byline_pieces(under, shapes) is not None):
            return True
    return False


class PageHead(NamedTuple):
    """The page head :func:`byline_head` finds."""

    title: Block
    lede: Block | None = None
    """The story's first line under the byline, as short as a headline."""
    bylines: tuple[Block, ...] = ()
    """Byline lines above the title (the title under them repeats the line over them), or
    under it (a byline block no byline reader parses: :mod:`~declutter.content.byline_blocks`)."""
    meta: dict[str, str] = {}
    """The fields those lines give (``author``, ``age``), when no byline reader reads them."""


def byline_head(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> PageHead | None:
    """The page head when the page's byline stands right under its headline, above the story
    run: a headline-like line (``headline_like``), one to ``BYLINE_LINES`` meta lines or
    bylines under it, then the run, or one headline-like line (the story's first line, as
    short as a headline: "Fox News Flash top entertainment headlines for Nov. 19") and then the
    run or the prose of the run. That line is not the headline: the line over the byline is,
    unless it holds two sentences (a quote over its credit: ``None``, the reader decides as
    before). When the line over the byline says what the line under it says (a breadcrumb's
    last item, "4. Title", over the headline), the line under it is the title and the
    byline is the page's. When the headline is the line under the byline cut short (a post's
    title: its first words) and that line goes on with no separator (no subtitle after a dash
    or a colon), it is the story's lede; else it is left to the reader (a share row). A few
    lines read."""
    for lede in (start - 1, start):
        if lede < 1 or lede >= end or not headline_like(blocks[lede], shapes) or (
                lede == start - 1 and not _prose(blocks[start], shapes)) or (
                lede == start and (start + 1 >= end or not _prose(blocks[start + 1], shapes))):
            continue
        k = lede - 1
        while (k > 0 and lede - k <= BYLINE_LINES and blocks[k].index in shapes
               and meta_line(blocks[k], shapes)):
            k -= 1
        if k < lede - 1 and headline_like(blocks[k], shapes):
            head, first = blocks[k], blocks[lede]
            whole, cut = " ".join(first.text.split()), " ".join(head.text.split())
            rest = whole[len(cut):].lstrip()  # not a subtitle after a dash: "Title – Subtitle"
            if whole.startswith(cut) and rest and rest[0] not in _SUBTITLE:
                return PageHead(head, first)
            if _SENTENCES.search(head.text):
                return None  # a quote over its credit, not a headline
            if _repeats(head.text, first.text):
                return PageHead(first, None, tuple(blocks[k + 1 : lede]))
            return PageHead(head)
    found = block_headline(blocks, shapes, start, headline_like)  # a byline no reader parses
    return PageHead(found[0], None, *found[1:]) if found is not None else None


_SENTENCES = re.compile(rf"{LETTER}{{2}}[{STOP_CLASS}]\s+\w")
"""A sentence end inside a line: two sentences (a word may end in a combining vowel sign, "যাচ্ছে।")."""
_SUBTITLE = frozenset("-–—:|·•(")
"""What sets a longer headline's subtitle apart from its words ("Teil 49 – Büssing-NAG")."""


def _repeats(one: str, other: str) -> bool:
    """Whether two lines say the same: half the words of each (case folded) stand in the
    other ("4. Frauen im THW: ..." over "Frauen im THW: ..."). The story's first paragraph
    restates its headline's words among many more of its own: in a script whose sentences and
    headlines end alike (the Tibetan shad closes both) it reads as a headline, and is none."""
    a, b = set(_WORDS.findall(one.casefold())), set(_WORDS.findall(other.casefold()))
    return bool(a and b) and 2 * len(a & b) >= max(len(a), len(b))


_WORDS = re.compile(r"[^\W\d_]{2,}")


def meta_line(b: Block, shapes: dict[int, LineShape]) -> bool:
    """Whether a line is a meta line by its shape, undecided or dropped by a rule, or a byline
    whatever shape its separators give it ("Von Katrin Vogel | Nordkurier24 | vor 2 Stunden":
    :func:`~declutter.content.dump_bylines.byline_pieces`)."""
    s = shapes.get(b.index)
    if s is None:
        return b.label == BOILERPLATE and not b.kept and shape_of(b.text).shape == BREAK
    return s.shape == BREAK or byline_pieces(b, shapes) is not None


def _prose(b: Block, shapes: dict[int, LineShape]) -> bool:
    s = shapes.get(b.index)
    return b.label is None and s is not None and s.shape == "prose"


def chrome_only(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> bool:
    """Whether the story run is one prose line of fewer than ``LONE_WORDS`` words with no
    headline-like line (``headline_like``) in the ``TITLE_WINDOW`` lines above it: a page of
    chrome whose one sentence is a pitch or a notice ("Subscribe to our daily newsletter and
    never miss the most important news." between the menu and the footer), not a story of one paragraph (which
    stands under its headline, or is longer)."""
    # (two prose lines are read at most: a run of more is a story)
    run = (b for b in islice(blocks, start, end) if shapes.get(b.index, _NONE).shape == "prose")
    prose = list(islice(run, 2))
    return (len(prose) == 1 and shapes[prose[0].index].words < LONE_WORDS
            and not any(headline_like(b, shapes) for b in blocks[max(0, start - TITLE_WINDOW):start]))


_NONE = LineShape("none", 0)


def dump_title(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> Block | None:
    """The headline: the line that reads as one (``headline_like``) nearest the story run,
    i.e. the run's own first line, else the closest such line of the ``TITLE_WINDOW`` lines above
    it; a masthead, a nav row or a menu row (:func:`menu_row`) further up ("GULL POST",
    "Home | World", "News  Sport  Weather") is not one. Failing
    that, the first undecided line when it is title-like, else the longest title-like line of
    the window; a paragraph ending in a period (:func:`_sentence`) is none of them."""
    lead = blocks[start] if start < end else None
    # (a Title-Case headline reads as a menu row but for the byline under it)
    above = next((b for b in reversed(blocks[max(0, start - TITLE_WINDOW):start]) if headline_like(b, shapes)
                  and not (menu_row(b.text) and not _over_meta(blocks, shapes, b))), None)
    # a sentence-long lead with a headline above it is the story's standfirst, not its headline
    if lead is not None and headline_like(lead, shapes) and not headline_like(
            blocks[start + 1] if start + 1 < end else None, shapes) and (
            above is None or shapes[lead.index].shape != "prose"):
        return lead
    if above is not None:
        return _over_label(blocks, shapes, above, headline_like) or _over_standfirst(
            blocks, shapes, above, headline_like)
    free = [b for b in blocks[: max(start, 1)]
            if b.index in shapes and not b.kept and title_sized(b.text)]
    if not free:
        return None
    first = free[0]
    fit = ("title", "short", "label", "card")
    near = start - first.index <= TITLE_WINDOW or start == 0
    if shapes[first.index].shape in fit and near and (shapes[first.index].words >= 3 or len(first.text) >= 8):
        return first
    window = [
        b
        for b in free
        if b.index >= start - TITLE_WINDOW
        and shapes[b.index].shape in ("title", "prose")
        and shapes[b.index].words <= MAX_TITLE_WORDS
        and not _sentence(b, shapes)
    ]
    if window:
        return max(window, key=lambda b: (shapes[b.index].shape == "title", shapes[b.index].words))
    return None if _sentence(first, shapes) else first


def _over_meta(blocks: list[Block], shapes: dict[int, LineShape], b: Block) -> bool:
    """Whether the line right under ``b`` is a meta line or a byline ("Site · 3 hours ago"):
    a headline in Title Case stands over it, a menu row does not."""
    k = b.index + 1
    return k < len(blocks) and blocks[k].index == k and k in shapes and meta_line(blocks[k], shapes)


_PERIOD = re.compile(r"(?<!\.)[" + re.escape(PERIODS) + r"][\"'”’»)\]」』]*$")
"""A statement's end: a headline may ask or exclaim ("Is this the end?") or trail off ("..."),
it ends in no period."""


def _sentence(b: Block, shapes: dict[int, LineShape]) -> bool:
    """A prose line ending in a period: a paragraph, never the title (a page with no headline
    keeps its first paragraph in the story)."""
    return shapes[b.index].shape == "prose" and _PERIOD.search(b.text) is not None


_LABELLED = re.compile(r"^[^\W\d_][^\s:：\d]*(?: [^\s:：\d]+){0,2}\s?[:：]\s+\S")


def labelled(text: str) -> bool:
    """Whether a line opens with a label of one to three words (no digit) and a colon
    ("Sponsored: ...", "Patrocinado: ..."), in any script."""
    return _LABELLED.match(text) is not None


def _over_label(
    blocks: list[Block], shapes: dict[int, LineShape], line: Block,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> Block | None:
    """The headline above a labelled line: when ``line`` opens with a short label and a colon
    (:func:`labelled`: a sponsored link, a "Read also" card between the headline and the
    byline) and the line right above it (no blank line between) reads as a headline with no
    label of its own, neither in capitals nor a menu row nor the site's name, that line is
    the page's headline and ``line`` a card under it. Else ``None``. Two lines read."""
    upper = blocks[line.index - 1] if line.index > 0 and not line.gap else None
    if upper is None or not labelled(line.text) or labelled(upper.text):
        return None
    if headline_like(upper, shapes) and not (upper.text.isupper() or menu_row(upper.text)
                                             or site_name(blocks, upper)):
        return upper
    return None


DEK_MARGIN = 3
"""Fewest words by which a standfirst outruns the headline above it (two stacked teaser
headlines are alike in length)."""


def _over_standfirst(
    blocks: list[Block], shapes: dict[int, LineShape], line: Block,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> Block:
    """The headline above a standfirst without a full stop: when ``line`` is prose-shaped and
    the line right above it (no blank line between) reads as a headline too, has at least
    ``DEK_MARGIN`` words fewer and is neither in capitals (a masthead) nor a menu row
    (:func:`menu_row`), ``line`` is the
    standfirst (a dek runs longer than its headline: "Council approves new ferry terminal" over
    "The £40m building will replace the shed and open in 2028") and that line the headline;
    else ``line`` (also when that line is the site's name, :func:`site_name`)."""
    upper = blocks[line.index - 1] if line.index > 0 and not line.gap else None
    if upper is not None and shapes[line.index].shape == "prose" and headline_like(upper, shapes) and (
            shapes[upper.index].words + DEK_MARGIN <= shapes[line.index].words) and not (
            upper.text.isupper() or menu_row(upper.text) or site_name(blocks, upper)):
        return upper  # (a masthead in capitals or a menu over the headline is no headline)
    return line


def site_name(blocks: list[Block], line: Block) -> bool:
    """Whether a line reads as the site's name: at most ``NAME_WORDS`` words, no sentence
    punctuation, and the page says it again inside a longer line further down (the footer's
    copyright, a teaser's source, an app pitch: "© Diario del Tajo 2026"). A headline is
    not repeated inside the page's chrome. One pass over the lines below, only for a line that
    may be a name."""
    name = " ".join(line.text.split()).casefold()
    if len(name.split()) > NAME_WORDS or _NAME_PUNCT.search(name) or not any(ch.isalpha() for ch in name):
        return False
    return named_again(name, blocks, start=line.index + 2, caseless=True, longer=True)


_NAME_PUNCT = re.compile("[" + STOP_CLASS + ",;:]")


MENU_WORDS = 3
"""Fewest items of a menu row read by its shape."""


def menu_row(text: str) -> bool:
    """Whether a line is a run of capitalised words and nothing else: at least ``MENU_WORDS``
    words, each a capital letter then at least two more letters, no digit, no punctuation
    ("Zprávy  Domácí  Zahraničí  Ekonomika  Sport"). A headline has a lowercase word (a
    function word, a verb in sentence case: "Praha zdraží jízdné v MHD"), a short function
    word even in title case ("How To Scrape Google With Python") or punctuation."""
    words = text.split()
    return len(words) >= MENU_WORDS and all(
        w[0].isupper() and w.isalpha() and len(w) > 2 for w in words)
