"""The edges of an HTML story once its container is labelled: what sits at its start and end,
or in small boxes inside it, that a reader would not count as the story.

Each function takes the page's blocks after the container pass (:mod:`declutter.content.html_story`)
and relabels story blocks as boilerplate, each with its own ``heuristic.*`` rule (boxes built
around a form or a button: :mod:`declutter.content.control_boxes`): bylines and
sign-offs at the edges, a pitch to the reader at the end, headings left over a dropped section,
pull quotes, rows of buttons, boxes after the story's end, and a first block that
repeats the title (an editor's note, set apart by its type, goes in
:func:`declutter.content.story_marks.editor_notes`). Each is one pass (or one pass per
heading level) over the blocks.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import islice
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page
from declutter.content.chains import Chains
from declutter.content.features import fold, is_heading, is_pointer, is_prose
from declutter.content.line_shapes import is_row
from declutter.content.names import credit_names
from declutter.content.pitches import addresses_reader
from declutter.content.story_marks import ITEM_KINDS, block_markup, off_body_tail
from declutter.punctuation import EXCLAIMS

# Words from which a heading tag holds a paragraph set large, not a heading.
HEADING_TEXT_WORDS = 20
# Most short lines trimmed at the story's start, and at its end.
EDGE_LINES = 4
TAIL_LINES = 8
TABLE_KINDS = frozenset({"tr", "caption"})


_QUOTE_KINDS = frozenset({"blockquote", "div", "aside", "figure", "q", "span", "h2", "h3", "h4"})


def title_repeat(page: Page) -> None:
    """Drop the story's first block when it is the title again (case and white space aside):
    a blog's post heading (``h2.post-title``) inside the story container, the title taken
    from the page's ``<title>``. The title is the first block labelled title, else the page's
    metadata title, as :func:`declutter.content.assemble.assemble` takes it; a block labelled
    title is never touched."""
    title = next((b.text for b in page.blocks if b.label == TITLE), None) or page.title
    first = next((b for b in page.blocks if b.label == STORY), None)
    if title and first is not None and not first.kept and fold(first.text) == fold(title):
        first.set(BOILERPLATE, "heuristic.title-repeat")


def pull_quotes(blocks: list[Block]) -> None:
    """Drop pull quotes: short story blocks whose text repeats inside a longer story block."""
    story = [b for b in blocks if b.label == STORY]
    quotes = [b for b in story if b.kind in _QUOTE_KINDS and b.rule == "heuristic.story"]
    if not quotes:
        return
    long = [b.text.casefold() for b in story if b.words > 12]
    for b in quotes[:50]:  # bounded: pages with thousands of blocks stay linear
        if not 4 <= b.words <= 60:
            continue
        own = b.text.casefold()
        core = own.strip(" \"'“”‘’«»„‚")
        if len(core) > 20 and any(core in text and text != own for text in long):
            b.set(BOILERPLATE, "heuristic.pull-quote")


# Most words of a caption or a photo credit ("Lee Elder, 1975. | © Augusta National").
CAPTION_WORDS = 25


def image_captions(blocks: list[Block], chains: Chains, pictured: Collection[Any] = ()) -> None:
    """Drop captions and credits that carry no caption tag or class: a short story block (at
    most ``CAPTION_WORDS`` words) that is the only block of its parent element while an image
    (``img``, ``picture``) stands in that parent beside it, not inside it. The picture and its
    line are one box; story paragraphs do not come one per picture.

    Blocks follow document order, so a parent holds no other block when neither neighbour
    block is inside it: a look at two element chains per short story block. Images have left
    the tree before the block walk: ``pictured`` holds the elements that held an ``<img>``
    (:attr:`declutter.blocks.Page.pictured`); beside one of those only a credit line goes
    ("Foto: Anders Berg / Norrlandsposten", :func:`credit_names`): a plain ``<img>`` sits
    beside a recipe's step or a section's heading too. A credit of names only (each word
    capitalised: "Foto: Gemeente Utrecht") between two story paragraphs goes with no image
    at all.
    """
    for i, b in enumerate(blocks):
        if b.label != STORY or b.rule != "heuristic.story" or b.words > CAPTION_WORDS or b.kept:
            continue
        if 0 < i < len(blocks) - 1 and not is_heading(b) and all(
            blocks[k].label == STORY and is_prose(blocks[k]) for k in (i - 1, i + 1)
        ) and _credit(b.text):
            b.set(BOILERPLATE, "heuristic.caption")  # "Foto: Name / Agency" between paragraphs
            continue
        chain = chains[i]
        if len(chain) < 2:
            continue
        box = chain[1]
        if (i > 0 and box in chains[i - 1]) or (i + 1 < len(blocks) and box in chains[i + 1]):
            continue
        if next(b.element.iter("picture"), None) is None and next(
            box.iter("picture"), None
        ) is not None or box in pictured and b.element not in pictured and credit_names(b.text):
            b.set(BOILERPLATE, "heuristic.caption")


def _credit(text: str) -> bool:
    """A credit line between paragraphs: two names or more ("Foto: Name / Agency",
    :func:`credit_names`), or one name whose every word opens in upper case under a label
    that does too ("Foto: Gemeente Utrecht", "Quelle: THW"; not a transcript's "Fischer: Und
    die Pferdekutschen …" nor a config line "ssync : LOCAL")."""
    names = credit_names(text, strict=True)
    if names != 1:
        return names >= 2
    label, _, name = text.partition(":") if ":" in text else text.partition("=")
    words = name.split()
    return not label[:1].islower() and not any(w[:1].islower() or "…" in w for w in words)


# Most words of a row of interface controls ("Previous Next", "Zurück Weiter Schließen").
CONTROL_WORDS = 6


def control_rows(blocks: list[Block]) -> None:
    """Drop a story block whose whole text is the labels of ``<button>`` elements (a gallery's
    "Previous Next", a player's controls): at most ``CONTROL_WORDS`` words, every one of them
    inside a button of the block's element. Buttons act on the page; none says the story.
    Looks at the first 20 buttons of each short story block's element only.
    """
    for b in blocks:
        if b.label != STORY or b.kept or b.words > CONTROL_WORDS or b.element is None:
            continue
        rest = b.text
        buttons = (e for e in b.element.iter() if e.tag == "button" or e.get("role") == "button")
        for button in islice(buttons, 20):
            for part in button.itertext():
                if part.strip():
                    rest = rest.replace(part.strip(), "", 1)
        if rest != b.text and not any(c.isalnum() for c in rest):
            b.set(BOILERPLATE, "heuristic.controls")


def _listed(b: Block) -> bool:
    """A table row or caption, or a list item without links: data the story lists, not a sign-off."""
    return b.kind in TABLE_KINDS or (b.kind == "li" and not b.link_chars)


def trim_edges(blocks: list[Block]) -> None:
    """Drop short non-prose story blocks before the first and after the last prose block, then
    the pointer lines (:func:`declutter.content.features.is_pointer`) after the last paragraph."""
    story = [b for b in blocks if b.label == STORY and b.rule == "heuristic.story"]
    if not story:
        return
    prose = [k for k, b in enumerate(story) if is_prose(b)]
    if not prose:
        return
    trim_lead(story[: prose[0]], {block_markup(story[k]) for k in prose} - {None}, story)
    # table rows are data the story shows (a vote, a schedule), not a sign-off
    _cut_tail(story[prose[-1] + 1 :], "heuristic.edge")
    off_body_tail([b for b in story if b.label == STORY])
    # a heading left alone at the end introduces nothing that stayed (a sentence set as a
    # heading after the story's paragraphs, "All these products and more at ...!", is text;
    # alone, it is a dek whose story lies elsewhere)
    paragraphs = any(is_prose(b) and not is_heading(b) for b in story)
    for b in reversed(story):
        if b.label != STORY:
            continue
        if is_heading(b) and (b.words < HEADING_TEXT_WORDS or not paragraphs):
            b.set(BOILERPLATE, "heuristic.edge")
            continue
        break
    pitch_tail(blocks)
    if story[prose[-1]].label != STORY:  # its last paragraph a pitch: the short lines above go too
        prose = [k for k in prose if story[k].label == STORY]
        if not prose:
            return
        _cut_tail(story[prose[-1] + 1 :], "heuristic.edge")
    # then the story ends with its last paragraph that is no pointer to another page: "Further
    # reading:" and the links under it, "Part 2 of <a>...</a>", "All about boots here."
    last = next((k for k in reversed(prose) if not is_pointer(story[k])), len(story))
    _cut_tail(story[last + 1 :], "heuristic.pointer")


def trim_lead(lead: list[Block], body: set[tuple[str, str]], story: list[Block] | None = None) -> None:
    """Drop the short lines before the story's first paragraph (``lead``: the story's blocks
    above it) as ``heuristic.edge``: a byline, a dateline, a kicker are a few lines, so at most
    ``EDGE_LINES`` of them (a long run of short lines is content: a schedule, a list); a
    heading but an h1 and a line marked up like the story's own paragraphs (``body``: their
    tags and classes, :func:`declutter.content.story_marks.block_markup`: the story's first
    line) stay and do not count, and so does a ``<dl>``'s term over the story's paragraphs
    (:func:`_term`; ``story``, when given: the story's blocks, ``lead`` first)."""
    after = story if story is not None else lead
    lead = [b for k, b in enumerate(lead)
            if (not is_heading(b) or b.kind == "h1") and block_markup(b) not in body
            and not (k + 1 < len(after) and _term(b, after[k + 1], after))]
    if len(lead) <= EDGE_LINES:
        for b in lead:
            b.set(BOILERPLATE, "heuristic.edge")


TERM_PARAGRAPHS = 2
"""Fewest prose ``<dd>``s of a ``<dl>`` whose terms head the story's parts."""


def _term(b: Block, nxt: Block, story: list[Block]) -> bool:
    """Whether ``b`` is a description list's term over a paragraph (``<dt>`` then a prose
    ``<dd>`` of the same list, ``nxt``) in a list whose ``<dd>``s are the story's paragraphs
    (``TERM_PARAGRAPHS`` or more of ``story``): a story set as a ``<dl>`` heads its parts so,
    as with ``h2``s. A term over a short value ("Published" / a date) is no heading, nor is a
    layout list's label ("Updated" over a byline, "Summary" over a ``<dd>`` of ``<p>``s)."""
    if b.kind != "dt" or nxt.kind != "dd" or not is_prose(nxt) or b.element is None:
        return False
    dl = b.element.getparent()
    paragraphs = 0
    for s in story:
        if s.kind == "dd" and s.element is not None and s.element.getparent() is dl and is_prose(s):
            paragraphs += 1
            if paragraphs >= TERM_PARAGRAPHS:
                return nxt.element.getparent() is dl
    return False


def _cut_tail(after: list[Block], rule: str) -> None:
    """Drop the short lines, lines with links and rows of short pieces ("Share: Facebook ·
    Viber · Email", :func:`declutter.content.line_shapes.is_row`) among ``after`` (the story
    blocks after its last paragraph) that are still story, when there are at most
    ``TAIL_LINES`` of them."""
    tail = [b for b in after if b.label == STORY and (b.words < 8 or b.link_chars or is_row(b.text))
            and not _listed(b)]
    if len(tail) <= TAIL_LINES:
        for b in tail:
            b.set(BOILERPLATE, rule)


def pitch_tail(blocks: list[Block], before_cards: bool = False) -> None:
    """Drop the run of short lines at the story's end that speak to the reader ("Follow us on
    ...", "Subscribe for the full story", "Did you like our magazine?"): the test the dump
    reader uses (:func:`declutter.content.pitches.addresses_reader`), at most
    ``TAIL_LINES`` lines, never the whole story. Run by :func:`trim_edges`; with
    ``before_cards``, again once the card reader took the cards after the story out of it,
    only where teaser cards (a heading over them aside) follow the story's last line: an
    affiliate note right above a "You may also like" list ends the story only then. The
    story's last line also goes when it is the dump reader's pitch at the story's foot
    (:func:`_exclaimed_foot`), whatever its words and whatever follows it; once the cards are
    out, with a row of short pieces right above it (its share row)."""
    story = [b for b in blocks if b.label == STORY]
    if not story:
        return
    cards = not before_cards or _cards_follow(blocks, story[-1].index)
    run = []
    for b in reversed(story):
        if b.rule != "heuristic.story" or not ((cards and addresses_reader(b.text, b.words)) or (
                not run and _exclaimed_foot(blocks, story))):
            break
        run.append(b)
    if len(run) <= TAIL_LINES and len(run) < len(story):
        for b in run:
            b.set(BOILERPLATE, "heuristic.pitch")
        above = story[-len(run) - 1]  # a row of short pieces right above it: its share row
        if run and before_cards and above.rule == "heuristic.story" and not is_prose(above) \
                and is_row(above.text):
            above.set(BOILERPLATE, "heuristic.edge")


def _exclaimed_foot(blocks: list[Block], story: list[Block]) -> bool:
    """Whether the story's last line is a pitch at its foot as the dump reader reads one
    (:func:`declutter.content.story_foot.foot_pitch`: an exclamation, here not opening in lower
    case as a sentence going on from the line above does, sharing no content word with the
    story's prose above; what follows the story's last line is no story), the story's prose
    read as the dump reader's lines."""
    from declutter.content.line_shapes import LineShape
    from declutter.content.story_foot import foot_pitch

    text = story[-1].text.strip()
    if text[-1:] not in EXCLAIMS or text[:1].islower():
        return False  # (a question, or a sentence going on from the line above: story, in HTML)
    lines = [b for b in story[:-1] if is_prose(b)] + story[-1:]  # (the words of its prose)
    shapes = {b.index: LineShape("prose" if is_prose(b) else "short", b.words) for b in lines}
    return len(lines) > 1 and foot_pitch(lines, shapes, 0, len(lines))


def _cards_follow(blocks: list[Block], last: int) -> bool:
    """Whether the first block after ``blocks[last]`` that is no heading is a teaser's."""
    nxt = next((b for b in islice(blocks, last + 1, None) if not is_heading(b)), None)
    return nxt is not None and nxt.label == TEASER


# Most words of a label line ("Read on:", "Further information:") that introduces a list.
LABEL_WORDS = 8


def empty_headings(blocks: list[Block]) -> None:
    """Drop short story headings whose section kept nothing: "More on this", "Related posts"
    over cards that went as teasers or chrome, "Comments" over a dropped thread. Runs after
    the card reader (:func:`declutter.content.cards.read_teasers`), so a heading over a run of
    cards found by their shape goes too.

    A heading's section runs to the next heading of the same or a higher level; a heading
    right above a teaser card is that list's heading, and goes even when story text (an
    affiliate note) follows the cards in its section. A label line
    (at most ``LABEL_WORDS`` words ending in a colon, "Weiterlesen:") is the heading of what
    follows it: it goes when the block right after it went as a link list or a teaser. One
    backward pass: ``seen[level]`` says whether story text stands between here and the end of
    the section a heading of that level would open.
    """
    seen = [False] * 8
    after: Block | None = None
    for b in reversed(blocks):
        if not is_heading(b):
            if b.label == STORY and _label_line(b) and after is not None and _listed_away(after):
                b.set(BOILERPLATE, "heuristic.empty-heading")
            elif b.label == STORY:
                seen = [True] * 8
            after = b
            continue
        nxt, after = after, b
        level = int(b.kind[1])
        if b.label == STORY and b.rule == "heuristic.story" and not is_prose(b) and (
            not seen[level] or (nxt is not None and nxt.label == TEASER)
        ):
            b.set(BOILERPLATE, "heuristic.empty-heading")
        elif b.label == STORY:
            seen = [True] * 8
        for k in range(level, 8):
            seen[k] = False


def _label_line(b: Block) -> bool:
    return b.rule == "heuristic.story" and b.words <= LABEL_WORDS and b.text.rstrip().endswith(":")


def _listed_away(b: Block) -> bool:
    """A block that went as a link, a link list or a teaser card (not as story)."""
    return b.label != STORY and (b.label == TEASER or b.link_density >= 0.5)


# What says the story has ended: its reader comments (a thread, or the form to join it).
_STORY_ENDS = frozenset({"heuristic.comments"})


def after_story(blocks: list[Block], chains: Chains, container: Any) -> None:
    """Drop story blocks after the story's end: boxes such as "About this blog" below the
    reader comments, inside the container but outside the element that holds the story's body.

    The body is the container's child holding the most story prose; the story ends with the
    body's last block. A story block after it, outside the body, with a reader comment
    (prose, not a comment counter) between, is ``heuristic.after-story``. Text right after
    the body with no comment between stays (a story split over sibling elements by an ad
    slot, a share bar or a form).
    """
    mass: dict[Any, int] = {}
    tops: dict[int, Any] = {}
    for i, b in enumerate(blocks):
        if b.label != STORY:
            continue
        chain = chains[i]
        if container not in chain:
            continue
        k = chain.index(container)
        if k == 0:
            return  # story text directly in the container: no body element to end
        tops[i] = chain[k - 1]
        if is_prose(b):
            mass[chain[k - 1]] = mass.get(chain[k - 1], 0) + len(b.text)
    if not mass:
        return
    body = max(mass, key=mass.__getitem__)
    end = max(i for i, top in tops.items() if top is body)
    ended = False
    for b in blocks[end + 1 :]:
        if b.label == BOILERPLATE and b.rule in _STORY_ENDS and is_prose(b):  # not a counter
            ended = True
        elif ended and b.label == STORY and b.rule == "heuristic.story":
            b.set(BOILERPLATE, "heuristic.after-story")


# Most blocks looked at on each side of a short line for the rest of its box.
BOX_SCAN = 30
# Drop rules of blocks that went as a list of links or controls: what a box title can head.
_LISTED_RULES = frozenset({"heuristic.link-dense", "heuristic.teaser", "heuristic.controls",
                           "heuristic.share", "heuristic.nav"})


def box_titles(blocks: list[Block], chains: Chains) -> None:
    """Drop the title of a box whose other blocks all went as links, cards or controls: a
    short non-prose story line (at most ``LABEL_WORDS`` words) whose nearest element holding
    another block holds only blocks dropped as link lists, teasers or controls, at least two
    ("Inhaltsverzeichnis" over a table of contents, "Mit Freunden teilen" over share
    buttons). The box is read from the blocks around the line (blocks of one element are
    consecutive), at most ``BOX_SCAN`` on each side, so linear in the page.
    """
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.label != STORY or b.rule != "heuristic.story" or b.kept or b.words > LABEL_WORDS:
            continue
        if is_prose(b) or b.kind in ITEM_KINDS:
            continue  # (a list item or a table row is one of its list's items, not its title)
        chain = chains[i]
        box = next((el for el in chain[1:] if (i + 1 < n and el in chains[i + 1])
                    or (i > 0 and el in chains[i - 1])), None)
        if box is None:
            continue
        others = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and abs(j - i) <= BOX_SCAN and box in chains[j]:
                others.append(blocks[j])
                j += step
            if 0 <= j < n and abs(j - i) > BOX_SCAN:
                others = []
                break
        if len(others) >= 2 and all(o.label != STORY and o.rule in _LISTED_RULES for o in others):
            b.set(BOILERPLATE, "heuristic.box-title")
