"""Photo captions in a dump, told by their shape: a gallery's captions by the counter each
starts with ("2 of 4 ...", :func:`gallery_captions`), a caption inside or around the story by
the credit that closes it ("(Image: GETTY)", "© AFP / Name", "Foto: Pixabay",
:func:`credited_captions`). Both take the page's shapes (:mod:`declutter.content.line_shapes`)
and change them in place before the story run is read (:mod:`declutter.content.dump_story`),
as the passes of :mod:`declutter.content.line_repeats` do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from declutter.blocks import BOILERPLATE, Block
from declutter.content.line_shapes import CACHED_CHARS, CACHED_LINES, LineShape
from declutter.punctuation import STOP_CLASS

_COUNTER = re.compile(r"^(\d{1,3})\s*(?:/|[^\W\d_]{1,4})\s*(\d{1,3})\s+\S")
"""A gallery's counter at a caption's head: "1 of 4", "2/4", "3 von 4", "1 sur 12"."""
GALLERY = 2
"""Fewest captions of one gallery (counters of the same total, counting up by one)."""


def gallery_captions(blocks: list[Block], shapes: dict[int, LineShape]) -> None:
    """A photo gallery's captions, each led by its counter ("1 of 4 A shopper looks at ...",
    "2 of 4 ..."): >= ``GALLERY`` undecided lines whose counters share their total and count
    up by one, in page order, are boilerplate (``heuristic.gallery``) and leave ``shapes``:
    captions read as prose, and a gallery above the story took the story run's start. One
    pass over the lines."""
    runs: dict[int, list[tuple[int, int]]] = {}  # a counter's total -> (count, index), page order
    for b in blocks:
        if b.text[:1].isdigit() and b.index in shapes and (m := _COUNTER.match(b.text)) is not None:
            k, n = int(m.group(1)), int(m.group(2))
            if 1 <= k <= n:
                runs.setdefault(n, []).append((k, b.index))
    for found in runs.values():
        if len(found) < GALLERY or any(y[0] != x[0] + 1 for x, y in zip(found, found[1:], strict=False)):
            continue
        for _, i in found:
            blocks[i].set(BOILERPLATE, "heuristic.gallery")
            shapes.pop(i)


_CREDIT = re.compile(
    r"\s\((?:[^\W\d_][\w ]{0,15}):\s*[^()]{1,60}\)$"  # "(Image: GETTY)", "(Foto: dpa)"
    r"|\s\([^()/]{1,30}/\s*[^\W\d_a-z][^()]{0,40}\)$"  # "(REUTERS/Denis Balibouse)"
)
"""A photo credit closing a caption in brackets, after a label ("... in Hong Kong (Image:
GETTY)") or a slash with a name after it ("(REUTERS/Denis Balibouse)"; "(dpa/gem)" signs a
news paragraph)."""
_SIGNED = re.compile(r"(?:[" + STOP_CLASS + r"»\"”]\s+|\s[|/]\s|\s)(?:©|\([cC]\)\s)"
                     "[^" + STOP_CLASS + "©]{1,60}$")
"""A credit after a copyright sign: "... sorgen. © AFP / Name", "... gesegnet. | © Getty Images"."""
_LABELLED = re.compile("[" + STOP_CLASS + r"»\"”]\s+[^\W\d_]{3,15}:\s[^" + STOP_CLASS + ":]{2,50}$")
"""A credit after the caption's last sentence, a one-word label and a name: "... last year.
Photograph: Guy Smallman/Getty Images", "... auf einer Parkbank. Foto: Pixabay"."""
_CREDIT_HINT = re.compile(r"©|\([cC]\) |: ")
"""What a signed or labelled credit holds near the line's end (one scan before either regex)."""
CREDIT_CHARS = 120
"""How far from a line's end a bracketed credit may start (it is shorter)."""
SIGN_CHARS = 66
"""How far from a line's end a signed credit's sign and a labelled one's colon stand (their
forms): a line holding neither there (nor ending in a bracket) is no caption, unread further."""
CAPTION_WORDS = 6
"""Fewest words of a caption before its credit (a line that is only a credit is no caption)."""


def credited_captions(blocks: list[Block], shapes: dict[int, LineShape]) -> None:
    """Photo captions inside and around the story: lines that close with a photo credit
    (:data:`_CREDIT`, :data:`_SIGNED`, :data:`_LABELLED`) read as paragraphs or subheadings;
    they get the shape ``excerpt``, so the story run counts them as chrome and they are no
    story. One pass; a line's answer is cached as its shape is (a site's captions recur)."""
    cached = _cached_caption
    for i, s in shapes.items():
        if s.shape != "prose" and s.shape != "title":
            continue
        text = blocks[i].text  # (a dump line: no white space at its ends)
        if text[-1] != ")" and _CREDIT_HINT.search(text, max(0, len(text) - SIGN_CHARS)) is None:
            continue  # (:func:`is_caption`'s first tests: most lines hold no credit, no call)
        if cached(text) if len(text) <= CACHED_CHARS else is_caption(text):
            shapes[i] = LineShape("excerpt", s.words)


def is_caption(text: str) -> bool:
    """Whether a stripped line closes with a photo credit after ``CAPTION_WORDS`` words or more
    (see :func:`credited_captions`). Cheap tests first: most lines hold no credit where one
    would stand."""
    n = len(text)
    m = _CREDIT.search(text, max(0, n - CREDIT_CHARS)) if text[-1:] == ")" else None
    if m is None and _CREDIT_HINT.search(text, max(0, n - SIGN_CHARS)) is not None:
        m = _SIGNED.search(text, max(0, n - SIGN_CHARS)) or _LABELLED.search(text, max(0, n - 72))
    return m is not None and len(text[: m.start()].split()) >= CAPTION_WORDS


@lru_cache(maxsize=CACHED_LINES)
def _cached_caption(text: str) -> bool:
    return is_caption(text)
