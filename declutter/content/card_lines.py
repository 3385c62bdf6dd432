"""Fields of a card written as text lines: a meta line ("Source · 2 hours ago"), a one-line
card ("Title — Source · 3h", "Title (Source, age)"), a labelled source ("Name: Title").

Both readers of cards use these: the HTML card reader (:mod:`declutter.content.cards`) on a
card's blocks, and the dump reader (:mod:`declutter.content.line_shapes`,
:mod:`declutter.content.dump_teasers`) on a dump's lines. Each reader splits a line at its
separators and asks of each piece whether it is an age (``is_age``), a source-like name or a
title; nothing here looks at neighbouring lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from declutter.blocks import spaced_words
from declutter.char_runs import PLAIN_LETTER
from declutter.content.ages import is_age_fast
from declutter.content.features import CJK
from declutter.content.names import NAME_WORDS, cjk_name, is_name, name_like
from declutter.content.separators import (
    COMMAS,
    MARKS_HYPHEN_TAB,
    MARKS_HYPHEN_TAB_CHARACTER,
    MARKS_HYPHEN_TAB_COMMAS,
    MARKS_HYPHEN_TAB_COMMAS_CHARACTER,
    UNSPACED,
)
from declutter.content.vocabulary import AGE, TEASER_LABEL, TRAILING_AGE
from declutter.punctuation import ASKS, STOP_CLASS

BYLINE_LINES = 3
"""Most lines between a headline and its story that may be its byline and dateline."""
BYLINE_CHARS = 120
"""Longest line read as a byline."""
BYLINE = re.compile(r"^[-–—]\s*\w[^" + STOP_CLASS + "]{0,60}$")
BULLET = re.compile(r"^(?:[-•·*–▪►▸◦・]\s*|\d{1,2}[.)]\s+|\[\d{1,3}\]\s+)")
"""A list item's marker before a card's title: a bullet, a number ("1. Title") or a number in
brackets ("[1] Title")."""
_WORDED = re.compile(r"[^\W\d_]{2}")
"""Two letters in a row: an age in words ("2 hours ago", "gestern"), no bare time or year."""
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?!\d)(?:\s?(?:[ap]\.?m\.?|[^\W\d_]{1,4}))?$", re.I)
"""A time of day, alone or with a zone or a word for "o'clock" ("14:05", "2.05 pm", "14:05 Uhr")."""
_ARROW_LABEL = re.compile(r"^[^\W\d][\w'’]*(?: [\w'’]+){0,3}\s*[→»›]\s+")
"""A one-line card's leading label set off by an arrow ("RELATED →", "Lee también »")."""
_SOURCE_LABEL = re.compile(r"^(\w[^:]{1,40}?)\s?:\s+(\S.*)$")
"""A card line's leading "Name: " (at most 4 words, see :func:`card_line_fields`)."""
_PARENTHESES = re.compile(r"^(?P<title>.+?)\s*(?:[(（](?P<meta>[^()（）]{2,80})[)）]"
                          r"|\[(?P<square>[^\[\]]{2,80})\])$")
"""A one-line card's meta part in brackets: "Title (Source, 3h)", "Title [Source, 3h]",
"Title（Source、3時間前）"."""
_BRACKET_THEN_AGE = re.compile(r"^(?P<title>.+?)\s*[(（\[](?P<source>[^()（）\[\]]{2,60})[)）\]]"
                               r"\s*(?P<age>[^()（）\[\]]{1,30})$")
"""A one-line card whose source is bracketed and its age follows: "Title (Source) 3 hours ago",
"タイトル（新聞名）5時間前"."""
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEAR_PIECE = re.compile(r"\d{4}(?:\s+\d{1,2}[:.]\d{2})?$")
"""A piece that is a year, maybe with its time ("2019", "2019 05:47"): a date's end."""
_DAY_YEAR = re.compile(r"^(?:[^\W\d_][\w'’-]*,?\s+){0,2}(?:\d{1,2}\.?\s+\S+(?:\s\S+)?\s+\d{4}"
                       r"|\d{4}\s+\S+(?:\s\S+)?\s+\d{1,2}\.?|\S+(?:\s\S+)?\s+\d{1,2},?\s+\d{4})$")
