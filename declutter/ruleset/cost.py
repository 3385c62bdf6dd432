"""What a rule may cost: every rule is measured when it is loaded, and one that could make a
page slow is refused with the figure.

Regexes are RE2, linear in the text by construction, but not free: a pattern of 20,000
alternatives compiles to a program too large for RE2's DFA, which then falls back to a
much slower engine (~0.8 s per 1.6 KB block). So a regex's compiled program is capped
(:data:`MAX_PROGRAM`, ~4x the largest bundled rule) and its time per block is measured.

XPath (and CSS, which becomes XPath) runs in libxml2, in C, where no page budget can stop it.
Each expression is timed on probe pages that hold every tag, attribute and string it names
(so ``//li[count(following::li[...])]`` meets ``li`` elements, not only ``div``), nested and
side by side, at 25, 100, 400 and 1,600 elements. A rule is refused when its cost grows
faster than the page (confirmed on 6,400 elements, so a busy machine cannot fail a linear
rule) or when its cost, scaled to a page of :data:`REFERENCE_ELEMENTS` elements, is more
than :data:`RULE_SECONDS`.

Every figure is CPU time of this thread (``time.thread_time``), the fastest of three runs.
Rule expressions are compiled here too (:func:`compile_regex`, :func:`compile_xpath`), so
each is measured as it is built.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from typing import Any

import re2
from lxml import etree
from lxml import html as lxml_html

from declutter.ruleset.model import Where
from declutter.ruleset.source import Problem

PAGE_SECONDS = 30.0
"""The default page budget (``--page-timeout``)."""
RULE_SECONDS = PAGE_SECONDS / 10
"""What one rule may take on a reference page: a tenth of the page budget."""
REFERENCE_ELEMENTS = 20_000
"""A large page: 20,000 elements (big news front pages have 3,000-8,000)."""
REFERENCE_BLOCKS = 5_000
"""...and 5,000 text blocks of up to :data:`PROBE_BLOCK_BYTES` each."""
MAX_PROGRAM = 50_000
"""Most RE2 instructions in one rule's regex (the largest bundled rule: 11,413)."""
SET_MAX_MEM = 256 << 20
"""RE2 memory for the one set that holds every regex rule (20,000 rules need ~100 MB)."""
GROWTH_LIMIT = 8.0
"""4x the elements may cost at most this many times as long (linear: ~1-4x)."""
GROWTH_FLOOR = 0.002
"""On the largest probe page a linear rule takes well under this; growth is judged above it."""
PROBE_SIZES = (25, 100, 400, 1600)
PROBE_BLOCK_BYTES = 1024

_STRING = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_ATTRIBUTE = re.compile(r"(?:@|attribute::)\s*([A-Za-z_][\w.-]*)")
_NAME = re.compile(r"(?<![@\w.$:-])([A-Za-z_][\w-]*)(?![\w-]*\s*(?:\(|::))")
_KEYWORDS = {"and", "or", "div", "mod"}
_SKIP_TAGS = {"html", "head", "body"}
_TAG = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,30}$")


class TooCostly(ValueError):
    """A rule that could make a page slow; the message holds the figure."""


