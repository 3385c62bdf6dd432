"""The element tree above a page's blocks: parent links, depths, and each element's chrome verdict.

Built once per page from the blocks' elements (only the elements that hold blocks and their
ancestors), so every walk up the tree is a dictionary look-up. The verdict of an element comes
from its tag and its class/id tokens (see :mod:`declutter.content.vocabulary`).
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import Block
from declutter.content.vocabulary import (
    CHROME_INFIX,
    CHROME_TAGS,
    CHROME_WORDS,
    GENERIC_SUFFIX,
    INFIX_KIND,
    TAXONOMY,
    TEASER_INFIX,
    TEASER_WORDS,
)

_SPLIT = re.compile(r"[\s_]+")
_WORD_PARTS = re.compile(r"[\s_-]+")
NUMBERED_STEM = 3
"""Fewest letters of a chrome word read under a number glued to it ("nav2", not "ad1")."""


_KIND_CACHE: dict[str, tuple[str | None, bool]] = {}
_PAIR_CACHE: dict[str | tuple[str | None, str], tuple[str | None, bool]] = {}
"""Verdicts of class/id values: keyed by the class alone when there is no id."""


def _chrome_kind(tokens: str) -> tuple[str | None, bool]:
    """(chrome heuristic suffix or None, teaser?) from one element's class/id tokens.

    Class strings repeat within and across pages of a site, so verdicts are memoised.
    """
    verdict = _KIND_CACHE.get(tokens)
    if verdict is None:
        if len(_KIND_CACHE) > 100_000:
            _KIND_CACHE.clear()
        verdict = _KIND_CACHE[tokens] = _classify_tokens(tokens)
    return verdict


def _classify_tokens(tokens: str) -> tuple[str | None, bool]:
    kind = None
    for tok in _SPLIT.split(tokens):
        if not tok:
            continue
        if tok in TEASER_WORDS:
            return None, True
        parts = _WORD_PARTS.split(tok)
        if parts[0] not in TAXONOMY and (
            TEASER_INFIX.search(tok) or any(part in TEASER_WORDS for part in parts)
        ):
            return None, True
        if kind is None and "--" in tok:
            # a BEM modifier names a state of the element, not its role: "field--label-hidden",
            # "Section--Ads", "pagebody--wsidebar" are a field, a section, a page body; only a
            # list's kind ("rail--trending") says what the element is
            base, modifier = tok.split("--", 1)
            kind = _classify_tokens(modifier)[0]
            kind = kind if kind == "most-read" else _classify_tokens(base)[0]
            continue
        if kind is None:
            kind = CHROME_WORDS.get(tok)
            if kind is None:
                m = CHROME_INFIX.search(tok)
                kind = INFIX_KIND.get(m.group()) or CHROME_WORDS.get(m.group()) if m else None
            if kind is None and len(parts) > 1:
                # "article-footer", "post-share-bar"; not "tag-wework", "tag-5183" (a WordPress
                # taxonomy class names the post's topic) or "comments-open"
                while len(parts) > 1 and (parts[-1] in GENERIC_SUFFIX or parts[-1].isdigit()):
                    parts.pop()
                if len(parts) > 1 or parts[0] not in TAXONOMY:
                    kind = CHROME_WORDS.get(parts[-1])
            if kind is None and parts[-1][-1:].isdigit():
                # a numbered instance of a chrome word: "comments18-wrapper", "sidebar2";
                # not "h2", "ad1" (stems under NUMBERED_STEM letters) or "tag-5183"
                stem = parts[-1].rstrip("0123456789")
                if len(stem) >= NUMBERED_STEM and stem not in TAXONOMY:
                    kind = CHROME_WORDS.get(stem)
    return kind, False


class Chains:
    """Parent links and depths of the elements holding blocks; ``chains[i]`` is block i's
    element and its ancestors, innermost first (built on demand)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.parent: dict[Any, Any] = {}
        self.depth: dict[Any, int] = {}
        self._chains: dict[int, list[Any]] = {}
        self._up: dict[Any, list[Any]] = {}  # chains of blocks' elements and their parents
        parent, depth = self.parent, self.depth
        for b in blocks:
            el, new = b.element, []
            while el is not None and el not in parent:
                up = parent[el] = el.getparent()
                new.append(el)
                el = up
            d = depth[el] if el is not None else -1
            for e in reversed(new):
                d += 1
                depth[e] = d

    def up(self, el: Any) -> list[Any]:
        """``el`` and its ancestors, innermost first."""
        chain = []
        while el is not None:
            chain.append(el)
            el = self.parent.get(el) if el in self.parent else el.getparent()
        return chain

    def __getitem__(self, i: int) -> list[Any]:
        chain = self._chains.get(i)
        if chain is None:
            el = self.blocks[i].element
            chain = self._chains[i] = self._chain(el) if el is not None else []
        return chain

    def _chain(self, el: Any) -> list[Any]:
        """``el`` and its ancestors, memoised per element: an element's chain is [element,
        *its parent's], so the walk up stops at the first element read before and each chain
        below it is its parent's copied in C (sibling blocks share their parent's)."""
        known, parent = self._up, self.parent
        pending = []
        while el is not None and el not in known:
            pending.append(el)
            el = parent.get(el) if el in parent else el.getparent()
        chain = known[el] if el is not None else []
        for e in reversed(pending):
            chain = known[e] = [e, *chain]
        return chain


