"""The dump story reader: a text dump's undecided lines -> title, story, teasers, boilerplate.

A dump has no markup, so lines are read by their shape (:mod:`declutter.content.line_shapes`,
jusText-style shallow features) and their context, after the rules have run (a site rule wins):

1. **Story run** (:mod:`declutter.content.story_run`). The story is the page's main run of
   prose: the maximum-sum run of lines (Kadane's algorithm, as in Finn et al.'s body-text
   extraction, 2001), where a prose line adds its words and every other line costs (per
   shape); a meta line ("Source · 2 h") ends any run, as it only stands in cards, comments
   and bylines. Short chrome between paragraphs costs less than the prose on either side, so
   the run resumes after it. A run cut at its foot (a card's head, comments) ends again at its
   best, and it goes on past a lone card inside the story, either way (:mod:`declutter.content.story_foot`);
   lists grow it (:mod:`declutter.content.list_story`: a list a line ending in a colon
   introduces, a page that is a list). A prose line with no sentence end, or one standing
   alone between chrome lines, counts for less (the prose-like lines of the chrome after a
   story are such lines), and prose lines the page repeats word for word (captions, tickers)
   are set aside.
2. **Inside the run** (:mod:`declutter.content.story_inside`) prose is story, a short
   title-like line between prose is a subheading (story), so are a list's items and labelled
   lines that are the story's own (:mod:`declutter.content.story_labels`); one-line cards
   and labelled cards ("READ MORE: Title") are teasers, everything else (share rows, ad
   labels, pitches, meta lines) is boilerplate.
3. **Title.** The headline sits just above the story run: the first undecided line when it is
   title-like, else the longest title-like line of the ``TITLE_WINDOW`` lines before the run
   (:func:`declutter.content.dump_head.dump_title`).
   A standfirst between the headline and the byline above the run is story (:func:`standfirst`).
4. **Outside the run** teaser sections are found by repetition
   (:mod:`declutter.content.dump_teasers`); what is left is boilerplate, labelled with where it
   stood (``heuristic.before-story`` / ``heuristic.after-story``), so nothing is lost.

Every step is one or two passes over the lines: linear in the dump's size.
"""

from __future__ import annotations

from collections.abc import Collection

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page, title_sized
from declutter.content.byline_ages import byline_age
from declutter.content.byline_blocks import two_names
from declutter.content.card_runs import layout_cards, metas_of_layout
from declutter.content.counted_metas import counted_metas
from declutter.content.dump_bylines import BYLINE_LINES, byline_pieces, bylines, head_bylines
from declutter.content.dump_comments import aged_comments, counted_comments, trim_comments, trim_form
from declutter.content.dump_head import (
    MAX_TITLE_WORDS,
    byline_head,
    chrome_only,
    dump_title,
    labelled,
    masthead,
    meta_line,
)
from declutter.content.dump_teasers import find_teasers, take, take_card
from declutter.content.features import CJK
from declutter.content.glued_cards import split_glued
from declutter.content.line_captions import credited_captions, gallery_captions
from declutter.content.line_repeats import repeated_dates
from declutter.content.line_shapes import (
    FULL_STOP,
    LineShape,
    shape_of,
    shapes_of,
)
from declutter.content.list_story import (
    colon_lists,
    introduced_head,
    introduced_lists,
    introduced_tail,
    list_story,
)
from declutter.content.listed_lines import mark_listed
from declutter.content.listing_dumps import footed_cards, listing_cards, read_metas
from declutter.content.padded_tables import table_rows
from declutter.content.page_memos import new_page, page_memo, remember
from declutter.content.schedules import schedule_tail
from declutter.content.story_foot import (
    BARE_LABELS,
    bare_card,
    best_end,
    bridge_back,
    bridge_cards,
    paired_meta,
    pitch_foot,
    trim_card_head,
)
from declutter.content.story_inside import bridge_inner, has_dash, label_in_run, length_widgets, may_be_card
from declutter.content.story_labels import own_brand, own_labels, site_names, spoken_lines
from declutter.content.story_pitches import inner_pitches
from declutter.content.story_run import HEAD_SHAPES, line_score, story_run


