# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""One-line cards whose source after a dash is a short CJK name ("— 经济日报 · 2天前"): the
name is the card's source, not the end of its title. Cards of our own in Chinese and Korean."""

from __future__ import annotations

import pytest

from declutter.content.ages import is_age_fast
from declutter.content.card_lines import card_line_fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("长江大桥夜间限行措施延长至月底 — 经济日报 · 2天前",
         {"title": "长江大桥夜间限行措施延长至月底", "source": "经济日报", "age": "2天前"}),
        ("부산항 물동량 올해 역대 최대 기록 — 항만일보 · 3시간 전",
         {"title": "부산항 물동량 올해 역대 최대 기록", "source": "항만일보", "age": "3시간 전"}),
        # a clause after the dash ("、" in it) is the title's, not a name
        ("新路线今天开通 — 市民表示、出行更方便 · 2天前",
         {"title": "新路线今天开通 — 市民表示、出行更方便", "age": "2天前"}),
    ],
)
def test_a_short_cjk_name_after_a_dash_is_the_source(line: str, fields: dict[str, str]) -> None:
    assert card_line_fields(line, is_age_fast) == fields
