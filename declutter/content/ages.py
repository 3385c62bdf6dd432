"""Is a piece of text a date or a relative age ("3h", "vor 2 Stunden", "3時間前", "12 June 2025")?

Two steps, cheapest first:

1. :data:`declutter.content.vocabulary.AGE` and :data:`AGE_EXTRA`: regular expressions for the
   common relative ages and absolute dates of the languages aggregators print most;
2. ``dateparser`` (relative and absolute dates in 200+ languages), only for a short piece with a
   digit that step 1 did not read, with a cache: a call costs 5-100 ms (and ~1 s to warm up),
   so it stays off the hot path. Callers ask it only about candidate meta pieces of teaser
   cards, never about every line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import ahocorasick

from declutter.char_runs import DIGIT
from declutter.content.features import LETTER
from declutter.content.pattern_strings import PatternSeq, needed_strings, needs_digit, parse_alternatives
from declutter.content.vocabulary import AGE, AGE_TEXT
from declutter.punctuation import unclosed

# Relative ages in scripts and languages the main regex does not cover (CJK, Russian, Dutch,
# Polish, Italian hours) and compact forms ("3 hrs", "2d ago").
AGE_EXTRA = re.compile(
    r"^(?:\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|か月|ヶ月|年)前|昨日|今日|昨天|今天|"
    r"\d+\s*(?:초|분|시간|일|주|개월|년)\s*전|어제|"
    r"\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьюи]|месяц(?:а|ев)?)\s+назад|"
    # the compact Russian and Ukrainian ones ("3 ч", "5 мин. назад"), the Arabic "منذ 5 ساعات"
    # / "قبل 3 أيام" (since / before N units) and the Turkish "2 saat önce"
    r"\d+\s*(?:ч|год|мин|сек|д|дн|нед|мес)\.?(?:\s+(?:назад|тому))?|(?:منذ|قبل)\s+\d+\s+[^\W\d_]+|"
    r"\d+\s*(?:sn|saniye|dk|dakika|sa|saat|gün|hafta|ay|yıl)\s+önce|"
    r"вчера|сегодня|\d+\s*(?:uur|minuten|dagen|dag|weken)\s+geleden|gisteren|"
    r"\d+\s*(?:min|godz\.?|godzin[ya]?|dni|dzień)\s+temu|\d+\s*godz\.?|wczoraj|"
    r"\d+\s*(?:ora|ore|minuto|minuti|giorno|giorni)\s+fa|"
    # the compact forms of the Spanish, French, German and Portuguese ones: "hace 2 h",
    # "il y a 4 h", "vor 2 Std.", "há 3 min"
    r"(?:hace|il y a|vor|h[aá])\s+\d+\s*(?:s|sek|seg|min|h|hrs?|std|stdn|d|j|t|tg|sem)\.?|"
    r"\d+\s*(?:hrs?|mins?|secs?|wks?|mos?|yrs?)\.?(?:\s+ago)?|\d+\s*[smhdw]\s+ago|"
    r"(?:about|over|almost|around|ca\.|etwa)\s+(?:\d+|an?|one)\s+\w+\s+ago|"
    r"(?:[^\W\d]+,?\s+)?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|\s?uhr)?(?:\s+(?-i:[A-Z]{2,4}))?|\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?|"
    # (a time's zone is upper-case, read case-sensitively: "CET", never a word such as "in";
    # a German time ends in "Uhr")
    # dates with a weekday, an ordinal, a time or a zone: "Wednesday November 20, 2019",
    # "20th March 2024 at 10:15", "14 Mar 2025, 08:12 CET", "2025-03-14T08:12"; year first
    # with dots or slashes as CJK sites print it: "2026.03.14 14:05", "2026/3/14"
    # (a month's name may hold combining marks: "7 ທັນວາ 2026", the Lao December)
    r"(?:[^\W\d]+\.?,?\s+)?(?:[^\W\d]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d]{LETTER}*\.?,?\s+(?:de\s+)?\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}(?:T\S+)?|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}[/.]\d{1,2}[/.]\d{1,2}\.?|"
    # a month and a day without the year: "Nov 18", "18 Nov", "18. März"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|m[aä]r|apr|may|mai|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)[a-z]*\.?)"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+|a las\s+|-\s+)?\d{1,2}[:.h]\d{2}\s?(?:[ap]\.?m\.?|\s?uhr)?)?"
    r"(?:\s+(?-i:[A-Z]{2,4}))?)$",
    re.I,
)
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_MARKER = re.compile(r"^(?:[-*+•·o▪►]|\d{1,2}[.)])\s+")
_UNIT_WORD = re.compile(rf"[^\W\d_](?:{LETTER}|\.)")
"""Two letters in a row, a letter and its combining mark, or a letter abbreviated with a full
stop: a unit or month word ("Stunden", "時間", "Dez", "घं.", "u."), not a bare number."""
ABBREVIATED_AGE = re.compile(rf"(?<!\d)\d{{1,3}}\s?[^\W\d_]{LETTER}{{0,4}}\.$")
"""A number and a short word abbreviated with a full stop, at a text's end: the shape of an
abbreviated age ("3 u.", "2 hod.", "15 хв.", "6 घं."), whatever its language. Read only
where a card's or a byline's age stands (a list's last piece, the line under a headline)."""
_LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "ja", "zh", "ko", "pl", "tr", "sv",
              "id", "el", "hu", "cs", "da", "fi", "nb", "ro", "uk", "vi", "he", "ar"]


