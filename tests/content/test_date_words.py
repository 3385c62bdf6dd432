"""The dateparser pre-test: texts with a word no locale knows are told without the parser,
and every text it rejects is one the parser reads no date in."""

from __future__ import annotations

import pytest

from declutter.content.date_words import date_parser, read_date, unknown_to_dateparser


@pytest.fixture(scope="module")
def parser() -> object:
    return date_parser("past")


# (texts of this test's own: a Dutch shop's and a Spanish blog's lines, and dates around them)
REJECTED = ["dvd 3 juni", "kortingscode 1 mei", "entrada 1 de junio por admin", "1 fotos bekijken",
            "1k views"]
KEPT = ["posted on: 3 may 2024", "3 may 2024 est", "q1 2024", "1 juni", "hace 1 horas", "noon",
        "1 jun 2019 12:00 pst", "1st of may", "il y a 1 heures", "Sale 1 June", "1 мая",
        "gisteren om 1 uur"]


@pytest.mark.parametrize("text", REJECTED)
def test_a_word_no_locale_knows_is_told_without_the_parser(parser: object, text: str) -> None:
    assert unknown_to_dateparser(text, parser)
    assert parser.get_date_data(text).date_obj is None  # type: ignore[attr-defined]

# (a Japanese shop's category lines of this test's own: no locale knows 回線 or 家電)
REJECTED_UNCASED = ["回線 (1)", "家電・回線 (12)", "家電 3"]
# (dates and texts it cannot vouch for: a Japanese date, a numeral, full-width digits, Greek)
KEPT_UNCASED = ["2024年3月1日", "3日前", "一 回線", "回線 ３", "回線 dvd"]


@pytest.mark.parametrize("text", REJECTED_UNCASED)
def test_a_run_of_uncased_letters_no_locale_knows_is_told_too(parser: object, text: str) -> None:
    assert unknown_to_dateparser(text, parser)
    assert parser.get_date_data(text).date_obj is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", KEPT_UNCASED)
def test_uncased_texts_it_cannot_vouch_for_go_to_the_parser(parser: object, text: str) -> None:
    assert not unknown_to_dateparser(text, parser)


# (a Lithuanian shop's lines of this test's own: marks the parser's normalisation takes off;
# a Bulgarian shop's, in a cased script no locale of the parser knows these words of)
REJECTED_MARKED = ["krepšelis (3)", "naujienų prenumerata 2", "žiūrėti 12 nuotraukų",
                   "Количка (3)", "разгледай 12 снимки", "ΚΑΛΑΘΙ 2"]
# (dates once normalised or case-folded, a numeral outside ASCII, letters normalisation
# keeps, upper case in ASCII, Latin and Cyrillic letters mixed)
KEPT_MARKED = ["1 de março", "há 1 horas", "před 2 hodinami", "krepšelis ²", "þú 1", "Krepšelis (3)",
               "Вчера", "3 ЧАСА НАЗАД", "3 ΜΑΐΟΥ", "χθες", "количка dvd", "количка ²"]


@pytest.mark.parametrize("text", REJECTED_MARKED)
def test_a_word_no_locale_knows_once_its_marks_are_off_is_told_too(parser: object, text: str) -> None:
    assert unknown_to_dateparser(text, parser)
    assert parser.get_date_data(text).date_obj is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", KEPT_MARKED)
def test_marked_texts_it_cannot_vouch_for_go_to_the_parser(parser: object, text: str) -> None:
    assert not unknown_to_dateparser(text, parser)


@pytest.mark.parametrize("text", KEPT)
def test_dates_and_texts_it_cannot_vouch_for_go_to_the_parser(parser: object, text: str) -> None:
    # (a time zone, a quarter, "on:" the parser cuts, upper case, another script: not told)
    assert not unknown_to_dateparser(text, parser)


def test_one_cache_serves_the_age_and_the_schedule_readers() -> None:
    # (a Swedish tour list's heads and a Czech shop line of this test's own)
    from datetime import datetime

    from declutter.content import ages, schedules

    read_date.cache_clear()
    assert schedules._date("9 juni") == datetime(2000, 6, 9)  # (a year-less date: one fixed year)
    assert ages._dateparser_age("för 1 timmar sedan")
    assert schedules._date("dvd 3 juni") is None  # (told by the pre-test, as for ages)
    assert read_date.cache_info().currsize == 3
    schedules._date("9 juni")
    assert read_date.cache_info().hits == 1
    schedule = date_parser("schedule")
    assert schedule is date_parser("schedule") and schedule is not date_parser("past")
    assert unknown_to_dateparser("dvd 3 juni", schedule)
