# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A list of two cards whose ages no reader knows, read by the age the page's byline shows
(:mod:`declutter.content.byline_taught`; session 11, fresh17 kinds D7, D8)."""

from __future__ import annotations

from declutter import clean_text

TWO_THREE_LINE_CARDS = [
    "Vita ny lalana vaovao mampitohy an'i Toamasina sy Brickaville",
    'Midi Madagasikara · 4 ora lasa',
    "Nanambara ny minisiteran'ny asa vaventy fa ho vita amin'ny faran'ny volana ny lalana vaovao mampitohy an'i Toamasina sy Brickaville.",
    "Hanamora ny fifamoivoizan'ny entana sy ny mpandeha io lalana io, hoy ny tale jeneralin'ny asa vaventy.",
    'Vakio koa',
    "Nidina indray ny vidin'ny vary",
    'Newsmada',
    '2 ora lasa',
    'Hisokatra ny sekoly vaovao any Fianarantsoa',
    'Taratra',
    'omaly',
]


def test_two_cards_of_three_lines_have_the_age_form_of_the_byline() -> None:
    """D7: two cards of title, source and age, one a line (Malagasy: "2 ora lasa", "omaly"),
    ages no reader knows: the byline shows the same age with another number ("4 ora lasa"),
    so the first card's age is one, and the day word in the same place of the card laid out
    alike after it is the second's. Both are teasers, not after-story chrome."""
    record = clean_text("\n".join(TWO_THREE_LINE_CARDS) + "\n", id="two-three-line")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Nidina indray ny vidin'ny vary", "Newsmada", "2 ora lasa"),
        ("Hisokatra ny sekoly vaovao any Fianarantsoa", "Taratra", "omaly"),
    ]
    assert record.meta.get("site_name") == "Midi Madagasikara"


TWO_ONE_LINE_CARDS = [
    'Mvura yakawanda yakanganisa migwagwa muHarare',
    'Kwayedza · maawa 3 apfuura',
    'Mvura yakawanda yakanaya usiku hwese muHarare yakanganisa migwagwa yakawanda uye vatyairi vakatadza kufamba zvakanaka mangwanani.',
    'Kanzuru yeguta yakati ichatanga kugadzira migwagwa iyi svondo rinouya.',
    'Nhau dzakafanana',
    'Chikoro chitsva chavhurwa muMasvingo — Herald, maawa 5 apfuura',
    'Mutengo wechibage wadzikira muGweru — NewsDay, nezuro',
]


def test_two_one_line_cards_have_the_age_form_of_the_byline() -> None:
    """D8: two one-line cards "Title — Source, age" (Shona: "maawa 5 apfuura", "nezuro"), ages
    no reader knows, read by the byline's age ("maawa 3 apfuura")."""
    record = clean_text("\n".join(TWO_ONE_LINE_CARDS) + "\n", id="two-one-line")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Chikoro chitsva chavhurwa muMasvingo", "Herald", "maawa 5 apfuura"),
        ("Mutengo wechibage wadzikira muGweru", "NewsDay", "nezuro"),
    ]
    assert record.text.endswith("svondo rinouya.")


def test_a_day_word_needs_its_card_laid_out_alike() -> None:
    """A card's one-word source under the next card's title ("Taratra") stands where a day
    word could, two lines under the numbered age; it is no age: the lines over the two are
    not laid out alike. Without the day word's card, the numbered age alone is no list."""
    record = clean_text("\n".join(TWO_THREE_LINE_CARDS[:-1]) + "\n", id="no-mate")
    assert all(t.age != "Taratra" for t in record.teasers)
