"""Teaser-line kinds a fresh user met on aggregator dumps (round 6), each on dumps of our own
in a language other than the pages that showed it: an age abbreviated with a full stop at a
one-line card's end ("2 godz."), a link address as a card line's last piece, a bracketed
source with its age after it ("Title (Source) age", also in full-width brackets), a one-line
"read also" card whose label holds combining marks ("यह भी पढ़ें:"), a day word without a
digit in a byline ("χθες": no case folding that changes a letter)."""

from __future__ import annotations

import pytest
from fresh6_line_dumps import (
    AR_COMMA_CARDS,
    EL_DAY_WORD_BYLINE,
    FR_BRACKETED_SOURCES,
    HI_READ_ALSO,
    NL_SITE_SUBHEADING,
    PL_ABBREVIATED_AGES,
    PT_LINKED_CARDS,
    TR_SITE_PITCH,
    ZH_BRACKETED_SOURCES,
)

from declutter import clean_text
from declutter.content.ages import is_card_age
from declutter.content.line_shapes import shape_of


def _cards(dump: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(t.title, t.source, t.age, t.url) for t in clean_text(dump, id="fresh6").teasers]


def test_an_age_abbreviated_with_a_full_stop_ends_a_card_line_not_a_sentence() -> None:
    # "Title · Source · 2 godz.": the full stop is the abbreviation's
    result = clean_text(PL_ABBREVIATED_AGES, id="fresh6")
    assert [(t.source, t.age) for t in result.teasers] == [
        ("Dziennik Portowy", "2 godz."), ("Kurier Bałtycki", "5 godz."), ("Gazeta Pomorska", "9 godz.")]
    assert "godz." not in result.text.replace("3 godz. temu", "")
    assert len(result.text.split("\n\n")) == 3


def test_a_link_address_as_a_card_lines_last_piece_is_its_url() -> None:
    cards = _cards(PT_LINKED_CARDS)
    assert cards == [
        ("Ponte D. Luís fecha ao trânsito durante duas semanas", "Gazeta do Norte", "há 3 horas",
         "https://gazetadonorte.example/ponte"),
        ("Novo mercado do Bolhão bate recorde de visitantes", "Jornal do Douro", "ontem",
         "https://jornaldodouro.example/bolhao"),
    ]
    assert "https://" not in clean_text(PT_LINKED_CARDS, id="fresh6").text


@pytest.mark.parametrize("dump", [FR_BRACKETED_SOURCES, ZH_BRACKETED_SOURCES], ids=["fr", "zh-full-width"])
def test_a_bracketed_source_with_the_age_after_it_is_a_card(dump: str) -> None:
    # "Title (Source) il y a 3 heures", "标题（扬子日报）3小时前": in Chinese the lines were
    # dropped with the chrome after the story before (teasers lost)
    expected = []
    for line in dump.splitlines()[-3:]:
        if "(" in line or "（" in line:
            title, _, rest = line.replace("（", "(").replace("）", ")").partition("(")
            source, _, age = rest.partition(")")
            expected.append((title.strip(), source, age.strip(), None))
    assert _cards(dump) == expected


def test_a_handle_a_second_clock_a_list_or_a_dated_law_in_brackets_is_no_card() -> None:
    # a post's signature and a date line with two zones read as no card
    assert shape_of("— Ann Lee (@annlee_) November 18, 2019").shape != "card"
    assert shape_of("Updated 1909 GMT (0309 HKT) November 18, 2019").shape != "card"
    # a law's date after its abbreviation, a training plan's row
    assert shape_of("La reforma de la Ley de Costas (LC) del 28 de julio de 1988").shape != "card"
    assert shape_of("6 x 100 m Kraul mit Paddles (Arme/Beine) 20 s").shape != "card"


def test_a_read_also_label_with_combining_marks_is_a_label() -> None:
    # "यह भी पढ़ें: Title" mid-story: the vowel signs are no word characters to ``\w``
    result = clean_text(HI_READ_ALSO, id="fresh6")
    assert [t.title for t in result.teasers] == ["अजमेर में नई बस सेवा से यात्रियों को बड़ी राहत मिली"]
    assert "पढ़ें" not in result.text
    assert len(result.text.split("\n\n")) == 4


def test_a_day_word_in_a_byline_is_read_as_its_age() -> None:
    # "Βόρειος Τύπος · χθες" under the headline; casefold made "χθες" "χθεσ", no date
    result = clean_text(EL_DAY_WORD_BYLINE, id="fresh6")
    assert result.meta.get("age") == "χθες"
    assert is_card_age("χθες") and is_card_age("אתמול") and is_card_age("منذ ساعتين")


def test_a_line_naming_the_site_between_paragraphs_is_its_pitch() -> None:
    # "Ege Postası uygulamasını indirin, ...": the masthead's name, repeated in the footer,
    # in a line under a paragraph that shares no word with the paragraph under it
    result = clean_text(TR_SITE_PITCH, id="fresh6")
    assert "uygulamasını" not in result.text
    assert len(result.text.split("\n\n")) == 4
    assert any(r.rule == "heuristic.site-pitch" for r in result.removed)


def test_a_subheading_naming_the_site_that_announces_its_section_stays() -> None:
    # "Stadskrant Utrecht vroeg lezers ...": the paragraph under it takes up "lezers"
    result = clean_text(NL_SITE_SUBHEADING, id="fresh6")
    assert "Stadskrant Utrecht vroeg lezers" in result.text
    assert len(result.text.split("\n\n")) == 5


def test_the_arabic_comma_sets_a_meta_lines_source_from_its_age() -> None:
    # "Source، منذ 5 ساعات" under each title, and the byline so
    result = clean_text(AR_COMMA_CARDS, id="fresh6")
    assert [(t.source, t.age) for t in result.teasers] == [
        ("الرأي الاقتصادي", "منذ 5 ساعات"), ("صحيفة الأردن اليوم", "منذ 8 ساعات")]
    assert result.meta.get("age") == "منذ 3 ساعات"


RO_STORY = [
    "Primăria Clujului a prezentat luni planul pentru o nouă linie de tramvai care va lega centrul "
    "orașului de cartierul Mănăștur.",
    "Potrivit viceprimarului, linia va avea 9 kilometri și 14 stații, iar lucrările ar urma să "
    "înceapă în primăvara anului viitor.",
    "Locuitorii din Mănăștur au salutat decizia, dar se tem de aglomerația din timpul lucrărilor.",
    "Specialiștii spun că tramvaiul este cea mai eficientă soluție pentru cartierele dens populate.",
]


def test_a_masthead_with_a_tagline_names_the_site_for_its_exclaimed_pitch() -> None:
    # the masthead "ȘTIRI CLUJENE | tagline": its name is the piece before the separator, the
    # footer repeats it in another case; the pitch naming it may exclaim
    dump = "\n".join([
        "ȘTIRI CLUJENE | Toate știrile într-un singur loc",
        "Cluj: o nouă linie de tramvai până în Mănăștur",
        *RO_STORY[:2],
        "Descarcă aplicația Știri Clujene și află primul ce se întâmplă!",
        *RO_STORY[2:],
        "Distribuie: Facebook | WhatsApp | Email",
        "Abonează-te la buletinul nostru informativ zilnic.",
        "© 2026 Știri Clujene. Toate drepturile rezervate.",
    ])
    result = clean_text(dump, id="fresh8")
    assert result.text.split("\n\n") == RO_STORY
    assert any(r.rule == "heuristic.site-pitch" for r in result.removed)
