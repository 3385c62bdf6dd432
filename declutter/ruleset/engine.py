"""Apply rule files to a page's blocks.

Precedence, in the order the engine applies it:

1. **Scope**: only files whose scope fits the page take part (its URL, else its canonical
   link; its source, else its ``og:site_name``; or a marker line). Site files come before global
   ones; among equals, bundled files before ``--rules`` folders, then file order, then rule order.
2. **keep** protects a block: no drop, end-of-story or teaser label can touch it; it is story.
3. **drop** labels a block boilerplate; the first matching rule (in precedence order) is named.
4. **teasers** parses teaser records with the rule's pattern, from the matched block
   (``span: self``) or from the blocks after a marker (``span: next``; the marker is dropped).
5. **end-of-story**: from the first block it matches, nothing is story; undecided blocks after
   it are dropped under its id.

Cost per block does not grow with the number of phrase rules: exact lines are a hash
lookup, phrases and prefixes one RE2 literal-set pass over the whole page (one Aho-Corasick
pass when there are over ``PHRASE_SET_MAX`` of them), regexes one RE2 set
pass over each piece of ``REGEX_LINES`` blocks (then one search per regex that hit there); only
CSS/XPath/position rules are looped over.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick

from declutter.blocks import BOILERPLATE, TEASER, Block, Page
from declutter.content.patterns import parse_teasers
from declutter.ruleset.cost import regex_set
from declutter.ruleset.load import bundled_dir, load_files
from declutter.ruleset.model import Matcher, Rule, RuleFile
from declutter.ruleset.page_search import (
    PHRASE_SET_MAX,
    fold_page,
    literal_set,
    page_matchers,
    starts,
)
from declutter.ruleset.page_search import fold as fold  # (re-exported: rule tools fold so too)
from declutter.ruleset.page_search import fold_all as fold_all  # (re-exported)


@dataclass(slots=True)
class Decision:
    """Why a block got its label: every rule that matched it, and the one that won."""

    matched: list[str] = field(default_factory=list)
    winner: str | None = None


REGEX_LINES = 32
"""Blocks searched together by the regex rules' page set: a regex it finds is searched for in
those alone (16-48 cost alike on the rendered pages; the whole page ~1.3 times as much)."""


class _Compiled:
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
        words: frozenset[str] | None = None,
    ) -> list[tuple[int, list[int]]]:
        """(block index, rule indexes) of a page's blocks (``folded`` and ``texts`` per block;
        ``folded_page``: ``folded`` joined by "\n", ``folded_data`` that in UTF-8, when the
        caller has them; ``page``: ``texts`` joined by "\n" when the caller found that no text
        holds a line break; ``words``: the phrases the page holds, when the caller has them)
        that the leading matcher of some rule matches, in block order, rules in rule order
        (:meth:`_PageContext.check` then tests all of a rule's conditions). One pass over the
        page per matcher kind, not one per block: blocks no rule can match cost nothing."""
        found: dict[int, list[int]] = {}
        if not self.exact.keys().isdisjoint(folded):
            for k, f in enumerate(folded):
                if f in self.exact:
                    found[k] = list(self.exact[f])
        if self.phrase_set is not None:
            joined = "\n".join(folded) if folded_page is None else folded_page
            if words is not None:  # (found with the markers: no second pass over the page)
                hits = [h for h, (word, _) in enumerate(self.phrases) if word in words]
            else:
                hits = self.phrase_set.Match(
                    joined.encode("utf-8") if folded_data is None else folded_data)
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


class _PageContext:
    """Per-page caches for position (``after``) and CSS/XPath conditions."""

    def __init__(self, page: Page) -> None:
        self.page = page
        texts = [b.text for b in page.blocks]
        self.folded, self.folded_page, self.folded_data, self.joined = fold_page(texts)
        self.texts = texts
        self._after: dict[int, int] = {}
        self._selected: dict[int, set[Any]] = {}

    def after_index(self, marker: Matcher) -> int:
        key = id(marker)
        if key not in self._after:
            first = len(self.page.blocks)
            for block in self.page.blocks:
                if self.check(marker, block):
                    first = block.index
                    break
            self._after[key] = first
        return self._after[key]

    def selected(self, m: Matcher, block: Block) -> bool:
        if self.page.tree is None or block.element is None:
            return False
        key = id(m)
        if key not in self._selected:
            try:
                found = m.compiled_xpath(self.page.tree)
            except Exception:  # an XPath that errors on this page selects nothing
                found = []
            self._selected[key] = {e for e in found if hasattr(e, "tag")}
        chosen = self._selected[key]
        if not chosen:
            return False
        element = block.element
        while element is not None:
            if element in chosen:
                return True
            element = element.getparent()
        return False

    def check(self, m: Matcher, block: Block, matched: bool = False) -> bool:
        """Whether every condition of ``m`` holds for ``block`` (``matched``: its regex is
        known to match, as for a candidate of a rule led by its regex: not searched again)."""
        folded = self.folded[block.index]
        if m.text and folded not in m.text:
            return False
        if m.phrase and not any(p in folded for p in m.phrase):
            return False
        if m.prefix and not any(folded.startswith(p) for p in m.prefix):
            return False
        if m.kind and block.kind not in m.kind:
            return False
        words = block.words if (m.min_words is not None or m.max_words is not None) else 0
        if m.min_words is not None and words < m.min_words:
            return False
        if m.max_words is not None and words > m.max_words:
            return False
        if m.regex is not None and not matched and not m.regex.search(block.text):
            return False
        if m.compiled_xpath is not None and not self.selected(m, block):
            return False
        return m.after is None or block.index > self.after_index(m.after)


class RuleSet:
    """Loaded, checked rule files, ready to label pages.

    >>> rules = RuleSet.load()              # the bundled rules
    >>> rules = RuleSet.load([Path("my-rules")])   # bundled, then my-rules/
    """

    def __init__(self, files: Sequence[RuleFile]) -> None:
        # Site files first, then global; stable within each tier (bundled before user).
        self.files = sorted(files, key=lambda f: not f.site)
        self._views: dict[tuple[int, ...], _Compiled] = {}
        # the scope markers and the phrases and prefixes of all files, one RE2 literal set (when
        # small enough): one pass finds those a page holds (else a set of the markers alone)
        self._markers = sorted({m for f in self.files for m in f.scope.markers})
        words = {w for f in self.files for r in f.rules for w in (*r.match.phrase, *r.match.prefix)}
        self._words = sorted(words.union(self._markers) - {""})
        self._word_set = literal_set(self._words) if 0 < len(self._words) <= PHRASE_SET_MAX else None
        self._marker_set = (literal_set(self._markers) if self._markers and self._word_set is None
                            else None)
        self.sources: tuple[Path, ...] | None = None
        """The files and folders :meth:`load` read (None for a set built from files)."""

    @classmethod
    def load(cls, extra: Iterable[Path] = (), bundled: bool = True) -> RuleSet:
        """Load the bundled rules (unless ``bundled=False``) and then each extra file or folder.

        Raises :class:`declutter.ruleset.load.RuleError` with every problem found.
        """
        paths = ([bundled_dir()] if bundled else []) + [Path(p) for p in extra]
        rules = cls(load_files(paths))
        rules.sources = tuple(p.absolute() for p in paths)
        return rules

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the paths it was loaded from (compiled RE2, Aho-Corasick and XPath
        matchers do not pickle): a worker process loads the same files again. Raises
        :class:`TypeError` for a set not made by :meth:`load`."""
        if self.sources is None:
            raise TypeError("this RuleSet was not made by RuleSet.load, so a worker process "
                            "cannot load it again; use jobs=1")
        return (_reload, (self.sources,))



    def definition(self, name: str) -> Any:
        """The compiled RE2 regex of a named definition (``age``, ``source-age``), or None.

        Other labelling code (the HTML scorer) can split a teaser's "Source · age" line the
        way rule files do: ``rules.definition("source-age").search(text).groupdict()``.
        """
        return next((f.definitions[name] for f in self.files if name in f.definitions), None)

    @property
    def rules(self) -> list[Rule]:
        return [r for f in self.files for r in f.rules]

    def _page_words(self, folded: str, data: bytes | None = None) -> frozenset[str] | None:
        """The markers, phrases and prefixes the folded page holds (None: no set of them)."""
        if self._word_set is None:
            return None
        hits = self._word_set.Match(folded.encode("utf-8") if data is None else data)
        return frozenset(self._words[h] for h in hits or ())

    def _view(self, page: Page, folded: str, data: bytes | None = None,
              words: frozenset[str] | None = None) -> _Compiled:
        # A page read from a file has no URL, but its canonical link (and og:site_name) say
        # where it comes from just as well.
        url2, source2 = page.meta.get("canonical_url"), page.meta.get("site_name")
        held: Container[str] = folded  # (the markers the page holds, when a set finds them)
        if self._marker_set is not None:
            hits = self._marker_set.Match(folded.encode("utf-8") if data is None else data)
            held = frozenset(self._markers[h] for h in hits or ())
        elif self._word_set is not None:
            held = self._page_words(folded, data) if words is None else words
        active = tuple(
            i for i, f in enumerate(self.files)
            if f.scope.applies(page.url, page.source, held)
            or ((url2 or source2) and f.scope.applies(url2, source2, ""))
        )
        view = self._views.get(active)
        if view is None:
            if len(self._views) > 256:
                self._views.clear()
            view = self._views[active] = _Compiled(
                [r for i in active for r in self.files[i].rules]
            )
        return view

    def apply(self, page: Page, explain: bool = True) -> list[Decision]:
        """Label the page's blocks by the rules; return, per block, which rules matched and
        won (``explain=False``: only for the blocks some rule matched, in page order)."""
        ctx = _PageContext(page)
        data = ctx.folded_data
        words = self._page_words(ctx.folded_page, data)
        view = self._view(page, ctx.folded_page, data, words)
        decisions = _Decisions()
        by_action: dict[str, list[tuple[Block, Rule]]] = {
            "keep": [], "drop": [], "teasers": [], "end-of-story": []
        }
        blocks = page.blocks
        for k, candidates in view.candidates(ctx.folded, ctx.texts, ctx.folded_page, data, ctx.joined,
                                             words):
            block = blocks[k]
            for i in candidates:
                rule = view.rules[i]
                if ctx.check(rule.match, block, i in view.regex_led):
                    decisions[block.index].matched.append(rule.id)
                    by_action[rule.action].append((block, rule))

        for block, rule in by_action["keep"]:
            if not block.kept:
                block.kept = True
                block.label, block.rule = None, rule.id
                decisions[block.index].winner = rule.id
        for block, rule in by_action["drop"]:
            if block.label is None and not block.kept:
                block.set(BOILERPLATE, rule.id)
                decisions[block.index].winner = rule.id
        for block, rule in sorted(by_action["teasers"], key=lambda br: br[0].index):
            if block.label is not None or block.kept:
                continue
            start = block.index
            if rule.span == "next":
                block.set(BOILERPLATE, rule.id)
                decisions[block.index].winner = rule.id
                start += 1
            assert rule.pattern is not None
            for taken in parse_teasers(page, start, rule.pattern, ctx.check,
                                       once=rule.span == "self"):
                index = page.new_teaser(**taken.values)
                for b, name in taken.blocks:
                    b.set(TEASER, rule.id)
                    b.field, b.teaser = name, index
                    decisions[b.index].winner = rule.id
        ends = [b for b, _ in by_action["end-of-story"]]
        if ends:
            first = min(b.index for b in ends)
            rule = next(r for b, r in by_action["end-of-story"] if b.index == first)
            for block in page.blocks[first:]:
                if block.label is None and not block.kept:
                    block.set(BOILERPLATE, rule.id)
                    decisions[block.index].winner = rule.id
        if explain:
            return [decisions.get(b.index) or Decision() for b in page.blocks]
        return [decisions[i] for i in sorted(decisions)]


class _Decisions(dict[int, Decision]):
    """Decisions made only for the blocks some rule touches (most blocks match none)."""

    def __missing__(self, index: int) -> Decision:
        made = self[index] = Decision()
        return made


def _reload(sources: tuple[Path, ...]) -> RuleSet:
    return RuleSet.load(sources, bundled=False)
