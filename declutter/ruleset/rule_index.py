"""The rules of one combination of in-scope rule files, indexed so that a page's blocks are
matched against them in one pass per matcher kind (:class:`RuleIndex`), for the rule engine
(:mod:`declutter.ruleset.engine`, which then tests each candidate's conditions and applies the
rules by precedence).

Exact lines are a hash lookup, phrases and prefixes one RE2 literal-set pass over the whole page
(one Aho-Corasick pass when there are over ``PHRASE_SET_MAX`` of them), regexes one RE2 set pass
over each piece of ``REGEX_LINES`` blocks (then one search per regex that hit there); only
CSS/XPath/position rules are looped over.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import ahocorasick

from declutter.ruleset.cost import regex_set
from declutter.ruleset.model import Rule
from declutter.ruleset.page_search import PHRASE_SET_MAX, literal_set, page_matchers, starts

REGEX_LINES = 32
"""Blocks searched together by the regex rules' page set: a regex it finds is searched for in
those alone (16-48 cost alike on the rendered pages; the whole page ~1.3 times as much)."""


class RuleIndex:
    """The rules of one combination of in-scope files, indexed for matching."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.exact: dict[str, list[int]] = {}
        self.automaton: Any = None
        self.scan: list[int] = []
        words: dict[str, list[tuple[int, bool]]] = {}
        regexes: list[tuple[int, str]] = []
        for i, rule in enumerate(rules):
            m = rule.match
            if m.text:
                for t in m.text:
                    self.exact.setdefault(t, []).append(i)
            elif m.phrase or m.prefix:
                for t in m.phrase:
                    words.setdefault(t, []).append((i, False))
                for t in m.prefix:
                    words.setdefault(t, []).append((i, True))
            elif m.regex is not None:
                regexes.append((i, m.regex_source or ""))
            else:
                self.scan.append(i)
        # Rules led by a regex share one RE2 set: a single pass per block finds which of
        # them can match, instead of one search per rule. Faster still, one pass per page
        # (page_matchers): the blocks joined by "\n", searched by the same regexes in
        # multi-line mode that never match a "\n", so each match lies in one block and is a
        # match of that block.
        # The block-by-block set is compiled on the first page that needs it (a block holding
        # a line break, or no page matchers): each RE2 set costs ~8 ms to compile, and most
        # runs never need this one (issue 16: start-up).
        self._regexes = [source for _, source in regexes]
        self._regex_set: Any = None
        self.regex_owner = [i for i, _ in regexes]
        self.page_set: Any = None
        self.page_regexes: Any = []
        if regexes:
            self.page_set, self.page_regexes = page_matchers(regexes)
        self.regex_led = frozenset(i for i, _ in regexes)
        """Rules led by their regex: a block is their candidate only where it matched."""
        # Phrases and prefixes: one RE2 set of literals (a DFA over the page's bytes, about
        # three times as fast on a page as the automaton) when they are few enough for its
        # memory to stay small, else one Aho-Corasick automaton (memory linear in the phrases)
        self.phrases = [(word, owners) for word, owners in words.items() if word]
        self.phrase_set: Any = literal_set([w for w, _ in self.phrases]) if (
            0 < len(self.phrases) <= PHRASE_SET_MAX) else None
        if self.phrases and self.phrase_set is None:
            self.automaton = ahocorasick.Automaton()
            for word, owners in self.phrases:
                self.automaton.add_word(word, (len(word), owners))
            self.automaton.make_automaton()

    @property
    def regex_set(self) -> Any:
        """The RE2 set of the regex-led rules' regexes, searched block by block (None when
        there are none), compiled on first use."""
        if self._regex_set is None and self._regexes:
            self._regex_set = regex_set(self._regexes)
        return self._regex_set

    def candidates(
        self, folded: list[str], texts: list[str], folded_page: str | None = None,
        folded_data: bytes | None = None, page: str | None = None,
    ) -> list[tuple[int, list[int]]]:
        """(block index, rule indexes) of a page's blocks (``folded`` and ``texts`` per block;
        ``folded_page``: ``folded`` joined by "\n", ``folded_data`` that in UTF-8, when the
        caller has them; ``page``: ``texts`` joined by "\n" when the caller found that no text
        holds a line break)
        that the leading matcher of some rule matches, in block order, rules in rule order
        (the engine's ``_PageContext.check`` then tests all of a rule's conditions). One pass
        over the page per matcher kind, not one per block: blocks no rule can match cost
        nothing."""
        found: dict[int, list[int]] = {}
        if not self.exact.keys().isdisjoint(folded):
            for k, f in enumerate(folded):
                if f in self.exact:
                    found[k] = list(self.exact[f])
        if self.phrase_set is not None:
            joined = "\n".join(folded) if folded_page is None else folded_page
            hits = self.phrase_set.Match(joined.encode("utf-8") if folded_data is None else folded_data)
            spots: list[tuple[int, int]] = []  # each occurrence of a phrase, as the automaton's
            for h in hits or ():
                word = self.phrases[h][0]
                start = joined.find(word)
                while start >= 0:
                    spots.append((start, h))
                    start = joined.find(word, start + 1)
            spots.sort()
            k = at = line = 0  # the block at ``at`` and where that block begins
            for start, h in spots:  # the "\n" before each spot, counted on from the previous one
                breaks = joined.count("\n", at, start)
                if breaks:
                    k, line = k + breaks, joined.rfind("\n", at, start) + 1
                at = start
                for i, at_start in self.phrases[h][1]:
                    if not at_start or start == line:
                        found.setdefault(k, []).append(i)
        elif self.automaton is not None:
            begins = starts(folded)
            joined = "\n".join(folded) if folded_page is None else folded_page
            for end, (length, owners) in self.automaton.iter(joined):
                start = end - length + 1  # (a phrase holds no "\n": it lies in one block)
                k = bisect_right(begins, start) - 1
                for i, at_start in owners:
                    if not at_start or start == begins[k]:
                        found.setdefault(k, []).append(i)
        if self.regex_owner:  # (not ``regex_set``: that compiles the block-by-block set)
            whole = page is not None  # (else: whether a text holds a line break is counted)
            page = "\n".join(texts) if page is None else page
            if self.page_set is not None and (whole or page.count("\n") == len(texts) - 1):
                # a piece of REGEX_LINES blocks at a time, joined by "\n" as the page is (its
                # matches are those of the page's blocks), in UTF-8 bytes: offsets in bytes,
                # with no conversion to characters per match; a match's block is the number of
                # "\n" before it, counted on from the previous match. The set tells which
                # regexes match in which piece: each searches only its own pieces, not the page
                for lo in range(0, len(texts), REGEX_LINES):
                    data = "\n".join(texts[lo : lo + REGEX_LINES]).encode("utf-8")
                    hits = self.page_set.Match(data)
                    for h in hits or ():
                        i, regex = self.page_regexes[h]
                        k, at = lo, 0
                        for m in regex.finditer(data):
                            k += data.count(b"\n", at, m.start())
                            at = m.start()
                            found.setdefault(k, []).append(i)
            else:  # a block holds a line break (or no page matchers): block by block
                regexes = self.regex_set
                for k, text in enumerate(texts):
                    hits = regexes.Match(text)
                    if hits:
                        found.setdefault(k, []).extend(self.regex_owner[h] for h in hits)
        if self.scan:
            for k in range(len(folded)):
                found.setdefault(k, []).extend(self.scan)
        return [(k, sorted(set(f)) if len(f) > 1 else f) for k, f in sorted(found.items())]
