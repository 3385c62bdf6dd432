"""Teaser cards set as a label and one link ("Lees meer: <a>Title</a>", "<b>Lees ook</b>
<a>Title</a>", a table row of the two, or a label block right before a block that is one
link): an inline teaser by its shape, whatever the label's words. The HTML card reader
(:mod:`declutter.content.cards`) asks these of story lines; cards whose pieces share one block
are :mod:`declutter.content.inline_cards`'.
"""

from __future__ import annotations

import re
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TEASER, Block, Page, normalise_space
from declutter.char_runs import DIGIT
from declutter.content.ages import is_card_age
from declutter.content.features import CJK
from declutter.content.inline_cards import CARD_TITLE_WORDS, meta_line
from declutter.content.names import is_name
from declutter.punctuation import STOPS

LABEL_WORDS = 4
"""Most words of the label of a line "<label>: <linked title>" ("Lees meer", "Ayrıca okuyun")."""
LABEL_CJK = 8
"""Most characters of such a label in CJK script ("関連記事")."""
_QUOTES = "\"“„«‘'「『¿¡"
_LABEL_LINE = re.compile(r"^([^\W\d][^:：›»→\d]{0,40}?)\s*[:：›»→]\s*(\S.*)$")
"""A label, then a colon or an arrow pointing to the link ("Lees meer:", "LES EISINI ›")."""


LABEL_RULE = "heuristic.teaser-label"
"""The rule of a dropped card label: a block :func:`declutter.content.cards.split_labels` adds
(a block the parse did not give), or a two-block card's label block (:func:`two_block_card`)."""


def labelled_link(b: Block) -> tuple[str, str] | None:
    """``(label, title)`` of a line that is a short label, a colon and one link covering all
    the rest ("Lees meer: <a>Title</a>", "関連記事：<a>Title</a>"): an inline teaser by its
    shape, whatever the label's words. The label has at most ``LABEL_WORDS`` words (or
    ``LABEL_CJK`` CJK characters) and no digit ("Update 12:30: ..." is no label); the title at
    least ``CARD_TITLE_WORDS`` words (or six CJK characters) and is no name ("Foto: <a>Jan de
    Vries</a>", "Bron: <a>IJsselbode</a> · 6 uur geleden" are credits and origins), ends in no
    full stop and holds no "©" (a sentence, a credit), and the line holds that one link only;
    else ``None``."""
    if not b.href or b.link_chars < 10:
        return None
    m = _LABEL_LINE.match(b.text)
    parts = (m.group(1), m.group(2)) if m is not None else _bold_label(b)
    if m is not None and (bold := _bold_label(b)) and bold[0].rstrip(" :：") != m.group(1):
        parts = bold  # (a colon inside the linked title is no label's: "<b>Label</b><a>A: B</a>")
    if parts is None or m is not None and b.kind == "tr" and not _one_cell(b):
        parts = _cell_label(b)  # (a row of one cell is the line it holds: "<td>Label: <a>Title</a></td>")
    if parts is None:
        return None
    label, title = parts
    if abs(b.link_chars - len(title)) > 1:
        return None  # the link is not all of the rest (or takes the label in too)
    if not _label_shape(label) or not _title_shape(title) or not _one_link(b):
        return None
    return label, title


_BOLD = frozenset(("b", "strong", "span", "em", "small", "label"))
"""The inline elements that set a label apart before its link ("<b>Lees ook</b>",
"<span>FUNDA NALOKHU</span>")."""


def _bold_label(b: Block) -> tuple[str, str] | None:
    """``(label, title)`` of a line whose label is set apart by bold markup, with no colon
    ("<b>Lees ook</b> <a>Title</a>"): a bold element first, the one link right after it."""
    el = b.element
    kids = list(el) if el is not None else []
    if len(kids) == 3 and kids[2].tag in _BOLD and next(kids[2].iter("a"), None) is None:
        # "<span>Label</span><a>Title</a><em>Source · age</em>": a short line after the link
        # is the card's meta line, no part of its title
        end = normalise_space("".join(kids[2].itertext()))
        kids = kids[:2] if end and len(end.split()) <= _META_WORDS and b.text.endswith(end) else kids
    else:
        end = ""
    if len(kids) != 2 or kids[0].tag not in _BOLD or kids[1].tag != "a" or (el.text or "").strip():
        return None
    label, title = normalise_space("".join(kids[0].itertext())), normalise_space("".join(kids[1].itertext()))
    if not label or DIGIT.search(label) or label[-1] in _LABEL_NOT_LAST:
        return None
    body = b.text[: len(b.text) - len(end)].rstrip() if end else b.text
    return (label, title) if b.text.startswith(label) and body.endswith(title) else None


