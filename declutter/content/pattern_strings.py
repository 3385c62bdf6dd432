"""The literal strings a regular expression's every match holds, read off its source: a
parser of the subset of regex syntax the age patterns use (:func:`parse_alternatives`), whether
an alternative needs a digit (:func:`needs_digit`) and its longest run of literal characters
(:func:`needed_strings`). Used to tell texts that cannot hold an age
(:mod:`declutter.content.ages`) or a date ``dateparser`` reads
(:mod:`declutter.content.date_words`) without running either.
"""

from __future__ import annotations

import re
from typing import Any

PatternSeq = list[tuple[Any, int, str]]
"""One alternative of a parsed pattern (:func:`parse_alternatives`): (item, least repeats, source)."""
_ESCAPES = frozenset("dDsSwW.\\-'()[]?*+|{}$^/")


def class_end(pattern: str, i: int) -> int:
    """The index of the ``]`` closing the character class that opens at ``pattern[i]`` (a
    ``[``): a ``^`` and a ``]`` right after the opening are the class's own, a backslash
    escapes the character after it. Raises IndexError on a class left open."""
    j = i + 1 + (pattern[i + 1] == "^")
    j += pattern[j] == "]"
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def parse_alternatives(pattern: str, i: int = 0) -> tuple[list[PatternSeq], int]:
    """Parse the subset of regex syntax the age patterns use: ``(alternatives, end)``, each
    alternative a sequence of (item, least repeats, source) where an item is a one-character
    string, an escape, a ``[...]`` class or a nested list of alternatives. Raises ValueError
    on syntax outside that subset (anchors, look-arounds, named groups, numeric escapes)."""
    alternatives: list[PatternSeq] = []
    seq: PatternSeq = []
    while i < len(pattern) and pattern[i] != ")":
        c, start = pattern[i], i
        if c == "|":
            alternatives.append(seq)
            seq, i = [], i + 1
            continue
        item: Any
        if c == "\\":
            if pattern[i + 1] not in _ESCAPES:
                raise ValueError(f"escape {pattern[i:i + 2]!r} not read by the age test")
            item, i = pattern[i:i + 2], i + 2
        elif c == "[":
            j = class_end(pattern, i)
            item, i = pattern[i:j + 1], j + 1
        elif c == "(":
            opening = next((o for o in ("(?:", "(?-i:") if pattern.startswith(o, i)), "(")
            if opening == "(" and pattern.startswith("(?", i):
                raise ValueError(f"group {pattern[i:i + 4]!r} not read by the age test")
            item, i = parse_alternatives(pattern, i + len(opening))
            i += 1  # its ")"
        elif c in "^$":
            raise ValueError("anchor inside the age pattern")
        else:
            item, i = c, i + 1
        least = 1
        quantifier = _QUANTIFIER.match(pattern, i)
        if quantifier:
            q = quantifier.group()
            least = 0 if q in "?*" else 1 if q == "+" else int(quantifier.group(1) or 0)
            i = quantifier.end()
        seq.append((item, least, pattern[start:i]))
    alternatives.append(seq)
    return alternatives, i


_QUANTIFIER = re.compile(r"(?:[?*+]|\{(\d*)(?:,\d*)?\})[?+]?")


def needs_digit(seq: PatternSeq) -> bool:
    """Whether every match of the sequence holds a digit (a ``\\d`` it cannot skip)."""
    return any(least >= 1 and (item == "\\d" if isinstance(item, str)
                               else all(needs_digit(alt) for alt in item))
               for item, least, _ in seq)


def _literal(item: Any) -> list[str] | None:
    """The characters a one-character item stands for (``a``, ``\\.``, ``[aá]``), or None."""
    if not isinstance(item, str):
        return None
    if len(item) == 1:
        return None if item in ".|" else [item]
    if item[0] == "\\":
        return None if item[1].isalnum() else [item[1]]
    if item[0] == "[" and item[1] != "^" and all(c not in "\\-^" for c in item[1:-1]):
        return list(item[1:-1])
    return None


def needed_strings(seq: PatternSeq) -> list[str] | None:
    """One of these strings is in every match of the sequence (its longest run of literal
    items, read case-blind), or None when it has no such run."""
    best: list[str] | None = None
    run: list[str] = [""]
    for item, _, source in [*seq, (None, 1, "")]:
        chars = _literal(item) if source == (item if isinstance(item, str) else "") else None
        if chars is not None and len(run) * len(chars) <= 16:
            run = [r + c for r in run for c in chars]
            continue
        if run[0] and (best is None or len(run[0]) > len(best[0])):
            best = run
        run = [""] if chars is None else chars
    return best
