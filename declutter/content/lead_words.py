"""The word that introduces a byline's name ("By", "Par", "Von", "Na"), told from a name's own
first word by what the page shows and by the words' shapes, in no language's list.

A byline's author is read as a name of capitalised words; its first word may be the word that
introduces the name ("By Carla Benedetti") or the name's own ("Ana Lucía Pérez", "Ng Kim Lee").
:func:`unprefixed` drops it on the page's evidence (the word in lower case on another line, or
introducing another name there), else by its shape (:func:`lead_shaped`). The dump and HTML
byline readers both ask it (:mod:`declutter.content.dump_bylines`,
:mod:`declutter.content.html_bylines` through ``byline_meta``,
:mod:`declutter.content.byline_blocks`), so both paths read a byline alike; a source's pages may
still teach a longer introducing word (:mod:`declutter.templates.bylines`: "Oleh").
"""

from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.content.names import NOT_NAME, is_name

LEAD_LETTERS = 3
"""Most letters of a word read as introducing a name by its shape alone: a function word's
length ("By", "Par", "Von", "Por", "Na"), shorter than each word of the name after it."""
NAME_AFTER = (2, 3)
"""How many words the name after such a word may have: a person's name (given name(s) and
surname)."""


def unprefixed(blocks: list[Block], byline: Block, name: str) -> str:
    """A byline's name without the word that introduces it ("By Tom Avery", "Door Pieter de
    Vries"): the first word goes when a name of two words or more follows it and the page
    shows it is no name's word but a function word: it stands in lower case on another line
    ("voted *by* a wide margin"), or it introduces another name too ("By Ann Lee" on a card),
    or it is in lower case itself ("by Olivia Larsen"); or, the page showing nothing either
    way, when its shape and the name's read so (:func:`lead_shaped`: "By Carla Benedetti",
    "Par Élodie Marchand"), unless another line shows the word bound to the name's first
    word ("New York" before "New York Times"). A label set off by a colon goes whatever the
    page shows ("Autor: Petra Nováková"). Input: the page's blocks, the byline's block and
    the name read from it; output: the name, with or without its first word."""
    label = _LABEL.match(name)
    if label and is_name(label.group(1)) and not NOT_NAME.search(label.group(1)):
        return label.group(1)  # "Autor: Petra Nováková": a label before a colon is no name's word
    first, _, rest = name.partition(" ")
    if not (first.isalpha() and rest[:1].isupper() and len(rest.split()) >= 2 and is_name(rest)):
        return name
    if first.islower():  # "by Olivia Larsen": no name's first word
        return rest
    text = "\n".join(b.text for b in blocks if b is not byline)
    word = re.escape(first.lower())
    if re.search(rf"(?<!\w){word}(?!\w)", text) or re.search(
            rf"(?:^|[·|•,]\s*){re.escape(first)}\s+[^\W\d_]", text, re.M):
        return rest
    bound = rf"(?<!\w){re.escape(first)}\s+{re.escape(rest.split()[0])}(?!\w)"
    if lead_shaped(first, rest) and not re.search(bound, text):
        return rest
    return name


def lead_shaped(first: str, rest: str) -> bool:
    """Whether a name's first word reads as the word introducing the rest by shape alone: a
    word of at most ``LEAD_LETTERS`` letters in title case ("By", "Par", not "AP") before a
    person's name of ``NAME_AFTER`` words, each capitalised and longer ("Carla Benedetti",
    "Élodie Marchand"; letters, a hyphen or an apostrophe). Names of short words keep their
    first one ("Ng Kim Lee", "Ana Da Silva", "Tom Van Dyke", "Le Van Thanh"), as does a
    name whose second word is in lower case ("De la Cruz"). A three-word name with a short
    given name first ("Ana María López") reads the same and loses it: the page showing
    nothing, the shape decides (a byline is far more often introduced than so named)."""
    words = rest.split()
    return (len(first) <= LEAD_LETTERS and first.istitle() and first.isalpha()
            and NAME_AFTER[0] <= len(words) <= NAME_AFTER[1]
            and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) and len(w) > LEAD_LETTERS for w in words))


_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A name's word: letters, joined by a hyphen or an apostrophe ("Marie-Claire", "O'Brien")."""
_LABEL = re.compile(r"^[^\W\d_]+\s?:\s+(\S.*)$")
"""A one-word label before a colon and the name after it."""
