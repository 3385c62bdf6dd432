"""Small boxes inside an HTML story once its container is labelled: pull quotes, image
captions and credits, rows of buttons, and titles of boxes whose other blocks went as links.

Each function takes the page's blocks after the container pass (:mod:`declutter.content.html_story`)
and relabels story blocks as boilerplate, each with its own ``heuristic.*`` rule; what sits at
the story's start and end is :mod:`declutter.content.story_edges`. Each is one pass over the
blocks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice
from typing import Any

from declutter.block_walk import BLOCK_TAGS
from declutter.blocks import BOILERPLATE, STORY, Block, normalise_space
from declutter.content.chains import Chains, verdict
from declutter.content.features import is_heading, is_prose
from declutter.content.line_captions import is_caption
from declutter.content.names import NAME_WORDS, credit_names
from declutter.content.story_edges import LABEL_WORDS
from declutter.content.story_marks import ITEM_KINDS
from declutter.punctuation import STOPS

_QUOTE_KINDS = frozenset({"blockquote", "div", "aside", "figure", "q", "span", "h2", "h3", "h4"})


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


def image_captions(
    blocks: list[Block],
    chains: Chains,
    element_cache: dict[Any, tuple[str | None, bool]],
    pictured: Collection[Any] = (),
) -> None:
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
    at all (one by the story's edge: :func:`edge_credits`), and so does a caption that
    closes with a photo credit wherever it stands ("Marco Odermatt, Ski-Star. © AFP / Name",
    "... (Image: GETTY)": the dump path's
    :func:`declutter.content.line_captions.is_caption`) or whose text sits in an inline
    element that says caption by its class (:func:`_inline_caption`: a caption set inline
    beside its picture in a paragraph). A short line whose parent holds an image and other
    lines that all went (:func:`_dropped_beside`: the picture's credit in an element of its
    own, "<div class=copyright>Screenshot, Strava</div>") is the picture's caption, whatever its
    words. ``element_cache`` is the page's cache of element verdicts
    (:func:`declutter.content.chains.verdict`).
    """
    for i, b in enumerate(blocks):
        if b.label != STORY or b.rule != "heuristic.story" or b.words > CAPTION_WORDS or b.kept:
            continue
        if 0 < i < len(blocks) - 1 and not is_heading(b) and all(
            blocks[k].label == STORY and is_prose(blocks[k]) for k in (i - 1, i + 1)
        ) and _credit(b.text):
            b.set(BOILERPLATE, "heuristic.caption")  # "Foto: Name / Agency" between paragraphs
            continue
        if not is_heading(b) and (is_caption(b.text) or _inline_caption(b, element_cache)):
            b.set(BOILERPLATE, "heuristic.caption")  # "Name, Ski-Star. © AFP / Name"
            continue
        chain = chains[i]
        if len(chain) < 2:
            continue
        box = chain[1]
        dropped = _dropped_beside(blocks, chains, i, box)
        if dropped is None:
            continue
        if dropped:
            if box in pictured and b.element not in pictured and not is_heading(b):
                b.set(BOILERPLATE, "heuristic.caption")  # the picture's line beside its credit
            continue
        if next(b.element.iter("picture"), None) is None and next(
            box.iter("picture"), None
        ) is not None or box in pictured and b.element not in pictured and credit_names(b.text):
            b.set(BOILERPLATE, "heuristic.caption")


CAPTION_SCAN = 4
"""Most blocks read on either side of a short story line for the other lines of its box."""
CREDIT_WORDS = 4
"""Most words of a picture's credit in an element of its own ("Screenshot, Strava", "Foto: Anna
Berg"), unlinked."""


def _dropped_beside(blocks: list[Block], chains: Chains, i: int, box: Any) -> bool | None:
    """The other blocks of ``box`` (block ``i``'s parent element) beside block ``i``: False
    when there are none, True when there are some and every one of them went and is a credit's
    size (at most ``CREDIT_WORDS`` words, no link: "Foto: Name" set in an element of its own),
    None otherwise (the box holds more than its picture's lines). Blocks follow document
    order, so the box's blocks stand next to block ``i``: at most ``CAPTION_SCAN`` read on
    either side."""
    found = False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(blocks) and abs(k - i) <= CAPTION_SCAN and box in chains[k]:
            other = blocks[k]
            if other.label != BOILERPLATE or other.words > CREDIT_WORDS or other.link_chars:
                return None
            found = True
            k += step
    return found


# Share of a block's text an inline caption element must hold for the block to be a caption.
INLINE_CAPTION_SHARE = 0.8


def _inline_caption(b: Block, cache: dict[Any, tuple[str | None, bool]]) -> bool:
    """Whether most of ``b``'s text (``INLINE_CAPTION_SHARE``) sits in one inline element of
    its own that says caption by its class (``<span class="rte-paragraph__caption">``,
    ``<strong class="caption">``): a caption set inline beside its picture in a paragraph,
    which the block walk reads as the paragraph's text. Walks the block's inline elements
    only (no block-level child: another block's); ``cache`` is the page's verdict cache."""
    if b.element is None:
        return False
    need = INLINE_CAPTION_SHARE * len(b.text)
    stack = list(b.element)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in BLOCK_TAGS:
            continue
        if verdict(el, cache)[0] == "caption":
            if len(normalise_space("".join(el.itertext()))) >= need:
                return True
            continue
        stack.extend(el)
    return False


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


