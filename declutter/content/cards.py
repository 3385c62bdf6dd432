"""The teaser-card reader: a group of blocks (a card) -> one teaser record's fields.

A related-article section is cut into cards, one link target each; each card's blocks fill
``title`` (the linked text), ``url``, ``source``, ``age`` and ``text``, from their shape (a meta
line "Source · 2 hours ago", a short kicker, an excerpt). One-line inline teasers inside the
story ("Read more: <a>Title</a>") are cards of one block. The cards' kickers that name a
section of the site are :mod:`declutter.content.kickers`'; the fields of a card given as text
lines, :mod:`declutter.content.card_fields`'.
"""

from __future__ import annotations

from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block, Page
from declutter.content.ages import is_age_fast, is_card_age
from declutter.content.assemble import related
from declutter.content.card_columns import PENDING, SECTION_RULE, column_ages
from declutter.content.card_lines import card_meta
from declutter.content.card_repeats import LABEL_WORDS, repeated_cards
from declutter.content.card_tops import MANY
from declutter.content.chains import Chains, class_verdict
from declutter.content.features import is_heading
from declutter.content.inline_cards import InlineCard, field_of, inline_cards, meta_row, row_fields
from declutter.content.labelled_links import LABEL_RULE, labelled_link, labelled_meta, two_block_card
from declutter.content.unlinked_cards import SECTION as UNLINKED
from declutter.content.unlinked_cards import line_fields, one_line_cards, unlinked_cards
from declutter.content.vocabulary import (
    INLINE_TEASER,
    INLINE_TEASER_SPLIT,
    TEASER_HEADING,
)
from declutter.urls import join

_INLINE_RULES = frozenset(
    {"heuristic.story", "heuristic.link-dense", "heuristic.chrome-text", "heuristic.aside"}
)


def read_teasers(
    page: Page, blocks: list[Block], chains: Chains, sections: dict[int, Any]
) -> list[tuple[Block, str]]:
    """Turn related-article sections, runs of same-shape cards
    (:func:`declutter.content.card_repeats.repeated_cards`, added to ``sections``) and inline
    "Read more:" links into teaser records."""
    # inline one-line teasers inside the story
    labels: list[tuple[Block, str | Block]] = []
    for b in blocks:
        if b.rule not in _INLINE_RULES or b.link_density <= 0.3:
            continue
        # (a line of a teaser section is read with its section's cards: "Kicker: <a>Title</a>")
        shaped = None if INLINE_TEASER.match(b.text) or b.index in sections else labelled_link(b)
        if shaped is not None:  # "<label>: <a>Title</a>" in any words: the link is the title
            labels.append((b, shaped[0]))
            fields = {"title": shaped[1], **labelled_meta(b, shaped[1])}
        elif INLINE_TEASER.match(b.text):
            label = INLINE_TEASER_SPLIT.match(b.text)
            if label and label.group().strip(" :|»>-–—"):
                labels.append((b, label.group().strip(" :|»>-–—")))
            fields = _read_inline(page, b, labels, "heuristic.inline-teaser")
            if not fields:  # "Read more: <a>Title</a>": the title is the text after the label
                title = b.text[label.end() :] if label else b.text
                fields = {"title": title} if title != b.text else {}
        else:
            continue
        b.label, b.rule, b.field = TEASER, "heuristic.inline-teaser", "title"
        b.teaser = page.new_teaser(**fields)

    repeated_cards(blocks, chains, sections)
    unlinked_cards(blocks, chains, sections)
    one_line_cards(blocks, chains, sections)
    for i, b in enumerate(blocks):  # a label block, then its linked title (runs of cards read)
        if b.rule in _INLINE_RULES and b.link_density > 0.3:
            two_block_card(page, blocks, i, sections)
    if not sections:
        return labels
    by_section: dict[Any, list[int]] = {}
    for i, section in sections.items():
        if (
            blocks[i].label in (None, STORY, BOILERPLATE)
            and not blocks[i].kept
            and (blocks[i].rule is None or blocks[i].rule.startswith("heuristic."))
            and blocks[i].rule != "heuristic.comments"  # (a reader comment is never a card)
        ):
            by_section.setdefault(section, []).append(i)
    for section, idxs in by_section.items():
        if _links_away(blocks, sorted(idxs), section):
            _cards(page, chains, section, sorted(idxs), labels)
    _untitled(page, blocks)
    return labels


def _untitled(page: Page, blocks: list[Block]) -> None:
    """Drop the cards that found no title: a teaser is another story's headline with what
    goes with it, so a "card" of only a source, an age or a line of text (a list's heading
    left among its cards, a reader comment next to a teaser list) is no teaser
    (``heuristic.untitled-card``). One pass over the blocks."""
    titled = {k for k, v in page.teasers.items() if v.get("title")}
    titled.update(b.teaser for b in blocks if b.label == TEASER and b.field == "title")
    for b in blocks:
        if b.label == TEASER and b.teaser is not None and b.teaser not in titled and not b.kept:
            b.set(BOILERPLATE, "heuristic.untitled-card")
            b.field = b.teaser = None