def names_in(expression: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The element names, attribute names and string literals an XPath expression uses."""
    literals = [a or b for a, b in _STRING.findall(expression)]
    bare = _STRING.sub("''", expression)
    attributes = sorted({a for a in _ATTRIBUTE.findall(bare) if _TAG.match(a)})
    without = _ATTRIBUTE.sub("", bare)
    tags = sorted({n.lower() for n in _NAME.findall(without)
                   if n not in _KEYWORDS and _TAG.match(n) and n.lower() not in _SKIP_TAGS})
    return tuple(tags), tuple(attributes), tuple(s for s in literals if s.strip())[:20]


def probe_page(elements: int, tags: list[str], attributes: list[str], strings: list[str]) -> Any:
    """An HTML tree of about ``elements`` elements made of ``tags`` (and div, p, a), each with
    every one of ``attributes`` and the ``strings`` in attribute values and text: cards side by
    side, and one chain nested ``elements // 8`` deep."""
    tags = [*tags, "div", "p", "a"]
    attributes = [*attributes, "class", "href", "id"]
    strings = [*strings, "x"]
    root = lxml_html.Element("html")
    body = etree.SubElement(root, "body")

    def element(parent: Any, i: int) -> Any:
        el = etree.SubElement(parent, tags[i % len(tags)])
        for a in attributes:
            el.set(a, f"{strings[i % len(strings)]} v{i % 7}")
        el.text = f"{strings[(i + 1) % len(strings)]} text {i}"
        el.tail = " "
        return el

    made = 0
    chain = body
    for i in range(elements // 8):  # a deep chain, for ancestor:: and descendant:: costs
        chain = element(chain, i)
        made += 1
    i = 0
    while made < elements:  # cards of two elements, side by side
        card = element(body, i)
        element(card, i + 1)
        made += 2
        i += 1
    return root


def _fastest(run: Callable[[], Any], floor: float = GROWTH_FLOOR / 10) -> float:
    """CPU seconds of the fastest of three runs; one run when it is far from the thresholds
    (under ``floor``, or over 50 ms, where noise no longer matters)."""
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        run()
        best = min(best, time.thread_time() - start)
        if best < floor or best > 0.05:
            break
    return best


def check_xpath(xpath: etree.XPath, source: str) -> None:
    """Raise :class:`TooCostly` for an XPath that grows faster than the page or that would
    take more than :data:`RULE_SECONDS` on a page of :data:`REFERENCE_ELEMENTS` elements.

    Each source is timed once per process (a load in every worker, test or run would
    otherwise time every expression again); one found too costly is timed again each time."""
    if source in _WITHIN_BOUNDS:
        return
    _check_xpath(xpath, source)
    _WITHIN_BOUNDS.add(source)


_WITHIN_BOUNDS: set[str] = set()
"""XPath sources this process has timed and found within their cost bounds."""


def _check_xpath(xpath: etree.XPath, source: str) -> None:
    names = names_in(source)
    limit = RULE_SECONDS * PROBE_SIZES[-1] / REFERENCE_ELEMENTS
    times: list[float] = []
    for n in PROBE_SIZES:
        page = _probe(n, *names)
        took = _fastest(lambda page=page: xpath(page))
        if took > limit * 4 * n / PROBE_SIZES[-1]:  # far over a linear share already: stop
            _refuse_slow(took, n)
        times.append(took)
    if times[-1] > limit:
        _refuse_slow(times[-1], PROBE_SIZES[-1])
    grew = times[-1] / max(times[-2], GROWTH_FLOOR / 10)
    if times[-1] > GROWTH_FLOOR and grew > GROWTH_LIMIT:
        # a busy machine (or threads loading rules side by side) can fake one step: measure
        # the two pages again, then one page larger when that is cheap
        again = [_fastest(lambda n=n: xpath(_probe(n, *names))) for n in PROBE_SIZES[-2:]]
        times[-1] = min(times[-1], again[1])
        grew = times[-1] / max(min(times[-2], again[0]), GROWTH_FLOOR / 10)
    if times[-1] > GROWTH_FLOOR and grew > GROWTH_LIMIT:
        confirm = grew
        if times[-1] * grew < 0.5:
            page = _probe(PROBE_SIZES[-1] * 4, *names)
            confirm = _fastest(lambda: xpath(page)) / times[-1]
        if confirm > GROWTH_LIMIT:
            raise TooCostly(
                f"its cost grows faster than the page (4x the elements took {grew:.0f}x, then "
                f"{confirm:.0f}x as long); a rule must stay linear: avoid nested predicates "
                "over following::, preceding:: or //")


@functools.lru_cache(maxsize=64)
def _probe(elements: int, tags: tuple[str, ...], attributes: tuple[str, ...],
           strings: tuple[str, ...]) -> Any:
    return probe_page(elements, list(tags), list(attributes), list(strings))


def _refuse_slow(took: float, elements: int) -> None:
    scaled = took * REFERENCE_ELEMENTS / elements
    raise TooCostly(
        f"it takes {took * 1000:.0f} ms on a probe page of {elements:,} elements, so about "
        f"{scaled:.1f} s or more on a page of {REFERENCE_ELEMENTS:,}: over the {RULE_SECONDS:g} s "
        f"one rule may take of the {PAGE_SECONDS:g} s page budget; a rule must stay linear: "
        "avoid nested predicates over following::, preceding:: or //")


_PROBE_TEXT = ("Posted 3 hours ago by Ana Ruiz | Updated: 12 May 2025, 14:05 UTC. The council met "
               "on Tuesday and agreed to repair the old bridge (cost: €1.2m) before winter; "
               "read more » Share · Tweet · Subscribe to our newsletter! Related: 5 stories. ")


def check_regex(regex: Any, pattern: str) -> None:
    """Raise :class:`TooCostly` for a compiled RE2 regex over :data:`MAX_PROGRAM`
    instructions, or one that would take more than :data:`RULE_SECONDS` on
    :data:`REFERENCE_BLOCKS` blocks of :data:`PROBE_BLOCK_BYTES` bytes."""
    size = max(regex.programsize, getattr(regex, "reverseprogramsize", 0))
    if size > MAX_PROGRAM:
        raise TooCostly(f"regex '{pattern[:60]}{'...' if len(pattern) > 60 else ''}' compiles to "
                        f"{size:,} RE2 instructions, over the cap of {MAX_PROGRAM:,}; split it "
                        "into several rules or use phrase/prefix lists")
    block = (_PROBE_TEXT * (PROBE_BLOCK_BYTES // len(_PROBE_TEXT) + 1))[:PROBE_BLOCK_BYTES]
    took = _fastest(lambda: [regex.search(block[k:]) for k in range(0, 64, 8)]) / 8
    if took * REFERENCE_BLOCKS > RULE_SECONDS:
        raise TooCostly(f"regex '{pattern[:60]}' takes {took * 1e6:.0f} µs per block of "
                        f"{PROBE_BLOCK_BYTES} bytes: about {took * REFERENCE_BLOCKS:.1f} s on a "
                        f"page of {REFERENCE_BLOCKS:,} blocks, over the {RULE_SECONDS:g} s one "
                        f"rule may take of the {PAGE_SECONDS:g} s page budget")


def set_options(never_nl: bool = False, literal: bool = False) -> Any:
    """RE2 options of a search set: errors not logged, at most :data:`SET_MAX_MEM` bytes;
    ``never_nl``: no match spans a line break; ``literal``: the patterns are literals."""
    options = re2.Options()
    options.log_errors = False
    options.max_mem = SET_MAX_MEM
    if never_nl:
        options.never_nl = True
    if literal:
        options.literal = True
    return options


def regex_set(patterns: list[str]) -> Any:
    """One RE2 set of ``patterns`` (searched in one pass per block, however many there are);
    raises :class:`TooCostly` when even :data:`SET_MAX_MEM` cannot hold them."""
    regexes = re2.Set.SearchSet(set_options())
    for pattern in patterns:
        regexes.Add(pattern)
    try:
        regexes.Compile()
    except re2.error:
        raise TooCostly(f"the {len(patterns):,} regex rules together do not fit in one RE2 set "
                        f"of {SET_MAX_MEM >> 20} MB") from None
    return regexes


RE2_OPTIONS = re2.Options()
RE2_OPTIONS.log_errors = False
RE2_OPTIONS.max_mem = 8 << 20


_TINY_PAGE = etree.fromstring("<html><body><p>x</p></body></html>")


def compile_xpath(source: str, measure: bool = True) -> etree.XPath:
    """Compile a rule's XPath without EXSLT regular expressions (``re:test`` would run Python
    ``re``, with its backtracking, where rules promise RE2), try it once on a tiny page so an
    unknown function or prefix is a lint error, not a rule that silently selects nothing, and
    (``measure``) time its cost (:func:`check_xpath`)."""
    xpath = etree.XPath(source, regexp=False, smart_strings=False)
    if not isinstance(xpath(_TINY_PAGE), list):
        raise ValueError("it must select elements, not compute a boolean, number or string")
    if measure:
        check_xpath(xpath, source)
    return xpath


class DeferredRegex:
    """An RE2 regex of a trusted (bundled) rule file, compiled on first use: a run uses few
    of the bundled regexes on its pages (9 of 34 on a one-page ``clean``), and each compile
    costs 0.5-1 ms of start-up (issue 16). The first attribute read compiles it and keeps the
    compiled regex's methods on the instance, so later calls go straight to RE2. ``rules
    lint`` compiles and measures every bundled regex (``measure_bundled``)."""

    _KEPT = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
             "groupindex", "groups")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # (copy, pickle and repr ask for dunders: not a regex's)
            raise AttributeError(name)
        regex = re2.compile(self.pattern, RE2_OPTIONS)
        for attr in self._KEPT:
            setattr(self, attr, getattr(regex, attr))
        return getattr(regex, name)


def compile_regex(pattern: str, where: Where, measure: bool = True) -> Any:
    """Compile an RE2 pattern (linear time, no backreferences); reject what RE2 rejects, and
    (``measure``) a pattern too costly on a probe block (:func:`check_regex`). Unmeasured
    (a bundled file's): a :class:`DeferredRegex`, compiled on first use."""
    if not isinstance(pattern, str) or not pattern:
        raise Problem(where, "regex must be a non-empty string")
    if not measure:
        return DeferredRegex(pattern)
    try:
        regex = re2.compile(pattern, RE2_OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise Problem(where, f"regex '{pattern}' is not valid RE2: {detail}") from None
    if not measure:
        return regex
    try:
        check_regex(regex, pattern)
    except TooCostly as exc:
        raise Problem(where, str(exc)) from None
    return regex
