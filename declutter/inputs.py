"""What the library takes as a page: the objects callers already hold, turned into raw pages.

:meth:`declutter.Pipeline.run` and :func:`declutter.extract` accept any :data:`PageInput`:

=============================  ============================================================
input                          read as
=============================  ============================================================
``str``                        HTML markup; a text dump when it has no markup (sniffed as
                               ``declutter clean`` sniffs a file: :func:`readers.sniff`)
``bytes``                      the same in any encoding (detected), gzipped or not (magic
                               bytes)
``dict``                       one input JSON Lines record: ``id``, ``url``, ``html`` or
                               ``text``, ``source``, ``fetched_at``; other keys are carried
                               under the output's ``input``
:class:`RawPage`, ``Failure``  as they are (what :meth:`declutter.Pipeline.read` yields)
lxml tree or element           used as it is, without a re-parse (a copy is cleaned, the
                               caller's tree is left unchanged)
``bs4.BeautifulSoup`` or tag   serialised and parsed by declutter's own parser: a soup is
                               not an lxml tree, whichever parser built it
=============================  ============================================================

Anything else raises :class:`TypeError` here; in :meth:`declutter.Pipeline.run` it becomes
an error record in its place. Inputs without an id are named ``page-N`` (1-based
position in the stream).
"""

from __future__ import annotations

import copy
import gzip
import io
import zlib
from typing import Any, Union

from lxml import etree

from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, Failure, Item, RawPage, page_from_dict, sniff

PageInput = Union[str, bytes, bytearray, dict, RawPage, Failure, "etree._Element",
                  "etree._ElementTree", Any]
"""Anything :func:`as_item` takes (``Any`` stands for BeautifulSoup objects)."""

_GZIP_MAGIC = b"\x1f\x8b"
_XHTML = "{http://www.w3.org/1999/xhtml}"


def as_item(obj: Any, position: int = 1, portable: bool = False) -> Item:
    """One caller object -> a :class:`RawPage` (or a :class:`Failure` for a bad dict).

    ``position`` names pages that have no id (``page-N``). ``portable=True`` serialises an
    lxml tree to bytes, for worker processes (trees do not pickle).
    Raises :class:`TypeError` for an object that is not a page.
    """
    name = f"page-{position}"
    if isinstance(obj, (RawPage, Failure)):
        return obj
    if isinstance(obj, (str, bytes, bytearray)):
        data = bytes(obj) if isinstance(obj, bytearray) else obj
        return RawPage(name, "text" if sniff(data) == "text" else "html", data)
    if isinstance(obj, dict):
        return page_from_dict(dict(obj), name)
    root = _lxml_root(obj)
    if root is not None:
        if portable or root.tag.startswith(_XHTML):  # namespaced tags: parse the markup again
            return RawPage(name, "html", etree.tostring(root, encoding="utf-8"))
        return RawPage(name, "html", root)
    if type(obj).__module__.startswith("bs4"):
        return RawPage(name, "html", str(obj))
    raise TypeError(f"not a page: {type(obj).__name__} (expected str or bytes HTML, a dict "
                    "like an input JSON line, a RawPage, an lxml tree or a BeautifulSoup)")


def _lxml_root(obj: Any) -> Any:
    if isinstance(obj, etree._ElementTree):
        return obj.getroot()
    if isinstance(obj, etree._Element) and isinstance(obj.tag, str):
        return obj
    return None


def tree_copy(root: Any) -> Any:
    """A copy of a caller's lxml tree that cleaning may change (comments and PIs dropped)."""
    tree = copy.deepcopy(root)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return tree


def inflate(raw: RawPage, limit: int = DEFAULT_MAX_PAGE_BYTES) -> RawPage:
    """``raw`` with gzipped bytes content decompressed (found by the gzip magic bytes).

    Raises :class:`ValueError` for a broken gzip stream or one that inflates past ``limit``
    bytes, like the file readers do.
    """
    content = raw.content
    if not isinstance(content, bytes) or not content.startswith(_GZIP_MAGIC):
        return raw
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"cannot read gzipped page: {exc}") from None
    if len(data) > limit:
        raise ValueError(f"page is larger than max_page_bytes ({limit} bytes)")
    return RawPage(raw.id, raw.format, data, raw.url, raw.source, raw.fetched_at, raw.extra,
                   raw.encoding, raw.meta, raw.assumed_source)
