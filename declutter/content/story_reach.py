"""What joins an HTML story from outside its container: the lead above it, earlier parts of
a story split around an inline teaser list, when no container gave a story, the page's
first paragraph under its headline, and the story the page's JSON-LD gives when its HTML
holds little of it (the lists and tables of the story's heading section are
:mod:`declutter.content.section_lists`'s); and, the other way, the container's body instead
of a container that won over it only by a headline and a dek (:func:`narrow_to_body`), and a
container nearer the headline than a longer text elsewhere (:func:`near_headline`); and a
container that is one paragraph's own element, widened to the text around it
(:func:`one_paragraph_widened`).

Each function takes the page's blocks after the container pass
(:mod:`declutter.content.html_story`) and relabels dropped blocks as story, each with its own
``heuristic.*`` rule (``earlier_parts`` instead names elements the container pass counts as
inside). Each is one pass over a few blocks or a few elements.
"""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import BOILERPLATE, STORY, Block, Page, normalise_space
from declutter.content.chains import Chains, verdict
from declutter.content.features import SENTENCE_END, block_value, fold, is_prose
from declutter.content.vocabulary import NOT_STORY

# Most blocks between the headline and the story's first block for a lead to join the story.
LEAD_WINDOW = 8
# ... or, for a paragraph after the headline's <time>, this many (a box of cards between).
FAR_WINDOW = 30
# Words from which a lead needs no sentence end (a dek cut off with no full stop).
LEAD_WORDS = 20


def lead(
    blocks: list[Block], chains: Chains, verdicts: dict[Any, tuple[str | None, bool]], title: str | None
) -> None:
    """Join the lead (dek, standfirst) to the story: prose between the page's headline and the
    story's first block, left out because it sits outside the story container
    (``h2.article-subheadline`` or ``p.excerpt`` next to the body's element).

    The headline is the nearest ``h1`` at most ``LEAD_WINDOW`` blocks before the first story
    block whose text is in the page's ``title``, else the nearest ``h1`` there; not a link.
    A block between them joins the story as ``heuristic.lead`` when it is prose ending like a
    sentence (:func:`is_prose`, ``SENTENCE_END``; or of at least ``LEAD_WORDS`` words), was
    dropped only as outside the container, and stands in no box of its own below the element
    it shares with the headline: no element there with a chrome verdict (a caption, a share
    bar, a byline) and none holding a picture (a photo's caption). A lead inside a header
    element holding the headline stays out, as the 181-page set's ground truth has it (see
    ``_lead`` in :mod:`declutter.content.html_story`). With no ``h1`` there, the headline is
    looked for up to ``FAR_WINDOW`` blocks back (a most-read column between the page's head and
    its body), and then only a ``p`` after a block holding a ``<time>`` joins: the body's first
    paragraph under the headline and its date (``div.texto-bajada`` after ``time``), where a
    dek set before the byline and its date stays out as before (trafilatura-eval, s11).
    One pass over at most ``FAR_WINDOW`` blocks.
    """
    first = next((i for i, b in enumerate(blocks) if b.label == STORY), None)
    if first is None:
        return
    wanted = fold(title or "")

    def headline(window: range) -> int | None:
        h1s = [i for i in window if blocks[i].kind == "h1"]
        return next((i for i in h1s if wanted and fold(blocks[i].text) in wanted), h1s[0] if h1s else None)

    near = max(-1, first - LEAD_WINDOW - 1)
    head = headline(range(first - 1, near, -1))
    far = head is None
    if far:
        head = headline(range(near, max(-1, first - FAR_WINDOW - 1), -1))
    if head is None or blocks[head].link_density >= 0.5:
        return
    dated = head  # (from afar, only paragraphs after a <time>: not a dek set before the byline)
    if far:
        dated = next((j for j in range(head + 1, first) if _holds(blocks[j].element, "time")), first)
    above_head = set(chains[head])
    boxed: dict[Any, bool] = {}  # element -> a chrome verdict or a picture (each walked once)

    def box(el: Any) -> bool:
        known = boxed.get(el)
        if known is None:
            known = boxed[el] = verdict(el, verdicts)[0] is not None or (
                next(el.iter("img", "picture"), None) is not None
            )
        return known

    for i in range(head + 1, first):
        b = blocks[i]
        if (
            i > dated
            and (not far or b.kind == "p")
            and b.rule == "heuristic.outside-story"
            and b.kind != "figcaption"
            and not b.kept
            and is_prose(b)
            and b.link_density < 0.2
            and (SENTENCE_END.search(b.text) or b.words >= LEAD_WORDS)
            and not any(box(el) for el in itertools.takewhile(lambda el: el not in above_head, chains[i]))
        ):
            b.set(STORY, "heuristic.lead")