def _read_inline(page: Page, b: Block, inserts: list[tuple[Block, str | Block]],
                 rule: str = "heuristic.teaser",
                 found: list[InlineCard] | None = None) -> dict[str, str]:
    """The fields of the card block ``b`` is (:func:`inline_cards`); when it holds several
    cards, each but the last gets a teaser block of its own, to go before ``b`` (added to
    ``inserts``, see :func:`split_labels`), and ``b`` is left with the last card's text and
    link. Output: the fields of the card ``b`` stands for (``{}`` for no card)."""
    if found is None:
        found = inline_cards(b)
    if not found:
        return {}
    for card in found[:-1]:
        href = _absolute(page, card.href) if card.href else b.href
        block = Block(index=0, text=card.text, kind=b.kind, path=b.path, attrs=b.attrs,
                      link_chars=len(card.text), href=href, element=b.element, label=TEASER,
                      rule=rule, field="title",
                      teaser=page.new_teaser(**card.fields))
        inserts.append((b, block))
    last = found[-1]
    if len(found) > 1:
        b.text, b.link_chars, b._n_words, b._prose = last.text, len(last.text), -1, None
        b.href = _absolute(page, last.href) if last.href else b.href
    return last.fields


def _absolute(page: Page, href: str) -> str:
    """A link target of the page made absolute against its URL (as the block walk does)."""
    return join(page.url, href) if page.url else href


def _links_away(blocks: list[Block], idxs: list[int], section: Any) -> bool:
    """A teaser section links to other pages, is another ``<article>`` opening with a headline
    of its own, or is the text of a card whose linked title comes right before it; an
    "excerpt" element or a "related" accordion with none of these is part of the story."""
    if any(blocks[i].href for i in idxs) or isinstance(section, tuple) and section[0] == UNLINKED:
        return True  # (a run of unlinked cards: read by their shapes, their links are elsewhere)
    if getattr(section, "tag", None) == "article" and is_heading(blocks[idxs[0]]):
        return True
    before = blocks[idxs[0] - 1] if idxs[0] > 0 else None
    return before is not None and before.href is not None and before.link_density >= 0.5


def split_labels(page: Page, labels: list[tuple[Block, str | Block]]) -> None:
    """Give each inline teaser's label ("Read also:", "Mehr zum Thema") a dropped block of its
    own just before the teaser, so the audit trail shows it, and put the blocks of the other
    cards of a block that held several (:func:`_read_inline`) before it; blocks are
    renumbered. Input: (block, label text or block to insert before it), in page order."""
    before: dict[int, list[str | Block]] = {}
    for b, insert in labels:
        before.setdefault(id(b), []).append(insert)
    blocks: list[Block] = []
    for b in page.blocks:
        for insert in before.get(id(b), ()):
            if isinstance(insert, Block):
                blocks.append(insert)
                continue
            blocks.append(
                Block(
                    index=0,
                    text=insert,
                    kind=b.kind,
                    path=b.path,
                    attrs=b.attrs,
                    element=b.element,
                    label=BOILERPLATE,
                    rule=LABEL_RULE,
                )
            )
        blocks.append(b)
    for i, b in enumerate(blocks):
        b.index = i
    page.blocks[:] = blocks


