"""The edges of an HTML story where the site speaks of itself.

At the story's end, a paywall notice, a subscription offer or a channel pitch the page sets
like its body ("To view the full story, please subscribe to The Haitian Times ...", "For the
latest stories download the Nationnews apps", "Gut versorgt mit energiehoch3") names the
site, which the story above it does not: :func:`own_name_tail` drops that line and what
follows it. The name is read from the page (``og:site_name`` or the title's site part, and
the host's name), never from a list of words, so the test holds in every language. At its
start, a disclosure the site sets above the body in a box of its own ("This post contains
references to products from one or more of our advertisers. We may receive compensation when
you click ..."): :func:`head_disclosures`.
"""

from __future__ import annotations

import re
from collections import Counter

from declutter.blocks import BOILERPLATE, STORY, Block, Page
from declutter.content.features import is_prose
from declutter.content.pitches import PITCH_WORDS, QUOTATION, SECOND_PERSON_WORDS, SITE_PLURAL_WORDS
from declutter.punctuation import STOPS
from declutter.urls import host

NAME_CHARACTERS = 5
"""Fewest letters and digits of a site name compared (a shorter one, "IWR", "taz", is a word
inside other words)."""
LAST_LINES = 3
"""A pitch naming the site among the story's last ``LAST_LINES`` lines ends the story though
it does not speak to the reader ("Gut versorgt mit energiehoch3" over the provider's offer)."""
PITCH_TAIL_LINES = 12
"""Most lines after a line naming the site that speaks to the reader ("please subscribe to
..., you can choose ..."): a paywall's offer with its list of perks, not half a story."""
_NOT_NAME = re.compile(r"[\W_]+")
CLOSING = "\"'”’»)]」』"
"""Closing quotes and brackets after a sentence's end."""


def squashed(text: str) -> str:
    """``text`` case folded with everything but letters and digits left out ("The Haitian
    Times" -> "thehaitiantimes", "Guatemala.com" -> "guatemalacom")."""
    return _NOT_NAME.sub("", text.casefold())


def _naming(name: str) -> re.Pattern[str]:
    """A search, over case-folded text, for a squashed name (:func:`squashed`): its letters and
    digits in order, with only characters :func:`squashed` leaves out between them; found in
    ``text.casefold()`` exactly when ``name in squashed(text)``, with no squashed copy built."""
    return re.compile(r"(?:\W|_)*".join(map(re.escape, name)))


def site_names(page: Page) -> tuple[str, ...]:
    """The site's names, squashed (:func:`squashed`): ``page.site``, and the labels but the
    last one and ``www`` of the page's host and of a site name that is a domain
    ("haitiantimes" of haitiantimes.com, "panamaamerica" of www.panamaamerica.com.pa,
    "nationnews" of a site named "nationnews.com"), each of at least ``NAME_CHARACTERS``."""
    names = [squashed(page.site)] if page.site else []
    for domain in (host(page.url) or "", page.site if page.site and " " not in page.site else ""):
        labels = domain.lower().split(".")
        names += [squashed(label) for label in labels[:-1] if label != "www"]
    return tuple(dict.fromkeys(n for n in names if len(n) >= NAME_CHARACTERS))


def own_name_tail(page: Page) -> bool:
    """Drop the story's end from the first story line that names the site
    (``heuristic.site-tail``); returns whether it dropped anything.

    For each of the site's names (:func:`site_names`), the first story line naming it (a story
    about the site, or a host named after a country, names it earlier) opens the pitch
    (:func:`_opens_tail`) when it is not the story's first line, and every line after it has
    at most ``PITCH_WORDS`` words or names the site too (a paywall's offer and its perks, not
    the rest of a story after a pitch set inside it). Blocks a rule kept stay. One pass over
    the story's lines per name (a page has one to three), up to the first naming it.
    """
    names = site_names(page)
    story = [b for b in page.blocks if b.label == STORY]
    if not names or len(story) < 2:
        return False
    texts = [b.text.casefold() for b in story]
    for name in names:
        search = _naming(name).search
        at = next((k for k, t in enumerate(texts) if search(t) is not None), None)
        if at is None or at == 0 or not _opens_tail(story[at], len(story) - at - 1):
            continue
        if all(b.words <= PITCH_WORDS or any(n in squashed(b.text) for n in names) for b in story[at + 1 :]):
            cut: list[Block] = [b for b in story[at:] if not b.kept]
            for b in cut:
                b.set(BOILERPLATE, "heuristic.site-tail")
            return bool(cut)
    return False


