"""The block model: every page, HTML or text dump, becomes a sequence of blocks.

A block is one paragraph-like unit of visible text (a ``<p>``, a heading, a list item,
one line of a text dump) with the features the rule engine and the story scorer read.
Rules and scoring only ever *label* blocks; :mod:`declutter.content.assemble` turns the
labelled sequence into a :class:`declutter.record.Record`.

Labels
------
``None``        undecided (the scorer decides)
``story``       part of the story text
``title``       the story's headline
``boilerplate`` dropped; ``rule`` says which rule or heuristic dropped it
``teaser``      part of a teaser record; ``field`` says which field, ``teaser`` which record
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from dataclasses import field as _field
from typing import Any

STORY = "story"
TITLE = "title"
BOILERPLATE = "boilerplate"
TEASER = "teaser"
LABELS = (STORY, TITLE, BOILERPLATE, TEASER)
MAX_TITLE_CHARS = 300
"""Longest text (characters) ever taken as a title: a headline is a line, not a paragraph
(the longest title in the extraction benchmark's ground truth and the golden records is
under 200). A longer line is never a title, whatever its shape or tag."""


def title_sized(text: str | None) -> str | None:
    """``text`` when it can be a title (not over :data:`MAX_TITLE_CHARS`), else None."""
    return text if text is not None and len(text) <= MAX_TITLE_CHARS else None

_SPACE = re.compile(r"\s+")
INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
"""Invisible formatting characters (a regex class): soft hyphen, combining grapheme joiner,
bidi marks and embeddings/isolates, zero-width space, word joiner and invisible operators,
BOM / zero-width no-break space: the members of Unicode category Cf (format) met in web
text, plus U+034F; not the joiners ZWJ and ZWNJ, which Arabic, Persian and Indic scripts need
inside words, nor the visible prepended marks (U+0600-0605, U+06DD, U+070F, U+08E2)."""
_INVISIBLE = re.compile(f"[{INVISIBLE}]+|[\u200c\u200d]+")
_ANY_INVISIBLE = re.compile(f"[{INVISIBLE}\u200c\u200d]")
"""One character class, a quick scan: most text holds none of them."""


UNSPACED_CHARS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                  "\uf900-\ufaff")
"""The Unicode blocks (a regex class) of scripts written without spaces between words: Thai,
Lao, Myanmar, Khmer, kana and Han (CJK ideographs), their combining vowels and tones
included. Hangul is left out: Korean puts spaces between its words."""
UNSPACED = re.compile(f"[{UNSPACED_CHARS}]+")
"""Runs of :data:`UNSPACED_CHARS`."""


WORD_MARKS = "\u0f0b\u0f0c\u1361"
"""Marks (a regex class) that scripts set between their words or syllables where others leave
a space: the Ethiopic wordspace "፡" (between words), the Tibetan tsheg "་" and its non-breaking
form (between syllables; Tibetan leaves a space only after a clause's shad "།")."""
_MARKED = re.compile(f"[{WORD_MARKS}]")
_SYLLABLE = re.compile("[\u0f40-\u0fbc]+")
"""A Tibetan syllable: a run of the script's letters and their vowel signs and subjoined
letters, between tshegs, shads or spaces."""


def spaced_words(text: str) -> int:
    """Words of ``text`` as its script's own marks set them apart: its white-space separated
    tokens, an Ethiopic wordspace "፡" read as a space, and one word for each two Tibetan
    syllables (rounded up; the rate :func:`count_words` gives two Han characters, each a
    syllable too). "Two regional banks" counts three, "ኢትዮጵያ፡ውስጥ፡ዛሬ" three,
    "ལྷ་སར་བོད་ཡིག" two. Linear in the text (a split for text without such marks)."""
    n = len(text.split())
    if text.isascii() or _MARKED.search(text) is None:
        return n
    tokens = text.replace("\u1361", " ").split()
    syllables = len(_SYLLABLE.findall(text))
    if not syllables:
        return len(tokens)
    return sum(1 for t in tokens if _SYLLABLE.search(t) is None) + (syllables + 1) // 2


def count_words(text: str) -> int:
    """Words of ``text``, script-neutral: its white-space separated tokens, or, when more, one
    word for each two characters of :data:`UNSPACED` script (rounded up), the rate the dump
    readers use for CJK (Chinese words average under two characters; Thai words are longer,
    so a Thai line counts more words than it has). "Two regional banks" counts three,
    "地方銀行2行が経営統合へ" six, "2026年12月6日 10:12" two; an ASCII text is only split."""
    n = spaced_words(text)
    if text.isascii():
        return n
    return max(n, (sum(map(len, UNSPACED.findall(text))) + 1) // 2)


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


def drop_invisible(text: str) -> str:
    """``text`` without invisible formatting characters (:data:`INVISIBLE`), so a word
    written ``Stadt\\u00adrat`` reads ``Stadtrat`` as on screen; ZWJ and ZWNJ stay where they
    join two parts of a word (letters, digits or combining marks: Sinhala and the Indic
    scripts write ZWJ after a virama, a mark, as in ``ප්\u200dර``) and go elsewhere. Linear in
    the text (one regex pass; none for ASCII text)."""
    if text.isascii() or _ANY_INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(lambda m: _joiner_kept(text, m.start(), m.end()), text)


def _joiner_kept(text: str, start: int, end: int) -> str:
    """What :func:`drop_invisible` leaves of the invisible run ``text[start:end]``: a run of
    joiners (ZWJ, ZWNJ) between two word parts (:func:`_word_part`), else nothing."""
    if text[start] not in "\u200c\u200d" or start == 0 or end == len(text):
        return ""
    return text[start:end] if _word_part(text[start - 1]) and _word_part(text[end]) else ""


def _word_part(char: str) -> bool:
    """Whether ``char`` is a letter, a combining mark, a digit (Unicode L*, M*, N*) or a symbol
    such as an emoji (So), which ZWJ joins into one picture (family, profession emoji)."""
    category = unicodedata.category(char)
    return category[0] in "LMN" or category == "So"


def reader_text(text: str) -> str:
    """``text`` as a reader sees it, in one spelling: without invisible formatting characters
    (:func:`drop_invisible`) and canonically composed (Unicode NFC, as the W3C character model
    asks of web text), so canonically equivalent spellings are one string: Bengali ``\u09dc``
    and ``\u09a1\u09bc``, a precomposed ``é`` and ``e`` + combining acute. Linear in the text
    (nothing to do for ASCII text or text already composed)."""
    text = drop_invisible(text)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of a page, with its features and its label."""

    index: int
    """Position in the page's block sequence (0-based)."""
    text: str
    """Visible text; for text dumps the line exactly as it stands, minus the line break."""
    kind: str = "line"
    """``line`` for text dumps; the HTML tag for HTML (``p``, ``h2``, ``li``, ``td``, ...)."""
    path: str = ""
    """Tag path from ``body`` (HTML only), e.g. ``body/div/article/p``."""
    attrs: str = ""
    """Lower-cased class and id tokens of the block and its ancestors (HTML only)."""
    link_chars: int = 0
    """Characters of the text that sit inside links."""
    href: str | None = None
    """Target of the block's first link, absolute when the page URL is known."""
    element: Any = field(default=None, repr=False, compare=False)
    """The lxml element the block came from (HTML only); never serialised."""
    label: str | None = None
    rule: str | None = None
    """Id of the rule or heuristic that set ``label``."""
    field: str | None = None
    """Teaser field this block fills: ``title``, ``source``, ``age``, ``text``, ``url``, ``byline``."""
    teaser: int | None = None
    """Index of the teaser record this block belongs to."""
    kept: bool = False
    """Protected by a ``keep`` rule: no drop may touch it."""
    gap: bool = False
    """A blank line stands before this line (text dumps: blank lines separate sections)."""

    _n_words: int = _field(default=-1, init=False, repr=False, compare=False)
    """Cache of :attr:`words` (-1: not counted yet); a block's text never changes."""
    _prose: bool | None = _field(default=None, init=False, repr=False, compare=False)
    """Cache of :func:`declutter.content.features.is_prose` (None: not read yet)."""

    @property
    def words(self) -> int:
        """Words of the text by :func:`count_words` (counted once, on first use)."""
        n = self._n_words
        if n < 0:
            n = self._n_words = count_words(self.text)
        return n

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def set(self, label: str, rule: str) -> None:
        """Label the block unless a ``keep`` rule protects it from being dropped."""
        if self.kept and label != STORY and label != TITLE:
            return
        self.label = label
        self.rule = rule


@dataclass(slots=True)
class Page:
    """A parsed input page: its identity, metadata and block sequence."""

    id: str
    format: str
    """``html`` or ``text``: where the blocks came from."""
    blocks: list[Block]
    url: str | None = None
    source: str | None = None
    title: str | None = None
    """Headline from page metadata (og:title, h1, <title>) when the format has it."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Extra metadata: ``canonical_url``, ``published``, ``author``, ``site_name``."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Input keys carried through to the output record untouched."""
    tree: Any = field(default=None, repr=False)
    """The lxml document (HTML only), for CSS/XPath rules."""
    teasers: dict[int, dict[str, str]] = field(default_factory=dict)
    """Field values of teaser records parsed from text (``block.teaser`` indexes it). Fields
    not given here come from the blocks themselves (``block.field`` and ``block.href``)."""
    site: str | None = None
    """The site's name (HTML): ``og:site_name``, else the site part of ``<title>``
    (:func:`declutter.page_meta.split_title`); never a headline."""
    article_body: str | None = None
    """The story's text as the page's schema.org JSON-LD gives it (``articleBody``, HTML
    only): pages that render their story with scripts carry it there."""
    pictured: frozenset[Any] = field(default=frozenset(), repr=False)
    """The elements that held an ``<img>`` (the image's ancestors; HTML only): images leave
    the tree before the block walk, and a caption beside one is told by it."""

    def new_teaser(self, **fields: str) -> int:
        """Reserve the next teaser record index of this page (optionally with field values)."""
        index = len(self.teasers)
        self.teasers[index] = dict(fields)
        return index

    def undecided(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.label is None)


def text_to_blocks(text: str) -> list[Block]:
    """Split a plain-text dump into blocks: one block per non-blank line, text unchanged.

    Blank lines carry no text and only separate blocks, so they are not kept; a block after
    one has ``gap`` set.
    Trailing white space (and ``\\r``) is removed; the line is otherwise kept as it stands
    so that story paragraphs come out byte-for-byte as in the dump.
    """
    blocks: list[Block] = []
    append = blocks.append
    gap = False
    n = 0
    for line in text.splitlines():
        if line := line.strip():  # (every field given in order: a keyword call costs more)
            append(Block(n, line, "line", "", "", 0, None, None, None, None, None, None, False, gap))
            n += 1
            gap = False
        else:
            gap = True
    return blocks