# --- which texts cannot hold an age at all: read off the two regexes above ------------------
# A test that a line holds no age anywhere lets the line reader skip its meta-line and
# one-line-card parsers, whose every answer needs an age among the line's pieces (all of
# them substrings of the line). The test is derived from AGE_TEXT and AGE_EXTRA themselves:
# an alternative that needs a digit cannot match a text without one; each other alternative
# needs one of a few literal strings (its longest run of literal characters), looked up in
# the lower-cased text. Only for ASCII texts, where case-blind matching is plain lower-casing.

def _age_alternatives() -> list[PatternSeq] | None:
    """The alternatives of :data:`AGE` and :data:`AGE_EXTRA` together, parsed, or None when
    their syntax is not the one :func:`~declutter.content.pattern_strings.parse_alternatives` reads."""
    extra = AGE_EXTRA.pattern
    if not (extra.startswith("^(?:") and extra.endswith(")$") and AGE_TEXT.startswith("(?:")):
        return None
    alternatives: list[PatternSeq] = []
    for inner in (AGE_TEXT[3:-1], extra[4:-2]):
        try:
            read, end = parse_alternatives(inner)
        except ValueError:  # syntax the reader does not know: no check (tests then fail)
            return None
        if end != len(inner):  # the outer group closed early: not one group of alternatives
            return None
        alternatives += read
    return alternatives


@lru_cache(maxsize=1)
def _word_ages() -> re.Pattern[str] | None:
    """One anchored regex of the alternatives of :data:`AGE` and :data:`AGE_EXTRA` that need no digit
    (:func:`~declutter.content.pattern_strings.needs_digit`), with their flags: what
    :func:`is_age_fast` asks of a text without a digit, where no other alternative can match (a
    few words and phrases: a fifth of the two regexes' cost on such a text). None when the
    patterns give no such regex (then both are asked)."""
    alternatives = _age_alternatives()
    if alternatives is None or AGE.flags != AGE_EXTRA.flags or AGE.pattern != rf"^{AGE_TEXT}$":
        return None
    words = ["".join(source for _, _, source in seq) for seq in alternatives if not needs_digit(seq)]
    return re.compile("^(?:" + "|".join(words) + ")$", AGE.flags)