_META_WORDS = 8
"""Most words of a meta line after a labelled link ("Isolezwe · izolo")."""


_CELLS = frozenset(("td", "th"))


def _cell_label(b: Block) -> tuple[str, str] | None:
    """``(label, title)`` of a table row of two cells, the first a link-free label (a colon
    may close it), the second one link and nothing else ("<tr><td>Lees ook:</td><td><a>Title
    </a></td></tr>", the row form of "Label: <a>Title</a>")."""
    el = b.element
    kids = list(el) if el is not None and el.tag == "tr" else []
    if len(kids) != 2 or any(k.tag not in _CELLS for k in kids) or next(kids[0].iter("a"), None) is not None:
        return None
    label = normalise_space("".join(kids[0].itertext())).rstrip(" :：")
    title = normalise_space("".join(kids[1].itertext()))
    if not label or DIGIT.search(label) or label[-1] in _LABEL_NOT_LAST:
        return None
    return (label, title) if b.text.startswith(label) and b.text.endswith(title) else None


def _one_cell(b: Block) -> bool:
    """A table row of one cell (a layout table boxing one line)."""
    el = b.element
    return el is not None and sum(1 for k in el if k.tag in _CELLS) == 1


def _label_shape(label: str) -> bool:
    """A card label's shape: at most ``LABEL_WORDS`` words (or ``LABEL_CJK`` CJK characters)."""
    return len(label.split()) <= LABEL_WORDS and _script_letters(label) <= LABEL_CJK


def _script_letters(text: str) -> int:
    """The letters of ``text`` in a script written without spaces (CJK, Khmer, Thai), their
    vowel signs aside ("អានបន្ថែម": six letters, ten characters)."""
    return sum(1 for c in CJK.findall(text) if c.isalpha())


def _title_shape(title: str) -> bool:
    """A linked headline's shape: at least ``CARD_TITLE_WORDS`` words (or six CJK characters),
    no name, no final full stop, no "©", opening with a letter, digit or quote (a sentence, a
    credit, a bracketed aside are no headline)."""
    if len(title.split()) < CARD_TITLE_WORDS and len(CJK.findall(title)) < 6:
        return False
    if is_name(title) and (title.lower() != title.upper() or len(title.split()) <= CARD_TITLE_WORDS):
        return False  # (a script without case has no capitals to tell a name: longer is a headline)
    return not (title.endswith(".") or "©" in title or not (title[0].isalnum() or title[0] in _QUOTES))


def _one_link(b: Block) -> bool:
    """The block's element holds exactly one link ("Filed under: <a>Topic</a> <a>12
    comments</a>" is no card)."""
    el = b.element
    return el is not None and sum(1 for _ in el.iter("a")) == 1


_LABEL_NOT_LAST = frozenset(STOPS + "…")
TITLE_BLOCK_WORDS = 25
"""Most words of a linked title block read with the label block before it."""


def label_block(label: Block, link: Block) -> str | None:
    """The label of a two-block card: a short link-free block (at most ``LABEL_WORDS`` words,
    no digit, no sentence end; a colon may close it) right before a block that is one link
    and nothing else, shaped as a headline of at most ``TITLE_BLOCK_WORDS`` words ("<div>Läs
    också</div><div><a>Title</a></div>", the block form of "Label: <a>Title</a>"); ``None``
    otherwise. Whether the pair sits between story paragraphs is the caller's to check."""
    text = label.text.rstrip(" :：")
    if (label.href or label.link_chars or not text or label.text[-1:] in _LABEL_NOT_LAST
            or DIGIT.search(text)):
        return None
    if not _label_shape(text) or link.link_chars < len(link.text) - 1 or link.words > TITLE_BLOCK_WORDS:
        return None
    return text if _title_shape(link.text) and _one_link(link) else None


_BOX_RULES = frozenset({"heuristic.aside", "heuristic.link-dense"})