_TAG_VERDICTS: dict[str | None, tuple[str | None, bool]] = {}
"""(tag kind, False) for each tag kind: the verdict of an element with no class or id, one
shared tuple per kind."""


def verdict(el: Any, cache: dict[Any, tuple[str | None, bool]]) -> tuple[str | None, bool]:
    """(chrome kind, teaser section?) of one element, from its tag and class/id tokens.

    The tuples are shared (one per tag kind, one per class/id pair): most elements build none.
    """
    verdict = cache.get(el)
    if verdict is None:
        tag, get = el.tag, el.get
        tag_kind = CHROME_TAGS.get(tag)  # (None for a comment's or PI's tag, a function)
        if tag_kind is None and get("aria-hidden") == "true":
            tag_kind = "hidden"  # closed modals, decorative pull quotes
        cls, eid = get("class"), get("id")
        if cls is None and eid is None:
            verdict = _TAG_VERDICTS.get(tag_kind)
            if verdict is None:
                verdict = _TAG_VERDICTS[tag_kind] = (tag_kind, False)
        else:  # (memoised by the raw attribute values: no string built for a known pair)
            pair = cls if eid is None else (cls, eid)  # (most elements have no id)
            verdict = _PAIR_CACHE.get(pair)
            if verdict is None:
                if len(_PAIR_CACHE) > 100_000:
                    _PAIR_CACHE.clear()
                verdict = _PAIR_CACHE[pair] = _chrome_kind(f"{cls or ''} {eid or ''}".lower())
            if tag_kind is not None and verdict[0] != tag_kind:
                verdict = (tag_kind, verdict[1])  # (the tag's kind comes first)
        cache[el] = verdict
    return verdict


def class_words(el: Any) -> frozenset[str]:
    """The lower-cased class tokens of one element (``el.get("class")`` split on spaces)."""
    cls = el.get("class")
    return frozenset(cls.lower().split()) if cls else frozenset()


def class_verdict(el: Any, words: frozenset[str] = frozenset()) -> tuple[str | None, bool]:
    """(chrome kind, teaser?) of ``el`` from its class/id tokens other than ``words`` alone:
    its tag's kind and ``aria-hidden`` are not read (the caller weighs them)."""
    tokens = (el.get("class") or "").lower().split()
    kept = " ".join(t for t in tokens if t not in words)
    return _chrome_kind(f"{kept} {(el.get('id') or '').lower()}")


def verdict_apart(el: Any, words: frozenset[str]) -> tuple[str | None, bool] | None:
    """:func:`class_verdict` of ``el`` without ``words``, or None when ``el`` has none of
    ``words`` (its verdict stands)."""
    cls = el.get("class")
    if not cls or words.isdisjoint(cls.lower().split()):
        return None
    return class_verdict(el, words)