"""A date in words: a day's number, a month's name (one word or two) and a year, in any of
their orders, a weekday's name (one word or two) before it or not."""
_URL_PIECE = re.compile(r"(?:\s+[·|•‧∙◦—–-]\s+|\s*[・｜\t]\s*)(?:https?://|www\.)\S+$", re.I)
"""A link address set off as a card line's last piece ("Title · Source · 3h · https://...")."""

AgeTest = Callable[[str], bool]


def _regex_age(text: str) -> bool:
    return AGE.match(text) is not None


def meta_fields(
    text: str, taken: Collection[str] = frozenset(), is_age: AgeTest = _regex_age
) -> dict[str, str]:
    """Source and age from a card's meta line, or ``{}``: "Coastline Times · 2 days ago",
    "Source — age", "age | Source", "Source, age", "(Source, age)", "Reuters Wire Digest 7 hours ago".

    Input: the line's text, the fields its card already has (``taken``: a field given twice
    means it is no meta line) and the age test (``AGE`` by default; the dump reader passes
    :func:`declutter.content.ages.is_age_fast`). Output: ``{"source": ..., "age": ...}``.
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if MARKS_HYPHEN_TAB_COMMAS_CHARACTER.search(text) is None:  # (a fast search: one character class)
        pieces = [text] if text else []
    else:
        pieces = [p for p in MARKS_HYPHEN_TAB_COMMAS.split(text) if p]
    if len(pieces) == 1:
        m = TRAILING_AGE.match(text)
        if m is None or _named_day(text, m.group(2)):
            return {}
        pieces = [m.group(1), m.group(2)]
    if len(pieces) != 2:
        return {}
    # not "The symptoms came on quickly", nor the year of a date cut at its comma ("2025"):
    # a number is a source ("24", "360") only beside an age in words ("vor 2 Stunden")
    sources = [source_piece(piece, pieces[1 - k]) for k, piece in enumerate(pieces)]
    # one piece is the age, the other the source: the age test (maybe ``dateparser``) is asked
    # first of a piece that cannot be the source, and not at all when neither can be
    if sources.count(False) == 2 or sources.count(False) == 1 and not is_age(pieces[sources.index(False)]):
        return {}
    if not any(is_age(p) for p in pieces):
        return {}
    fields: dict[str, str] = {}
    for piece, source in zip(pieces, sources, strict=True):
        name = "age" if is_age(piece) else "source" if source else None
        if name is None or name in fields or name in taken:
            return {}
        fields[name] = piece
    return fields


def source_piece(piece: str, other: str) -> bool:
    """Whether a piece of a two-piece meta line may be its source beside ``other``."""
    words = len(piece.split())
    return (words <= 3 or words <= 5 and name_like(piece)) and (
        not piece.isdigit() and _YEAR_PIECE.match(piece) is None
        or len(piece) <= 3 and piece.isdigit() and _WORDED.search(other) is not None)



def _named_day(text: str, age: str) -> bool:
    """Whether the word for a day ending ``text`` with no separator before it is the last
    word of a name ("Córdoba Hoy", "Berlin Heute"): a capitalised single word without digits,
    no comma before it, the whole line a name. An age set off alone ("Córdoba Hoy · 2h") or
    in words of its own ("Reuters 2 hours ago", "Reuters, hoy") is still read as one."""
    return (" " not in age and age[:1].isupper() and not any(c.isdigit() for c in age)
            and "," not in text and is_name(text))


def card_meta(text: str, taken: Collection[str], slow: AgeTest) -> dict[str, str]:
    """:func:`meta_fields` of a teaser card's line read with the regexes first, and with the
    slow age test ``slow`` (``dateparser``, :func:`declutter.content.ages.is_card_age`) only
    when the regexes find no age in it: a line whose age the regexes read ("Sport · 3h") never
    reaches the slow test, so it sees only pieces left over in an age's place."""
    return meta_fields(text, taken, is_age_fast) or meta_fields(text, taken, slow)


def layout(text: str) -> tuple[tuple[str, ...], str]:
    """A one-line card's layout: the separators that set its pieces apart, in order ("—", "·"
    of "Title — Source · 3h"), and its last piece ("3h")."""
    seps = list(MARKS_HYPHEN_TAB.finditer(text)) if MARKS_HYPHEN_TAB_CHARACTER.search(text) else []
    return tuple(m.group().strip() for m in seps), text[seps[-1].end() :].strip() if seps else text


