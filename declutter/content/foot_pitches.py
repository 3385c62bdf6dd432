"""A pitch at a dump story's foot, whatever its language: the run's last line that speaks to the
reader ("Jetzt die App laden und keine Eilmeldung mehr verpassen!", "¿Te ha gustado esta
noticia? Suscríbete a nuestro boletín.") and shares no content word with the story above it
(:func:`foot_pitch`).

Used by the story run's foot (:func:`declutter.content.story_foot.pitch_foot`) and the HTML
story's edges (:mod:`declutter.content.story_edges`).
"""

from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.content.features import LETTER
from declutter.content.line_shapes import LineShape
from declutter.content.pitches import CLAUSE_DASH, PITCH_WORDS, QUOTATION
from declutter.punctuation import EXCLAIMS, QUESTIONS

FOOT_WORD_LETTERS = 6
"""Fewest letters of a content word :func:`foot_pitch` compares (function words are shorter)."""


def letters_word(letters: int) -> re.Pattern[str]:
    """A word of ``letters`` letters or more (its combining vowel signs counted)."""
    return re.compile(rf"{LETTER}{{{letters},}}")


_CONTENT_WORD = letters_word(FOOT_WORD_LETTERS)
PLAIN_WORD_LETTERS = 5
"""Fewest letters of a word a pitch ending in a full stop may share with the story, and of a
content word of a pitch with fewer than two words of ``FOOT_WORD_LETTERS`` letters (a script
that spells its words in few letters: Sinhala "යෙදුම", "පුවත්")."""
_PLAIN_WORD = letters_word(PLAIN_WORD_LETTERS)
_QUESTION_THEN = re.compile("[" + re.escape(QUESTIONS) + r"]\s*\S")
"""A question and a sentence after it ("Liked this story? Subscribe to ...")."""


def foot_pitch(blocks: list[Block], shapes: dict[int, LineShape], start: int, end: int) -> bool:
    """Whether the run's last line is a pitch to the reader at the story's foot, whatever its
    language ("Jetzt die App laden und keine Eilmeldung mehr verpassen!", "¿Te ha gustado esta
    noticia? Suscríbete a nuestro boletín."): a line of at most ``PITCH_WORDS`` words without
    quotation marks that ends in an exclamation or asks a question with a sentence after it
    (or ends in a full stop, set as two clauses around a dash, naming nothing and much shorter
    than the paragraphs above it: :func:`_plain_pitch`, :func:`_shortest`; then no word of
    ``PLAIN_WORD_LETTERS`` letters is shared either),
    right above the page's chrome (a line no prose: a footer row, a line a rule dropped) or its
    end, with two content words (``FOOT_WORD_LETTERS`` letters or more) at least and none of
    them in the story above it: a story's last paragraph speaks of what the story does (in a
    language of short words, as Twi, one of ``PLAIN_WORD_LETTERS`` in a line much shorter than
    the paragraphs, :func:`_shortest`)."""
    text = blocks[end - 1].text.strip()
    if end - 1 - start < 2 or len(text.split()) > PITCH_WORDS or QUOTATION.search(text):
        return False
    if end < len(blocks) and shapes.get(blocks[end].index, _RULED).shape == "prose":
        return False
    called = text[-1:] in EXCLAIMS or _QUESTION_THEN.search(text) is not None
    if not called and (not text.endswith(".") or len(CLAUSE_DASH.split(text)) != 2):
        return False  # (a plain sentence is one only set as two clauses: :func:`_plain_pitch`)
    own = set(_CONTENT_WORD.findall(text.casefold()))
    story = blocks[start : end - 1]
    words = _CONTENT_WORD
    if not called:
        # a plain sentence: a pitch only by its shape, and no shorter word shared either
        if not (_plain_pitch(text, own) and _shortest(text, story, shapes)):
            return False
        words = _PLAIN_WORD
        own = set(words.findall(text.casefold()))
    elif len(own) < 2:
        words = _PLAIN_WORD  # (words of few letters: a content word has five)
        own = set(words.findall(text.casefold()))
        if len(own) < 2 and not (own and _shortest(text, story, shapes)):
            return False  # (one such word: a language of short words, a line much shorter)
    return not any(own.intersection(words.findall(b.text.casefold())) for b in story)


_RULED = LineShape("chrome", 0)
PLAIN_PITCH_WORDS = 3
"""Fewest content words of a pitch that ends in a full stop (:func:`_plain_pitch`)."""
PLAIN_PITCH_LINES = 3
"""Fewest prose lines of the story above a pitch that ends in a full stop."""
PLAIN_PITCH_SHARE = 0.67
"""Longest a pitch ending in a full stop may be, as a share of the story's median paragraph."""


def _plain_pitch(text: str, own: set[str]) -> bool:
    """Whether a line ending in a full stop reads as a pitch by its shape: two clauses around a
    spaced dash (a call, then what it gives: "Tilaa uutiskirje – saat päivän tärkeimmät uutiset
    aamulla sähköpostiisi."), at least ``PLAIN_PITCH_WORDS`` content words, no digit and no
    capitalised word after its first (a pitch names no one and nothing; a story's last line
    names a person, a place, a figure, and a credit line its author). A plain sentence without
    a dash is not read so: a story's closing line has that shape too."""
    if not text.endswith(".") or len(own) < PLAIN_PITCH_WORDS or any(ch.isdigit() for ch in text):
        return False
    if len(CLAUSE_DASH.split(text)) != 2:
        return False
    return not any(w[:1].isupper() for w in text.split()[1:])


def _shortest(text: str, story: list[Block], shapes: dict[int, LineShape]) -> bool:
    """Whether a line is much shorter than the story's paragraphs above it (at least
    ``PLAIN_PITCH_LINES`` prose lines): shorter than every one and at most ``PLAIN_PITCH_SHARE``
    of their median length in words: a pitch of ten words under paragraphs of twenty; a
    story's closing sentence is about as long as its paragraphs."""
    lengths = sorted(s.words for b in story if (s := shapes.get(b.index)) is not None and s.shape == "prose")
    if len(lengths) < PLAIN_PITCH_LINES:
        return False
    words = len(text.split())
    return words < lengths[0] and words <= PLAIN_PITCH_SHARE * lengths[len(lengths) // 2]
