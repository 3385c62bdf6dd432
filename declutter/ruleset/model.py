"""What a rule file means once it is loaded: rules, matchers, teaser patterns, scopes.

These objects are plain data compiled from YAML by :mod:`declutter.ruleset.load`; the
engine in :mod:`declutter.ruleset.engine` applies them to a page's blocks.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.record import TEASER_KEYS
from declutter.urls import host as url_host

ACTIONS = ("drop", "keep", "teasers", "end-of-story")
TEASER_FIELDS = (*TEASER_KEYS, "byline")
"""The fields a teasers rule's step may fill: a :class:`declutter.record.Teaser`'s and the
card's byline."""


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a rule file, for messages an editor can jump to (1-based line and column)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}" if self.line else self.path


@dataclass(slots=True)
class Matcher:
    """Conditions on one block; every condition given must hold.

    ``text`` (exact, white space and case folded), ``phrase`` (case-insensitive substring),
    ``prefix`` (case-insensitive) take one string or several (any of them); ``regex`` is RE2,
    searched; ``css``/``xpath`` select HTML elements (a block matches when its element is
    inside a selected one); ``kind`` restricts HTML tags; ``min_words``/``max_words`` bound
    the block's length; ``after`` holds for every block after the first block that its nested
    matcher matches.
    """

    text: tuple[str, ...] = ()
    phrase: tuple[str, ...] = ()
    prefix: tuple[str, ...] = ()
    regex: Any = None
    """Compiled RE2 pattern (named groups fill teaser fields)."""
    regex_source: str | None = None
    css: str | None = None
    xpath: str | None = None
    compiled_xpath: Any = None
    kind: tuple[str, ...] = ()
    min_words: int | None = None
    max_words: int | None = None
    after: Matcher | None = None

    @property
    def needs_tree(self) -> bool:
        return self.compiled_xpath is not None or (self.after is not None and self.after.needs_tree)


@dataclass(slots=True)
class Part:
    """(HTML) A field of a teaser card taken from an element inside the block.

    ``xpath`` is compiled from a CSS selector (or given as XPath) and evaluated with the
    block's element as context; the text of the first element found fills ``field`` (for
    ``url``, its ``href``). With ``regex``, the text is searched instead and the named groups
    fill their fields (``field`` is then ``line``).
    """

    field: str
    xpath: Any
    selector: str
    regex: Any = None


@dataclass(slots=True)
class PatternField:
    """One step of a teaser pattern: which field a block fills and what the block must look like."""

    field: str
    match: Matcher | None = None
    optional: bool = False
    repeat: bool = False
    parts: list[Part] = field(default_factory=list)
    """(HTML) fields taken from elements inside the block, for cards that are one block."""


@dataclass(slots=True)
class Rule:
    """One editor rule: an id, a description, a matcher and an action."""

    id: str
    action: str
    match: Matcher
    description: str = ""
    pattern: list[PatternField] | None = None
    """For ``teasers``: the layout every teaser follows."""
    span: str = "next"
    """For ``teasers``: ``next`` (the blocks after the matched marker) or ``self`` (the matched blocks)."""
    where: Where = field(default_factory=lambda: Where(""))
    origin: str = ""
    """Name of the rule file, for explain output."""


@dataclass(slots=True)
class Scope:
    """Which pages a rule file applies to. Empty lists mean "no condition of that kind".

    ``all`` applies everywhere. Otherwise a page is in scope when any listed condition
    holds: its URL's host is (a subdomain of) one of ``domains``, its URL matches one of
    ``urls`` (RE2), its source is one of ``sources`` (case-insensitive), or one of its
    blocks contains one of ``markers``.
    """

    all: bool = False
    domains: tuple[str, ...] = ()
    urls: tuple[Any, ...] = ()
    sources: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()

    def applies(self, url: str | None, source: str | None, folded: Container[str]) -> bool:
        """Whether a page is in scope; ``folded`` is its blocks' case-folded text, one per line
        (or any container that holds each marker the page holds: the rule engine passes the set
        of those its one search found)."""
        if self.all:
            return True
        if url and self.domains:
            host = url_host(url) or ""
            if any(host == d or host.endswith("." + d) for d in self.domains):
                return True
        if url and any(p.search(url) for p in self.urls):
            return True
        if source and source.casefold() in self.sources:
            return True
        if self.markers:
            return any(m in folded for m in self.markers)
        return False


@dataclass(slots=True)
class RuleTest:
    """A test an editor wrote next to the rules: an input page and what must come out."""

    name: str
    where: Where
    input: str | None = None
    path: Path | None = None
    format: str | None = None
    url: str | None = None
    source: str | None = None
    expect: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class RuleFile:
    """One loaded rule file."""

    path: str
    name: str
    scope: Scope
    rules: list[Rule]
    tests: list[RuleTest] = field(default_factory=list)
    site: bool = False
    """Site files (``scope`` not ``all``) take precedence over global ones."""
    definitions: dict[str, Any] = field(default_factory=dict)
    """Named regexes this file defines (compiled RE2), usable by every loaded file."""
