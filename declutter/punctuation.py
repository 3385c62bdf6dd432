"""Sentence punctuation: the one definition every reader uses of what ends a sentence.

A sentence ends in a character of the Unicode property ``Sentence_Terminal`` (UAX #29): the
Latin ". ! ?", and as well the CJK "。！？", the Devanagari and Bengali danda "।" and "॥", the
Armenian "։", the Ethiopic "።", the Myanmar "။", the Urdu "۔", the Arabic "؟" and the
full stops of every other script Unicode knows. Python's :mod:`unicodedata` does not expose
the property, so the characters are listed here (from Unicode 16; ``tests/test_punctuation.py``
checks the list against the ``regex`` package's ``\\p{Sentence_Terminal}`` where it is
installed). Thai has no sentence mark (a space ends its sentences), so no Thai line ends in one.
Nor is the Tibetan shad "།" one: the script closes every phrase with it, a headline's, a menu
item's and a byline's name too, so a line ending in it may be anything (its lines are told by
their words, :func:`declutter.blocks.spaced_words`); but it is closed, not cut short
(:data:`CLOSED`).
Regular expressions use :data:`STOP_CLASS`, the ones of the Basic Multilingual Plane (see there).
"""

from __future__ import annotations

import unicodedata

STOP_CLASS = (
    "!.?\u0589\u061d-\u061f\u06d4\u0700-\u0702\u07f9\u0837\u0839\u083d\u083e\u0964\u0965"
    "\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u17d4\u17d5\u1803\u1809\u1944\u1945"
    "\u1aa8-\u1aab\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d-\u1b7f\u1c3b\u1c3c\u1c7e\u1c7f"
    "\u2024\u203c\u203d\u2047-\u2049\u2cf9-\u2cfb\u2e2e\u2e3c\u2e53\u2e54\u3002\ua4ff\ua60e"
    "\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d-\uaa5f\uaaf0\uaaf1"
    "\uabeb\ufe12\ufe15\ufe16\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61"
)
"""The ``Sentence_Terminal`` characters of the Basic Multilingual Plane as the body of a
regular expression's ``[...]`` class (single characters and ``a-b`` ranges; no character that
a class would read otherwise): every living script's. The ones beyond it (:data:`_ASTRAL`:
Brahmi, Chakma, Sharada and other historic or minority scripts) are in :data:`STOPS` but not
here: a class listing them makes Python's ``re`` test each one in turn, and a ``search`` that
uses the class 15 times slower."""
_ASTRAL = (
    "\U00010a56\U00010a57\U00010f55-\U00010f59\U00010f86-\U00010f89\U00011047\U00011048"
    "\U000110be-\U000110c1\U00011141-\U00011143\U000111c5\U000111c6\U000111cd\U000111de"
    "\U000111df\U00011238\U00011239\U0001123b\U0001123c\U000112a9\U000113d4\U000113d5"
    "\U0001144b\U0001144c\U000115c2\U000115c3\U000115c9-\U000115d7\U00011641\U00011642"
    "\U0001173c-\U0001173e\U00011944\U00011946\U00011a42\U00011a43\U00011a9b\U00011a9c"
    "\U00011c41\U00011c42\U00011ef7\U00011ef8\U00011f43\U00011f44\U00016a6e\U00016a6f"
    "\U00016af5\U00016b37\U00016b38\U00016b44\U00016d6e\U00016d6f\U00016e98\U0001bc9f\U0001da88"
)


def _expand(body: str) -> str:
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.extend(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return "".join(chars)


STOPS = _expand(STOP_CLASS + _ASTRAL)
"""Every character that ends a sentence (``Sentence_Terminal``), as a string: a test
``last in STOPS`` or a set built from it."""
ASKS = "".join(c for c in STOPS if any(w in unicodedata.name(c, "") for w in ("QUESTION", "EXCLAMATION",
                                                                                  "INTERROBANG")))
"""The question and exclamation marks among :data:`STOPS` ("?", "!", "？", "؟", "‼", ...): a
headline may end in one, unlike in a full stop."""
EXCLAIMS = "".join(c for c in ASKS if "EXCLAMATION" in unicodedata.name(c, "") or c == "\u203d")
"""The exclamation marks among :data:`ASKS` ("!", "！", "‼", the interrobang "‽", ...)."""
QUESTIONS = "".join(c for c in ASKS if "QUESTION" in unicodedata.name(c, "") or c == "\u203d")
"""The question marks among :data:`ASKS` ("?", "？", "؟", "፧", ...)."""
PERIODS = "".join(c for c in STOPS if c not in ASKS)
"""The full stops among :data:`STOPS` (".", "。", "।", "։", "።", "۔", ...)."""
PHRASE_ENDS = "\u0f0d\u0f0e\u0f11"
"""The marks a script closes every phrase with, a sentence's and a headline's alike: the
Tibetan (and Dzongkha) shad "།", the double shad "༎" and the shad after a head mark "༑". No
sentence end (a headline ends in one too), but a line ending in one is whole."""
SCRIPT_CLOSES = "".join(c for c in PERIODS if c != ".") + PHRASE_ENDS
"""The full stops and phrase ends of scripts other than the Latin one ("।", "።", "։", "。",
the shad "།"): what a script closes a date or an age with ("৩ ঘণ্টা আগে।"), never part of
one, unlike the Latin "." of an abbreviated age ("3 u.")."""


def unclosed(text: str) -> str:
    """``text`` stripped, without a script's closing mark (:data:`SCRIPT_CLOSES`) at its end:
    what an age test reads."""
    return text.strip().rstrip(SCRIPT_CLOSES).rstrip()


CLOSED = STOPS + PHRASE_ENDS
"""What a whole line ends in, as against one cut short (a teaser's excerpt, an unfinished
paragraph): a sentence end (:data:`STOPS`) or a script's phrase end (:data:`PHRASE_ENDS`)."""
