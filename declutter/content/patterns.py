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

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field

from declutter.blocks import Block, Page, normalise_space
from declutter.content.ages import is_card_age
from declutter.content.card_lines import unlabelled
from declutter.ruleset.model import Matcher, PatternField
from declutter.urls import join

MAX_REPEAT = 40

Check = Callable[[Matcher, Block], bool]


@dataclass(slots=True)
class Taken:
    """One parsed teaser: its field values and the blocks it used (with the field each filled)."""

    values: dict[str, str] = field(default_factory=dict)
    blocks: list[tuple[Block, str]] = field(default_factory=list)
    end: int = 0


def _base(page: Page) -> str | None:
    """The URL relative links of a page resolve against: its URL, else its canonical link."""
    return page.url or page.meta.get("canonical_url")


def _fill_parts(taken: Taken, step: PatternField, block: Block, base: str | None) -> bool:
    """Fill fields from elements inside an HTML block; False when none of the parts is there.

    Each part takes the first element its selector finds that gives a value: a non-empty
    text, a text its regex matches (named groups fill fields), or for ``url`` an ``href``.
    The card's remaining text, its label ("À lire aussi"), is kept as the value ``label``
    (not a teaser field: the record can list it as removed text); a label inside the title's
    link ("<a>Related: Title</a>") is split off the title too (:func:`unlabelled`).
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
                    taken.values.setdefault("url", join(base or "", href.strip()))
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
                if part.field == "title" and "title" not in taken.values:
                    text = unlabelled(text)
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


def _age_is_age(matcher: Matcher, block: Block) -> bool:
    """A matcher's ``age`` group, if it has one, must read as an age (as the card reader reads
    one, :func:`is_card_age`: "anteontem", "2 órával ezelőtt"): a generic "Source · age"
    pattern takes "Title — City Beat" or "Like · Reply" otherwise.

    A piece no reader knows passes where the regex itself holds the age slot to a shape: the
    same line with two plain words in the age's place no longer matches (a site's layout: one
    word, ``(?P<age>[^\\s,]+|...\\d...)``, or a number and its words, ``(?P<age>\\d+ [^|]+)``;
    not a generic "anything up to the end")."""
    regex = matcher.regex
    if regex is None or "age" not in regex.groupindex:
        return True
    found = regex.search(block.text)
    if found is None or not found.group("age") or is_card_age(found.group("age")):
        return True
    start, end = found.span(regex.groupindex["age"])
    return regex.search(block.text[:start] + "x y" + block.text[end:]) is None


def _unread_card(matcher: _Matcher, i: int) -> int | None:
    """Where to go on when no teaser starts at block ``i``: past the first of the next
    ``len(pattern)`` free blocks that fits one of the pattern's steps but for its age (a card
    whose age no reader knows), so one such card does not void the list; None when there is
    none (the list ends there)."""
    steps = [step.match for step in matcher.pattern if step.match is not None]
    for _ in matcher.pattern:
        j = matcher.next_free(i)
        if j is None:
            return None
        block = matcher.page.blocks[j]
        if any(matcher.shaped(m, block) and not matcher.fit(m, block) for m in steps):
            return j + 1
        i = j + 1
    return None


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


class _Matcher:
    """Match one pattern at many starts of one page, each start at most once.

    Whether a repeated step goes on at block ``k`` depends on whether the whole pattern
    matches from ``k`` (the next teaser starts there), which depends on later starts in turn.
    Matching that recursively re-enters the same starts over and over and grows like the
    Fibonacci numbers on a long run of short blocks; here every start's result is memoised
    and the dependencies are evaluated on an explicit stack (no Python recursion), so one
    page costs O(blocks x (pattern length + ``MAX_REPEAT``)) checks at most, whatever its
    layout (dynamic programming over block positions).

    The memo stays valid across the teasers of one :func:`parse_teasers` call: a start's
    result reads only blocks at or after it, and a parsed teaser's blocks all lie before
    the start of the next one.
    """

    def __init__(self, page: Page, pattern: list[PatternField], check: Check) -> None:
        self.page, self.pattern, self.check = page, pattern, check
        self.base = _base(page)
        self.results: dict[int, Taken | None] = {}
        self.free: dict[int, int | None] = {}
        self.fits: dict[tuple[int, int], bool] = {}
        self.shapes: dict[tuple[int, int], bool] = {}

    def fit(self, matcher: Matcher, block: Block) -> bool:
        """``check(matcher, block)``, memoised: the repeat steps of neighbouring starts ask
        about the same blocks, so each (matcher, block) pair is checked once."""
        key = (id(matcher), block.index)
        hit = self.fits.get(key)
        if hit is None:
            hit = self.fits[key] = self.shaped(matcher, block) and _age_is_age(matcher, block)
        return hit

    def shaped(self, matcher: Matcher, block: Block) -> bool:
        """``check(matcher, block)`` alone (no age test), memoised."""
        key = (id(matcher), block.index)
        hit = self.shapes.get(key)
        if hit is None:
            hit = self.shapes[key] = self.check(matcher, block)
        return hit

    def next_free(self, i: int) -> int | None:
        """Index of the next block at or after ``i`` that no rule has labelled; None at a
        kept block or the page's end. Memoised, so each block is looked at once."""
        blocks, seen = self.page.blocks, []
        found: int | None = None
        while i < len(blocks):
            if i in self.free:
                found = self.free[i]
                break
            seen.append(i)
            block = blocks[i]
            if block.kept:
                break
            if block.label is None:
                found = i
                break
            i += 1
        for k in seen:
            self.free[k] = found
        return found

    def match(self, start: int) -> Taken | None:
        """The pattern matched once from block ``start``, or None (see :meth:`_steps`)."""
        if start in self.results:
            return self.results[start]
        stack = [(start, self._steps(start))]
        reply: Taken | None = None
        while stack:
            at, steps = stack[-1]
            try:
                need = steps.send(reply)
            except StopIteration as done:
                self.results[at] = reply = done.value
                stack.pop()
                continue
            if need in self.results:
                reply = self.results[need]
            else:  # evaluate the later start first, then resume this one with its result
                stack.append((need, self._steps(need)))
                reply = None
        return self.results[start]

    def _steps(self, start: int) -> Generator[int, Taken | None, Taken | None]:
        """Match the pattern once from ``start``; yields a later start whose result it needs.

        An optional step is passed over when its block does not fit its matcher, or (a step
        without a matcher, such as a body) when the block fits a later step: the body of
        ``title / text? / 'Read more: URL'`` stays empty when the URL line follows the title.
        A repeated step takes blocks until one fits a later step or starts the next teaser.
        """
        pattern, check, blocks = self.pattern, self.fit, self.page.blocks
        taken = Taken()
        i = start
        for n, step in enumerate(pattern):
            j = self.next_free(i)
            block = blocks[j] if j is not None else None
            if block is None or (step.match is not None and not check(step.match, block)):
                if step.optional:
                    continue
                return None
            if step.optional and step.match is None and _later_fits(pattern, n, block, check):
                continue
            if not _fill(taken, step, block, self.base):
                if step.optional:
                    continue
                return None
            i = block.index + 1
            if step.repeat:
                for _ in range(MAX_REPEAT):
                    k = self.next_free(i)
                    if k is None:
                        break
                    nxt = blocks[k]
                    if step.match is not None and not check(step.match, nxt):
                        break
                    if _later_fits(pattern, n, nxt, check):
                        break  # the pattern's remaining steps take over
                    if (yield k) is not None:
                        break  # the next teaser starts here
                    if not _fill(taken, step, nxt, self.base):
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
    Costs O(blocks x pattern length) checks however the blocks are laid out (see
    :class:`_Matcher`); the caller may label the blocks of each yielded teaser.
    """
    matcher = _Matcher(page, pattern, check)
    i = start
    while i < len(page.blocks):
        taken = matcher.match(i)
        if taken is None:
            if once or (after := _unread_card(matcher, i)) is None:
                return
            i = after
            continue
        yield taken
        if once:
            return
        i = taken.end