def edge_credits(blocks: list[Block]) -> None:
    """Drop a credit standing alone by the story's paragraphs once the story's edges are read
    (after :func:`declutter.content.story_edges.empty_headings`): "Foto: Instagram/name"
    under a byline, "Crédits photos : Agence" after the last paragraph over the tags. A story
    block of at most ``CAPTION_WORDS`` words, no heading, that is a credit of names
    (:func:`_edge_credit`) and stands at the story's edge (:func:`_at_edge`) is a caption."""
    for i, b in enumerate(blocks):
        if b.label != STORY or b.rule != "heuristic.story" or b.words > CAPTION_WORDS or b.kept:
            continue
        if not is_heading(b) and _at_edge(blocks, i) and _edge_credit(b.text):
            b.set(BOILERPLATE, "heuristic.caption")


def _at_edge(blocks: list[Block], i: int) -> bool:
    """Whether story block ``i`` stands alone beside the story's paragraphs: each neighbour a
    story paragraph or no story block (chrome, a byline, the page's end), one a paragraph at
    least; a line among other short story lines ("Ort: ...", "Eintritt: ...") is a list."""
    sides = [blocks[k] if 0 <= k < len(blocks) else None for k in (i - 1, i + 1)]
    prose = [n is not None and n.label == STORY and is_prose(n) for n in sides]
    return any(prose) and all(p or n is None or n.label != STORY for p, n in zip(prose, sides, strict=True))


_EDGE_CREDIT = re.compile(r"^([^\W\d_][\w.]{1,14}(?: [\w.]{1,14})?)\s?:\s?([^\W\d_][^:]{0,60})$")
"""A credit's shape with a label of one or two words: "Foto: Instagram/name", "Crédits photos :
Agence"."""


def _edge_credit(text: str) -> bool:
    """A credit by the story's edge: a label of one or two words opening in upper case, a
    colon, a name of at most ``NAME_WORDS`` words each opening in upper case (not an
    interview's "Name: Und die ..." nor an answer's "Lösung: h = 4 cm"), then after each "/"
    one word more or another such name (an account, an agency: "Foto: Instagram/dannibuechner",
    "Foto: Name / Getty Images"); no sentence stop at its end."""
    m = _EDGE_CREDIT.match(text)
    if m is None or text[-1:] in STOPS or m.group(1)[:1].islower():
        return False
    first, *rest = m.group(2).split("/")
    return _capitalised(first) and all(len(p.split()) == 1 or _capitalised(p) for p in rest)


def _capitalised(name: str) -> bool:
    """At most ``NAME_WORDS`` words, one at least, each opening in upper case."""
    words = name.split()
    return 0 < len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words)


# Most words of a row of interface controls ("Previous Next", "Zurück Weiter Schließen").
CONTROL_WORDS = 6


_BRACKETED = re.compile(r"^(?:[^\W\d_]+(?: [^\W\d_]+)?:\s*)?(?:\[[^\W\d_]+(?: [^\W\d_]+)?\]\s*){2,}$")
"""A row of two or more controls written as bracketed words, maybe after a label and its colon
("Share: [Email] [Print]", "[Imprimir] [Enviar]"): a text-only page's buttons (kind H9)."""


def control_rows(blocks: list[Block]) -> None:
    """Drop a story block whose whole text is the labels of ``<button>`` elements (a gallery's
    "Previous Next", a player's controls): at most ``CONTROL_WORDS`` words, every one of them
    inside a button of the block's element. Buttons act on the page; none says the story.
    Looks at the first 20 buttons of each short story block's element only.
    """
    for b in blocks:
        if b.label != STORY or b.kept or b.words > CONTROL_WORDS or b.element is None:
            continue
        if "[" in b.text and _BRACKETED.match(b.text):
            b.set(BOILERPLATE, "heuristic.controls")
            continue
        rest = b.text
        buttons = (e for e in b.element.iter() if e.tag == "button" or e.get("role") == "button")
        for button in islice(buttons, 20):
            for part in button.itertext():
                if part.strip():
                    rest = rest.replace(part.strip(), "", 1)
        if rest != b.text and not any(c.isalnum() for c in rest):
            b.set(BOILERPLATE, "heuristic.controls")


# Most blocks looked at on each side of a short line for the rest of its box.
BOX_SCAN = 30
# Drop rules of blocks that went as a list of links or controls: what a box title can head.
_LISTED_RULES = frozenset({"heuristic.link-dense", "heuristic.teaser", "heuristic.controls",
                           "heuristic.share", "heuristic.nav", "heuristic.empty-heading"})


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