def _cards(page: Page, chains: Chains, section: Any, idxs: list[int],
           inserts: list[tuple[Block, str | Block]]) -> None:
    """Group a teaser section's blocks into cards (one link target each) and fill fields;
    a block holding several cards adds the blocks of all but its last to ``inserts``."""
    blocks = page.blocks
    stop = section[2] if isinstance(section, tuple) else section
    # the one href seen under each element of the section, or MANY (as card_tops.link_targets)
    hrefs: dict[Any, Any] = {}
    for i in idxs:
        h = blocks[i].href
        if h is None:
            continue
        for el in chains[i]:
            seen = hrefs.get(el)
            if seen is None:
                hrefs[el] = h
            elif seen is not MANY and seen != h:
                hrefs[el] = MANY
            if el is stop:
                break
    current: Any = None
    record: int | None = None
    url: str | None = None
    fields: set[str] = set()
    last_link = max((i for i in idxs if blocks[i].href), default=-1)
    unlinked = isinstance(section, tuple) and section[0] == UNLINKED
    elements: dict[int, Any] = {}  # each record's card element
    for i in idxs:
        b = blocks[i]
        if not b.link_chars and TEASER_HEADING.match(b.text):
            b.set(BOILERPLATE, "heuristic.teaser-heading")
            continue
        card = None
        for el in chains[i]:
            if hrefs.get(el) is MANY:
                break
            card = el
            if el is stop:
                break
        if unlinked:  # (no link tells its cards apart: each is the element holding its pair)
            card = b.element if len(section) > 3 else chains.parent.get(b.element)
        if not b.href and i < last_link and (
            card not in hrefs and is_heading(b)
            or record is None and b.words <= LABEL_WORDS and chains.parent.get(b.element) is stop
            and not any(c.isdigit() for c in b.text)  # (a loose first card's date is none)
        ):
            # a heading with no link of its own over linked cards heads the list, and so does
            # a short line opening the section outside any card, a child of the section's
            # own element ("Baca juga"): boilerplate
            b.set(BOILERPLATE, "heuristic.teaser-heading")
            continue
        other_link = b.href is not None and url is not None and b.href != url
        parsed: dict[str, str] = {}
        same_link = b.href is not None and b.href == url  # a card's loose text shares its link
        # (the block's cards, read once: whether it holds several, then its fields)
        found = inline_cards(b) if b.href is not None and b.link_density >= 0.5 else None
        several = found is not None and len(found) > 1
        if record is None or (card is not current and not same_link) or other_link or several:
            if not b.href and b.words > 25:
                b.set(BOILERPLATE, "heuristic.teaser-section")
                continue
            parsed = line_fields(b, section) if unlinked else _read_inline(page, b, inserts, found=found)
            record, current, url, fields = page.new_teaser(**parsed), card, b.href, set()
            elements[record] = card
        url = url or b.href
        # a one-block card: its pieces are parsed; the block stands for the title (and url)
        field = "title" if parsed else _field(b, fields, unlinked)
        if not parsed and field != "title":
            # a row of pieces ("<span>TT</span> <span>ahir</span>") is read piece by piece,
            # a line of text as a whole ("Coastline Times · 2 days ago")
            row = None if is_age_fast(b.text) else meta_row(b, linked=same_link)
            meta = row and row_fields(row, fields) or card_meta(b.text, fields, is_card_age)
            if meta:
                page.teasers[record].update(meta)
                parsed, field = meta, next(iter(meta))
        if field is None:
            # a line for no field left (a meta line "Source · <unknown-language age>" under
            # the excerpt): held by its card until its column is read, else dropped
            b.label, b.rule, b.field, b.teaser = TEASER, "heuristic.teaser", PENDING, record
            continue
        b.label, b.rule, b.field, b.teaser = TEASER, "heuristic.teaser", field, record
        fields.add(field)
        fields.update(parsed)
    _promoted(blocks, idxs, elements)
    column_ages(page, [blocks[i] for i in idxs])
    for i in idxs:
        if blocks[i].field == PENDING:
            blocks[i].set(BOILERPLATE, "heuristic.teaser-section")
            blocks[i].field = blocks[i].teaser = None
    _unheld(page, [blocks[i] for i in idxs])


def _promoted(blocks: list[Block], idxs: list[int], elements: dict[int, Any]) -> None:
    """Drop the cards of a teaser section whose own element's class says advert or sponsor
    (:func:`declutter.content.chains.class_verdict` "promo": "card sponsored", "promo-card")
    when two or more of their sibling cards' do not: a paid card among the list's articles, in
    whatever words its title is labelled ("Sponsored: ...", "Patrocinado: ..."), is chrome, no
    teaser (``heuristic.promo-card``). One pass over the section's blocks."""
    promos = {r for r, el in elements.items() if el is not None and class_verdict(el)[0] == "promo"}
    if not promos or len(elements) - len(promos) < 2:
        return
    for i in idxs:
        b = blocks[i]
        if b.label == TEASER and b.teaser in promos and not b.kept:
            b.set(BOILERPLATE, "heuristic.promo-card")
            b.field = b.teaser = None


def _unheld(page: Page, blocks: list[Block]) -> None:
    """No card line vanishes: a block that stands for a field its card's parsed fields give
    another value (a column of ages read after it gave the source to the meta line under it:
    "<p>Excerpt</p><span>Source · age</span>") becomes the card's text when no other line is
    its text, else a dropped line of the section (``heuristic.teaser-section``)."""
    for b in blocks:
        if b.label != TEASER or b.teaser is None or b.field == "title":
            continue
        value = page.teasers[b.teaser].get(b.field or "text")
        if value is None or related(value, b.text):
            continue
        if "text" not in page.teasers[b.teaser] and not b.href and not any(
                x.teaser == b.teaser and x.field == "text" for x in blocks):
            b.field = "text"
        else:
            b.set(BOILERPLATE, SECTION_RULE)
            b.field = b.teaser = None


def _field(b: Block, taken: set[str], unlinked: bool = False) -> str | None:
    """Which teaser field a block fills, given the fields its card already has: a linked
    line, or a heading opening the card (another story's own headline; in a run of
    ``unlinked`` cards, the headline line that opens each), is its title."""
    headline = bool(b.href) and b.link_density > 0.5 or (not taken and (unlinked or is_heading(b)))
    return field_of(b.text, headline, taken)