def strong_pieces(text: str) -> list[str]:
    """A line cut at its strong separators (" · ", " | ", "・"; no commas): its non-empty pieces."""
    if MARKS_HYPHEN_TAB_CHARACTER.search(text) is None:
        return [text.strip()] if text.strip() else []
    return [p.strip() for p in MARKS_HYPHEN_TAB.split(text) if p.strip()]


def _pieces(text: str, is_age: AgeTest) -> list[str]:
    """Split a one-line card at its separators. When they differ ("DUBAI — Title | 3h"), only
    the kind that sets the age apart splits: the others belong to the title."""
    if MARKS_HYPHEN_TAB_CHARACTER.search(text) is None:  # (a fast search: one character class)
        return [text.strip()] if text.strip() else []
    seps = list(MARKS_HYPHEN_TAB.finditer(text))
    # the pieces between the separators (what ``split`` gives: no separator is empty)
    ends = [0, *(x for m in seps for x in m.span()), len(text)]
    pieces = [text[ends[k] : ends[k + 1]].strip() for k in range(0, len(ends), 2)]
    kinds = {m.group().strip() for m in seps}
    if len(kinds) < 2:
        return [p for p in pieces if p]
    if is_age(pieces[-1]):
        kind = seps[-1].group().strip()
    elif is_age(pieces[0]):
        kind = seps[0].group().strip()
    else:
        return [p for p in pieces if p]
    space = "*" if kind in UNSPACED else "+"
    split = [p.strip() for p in re.split(rf"\s{space}{re.escape(kind)}\s{space}", text) if p.strip()]
    cut = list(MARKS_HYPHEN_TAB.finditer(split[0])) if len(split) == 2 else []
    if cut and is_age(split[1]):
        # "Title — Source · 3h": the piece just before the age's separator, set off by the
        # other kind, is the source when it is name-length and shorter than what precedes it
        # ("DUBAI — Airline orders fifty new jets | 3h" keeps its dateline in the title)
        head, tail = split[0][: cut[-1].start()].strip(), split[0][cut[-1].end() :].strip()
        name = cjk_name(tail) or 0 < len(tail.split()) <= NAME_WORDS and name_like(tail)
        if name and _words(head) > _words(tail):
            return [head, tail, split[1]]
    return split


_QUOTED = re.compile(r"^([\"“„«‘'「『])(.+)([\"”“»’'」』])$")
_CLOSING = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'", "「": "」", "『": "』"}


# A teaser label opening a linked title ("<a>Related: Title</a>"), its separator required.
_LINKED_LABEL = re.compile(rf"^{TEASER_LABEL}\s*(?:[:|»>]|\s[-–—])\s*(?=\S)", re.I)


def unlabelled(title: str) -> str:
    """A teaser title without the card's label when the label sits inside the link too
    ("Related: Ferry route to run all winter" -> "Ferry route to run all winter"); the label
    then is the card's leftover text. The label must end in a separator (":", "|", "»", " - "),
    so "More trains for the coast" stays whole, and at least two words must follow it."""
    m = _LINKED_LABEL.match(title)
    return title[m.end() :] if m and len(title[m.end() :].split()) >= 2 else title


def unquote(title: str) -> str:
    """A title without the quotation marks that enclose all of it ("«Title»" -> "Title");
    a title that only begins or ends with a quote keeps it."""
    m = _QUOTED.match(title)
    if m is None or m.group(3) not in (_CLOSING[m.group(1)], m.group(1)):
        return title
    inner = m.group(2)
    return title if any(q in inner for q in (m.group(1), m.group(3))) else inner


