"""Labelled blocks -> one :class:`~declutter.record.Record`."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page, reader_text
from declutter.char_runs import NOT_WORD, WORD
from declutter.record import TEASER_KEYS, Record, Removal, Teaser


def assemble(page: Page, audit: bool = True) -> Record:
    """Build the record of a labelled page.

    ``title`` is the first block labelled title, else the page's metadata title; ``text``
    is the story blocks joined by blank lines (title and text as a reader sees them: no
    invisible formatting characters, canonically composed;
    :func:`~declutter.blocks.reader_text`); teasers are grouped by ``block.teaser`` in the
    order they appear, their fields from the parsed values of the teaser pattern or
    from the blocks' ``field`` (a title block's link gives the teaser's ``url``);
    ``removed`` lists the dropped blocks with the rule or heuristic that dropped them and
    where they stood (``at``: how many story paragraphs came before), and so every other
    block whose text the record holds nowhere else (a teaser's line read as no field of it, a
    title line after the first, an unlabelled block): no line vanishes unrecorded. The
    headline is the title, not a removal: one dropped block whose text is the title (a
    headline outside the story container, the title then coming from the page's metadata) is
    left out of ``removed``: the first such heading, else the first such block. Other copies
    (a breadcrumb, a most-read entry, any copy when a block is labelled title) stay in it.
    """
    first = next((b for b in page.blocks if b.label == TITLE), None)
    titled = first.text if first is not None else None
    title = titled or page.title
    story: list[str] = []
    groups: dict[int, dict[str, str]] = {}
    parsed = page.teasers
    removed: list[Removal] | None = [] if audit else None
    before = 0
    labelled: set[int] = set()
    headline = None if titled or not audit else _headline(page, title)
    for block in page.blocks:  # one pass: story, teasers and the audit trail
        label = block.label
        if label == STORY:
            story.append(block.text)
            before += 1
            continue
        index = block.teaser
        if label == TEASER and index is not None:
            values = groups.get(index)
            if values is None:
                values = groups[index] = dict(parsed.get(index, {}))
            name = block.field or "text"
            if name in TEASER_KEYS and name not in parsed.get(index, {}):
                values[name] = f"{values[name]}\n\n{block.text}" if name in values else block.text
            if block.href and "url" not in values and name in ("title", "url"):
                values["url"] = block.href
        if removed is None or block is headline or block is first:
            continue  # (the headline: the title itself, shown as the record's title)
        if label != TEASER or index is None or not _held(block, groups[index], parsed.get(index)):
            # dropped, or in no field of the record (a second title line, a block left
            # unlabelled, a card's byline that names no source): no line vanishes unrecorded
            removed.append(Removal(block.rule or "unknown", block.text, before))
        if label == TEASER and index is not None and index not in labelled:
            # A card's own label ("Read also:") sits inside the teaser block: audit it too.
            labelled.add(index)
            card_label = parsed.get(index, {}).get("label")
            if card_label:
                removed.append(Removal(rule=block.rule or "unknown", text=card_label, at=before))
    teasers = [Teaser(**{k: v.get(k) for k in TEASER_KEYS}) for v in groups.values()]
    meta = {k: v for k, v in page.meta.items() if v is not None}
    return Record(
        id=page.id,
        url=page.url,
        source=page.source,
        title=reader_text(title) if title else title,
        text=reader_text("\n\n".join(story)),
        teasers=teasers,
        removed=removed,
        meta=meta,
        extra=page.extra,
    )


def _held(block: Block, values: dict[str, str], parsed: dict[str, str] | None = None) -> bool:
    """Whether the record holds a teaser block's text: the block is a field of its teaser
    (``values``: its fields so far, the parsed ones among them), the fields were parsed from it
    (a whole "card", "source+age"), or it repeats one of them ("— Source" under a card's meta
    line naming that source). Not so: a byline line beside a card without a source, or a block
    standing for a field that ``parsed`` (the card's parsed fields) gives another value to."""
    name = block.field or "text"
    if parsed and name in parsed and not related(parsed[name], block.text):
        return block.text.strip(" -–—•·") in values.values()
    if name in TEASER_KEYS or name == "card" or all(n in values for n in name.split("+")):
        return name in ("title", "url") or _words_held(block.text, values)  # (their label: the rule's)
    return block.text.strip(" -–—•·") in values.values()


def _words_held(text: str, values: dict[str, str]) -> bool:
    """Whether every word of a teaser block's ``text`` is in one of its teaser's ``values``
    (case folded; numbers aside: a list's rank "12." is no text): a meta line "Nuesa · 5 eur"
    read as the age "5 eur" alone, its source left unread, is not held and goes to
    ``removed``. (A title or link line is held whole: its label, "Read also:", is what the rule or
    card reader read it by, not a dropped line.) Linear in the text and the values."""
    if text in values.values():
        return True
    held = set(WORD.findall(" ".join(v for v in values.values() if isinstance(v, str)).casefold()))
    return all(word in held or word.isdigit() for word in WORD.findall(text.casefold()))


def related(value: str, text: str) -> bool:
    """Whether a field's value and a block's text are one of the other, their word characters
    alone compared (a meta line "Source · 2h" and its source "Source")."""
    if value.strip() == text.strip():
        return True  # (a line of no word characters: "-" read as the source)
    a, b = NOT_WORD.sub("", value), NOT_WORD.sub("", text)
    return bool(a) and (a in b or b in a)


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _headline(page: Page, title: str | None) -> Block | None:
    """The dropped block that is the page's headline: the first heading whose text is the
    title (case and white space aside), else the first such block of any kind."""
    if not title:
        return None
    wanted = " ".join(title.split()).casefold()
    most = len(wanted)  # (case folding never shortens a text: a longer block is not the title)
    first = None
    for block in page.blocks:
        if (block.label == BOILERPLATE and len(block.text) <= most and block.text.casefold() == wanted
                and block.rule != "heuristic.title-repeat"):  # a story's copy: a removal
            if block.kind in _HEADINGS:
                return block
            first = first or block
    return first
