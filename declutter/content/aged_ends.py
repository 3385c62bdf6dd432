"""A card line's end as an age reader reads it: an age set off as its last piece, whose full
stop is the abbreviation's ("... · WDR · vor 5 Std.", :func:`aged_end`) or a script's closing
mark after it ("রহিম উদ্দিন · ৩ ঘণ্টা আগে।", :func:`closed_age`), and a count set off after the
age (:func:`card_text`). The line shapes (:mod:`declutter.content.line_shapes`) and the dump
readers of cards' ages ask these; one search over a line's last characters each.
"""

from __future__ import annotations

import re

from declutter.char_runs import DIGIT
from declutter.content.ages import ABBREVIATED_AGE, is_age_fast
from declutter.content.byline_ages import shaped_age
from declutter.punctuation import SCRIPT_CLOSES, unclosed

AGED_END = re.compile(r"(?:\s(?:[·|•‧∙◦—–-]|::)\s|[・｜\t)）\]]\s*)"
                      r"([^\s·|•‧∙◦—–・｜\t()（）\[\]][^·|•‧∙◦—–・｜\t()（）\[\]]{0,19}\.)$")
"""The last piece of a one-line card, set off by a separator or after a bracketed source,
when it ends in a full stop: an abbreviated age ("... · WDR · vor 5 Std.", "(Kurier) 2 godz.")."""


def aged_end(text: str, unread: bool = False) -> bool:
    """Whether a line ending in "." ends in an abbreviated age set off as a card's last piece
    (:data:`AGED_END`): the full stop is the abbreviation's, not a sentence's. With ``unread``
    also a number and an abbreviated word no regex reads ("– 2 hod.", :data:`ABBREVIATED_AGE`:
    its list or its place tells). One search over the line's last 24 characters."""
    m = AGED_END.search(text, max(0, len(text) - 24))
    return m is not None and (is_age_fast(m.group(1))
                              or unread and ABBREVIATED_AGE.search(m.group(1)) is not None)


CLOSED_AGE_WORDS = 10
"""Most words of a line :func:`closed_age` reads (a meta line, a one-line card)."""
_LAST_PIECE = re.compile(r"(?:\s[·|•‧∙◦—–-]\s|[・｜\t])\s*([^·|•‧∙◦—–・｜\t]{1,30})$")
"""A line's last piece, set off by a separator."""


def closed_age(text: str) -> bool:
    """Whether a line ending in a script's closing mark (:data:`declutter.punctuation.SCRIPT_CLOSES`)
    ends in an age set off by a separator ("রহিম উদ্দিন · ৩ ঘণ্টা আগে।", "Name · 3 ժամ առաջ։"):
    the mark closes the age, as a script closes every phrase, and makes no sentence of it.
    The age by the regexes or by its shape (:func:`declutter.content.byline_ages.shaped_age`)."""
    m = _LAST_PIECE.search(unclosed(text))
    return m is not None and (is_age_fast(m.group(1)) or shaped_age(m.group(1)))


def card_text(text: str) -> str:
    """A line as a reader of cards' ages reads it: without a script's closing mark after an age
    set off as its last piece (:func:`closed_age`: "Title — Source · ೪ ಗಂಟೆ ದುಂಬು।"), and
    without a count set off after a piece that holds a number ("Title — Source, 4 h · 12": the
    comments or views after the card's age, :data:`_COUNT_END`)."""
    if text[-1] in SCRIPT_CLOSES and closed_age(text):
        return unclosed(text)
    if text[-1].isdigit() and (m := _COUNT_END.search(text, max(0, len(text) - 12))) is not None:
        head = _LAST_PIECE.search(text, max(0, m.start() - 40), m.start())
        if head is not None and DIGIT.search(head.group(1)) is not None:
            return text[: m.start()]
    return text


_COUNT_END = re.compile(r"\s[·|•‧∙◦]\s\d{1,6}$")
"""A count set off at a line's end (" · 12")."""