def _holds(el: Any, tag: str) -> bool:
    """Whether ``el`` is or holds a ``tag`` element."""
    return next(el.iter(tag), None) is not None


# Ancestor levels above the container searched for earlier parts of the story, and the share
# of the container's prose such a part must hold.
PART_LEVELS = 3
PART_SHARE = 0.1


def earlier_parts(
    container: Any, chains: Chains, prose: dict[Any, int], verdicts: dict[Any, tuple[str | None, bool]]
) -> list[Any]:
    """Elements before the container that hold an earlier part of its story: a CMS's story
    split into fields with an inline teaser list between them (``field--story`` parts around
    a ``paragraphs-item-article-list``), the container holding only the last part.

    A part is an earlier sibling of the container or of one of its ``PART_LEVELS`` nearest
    ancestors, holding prose of at least ``PART_SHARE`` of the container's, no chrome verdict
    of its own and no ``h1`` (a header with the headline is not a part). The teaser lists
    between the parts stay outside. One look at the children of a few ancestors.
    """
    parts: list[Any] = []
    floor = PART_SHARE * prose.get(container, 0)
    child = container
    for _ in range(PART_LEVELS):
        up = chains.parent.get(child)
        if up is None:
            break
        for sibling in up:
            if sibling is child:
                break
            if (
                prose.get(sibling, 0) >= max(floor, 1)
                and verdict(sibling, verdicts) == (None, False)
                and next(sibling.iter("h1"), None) is None
            ):
                parts.append(sibling)
        child = up
    return parts


_HIDDEN_RULES = frozenset(f"heuristic.{kind}" for kind in NOT_STORY)


def best_text(blocks: list[Block], title: str | None) -> None:
    """When no container gave a story, keep the page's first paragraph under its headline:
    the first prose block after the ``h1`` whose text is in the page's ``title`` (else the
    first ``h1``), else the prose block of the highest value on the page
    (:func:`declutter.content.features.block_value`); either one dropped by a heuristic that
    does not say chrome (outside the container, a caption, an edge), labelled
    ``heuristic.best-text``. A page with readable text gives it rather than nothing (a video
    page whose one paragraph describes the video). One pass over the blocks.
    """
    if any(b.label == STORY for b in blocks):
        return
    wanted = fold(title or "")
    h1s = [i for i, b in enumerate(blocks) if b.kind == "h1"]
    head = next((i for i in h1s if wanted and fold(blocks[i].text) in wanted), h1s[0] if h1s else -1)
    free = [
        (i, b) for i, b in enumerate(blocks)
        if b.label == BOILERPLATE and b.rule is not None and b.rule.startswith("heuristic.")
        and b.rule not in _HIDDEN_RULES and not b.kept and is_prose(b)
    ]
    best = next((b for i, b in free if i > head), None) if head >= 0 else None
    if best is None and free:
        best = max((b for _, b in free), key=block_value)
    if best is not None:
        best.set(STORY, "heuristic.best-text")


# The story the page's JSON-LD gives (``articleBody``) replaces the one read from the HTML when
# it is at least this long and holds this many times the HTML story's text: the page renders
# its story with scripts, and its HTML holds a teaser of it, an author box or nothing.
BODY_MIN_CHARS = 500
BODY_SHARE = 3
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<br\s*/?>|</p\s*>|</h[1-6]\s*>|</li\s*>", re.IGNORECASE)


def structured_body(page: Page) -> None:
    """When the page's schema.org ``articleBody`` (:attr:`declutter.blocks.Page.article_body`)
    is at least ``BODY_MIN_CHARS`` characters and ``BODY_SHARE`` times the text of the story
    blocks, it is the story: the story blocks go (``heuristic.structured-body``) and one block
    per line of the body joins the page's blocks as story, under the same rule. A story with a
    block kept by a rule stays as it is. Linear in the page's blocks and the body's length.
    """
    body = page.article_body
    if not body or len(body) < BODY_MIN_CHARS:
        return
    story = [b for b in page.blocks if b.label == STORY]
    if BODY_SHARE * sum(len(b.text) for b in story) > len(body) or any(b.kept for b in story):
        return
    if "<" in body:  # some CMSs put the body's HTML there
        body = html.unescape(_TAG.sub("", _BREAK.sub("\n", body)))
    for b in story:
        b.set(BOILERPLATE, "heuristic.structured-body")
    n = len(page.blocks)
    lines = (normalise_space(line) for line in body.splitlines())
    for k, line in enumerate(line for line in lines if line):
        block = Block(n + k, line, kind="p")
        block.set(STORY, "heuristic.structured-body")
        page.blocks.append(block)


