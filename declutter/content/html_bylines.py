"""The byline under an HTML story's headline: dropped from the story, read into ``meta``.

A byline ("Autor: Martin Horváth · 6. decembra 2026, 14:20", "By Ann Lee | <time>",
"Rūta Kazlauskaitė, 2026-12-07 09:15") stands right under the headline and above the story's
first paragraph. The scorer drops most by their class words (``byline``, ``meta``); one in a
bare ``<div>`` has the shape the dump reader reads as a byline (a name or two and an age,
:func:`declutter.content.card_lines.byline_names`) and goes too. Either way its fields are the
page's: ``author`` (the dump reader's :func:`declutter.content.dump_bylines.byline_meta`
tells a person's name from the site's) and ``published`` (a ``<time datetime>`` in it, or an
age printed as a date), each only when the page's metadata lacks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from declutter.blocks import BOILERPLATE, STORY, TITLE, Block, Page, normalise_space
from declutter.content.ages import is_age_fast
from declutter.content.byline_ages import counted_age
from declutter.content.card_lines import BYLINE_CHARS, BYLINE_LINES, byline_names, strong_pieces
from declutter.content.features import is_prose
from declutter.content.line_shapes import LineShape
from declutter.content.names import is_name
from declutter.dates import iso_utc

_BYLINE_RULES = frozenset({"heuristic.byline", "heuristic.chrome-text", "heuristic.header",
                           "heuristic.edge"})
"""Heuristics that drop a byline by its class words or its place: a name alone on such a line
("By Martin Horváth", no age) is the author's."""


def html_bylines(page: Page) -> None:
    """Read the byline under the headline (at most ``BYLINE_LINES`` blocks) into ``page.meta``
    (``author``, ``published``: only keys it lacks), and drop a story line there, above the
    story's first paragraph, that reads as a byline (``heuristic.byline``). One pass over a
    few blocks."""
    blocks = page.blocks
    at = next((i for i, b in enumerate(blocks) if b.label == TITLE), None)
    if at is None:  # an h1 the scorer dropped with its header still names the story
        at = next((i for i, b in enumerate(blocks) if b.kind == "h1"), None)
    if at is None:
        return
    meta = page.meta
    story = 0  # story paragraphs passed (a standfirst): past one, a dropped byline only
    for b in blocks[at + 1 : at + 1 + BYLINE_LINES]:
        past = story  # (the line itself may read as prose: "Piše: Ana Kos | 6. 12. 2026")
        story += b.label == STORY and is_prose(b)
        if b.kept or b.label not in (STORY, BOILERPLATE) or len(b.text) > BYLINE_CHARS:
            continue
        # under the headline's one paragraph (a standfirst) a story line is the byline all the
        # same when its markup sets a person's name apart ("Interview by <a>Tom Okafor</a> —
        # December 6, 2026"), a byline's own structure a story's paragraph seldom has, and it
        # reads as a byline's names and age (its pieces, below: a story line without is kept)
        dek = b.label == STORY and past == 1
        if b.label == STORY and (past > 1 or dek and not _person_apart(b) or not (b.rule or "").startswith(
                "heuristic.")):
            continue  # story text, or a rule's story line
        dropped = b.label == BOILERPLATE and (b.rule in _BYLINE_RULES or _dated_item(blocks, b)
                                              or b.rule == "heuristic.link-dense" and _person_apart(b))
        line = _age_apart(b)
        pieces = _pieces(line)
        if pieces is None and (dropped or dek or _person_apart(b)):  # an age in words no regex reads
            pieces = _pieces(line, _placed_age)  # ("By <a>Ann Lee</a> | 2 hāora ki muri")
        published = _published(b, pieces)
        marked = _marked_author(b, dropped or pieces is not None or b.rule == "heuristic.outside-story")
        if pieces is None and not published and not marked and not (dropped and is_name(b.text)):
            continue
        if b.label == STORY:
            if pieces is None:
                continue
            b.set(BOILERPLATE, "heuristic.byline")
        author = marked or _author(blocks, b, pieces)
        for key, value in (("author", author), ("published", published)):
            if value and not meta.get(key):
                meta[key] = value


def _age_apart(b: Block) -> str:
    """The line's text with a separator before the ``<time>`` element that ends it, when no
    separator is printed there ("By <a>Ann Lee</a> <time>December 7, 2026</time>" -> "By Ann
    Lee | December 7, 2026"): the markup parts the names from their age."""
    line = b.text.strip()
    el = b.element
    if el is None:
        return line
    for t in el.iter("time"):
        shown = normalise_space("".join(t.itertext()))
        head = line[: len(line) - len(shown)].rstrip()
        if shown and line.endswith(shown) and head and head[-1].isalnum():
            return f"{head} | {shown}"
    return line


