"""The tiny character-run patterns many readers share, compiled once.

Each is the one definition of its run, so that a module asks ``NUMBER.search(piece)`` instead
of compiling ``re.compile(r"\\d+")`` again under a name of its own. Python's ``re`` reads
``\\d``, ``\\w`` and ``\\W`` by Unicode: digits and word characters of every script.
"""

from __future__ import annotations

import re

DIGIT = re.compile(r"\d")
"""One digit (a quick test whether a line holds a number)."""
NUMBER = re.compile(r"\d+")
"""A run of digits: a number ("3 itula", "2026"), read as one piece of a line's shape."""
PLAIN_LETTER = re.compile(r"[^\W\d_]")
"""One letter, no digit or underscore (no combining mark: see
:data:`declutter.content.features.LETTER` for a letter with its marks)."""
WORD = re.compile(r"\w+")
"""A run of word characters: letters, digits, marks and "_"."""
LONG_WORD = re.compile(r"\w{4,}")
"""A word of four characters or more (a content word, not a function word's)."""
NOT_WORD = re.compile(r"\W+")
"""A run of what is no word character: spaces and punctuation, dropped to compare texts."""
