"""Shallow features of one block, shared by the story readers and the teaser-card reader.

In the manner of boilerpipe (Kohlschütter et al., WSDM 2010) and jusText: word count, sentence
punctuation and link density of a block decide whether it reads as prose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import ahocorasick

from declutter.blocks import UNSPACED_CHARS, Block
from declutter.content.separators import POINTS, character_class
from declutter.punctuation import STOP_CLASS

SENTENCE_END = re.compile("[" + STOP_CLASS + r"…:;\"”’)\]」』]\W*$")
CJK = re.compile(f"[{UNSPACED_CHARS}\uac00-\ud7af]")
"""One character of a script the readers count in characters rather than space-separated
words: every script written without spaces between words (:data:`declutter.blocks.UNSPACED_CHARS`:
Han, kana, Thai, Lao, Myanmar, Khmer), and Hangul, whose words run long. Named for the
scripts that showed it first; a Thai or Khmer line is read as a Chinese one is."""
MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
         "\u0900-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff")
"""Combining marks (for a ``[...]`` class) that ``\\w`` does not match though they are part of
a word: accents set apart, Hebrew points, Arabic vowel signs ("أيضاً"), the Indic scripts'
vowel signs ("पढ़ें"; their blocks whole), Thai vowels and tones, the Lao, Tibetan, Myanmar
and Khmer blocks whole."""


def _combining(ranges: str) -> str:
    """The combining marks (Unicode categories ``Mn``, ``Mc``, ``Me``) among the characters
    of a class body's ``ranges``, as a class body of ranges: no digit nor punctuation of their
    blocks (the Devanagari digits, its danda "।" that ends a sentence)."""
    marks = [i for a, b in re.findall(r"(.)(?:-(.))?", ranges, re.S) for i in range(ord(a), ord(b or a) + 1)
             if unicodedata.category(chr(i)).startswith("M")]
    runs = [[marks[0], marks[0]]]
    for i in marks[1:]:
        if i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


_BMP_MARKS = _combining("\u0300-\uffff")
LETTER = rf"(?:[^\W\d_]|[{_BMP_MARKS}\u0f0b])"
"""One character of a word's letters (for a regex): a letter, or a combining mark of any
script of the Basic Multilingual Plane (a vowel sign: ``\\w`` cuts "ডাউনলোড" at each one, and
"ꯄꯨꯡ" of the Meetei Mayek script as well); never a digit nor a
sentence stop of those blocks ("pre 2 sata।": the danda ends the sentence, no letter). The
Tibetan tsheg "་" is one too after a word's first letter: it joins the syllables of a word
("ཆུ་ཚོད", "hours"), as letters join in other scripts."""
LETTERS = rf"[^\W\d_]{LETTER}*"
"""A word of letters and their combining marks ("গতকাল", "í"), a letter first."""


def fold(text: str) -> str:
    """The form texts are compared in (exact/phrase/prefix rules, a headline against the
    page's title): white space collapsed, case folded."""
    return " ".join(text.split()).casefold()


def named_again(name: str, blocks: Sequence[Block], *, start: int = 0, stop: int | None = None,
                caseless: bool = False, longer: bool = False, besides: str | None = None) -> bool:
    """Whether a line of ``blocks[start:stop]`` says ``name`` again (a site's name in the byline,
    the copyright line, a teaser's source): holds it, case folded when ``caseless``; inside a
    longer line only when ``longer``; a line whose text is ``besides`` (the line naming it)
    does not count. One pass over the lines in the bounds."""
    needle = name.casefold() if caseless else name
    for b in blocks[start:stop]:
        text = b.text
        if (needle in (text.casefold() if caseless else text) and (not longer or len(text) > len(name))
                and text != besides):
            return True
    return False


def is_prose(b: Block) -> bool:
    """Sentence-like text: enough words (or CJK characters) and not mostly links.

    Long blocks may carry more inline links (news digests link every item) than short ones.
    Read once per block (the scorer asks many times; a block's text and links never change).
    """
    prose = b._prose
    if prose is None:
        prose = b._prose = _is_prose(b)
    return prose


def _is_prose(b: Block) -> bool:
    words = b.words
    ld = b.link_density
    if ld > (0.75 if words >= 40 else 0.55 if words >= 20 else 0.35):
        return False
    if words >= 12:
        if not _ROW_MARK.search(b.text):
            return True
        return not is_record_row(b) and (not _row(b.text) or _table_row(b))
    if words >= 6 and SENTENCE_END.search(b.text):
        return True
    text = b.text  # (ASCII text holds no CJK character)
    return len(text) >= 20 and not text.isascii() and len(CJK.findall(text)) >= 15


_ROW_MARK = re.compile(rf"\s{character_class(POINTS)}\s")


def _row(text: str) -> bool:
    """A row of short pieces set apart by bars or dots ("Home | World | Business | Sport",
    "Share: Facebook · X · Email"): a nav or share row however many words it has, no prose."""
    from declutter.content.line_shapes import is_row  # (line_shapes reads this module)

    return is_row(text)


def is_record_row(b: Block) -> bool:
    """A line of labelled fields set apart by bars or dots of its own ("Views: 1120 | Added by:
    Posh | Tags: ... | Rating: 0.0/0", :func:`declutter.content.line_shapes.is_field_row`): a
    post's record, not prose, nor data a table lists (a table row of several cells, whose
    bars only join its cells, is none)."""
    from declutter.content.line_shapes import is_field_row  # (line_shapes reads this module)

    el = b.element
    if b.kind == "tr" and el is not None and sum(c.tag in ("td", "th") for c in el) > 1:
        return False
    return is_field_row(b.text)


def _table_row(b: Block) -> bool:
    """A row of a table of several rows (its cells joined by bars): data, not a nav row (a
    one-row layout table's)."""
    el = b.element
    if b.kind != "tr" or el is None:
        return False
    return el.getprevious() is not None or el.getnext() is not None


def linked_sentence(b: Block) -> bool:
    """A full sentence that happens to be mostly a link ("The suspect, <a>Michael Webb, was
    convicted</a> ..."): story text, unlike a link list item or a teaser headline."""
    return b.link_density < 0.75 and b.words >= 10 and SENTENCE_END.search(b.text) is not None


POINTER_WORDS = 30
"""Most words of a pointer line ("More in our report.", "Part 2 of <a>...</a>")."""
POINTER_SHARE = 0.25
"""Least link share of a pointer line of 12 words or more."""


def is_pointer(b: Block) -> bool:
    """A short line that points to another page rather than saying something: it carries a
    link and is either short (under 12 words: "Find out more here.") or a quarter link text or
    more (under ``POINTER_WORDS`` words: "Tip: all news of 2021 on the page <a>News 2021</a>")."""
    if not b.link_chars or b.words >= POINTER_WORDS:
        return False
    return b.words < 12 or b.link_density >= POINTER_SHARE


def block_value(b: Block) -> float:
    """How much a block argues for the subtree that holds it being the story.

    Prose counts for its text outside links and against for its link text; link-dense
    text counts against; other short text is neutral (list items, table cells, labels).
    """
    if is_prose(b):
        value = len(b.text) - 2 * b.link_chars
        return value / 2 if b.kind == "li" else value
    return -1.5 * b.link_chars if b.link_density > 0.35 else -0.5 * b.link_chars


_HEADING_KINDS = frozenset(f"h{d}" for d in range(10))


def is_heading(b: Block) -> bool:
    """A heading block (kind ``h1`` ... ``h6``; any ``h`` and one digit)."""
    return b.kind in _HEADING_KINDS


class WholeWords:
    """A search for any of a set of words as a whole token (a ``\\w+`` run of its own): the
    same answer as looking a text's ``\\w+`` tokens up in the set, with no token list. One
    Aho-Corasick pass first finds whether any word is in the text at all (most lines hold
    none: the regex, which tries every position, then never runs); the regex then tells a
    whole token from a part of a longer word ("our" in "hour"). A word with other characters
    can be no such token: left out."""

    __slots__ = ("regex", "_finder")

    def __init__(self, vocabulary: frozenset[str]) -> None:
        words = sorted(w for w in vocabulary if re.fullmatch(r"\w+", w))
        self.regex = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)" if words else "(?!)")
        self._finder: Any = None
        if words:
            self._finder = ahocorasick.Automaton()
            for w in words:
                self._finder.add_word(w, w)
            self._finder.make_automaton()

    def search(self, text: str) -> re.Match[str] | None:
        """The first whole word of the set in ``text`` (as ``regex.search``), or None. The
        regex runs only when one of the automaton's hits is a whole token (no word character,
        ``str.isalnum`` or "_" as ``\\w`` reads them, on either side): most hits are parts of
        longer words ("our" in "hour", "us" in "business")."""
        if self._finder is None:
            return None
        last = len(text) - 1
        for end, word in self._finder.iter(text):
            start = end - len(word)  # (the character before the hit; -1: none)
            if ((start < 0 or not ((c := text[start]).isalnum() or c == "_"))
                    and (end == last or not ((c := text[end + 1]).isalnum() or c == "_"))):
                return self.regex.search(text)
        return None

    def findall(self, text: str) -> list[str]:
        """Every whole word of the set in ``text``, in order (as ``regex.findall``)."""
        return self.regex.findall(text) if self.search(text) is not None else []