def _dated_item(blocks: list[Block], b: Block) -> bool:
    """A list item left outside the story whose list holds an item that is a date or an age
    alone: a byline set as a list ("<li>Name</li><li>7. detsember 2026</li><li>Loe 3 min</li>"),
    a name alone in it the author's."""
    el = b.element
    if b.rule != "heuristic.outside-story" or b.kind not in ("li", "dd", "dt") or el is None:
        return False
    parent = el.getparent()
    return any(x is not b and x.element is not None and x.element.getparent() is parent
               and x.words <= _DATE_WORDS and is_age_fast(x.text)
               for x in blocks[max(0, b.index - BYLINE_LINES) : b.index + BYLINE_LINES])


_DATE_WORDS = 6
"""Most words of a list item read as a date alone."""


def _pieces(text: str, is_age: Callable[[str], bool] = is_age_fast) -> tuple[list[str], str] | None:
    """The byline's names and age (``is_age``: the regexes, or the shapes a byline's place
    reads, :func:`_placed_age`): the whole line, else its first strong pieces (a byline
    followed by a reading count, "Автор: Иван Петров | 07.12.2026, 11:40 | Прочетена 1245
    пъти")."""
    found = byline_names(text, is_age)
    pieces = strong_pieces(text)
    if found is None:  # labelled pieces ("Piše: Matej Novak | 6. 12. 2026 ob 18:30 | Vir: STA")
        pieces = [q for p in pieces for q in _names_apart(_unlabelled(p))]
        found = byline_names(" | ".join(pieces), is_age)
    while found is None and len(pieces) > 2:
        pieces.pop()
        found = byline_names(" | ".join(pieces), is_age)
    return found or _shaped(strong_pieces(text))


SHAPED_AGE_WORDS = 6
"""Most words of a byline's last piece read as an age by its shape (a number and its unit
word among function words: "4 uair an chloig ó shin", "mga 4 na oras ang nakalipas")."""
LABEL_WORDS = 3
"""Most words of a label before a byline's name ("E kwadilwe ke")."""


def _shaped(pieces: list[str]) -> tuple[list[str], str] | None:
    """A byline no age test reads (the age in another language: "Site n'aka Chiamaka Okafor ·
    Akụkọ Ọhụrụ · awa 2 gara aga"), read by its shape: two or three strong pieces, the last an
    age's (at most ``SHAPED_AGE_WORDS`` words, a number and its unit word in words of letters:
    :func:`declutter.content.byline_ages.counted_age`), the others names, the first one after a
    label of lower-case words ("Site n'aka", "by": the words up to its last lower-case one, at
    most ``LABEL_WORDS``) when it is none."""
    if not 2 <= len(pieces) <= 3 or len(pieces[-1].split()) > SHAPED_AGE_WORDS:
        return None
    age = pieces[-1]
    if not counted_age(age):
        return None
    names = pieces[:-1]
    words = names[0].split()
    lower = [k for k, w in enumerate(words) if not w[:1].isupper()]
    if not is_name(names[0]) and lower and lower[-1] < LABEL_WORDS and len(words) - lower[-1] > 2:
        names[0] = " ".join(words[lower[-1] + 1 :])
    return (names, age) if all(is_name(n) for n in names) else None


def _placed_age(piece: str) -> bool:
    """An age in a byline's place, read as the dump reader reads one there, by its shape too
    (:func:`declutter.content.byline_ages.byline_age`: "2 hāora ki muri")."""
    from declutter.content.byline_ages import byline_age  # (the dump reader's: on first use)

    return byline_age(piece)


def _person_apart(b: Block) -> bool:
    """Whether the line's markup sets a person's name (:func:`_person`) apart in an element of
    its own, shorter than the line ("By <a>Ann Lee</a> | ..."): a byline's own structure."""
    el = b.element
    if el is None:
        return False
    line = b.text.strip()
    for d in el.iterdescendants():
        if isinstance(d.tag, str):
            name = normalise_space("".join(d.itertext()))
            if name and len(name) < len(line) and len(name.split()) <= AUTHOR_WORDS and _person(name):
                return True
    return False


_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:\s+(?=\S)")
"""A one- or two-word label and its colon opening a byline's piece ("Autors: ", "Vir: ")."""
_AT_CLOCK = re.compile(r"^(.*\d)\s+[^\W\d_]{1,4}\.?\s+\d{1,2}[:.h]\d{2}$")
"""A date, a short word and a time ("6. 12. 2026 ob 18:30", "7.12.2026 kl. 9.14")."""


