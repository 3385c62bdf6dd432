# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds of dump teaser cards a fresh user's inputs showed read wrong (session 11, fresh17),
each on a page of our own in a language other than the reproducer's: the repetition of line
shapes (:mod:`declutter.content.line_repeats`) and the byline's age
(:mod:`declutter.content.byline_taught`)."""

from __future__ import annotations

from declutter import clean_text

SWAPPED_SOURCE_CARDS = [
    'Boma la Zomba latsegula msika watsopano wa alimi',
    'Nkhani Zathu · maola 2 apitawo',
    'Boma la Zomba latsegula msika watsopano womwe udzathandiza alimi ambiri kugulitsa chimanga ndi nyemba pamtengo wabwino.',
    "Alimi a m'midzi yozungulira ati msikawu udzawapulumutsira nthawi yochuluka yomwe ankayenda kupita ku Blantyre.",
    'Werenganinso',
    'Mvula yamphamvu yawononga nyumba ku Nsanje — Nyasa Times, maola 3 apitawo',
    'Ophunzira abwerera ku sukulu ku Mzuzu — Malawi24, dzulo',
    'Mtengo wa feteleza watsika ku Lilongwe — Heute, maola 5 apitawo',
]


def test_a_one_line_card_whose_source_reads_as_a_day_word_joins_its_list() -> None:
    """D1: one-line cards "Title — Source, age" whose ages no reader knows (Chichewa, "maola 3
    apitawo"), the last one's source a word an age reader knows ("Heute"): its fields are not
    swapped (source "maola 5 apitawo"), the line joins its list's group of alike lines, and all
    three cards are read, their heading no story."""
    record = clean_text("\n".join(SWAPPED_SOURCE_CARDS) + "\n", id="swapped-source")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Mvula yamphamvu yawononga nyumba ku Nsanje", "Nyasa Times", "maola 3 apitawo"),
        ("Ophunzira abwerera ku sukulu ku Mzuzu", "Malawi24", "dzulo"),
        ("Mtengo wa feteleza watsika ku Lilongwe", "Heute", "maola 5 apitawo"),
    ]
    assert "Werenganinso" not in record.text and "apitawo" not in record.text


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