def _ascii_needles() -> tuple[str, ...] | None:
    """Lower-cased strings one of which every digit-free age of an ASCII text holds, or None
    when the patterns give no such list."""
    alternatives = _age_alternatives()
    if alternatives is None:
        return None
    needles: list[str] = []
    for seq in alternatives:
        if needs_digit(seq):
            continue
        strings = needed_strings(seq)
        if strings is None:
            return None
        for s in strings:
            if s.isascii():
                needles.append(s.lower())
            elif any(re.fullmatch(re.escape(c), chr(a), re.I) for c in s if not c.isascii()
                     for a in range(128)):
                return None  # a non-ASCII letter matching an ASCII one case-blind ("K", "ſ")
    return tuple(sorted(set(needles)))


def _finder(needles: tuple[str, ...] | None) -> Any:
    """An Aho-Corasick automaton of the needles (one pass over a text finds any of them)."""
    if not needles:
        return None
    automaton = ahocorasick.Automaton()
    for needle in needles:
        automaton.add_word(needle, needle)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _needle_finder() -> tuple[bool, Any]:
    """(whether the needles are known, their automaton): built on first use, not at import
    (about 7 ms of a one-page run's start-up)."""
    needles = _ascii_needles()
    return needles is not None, _finder(needles)


def may_hold_age(text: str, digit: bool, low: str = "") -> bool:
    """False only when no piece of ``text`` can be an age by :func:`is_age_fast`: a text
    without a digit (``digit``: whether it has one) that holds none of the strings the
    digit-free ages need (ASCII: one Aho-Corasick pass over the lower-cased text, ``low`` when
    the caller has it) or, in another script, no match of the digit-free ages anywhere (one
    unanchored search of :func:`_word_ages`: a piece, a substring of the text, that is such an
    age is such a match)."""
    if digit:
        return True
    if not text.isascii():
        anywhere = _word_ages_anywhere()
        return anywhere is None or anywhere.search(text) is not None
    known, finder = _needle_finder()
    if not known:
        return True
    return finder is not None and next(finder.iter(low or text.lower()), None) is not None


@lru_cache(maxsize=1)
def _word_ages_anywhere() -> re.Pattern[str] | None:
    """:func:`_word_ages` unanchored (its alternatives hold no anchor nor look-around), or
    None when there is none."""
    words = _word_ages()
    if words is None or not (words.pattern.startswith("^(?:") and words.pattern.endswith(")$")):
        return None
    return re.compile(words.pattern[1:-1], words.flags)


CACHED_LINES = 16384
"""Lines the line caches keep each (shapes in :mod:`~declutter.content.line_shapes`, :func:`is_age_fast` here,
captions in :mod:`~declutter.content.line_repeats`), least recently used out first: a line
costs about 0.8 KiB, and at 65,536 a 100,000-page run took 46 MiB more than a 10,000-page
one; at 8,192 the dump benchmark's warm passes slowed by a third (docs/templates.md,
"Measured")."""


@lru_cache(maxsize=CACHED_LINES)
def is_age_fast(text: str) -> bool:
    """Step 1 only (regular expressions): cheap enough for every line; cached, as the same
    short lines ("Share", "Home", "3h") recur on every page of a site. A script's closing mark
    after the age ("৩ ঘণ্টা আগে।") is no part of it (:func:`declutter.punctuation.unclosed`)."""
    text = unclosed(text)
    if DIGIT.search(text) is None and (words := _word_ages()) is not None:
        return words.match(text) is not None  # (most pieces asked: the digit-free alternatives)
    return bool(AGE.match(text) or AGE_EXTRA.match(text))