def _opens_tail(first: Block, after: int) -> bool:
    """Whether a story line naming the site, with ``after`` story lines after it, opens a
    pitch: at most ``PITCH_WORDS`` words, no quotation marks (a source quoted "told The
    Haitian Times" is story), a link to the offer or no sentence end (a box's title, "Gut
    versorgt mit energiehoch3"; a report's sentence naming the site, "... did not respond to
    The Hill's request for comment.", is story), and among the story's last ``LAST_LINES``
    lines or speaking to the reader (a second-person function word, ``SECOND_PERSON``: "you
    can choose", not the site's "our office") with at most ``PITCH_TAIL_LINES`` lines after it."""
    text = first.text
    if first.words > PITCH_WORDS or QUOTATION.search(text) is not None:
        return False
    if not first.link_chars and text.rstrip(CLOSING)[-1:] in STOPS:
        return False
    return after < LAST_LINES or (
        after <= PITCH_TAIL_LINES and SECOND_PERSON_WORDS.search(text.lower()) is not None
    )


BODY_PARAGRAPHS = 3
"""Fewest prose paragraphs sharing a parent element for it to be the story body's."""
DISCLOSURE_WORDS = 60
"""Most words of a disclosure above the body: a short notice, not a lead."""
HEAD_LINES = 3
"""The story's first lines, where a disclosure stands (a box inside the story is another kind)."""


def head_disclosures(blocks: list[Block]) -> None:
    """Drop the notices above the story's body in which the site speaks to the reader
    (``heuristic.disclosure``): an affiliate or advertising disclosure, an editor's notice.

    The body's paragraphs are the story's prose paragraphs under its most common parent
    element and in its most common markup (tag and class; at least ``BODY_PARAGRAPHS`` each).
    Among the story's first ``HEAD_LINES`` blocks, before the body's first paragraph, a block
    set apart (another parent, a ``section.editorial-disclosure``; or other markup, a
    ``p.disclosure-text`` among the intro's paragraphs) of at most ``DISCLOSURE_WORDS`` words
    with a link (to the site's policy) and no quotation marks, holding both a first-person
    plural and a second-person function word ("*our* advertisers ... when *you* click",
    "*wij* ... *u*"), is the site's notice, not the story's lead: a lead set as the body is,
    written to the reader as a blog's often is ("Today we show you ..."), stays. One pass
    over the story's blocks.
    """
    story = [b for b in blocks if b.label == STORY and b.element is not None]
    prose = [b for b in story if is_prose(b)]
    parents = Counter(b.element.getparent() for b in prose)
    marks = Counter(_markup(b) for b in prose)
    if not parents:
        return
    body, n = parents.most_common(1)[0]
    mark, m = marks.most_common(1)[0]
    if n < BODY_PARAGRAPHS or m < BODY_PARAGRAPHS or body is None:
        return
    for b in story[:HEAD_LINES]:
        if b.element.getparent() is body and _markup(b) == mark:
            break  # the body's first paragraph
        low = b.text.lower()
        if (b.rule == "heuristic.story" and not b.kept and b.words <= DISCLOSURE_WORDS and b.link_chars
                and QUOTATION.search(b.text) is None and SECOND_PERSON_WORDS.search(low) is not None
                and SITE_PLURAL_WORDS.search(low) is not None):
            b.set(BOILERPLATE, "heuristic.disclosure")


def _markup(b: Block) -> tuple[str, str]:
    """A block's tag and class attribute."""
    return b.kind, (b.element.get("class") or "").strip()
