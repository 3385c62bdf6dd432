"""Shallow features of one line of a text dump, and the shape they give it.

In the manner of jusText (Pomikálek 2011) and boilerpipe (Kohlschütter et al., WSDM 2010): a
line's length in words, its sentence punctuation, its separators and digits decide what it
*looks like*; the dump story reader (:mod:`declutter.content.dump_story`) then decides what it
*is* from its neighbours. Every feature is one pass over the line (linear in its length).

Shapes
------
``prose``   a sentence or paragraph: >= 12 words, or >= 6 words ending in sentence punctuation,
            or >= 15 CJK characters ending so, or >= 40 CJK characters
``meta``    a card's meta line: an age alone or a source and an age ("Source · 2 h")
``card``    a whole teaser on one line: title, source and age ("Title — Source, 3h")
``label``   a labelled one-line teaser: a label of <= 4 words (<= 10 CJK characters), a
            separator (ASCII or full-width colon, arrow, bar), a title ("READ MORE: Title",
            "RELATED → Title", "あわせて読みたい：Title"), or an arrow, a CJK label, a title
``url``     a link address, optionally after a short label ("Leer más: https://...")
``chrome``  interface text: one token, a label ending in ":", hashtags, ``a | b | c`` rows,
            >= 30 words with no punctuation (a tag cloud),
            a short line addressing the reader ("Get our app"), a sentence of <= 25 words in
            which the site speaks to the reader ("Download our app for alerts on your phone.")
``title``   title-like: 3-25 words (or >= 6 CJK characters), no sentence end, or a line in
            title case
``excerpt`` (set by the story reader) prose that stands alone in a repeated list
``short``   anything else (1-2 words, names, sources)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from declutter.blocks import spaced_words
from declutter.char_runs import DIGIT, WORD
from declutter.content.aged_ends import CLOSED_AGE_WORDS, aged_end, closed_age
from declutter.content.ages import CACHED_LINES, is_age_fast, may_hold_age
from declutter.content.card_lines import card_line_fields, meta_fields
from declutter.content.features import CJK, MARKS
from declutter.content.names import credit_names
from declutter.content.pitches import ADDRESS_WORDS
from declutter.content.pitches import QUOTES as _QUOTES
from declutter.content.pitches import READER_VOICE as _READER_ADDRESS
from declutter.content.pitches import is_pitch as _pitch
from declutter.content.separators import SPACED
from declutter.punctuation import ASKS, PERIODS, SCRIPT_CLOSES, STOP_CLASS, STOPS, unclosed

if TYPE_CHECKING:
    from declutter.blocks import Block

PROSE_WORDS = 12
"""Words from which a line is prose whatever its punctuation (jusText's "long" is 200 chars)."""
SENTENCE_WORDS = 6
"""Words from which a line ending in sentence punctuation is prose."""
CJK_PROSE = 40
"""CJK characters from which a line is prose whatever its end (15 with a full stop)."""
TITLE_WORDS = (3, 25)
"""Word range of a title-like line."""
EXCERPT_LINES = 2
"""Most lines of one card's excerpt that a list's other cards lack: a list keeps its stride
over them (:mod:`declutter.content.line_repeats`) and its cards their chunks
(:mod:`declutter.content.card_segments`)."""

WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
"""A web address written out (``fullmatch``: a line that is one, "https://…", "www.…")."""
_URL = re.compile(rf"^(?:[^\s:]{{1,20}}(?: [^\s:]{{1,20}}){{0,3}}\s*:\s*)?{WEB_ADDRESS.pattern}$", re.I)
"""A line that is a web address, after a label of at most four words ("Source: https://…")."""
_LEAD = r"(?:[^\w\s\"'“”„«»‘’()\[\]【<〈《#@]{1,3}\s*)?"
"""Up to 3 symbols or an emoji before a label ("👉 LEGGI ANCHE:"); no quote, bracket (angle
brackets too: "<The Palace: Tale of Jang Noksu>" names a work, its colon is inside), # or @."""


def _script_marks() -> str:
    """The body of a regex class of the punctuation marks (Unicode category ``Po``) of the
    scripts of U+0370-U+1FFF other than their sentence ends (:data:`declutter.punctuation.
    STOPS`): the Armenian "՝", the Ethiopic "፥" and "፦", the Syriac and Mongolian colons...
    which end a label as ":" does ("Կարդացեք նաև՝ Title"); by category, no list of characters.
    A separator inside numbers and lists (bidirectional class ``CS``: the Arabic comma "،",
    as ",") is none."""
    return "".join(re.escape(c) for i in range(0x0370, 0x2000)
                   if unicodedata.category(c := chr(i)) == "Po" and unicodedata.bidirectional(c) != "CS"
                   and c not in STOPS)


SCRIPT_MARKS = _script_marks()
_LABEL_WORD = rf"[\w'’{MARKS}]+(?:-[\w'’{MARKS}]+)*"
"""A word of a label, maybe hyphenated inside ("Сондай-ақ", "Lire aussi")."""
_LABEL = re.compile(rf"^{_LEAD}(?P<label>[^\W\d](?:-?[\w'’{MARKS}])*(?: {_LABEL_WORD}){{0,3}})"
                    rf"(?:\s*(?P<sep>:|：|→|»|›|>|\|)\s*|(?P<mark>[{SCRIPT_MARKS}])\s+)(?P<rest>\S.*)$"
                    r"|^(?P<bracket>【[^】]{1,12}】|\[[^\]]{1,20}\])\s*(?P<after>\S.*)$"
                    r"|^[▶►▷▸➡→»›]\ufe0f?\s*(?P<word>[^\W\d]\w{1,9})\s+(?P<title>\S.*)$")
"""A label: <= 4 words, each maybe hyphenated inside (or <= ``LABEL_CJK`` CJK characters; a word
may hold combining marks:
"اقرأ أيضاً", "यह भी पढ़ें") before a separator (an ASCII or
full-width colon, an arrow, a bar, or a script's own mark right after the label:
``SCRIPT_MARKS``), a bracketed label ("【関連記事】"), or a CJK word after an
arrow ("▶次に読む Title": CJK sets no colon after a label led so)."""
LABEL_WORDS = 3
"""Most words of a label before a colon ("Lesen Sie auch:"): a longer lead is a sentence's."""
LABEL_CJK = 10
"""Most CJK characters of a label ("あわせて読みたい：", "함께 보면 좋은 기사:"): a longer lead is
a clause ("知事は金曜日の記者会見で：")."""
_HASHTAGS = re.compile(r"^(?:[#@]\w[\w-]*[\s,]*)+$")
_ROW = re.compile(r"\s[|·•]\s|\s{3,}")
_PIECES = re.compile(r"\s[|·•/]\s|\s{3,}")
"""Where a row of short pieces splits: a bar, a dot, a slash ("email / text / print")."""
_MARKERS = frozenset("*+")
"""The marker a renderer sets before a list item ("* Item": ``inscriptis``); the item's shape
is its text's (the marker is no word of it)."""
_NUMBERED = re.compile(r"\[\d{1,3}\]\s+(?=\S)")
"""A bracketed number before a list item ("[2] Title — Source — 4h"): the item's marker, no
label; the item's shape is its text's."""
WORD_LIST = 30
"""Words from which a line with no punctuation at all is a list of words run together (a tag
cloud, a menu whose links no space or bar sets apart), not a sentence (tuned on the tuned
halves of the rendered benchmark pages and of trafilatura-eval: from 30 words 6 pages gain,
none loses; from 15 or 20 some captions and headlines are lost)."""
WORD_LIST_CAPITALS = 0.3
"""Least share of a word list's words that begin with a capital (a cloud of names and topics):
running text cut short ("... the council said on Monday that the plan would") has fewer, and
stays prose (tuned on the generated teaser excerpts of the even families and on the tuned
halves of the rendered pages)."""
_PUNCT = re.compile("[" + STOP_CLASS + ",;:…，、]")
# a sentence ends in . ! ? (or the sentence mark of another script, :mod:`declutter.punctuation`),
# then maybe closing quotes or brackets; a bracket alone ("... (£10bn)") ends a headline as often
# as a sentence
FULL_STOP = re.compile("[" + STOP_CLASS + r"…][\"'”’»)\]」』]*$")
_SENTENCE_LAST = frozenset(STOPS + ";؛")  # (the Latin semicolon and the Arabic script's own)
_CARD_LAST = _SENTENCE_LAST - frozenset(ASKS)
"""A one-line card's last character is no full stop; its title may end in ? or ! ("5h ·
Source · Can blades be recycled?")."""
_LABEL_REST_END = frozenset(STOPS + "…:;")
_TAILED_END = re.compile(r"\s*\([^()]*\)$|\s+(?:[·|•‧∙◦—–-]|::)\s+(?=[^·|•‧∙◦—–()-]*\d)[^·|•‧∙◦—–()-]{1,30}$")
"""A line's bracketed end ("(1h)") or its last short piece with a number after a separator
(" — 1 soat oldin"; not a credit's " - © Name - stock.example.com")."""
_STATEMENT_END = frozenset(PERIODS)
_COLONS = frozenset((":", "："))
_CARD_HINT = re.compile(r"[·|•—–()（\[・｜\t]|\s-\s|\s::\s|,\s")
_LABEL_HINT = re.compile(rf"[:：→»›>|【\[▶►▷▸➡{SCRIPT_MARKS}]")
_LINK = re.compile(r"https?://|www\.")


@dataclass(slots=True)
class LineShape:
    """What one line looks like (see the module docstring for the shapes)."""

    shape: str
    words: int
    fields: dict[str, str] | None = None
    """Parsed teaser fields for ``meta``, ``card``, ``label`` and ``url`` lines."""
    digit: bool | None = field(default=None, compare=False)
    """Whether the line holds a digit (``None``: not read; a long sentence's shape needs none)."""


def is_prose_text(text: str, words: int) -> bool:
    """Sentence-like text (the thresholds above)."""
    if words >= PROSE_WORDS:
        return True
    if words >= SENTENCE_WORDS and FULL_STOP.search(text):
        return True
    if len(text) < 20 or text.isascii():  # (CJK characters are not ASCII)
        return False
    cjk = len(CJK.findall(text))  # a CJK headline is as long as a sentence: its end tells
    return cjk >= CJK_PROSE or (cjk >= 15 and FULL_STOP.search(text) is not None
                                and not aged_end(text, unread=True))  # "ข่าวสยาม · 1 ชม.": no sentence


def is_title_like(text: str, words: int) -> bool:
    """A headline's shape: 3-25 words (or >= 6 CJK characters), no final full stop."""
    low, high = TITLE_WORDS
    # (the Latin marks and the Arabic script's own; a short line ending in "。" or "।" stays one:
    # a subheading)
    if text.endswith((".", ":", ",", ";", "۔", "،", "؛")):
        return False
    if low <= words <= high:
        return True
    return words < low and not text.isascii() and len(CJK.findall(text)) >= 6


def _capitalised(text: str) -> bool:
    """At least ``WORD_LIST_CAPITALS`` of the line's words that begin with a cased letter begin
    with a capital, and one does (one pass; a script without case, as Thai or Chinese, sets
    neither: its words do not count)."""
    upper = cased = 0
    for word in text.split():
        first = word[0]
        if first.isupper():
            upper += 1
            cased += 1
        elif first.islower():
            cased += 1
    return upper > 0 and upper >= WORD_LIST_CAPITALS * cased


ROW_PIECE_WORDS = 3
"""Most words of each piece of a row of links or actions ("Share: Facebook | X | Email | Copy
link"): a row of >= 3 such pieces is chrome however many words it has in all."""


ROW_LABEL_WORDS = 5
"""Most words of the label a row of short pieces may follow ("Share this article: Facebook |
X | Email"): the label's length does not make the row a sentence."""


def is_row(text: str) -> bool:
    """A row of at least three short pieces set apart by bars, dots or wide gaps ("Share:
    Facebook | X | Email"): interface, never a heading, whatever words it shares."""
    return _row_mark(text) and _short_pieces(text)


def _row_mark(text: str) -> bool:
    """``_ROW.search(text) is not None``, searched only in a line holding one of its marks or
    three spaces in a row (every white space but the space is unprintable: a run of other
    white space makes the line so); most lines hold neither, and the search tries its white
    space at every character."""
    return (("|" in text or "·" in text or "•" in text or "   " in text or not text.isprintable())
            and _ROW.search(text) is not None)


def _short_pieces(text: str) -> bool:
    pieces = _PIECES.split(text)
    label, colon, first = pieces[0].rpartition(":")
    if colon and len(label.split()) <= ROW_LABEL_WORDS:
        pieces[0] = first
    return len(pieces) >= 3 and all(len(p.split()) <= ROW_PIECE_WORDS for p in pieces)


FIELD_WORDS = 6
"""Most words of each field of a row of labelled fields ("Views: 1120 | Added by: Posh | Tags:
Cats, Dogs | Rating: 0.0/0"), its label's included."""


def is_field_row(text: str) -> bool:
    """A row of at least three labelled fields set apart by bars or dots, each a label of at
    most ``LABEL_WORDS`` words, a colon and a value, of at most ``FIELD_WORDS`` words in all:
    a post's record (views, author, tags, rating), never prose, however many words it has."""
    if not _row_mark(text):
        return False
    pieces = _PIECES.split(text)
    return len(pieces) >= 3 and all(
        len(p.split()) <= FIELD_WORDS and 0 < len(p.partition(":")[0].split()) <= LABEL_WORDS
        and p.partition(":")[2].strip() for p in pieces
    )


TITLE_CASE_SHARE = 0.7
"""Share of capitalised words from which a line of <= 20 words without a full stop is a
headline in title case ("Can Babies Learn To Love Vegetables?"), not prose."""


def _title_case(text: str, words: int) -> bool:
    if words < 4 or words > 20 or text[-1] == ".":
        return False
    tokens = [w for w in text.split()[1:] if w[:1].isalpha()]
    return bool(tokens) and sum(w[0].isupper() for w in tokens) >= TITLE_CASE_SHARE * len(tokens)


def _labelled(text: str) -> dict[str, str] | None:
    """``{"title", "label"}`` of "LABEL: Title" / "RELATED → Title", or ``None``."""
    m = _LABEL.match(text)
    if m is None:
        return None
    if m.group("bracket"):  # "【関連記事】Title", "[RELATED] Title"
        rest, label, start = m.group("after"), m.group("bracket"), m.start("after")
    elif m.group("word"):  # "▶次に読む Title": a CJK label, no colon
        rest, label, start = m.group("title"), m.group("word"), m.start("title")
        if len(CJK.findall(label)) != len(label):
            return None
    else:
        rest, label, start = m.group("rest"), m.group("label"), m.start("rest")
        if label[-1:].isdigit() and text[start - 1 : start] == ":" and text[start : start + 1].isdigit():
            return None  # "Updated 1:39 am EST, ...": a clock's colon (digits right around it),
            # no label's ("Teil 2: 5 Apps ...")
        lead = text[: m.start("label")].strip()
        if lead and rest.endswith(lead):  # "--- Read also: Title ---": the lead's mirror
            rest = rest[: -len(lead)].rstrip() or rest
    rest_words = len(rest.split())
    if (
        rest_words < 4 and len(CJK.findall(rest)) < 6
        or not is_title_like(rest, rest_words)
        or rest[-1] in _LABEL_REST_END  # a bracket or a quote ends a headline as well
        or _TAILED_END.sub("", rest)[-1:] in _STATEMENT_END  # "Name: A sentence. (1h)", "Name:
        # A sentence. — 1h": a comment (its author, its words, its age), no headline (which may ask)
        or _row_mark(rest)
        or m.group("mark") and rest[0] in SPACED  # "Name། · 3h": a Tibetan name closed by its
        # shad, then a meta line's separator; a label's mark has the title right after it
        or "/" in rest and credit_names(text) >= 2  # "Foto: Name / Name": a photo credit
        or " / " in rest and _short_pieces(rest)  # "Share this: email / text message / print"
        or m.group("sep") in _COLONS and _LINK.search(rest)  # "Tested by: Name RRP: £23.99
        # More info: www.x.co.uk": a row of fields; an arrow or a bar points to a teaser all the same
    ):
        return None
    cjk = len(CJK.findall(label))
    if cjk > LABEL_CJK or is_age_fast(rest):
        return None
    if (m.group("sep") in _COLONS or m.group("mark")) and not cjk and len(label.split()) > LABEL_WORDS:
        return None
    return {"title": rest.strip(), "label": text[:start].strip()}


CACHED_CHARS = 200
"""Lines up to this length have their shape cached (chrome recurs on every page of a site)."""
def shape_of(text: str) -> LineShape:
    """The shape of one line (stripped text); the result is shared, never mutate it."""
    return _cached_shape(text) if len(text) <= CACHED_CHARS else _shape(text)


def shapes_of(blocks: Iterable[Block]) -> dict[int, LineShape]:
    """``{block.index: shape_of(block.text)}`` of the undecided blocks (no label, not kept) of
    a dump's stripped lines, :func:`shape_of` inlined (one call a line, not two); the results
    are shared, never mutate them."""
    cached, uncached = _cached_shape, _shape
    return {b.index: cached(t) if len(t := b.text) <= CACHED_CHARS else uncached(t)
            for b in blocks if b.label is None and not b.kept}


@lru_cache(maxsize=CACHED_LINES)
def _cached_shape(text: str) -> LineShape:
    return _shape(text)


def _shape(text: str) -> LineShape:
    """Cheap tests first: most lines of a page are decided by their word count and last
    character before any regular expression runs. Each feature is read once a line (the
    lower-cased text, the digit, the card separator hint) and reused by the later tests."""
    while True:  # a list item's marker, maybe several ("* [2] Title"): the item's own shape
        if text[0] in _MARKERS and text[1:2] == " " and len(text) > 2:
            text = text[2:].lstrip()  # (not cached apart: one cache entry a line)
        elif text[0] == "[" and (m := _NUMBERED.match(text)) is not None:  # "[2] Title": its number
            text = text[m.end():]
        else:
            break
    words = len(text.split()) if text.isascii() else spaced_words(text)  # (a split for ASCII)
    last = text[-1]
    if last in SCRIPT_CLOSES and words <= CLOSED_AGE_WORDS and closed_age(text):
        return _shape(unclosed(text))  # "Name · ৩ ঘণ্টা আগে।": the age's mark, no sentence's
    dotted_age = last == "." and aged_end(text)  # "Title – Source – vor 5 Std.": no sentence end
    if words > 10 and last == "." and not dotted_age:  # a sentence: no meta, card, label, chrome
        return LineShape("chrome" if _pitch(text, words) else "prose", words)  # or title ends so
    if words <= 6 and not text.replace(" ", "").isalnum():  # "— Ad —", "- Source": count words,
        words = min(words, len(WORD.findall(text)))  # not tokens (tokens of letters and digits alone
        # set apart by spaces are as many words: ``\w`` is what ``str.isalnum`` reads, and "_")
    digit = DIGIT.search(text) is not None
    low = text.lower()  # (read by the age needles, the pitch and the reader-address tests)
    if words <= 1 and len(text) < 20 and not CJK.search(text):
        if (digit or len(text) > 2) and may_hold_age(text, digit, low) and is_age_fast(text):
            return LineShape("meta", words, {"age": text}, digit)
        return LineShape("chrome", words, None, digit)
    head = text[:12]
    if ("http" in head or "www." in head or ":" in head) and _URL.match(text):
        url = text[text.find("http") :] if "http" in text else text[text.find("www.") :]
        return LineShape("url", words, {"url": url}, digit)
    # no piece of the line can be an age: then it is no meta line and no one-line card (both
    # need an age), and its pieces are not parsed
    if words <= 40 and may_hold_age(text, digit, low):
        hint = None  # (a separator that may set a card's pieces apart: searched once at most)
        if words <= 10 and (digit or words <= 3 or (hint := _CARD_HINT.search(text) is not None)):
            meta = meta_fields(text, frozenset(), is_age_fast)
            if meta or is_age_fast(text):
                return LineShape("meta", words, meta or {"age": text}, digit)
        if ((words >= 4 or len(text) >= 12 and CJK.search(text)) and (last not in _CARD_LAST or dotted_age)
                and (hint if hint is not None else _CARD_HINT.search(text) is not None)):
            card = card_line_fields(text, is_age_fast)
            if card:
                return LineShape("card", words, card, digit)
    if last == ":" and words <= 6 or text[0] in "#@" and _HASHTAGS.match(text):
        return LineShape("chrome", words, None, digit)
    prose = words >= PROSE_WORDS or is_prose_text(text, words)
    if words <= 30 and last not in _SENTENCE_LAST and _LABEL_HINT.search(text, 0, 40):
        labelled = _labelled(text)
        if labelled:
            return LineShape("label", words, labelled, digit)
    if (words <= ADDRESS_WORDS and (not prose or words <= 10) and _QUOTES.search(text) is None
            and _READER_ADDRESS.search(low) is not None):  # (:func:`addresses_reader`)
        return LineShape("chrome", words, None, digit)
    if prose and _pitch(text, words, low):
        return LineShape("chrome", words, None, digit)
    if prose and ("|" in text or "·" in text or "•" in text) and _short_pieces(text):  # a labelled row
        return LineShape("chrome", words, None, digit)
    if prose and words >= WORD_LIST and not _PUNCT.search(text) and _capitalised(text):
        return LineShape("chrome", words, None, digit)  # (capitals: a caseless script sets no stops)
    if prose and not _title_case(text, words):
        return LineShape("prose", words, None, digit)
    if (_row_mark(text) and (words <= 8 or _short_pieces(text))
            or " / " in text and _short_pieces(text)):
        return LineShape("chrome", words, None, digit)
    if is_title_like(text, words):
        return LineShape("title", words, None, digit)
    return LineShape("short", words, None, digit)
