"""Teaser patterns: a layout described once, every teaser in it parsed into a record.

A pattern is a list of steps; each step says which field a block fills and what the block
must look like, for example (the seed dump's layout)::

    - {field: source, match: {max_words: 6}}        # "Russia Today"
    - {field: age, match: {like: age}}              # "4 hours ago"
    - {field: byline, match: {regex: '^[-–—]\\s*(?P<byline>.+)$'}, optional: true}
    - {field: title}                                # any block
    - {field: text, repeat: true, optional: true}   # body lines until the next teaser

A step's regex may fill several fields at once with named groups
(``(?P<title>.+) — (?P<source>[^,]+), (?P<age>.+)``). Blocks that other rules already dropped
are skipped over. A ``byline`` fills ``source`` when no source line was seen.

For HTML cards that are a single block (a link and a meta line inside one ``<div>``), a step's
``parts`` take fields from elements inside the block (``{title: a, url: a, line: {css: .meta,
like: source-age}}``); ``url`` is the element's ``href`` resolved against the page's URL or
canonical link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from declutter.blocks import Block, Page, normalise_space
from declutter.ruleset.model import Matcher, PatternField

MAX_REPEAT = 40

Check = Callable[[Matcher, Block], bool]


@dataclass(slots=True)
class Taken:
    """One parsed teaser: its field values and the blocks it used (with the field each filled)."""

    values: dict[str, str] = field(default_factory=dict)
    blocks: list[tuple[Block, str]] = field(default_factory=list)
    end: int = 0


def _next_free(page: Page, i: int) -> int | None:
    """Index of the next block at or after ``i`` that no rule has labelled; None at a kept block."""
    for block in page.blocks[i:]:
        if block.kept:
            return None
        if block.label is None:
            return block.index
    return None


def _base(page: Page) -> str | None:
    """The URL relative links of a page resolve against: its URL, else its canonical link."""
    return page.url or page.meta.get("canonical_url")


def _fill_parts(taken: Taken, step: PatternField, block: Block, base: str | None) -> bool:
    """Fill fields from elements inside an HTML block; False when none of the parts is there.

    Each part takes the first element its selector finds that gives a value: a non-empty
    text, a text its regex matches (named groups fill fields), or for ``url`` an ``href``.
    The card's remaining text, its label ("À lire aussi"), is kept as the value ``label``
    (not a teaser field: the record can list it as removed text).
    """
    found_any = False
    used: list[str] = []
    for part in step.parts:
        try:
            elements = [e for e in part.xpath(block.element) if hasattr(e, "tag")]
        except Exception:  # an XPath that errors on this page finds nothing
            elements = []
        for element in elements:
            if part.field == "url":
                href = element.get("href") or next(
                    (a.get("href") for a in element.iter("a") if a.get("href")), None
                )
                if href:
                    taken.values.setdefault("url", urljoin(base or "", href.strip()))
                    found_any = True
                    break
                continue
            text = normalise_space("".join(element.itertext()))
            if part.regex is not None:
                hit = part.regex.search(text)
                if not hit:
                    continue
                for name, value in hit.groupdict().items():
                    if value and value.strip():
                        taken.values.setdefault(name, value.strip())
                        found_any = True
                used.append(text)
                break
            if text:
                taken.values.setdefault(part.field, text)
                used.append(text)
                found_any = True
                break
    if found_any:
        label = _leftover(block.text, used)
        if label:
            taken.values.setdefault("label", label)
    return found_any


def _leftover(text: str, used: list[str]) -> str:
    """What a card says besides its fields: its label ("À lire aussi", "Related:")."""
    rest = normalise_space(text)
    for piece in sorted(used, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    return normalise_space(rest).strip(" ·|•–—-")


def _fill(taken: Taken, step: PatternField, block: Block, base: str | None = None) -> bool:
    """Fill the step's field(s) from ``block``; False when the block is not what the step takes.

    An HTML block that none of a step's ``parts`` is found in does not fit the step (text-dump
    lines have no parts and are taken whole).
    """
    if step.parts and block.element is not None:
        if not _fill_parts(taken, step, block, base):
            return False
        taken.blocks.append((block, "card"))
        return True
    regex = step.match.regex if step.match is not None else None
    groups = regex.groupindex if regex is not None else {}
    if groups:
        found = regex.search(block.text)
        for name, value in (found.groupdict() if found else {}).items():
            if value and value.strip():
                taken.values.setdefault(name, value.strip())
        filled = [
            name
            for name in sorted(groups, key=groups.__getitem__)
            if found and (found.group(name) or "").strip()
        ]
        taken.blocks.append((block, "+".join(filled) or next(iter(groups))))
        return True
    if step.field in taken.values:
        taken.values[step.field] += "\n\n" + block.text
    else:
        taken.values[step.field] = block.text
    taken.blocks.append((block, step.field))
    return True


def _later_fits(pattern: list[PatternField], n: int, block: Block, check: Check) -> bool:
    """Whether ``block`` fits the matcher of a step after step ``n`` that could come next.

    Steps are looked at in order up to the first required one; a step without a matcher
    fits anything and so tells nothing.
    """
    for step in pattern[n + 1 :]:
        if step.match is not None and check(step.match, block):
            return True
        if not step.optional:
            return False
    return False


def _match_once(page: Page, start: int, pattern: list[PatternField], check: Check) -> Taken | None:
    """Match the pattern once from block ``start``; None when a required step does not fit.

    An optional step is passed over when its block does not fit its matcher, or (a step
    without a matcher, such as a body) when the block fits a later step: the body of
    ``title / text? / 'Read more: URL'`` stays empty when the URL line follows the title.
    A repeated step takes blocks until one fits a later step or starts the next teaser.
    """
    taken = Taken()
    i = start
    for n, step in enumerate(pattern):
        j = _next_free(page, i)
        block = page.blocks[j] if j is not None else None
        if block is None or (step.match is not None and not check(step.match, block)):
            if step.optional:
                continue
            return None
        if step.optional and step.match is None and _later_fits(pattern, n, block, check):
            continue
        if not _fill(taken, step, block, _base(page)):
            if step.optional:
                continue
            return None
        i = block.index + 1
        if step.repeat:
            for _ in range(MAX_REPEAT):
                k = _next_free(page, i)
                if k is None:
                    break
                nxt = page.blocks[k]
                if step.match is not None and not check(step.match, nxt):
                    break
                if _later_fits(pattern, n, nxt, check):
                    break  # the pattern's remaining steps take over
                if _match_once(page, k, pattern, check) is not None:
                    break  # the next teaser starts here
                if not _fill(taken, step, nxt, _base(page)):
                    break
                i = k + 1
    if "title" not in taken.values:
        return None
    byline = taken.values.pop("byline", None)
    if byline and "source" not in taken.values:
        taken.values["source"] = byline.lstrip("-–— ").strip()
    taken.end = i
    return taken


def parse_teasers(
    page: Page, start: int, pattern: list[PatternField], check: Check, once: bool = False
) -> Iterator[Taken]:
    """Parse consecutive teasers from block ``start`` on, until the pattern no longer fits.

    With ``once`` only the first teaser is parsed (a teaser card inside the story).
    Field values are in ``Taken.values`` (``title``, ``source``, ``age``, ``text``, ``url``).
    """
    i = start
    while i < len(page.blocks):
        taken = _match_once(page, i, pattern, check)
        if taken is None:
            return
        yield taken
        if once:
            return
        i = taken.end
