"""Card kinds two fresh users met on aggregator dumps (issue 12, round 3), each on dumps of
our own: two-line cards over one plain line, bulleted cards with a "(Source, age)" tail in
any language the age reader knows, one-word ages no regex reads among cards of their
layout, cards whose title begins "Place: "."""

from __future__ import annotations

import re

import pytest
from fresh_card_dumps3 import (
    DE_TWO_LEADING_UNREAD,
    ES_CARDS_COOKIE,
    HU_PAREN_CARDS,
    PL_TWO_LINE_UNREAD,
    SV_CARDS_FOOTER_ROW,
    UK_PLACE_CARDS,
)

from declutter import clean_text


def _read(dump: str) -> tuple[list[tuple[str | None, str | None, str | None]], str]:
    result = clean_text(dump, id="fresh-cards3")
    return [(t.title, t.source, t.age) for t in result.teasers], result.text


@pytest.mark.parametrize("dump", [ES_CARDS_COOKIE, SV_CARDS_FOOTER_ROW], ids=["es-cookie", "sv-footer"])
def test_two_line_cards_over_one_plain_line_pair_on_their_meta_lines(dump: str) -> None:
    # "Title / Source · age" three times over a cookie sentence or a footer row set with single
    # spaces: a meta line closes its card (the title is above it), the last line is no title
    lines = dump.splitlines()
    expected = [(lines[k], *re.split(r" [·|] ", lines[k + 1])) for k in range(-7, -1, 2)]
    cards, _ = _read(dump)
    assert cards == expected


def test_a_parenthesised_source_and_age_in_any_language_the_age_reader_knows_is_split() -> None:
    # "• Title (Source, 2 órával ezelőtt)" three times: the regexes miss the age, dateparser
    # reads it once the list's repetition asks it; the tail is no part of the title
    cards, text = _read(HU_PAREN_CARDS)
    assert cards == [
        ("Új villamosvonal épül a Duna partján", "Népszava", "2 órával ezelőtt"),
        ("Bezár a régi vásárcsarnok a belvárosban", "Helyi Hírek", "3 órával ezelőtt"),
        ("Rekordot döntött a téli fesztivál látogatottsága", "Dunántúli Napló", "8 órával ezelőtt"),
    ]
    assert "ezelőtt" not in text


def test_cards_whose_one_word_age_no_regex_reads_are_cards_of_their_layout() -> None:
    # "Title — Source, vorgestern" twice over "Title — Source, vor 40 Minuten" cards: the
    # layout's cards end in their age, so a one-word last piece is the card's age; the list's
    # heading and cards stay out of the story
    cards, text = _read(DE_TWO_LEADING_UNREAD)
    assert [c[1:] for c in cards] == [
        ("Inselbote", "vorgestern"), ("Nordkurier", "vorgestern"),
        ("Küstenbote", "vor 40 Minuten"), ("Husumer Blatt", "gestern")]
    assert "Meistgelesen" not in text and "Fähre" not in text


def test_two_line_cards_whose_one_word_age_no_regex_reads_pair_with_their_titles() -> None:
    # "Title / Source · przedwczoraj" twice around one "Title / Source · wczoraj": the meta
    # lines of the list's layout at a card's distance make the unread ones meta lines too
    lines = PL_TWO_LINE_UNREAD.splitlines()
    cards, text = _read(PL_TWO_LINE_UNREAD)
    assert cards == [(lines[k], *lines[k + 1].split(" · ")) for k in range(-6, 0, 2)]
    assert "przedwczoraj" not in text


@pytest.mark.parametrize("sep", ["–", "·"])
def test_a_place_label_before_a_card_shaped_rest_is_part_of_the_title(sep: str) -> None:
    # "Львів: Title – Source – 3 години тому": the rest has the card shape, so the line is a
    # card whose title keeps its place, not a labelled one-liner; a byline of the card's
    # layout over the list ("Source · 2 години тому") does not stop the list's ages being read
    cards, text = _read(UK_PLACE_CARDS[sep])
    assert cards == [
        ("Львів: нові смуги для автобусів у центрі", "Львівська газета", "3 години тому"),
        ("Одеса: починається реконструкція набережної", "Чорноморські новини", "4 години тому"),
        ("Харків: на тендер виставили новий аеропорт", "Слобідський край", "7 години тому"),
    ]
    assert "Читайте також" not in text