_CLOCK_AFTER = re.compile(r"^(.*\d),\s*\d{1,2}[:.]\d{2}(?:\s?[^\W\d_]{1,4})?$")
"""A date, a comma and a time ("Sunday 6 December 2026, 21:40 GMT")."""


def _names_apart(piece: str) -> list[str]:
    """A byline's piece as pieces: a date with its time after a comma as the date alone, two
    names joined by one lower-case word as two names, a lower-case word before a name
    dropped ("by Callum Reid and Priya Shah" -> "Callum Reid", "Priya Shah"); any other piece
    as it is. Read by the case of the words, whatever their language."""
    m = _CLOCK_AFTER.match(piece)
    if m and is_age_fast(m.group(1)):
        return [m.group(1)]
    words = piece.split()
    if len(words) > 1 and words[0].isalpha() and words[0].islower():
        words = words[1:]  # ("by", "par", "von" before the name)
    if not words or not words[0][:1].isupper():
        return [piece]
    for k in range(1, len(words) - 1):
        if words[k].isalpha() and words[k].islower():
            names = [" ".join(words[:k]), " ".join(words[k + 1 :])]
            if all(is_name(n) and n[:1].isupper() for n in names):
                return names
            break
    name = " ".join(words)
    return [name] if is_name(name) else [piece]


def _unlabelled(piece: str) -> str:
    """A byline's piece without a label before it ("Autors: Ilze Kalniņa" -> "Ilze Kalniņa")
    and a date without the word and time after it ("6. 12. 2026 ob 18:30" -> "6. 12. 2026",
    when that much reads as an age)."""
    piece = _LABEL.sub("", piece, count=1)
    m = _AT_CLOCK.match(piece)
    if m and is_age_fast(m.group(1)):
        return m.group(1)
    return piece


def _published(b: Block, pieces: tuple[list[str], str] | None) -> str:
    """A ``<time datetime>`` in the byline's element whose text the line shows, else its age
    when that is a date in a form :func:`declutter.dates.iso_utc` reads."""
    el = b.element
    if el is not None:
        for t in el.iter("time"):
            stamp = (t.get("datetime") or "").strip()
            shown = normalise_space("".join(t.itertext()))
            if stamp and shown in b.text and _ISO.match(iso_utc(stamp)):
                return iso_utc(stamp)
    if pieces is not None and _ISO.match(iso_utc(pieces[1])):
        return iso_utc(pieces[1])
    return ""


AUTHOR_WORDS = 5
"""Most words of an author's name the markup marks."""


def _marked_author(b: Block, byline: bool) -> str:
    """The author's name the byline's markup gives: the text of the elements marked as the
    author (``rel="author"``, ``itemprop="author"``, :func:`marked_names`: several joined by
    ", "), whatever their script, else, in a line read
    as a byline (``byline``), a person's name set apart after a label ("Autors: <a>Ilze
    Kalniņa</a> · date"). At most ``AUTHOR_WORDS`` words, no digit; "" when none."""
    el = b.element
    if el is None:
        return ""
    names = marked_names(el)
    if names:
        return ", ".join(names)
    if not byline:
        return ""
    first = strong_pieces(b.text)[:1]
    if not first or _LABEL.match(first[0]) is None:
        return ""
    name = _LABEL.sub("", first[0], count=1)
    return name if _person(name) and _marked(el, name) else ""


def marked_names(el: Any) -> list[str]:
    """The names of the elements under ``el`` marked as an author (``rel="author"``,
    ``itemprop="author"``), in page order, each at most ``AUTHOR_WORDS`` words and no digit,
    each once: a byline of several authors ("By <a rel=author>Ann Lee</a> and <a
    rel=author>Tom Avery</a>") names them all, whatever word joins them ("and", "àti", ","),
    and the page's ``author`` is them joined by ", " ("Ann Lee, Tom Avery")."""
    names: list[str] = []
    for d in el.iter():
        if isinstance(d.tag, str) and "author" in f"{d.get('rel', '')} {d.get('itemprop', '')}".split():
            name = normalise_space("".join(d.itertext()))
            if (name and len(name.split()) <= AUTHOR_WORDS and not any(ch.isdigit() for ch in name)
                    and name not in names):
                names.append(name)
    return names


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?$")
"""What :func:`declutter.dates.iso_utc` gives for a date it reads."""


