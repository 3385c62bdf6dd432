"""Labelled lines inside a dump's story that are the story's own, not labelled teasers.

A line "Label: Title" between two paragraphs reads as a one-line teaser ("READ MORE: Ferry
fares to rise", "Lesen Sie auch: ..."), but a story has lines of the same shape: subheadings
("The Build Stage: Create a tangible asset"), a lead-in ("Coming next: how to make it work").
Two structures tell them apart, no word list:

- **no headline after the label**: its first letter is lower case (in a script with case;
  a handle's "@" or a hashtag's "#" before it opens a name); a teaser's title is a headline;
- **a series**: >= ``SERIES`` lines standing alone (no labelled line next to them) whose labels
  have the same number of words, at least two, and differ in one word only ("The Plan Stage:", "The
  Build Stage:"; "Step 1:", "Step 2:"): the outline of the story. A card's label is the same on
  every card ("READ MORE:" twice is no series), and a list of "Topic: Headline" lines one
  under the other ("Asteroid swarm: ...", "Asteroid warning: ...") is a list of teasers.

- **a dialogue**: an interview's "Q:" and "A:" (or two speakers' names) taking turns, each on
  >= ``TURNS`` lines, the one right under the other >= ``TURNS`` times: every line either
  labels is the story's, a short question ("Q: Favorite books?") as much as a long answer.

Used by the dump story reader (:mod:`declutter.content.dump_story`) on its story run. One pass
over the run's labelled lines (a few a page) and a count of their labels' shapes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from declutter.blocks import STORY, Block
from declutter.char_runs import LONG_WORD
from declutter.content.features import CJK, named_again
from declutter.content.line_shapes import FULL_STOP, LineShape
from declutter.content.separators import HYPHEN, SPACED, character_class
from declutter.punctuation import EXCLAIMS, STOPS

_SEPARATORS = ":：→»›>|"
_HANDLES = "@#"
"""What opens a handle or a hashtag: a name, whatever the case of its first letter."""
SERIES = 3
"""Fewest distinct labels of one pattern that make a series (two topics of one story, "Hong
Kong protests:" and "Hong Kong uprising:", are two teasers' kickers)."""


def own_labels(blocks: Sequence[Block], shapes: dict[int, LineShape], start: int, end: int) -> set[int]:
    """Indexes of the labelled lines (shape ``label``) of the story run ``[start, end)`` that
    are the story's own (see the module docstring); the others stay teasers.

    Input: the dump's lines, their shapes (undecided lines only) and the run's bounds.
    Output: block indexes. Never raises."""
    labelled = [(b.index, _label_words(s), s.fields.get("title", ""))
                for b in blocks[start:end]
                if (s := shapes.get(b.index)) is not None and s.shape == "label" and s.fields]
    own: set[int] = set()
    for i, _, title in labelled:
        # "800 students ..." is a headline, so is a title opening with a handle ("@name ...")
        first = next((ch for ch in title if ch.isalnum() or ch in _HANDLES), "")
        if first.islower():
            own.add(i)
    # a series: the labels with one word masked, counted ("The * Stage" three times), of
    # lines that each stand alone (a list of "Topic: Headline" teasers is a list of cards)
    indexes = {i for i, _, _ in labelled}
    alone = [(i, label) for i, label, _ in labelled
             if len(label) >= 2 and i - 1 not in indexes and i + 1 not in indexes]
    masks: Counter[tuple[str, ...]] = Counter()
    for label in {label for _, label in alone}:  # a card's label repeated is no series
        masks.update(_masked(label))
    own.update(i for i, label in alone if any(masks[m] >= SERIES for m in _masked(label)))
    return own | _dialogue(blocks, shapes, start, end)


TURNS = 3
"""Fewest lines of each of a dialogue's two labels, and of turns from one to the other."""
_SPEAKER = re.compile(r"^([^\W\d_][\w.'’]{0,15}(?: [\w.'’]{1,15})?)\s?[:：]\s*\S")


def _dialogue(blocks: Sequence[Block], shapes: dict[int, LineShape], start: int, end: int) -> set[int]:
    """Indexes of the undecided lines of ``[start, end)`` in a dialogue (see the module
    docstring): any shape, as a question may read as chrome ("Q: Where did you grow up?")."""
    speakers: dict[int, str] = {}
    for b in blocks[start:end]:
        if (b.index in shapes and (":" in (t := b.text) or "：" in t)
                and (m := _SPEAKER.match(t)) is not None):
            speakers[b.index] = m.group(1).casefold()
    counts = Counter(speakers.values())
    turns: Counter[tuple[str, str]] = Counter(
        (a, speakers[i + 1]) for i, a in speakers.items() if i + 1 in speakers and speakers[i + 1] != a)
    pair = next((p for p, n in turns.most_common(1) if n >= TURNS), None)
    if pair is None or min(counts[pair[0]], counts[pair[1]]) < TURNS:
        return set()
    return {i for i, who in speakers.items() if who in pair}


def _label_words(s: LineShape) -> tuple[str, ...]:
    label = (s.fields or {}).get("label", "").rstrip().rstrip(_SEPARATORS).rstrip()
    return tuple(label.lower().split())


def _masked(label: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The label with each of its words masked in turn (a set: a repeated word counts once)."""
    return {label[:k] + ("*",) + label[k + 1 :] for k in range(len(label))}


SPOKEN = 3
"""Fewest different short sentences to the reader in a story run that make them its own."""
SPOKEN_WORDS = 4
_SENTENCE_END = frozenset(STOPS + ":…")


def spoken_lines(blocks: Sequence[Block], shapes: dict[int, LineShape], start: int, end: int) -> set[int]:
    """Indexes of the short sentences to the reader inside the story run ``[start, end)`` that
    are the story's own: a line reads as a pitch ("Get our app.") when short and addressed to
    the reader (shape ``chrome``), but a story written to its reader ("You have to be willing
    to be a leader.", "Here's an analogy:") holds many. When the run holds >= ``SPOKEN``
    different ones (>= ``SPOKEN_WORDS`` words, ending a sentence or introducing what follows,
    next to a paragraph), they are all story; a mid-story pitch or two are not. One pass."""
    found: dict[int, str] = {}
    for b in blocks[start:end]:
        s = shapes.get(b.index)
        if (s is None or s.shape != "chrome" or s.words < SPOKEN_WORDS
                or b.text.rstrip("\"'”’»)")[-1:] not in _SENTENCE_END):
            continue
        near = (shapes.get(i) for i in (b.index - 1, b.index + 1))
        if any(n is not None and n.shape == "prose" for n in near):
            found[b.index] = b.text
    return set(found) if len(set(found.values())) >= SPOKEN else set()



BRAND_WORDS = 20
"""Most words of a line inside the story that names the site as a pitch does."""
FOOT_LINES = 3
"""The page's last lines, where a footer repeats the site's name ("© 2026 La Gazzetta del Lago")."""
_MASTHEAD_TAGLINE = re.compile(rf"\s+{character_class(SPACED + HYPHEN)}\s+")
"""What sets a masthead's tagline apart from the site's name ("BALITANG PINOY — Ang lahat ...")."""


def _exclaimed(text: str) -> bool:
    """Whether a line ends in an exclamation mark (closing quotes and brackets aside)."""
    return text.rstrip("\"'”’»)]」』")[-1:] in EXCLAIMS
CONTENT_LETTERS = 5
"""Letters from which a word of the line counts as a content word whatever its case; a shorter
one (4 letters) counts when capitalised ("Akku"): no short function word ("pour", "sich")
makes a line share a word with the paragraph under it."""


def site_names(blocks: Sequence[Block], site: str | None) -> tuple[str, ...]:
    """The site's own name(s): ``site`` (what the byline gave), and the page's first line (or
    its first piece, before a spaced separator: a masthead's tagline, "VESTI ZBIRNO | Sve vesti
    ...") when it is a name of at most 4 words that one of its last ``FOOT_LINES`` lines
    repeats, whatever the case (a masthead and a copyright line: "Folha do Litoral" ... "Folha
    do Litoral © 2026"); each also without a first word of at most 3 letters (an article: "La
    Gazzetta del Lago"). Names shorter than 3 letters (2 CJK characters) are none. Reads four
    lines. :func:`own_brand` compares the names case folded."""
    names = [site] if site else []
    if len(blocks) > FOOT_LINES + 1:
        first = _MASTHEAD_TAGLINE.split(blocks[0].text.strip(), 1)[0]
        if 0 < len(first.split()) <= 4 and named_again(first, blocks, start=-FOOT_LINES, caseless=True):
            names.append(first)
    # the name without its article, as a sentence names it ("... della Gazzetta del Lago")
    names += [n.split(" ", 1)[1] for n in names if " " in n and len(n.split(" ", 1)[0]) <= 3]
    return tuple(n for n in names if len(n) >= 3 or len(CJK.findall(n)) >= 2)


def own_brand(b: Block, s: LineShape, names: Sequence[str], blocks: Sequence[Block]) -> bool:
    """A line inside the story run right under a story line (the caller labels the run in
    order) that names the site itself (``names``, :func:`site_names`), with no sentence end
    and no word in common with the paragraph under it: the site pitching
    its app or channel between paragraphs ("Holen Sie sich die Rheinblick-App: ...",
    "みなと新聞アプリをダウンロードして、..."), whatever its language. A subheading announces
    its section (a word of it stands in the paragraph under it); a report naming the site is
    a sentence. At most ``BRAND_WORDS`` words; content words compared (``CONTENT_LETTERS``)."""
    text = b.text
    if s.words > BRAND_WORDS or FULL_STOP.search(text) is not None and not _exclaimed(text):
        return False  # (a pitch may exclaim: "Preuzmite aplikaciju Vesti Zbirno!")
    folded = text.casefold()
    hit = next(((k, len(n)) for n in names if (k := folded.find(n.casefold())) >= 0), None)
    if hit is None or b.index == 0 or blocks[b.index - 1].label != STORY:
        return False  # under a paragraph: a list's item naming the site's product is none
    at, size = hit
    after = blocks[b.index + 1].text if b.index + 1 < len(blocks) else ""
    words = {w.casefold() for w in LONG_WORD.findall(text[:at] + " " + text[at + size :])
             if len(w) >= CONTENT_LETTERS or w[0].isupper()}
    return words.isdisjoint(LONG_WORD.findall(after.casefold()))