def _words(text: str) -> int:
    """Words of a piece of a card line; a CJK run counts a word for each two characters, and
    a script's word marks part words (:func:`declutter.blocks.spaced_words`)."""
    return max(spaced_words(text), len(CJK.findall(text)) // 2)


_EXCLAIM = frozenset(ASKS)
_COMMA = re.compile(f"[{COMMAS}]")
_ORDINAL_END = re.compile(r"\s\d{1,4}\.$")
"""A title's last word a number with its ordinal point ("... do 2028.", "... bis 15."), no
sentence's full stop."""


def card_line_fields(text: str, is_age: AgeTest = _regex_age) -> dict[str, str] | None:
    """A whole teaser on one line: title, source and age in any order and with any separators
    ("Title — Source, 3h", "• Title (Source, yesterday)", "2 h · Source · Title", "1. Title | 3h").

    Output: ``{"title", "age"[, "source"]}`` (a title of >= 3 words and an age are required),
    or ``None``.
    """
    text = text.strip()
    if not (text[:1].isdigit() and is_age(MARKS_HYPHEN_TAB.split(text, 1)[0])):
        text = BULLET.sub("", text)  # "1. Title | 3h", not "3. März 2025 · Source · Title"
    label = _ARROW_LABEL.match(text)  # "Lee también → Title (ayer)": the label is no field
    if label and _words(text[label.end() :]) >= 3:
        text = text[label.end() :]
    link = _URL_PIECE.search(text) if "://" in text or "www." in text else None
    if link:  # "Title · Source · 3h · https://...": the address is the card's link, no title
        fields = card_line_fields(text[: link.start()], is_age)
        return fields and {**fields, "url": link.group().lstrip(" ·|•‧∙◦—–-・｜\t")}
    if text.endswith((")", "]", "）")):
        m = _PARENTHESES.match(text)
    elif ")" in text or "）" in text or "]" in text:
        m = None
        bracketed = _BRACKET_THEN_AGE.match(text)
        if bracketed and is_age(bracketed.group("age")) and _words(bracketed.group("title")) >= 3:
            source = bracketed.group("source").strip()
            # a name begins with a letter: not a handle ("— Ann Lee (@annlee) May 3, 2019",
            # a post's signature) nor a second clock ("Updated 1909 GMT (0309 HKT) ..."), and
            # lists nothing ("(Bauch/Seite)"); a date with its year after the brackets names
            # a law or a work ("Gesetz (B-VG) vom 1. Oktober 1920"): a list's cards are recent
            if (source[:1].isalpha() and "/" not in source and _YEAR.search(bracketed.group("age")) is None
                    and not is_age(source) and (is_name(source) or cjk_name(source))):
                return {"title": unquote(bracketed.group("title").rstrip(" -–—·|,")),
                        "source": source, "age": bracketed.group("age")}
    else:
        m = None
    if m:
        part = m.group("meta") or m.group("square")
        meta = meta_fields(part, (), is_age)
        if not meta and is_age(part):
            meta = {"age": part}
        if meta and spaced_words(m.group("title")) >= 3:
            return {"title": unquote(m.group("title").rstrip(" -–—·|,")), **meta}
        if "," in part:  # "(South Downs Gazette, Jan 5, 2025)": a meta part misread, no card
            return None
        # no meta part: the title's own brackets ("... Energy (MOTIE)", "... (£40)"), read on:
        # an age must still stand apart at a separator
    pieces = _pieces(text, is_age)
    if len(pieces) < 2:
        pieces = [p.strip() for p in text.rsplit(", ", 2)]
        if len(pieces) < 2:
            return None
    fields: dict[str, str] = {}
    rest: list[str] = []
    whole = -1  # the piece that gave both source and age ("Source, 3h")
    for k, piece in enumerate(pieces):
        meta = meta_fields(piece, fields, is_age) if _COMMA.search(piece) else {}
        if meta:
            fields.update(meta)
            whole = k if len(meta) == 2 else -1
        elif "age" not in fields and is_age(piece):
            fields["age"] = piece
        else:
            rest.append(piece)
    if "age" not in fields or not rest:
        return None
    if whole in (0, len(pieces) - 1) and len(rest) > 1:
        # source and age in one piece at an end: all the rest is the title, separators and all
        # ("CLEVELAND, Ohio – The band will tour — Metro Courier, 3h")
        # (the rest's span is sought on its side of that piece: "in" is also in "vor 40 Min")
        lo, hi = (text.find(pieces[0]) + len(pieces[0]), len(text)) if whole == 0 else (
            0, text.rfind(pieces[-1]))
        rest = [text[text.find(rest[0], lo, hi) : text.rfind(rest[-1], lo, hi) + len(rest[-1])]]
    title = max(rest, key=_words)
    if _words(title) < 3 or title.endswith(".") and not _ORDINAL_END.search(title) or is_age_fast(title) or (
            text[-1] in _EXCLAIM and not text.endswith(title)):
        return None  # ("... for success. Why it's crucial, actually!": a "?" or "!" ends a title;
        # an age is none: "Source · 2 uur geleden · 12 reacties" read with a count for its age)
    fields["title"] = unquote(title)
    others = [p for p in rest if p is not title]
    if len(others) > 1 or any(len(p.split()) > 6 for p in others):
        return None
    if others and "source" not in fields:
        fields["source"] = others[0]
    return fields


def source_label(fields: dict[str, str], is_age: AgeTest = _regex_age) -> dict[str, str] | None:
    """A one-line card without a source whose title begins "Name: " ("Diario del Valle:
    Title"): its fields with the name (<= 4 words, each capitalised, no age) as the source,
    as a kicker before a linked title is; else ``None``. A headline may begin so too ("Madrid:
    ..."): the caller asks it only of lists whose every card begins so."""
    m = _SOURCE_LABEL.match(fields["title"]) if "source" not in fields else None
    if m is None:
        return None
    name, rest = m.group(1), m.group(2)
    if is_name(name) and _words(rest) >= 3 and not is_age(name):
        return {**fields, "source": name, "title": rest}
    return None


def byline_names(text: str, is_age: AgeTest = _regex_age,
                 named: Callable[[str], bool] | None = None) -> tuple[list[str], str] | None:
    """A byline's pieces: ``([name, ...], age)`` of a line that is one age and one or two names
    (:func:`is_name` or :func:`cjk_name`, or ``named``) set apart by separators or commas ("By
    Ann Lee · Harbor Ledger · 3h", "Анна Соколова, «Вечерний Курьер», 2 часа назад", "By Tom
    Reilly | 2 hours ago"), names unquoted; else ``None``. Which name is the person's and which
    the site's is the caller's to tell."""
    text = text.strip()
    pieces = [p.strip() for p in MARKS_HYPHEN_TAB_COMMAS.split(text) if p.strip()]
    dated = ""
    if len(pieces) >= 3 and _CLOCK.match(pieces[-1]) and is_age(pieces[-2]):
        # a full date and its time set apart by a comma ("12. März 2025, 14:05 Uhr",
        # "Wednesday 12 March 2025, 14:05 GMT") are one age
        pieces[-2:] = [text[text.rfind(pieces[-2]):]]
    elif len(pieces) >= 3 and _CLOCK.match(pieces[-1]) and _DAY_YEAR.match(pieces[-2]):
        # so are a day, a month's word no reader knows and a year, and the time after a
        # comma ("৭ ডিসেম্বর ২০২৬, ১০:৩০"), whatever the month's language
        pieces[-2:] = [dated := text[text.rfind(pieces[-2]):]]
    else:
        pieces = _year_ended(text, pieces, is_age)
    if not 2 <= len(pieces) <= 3:
        return None
    # each piece is the age or a name: two pieces that are no name cannot both be the one age,
    # and the one that is none must be it (asked first: the age test may be ``dateparser``)
    unnamed = [p for p in pieces if not _byline_name(unquote(p), named)]
    if len(unnamed) > 1 or unnamed and not (unnamed[0] == dated or is_age(unnamed[0])):
        return None
    ages = [p for p in pieces if p == dated or is_age(p)]
    names = [unquote(p) for p in pieces if p not in ages]
    if len(ages) != 1 or not all(_byline_name(n, named) for n in names):
        return None
    return names, ages[0]


def _year_ended(text: str, pieces: list[str], is_age: AgeTest) -> list[str]:
    """The pieces with a year split off by a comma joined to the date it ends ("December 6,
    2026", "October 9, 2018 | by Name", "20 Nov, 2019 05:47"), with the time after it when
    that is the last piece ("May 30, 2019, 9:02 AM"): the piece before the year, the year (and
    time) are one age. Else the pieces unchanged."""
    k = next((k for k in range(1, len(pieces)) if _YEAR_PIECE.match(pieces[k])), 0)
    if not k:
        return pieces
    last = k + 1 if k + 2 == len(pieces) and _CLOCK.match(pieces[-1]) else k
    start = text.find(pieces[k - 1])
    end = text.find(pieces[last], start + len(pieces[k - 1])) + len(pieces[last])
    if is_age(date := text[start:end]):
        return [*pieces[:k - 1], date, *pieces[last + 1:]]
    return pieces


def _byline_name(text: str, named: Callable[[str], bool] | None) -> bool:
    """A name of a byline's by any of the tests; a piece without a letter ("2026") is none."""
    return PLAIN_LETTER.search(text) is not None and (
        is_name(text) or cjk_name(text) or named is not None and named(text))