def _labelled(blocks: list[Block], b: Block, words: list[str]) -> str:
    """The name after a two-word label whose second word is a function word the page shows in
    lower case on another line ("Iscritu dae Bainzu Pira": fresh-user report 14, kind H12),
    the name a person's of two words or more; else ``""``."""
    if len(words) < 4 or not (words[0].isalpha() and words[1].isalpha() and words[1].islower()):
        return ""
    rest = " ".join(words[2:])
    if not all(w[:1].isupper() for w in words[2:]) or not _person(rest):
        return ""
    word = re.compile(rf"(?<!\w){re.escape(words[1])}(?!\w)")
    return rest if any(x is not b and word.search(x.text) for x in blocks) else ""


def _author(blocks: list[Block], b: Block, pieces: tuple[list[str], str] | None) -> str:
    """The person's name of the byline (:func:`byline_meta`), without the words before it when
    the markup sets the rest apart: "By <a>Ann Lee</a>" and "Interview by <a>Ann Lee</a>" name
    "Ann Lee"."""
    from declutter.content.dump_bylines import byline_meta  # (the dump reader's: on first use)

    if pieces is None:
        pieces = ([b.text.strip()], "")
    # (byline_meta reads the shapes of short lines only: at most BYLINE_CHARS characters)
    shapes = {x.index: LineShape("prose" if is_prose(x) else "short", x.words) for x in blocks
              if len(x.text) <= BYLINE_CHARS}
    name = byline_meta(blocks, shapes, b, pieces)["author"]
    words = name.split()
    tail = next((" ".join(words[k:]) for k in range(1, len(words)) if all(w.isalpha() for w in words[:k])
                 and (k == 1 or words[k - 1].islower()) and _marked(b.element, " ".join(words[k:]))), "")
    if not tail:
        tail = _labelled(blocks, b, words)
    if tail:  # the word before it ("By"), or words ending in a lower-case one ("Interview by"),
        # are no name's: the markup says so (not "<span>Tom Davies</span> <span>AP Wire</span>")
        name = tail
    elif not pieces[1] and len(name.split()) > PERSON_WORDS and not _set_apart(b, name):
        return ""  # a name alone on its line ("Casa e Jardim Urbano"): a category's, a long
        # name's or one with its introducing word ("Oleh Budi Santoso")? unknown
    if not _person(name):  # a word read as a name ("Rozmowę przeprowadził <a>Jan Kowalski</a>"
        # split at its lower-case word): the one person's name the markup sets apart is his
        apart = [n for n in pieces[0] if name and n != name and _person(n) and _marked(b.element, n)]
        return apart[0] if len(apart) == 1 else ""
    return name


PERSON_WORDS = 2
"""Most words of an author's name read from a name alone on its line (no age) whose markup sets
no part of it apart: a longer one may be a category's ("Casa e Jardim Urbano"). Beside an age
a longer name is kept whole, as the dump reader keeps it: its first word may introduce it
("Par", "Von"), which the page's own use of the word tells
(:func:`declutter.content.lead_words.unprefixed`, by its shape too) or else its source's pages
(:mod:`declutter.templates.bylines`)."""


def _person(name: str) -> bool:
    """A person's name: two words or more, capitalised (:func:`is_name`; its first and last
    word in upper case or a script with no case, :func:`_capital`, not "von Redaktion",
    "Article by"), no digit (a year, a date read as a
    name) and no colon left in it."""
    words = name.split()
    return (len(words) >= 2 and _capital(words[0]) and _capital(words[-1]) and is_name(name)
            and not any(ch.isdigit() or ch in ":：" for ch in name))


def _capital(word: str) -> bool:
    """Whether a word opens as a name's does: in upper case, or in a letter of a script with no
    case (Thaana "އައިޝަތު", Ethiopic, Arabic), where no lower case says it is no name's."""
    first = word[:1]
    return first.isupper() or first.isalpha() and not first.islower()


def _set_apart(b: Block, name: str) -> bool:
    """Whether the byline's markup sets ``name`` (of at most ``AUTHOR_WORDS`` words, only
    letters and a name's marks) apart whole from the rest of its line, a word before it
    gone: "Le <a>Seán Ó Flaithearta</a> · date" names all three words; a link that is the
    whole line (a category, "DIY (Do it Yourself)") names no one."""
    return (len(name.split()) <= AUTHOR_WORDS and len(name) < len(b.text.strip())
            and all(ch.isalpha() or ch in " .-'’" for ch in name) and _marked(b.element, name))


def _marked(el: Any, name: str) -> bool:
    """Whether an element inside ``el`` holds ``name`` alone (a link or span of its own)."""
    if el is None:
        return False
    return any(normalise_space("".join(d.itertext())) == name
               for d in el.iterdescendants() if isinstance(d.tag, str))