def _own_box(label: Block, b: Block) -> bool:
    """The label and title blocks are alone in one box ("<aside><h4>Label</h4><a>Title</a>
    </aside>"): the nearest element holding both holds no other text."""
    lel, tel = label.element, b.element
    if lel is None or tel is None:
        return False
    box = lel.getparent()
    if box is None or not (box is tel or any(e is box for e in tel.iterancestors())):
        return False
    return "".join("".join(box.itertext()).split()) == "".join(f"{label.text}{b.text}".split())


def two_block_card(page: Page, blocks: list[Block], i: int, sections: dict[int, Any]) -> bool:
    """Read ``blocks[i]`` as the linked title of a two-block card inside the story: a short
    label block, then the title block alone (:func:`label_block`), with story paragraphs
    before and after the pair ("<p>...</p><div>Läs också</div><div><a>Title</a></div><p>...
    </p>"; the pair may have been dropped as an aside or link-dense when alone in a box of its
    own, :func:`_own_box`), read as "Label: <a>Title</a>" is: the title block a teaser, the
    label dropped (``heuristic.teaser-label``). Returns whether it did."""
    if not 2 <= i < len(blocks) - 1 or i in sections or i - 1 in sections:
        return False
    label, b = blocks[i - 1], blocks[i]
    if blocks[i - 2].label != STORY or blocks[i + 1].label != STORY:
        return False
    boxed = label.rule in _BOX_RULES and b.rule == label.rule and _own_box(label, b)
    if label.label != STORY and not boxed:
        return False
    if label.kept or b.kept or label_block(label, b) is None:
        return False
    label.set(BOILERPLATE, LABEL_RULE)
    b.label, b.rule, b.field = TEASER, "heuristic.inline-teaser", "title"
    b.teaser = page.new_teaser(title=b.text)
    _meta_after(page, blocks, i)
    return True


def _meta_after(page: Page, blocks: list[Block], i: int) -> None:
    """The meta line right under a two-block card's title ("<div>Label</div><div><a>Title</a>
    </div><div>Source · 2 hours ago</div>", the story going on after it), a sibling of the
    title's element, or a child of it when the title's block is the card's box with its link
    loose in it ("<div><div>Label</div><a>Title</a><div>Source · age</div></div>"): the
    card's source and age, no story line."""
    meta, b = blocks[i + 1], blocks[i]
    if i + 2 >= len(blocks) or blocks[i + 2].label != STORY or meta.kept or meta.rule != "heuristic.story":
        return
    if meta.element is None or b.element is None:
        return
    box = meta.element.getparent()
    if box is not b.element.getparent() and box is not b.element:
        return  # (the title's block may be the card's box itself, its link loose in it)
    if not meta_line(meta):
        return
    fields = line_meta(meta.text)
    if fields and b.teaser is not None:
        page.teasers[b.teaser].update(fields)
        meta.label, meta.rule, meta.field, meta.teaser = TEASER, b.rule, next(iter(fields)), b.teaser


def labelled_meta(b: Block, title: str) -> dict[str, str]:
    """Source and age of the meta line after a labelled link's title ("<b>Label</b><a>Title</a>
    <em>Source · age</em>"): read by the age tests, else a name and an age no test reads set
    apart by a mark, the age read by its shape (:func:`~declutter.content.byline_ages.shaped_age`,
    as the dump reader reads a lone card's); ``{}`` for none."""
    at = b.text.rfind(title)
    tail = b.text[at + len(title) :].strip() if at >= 0 else ""
    return line_meta(tail) if tail else {}


def line_meta(tail: str) -> dict[str, str]:
    """Source and age of a card's meta line, as :func:`labelled_meta` reads the text after a
    title; ``{}`` for none. The source beside an age read by its shape is a name, or a
    short piece a card's meta line reads as its source (:func:`~declutter.content.card_lines.source_piece`:
    "Name of the paper in lower-case words · 2 unit-word ago")."""
    from declutter.content.byline_ages import shaped_age
    from declutter.content.card_lines import card_meta, source_piece, strong_pieces  # (the card readers')

    meta = card_meta(tail, {"title"}, is_card_age)
    if meta:
        return meta
    pieces = strong_pieces(tail)
    if len(pieces) == 2 and (is_name(pieces[0]) or source_piece(*pieces)) and shaped_age(pieces[1]):
        return {"source": pieces[0], "age": pieces[1]}
    return {}
