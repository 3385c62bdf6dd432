"""Searching a page's blocks all at once, for the rule engine (:mod:`declutter.ruleset.engine`).

The blocks' texts are joined by "\n" into one page and searched in one pass per matcher kind:
case folding (:func:`fold_all`), literal phrases (:func:`literal_set`, an RE2 set; the engine
falls back to Aho-Corasick past :data:`PHRASE_SET_MAX` phrases) and regexes in multi-line mode
(:func:`page_matchers`); :func:`starts` maps a page offset back to its block.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any

import re2

from declutter.content.features import fold
from declutter.ruleset.cost import set_options

_SPACES = "".join(re.findall(r"[^\S \n]", "".join(map(chr, range(0x10000)))))
r"""White space (``str.isspace``, what ``str.split`` splits on, is what ``\s`` matches in a
``str`` pattern) but the space and the line break; Unicode has none outside the Basic
Multilingual Plane. (One ``re`` scan: a Python loop over the 65,536 characters cost ~2 ms of
every start-up.)"""
_ODD_SPACE = re2.compile("[" + "".join(f"\\x{{{ord(c):x}}}" for c in _SPACES) + "]|  | \n|\n ")
"""Where a page's texts joined by "\n" hold white space other than single spaces inside one."""


def fold_all(texts: list[str]) -> list[str]:
    """:func:`fold` of each text: the page case folded at once (character by character, and
    no character folds to a line break), white space collapsed only in the texts that need it:
    one with a white space other than single spaces inside it (every white space character
    but the space is unprintable). When the page holds no such text (one RE2 search over the
    whole page, :data:`_ODD_SPACE`), no text is looked at one by one."""
    return fold_page(texts)[0]


def fold_page(texts: list[str]) -> tuple[list[str], str, bytes, str | None]:
    """(:func:`fold_all` of ``texts``, those joined by "\n", that in UTF-8, ``texts`` joined
    by "\n" or None when a text holds a line break): each joined and encoded once, for the
    rule engine's page searches. No character folds to or from white space (checked over all
    of Unicode), so the folded page's bytes tell where the page holds odd white space."""
    page = "\n".join(texts)
    folded_page = page.casefold()
    folded = folded_page.split("\n")
    if len(folded) != len(texts):  # a text holds a line break (or there are none)
        folded = [fold(t) for t in texts]
        folded_page = "\n".join(folded)
        return folded, folded_page, folded_page.encode("utf-8"), None
    data = folded_page.encode("utf-8")
    if page[:1] != " " and page[-1:] != " " and _ODD_SPACE.search(data) is None:
        return folded, folded_page, data, page
    for k, text in enumerate(texts):
        if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
            folded[k] = fold(text)
    folded_page = "\n".join(folded)
    return folded, folded_page, folded_page.encode("utf-8"), page


# A regex that means the text's very start or end (\A, \z), or turns a flag off (``(?-m)``,
# ``(?i-m:...)``): searched across a whole page in multi-line mode it could miss a block's match.
_WHOLE_TEXT = re.compile(r"\\[Az]|\(\?[a-zA-Z]*-")


class PageRegexes:
    """``[k] -> (rule index, regex)`` of a page set's regexes, each compiled by the first page
    the set finds it on (a run's pages match few of the rules' regexes; each compile costs
    ~0.5 ms of start-up). Every source already compiled in the set, so it compiles alone."""

    def __init__(self, regexes: list[tuple[int, str]], options: Any) -> None:
        self._regexes = regexes
        self._options = options
        self._compiled: dict[int, tuple[int, Any]] = {}

    def __len__(self) -> int:
        return len(self._regexes)

    def __getitem__(self, k: int) -> tuple[int, Any]:
        found = self._compiled.get(k)
        if found is None:
            i, source = self._regexes[k]
            found = self._compiled[k] = (i, re2.compile(source, self._options))
        return found


def page_matchers(regexes: list[tuple[int, str]]) -> tuple[Any, PageRegexes | list[Any]]:
    """(RE2 set, [(rule index, regex)]) of the ``(rule index, source)`` regexes for a search
    of a whole page (blocks joined by "\n"): multi-line (^ and $ hold at each block's ends)
    and never matching a "\n" (a match never spans two blocks), so a page match is a match of
    the block it lies in and each block's match is a page match. (None, []) when one of them
    cannot be searched so (:data:`_WHOLE_TEXT`) or the set does not compile."""
    if any(_WHOLE_TEXT.search(source) for _, source in regexes):
        return None, []
    options = set_options(never_nl=True)
    page_set = re2.Set.SearchSet(options)
    multiline = [(i, "(?m)" + source) for i, source in regexes]
    try:
        for _, source in multiline:
            page_set.Add(source)
        page_set.Compile()
    except re2.error:
        return None, []
    return page_set, PageRegexes(multiline, options)


PHRASE_SET_MAX = 1000
"""Most phrases and prefixes searched as one RE2 set (see :class:`declutter.ruleset.rule_index.RuleIndex`)."""


def literal_set(words: list[str]) -> Any:
    """One RE2 set of the ``words`` as literals (their indexes are the set's), or None when it
    does not compile."""
    literals = re2.Set.SearchSet(set_options(literal=True))
    try:
        for word in words:
            literals.Add(word)
        literals.Compile()
    except re2.error:
        return None
    return literals


def starts(texts: list[str]) -> list[int]:
    """Where each text begins in ``"\n".join(texts)``."""
    return [0, *accumulate(len(text) + 1 for text in texts[:-1])] if texts else []