# Share of the container's prose its body (its child holding the most) must hold for the
# container to narrow to it (see :func:`narrow_to_body`).
NARROW_SHARE = 0.6


def narrow_to_body(el: Any, score: dict[Any, float], prose: dict[Any, int], blocked: Any) -> Any:
    """The container's body instead of the container, when the body (its child holding the
    most prose, at least ``NARROW_SHARE`` of it) is followed by children that score below zero
    together: the container won over its body only by a headline and a dek above the body
    (the lead joins the story again, :func:`lead`), and what it
    took after the body is link lists and their lines (cards, reader comments), not story; only
    when that part holds some prose (a reader comment) the container would keep.
    Only when the container is built that way: no text of its own, at most two single-line
    children with prose above the body (a headline, a dek), and no paragraph of its own after
    it (a story going on past an embed). One pass over the container's children."""
    kids = [k for k in el if k in score]
    if len(kids) < 2:
        return el
    body = max(kids, key=lambda k: prose.get(k, 0))
    if prose.get(body, 0) < NARROW_SHARE * prose.get(el, 0) or blocked(body):
        return el
    if sum(prose.get(k, 0) for k in kids) < prose.get(el, 0):
        return el  # (story text directly in the container: a flat story, no body element)
    at = kids.index(body)
    above = [k for k in kids[:at] if prose.get(k, 0)]
    if len(above) > 2 or any(_holds_blocks(k) for k in above):
        return el  # (more than a headline and a dek above the body: earlier parts of the story)
    after = kids[at + 1 :]
    if any(prose.get(k, 0) and not _holds_blocks(k) for k in after):
        return el  # (a paragraph of its own after the body: the story goes on past an embed)
    if sum(prose.get(k, 0) for k in after) and sum(score[k] for k in after) < 0:
        return body  # (prose the container would keep after the body, in boxes of links)
    return el


def _holds_blocks(el: Any) -> bool:
    """Whether ``el`` holds a block-level element (it is more than one line); stops at the first."""
    return next((d for d in el.iterdescendants() if d.tag in BLOCK_TAGS), None) is not None


# Least share of the best score a rival container nearer the headline needs to win over it.
RIVAL_SHARE = 0.6


def near_headline(
    first: Any, ranked: list[tuple[Any, float]], chains: Chains, above_headline: set[Any], blocked: Any
) -> Any:
    """The story container among the best-scoring elements: the best (``first``), unless an
    element scoring at least ``RIVAL_SHARE`` of it meets the page's headline deeper in the
    tree (their lowest common element is nearer the headline than the best's is), when the
    best does not hold the headline: a recipe's steps under its title beaten by a longer SEO
    text at the page's foot. The best's own parts and ancestors meet the headline where it
    does or higher, so only an element in another branch can win; the deepest meeting wins,
    the higher score among equals. Each element's meeting is read once (memoised up the tree).
    """
    top = next((s for el, s in ranked if el is first), 0.0)
    if top <= 0 or first in above_headline:
        return first  # (the best holds the headline: its own parts meet it deeper)

    met: dict[Any, int] = {}  # element -> depth of its lowest common element with the headline

    def meet(el: Any) -> int:
        pending = []
        while el is not None and el not in met and el not in above_headline:
            pending.append(el)
            el = chains.parent.get(el)
        depth = -1 if el is None else met[el] if el in met else chains.depth.get(el, -1)
        for e in pending:
            met[e] = depth
        return depth

    best, deepest = first, meet(first)
    for el, s in ranked:
        if s < RIVAL_SHARE * top:
            break
        if el is not first and meet(el) > deepest and not blocked(el):
            best, deepest = el, meet(el)
    return best


_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks a one-paragraph container's parent may hold to stand in for it (a page region holds
# hundreds: link lists, forms, other stories' cards).
WIDEN_BLOCKS = 40


def one_paragraph_widened(container: Any, blocks: list[Block], chains: Chains) -> Any:
    """A container that is one paragraph's own element (the page's one prose paragraph) widened
    to its parent when that parent is a text's region, not the page's (at most
    ``WIDEN_BLOCKS`` blocks): the lines set beside the paragraph there (an address, a bare
    link, a heading over a list) are the rest of the same text; the inside passes still drop
    its chrome."""
    if container.tag not in _PARAGRAPH_TAGS:
        return container
    up = chains.parent.get(container)
    if up is None or up.tag in ("body", "html"):
        return container
    held = 0
    for k in range(len(blocks)):
        if up in chains[k]:
            held += 1
            if held > WIDEN_BLOCKS:
                return container
    return up
