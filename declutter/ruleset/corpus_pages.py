"""The pages of one source in a corpus, for ``declutter rules suggest``
(:mod:`declutter.ruleset.suggest`): each page labelled as a run labels it (bundled rules,
scorer; no templates), with its blocks' line keys; the other sources' line keys; what
became of the pages that name no source at all.

A page is the source's when its record source, domain or site name is the source's name. A
page with no name (a bare text dump) is another source's as long as some page of the corpus
is named as the source (a German site's pages and an English site's dumps in one folder);
only a corpus none of whose pages is named so (a folder of one site's dumps) gives its
unnamed pages to the source. Either way the command says how many there were, naming the
first of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from declutter.io.readers import Failure, Item
from declutter.pipeline import Pipeline, parse
from declutter.ruleset.site_file import SourcePage
from declutter.templates.copies import is_prose
from declutter.templates.model import source_name
from declutter.templates.sketch import normalise
from declutter.urls import host as url_host

UNNAMED_SHOWN = 3
"""How many of the pages with no source name are named in what ``suggest`` says."""


def _key(text: str) -> str:
    """A block's line key: :func:`~declutter.templates.sketch.normalise`, or for a prose
    sentence its folded text with the numbers as written (as templates count it: a story
    generator's sentences that differ in their numbers are not one recurring line)."""
    if is_prose(text):
        return "\x01" + " ".join(text.casefold().split())
    return normalise(text)


def _answers_to(page: Any) -> set[str]:
    """The names a page is known by, each as :func:`source_name` writes it: its record source
    (feed name, else domain, else site name), its domain and its ``og:site_name``, and the
    first label of each dotted name (``quayside`` for ``quayside.example``)."""
    names = {source_name(page.source, page.url, page.meta), source_name(None, page.url, page.meta),
             source_name(page.meta.get("site_name"), None, {})} - {None}
    return names | {n.split(".")[0] for n in names if n}  # type: ignore[union-attr]


@dataclass
class Collected:
    """The pages read for a source: its own, and the pages with no source name at all."""

    pages: list[SourcePage]
    unnamed: int = 0
    """Pages with no source name (no feed/source name, URL or site name) that were read."""
    unnamed_ids: list[str] = field(default_factory=list)
    """The first of them (ids, as the readers name them: a file's path)."""
    taken_unnamed: bool = False
    """True when no page of the corpus is named as the source: its unnamed pages were taken."""


def _collect(pipeline: Pipeline, items: Iterable[Item], name: str, max_pages: int,
             found: Counter[str] | None = None, elsewhere: Counter[str] | None = None,
             collected: Collected | None = None) -> list[SourcePage]:
    """The labelled pages of source ``name`` (as the user wrote it: a domain with or without
    ``www.``, a feed/source name or a site name, normalised by :func:`source_name`). A page
    with no name at all (a bare text dump) is no page of ``name`` while any page of the
    corpus is named so; only when none is are the unnamed pages taken (a folder of one
    site's dumps). ``found`` gets the page count of every source read, ``elsewhere`` the
    line keys of other sources' pages (on how many pages each is), ``collected`` the pages
    and what was said of the unnamed ones."""
    wanted = (source_name(name, None, {}) or "").removeprefix("www.")
    found = Counter() if found is None else found
    collected = collected if collected is not None else Collected([])
    pages: list[SourcePage] = []
    unnamed: list[SourcePage] = []
    for item in items:
        if isinstance(item, Failure) or (len(pages) >= max_pages and len(unnamed) >= max_pages):
            continue
        try:
            page = parse(item)
            pipeline.label(page)
        except Exception:  # noqa: BLE001 - an unreadable page has nothing to teach
            continue
        source = source_name(page.source, page.url, page.meta)
        found[source or "(no source)"] += 1
        if source is not None and wanted not in _answers_to(page):
            if elsewhere is not None:
                elsewhere.update({_key(b.text) for b in page.blocks})
            continue
        into = unnamed if source is None else pages
        if len(into) >= max_pages:
            continue
        url = page.url or page.meta.get("canonical_url")
        host = url_host(url)
        into.append(SourcePage(item, [_key(b.text) for b in page.blocks], page.blocks,
                               host.removeprefix("www.") if host else None))
    collected.unnamed = found["(no source)"]
    collected.unnamed_ids = [p.raw.id for p in unnamed[:UNNAMED_SHOWN]]
    collected.taken_unnamed = not pages and bool(unnamed)
    collected.pages = pages or unnamed
    return collected.pages


def unnamed_said(collected: Collected) -> str:
    """What became of the pages with no source name, naming the first of them: taken as the
    source's (no page of the corpus is named so) or left out."""
    n = collected.unnamed
    shown = ", ".join(collected.unnamed_ids) + (", ..." if n > len(collected.unnamed_ids) else "")
    pages = f"{n} page{'s' * (n != 1)} with no source name ({shown})"
    if collected.taken_unnamed:
        return (f"no page of the corpus is named as the source: its {pages} were taken as its "
                "pages")
    return (f"{pages} left out (a page is the source's only when its source name, domain "
            "or site name says so)")
