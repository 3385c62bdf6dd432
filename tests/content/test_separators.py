"""The card-line separators: each variant allows what its name says, and its character class
finds every line it can split."""

from __future__ import annotations

import re

import pytest

from declutter.content import separators
from declutter.content.separators import (
    MARKS,
    MARKS_HYPHEN,
    MARKS_HYPHEN_COMMA,
    MARKS_HYPHEN_TAB,
    MARKS_HYPHEN_TAB_COMMAS,
)

LINES = {
    "Quelle · vor 3 Stunden": ["Quelle", "vor 3 Stunden"],
    "Titre :: Source :: 3h": ["Titre", "Source", "3h"],
    "北陸日報・3時間前": ["北陸日報", "3時間前"],
    "Başlık - Kaynak - 1 saat önce": ["Başlık", "Kaynak", "1 saat önce"],
    "Titel\tQuelle": ["Titel", "Quelle"],
    "Tytuł, Źródło": ["Tytuł", "Źródło"],
    "الخبر، منذ 3 ساعات": ["الخبر", "منذ 3 ساعات"],
    "ጣና ሬዲዮ፣ ከ7 ሰዓት በፊት": ["ጣና ሬዲዮ", "ከ7 ሰዓት በፊት"],  # the Ethiopic comma
    "བོད་ལྗོངས་གསར་འགྱུར། ཆུ་ཚོད་ ༥ སྔོན།": ["བོད་ལྗོངས་གསར་འགྱུར", "ཆུ་ཚོད་ ༥ སྔོན།"],  # the Tibetan shad
}
ALLOWS = {  # variant -> the lines it splits
    "MARKS": {"Quelle · vor 3 Stunden", "Titre :: Source :: 3h", "北陸日報・3時間前"},
    "MARKS_HYPHEN": {"Quelle · vor 3 Stunden", "Titre :: Source :: 3h", "北陸日報・3時間前",
                     "Başlık - Kaynak - 1 saat önce"},
    "MARKS_HYPHEN_COMMA": {"Quelle · vor 3 Stunden", "Titre :: Source :: 3h", "北陸日報・3時間前",
                           "Başlık - Kaynak - 1 saat önce", "Tytuł, Źródło", "الخبر، منذ 3 ساعات",
                           "ጣና ሬዲዮ፣ ከ7 ሰዓት በፊት", "བོད་ལྗོངས་གསར་འགྱུར། ཆུ་ཚོད་ ༥ སྔོན།"},
    "MARKS_HYPHEN_TAB": {"Quelle · vor 3 Stunden", "Titre :: Source :: 3h", "北陸日報・3時間前",
                         "Başlık - Kaynak - 1 saat önce", "Titel\tQuelle"},
    "MARKS_HYPHEN_TAB_COMMAS": set(LINES),
}


@pytest.mark.parametrize("name", sorted(ALLOWS))
def test_each_variant_splits_what_its_name_allows(name: str) -> None:
    variant = getattr(separators, name)
    for line, pieces in LINES.items():
        expected = pieces if line in ALLOWS[name] else [line]
        assert variant.split(line) == expected, (name, line)
        character = getattr(separators, f"{name}_CHARACTER", None)
        if character is not None and line in ALLOWS[name]:
            assert character.search(line), (name, line)


def test_a_hyphen_inside_a_word_or_unspaced_does_not_split() -> None:
    for variant in (MARKS, MARKS_HYPHEN, MARKS_HYPHEN_COMMA, MARKS_HYPHEN_TAB, MARKS_HYPHEN_TAB_COMMAS):
        assert variant.split("Saint-Étienne gagne 2-1") == ["Saint-Étienne gagne 2-1"]


