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

Cost per block does not grow with the number of phrase rules: the rules in scope are indexed
(:class:`declutter.ruleset.rule_index.RuleIndex`) so that one pass over the page per matcher
kind finds each block's candidate rules.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.blocks import BOILERPLATE, TEASER, Block, Page
from declutter.content.patterns import parse_teasers
from declutter.ruleset.load import bundled_dir, load_files
from declutter.ruleset.model import Matcher, Rule, RuleFile
from declutter.ruleset.page_search import fold as fold  # (re-exported: rule tools fold so too)
from declutter.ruleset.page_search import fold_all as fold_all  # (re-exported)
from declutter.ruleset.page_search import fold_page, literal_set
from declutter.ruleset.rule_index import RuleIndex


@dataclass(slots=True)
class Decision:
    """Why a block got its label: every rule that matched it, and the one that won."""

    matched: list[str] = field(default_factory=list)
    winner: str | None = None


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
        self._views: dict[tuple[int, ...], RuleIndex] = {}
        # the scope markers of all files, one RE2 literal set: one pass finds those a page holds
        self._markers = sorted({m for f in self.files for m in f.scope.markers})
        self._marker_set = literal_set(self._markers) if self._markers else None
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

    def _view(self, page: Page, folded: str, data: bytes | None = None) -> RuleIndex:
        # A page read from a file has no URL, but its canonical link (and og:site_name) say
        # where it comes from just as well.
        url2, source2 = page.meta.get("canonical_url"), page.meta.get("site_name")
        held: Container[str] = folded  # (the markers the page holds, when the set finds them)
        if self._marker_set is not None:
            hits = self._marker_set.Match(folded.encode("utf-8") if data is None else data)
            held = frozenset(self._markers[h] for h in hits or ())
        active = tuple(
            i for i, f in enumerate(self.files)
            if f.scope.applies(page.url, page.source, held)
            or ((url2 or source2) and f.scope.applies(url2, source2, ""))
        )
        view = self._views.get(active)
        if view is None:
            if len(self._views) > 256:
                self._views.clear()
            view = self._views[active] = RuleIndex(
                [r for i in active for r in self.files[i].rules]
            )
        return view

    def apply(self, page: Page, explain: bool = True) -> list[Decision]:
        """Label the page's blocks by the rules; return, per block, which rules matched and
        won (``explain=False``: only for the blocks some rule matched, in page order)."""
        ctx = _PageContext(page)
        data = ctx.folded_data
        view = self._view(page, ctx.folded_page, data)
        decisions = _Decisions()
        by_action: dict[str, list[tuple[Block, Rule]]] = {
            "keep": [], "drop": [], "teasers": [], "end-of-story": []
        }
        blocks = page.blocks
        for k, candidates in view.candidates(ctx.folded, ctx.texts, ctx.folded_page, data, ctx.joined):
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
