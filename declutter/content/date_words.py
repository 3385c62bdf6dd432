"""Which texts ``dateparser`` reads no date in, told from its own locale data without running it.

A ``dateparser`` call that finds no date costs 1-3 ms: it tries every configured locale in
turn (normalise, simplify, split into tokens, look each token up). A locale is tried only
when every token of the text is known to it: a number, a relative expression ("in 3 hours"),
or a word of its dictionary (month and day names, "ago", skip words). So a text that holds a
run of letters no locale knows is read by none, and ``dateparser`` returns nothing.

:func:`unknown_to_dateparser` tells such a text cheaply, from the same data the parser uses,
read once: the dictionary words of every configured locale, their relative expressions and
their simplification patterns (the rewrites each locale applies before splitting). It
answers True only when it is sure, and only for text read as the parser reads it: lower-case
ASCII, or ASCII once Unicode normalisation took its marks off as the parser's does ("março":
"marco"), or letters of one kind of script, case-folded (no letter variants, no native
numerals, no ASCII letter among them):

- for the text as ``dateparser`` prepares it (``sanitize_date``; a calendar quarter aside),
  and for the same text without a time zone, which the parser also tries,
- no simplification pattern of any locale matches it (so none rewrites it) and no relative
  expression of any locale occurs in it, word bounded or not (so no token is one),
- and it holds a run of ASCII letters that is part of no dictionary word of any locale: in a
  locale that spaces its words the token holding the run is then no word, as a known word
  is matched only between word boundaries and so holds the whole run; in one that does not
  (Chinese, Japanese), the run holds a letter no word of that locale has.

The patterns are searched only when the text holds such a run, and then only those whose
needed literal (a string every match of the pattern holds, read off the pattern as
:mod:`declutter.content.ages` reads its own) is in the text: one Aho-Corasick pass. The
ordinal suffixes a number may carry ("1st": the parser drops them) never count as unknown.
Anything unexpected in the data turns the test off (every text then goes to the parser).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from typing import Any

import ahocorasick

from declutter.content.pattern_strings import class_end, needed_strings, parse_alternatives

_RUN = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters of any script (in a text of uncased letters, :func:`_uncased`)."""
_UPPER = re.compile(r"[A-Z]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
"""Ordinal suffixes after a number, dropped by the parser's tokenizer."""
_WRAPPERS = (("(?<=\\A|\\W|_)", "(?=\\Z|\\W|_)"), ("(?!(?<=\\d)\\d)", ""))
"""The boundaries the parser sets around a simplification pattern (word-spaced, unspaced)."""


def _unanchored(pattern: str) -> str:
    """``pattern`` without its look-arounds, word boundaries and anchors: a pattern every match
    of the original also matches (what a look-around tests is no part of the match)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1] in "bAZ":
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
        elif c == "[":
            j = class_end(pattern, i)
            out.append(pattern[i:j + 1])
            i = j + 1
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth, j = 0, i
            while True:  # skip to the matching ")"
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "[":
                    j = class_end(pattern, j)
                elif pattern[j] == "(":
                    depth += 1
                elif pattern[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
        elif c in "^$":
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _needles(pattern: str) -> list[str] | None:
    """Case-folded strings one of which every match of ``pattern`` holds (in a case-folded
    text), or None when the pattern gives none."""
    try:
        core = _unanchored(pattern)
        alternatives, end = parse_alternatives(core)
    except (ValueError, IndexError):
        return None
    if end != len(core):
        return None
    needles: list[str] = []
    for seq in alternatives:
        strings = needed_strings(seq)
        if strings is None:
            return None
        for s in strings:  # (a non-ASCII letter that matches an ASCII one case-blind: "K", "ſ")
            if any(not c.isascii() and any(m.isascii() for m in c.lower() + c.upper() + c.casefold())
                   for c in s):
                return None
            needles.append(s.casefold())
    return needles


class _Touch:
    """Whether a text holds a match of any of the patterns: the patterns whose needle is in it
    (one Aho-Corasick pass), and those that give no needle, searched."""

    def __init__(self, patterns: list[tuple[str, int]]) -> None:
        import regex

        self._flags: dict[str, int] = {}
        self._regexes: dict[str, Any] = {}  # (compiled on first use: most are never searched)
        self._by_needle: dict[str, list[str]] = {}
        unread: list[str] = []
        for pattern, flags in dict.fromkeys(patterns):
            needles = _needles(pattern)
            if needles is None:
                unread.append(pattern)
                continue
            self._flags[pattern] = flags
            for needle in needles:
                self._by_needle.setdefault(needle, []).append(pattern)
        self._unread = regex.compile("|".join(f"(?:{p})" for p in unread) or "(?!)", regex.I | regex.U)
        self._finder = ahocorasick.Automaton()
        for needle in self._by_needle:
            self._finder.add_word(needle, needle)
        self._finder.make_automaton()

    def search(self, text: str) -> bool:
        """Whether a pattern matches somewhere in ``text`` (lower case). The needles are
        looked up case-folded ("ς" as "σ"), as the patterns match case-blind."""
        import regex

        found = self._finder.iter(text if text.isascii() else text.casefold())
        for pattern in {p for _, needle in found for p in self._by_needle[needle]}:
            compiled = self._regexes.get(pattern)
            if compiled is None:
                compiled = self._regexes[pattern] = regex.compile(pattern, self._flags[pattern])
            if compiled.search(text) is not None:
                return True
        return self._unread.search(text) is not None


class _Unspaced:
    """The words of the locales that set no spaces between words (Chinese, Japanese), whose
    tokenizer finds a known word anywhere: a run of ASCII letters is read by them only when
    known words cover it whole, each inside it a word of letters alone, the first maybe the
    end of a word that begins before the run, the last maybe the start of one that goes on
    after it, or one word holding all of it."""

    def __init__(self, keys: list[str], run: re.Pattern[str] = _RUN) -> None:
        runs = [(k, run.findall(k)) for k in keys if run.search(k)]
        self._inside = "\n".join(r for _, found in runs for r in found)
        self._whole = frozenset(k for k, found in runs if found == [k])
        self._ends = frozenset(found[-1] for _, found in runs)  # (any: an over-estimate)
        self._starts = frozenset(found[0] for _, found in runs)

    def covers(self, run: str) -> bool:
        """Whether the words may cover ``run`` (an over-estimate: True when unsure)."""
        if run in self._inside:
            return True
        n = len(run)
        reach = [False] * (n + 1)
        reach[0] = True
        for end in self._ends:
            if run.startswith(end):
                reach[len(end)] = True
        for i in range(n):  # (left to right: one pass over the run)
            if not reach[i]:
                continue
            if run[i:] in self._starts:
                return True
            for word in self._whole:
                if run.startswith(word, i):
                    reach[i + len(word)] = True
        return reach[n]


@lru_cache(maxsize=2)  # (one entry a parser: the two of _SETTINGS)
def _locale_data(parser: Any) -> tuple[_Touch, str, _Unspaced, _Unspaced] | None:
    """(the simplification patterns and relative expressions of every locale, the dictionary
    words of the locales that space their words joined by newlines, the words of those that
    do not by their runs of ASCII letters and by their runs of letters of any script), or None
    when the data is not as expected."""
    import regex

    try:
        settings = parser._settings
        locales = list(parser._get_locale_loader().get_locales(
            languages=parser.languages, locales=parser.locales, region=parser.region,
            use_given_order=parser.use_given_order or settings.USE_GIVEN_LANGUAGE_ORDER))
        patterns: list[tuple[str, int]] = []
        words: list[str] = []
        unspaced: list[str] = []
        for locale in {x for loc in locales for x in (loc, loc._native)}:
            dictionary = locale._get_dictionary(settings)
            keys = [str(k).lower() for k in dictionary]
            if not keys:
                return None
            if locale.info.get("no_word_spacing"):
                unspaced += keys + [k.casefold() for k in keys]
            else:
                words += keys + [k.casefold() for k in keys]
            patterns += [(p.pattern, p.flags) for s in locale._get_simplifications(settings) for p in s]
            patterns += [(r, regex.I | regex.U) for r in dictionary._get_sorted_relative_strings_from_cache()]
        touch = _Touch(patterns)
    except Exception:  # another dateparser: no test, every text goes to the parser
        return None
    return touch, "\n".join(words), _Unspaced(unspaced), _Unspaced(unspaced, _LETTERS)


_SETTINGS = {"past": {"PREFER_DATES_FROM": "past"},
             "schedule": {"PREFER_DATES_FROM": "current_period", "RELATIVE_BASE": datetime(2000, 1, 1)}}
"""The parsers' settings: ages (:mod:`declutter.content.ages`: a date in the past) and schedules
(:mod:`declutter.content.schedules`: a year-less date in one fixed year)."""
_parsers: dict[str, Any] = {}


def date_parser(settings: str) -> Any:
    """The ``dateparser`` ``DateDataParser`` of the dump readers' languages with the settings
    named ``settings`` (a key of ``_SETTINGS``), made once."""
    parser = _parsers.get(settings)
    if parser is None:
        from dateparser.date import DateDataParser

        from declutter.content.ages import _LANGUAGES

        parser = _parsers[settings] = DateDataParser(languages=_LANGUAGES, settings=_SETTINGS[settings])
    return parser


@lru_cache(maxsize=8192)
def read_date(text: str, settings: str) -> Any:
    """``dateparser``'s date in ``text`` (a ``datetime``) by the parser of ``settings``
    (:func:`date_parser`), or ``None``: the one cache of every reader's calls, none made for
    a text :func:`unknown_to_dateparser` rules out (the test reads the locales' data alone,
    which the settings do not change). Never raises: ``dateparser`` raises assorted errors on
    odd input, no date then."""
    try:
        parser = date_parser(settings)
        if unknown_to_dateparser(text, parser):  # ("dvd", "2015 by admin": a word no locale knows)
            return None
        return parser.get_date_data(text).date_obj
    except Exception:
        return None


def unknown_to_dateparser(text: str, parser: Any) -> bool:
    """True only when ``parser`` (a ``dateparser`` ``DateDataParser``) surely reads no date in
    ``text`` (see the module docstring); False when it may, or when unsure. A text outside
    ASCII is told as the parser reads it (:func:`_seen`): normalised, when that leaves ASCII
    ("krepšelis (3)"); by its runs of letters, case-folded, when its letters are all of a
    cased script (:func:`_cased`: "Количка (3)") or all of a script without case
    (:func:`_uncased`: "回線 (1)"), as ASCII letters are."""
    seen = _seen(text)
    if seen is None or seen.isascii() and _UPPER.search(seen):
        return False
    data = _locale_data(parser)
    if data is None:
        return False
    touch, words, unspaced, letters = data
    if not _unknown(seen, words, unspaced, letters):  # (most texts: every run known, nothing more)
        return False
    from dateparser.date import _replace_quarter, sanitize_date
    from dateparser.timezone_parser import pop_tz_offset_from_string

    text = sanitize_date(text)
    if _replace_quarter(text, parser._settings) is not None:
        return False
    bare, _ = pop_tz_offset_from_string(text, as_offset=False, settings=parser._settings)
    views = {_seen(t) for t in (text, bare)}
    return None not in views and all(
        _unknown(t, words, unspaced, letters) and not touch.search(t) for t in {v.lower() for v in views})


def _seen(text: str) -> str | None:
    """``text`` as each locale reads it, when that is a text the test tells: ASCII as it
    stands, or once Unicode normalisation has taken its marks off ("março" -> "marco": the
    parser normalises before it splits, NFKD without combining marks, and its dictionaries
    hold their words so normalised), no numeral outside ASCII (the parser translates those
    first); a text of uncased letters (:func:`_uncased`) as it stands. None for any other."""
    if text.isascii() or _uncased(text):
        return text
    if any(c.isnumeric() for c in text if not c.isascii()):
        return None
    from dateparser.utils import normalize_unicode

    folded = normalize_unicode(text)
    if folded.isascii():
        return folded
    return folded if _cased(folded) else None


def _cased(text: str) -> bool:
    """Whether a normalised text outside ASCII (:func:`_seen`) holds letters of cased scripts
    alone, no ASCII letter ("диета 1 лепестков"), none that a locale's letter variants change:
    its runs of letters are then told case-folded, as the parser matches its words
    case-blind."""
    from dateparser.languages.locale import _translate_letters

    return _ASCII_LETTER.search(text) is None and _translate_letters(text.lower()) == text.lower()


def _uncased(text: str) -> bool:
    """Whether a text outside ASCII holds no ASCII letter and only characters the parser
    leaves as they are before it splits the text, each of no case (CJK, kana): none
    numeric (no numeral to translate), none that Unicode normalisation (NFKD, and its
    dropping of combining marks) or a locale's letter variants change, none that lower or
    upper case changes."""
    from dateparser.languages.locale import _translate_letters

    if _ASCII_LETTER.search(text) or _translate_letters(text) != text:
        return False
    return all(c.isascii() or (not c.isnumeric() and c.lower() == c == c.upper()
                               and unicodedata.normalize("NFKD", c) == c
                               and unicodedata.category(c) != "Mn") for c in text)


def _unknown(text: str, words: str, unspaced: _Unspaced, letters: _Unspaced) -> bool:
    """Whether a lower-case text holds a run of ASCII letters that no locale knows (a text of
    uncased letters, :func:`_uncased`: a run of its letters)."""
    if text.isascii():
        return any(run not in _SUFFIXES and run not in words and not unspaced.covers(run)
                   for run in _RUN.findall(text))
    return any(run not in words and not letters.covers(run)
               and (fold := run.casefold()) not in words and not letters.covers(fold)
               for run in _LETTERS.findall(text))
