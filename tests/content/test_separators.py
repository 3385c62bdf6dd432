"""The card-line separators: each variant allows what its name says, and its character class
finds every line it can split."""

from __future__ import annotations

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