def is_age(text: str) -> bool:
    """Whether ``text`` (one piece of a meta line) is a date or a relative age.

    Steps 1 and 2 above; step 2 only for pieces of at most 5 words and 32 characters that
    hold a digit and a unit word (:data:`_UNIT_WORD`: two letters or more, or one abbreviated
    with a full stop: "3 u.") (a list marker before them aside). Never raises.
    """
    text = unclosed(text)
    if not text or len(text) > 40:
        return False
    if is_age_fast(text):
        return True
    text = _MARKER.sub("", text)  # a list item's marker ("* ", "1. ") is no part of a date
    if len(text) > 32 or len(text.split()) > 5 or not DIGIT.search(text):
        return False
    if not _UNIT_WORD.search(text):  # "* 3", "1. 1", "+ 2020", "W5": dateparser takes a bare
        return False  # number for a day; a relative age has a unit word, numeric dates are step 1
    return is_age_fast(text) or _dateparser_age(_SMALL_NUMBER.sub("1", text.lower()))


_SEPARATOR = re.compile("[·|•‧∙◦—–・｜]")
_SHORT_WORDS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?$")
"""A piece of one or two words of letters only ("dün", "i går"), short enough to be a day word."""
DAY_WORD_CHARS = 12
"""Longest digit-free piece :func:`is_card_age` asks ``dateparser`` about."""
CARD_AGE_WORDS = 4
"""Most words of a card piece :func:`is_card_age` asks ``dateparser`` about ("för 2 timmar
sedan"; "12:30 von Hans zu", a comment's reply line, is none)."""


def unit_masks(shape: str, number: str) -> tuple[str, ...]:
    """An age's shape (``shape``, its numbers written ``number``: "#", "0") with the word on
    either side of its first number masked ("*"), for each side where that word holds no digit:
    the ages of one list differ in that word, their unit ("saa # zilizopita", "siku #
    zilizopita"; "pred 0 urama", "pred 0 dni"), not in the words about it. Only a shape of
    three words or more has any: ages of two words ("# min", "# h") are not told so from counts
    of things ("# photos", "# videos"). The word after the number first."""
    words = shape.split()
    if len(words) < 3 or number not in words:
        return ()
    at = words.index(number)
    return tuple(" ".join([*words[:k], "*", *words[k + 1 :]]) for k in (at + 1, at - 1)
                 if 0 <= k < len(words) and words[k] != number and not DIGIT.search(words[k]))


AGREEING_CHARS = 3
"""Fewest characters at their start or end that an age's words agreeing with its unit share."""


def agreeing_unit(shapes: set[str], number: str) -> bool:
    """Whether two age shapes or more (numbers written ``number``) differ in the word next to
    their number, their unit, and at most in one other word, which agrees with it: its last or
    first ``AGREEING_CHARS`` characters or more the same in each ("amasaha # ashize", "iminsi #
    ishize": "ago" takes the unit's class). Three words or more, as many in each, one number in
    the same place, no other digit."""
    split = [s.split() for s in shapes]
    at = {w.index(number) if w.count(number) == 1 else -1 for w in split}
    if len(split) < 2 or len({len(w) for w in split}) != 1 or len(split[0]) < 3 or len(at) != 1:
        return False
    n = at.pop()
    if n < 0 or any(DIGIT.search(x) for w in split for x in w if x != number):
        return False
    for unit in (n + 1, n - 1):
        if not 0 <= unit < len(split[0]):
            continue
        varied = [k for k in range(len(split[0])) if k not in (n, unit) and len({w[k] for w in split}) > 1]
        if not varied:
            return True  # (the unit alone changes)
        if len(varied) == 1 and _agree([w[varied[0]] for w in split]):
            return True
    return False


UNIT_WORDS = 3
"""Most words of an age's unit after its number ("3 uairean a thìde air ais": hours, in three)."""