def label_dump(
    page: Page, generic_ends: Collection[str] = (), generic_teasers: Collection[str] = ()
) -> None:
    """Label every undecided block of a text dump as title, story, teaser or boilerplate.

    Input: a page whose blocks are dump lines, after the rules ran (their labels stand), and
    the ids of the *generic* (not site) end-of-story rules. Lines such a rule dropped are read
    again: a generic "Related Articles" heading says where the story ends, not what the cards
    under it look like, and a sidebar's "You may also like" above the story ends nothing. The
    story run decides; lines no card and no story takes keep the rule's id. A card that a
    *generic* teasers rule (``generic_teasers``) parsed is read again when the line it took as
    the card's meta line ("Source · age") is a whole teaser itself ("Title — Source, 3h"), or
    a line it took as the excerpt is a meta line (the next card's): the layout the rule
    assumes is not the one on the page.
    Output: none; every block has a label afterwards. Never raises on any text.
    """
    new_page()
    blocks = page.blocks
    reopened: dict[int, str] = {}
    for b in blocks:
        if b.label == BOILERPLATE and b.rule in generic_ends:
            reopened[b.index] = b.rule
            b.label = b.rule = None
    if generic_teasers:
        _reopen_misread_cards(blocks, generic_teasers)
    shapes = shapes_of(blocks)
    rows = table_rows(blocks, shapes)
    repeated_dates(blocks, shapes)
    layout_cards(blocks, shapes)
    metas_of_layout(blocks, shapes)
    counted_metas(blocks, shapes)
    mark_listed(blocks, shapes)
    gallery_captions(blocks, shapes)
    credited_captions(blocks, shapes)
    length_widgets(blocks, shapes)
    start, end = story_run(blocks, shapes)
    cards = listing_cards(blocks, shapes, start, end, _headline_like)
    if cards:  # a front page of cards: its run is the first card's excerpt, no story
        for lo, hi in cards:
            take_card(page, [(b, shapes[b.index]) for b in blocks[lo:hi]])
        read_metas(page, blocks, cards)
        _outside(page, blocks, shapes, cards[0][0], reopened)
        return
    cards = footed_cards(blocks, shapes, start, end, _headline_like)
    if cards:  # a front page whose first card's sentence stands in its title's place
        meta = blocks[end]
        fields = {k: v for k, v in (shapes[meta.index].fields or {}).items() if k in ("source", "age")}
        values = {"title": blocks[start].text, **fields}
        take(page, [blocks[start], meta], ["title", "+".join(fields)], values)
        for lo, hi in cards[1:]:
            take_card(page, [(b, shapes[b.index]) for b in blocks[lo:hi]])
        _outside(page, blocks, shapes, start, reopened)
        return
    if chrome_only(blocks, shapes, start, end, _headline_like):
        start = end  # no story: the record says so ("no story found"), as for an HTML page
    start, back = bridge_back(blocks, shapes, start, _headline_like)
    if not back:  # (a card under the run's first paragraph)
        start, back = bridge_inner(blocks, shapes, start, end, _headline_like)
    read = head_bylines(blocks, shapes, start, _headline_like)
    if not back:  # (a start carried back stands under the page head already)
        start = _headed_start(blocks, shapes, start, end)
    end, gaps = bridge_cards(blocks, shapes, end)
    gaps += back
    for lo, hi in gaps:  # each lone card inside the story is a teaser
        take_card(page, [(b, shapes[b.index]) for b in blocks[lo:hi] if b.index in shapes])
    untrimmed = end
    end = trim_card_head(blocks, shapes, start, end)
    end = trim_comments(blocks, shapes, start, end)
    end = counted_comments(blocks, shapes, start, end)
    end = aged_comments(blocks, shapes, start, end)
    end = trim_form(blocks, shapes, start, end)
    if end != untrimmed:  # Kadane's run ends in no suffix that costs: only a cut one may
        end = best_end(blocks, shapes, start, end)
    end = pitch_foot(blocks, shapes, start, end)
    start, end, items = list_story(blocks, shapes, start, end)
    end, tail = introduced_tail(blocks, shapes, start, end)
    end, dates = schedule_tail(blocks, shapes, end)
    start, head = introduced_head(blocks, shapes, start, lambda b: line_score(b, shapes))
    tail |= head
    end = colon_lists(blocks, shapes, start, end)
    masthead(blocks, shapes, start, _headline_like)
    has_title = page.title or next((True for b in blocks if b.label == TITLE), False)  # (no yield a line)
    if not has_title:
        head = byline_head(blocks, shapes, start, end, _headline_like)
        title = head.title if head else dump_title(blocks, shapes, start, end, _headline_like)
        if head and head.lede:  # the story's first line, between the byline and the prose
            head.lede.set(STORY, "heuristic.lede")
            shapes.pop(head.lede.index)
        for b in head.bylines if head else ():  # a byline above the title (or a block under it)
            b.set(BOILERPLATE, "heuristic.byline")
            shapes.pop(b.index)
        page.meta.update({k: v for k, v in (head.meta if head else {}).items() if not page.meta.get(k)})
        if title is not None:
            first = next((b for b in blocks if b.index in shapes), None)
            title.set(TITLE, "heuristic.first-line" if title is first else "heuristic.headline")
            shapes.pop(title.index, None)
    bylines(blocks, shapes, start, page.meta, _headline_like, read)
    for b in standfirst(blocks, shapes, start):
        b.set(STORY, "heuristic.standfirst")
        shapes.pop(b.index)
    # lines the story run holds that are the story's own, whatever their shape: a list's
    # items, labelled subheadings, the items of a list a line ending in a colon introduces
    own = {i: "heuristic.list-story" for i in items}
    own |= {i: "heuristic.story-label" for i in own_labels(blocks, shapes, start, end)}
    own |= {i: "heuristic.intro-list" for i in introduced_lists(blocks, shapes, start, end) | tail}
    own |= {i: "heuristic.schedule" for i in dates}
    own |= {i: "heuristic.spoken" for i in spoken_lines(blocks, shapes, start, end)}
    own |= {i: "heuristic.table-row" for i in rows if start < i < end - 1}
    pitches = inner_pitches(blocks, shapes, start, end)  # an app's call between paragraphs
    names = site_names(blocks, page.meta.get("site_name"))
    for b in blocks[start:end]:
        if b.label is not None:
            continue
        if b.kept:
            b.label, b.rule = STORY, b.rule or "heuristic.dump-line"
        elif b.index in own:
            b.label, b.rule = STORY, own[b.index]
        elif (s := shapes.get(b.index)) is None:
            continue  # (a line without a shape is no card's label either)
        elif s.shape in BARE_LABELS and bare_card(blocks, shapes, b.index, end, own):
            b.set(BOILERPLATE, "heuristic.dump-chrome")  # label, title, sub-line
            meta = paired_meta(blocks[b.index + 2].text, byline_age)  # "Source · age"
            take(page, blocks[b.index + 1 : b.index + 3], ["title", "source" if meta else "text"], meta)
        else:
            if names and s.shape != "chrome" and own_brand(b, s, names, blocks):  # its app
                b.set(BOILERPLATE, "heuristic.site-pitch")
            elif b.index in pitches:  # (one naming no site: it stands apart from the story)
                b.set(BOILERPLATE, "heuristic.pitch")
            elif s.shape == "prose" and not has_dash(b.text) and not may_be_card(b.text):
                # (most lines of the run: no call)
                b.label, b.rule = STORY, "heuristic.dump-line"
            else:
                label_in_run(page, b, shapes, blocks, end)
    _outside(page, blocks, shapes, start, reopened)
    split_glued(page)


