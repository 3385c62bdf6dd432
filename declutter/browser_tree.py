"""Markup that libxml2 reads differently from a browser, losing text the browser shows: the
repair before the parse, in one linear pass.

libxml2 (2.14, through lxml) builds its tree by older rules than the HTML5 tree-construction
algorithm of browsers. Cut into blocks by the same walk, lexbor's tree (an HTML5 parser, via
selectolax) shows at most 46 more words than libxml2's on the 688 pages looked at (the 181-page
set and the trafilatura-eval tuning half; ``python3 benchmarks/parsers.py --loss``), and
declutter scores no better on it, so declutter keeps libxml2 and repairs the places where it
loses text a browser shows:

- **Stray end tags.** libxml2 stops reading at the first ``</html>``: everything after it is
  dropped, without an error (a second document spliced after the first; a stray ``</html>`` in
  ``<head>`` leaves an empty tree). After a ``</body>`` it puts content beside ``<body>``,
  outside the walk. A browser ignores both end tags and keeps what follows in the body (HTML
  standard, the "after body" and "after after body" insertion modes), so they are cut.
- **``<noscript>``.** A browser that runs scripts reads a ``<noscript>`` element's content as
  raw text up to ``</noscript>`` and shows none of it. libxml2 parses it as markup, so an
  unclosed ``<div>`` or ``<iframe>`` inside it takes the rest of the page into the invisible
  ``<noscript>``. Each ``<noscript>...</noscript>`` span is cut, as a browser shows it.
"""

from __future__ import annotations

import re

__all__ = ["browser_markup"]

# What the pass stops at: an `</html>` or `</body>` end tag (with any junk before its `>`), or a
# `<noscript>` start tag. (An end tag's junk holds no `<`: so a try that fails stops at the
# next tag, never scanning on to the end of the page, and the pass stays linear.)
_MARK = re.compile(rb"</(?:html|body)(?=[\s/>])[^<>]*>|<noscript(?=[\s/>])", re.I)
_NOSCRIPT_END = re.compile(rb"</noscript(?=[\s/>])[^<>]*>", re.I)
# In a span between `<noscript` and `</noscript>`, signs that the `<noscript` was text in a
# script or a comment, not a tag: such a span is left to the parser.
_NOT_A_TAG = re.compile(rb"</?script|-->", re.I)


def browser_markup(raw: bytes) -> bytes:
    """``raw`` (a page's UTF-8 bytes) with what a browser would not read as libxml2 does cut:
    every ``</html>`` and ``</body>`` end tag, and every ``<noscript>...</noscript>`` span.

    A ``<noscript>`` never closed is left to the parser (a browser hides all after it too); a
    span holding a script tag or a comment's end is left too, its ``<noscript`` being likely
    text inside a script string or a comment. Returns ``raw`` itself when nothing is cut.
    Linear in the page size: one regex pass for the marks; span ends and signs are searched
    for past the last one found only.
    """
    kept: list[bytes] = []
    done = pos = 0
    # The first span end after the place it was last searched from, and the sign last found
    # in a span: a later <noscript> before them has the same ones, so no byte is searched
    # twice for either. (end None after a search: there is none further on.)
    end: re.Match[bytes] | None = None
    sign: re.Match[bytes] | None = None
    searched = False
    while (mark := _MARK.search(raw, pos)) is not None:
        start, pos = mark.span()
        if raw[start + 1] == 47:  # "/": an end tag
            kept.append(raw[done:start])
            done = pos
            continue
        if not searched or (end is not None and end.start() < pos):
            end, searched = _NOSCRIPT_END.search(raw, pos), True
        if end is None:  # never closed: left to the parser, as every later one
            continue
        if sign is None or sign.start() < pos:
            sign = _NOT_A_TAG.search(raw, pos, end.start())
        if sign is None:
            kept.append(raw[done:start])
            done = pos = end.end()
    if not kept:
        return raw
    kept.append(raw[done:])
    return b"".join(kept)