def long_unit(shapes: set[str], number: str) -> bool:
    """Whether two age shapes or more (numbers written ``number``) differ only in their unit
    right after the number, of one to ``UNIT_WORDS`` words, some units longer than others
    ("# mhionaid air ais", "# uairean a thìde air ais"): the words up to the number and one
    word or more after the unit the same in each, one number in each, no other digit."""
    split = [s.split() for s in shapes]
    if len(split) < 2 or len({len(w) for w in split}) < 2 or any(w.count(number) != 1 for w in split):
        return False
    at = split[0].index(number) + 1
    if len({tuple(w[:at]) for w in split}) != 1 or any(
            DIGIT.search(x) for w in split for x in w if x != number):
        return False
    tail = 0
    while all(len(w) - tail > at + 1 for w in split) and len({w[-1 - tail] for w in split}) == 1:
        tail += 1
    return tail > 0 and all(0 < len(w) - tail - at <= UNIT_WORDS for w in split)


def closing_word(shapes: list[str], number: str) -> bool:
    """Whether age shapes (numbers written ``number``, one a card, in page order) are one list's
    ages in languages that share their unit but not the word that closes the age ("# घंटा
    पहिने" on most cards, "# घंटा पयलीं" on another): more than half of them the same, or each
    shape on two cards or more ("# oors syne" twice, "# oors ago" twice), each of
    three words or more, as many in each, one number in the same place with the same word after
    it, its unit, and they differ in one word only, after that unit; no other digit."""
    split = [s.split() for s in shapes]
    distinct = {tuple(w) for w in split}
    counts = [split.count(list(w)) for w in distinct]
    if len(distinct) < 2 or 2 * max(counts) <= len(split) and min(counts) < 2:
        return False
    at = {w.index(number) if w.count(number) == 1 else -1 for w in split}
    if len({len(w) for w in split}) != 1 or len(split[0]) < 3 or len(at) != 1 or (n := at.pop()) < 0:
        return False
    if any(DIGIT.search(x) for w in split for x in w if x != number):
        return False
    varied = [k for k in range(len(split[0])) if len({w[k] for w in split}) > 1]
    return len(varied) == 1 and varied[0] > n + 1


def _agree(words: list[str]) -> bool:
    """Whether words share their first or last ``AGREEING_CHARS`` characters or more, each
    longer than the part they share (a word whose prefix or suffix changes)."""
    for ordered in (words, [w[::-1] for w in words]):
        shared = 0
        while all(len(w) > shared for w in ordered) and len({w[shared] for w in ordered}) == 1:
            shared += 1
        if shared >= AGREEING_CHARS and all(len(w) > shared for w in ordered):
            return True
    return False


def is_card_age(text: str) -> bool:
    """Whether a piece of a teaser card's text (a piece of a card's meta line, a short block
    after its linked title) is an age: the regexes (:func:`is_age_fast`), then ``dateparser``
    (cached) for a piece of at most ``CARD_AGE_WORDS`` words with a digit and a unit word
    ("2 saat önce"), or a digit-free piece of one or two words of letters and at most
    ``DAY_WORD_CHARS`` characters ("dün", "i går"). A whole meta line ("Source · 2h") is no
    piece: False. Only the card reader asks this, and only of pieces the regexes left over in
    an age's place (see :func:`card_meta`), never of story lines: a short digit-free piece
    elsewhere ("May", "now") is more often a word than a date. Never raises."""
    text = unclosed(text)
    if is_age_fast(text):
        return True
    if _SEPARATOR.search(text) or len(text.split()) > CARD_AGE_WORDS:
        return False
    if DIGIT.search(text):
        return is_age(text)
    if len(text) > DAY_WORD_CHARS or _SHORT_WORDS.match(text) is None:
        return False
    return _dateparser_age(text.lower())  # (not casefold: it makes the Greek "χθες" "χθεσ")


@lru_cache(maxsize=8192)
def _dateparser_age(text: str) -> bool:
    """``dateparser``'s verdict on a piece whose numbers of one or two digits read 1 ("vor 1
    stunden", "1 czerwca 2025"), so one call answers for all of them (cached): whether a
    piece is an age does not depend on its count or its day. (The parse itself:
    :func:`declutter.content.date_words.read_date`, its pre-test and cache.)"""
    from declutter.content.date_words import read_date

    return read_date(text, "past") is not None
