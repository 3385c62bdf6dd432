"""Boxes built around a form or a button inside an HTML story: a newsletter sign-up ("Get
the morning briefing" / "The day's news in your inbox" / [Sign up]), a comment form's "Leave a
reply". Their lines are the control's labels, not story (``heuristic.form``); see
:func:`form_boxes`.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, Block, normalise_space
from declutter.content.chains import Chains
from declutter.content.features import is_heading, is_prose
from declutter.content.story_edges import EDGE_LINES
from declutter.content.story_marks import ITEM_KINDS

# A box around a form holds at most this many story lines, none longer than BOX_WORDS words.
BOX_WORDS = 30
# ... and a box closed by a button (no form) lines of at most this many words ("Sign up for
# the morning briefing", "The day's news in your inbox at 7"), not a story's closing sentence.
BUTTON_BOX_WORDS = 20
MAX_FORMS = 50
# Story lines a box's labels may be: the container's own, or prose the story took in after it.
_BOX_RULES = frozenset({"heuristic.story", "heuristic.story-continues"})


def form_boxes(blocks: list[Block], chains: Chains) -> None:
    """Drop the heading and pitch next to a form or a button: "Get the morning briefing" /
    "Sign up for our newsletter" above an e-mail field or a "Subscribe" button, "Leave a
    reply" above a comment form.

    The box is the form's (button's) nearest ancestor that holds blocks besides its own; when it
    holds at most ``EDGE_LINES`` story lines of at most ``BOX_WORDS`` words each, they are the
    form's labels, not story (``heuristic.form``), unless they are all the story there is.
    A button (no form) makes a box only when it is the box's last text (:func:`_closes`: a
    call to action under its lines, not a FAQ's toggle above its answer), the box holds two
    blocks or more (not a heading with a toggle in it) and not the story's first prose (a
    header's follow button), and its lines have at most ``BUTTON_BOX_WORDS`` words.
    At most ``MAX_FORMS`` forms and buttons per page; one pass over the story blocks' element
    chains.
    """
    if not blocks:
        return
    parent = chains.parent
    root = blocks[0].element.getroottree().getroot()
    boxes: dict[Any, bool] = {}  # box -> built around a button only (not a form)
    buttons: dict[Any, list[Any]] = {}  # a button box -> its buttons (or rows of link buttons)
    controls = list(itertools.islice(root.iter("form", "button"), MAX_FORMS))
    controls += _link_rows(blocks, MAX_FORMS - len(controls))
    for control in controls:
        box = _box(control, parent)
        if box is None:
            continue
        if control.tag == "form":
            boxes[box] = False
            continue
        buttons.setdefault(box, []).append(control)  # (a row's label: its links' text)
        if _closes(control, box):
            boxes.setdefault(box, True)
    if not boxes:
        return
    labels: dict[Any, list[str]] = {}  # a button box -> its buttons' labels (read on first use)

    def labels_of(box: Any) -> list[str]:
        known = labels.get(box)
        if known is None:
            known = labels[box] = [normalise_space("".join(c.itertext())) for c in buttons.get(box, ())]
        return known

    members: dict[Any, list[Block]] = {}
    story = 0
    first_prose: Block | None = None
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.label != STORY:
            continue
        story += 1
        if first_prose is None and is_prose(b):
            first_prose = b
        chain = chains[i]
        if boxes.keys().isdisjoint(chain):  # (most story blocks: no box above them, seen in C)
            continue
        box = next(el for el in chain if el in boxes)
        if not _only_labels(b.text, labels_of(box)):
            members.setdefault(box, []).append(b)
        elif boxes[box]:  # (the buttons' own line: a block of the box all the same)
            members.setdefault(box, [])
    for box, box_blocks in members.items():
        button = boxes[box]
        if not box_blocks:
            continue
        # a box of one block: no other block of the page (blocks of one element are
        # consecutive) on either side of its block is inside it
        k = box_blocks[0].index
        alone = len(box_blocks) == 1 and not any(
            0 <= j < n and box in chains[j] for j in (k - 1, k + 1)
        )
        if button and (first_prose in box_blocks or alone):
            continue  # (a header's share button under the story's first lines; a heading's toggle)
        words = BUTTON_BOX_WORDS if button else BOX_WORDS
        if len(box_blocks) <= EDGE_LINES and len(box_blocks) < story and all(
            b.rule in _BOX_RULES and b.words <= words for b in box_blocks
        ):
            for b in box_blocks:
                b.set(BOILERPLATE, "heuristic.form")


# A row of link buttons ("Google Play" "App Store" under an app's pitch): at least
# ROW_BUTTONS links of at most ROW_BUTTON_WORDS words each, and nothing else.
ROW_BUTTONS = 2
ROW_BUTTON_WORDS = 3
ROW_MOST = 6
"""Most links of a row of buttons (a menu holds more)."""


def _link_rows(blocks: list[Block], most: int) -> list[Any]:
    """Elements of dropped blocks after the story's first line that are rows of link
    buttons: the store badges under an app's pitch, set as links, not ``button`` elements.
    A row's element holds only ``ROW_BUTTONS`` to ``ROW_MOST`` links with a target, of at most
    ``ROW_BUTTON_WORDS`` words each, and no text of its own between them; at most ``most``
    rows."""
    rows: list[Any] = []
    first = next((k for k, b in enumerate(blocks) if b.label == STORY), len(blocks))
    for b in blocks[first:]:
        if len(rows) >= most:
            break
        if not b.link_chars or b.label != BOILERPLATE or b.link_density < 0.5 or b.element is None:
            continue  # (a block with no link, the most, first)
        el = b.element
        if not ROW_BUTTONS <= len(el) <= ROW_MOST or (el.text and el.text.strip()) or el in rows:
            continue  # (a menu's long row of links is no row of buttons)
        if all(
            a.tag == "a" and a.get("href") and not (a.tail and a.tail.strip())
            and 0 < len("".join(a.itertext()).split()) <= ROW_BUTTON_WORDS
            for a in el
        ):
            rows.append(el)
    return rows


def _box(control: Any, parent: dict[Any, Any]) -> Any:
    """The nearest ancestor of ``control`` (a form or a button) that is a block's element or
    ancestor (a key of ``parent``; or an element under a block's element, :func:`_block_above`)
    and holds text besides the control's own: a form alone in
    its footer ``div`` boxes the pitch above that footer, not the footer. Each level looks only at the text
    beside the element it came from, up to the first text found."""
    el, box = control, control.getparent()
    while box is not None:
        if box in parent:
            if _text_beside(box, el):
                return box
        elif _text_beside(box, el) and (row := _block_above(box, parent)) is not None:
            return row  # (a cell whose lines, split by <br>, are blocks of its row)
        el, box = box, box.getparent()
    return None


def _block_above(box: Any, parent: dict[Any, Any]) -> Any:
    """The nearest ancestor of ``box`` that is a block's element (a key of ``parent``: the row
    of a cell whose ``<br>`` lines are blocks) when no text lies between them, else ``None``."""
    el = box
    while el is not None and el not in parent:
        up = el.getparent()
        if up is None or _text_beside(up, el):
            return None
        el = up
    return el


def _text_beside(box: Any, child: Any) -> bool:
    """Whether ``box`` holds text outside its child ``child`` (its own text, a tail, or text
    in another child)."""
    if box.text and box.text.strip():
        return True
    for sib in box:
        if sib is not child and any(t.strip() for t in sib.itertext()):
            return True
        if sib.tail and sib.tail.strip():
            return True
    return False


def _only_labels(text: str, labels: Any) -> bool:
    """Whether ``text`` is nothing but button labels (a row of controls, left to
    :func:`declutter.content.story_boxes.control_rows`)."""
    if not labels:
        return False
    for label in labels:
        if label:
            text = text.replace(label, "", 1)
    return not any(c.isalnum() for c in text)


# Most elements looked at after a button for text of its box.
_AFTER_BUTTON = 20


def _closes(button: Any, box: Any) -> bool:
    """Whether ``button`` is the last text of ``box``: a call to action under the lines it
    answers ("Sign up"), not a toggle above the text it opens (a FAQ's question). Looks at
    the elements after the button on each level up to the box, at most ``_AFTER_BUTTON``."""
    el, seen = button, 0
    while el is not None and el is not box:
        if el.tail and el.tail.strip():
            return False
        for sib in el.itersiblings():
            seen += 1
            if seen > _AFTER_BUTTON or any(t.strip() for t in sib.itertext()):
                return False
            if sib.tail and sib.tail.strip():
                return False
        el = el.getparent()
    return el is box


# A row of icon controls' label: at most this many words ("Share with friends:"), in a box
# at most ICON_LEVELS elements up holding at most ICON_BOX_BLOCKS blocks in all, with at least
# ICON_CONTROLS textless links or buttons among its first ICON_SCAN elements.
ICON_LABEL_WORDS = 8
ICON_LEVELS = 3
ICON_BOX_BLOCKS = 3
ICON_CONTROLS = 2
ICON_SCAN = 80


def icon_rows(blocks: list[Block], chains: Chains, pictured: Collection[Any] = ()) -> None:
    """Drop the label of a row of icon controls ("Liked it? / Share with friends" over
    Facebook and X icons): a short non-prose story line (at most ``ICON_LABEL_WORDS`` words)
    whose box (its element or an ancestor at most ``ICON_LEVELS`` up, holding at most
    ``ICON_BOX_BLOCKS`` blocks, none of them prose) holds ``ICON_CONTROLS`` or more links or
    buttons with no text (icons) (``heuristic.icon-row``). A link is a control when it has a
    target (``href``) or a script (``onclick``); one that held a picture (``pictured``, as in
    :attr:`declutter.blocks.Page.pictured`) is a thumbnail, not an icon. Headings, list items
    and table cells are the story's own labels. Read from the markup only: which controls,
    not what the label says. Per short story line, a look at its neighbours' chains and at
    most ``ICON_SCAN`` elements per level.
    """
    n, depth = len(blocks), chains.depth
    for i, b in enumerate(blocks):
        if b.label != STORY or b.rule not in _BOX_RULES or b.kept or b.words > ICON_LABEL_WORDS:
            continue
        if is_prose(b) or is_heading(b) or b.kind in ITEM_KINDS:
            continue
        near = [(j, chains[j]) for j in range(max(0, i - ICON_BOX_BLOCKS), min(n, i + ICON_BOX_BLOCKS + 1))]
        for el in chains[i][:ICON_LEVELS]:
            # (a chain is innermost first, the root last: el stands at its depth from the end)
            at = depth[el] + 1
            inside = [j for j, chain in near if len(chain) >= at and chain[-at] is el]
            if len(inside) > ICON_BOX_BLOCKS or any(
                is_prose(blocks[j]) for j in inside
            ) or inside[0] == i - ICON_BOX_BLOCKS or inside[-1] == i + ICON_BOX_BLOCKS:
                break  # a box of more than a few short lines: part of the story
            if _icon_controls(el, pictured) >= ICON_CONTROLS:
                for j in inside:
                    if blocks[j].label == STORY and blocks[j].rule in _BOX_RULES:
                        blocks[j].set(BOILERPLATE, "heuristic.icon-row")
                break


def _icon_controls(box: Any, pictured: Collection[Any]) -> int:
    """Links (with a target), buttons and clickable elements with no text and no picture
    among the first ``ICON_SCAN`` elements of ``box``."""
    count = 0
    for k, el in enumerate(box.iter()):
        if k >= ICON_SCAN:
            break
        if not isinstance(el.tag, str):
            continue
        control = el.get("onclick") or el.tag == "button" or (el.tag == "a" and el.get("href"))
        if control and el not in pictured and not any(t.strip() for t in el.itertext()):
            count += 1
    return count
