"""Card kinds a fresh user met on aggregator dumps (issue 12, round 2), each on dumps of our
own: one-line cards set apart by plain hyphens, ages no reader knows (told by the repetition
of the list's layout, or by the layout of the cards around), ages in more scripts, two-line
cards over a footer line, a rank number over each card, a pitch at the story's foot."""

from __future__ import annotations

import pytest
from fresh_card_dumps import (
    DA_HYPHEN_CARDS,
    DE_RANKED_CARDS,
    FR_CARDS_FOOTER,
    HI_CARDS,
    IT_PITCH_FOOT,
    IT_STORY_ENDS_EXCLAIMING,
    KO_CARDS_FOOTER,
    PL_ONE_AGE_UNREAD,
    PL_PITCH_FOOT,
)

from declutter import clean_text
from declutter.content.ages import is_age_fast

STORY_END = "Badeklubben kalder beslutningen skuffende"


def _read(dump: str) -> tuple[list[tuple[str | None, str | None, str | None]], str]:
    result = clean_text(dump, id="fresh-cards")
    return [(t.title, t.source, t.age) for t in result.teasers], result.text


def test_one_line_cards_set_apart_by_plain_hyphens_are_cards() -> None:
    # "1. Title - Source - for 2 timer siden": the hyphen separates as "—" and "·" do
    cards, text = _read(DA_HYPHEN_CARDS)
    assert cards == [
        ("Elprisen stiger igen i december", "Erhvervsnyt", "for 2 timer siden"),
        ("Ny letbane til Lisbjerg åbner til foråret", "Aarhus Avis", "for 4 timer siden"),
        ("Rekordmange ansøgere til politiskolen i år", "Danmarks Dagblad", "for 9 timer siden"),
    ]
    assert text.rstrip().endswith("gæster.") and "Mest læste" not in text


def test_a_list_whose_ages_no_reader_knows_is_read_by_its_repeated_layout() -> None:
    # "3 घंटे पहले" is read by neither the regexes nor dateparser: three lines of one layout
    # whose end piece varies in its number only are a list of cards; the sources of a script
    # without case are names
    cards, text = _read(HI_CARDS)
    assert cards == [
        ("दिल्ली मेट्रो ने किराए में बढ़ोतरी की", "नवभारत", "3 घंटे पहले"),
        ("मुंबई में नई बस सेवा शुरू हुई", "लोकवाणी", "5 घंटे पहले"),
        ("जयपुर हवाई अड्डे का विस्तार होगा", "राजस्थान समाचार", "8 घंटे पहले"),
    ]
    assert "घंटे" not in text


@pytest.mark.parametrize("age", ["3 ч", "15 мин", "5 мин. назад", "منذ 5 ساعات", "قبل 3 أيام", "2 saat önce"])
def test_compact_cyrillic_arabic_and_turkish_ages_are_ages(age: str) -> None:
    assert is_age_fast(age)


def test_a_card_whose_age_no_reader_knows_is_a_card_among_cards_of_its_layout() -> None:
    # "3 tyg. temu" (weeks) is read by no regex, and alone in its list is asked of no
    # dateparser: the cards around it, laid out as it is ("Title — Source · age"), make it one
    cards, text = _read(PL_ONE_AGE_UNREAD)
    assert [c[1:] for c in cards] == [
        ("Gazeta Pomorska", "2 godz. temu"), ("Ekspres Miejski", "5 godz. temu"),
        ("Dziennik Bałtycki", "3 tyg. temu"), ("Kurier Nadmorski", "9 godz. temu")]
    assert "Port w Gdyni" not in text


@pytest.mark.parametrize("dump", [FR_CARDS_FOOTER, KO_CARDS_FOOTER], ids=["fr", "ko"])
def test_two_line_cards_over_a_footer_line_pair_on_their_meta_lines(dump: str) -> None:
    # "Title / Source · age" three times over "Terms  Privacy  Contact": the footer is no
    # card's title, and no card loses its own
    lines = dump.splitlines()
    expected = [(lines[k], *lines[k + 1].split(" · ")) for k in range(-7, -1, 2)]
    cards, text = _read(dump)
    assert cards == expected
    assert lines[-1] not in text


def test_a_rank_number_over_each_card_is_no_card_text() -> None:
    result = clean_text(DE_RANKED_CARDS, id="fresh-cards")
    assert [(t.title, t.source, t.age, t.text) for t in result.teasers] == [
        ("Fähre nach Helgoland fällt wegen Sturm aus", "Nordkurier", "2 Std.", None),
        ("Neue Radbrücke über die Trave eröffnet", "Lübecker Blatt", "4 Std.", None),
        ("Hafenfest zieht Rekordzahl an Besuchern an", "Küstenbote", "7 Std.", None),
    ]
    assert result.text.rstrip().endswith("gæster.")


@pytest.mark.parametrize("dump", [IT_PITCH_FOOT, PL_PITCH_FOOT], ids=["it-question", "pl-exclaiming"])
def test_a_pitch_above_the_footer_that_shares_no_word_with_the_story_is_no_story(dump: str) -> None:
    # a question to the reader and a sentence after it, or an exclamation, right above the
    # footer row, with no content word of the story: the site's pitch, in any language
    text = clean_text(dump, id="fresh-cards").text
    assert text.rstrip().endswith("prossima estate.")


def test_a_story_ending_in_an_exclamation_of_its_own_stays() -> None:
    # the same place and form, but the line speaks of the story ("terminal", "crocieristi")
    text = clean_text(IT_STORY_ENDS_EXCLAIMING, id="fresh-cards").text
    assert text.rstrip().endswith("in città!")
