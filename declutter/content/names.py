"""Names of persons and publications as a line shows them: a name's shape (:func:`is_name`,
:func:`cjk_name`: capitalised words, or a short CJK run) and lines made of names (a photo
credit, :func:`credit_names`). The card and byline readers (:mod:`declutter.content.card_lines`,
:mod:`declutter.content.html_bylines`, :mod:`declutter.content.dump_bylines`) ask these of the
pieces they split a line into.
"""

from __future__ import annotations

import re

from declutter.content.features import CJK
from declutter.punctuation import STOPS

NAME_WORDS = 4
"""Most words of a name ("Le Petit Rhodanien"; a source set off at the end of a one-line
card's title, "— Metro Courier")."""


def is_name(text: str) -> bool:
    """A name of a person or a publication: at most ``NAME_WORDS`` words, each capitalised
    but short joining words ("Par Anne Morel", "Le Petit Rhodanien"); in CJK script at most
    ``CJK_NAME_CHARS`` CJK characters (a script without case has no capitals to tell: a
    longer run is a headline, "神戸港でも新ターミナル計画")."""
    return (0 < len(text.split()) <= NAME_WORDS and name_like(text)
            and (text.isascii() or len(CJK.findall(text)) <= CJK_NAME_CHARS))


CJK_NAME_CHARS = 10
"""Most CJK characters of a publication's or a person's name."""
_CJK_NAME = re.compile(rf"\w{{2,{CJK_NAME_CHARS}}}")


def cjk_name(text: str) -> bool:
    """A publication's name in CJK script ("地域新聞", "経済タイムズ"): 2-10 characters, all
    word characters (no sentence punctuation such as "、" or "。"), at least two of them CJK."""
    return _CJK_NAME.fullmatch(text) is not None and len(CJK.findall(text)) >= 2


def name_like(text: str) -> bool:
    """A publication's name: each word capitalised, short joining words aside ("Courrier du
    Port", "L'Écho des Vallées"), and one word at least; "Dubai's flagship carrier" is the end
    of a headline, "— in" or "— who" a headline's dash. A script without case (Arabic, Hebrew,
    Thai: "المصري اليوم") has no lower-case word: each word counts as capitalised."""
    words = text.split()
    return all(not w[:1].islower() or len(w) <= 3 for w in words) and any(
        not w[:1].islower() for w in words)


_CREDIT = re.compile(r"^([^\W\d_][\w.]{1,14})\s?[:=]\s?(\S.{0,80})$")
"""A credit's shape: a one-word label, a colon (or "="), the rest ("Foto: Name / Agency")."""
_CREDIT_SPLIT = re.compile(r"\s*[/,;]\s*")


def credit_names(text: str, strict: bool = False) -> int:
    """How many names a credit line "Label: Name / Name" gives ("Foto: Anders Berg /
    Norrlandsposten" 2, "Foto: ISU Galați" 1, "사진=부산항만공사 제공" 1), whatever the label's
    words: a one-word label, then pieces set apart by "/", "," or ";", each a name
    of at most four words opening with no lower-case letter ("Vltavský zpravodaj"), or with
    ``strict`` each a name by :func:`is_name` (every word capitalised but short joining words,
    not "A: Tie between Istanbul, Turkey"); 0 for any other line."""
    m = _CREDIT.match(text)
    if m is None or text[-1:] in STOPS:
        return 0
    pieces = [p for p in _CREDIT_SPLIT.split(m.group(2)) if p]
    named = all(is_name(p) if strict else len(p.split()) <= NAME_WORDS and not p[:1].islower()
                for p in pieces)
    return len(pieces) if pieces and named else 0


ROLE_WORDS = 2
"""Most words of the role before a byline's name ("Staff writer Jane Doe")."""


def role_name(text: str) -> str:
    """The name of a byline that puts the author's role first ("Staff writer Jane Doe",
    "Гурт ужась Ольга Иванова"): up to ``ROLE_WORDS`` words of four letters or more, one of
    them in lower case (no name of its own; a short word joins a phrase: "Posted in Latest
    News"), then a name of two or three words, each capitalised; no number nor punctuation.
    ``""`` for any other line. Read only on a line right under the headline and over the
    story's first paragraph, shorter than the headline."""
    words = text.split()
    if NOT_NAME.search(text) or len(words) > ROLE_WORDS + NAME_WORDS - 1:
        return ""
    for p in range(1, ROLE_WORDS + 1):
        role, name = words[:p], words[p:]
        if (2 <= len(name) < NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in name)
                and all(w.isalpha() and len(w) > 3 for w in role) and any(w.islower() for w in role)):
            return " ".join(name)
    return ""


NOT_NAME = re.compile(r"[\d,.;:!?]")
"""What a name alone on its line holds not: a number, a comma (two names), a sentence's end."""