def _plain(hyphen: bool, tab: bool, commas: str = "") -> re.Pattern[str]:
    """The separator as first written: white space, a mark, white space, each run backtracked
    (quadratic in a run of spaces that leads to no mark)."""
    from declutter.content.separators import DOUBLED, HYPHEN, SPACED, TAB, UNSPACED, character_class

    alternatives = [rf"\s+(?:{character_class(SPACED + (HYPHEN if hyphen else ''))}|{re.escape(DOUBLED)})\s+",
                    rf"\s*{character_class(UNSPACED + (TAB if tab else ''))}\s*"]
    if commas:  # (a spaced mark right after the comma belongs to its separator)
        spaced = character_class(SPACED + (HYPHEN if hyphen else ''))
        alternatives.append(rf"{character_class(commas)}(?:\s+(?:{spaced}|{re.escape(DOUBLED)}))?\s+")
    return re.compile("|".join(alternatives))


@pytest.mark.parametrize(("name", "hyphen", "tab", "commas"), [
    ("MARKS", False, False, ""), ("MARKS_HYPHEN", True, False, ""),
    ("MARKS_HYPHEN_COMMA", True, False, ",،"), ("MARKS_HYPHEN_TAB", True, True, ""),
    ("MARKS_HYPHEN_TAB_COMMAS", True, True, ",،")])
def test_separators_split_as_the_plain_pattern_in_linear_time(name: str, hyphen: bool, tab: bool,
                                                              commas: str) -> None:
    """Each variant finds the plain pattern's matches (40,000 random strings of its alphabet:
    spaces, tabs, wide spaces, marks, letters), and a padded line of 20,000 spaces splits at
    once, where the plain pattern reads the run once per space."""
    import random
    import time

    plain, fast = _plain(hyphen, tab, commas), getattr(separators, name)
    alphabet = list(" \t\u3000\u00a0ab1,،·|•‧∙◦—–-۔:・｜")
    rng = random.Random(7)
    for _ in range(40_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert fast.split(text) == plain.split(text) and fast.split(text, 1) == plain.split(text, 1)
    padded = "Preis" + " " * 20_000 + "99 €"
    start = time.process_time()
    assert fast.split(padded) == [padded]
    assert time.process_time() - start < 0.05  # (the plain pattern: seconds)


def test_trailing_age_takes_its_white_space_whole() -> None:
    """``TRAILING_AGE`` matches as the greedy pattern does (groups and all) and reads a padded
    line fast (a run of white space tried once per start, not once per start and length)."""
    import random
    import time

    from declutter.content.vocabulary import AGE_TEXT, TRAILING_AGE

    greedy = re.compile(rf"^(.{{2,60}}?),?\s+({AGE_TEXT})$", re.I)
    line = ("5 10 2025 10:30 a.m. ago minutes hours min h yesterday just now vor einer stunden "
            "hace una horas il y a une semaines ieri minuti fa May , . Kuriren Nord")
    words = line.split()
    rng = random.Random(3)
    for _ in range(20_000):
        text = rng.choice([" ", "  ", ", ", "\t", " \u3000 ", "    "]).join(
            rng.choice(words) for _ in range(rng.randint(1, 6)))
        a, b = TRAILING_AGE.match(text), greedy.match(text)
        assert (a is None) == (b is None) and (a is None or a.groups() == b.groups()), text
    start = time.process_time()
    assert TRAILING_AGE.match("Kuriren Nord" + " " * 20_000 + "5 h 7") is None
    assert time.process_time() - start < 0.05


def test_a_shad_before_a_spaced_mark_is_one_separator() -> None:
    # a Tibetan source closed by its shad, then the card's dot: one separator, not a comma and
    # a piece that begins with the dot (kinds D3, H6: "Source། · age")
    line = "ཀུན་གསལ། · ཆུ་ཚོད་ ༤ ཧེ་མ"
    for pattern in (MARKS_HYPHEN_COMMA, MARKS_HYPHEN_TAB_COMMAS):
        assert pattern.split(line) == ["ཀུན་གསལ", "ཆུ་ཚོད་ ༤ ཧེ་མ"]
    assert MARKS_HYPHEN_TAB_COMMAS.split("Reuters, 3h") == ["Reuters", "3h"]
