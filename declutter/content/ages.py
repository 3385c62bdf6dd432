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

from declutter.content.vocabulary import AGE

# Relative ages in scripts and languages the main regex does not cover (CJK, Russian, Dutch,
# Polish, Italian hours) and compact forms ("3 hrs", "2d ago").
AGE_EXTRA = re.compile(
    r"^(?:\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|か月|ヶ月|年)前|昨日|今日|昨天|今天|"
    r"\d+\s*(?:초|분|시간|일|주|개월|년)\s*전|어제|"
    r"\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьюи]|месяц(?:а|ев)?)\s+назад|"
    r"вчера|сегодня|\d+\s*(?:uur|minuten|dagen|dag|weken)\s+geleden|gisteren|"
    r"\d+\s*(?:min|godz\.?|godzin[ya]?|dni|dzień)\s+temu|wczoraj|"
    r"\d+\s*(?:ora|ore|minuto|minuti|giorno|giorni)\s+fa|"
    # the compact forms of the Spanish, French, German and Portuguese ones: "hace 2 h",
    # "il y a 4 h", "vor 2 Std.", "há 3 min"
    r"(?:hace|il y a|vor|h[aá])\s+\d+\s*(?:s|sek|seg|min|h|hrs?|std|stdn|d|j|t|tg|sem)\.?|"
    r"\d+\s*(?:hrs?|mins?|secs?|wks?|mos?|yrs?)\.?(?:\s+ago)?|\d+\s*[smhdw]\s+ago|"
    r"(?:about|over|almost|around|ca\.|etwa)\s+(?:\d+|an?|one)\s+\w+\s+ago|"
    r"(?:[^\W\d]+,?\s+)?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{4}年\d{1,2}月\d{1,2}日|"
    # dates with a weekday, an ordinal, a time or a zone: "Wednesday November 20, 2019",
    # "20th March 2024 at 10:15", "14 Mar 2025, 08:12 CET", "2025-03-14T08:12"
    r"(?:[^\W\d]+\.?,?\s+)?(?:[^\W\d]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d]+\.?\s+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2}(?:T\S+)?|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    # a month and a day without the year: "Nov 18", "18 Nov", "18. März"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|m[aä]r|apr|may|mai|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)[a-z]*\.?)"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+|a las\s+|-\s+)?\d{1,2}[:.h]\d{2}\s?(?:[ap]\.?m\.?)?)?(?:\s+[A-Z]{2,4})?)$",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_MARKER = re.compile(r"^(?:[-*+•·o▪►]|\d{1,2}[.)])\s+")
_UNIT_WORD = re.compile(r"[^\W\d_]{2}")
"""Two letters in a row: a unit or month word ("Stunden", "時間", "Dez"), not a bare number."""
_LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "ja", "zh", "ko", "pl", "tr", "sv"]
_parser: Any = None


@lru_cache(maxsize=65536)
def is_age_fast(text: str) -> bool:
    """Step 1 only (regular expressions): cheap enough for every line; cached, as the same
    short lines ("Share", "Home", "3h") recur on every page of a site."""
    text = text.strip()
    return bool(AGE.match(text) or AGE_EXTRA.match(text))


def is_age(text: str) -> bool:
    """Whether ``text`` (one piece of a meta line) is a date or a relative age.

    Steps 1 and 2 above; step 2 only for pieces of at most 5 words and 32 characters that
    hold a digit and a word of two letters or more (a list marker before them aside). Never
    raises.
    """
    text = text.strip()
    if not text or len(text) > 40:
        return False
    if is_age_fast(text):
        return True
    text = _MARKER.sub("", text)  # a list item's marker ("* ", "1. ") is no part of a date
    if len(text) > 32 or len(text.split()) > 5 or not _DIGIT.search(text):
        return False
    if not _UNIT_WORD.search(text):  # "* 3", "1. 1", "+ 2020", "W5": dateparser takes a bare
        return False  # number for a day; a relative age has a unit word, numeric dates are step 1
    return is_age_fast(text) or _dateparser_age(_SMALL_NUMBER.sub("1", text.casefold()))


@lru_cache(maxsize=8192)
def _dateparser_age(text: str) -> bool:
    """``dateparser``'s verdict on a piece whose numbers of one or two digits read 1 ("vor 1
    stunden", "1 czerwca 2025"), so one call answers for all of them (cached): whether a
    piece is an age does not depend on its count or its day."""
    global _parser
    try:
        if _parser is None:
            from dateparser.date import DateDataParser

            _parser = DateDataParser(languages=_LANGUAGES, settings={"PREFER_DATES_FROM": "past"})
        return _parser.get_date_data(text).date_obj is not None
    except Exception:  # dateparser raises assorted errors on odd input; not a date then
        return False
