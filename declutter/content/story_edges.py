"""The edges of an HTML story once its container is labelled: what sits at its start and end
that a reader would not count as the story.

Each function takes the page's blocks after the container pass (:mod:`declutter.content.html_story`)
and relabels story blocks as boilerplate, each with its own ``heuristic.*`` rule (boxes built
around a form or a button: :mod:`declutter.content.control_boxes`; pull quotes, captions, rows
of buttons and box titles inside the story: :mod:`declutter.content.story_boxes`): bylines and
sign-offs at the edges, a pitch to the reader at the end, headings left over a dropped section,
boxes after the story's end, and a first block that
repeats the title (an editor's note, set apart by its type, goes in
:func:`declutter.content.story_marks.editor_notes`). Each is one pass (or one pass per
heading level) over the blocks.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, TITLE, Block, Page
from declutter.content.ages import is_age_fast
from declutter.content.chains import Chains
from declutter.content.features import fold, is_heading, is_pointer, is_prose, is_record_row
from declutter.content.line_shapes import is_row
from declutter.content.names import is_name
from declutter.content.pitches import addresses_reader
from declutter.content.story_marks import block_markup, off_body_tail
from declutter.punctuation import EXCLAIMS, STOPS

# Words from which a heading tag holds a paragraph set large, not a heading.
HEADING_TEXT_WORDS = 20
# Most short lines trimmed at the story's start, and at its end.
EDGE_LINES = 4
TAIL_LINES = 8
TABLE_KINDS = frozenset({"tr", "caption"})


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


def _listed(b: Block) -> bool:
    """A table row or caption, or a list item without links: data the story lists, not a sign-off
    (a row of one cell holding a post's record, :func:`~declutter.content.features.is_record_row`,
    is none)."""
    return (b.kind in TABLE_KINDS and not is_record_row(b)) or (b.kind == "li" and not b.link_chars)


def trim_edges(blocks: list[Block]) -> None:
    """Drop short non-prose story blocks before the first and after the last prose block, then
    the pointer lines (:func:`declutter.content.features.is_pointer`) after the last paragraph."""
    story = [b for b in blocks if b.label == STORY and b.rule == "heuristic.story"]
    if not story:
        return
    if len(story) > 1 and signed_off(story[-1].text):  # "Posted by <Name> on <date>", a table
        story.pop().set(BOILERPLATE, "heuristic.edge")  # row's too (an old layout's cell)
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


SIGN_OFF_WORDS = 16
"""Most words of a sign-off line after the story (:func:`signed_off`)."""
SIGN_OFF_LEAD = 3
"""Most words before the name in a sign-off ("Posted by", "Geschrieben von")."""


def signed_off(text: str) -> bool:
    """Whether a line is a post's sign-off, no sentence: at most ``SIGN_OFF_WORDS`` words, no
    sentence stop at its end, up to ``SIGN_OFF_LEAD`` words of letters, a name of two
    capitalised words or more (:func:`declutter.content.names.is_name`), one lower-case word,
    then a date or an age the regexes read ("Posted by Ann Lee on Sunday, December 6, 2026",
    "Geschrieben von Hans Müller am Sonntag, 6. Dezember 2026 um 10:30"), whatever the
    language of its words. One regex test per lower-case word of the line."""
    words = text.split()
    if not 4 <= len(words) <= SIGN_OFF_WORDS or text[-1] in STOPS and not text[-2:-1].isdigit():
        return False
    for j in range(3, len(words) - 1):
        if not (words[j].isalpha() and words[j].islower()):
            continue
        if not is_age_fast(" ".join(words[j + 1 :])):
            continue
        return any(all(w.isalpha() for w in words[:i]) and _capitalised_name(words[i:j])
                   for i in range(min(SIGN_OFF_LEAD, j - 2) + 1))
    return False


def _capitalised_name(words: list[str]) -> bool:
    """Two words or more, each capitalised, that read as a name."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and is_name(" ".join(words))


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
    (:func:`declutter.content.foot_pitches.foot_pitch`: an exclamation, here not opening in lower
    case as a sentence going on from the line above does, sharing no content word with the
    story's prose above; what follows the story's last line is no story), the story's prose
    read as the dump reader's lines."""
    from declutter.content.foot_pitches import foot_pitch
    from declutter.content.line_shapes import LineShape

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
    follows it: it goes when the block right after it went as a link list or a teaser. A
    heading broken into lines by ``<br>`` (one block per line of one element) is one heading:
    its upper lines follow its last line, and are no empty section over it. One backward
    pass: ``seen[level]`` says whether story text stands between here and the end of the
    section a heading of that level would open.
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
        if nxt is not None and nxt.element is b.element and b.element is not None and is_heading(nxt):
            if b.label == STORY and b.rule == "heuristic.story" and nxt.label != STORY:
                b.set(nxt.label, nxt.rule)  # a heading broken by <br>: its lines go together
            continue
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
