"""The page's own byline in a text dump: the lines under the headline that hold names and an age.

A byline ("By Ann Lee · Harbor Ledger · 3h", "Анна Соколова, «Вечерний Курьер», 2 часа назад",
"Hace 2 horas · Redacción") has a teaser card's pieces (a name, a source, an age), but it stands
right under the page's headline and above the story's first paragraph: it is boilerplate whose
fields are the page's (``author``, ``site_name``, ``age``), never a teaser (a card needs a title
line of its own) nor the title. One pass over the few lines under the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from declutter.blocks import BOILERPLATE, TITLE, Block
from declutter.char_runs import DIGIT
from declutter.content.ages import is_age_fast, is_card_age
from declutter.content.byline_ages import AGE_WORDS, byline_age, shaped_age
from declutter.content.card_lines import BYLINE_CHARS, BYLINE_LINES, byline_names
from declutter.content.datelines import DATED, dateline_alone, dateline_places
from declutter.content.features import LETTERS, MARKS
from declutter.content.lead_words import unprefixed
from declutter.content.line_shapes import LineShape
from declutter.content.names import NOT_NAME, cjk_name, is_name, role_name
from declutter.content.page_memos import page_memo, remember
from declutter.content.story_run import BREAK

HEADLINE_REACH = 12
"""How many lines above the story run a headline with a byline under it may sit (as the
dump story reader's headline)."""
_PROSE = LineShape("prose", 0)
_CHROME = LineShape("chrome", 0)


def bylines(
    blocks: list[Block], shapes: dict[int, LineShape], start: int, meta: dict[str, Any],
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
    read: dict[int, dict[str, str]] | None = None,
) -> None:
    """The page's own byline and dateline: the lines under the headline (at most
    ``BYLINE_LINES``) and above the story's first paragraph, whether the story run starts
    below them or at the headline, that are meta lines ("Source · 3h", "Hace 2 horas ·
    Redacción") or names and an age ("By Ann Lee · Harbor Ledger · 3h",
    :func:`declutter.content.card_lines.byline_names`) are boilerplate, never a teaser card nor
    the title: a card needs a title line of its own, and the headline is the page's. Their
    fields go to ``meta`` (``author``, ``site_name``, ``age``) unless it has them
    (:func:`byline_meta`); a line :func:`head_bylines` read gives the fields it read
    (``read``)."""
    read = read or {}
    title = next((b.index for b in blocks if b.label == TITLE), None)
    under = blocks[title + 1 : title + 1 + BYLINE_LINES] if title is not None else []
    for b in under[:1]:  # a byline a rule dropped: its fields are the page's all the same
        if b.label == BOILERPLATE and not b.kept and not (b.rule or "heuristic.").startswith(
                "heuristic.") and (pieces := _age_then_name(b.text, _DROPPED_PIECES)):
            meta.update({k: v for k, v in byline_meta(blocks, shapes, b, pieces).items()
                         if v and not meta.get(k)})
    if not any(byline_pieces(b, shapes) or b.index < start and shapes.get(b.index, _PROSE).shape == BREAK
               for b in under):  # a masthead read as the title: a headline-shaped line
        # with a byline of two names under it, near the run's head
        under = [b for b in blocks[max(1, start - HEADLINE_REACH) : start + BYLINE_LINES]
                 if len((byline_pieces(b, shapes) or ((), ""))[0]) == 2 and b.label is None
                 and headline_like(blocks[b.index - 1], shapes)][:1]
    for b in under:
        s = shapes.get(b.index)
        pieces = byline_pieces(b, shapes)
        if not pieces and b.index >= start:
            break  # the story's first paragraph (a headline may be the run's first line)
        if s is None or b.label is not None:
            continue
        if not pieces and s.shape != BREAK:
            if (name := _signed(blocks, b, s)) and not meta.get("author"):
                b.set(BOILERPLATE, "heuristic.byline")
                shapes.pop(b.index)
                meta["author"] = name
            continue
        b.set(BOILERPLATE, "heuristic.byline")
        shapes.pop(b.index)
        fields = (read[b.index] if b.index in read else dump_byline_meta(blocks, shapes, b, pieces) if pieces
                  else _meta_line_meta(blocks, shapes, b, s))
        for key, value in fields.items():  # the first byline's
            if value and not meta.get(key):
                meta[key] = value


def _signed(blocks: list[Block], b: Block, s: LineShape | None) -> str:
    """The author of a name alone on its line under the headline ("Na Jean Mbuyi"), when the
    page shows its first word introduces the name, or its shape does (:func:`unprefixed`: a
    function word in lower case elsewhere, a short word before a longer name), else ``""``."""
    text = b.text.strip().rstrip(" -–—|·")  # ("By Staff Reports -": a mark left of a row)
    if s is None or s.shape == "prose" or not is_name(text) or NOT_NAME.search(text):
        return ""
    name = unprefixed(blocks, b, text)
    return name if name != text else ""


def byline_pieces(b: Block, shapes: dict[int, LineShape]) -> tuple[list[str], str] | None:
    """A line's names and age when it reads as a byline, whatever shape its separators give it
    (a meta line, a one-line card whose title is a name, a row): ``None`` for other lines."""
    s = shapes.get(b.index)
    if s is None or s.shape == "prose" or len(b.text) > BYLINE_CHARS:
        return None
    found = _NAMES.get(b.text, _UNREAD)  # (the head's passes ask a line up to three times)
    return remember(_NAMES, b.text, byline_names(b.text, is_age_fast)) if found is _UNREAD else found


_NAMES = page_memo()
"""A line's :func:`byline_names` (read with the regexes' age test) for the page being read."""
_UNREAD = object()


def _meta_line_meta(blocks: list[Block], shapes: dict[int, LineShape], line: Block, s: LineShape
                    ) -> dict[str, str]:
    """``site_name`` and ``age`` of a meta line under the headline. A source glued to its age,
    no separator between them ("Updated 3 hours ago", "Aktualisiert vor 3 Stunden"), is the
    site's name only when its words recur on the page (masthead, copyright line): else it is
    a word of the dateline, and only the age is the page's."""
    fields = s.fields or {}
    source, age = fields.get("source") or "", fields.get("age") or ""
    if source and not _SEPARATED.search(line.text) and not _shared(blocks, shapes, line, [source]):
        source = ""
    return {"site_name": source, "age": age}


_SEPARATED = re.compile(r"\s[·|•‧∙◦—–-]\s|,\s|[・｜\t]")


def _shared(blocks: list[Block], shapes: dict[int, LineShape], line: Block, names: list[str]) -> set[str]:
    """The names' words (:func:`_name_words`) that other lines of the page, no prose, hold too:
    one search over those lines at once."""
    words = set().union(*map(_name_words, names))
    if not words:
        return set()
    others = "\n".join(b.text for b in blocks if b is not line and len(b.text) <= BYLINE_CHARS
                       and shapes.get(b.index, _CHROME).shape != "prose")
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return set(re.findall(rf"(?<!\w)(?:{alternatives})(?!\w)", others.casefold()))


def byline_meta(
    blocks: list[Block], shapes: dict[int, LineShape], byline: Block, pieces: tuple[list[str], str]
) -> dict[str, str]:
    """``author``, ``site_name`` and ``age`` of a byline's names and age. The site's name
    recurs on its page (masthead, copyright line, its own teasers' sources) and a person's
    name seldom does: a name sharing a word with another line that is no prose is the site
    (the word that introduces a person's name, "Por", is no such word: :func:`_introduced`);
    of two names told apart by nothing, the first is the person's ("By Ann Lee · Ledger · 3h");
    one name of one capitalised word alone, set off by a separator (not a comma: a dateline's
    place, "Lübeck, 31. März 2003"), is the site's (a person signs with two); names of one
    capitalised word each, the first set off by a comma, are a dateline's places and no one's
    ("Dodoma, 6 December 2026", "Mwanza, Tanzania · 3 hours ago":
    :func:`~declutter.content.datelines.dateline_places`)."""
    names, age = pieces
    shared = _shared(blocks, shapes, byline, names)
    site = [n for n in names if _name_words(n) & shared and not _introduced(blocks, byline, n, shared)]
    if not site and dateline_places(byline.text, names):
        return {"author": "", "site_name": "", "age": age}  # a dateline: "Dodoma, 6 December 2026"
    if len(names) == 2 and len(site) != 1:
        site = names[1:]
    elif (len(names) == 1 and not site and len(names[0].split()) == 1 and names[0][:1].isupper()
          and _PIECES.search(byline.text)):
        site = names  # one capitalised word alone ("Poldernieuws · 2 u."): a person signs in two
    author = [n for n in names if n not in site]
    return {"author": unprefixed(blocks, byline, author[0]) if author else "",
            "site_name": site[0] if site else "", "age": age}


def dump_byline_meta(blocks: list[Block], shapes: dict[int, LineShape], byline: Block,
                     pieces: tuple[list[str], str]) -> dict[str, str]:
    """:func:`byline_meta` as a dump reads it: a byline of one name beside a relative age (no
    year, no clock: "Quayside Post · 2h", "Redaksi Kota - 2 jam yang lalu"), the name kept
    whole (no word the page shows introduces it) and of one or two words, names the site, not
    a person (``site_name``), as a dump's cards name their source; a writer's byline dates the
    story ("Marie Merlet · 9 décembre 2019 à 09h08"). A longer name stays the author's, as its
    first word may introduce it in a language no list holds ("Oleh Budi Santoso": templates
    learn it). A name with a digit ("2018" of "October 06, 2018") is no one's."""
    fields = byline_meta(blocks, shapes, byline, pieces)
    names, author = pieces[0], fields["author"]
    if DIGIT.search(author):
        fields["author"] = ""
    elif (len(names) == 1 and author == names[0] and not fields["site_name"]
          and len(author.split()) <= _SITE_WORDS and DATED.search(fields["age"]) is None):
        fields["author"], fields["site_name"] = "", author
    if DIGIT.search(fields["site_name"]):
        fields["site_name"] = ""
    return fields


_SITE_WORDS = 2
"""Most words of a byline's one name that :func:`dump_byline_meta` reads as the site's."""


def _introduced(blocks: list[Block], byline: Block, name: str, shared: set[str]) -> bool:
    """Whether the one word of ``name`` the page repeats is the word that introduces it
    ("Por Lucía Fernández" on a page with "Enviar *por* WhatsApp"): a function word
    (:func:`unprefixed` drops it), not the site's name. Read only for such a name."""
    first = name.partition(" ")[0]
    return _name_words(name) & shared <= _name_words(first) and unprefixed(blocks, byline, name) != name


def _name_words(text: str) -> set[str]:
    """A text's words that may tell a name: 3 letters or more, case folded."""
    return {w for w in _WORDS.findall(text.casefold()) if len(w) >= 3}


_WORDS = re.compile(rf"[\w{MARKS}]+")
"""A word, its combining marks in it ("गंगा": ``\\w`` alone cuts it at its vowel signs)."""


HEAD_LINES = 4
"""How far into the story run (in lines) the prose under a byline :func:`head_bylines` reads
may start (the run may take the page head in)."""
_IDEOGRAPHIC_SPACE = "\u3000"
"""What sets a Japanese byline's date apart from its source ("2026年12月7日 10:32　北日本新報")."""
_LEAD_WORDS = 2
"""Most words before the age in a byline that puts its age first ("Published 6 hours ago by ...")."""


def head_bylines(
    blocks: list[Block], shapes: dict[int, LineShape], start: int,
    headline_like: Callable[[Block, dict[int, LineShape]], bool],
) -> dict[int, dict[str, str]]:
    """The page's byline, read where a byline is expected: right under a headline-like line
    (``headline_like``) and right above prose that starts the story run (within its first
    ``HEAD_LINES`` lines), or above a dateline alone over that prose
    (:func:`~declutter.content.datelines.dateline_alone`: "DODOMA, Tanzania —"). There an
    age may be one the regexes do not read ("Ekonomi Servisi - 2 saat önce": ``dateparser``
    through :func:`declutter.content.ages.is_card_age`), an
    ideographic space may set the pieces apart ("2026年12月7日 10:32　北日本新報"), the age may
    come first with the author after a joining word ("Published 6 hours ago by Lucy Martin",
    "Publicado hace 6 horas por Lucía Martín"), or the byline may take two lines, a name over
    its age ("Redação Folha do Paraná" over "há 4 horas"). Such lines become meta lines in
    ``shapes`` (so no title nor story), and their fields (``author``, ``site_name``, ``age``)
    are returned by line for :func:`bylines`. Only the byline nearest the run is read, and only
    a line no reader took as a byline already: a few lines read, ``dateparser`` asked only of
    those lines' pieces."""
    for j in range(min(start + HEAD_LINES, len(blocks) - 1), max(start - HEADLINE_REACH, 2) - 1, -1):
        prose = shapes.get(blocks[j].index)
        if prose is None or prose.shape != "prose" or blocks[j].label is not None:
            continue
        k = j - 2 if j >= 3 and dateline_alone(blocks[j - 1], shapes) else j - 1  # the byline's line
        line = blocks[k]
        s = shapes.get(line.index)
        if s is None or line.label is not None or s.shape == "prose" or len(line.text) > BYLINE_CHARS:
            continue
        # an age the regexes miss has a number, or is a piece of its own of one or two words
        # ("الخبر المغاربي · منذ ساعتين", "Νέα Ημέρα · χθες": is_card_age's day words)
        digit = DIGIT.search(line.text) is not None or _PIECES.search(line.text) is not None
        above = k - 2 if k >= 2 and _signed(blocks, blocks[k - 1], shapes.get(blocks[k - 1].index)) else k - 1
        if digit and s.shape != BREAK and byline_pieces(line, shapes) is None and headline_like(
                blocks[above], shapes):  # (the author's name alone may stand over the byline)
            fields = _one_line(blocks, shapes, line)
            if fields:
                shapes[line.index] = LineShape(BREAK, s.words, {"age": fields["age"]})
                return {line.index: fields}
        if k >= 2 and headline_like(blocks[k - 2], shapes) and (
                two := _two_lines(blocks[k - 1], line, shapes)):
            return two
        if not digit and s.shape != BREAK and k >= 1 and headline_like(blocks[k - 1], shapes) and (
                shapes[blocks[k - 1].index].words > s.words and (name := role_name(line.text))
                and name not in blocks[k - 1].text):  # (a name the headline holds is its topic)
            shapes[line.index] = LineShape(BREAK, s.words, {"author": name})
            return {line.index: {"author": name}}
    return {}


def _one_line(blocks: list[Block], shapes: dict[int, LineShape], line: Block) -> dict[str, str]:
    """A byline's fields read with the slow age test and an ideographic space as a separator,
    else as age first, author after."""
    pieces = byline_names(line.text.replace(_IDEOGRAPHIC_SPACE, " ｜ "), byline_age, _sentence_name)
    if pieces and not any(DIGIT.search(name) for name in pieces[0]):  # a name has no number
        return dump_byline_meta(blocks, shapes, line, pieces)
    pieces = _age_then_name(line.text)
    if pieces:
        return dump_byline_meta(blocks, shapes, line, pieces)
    return _age_first(line.text)


def _sentence_name(piece: str) -> bool:
    """A publication's name in sentence case, its first word capitalised ("Lidové noviny",
    "Дніпровська правда"), or in a script without case (Lao, Khmer, Arabic): at most
    ``_SENTENCE_NAME_WORDS`` words of letters, no number nor sentence punctuation. Read only
    in a byline's place, beside an age."""
    words = piece.split()
    return (0 < len(words) <= _SENTENCE_NAME_WORDS and all(_LETTER_WORD.fullmatch(w) for w in words)
            and (words[0][:1].isupper() or not any(ch.isupper() or ch.islower() for ch in piece)))


_LETTER_WORD = re.compile(LETTERS)
"""A word of letters and their combining marks (a Lao or Devanagari name's vowel signs)."""


_SENTENCE_NAME_WORDS = 3


def _age_then_name(text: str, separators: re.Pattern[str] | None = None) -> tuple[list[str], str] | None:
    """A byline in two pieces set apart by a separator (``separators``), an age after at most
    ``_LEAD_WORDS`` words and a name, in either order ("Julkaistu 4 tuntia sitten · Helsingin
    Uutiset", "Par Claire Dumas, publié le 7 décembre 2026"): the name and the shortest age,
    ``None`` for other lines."""
    pieces = (separators or _PIECES).split(text.strip(), maxsplit=2)
    if len(pieces) != 2:
        return None
    for when, name in (pieces, pieces[::-1]):
        words, name = when.split(), name.strip()
        if not is_name(name) or NOT_NAME.search(name):
            continue
        for test in (is_age_fast, is_card_age):
            for lead in range(_lead_words(words, len(words) - 1), -1, -1):
                age = " ".join(words[lead:])
                if DIGIT.search(age) and test(age):
                    return [name], age
    return None


def _lead_words(words: list[str], most: int) -> int:
    """How many of an age's first words may be a lead before it ("Julkaistu 4 tuntia sitten"):
    at most ``_LEAD_WORDS`` (and ``most``), words without a digit: a date before its time
    ("07/12/2026 14:20") is the age's own, never a lead."""
    lead = 0
    while lead < min(_LEAD_WORDS, most) and not DIGIT.search(words[lead]):
        lead += 1
    return lead


_PIECES = re.compile(r"\s[·|•—–-]\s")
_DROPPED_PIECES = re.compile(r"\s[·|•—–-]\s|,\s")
"""Also a comma: a line a rule dropped as a byline is one ("Par Claire Dumas, publié le ...")."""


def _age_first(text: str) -> dict[str, str]:
    """``author`` and ``age`` of "<up to two words> <age> <joining word> <Name>" ("Published 6
    hours ago by Lucy Martin"): the joining word in lower case, the name capitalised, the age
    read by the regexes first, else by ``dateparser``; ``{}`` for other lines."""
    words = text.split()
    for cut in range(len(words) - 2, 0, -1):
        joint, name = words[cut], " ".join(words[cut + 1 :])
        if not (joint.isalpha() and joint.islower() and is_name(name)) or NOT_NAME.search(name):
            continue
        for test in (is_age_fast, is_card_age):  # the shortest age: no dateline word ("on")
            for lead in range(_lead_words(words, cut - 1), -1, -1):
                age = " ".join(words[lead:cut])
                if DIGIT.search(age) and test(age):
                    return {"author": name, "age": age}
    return {}


def _two_lines(name: Block, age: Block, shapes: dict[int, LineShape]) -> dict[int, dict[str, str]]:
    """A byline on two lines: a name (a site's or a desk's, at most four capitalised words, or
    a CJK name) over a line that is an age alone (by its shape alone, "2 aua igo", under a name
    of up to ``_SITE_WORDS`` words: a longer one may be a writer's, introduced by a word no list
    holds). The name is the site's, as a meta line's source is ("Source · 3h" over two lines)."""
    s, a = shapes.get(name.index), shapes.get(age.index)
    if s is None or a is None or name.label is not None or age.label is not None or s.shape in (
            "prose", BREAK):
        return {}
    text = " ".join(name.text.split())
    if not (is_name(text) or cjk_name(text)) or NOT_NAME.search(text):
        return {}
    fields = a.fields or {}
    if a.shape == BREAK and fields.get("age") and not fields.get("source"):
        when = fields["age"]
    elif a.shape != BREAK and len(age.text.split()) <= AGE_WORDS and DIGIT.search(age.text) and (
            is_card_age(age.text) or len(text.split()) <= _SITE_WORDS and shaped_age(age.text)):
        # (an age by its shape alone, "2 aua igo", under a name a site's by its length)
        when = age.text.strip()
    else:
        return {}
    shapes[name.index] = LineShape(BREAK, s.words, {"source": text})
    shapes[age.index] = LineShape(BREAK, a.words, {"age": when})
    return {name.index: {"site_name": text}, age.index: {"age": when}}