def _outside(page: Page, blocks: list[Block], shapes: dict[int, LineShape], start: int,
             reopened: dict[int, str]) -> None:
    """Label the lines outside the story run: teaser sections found by repetition, the rest
    boilerplate by where it stood (before or after the run's ``start``; a line a generic end
    rule dropped, ``reopened``, keeps its rule), kept lines story."""
    outside = [(b, shapes[b.index]) for b in blocks if b.index in shapes and b.label is None]
    find_teasers(page, outside)
    for b, _ in outside:
        if b.label is None:  # (a line in ``shapes`` is no kept line: labelled as it stands)
            b.label = BOILERPLATE
            b.rule = reopened.get(b.index) or (
                "heuristic.before-story" if b.index < start else "heuristic.after-story"
            )
    for b in blocks:  # kept lines outside the run are story all the same
        if b.label is None:
            b.label, b.rule = STORY, b.rule or "keep"


HEAD_LINES = 4
"""How far into the story run (in lines) a headline with its byline or dateline under it may
stand and still mark where the story starts."""


def _headed_start(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> int:
    """The story run's start moved past the page's own headline and its byline or dateline
    when the run took them in: a headline-like line (:func:`_headline_like`) within the run's
    first ``HEAD_LINES`` lines, right under it one to ``BYLINE_LINES`` meta lines (a rule may
    have dropped them: "Published 5 April 2026 at 15:45" is a dateline by its shape all the
    same), then the run's prose. What the run held above the headline (a cookie sentence under
    the masthead) is no story, and the headline is the title, not chrome inside the story.
    Output: the run's (new) start. A few lines read."""
    for i in range(start, min(end - 1, start + HEAD_LINES)):
        if not _headline_like(blocks[i], shapes):
            continue
        j = i + 1
        while j < end and j - i <= BYLINE_LINES and meta_line(blocks[j], shapes):
            j += 1
        if j > i + 1 and j < end and (s := shapes.get(blocks[j].index)) is not None and s.shape == "prose":
            return j
    return start


HEAD_GAP = 8
"""Most lines (byline, dateline, photo credit, share row) between a standfirst and the story run."""
STANDFIRST_LINES = 2
"""Most prose lines of a standfirst."""


def standfirst(blocks: list[Block], shapes: dict[int, LineShape], start: int) -> list[Block]:
    """The story's standfirst (lead, subtitle) when the story run starts below it: the prose
    lines (at most ``STANDFIRST_LINES``, undecided) nearest above the run, under the headline
    (the line labelled title) and right under a line of the story's head (the headline, a
    kicker, a byline or dateline: title-like, meta, card or short), with only non-prose lines
    (byline, dateline, credit, share row, any a rule dropped) between them and the run, at
    most ``HEAD_GAP``. A byline or dateline between them ends every run (a meta line), so the
    run cannot take the lead in itself. Output: the standfirst's lines, top first (none when
    there is no such line). At most ``HEAD_GAP + STANDFIRST_LINES`` lines read."""
    title = next((b.index for b in blocks[max(0, start - HEAD_GAP - STANDFIRST_LINES - 2):start]
                  if b.label == TITLE), None)
    if title is None:
        return []
    i = start - 1
    while i > title and start - i <= HEAD_GAP and not _prose(blocks[i], shapes):
        s = shapes.get(blocks[i].index)
        if s is not None and s.shape == "excerpt" or blocks[i].label == TEASER:
            return []  # a teaser's excerpt or a caption the page repeats: no story head
        i -= 1
    lead: list[Block] = []
    while (i > title and len(lead) < STANDFIRST_LINES and _prose(blocks[i], shapes)
           and not labelled(blocks[i].text)):  # (a card's label: "Sponsored: ...")
        lead.append(blocks[i])
        i -= 1
    head = shapes.get(blocks[i].index)
    if not lead or i != title and (head is None or head.shape not in HEAD_SHAPES):
        return []
    return lead[::-1]


def _prose(b: Block, shapes: dict[int, LineShape]) -> bool:
    s = shapes.get(b.index)
    return b.label is None and s is not None and s.shape == "prose"


def _reopen_misread_cards(blocks: list[Block], rules: Collection[str]) -> None:
    """Undo the cards of generic teasers rules of which one card's meta line reads as a
    one-line card, or whose excerpt holds a meta line (or several paragraphs)."""
    cards: dict[int, list[Block]] = {}
    for b in blocks:
        if b.label == TEASER and b.rule in rules and b.teaser is not None:
            cards.setdefault(b.teaser, []).append(b)
    misread: set[int] = set()
    rules_misread: set[str | None] = set()
    for n, card in cards.items():
        meta = [b for b in card if b.field and {"source", "age"} & set(b.field.split("+"))]
        text = [b for b in card if b.field == "text"]
        if any(shape_of(b.text).shape == "card" for b in meta) or any(
                shape_of(b.text).shape == "meta" for b in text) or sum(  # the next card's meta
                shape_of(b.text).shape == "prose" for b in text) > 1:  # paragraphs: the story
            misread.add(n)
            if len(card) > 1:
                rules_misread.add(card[0].rule)
    # the cards of one list share a layout: a misread card of several lines means the rule
    # misread them all (the last card of a list without excerpts took the cookie line under it)
    for n, card in cards.items():
        if n in misread or card[0].rule in rules_misread:
            for b in card:
                b.label = b.rule = b.field = None
                b.teaser = None


def _headline_like(b: Block | None, shapes: dict[int, LineShape]) -> bool:
    """A line that reads as a headline: undecided, title- or prose-shaped or "Topic : rest"
    (the label shape; French sets its colon apart), 4 to ``MAX_TITLE_WORDS`` words, and no
    sentence (or label) punctuation at its end; not two persons' names joined by a short word
    (:func:`declutter.content.byline_blocks.two_names`: a byline of two authors)."""
    if b is None or b.kept or b.index not in shapes:
        return False
    shape = shapes[b.index]
    if shape.shape not in _HEADLINE_SHAPES or shape.shape == "label" and _card_label(
            (shape.fields or {}).get("label", ":")):
        return False
    cjk = _HEADLINE_TEXT.get(b.text)
    if cjk is None:
        cjk = remember(_HEADLINE_TEXT, b.text, _headline_text(b.text))
    return (cjk >= 0 and 4 <= max(shape.words, cjk) <= MAX_TITLE_WORDS  # a CJK headline has no spaces
            and byline_pieces(b, shapes) is None and not two_names(b.text))


_HEADLINE_SHAPES = frozenset(("title", "prose", "label"))
_HEADLINE_TEXT = page_memo()
""":func:`_headline_text` of the lines of the page being read (the head's passes ask a line
several times)."""


def _headline_text(text: str) -> int:
    """What a headline's text alone decides: -1 when it is too long for a title or ends in
    sentence (or label) punctuation, else its CJK characters halved (its words, as a CJK
    headline sets no spaces)."""
    if title_sized(text) is None or FULL_STOP.search(text) is not None or text.endswith((":", ";", "؛")):
        return -1
    return len(CJK.findall(text)) // 2


def _card_label(label: str) -> bool:
    """A card's label, no headline's kicker: in capitals and set off by no colon ("RELATED →",
    "VOIR AUSSI →"). A kicker or a breadcrumb over a headline is not in capitals ("Home »
    Climbing » Title", "Update | Title"); a colon may set a headline's topic ("BREXIT: ...")."""
    return label.isupper() and not label.endswith((":", "："))
