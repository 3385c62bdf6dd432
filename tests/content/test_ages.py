"""The age test and the digit-free-age check the line reader uses to skip its card parsers."""

from __future__ import annotations

import pytest

from declutter.content.ages import (
    AGE_EXTRA,
    _word_ages,
    agreeing_unit,
    is_age_fast,
    may_hold_age,
)
from declutter.content.line_shapes import shape_of
from declutter.content.pattern_strings import parse_alternatives
from declutter.content.vocabulary import AGE

# every digit-free kind of age AGE and AGE_EXTRA read, in mixed case
DIGIT_FREE_AGES = [
    "Yesterday", "TODAY", "just now", "an hour ago", "One week ago", "about a month ago",
    "over an hour ago", "vor einer Stunde", "Gestern", "heute", "hace una hora", "Ayer", "hoy",
    "il y a une heure", "Hier", "aujourd'hui", "há uma hora", "ontem", "ieri", "gisteren",
    "wczoraj", "昨日", "вчера",
]


@pytest.mark.parametrize("age", DIGIT_FREE_AGES)
def test_no_digit_free_age_is_ruled_out(age: str) -> None:
    assert is_age_fast(age)
    lines = (age, f"Coastal Herald · {age}", f"{age} | Port Ledger", f"Harbour cranes stand idle ({age})")
    for line in lines:
        assert may_hold_age(line, digit=False), line


@pytest.mark.parametrize("line", ["Coastal Herald · yesterday", "Port Ledger | 2 h",
                                  "Harbour cranes stand idle — Port Ledger, an hour ago"])
def test_meta_lines_and_cards_keep_their_shape(line: str) -> None:
    assert shape_of(line).shape in ("meta", "card")


@pytest.mark.parametrize("line", ["Sign in to comment", "Most read", "Coastal Herald", "Share this article",
                                  "Harbour cranes stand idle as dock strike enters its second week"])
def test_lines_without_a_digit_or_an_age_word_are_ruled_out(line: str) -> None:
    assert not may_hold_age(line, digit=False)
    assert may_hold_age(line + " 3", digit=True)  # a digit: any age may be there


@pytest.mark.parametrize("line", ["Головні новини регіону", "Поділитися статтею", "Київська правда",
                                  "東京の天気予報", "Вечерние новости"])
def test_lines_of_other_scripts_without_a_digit_or_an_age_are_ruled_out(line: str) -> None:
    """Ukrainian, Japanese, Russian lines: no digit-free age matches anywhere in them, so no
    piece of theirs is an age and the card parsers are skipped."""
    assert not line.isascii()
    assert not may_hold_age(line, digit=False)
    assert may_hold_age(f"{line} · вчера", digit=False) and may_hold_age(f"{line}・昨日", digit=False)
    assert shape_of("Київська правда · вчера").shape == "meta"


@pytest.mark.parametrize("pattern", [r"\bnow", r"(?=now)", r"(?P<age>now)", "^now", r"\1"])
def test_the_derivation_refuses_syntax_it_does_not_read(pattern: str) -> None:
    with pytest.raises(ValueError):
        parse_alternatives(pattern)


NOT_AGES = ["Coastal Herald", "Most read", "Jahre später", "Вчерашние новости", "昨日の天気予報",
            "Ayer y hoy", "hier soir", "Todays picks", "an hour", "agora", "ſtory", "K", "", " "]


@pytest.mark.parametrize("text", DIGIT_FREE_AGES + [a.upper() for a in DIGIT_FREE_AGES] + NOT_AGES)
def test_digit_free_texts_are_read_by_the_digit_free_alternatives_alone(text: str) -> None:
    words = _word_ages()
    assert words is not None  # the patterns parse: the fast path is taken
    both = AGE.match(text.strip()) is not None or AGE_EXTRA.match(text.strip()) is not None
    assert (words.match(text.strip()) is not None) == both == is_age_fast(text)


def test_ages_whose_unit_and_a_word_agreeing_with_it_change_are_one_shape() -> None:
    """The unit beside the number changes freely; one other word only in its start or its end
    ("zilizopita", "iliyopita"); other words beside a number are no unit of one shape."""
    assert agreeing_unit({"saa # zilizopita", "wiki # iliyopita"}, "#")
    assert agreeing_unit({"saa 0 zilizopita", "siku 0 zilizopita"}, "0")
    assert not agreeing_unit({"Msimu # fainali", "Sehemu # marudio"}, "#")
    assert not agreeing_unit({"saa # zilizopita", "wiki # iliyopita sasa"}, "#")
    assert not agreeing_unit({"saa # zilizopita"}, "#")


@pytest.mark.parametrize(("text", "age"), [
    ("19.11.2021 na", False), ("07.03.2024 kwa", False), ("14:05 leo", False),  # Swahili words
    ("19.11.2021 EAT", True), ("14:05 EAT", True), ("7 Machi 2024, 14:05 EAT", True),
])
def test_a_time_zone_is_an_upper_case_abbreviation_not_a_lower_case_word(text: str, age: bool) -> None:
    """The zone after a date or a time is read case-sensitively: an ordinary word after a date
    ("na": and) is no zone, so the piece is no age."""
    assert is_age_fast(text) is age


@pytest.mark.parametrize("date", ["7 ธันวาคม 2026", "7 दिसंबर 2026 10:32", "7 ທັນວາ 2026 10:32"])
def test_a_month_name_with_combining_marks_makes_a_date(date: str) -> None:
    """Issue 12, D6: a day, a month's name whose vowel signs are combining marks (Thai,
    Devanagari, Lao), a year and maybe a time read as a date by its shape."""
    assert is_age_fast(date)
