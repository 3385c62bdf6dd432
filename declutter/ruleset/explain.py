"""Why each block of a page got its label, and what a rule edit changes across a corpus.

:func:`explain` labels one page and returns, per block, its label, the rule or heuristic that
decided it, and the other rules that matched it without winning. :func:`diff` labels every
page of a corpus with two rule sets and yields the blocks whose label or deciding rule differ.
Both stream: one page at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from declutter.blocks import TEASER, Page
from declutter.content.assemble import assemble
from declutter.content.cards import LABEL_RULE
from declutter.io.readers import Failure, Item, RawPage
from declutter.pipeline import Pipeline, parse
from declutter.record import Record

UNDECIDED = "undecided"


@dataclass(slots=True)
class BlockView:
    """One block as explained: where it stands, what it became and which rule decided."""

    index: int
    text: str
    kind: str
    label: str
    """``title``, ``story``, ``boilerplate``, ``teaser:<field>`` or ``undecided``."""
    rule: str | None
    """Id of the rule or heuristic that decided the label."""
    matched: list[str] = field(default_factory=list)
    """Every rule that matched the block, the winner included, in precedence order."""
    teaser: int | None = None
    """Which teaser record of the page the block belongs to (0-based), for teaser blocks."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Explanation:
    """A labelled page: its blocks as explained and the record they assemble into."""

    page: Page
    blocks: list[BlockView]
    record: Record

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.page.id,
            "url": self.page.url,
            "format": self.page.format,
            "title": self.record.title,
            "teasers": len(self.record.teasers),
            "blocks": [b.to_dict() for b in self.blocks],
        }


def _label(block: Any) -> str:
    if block.label is None:
        return UNDECIDED
    if block.label == TEASER:
        return f"{TEASER}:{block.field or 'text'}"
    return str(block.label)


def explain(pipeline: Pipeline, raw: RawPage) -> Explanation:
    """Parse and label one page with ``pipeline``'s rules and scoring; explain every block.

    Raises what parsing raises for a page that cannot be read (``ValueError``, ``UnicodeError``).
    """
    page = parse(raw)
    parsed = list(page.blocks)
    decisions = pipeline.label(page)
    # scoring may add blocks (an inline teaser's label split off): those matched no rule
    matched = {id(b): d.matched for b, d in zip(parsed, decisions, strict=True)}
    views = [
        BlockView(
            index=b.index, text=b.text, kind=b.kind, label=_label(b), rule=b.rule,
            matched=list(matched.get(id(b), ())), teaser=b.teaser if b.label == TEASER else None,
        )
        for b in page.blocks
    ]
    return Explanation(page, views, assemble(page))


@dataclass(slots=True)
class Change:
    """One block whose label or deciding rule differs between two rule sets."""

    index: int
    text: str
    before: str
    before_rule: str | None
    after: str
    after_rule: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class PageDiff:
    """What changes on one page: the changed blocks and the teaser counts before and after."""

    id: str
    url: str | None
    blocks: int
    changes: list[Change]
    teasers_before: int
    teasers_after: int
    error: str | None = None

    @property
    def affected(self) -> bool:
        return bool(self.changes) or self.teasers_before != self.teasers_after

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["changes"] = [c.to_dict() for c in self.changes]
        return out


def diff(before: Pipeline, after: Pipeline, items: Iterable[Item]) -> Iterator[PageDiff]:
    """Label every page with both pipelines; yield one :class:`PageDiff` per input page.

    A page that cannot be read gives a ``PageDiff`` with ``error`` set and no changes.
    """
    for item in items:
        if isinstance(item, Failure):
            yield PageDiff(item.id, item.url, 0, [], 0, 0, error=item.error)
            continue
        try:
            old = explain(before, item)
            new = explain(after, item)
        except (ValueError, UnicodeError, LookupError, RecursionError) as exc:
            yield PageDiff(item.id, item.url, 0, [], 0, 0, error=f"{type(exc).__name__}: {exc}")
            continue
        # the blocks the parse gave, on both sides (scoring may split an inline teaser's label
        # off as a block of its own under one rule set and not under the other)
        parsed = [[v for v in e.blocks if v.rule != LABEL_RULE] for e in (old, new)]
        changes = [
            Change(a.index, a.text, a.label, a.rule, b.label, b.rule)
            for a, b in zip(*parsed, strict=True)
            if (a.label, a.rule) != (b.label, b.rule)
        ]
        yield PageDiff(item.id, item.url, len(old.blocks), changes,
                       len(old.record.teasers), len(new.record.teasers))
