"""URLs as pages give them: joined and split without raising on malformed ones.

:mod:`urllib.parse` raises ``ValueError`` on some URLs real pages hold (an unclosed IPv6
bracket, ``http://[example.com/``); one such link must not turn a page into an error record.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit


def split(url: str) -> SplitResult | None:
    """:func:`urllib.parse.urlsplit` of ``url``, or None where it raises ``ValueError``."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def host(url: Any) -> str | None:
    """The lower-case host name of ``url`` (``str``), or None: no host, not a string, or a
    URL :mod:`urllib.parse` cannot split."""
    if not isinstance(url, str):
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def join(base: str, href: str) -> str:
    """``href`` made absolute against ``base`` (:func:`urllib.parse.urljoin`); ``href``
    unchanged where either cannot be parsed."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href
