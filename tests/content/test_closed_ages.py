# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Ages closed by a script's sentence mark (issues 12/13 kind 2, seen with the Tibetan shad, the
Devanagari danda and the Ethiopic full stop): the mark closes the age and makes no sentence of
its line. A dump of our own in Armenian, whose full stop is "։"."""

from __future__ import annotations

import json

import declutter
from declutter.content.ages import is_age_fast
from declutter.content.byline_ages import byline_age
from declutter.content.line_columns import day_word

HY = [
    "Երևանում նոր կամուրջի շինարարությունը սկսվեց",
    "Արամ Պետրոսյան · 3 ժամ առաջ։",
    "Քաղաքապետարանը երկուշաբթի օրը սկսեց գետի վրա նոր կամուրջի շինարարությունը, որը կկապի երկու թաղամասերը։",
    "Նախագծի արժեքը մոտ քսան միլիարդ դրամ է, և աշխատանքները կտևեն երկու տարի, ասում են ինժեներները։",
    "Տեղի բնակիչները հույս ունեն, որ կամուրջը կթեթևացնի երթևեկությունը կենտրոնում։",
    "Կարդացեք նաև։",
    "Ջրի մակարդակը սկսել է իջնել",
    "Լոռու լուրեր · 2 ժամ առաջ։",
    "Դպրոցներում նոր դասագրքեր են բաժանում",
    "Լոռու լուրեր · 5 ժամ առաջ։",
    "Քաղաքում նոր ավտոբուսներ են գործարկվել",
    "Լոռու լուրեր · երեկ։",
]


def test_the_age_tests_read_an_age_without_its_closing_mark() -> None:
    assert is_age_fast("07.12.2026։")
    assert byline_age("3 ժամ առաջ։")
    assert day_word("երեկ։")


def test_a_byline_and_teasers_whose_ages_end_in_a_full_stop_of_their_script() -> None:
    record = json.loads(declutter.extract("\n".join(HY), output_format="json", input_format="text"))
    assert record["meta"].get("site_name") == "Արամ Պետրոսյան"
    assert not record["text"].startswith("Արամ")
    assert "Կարդացեք" not in record["text"]
    assert [t["source"] for t in record["teasers"]] == ["Լոռու լուրեր"] * 3
