# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Teaser-line formats a fresh user met (kind D11), on dumps of our own in Czech and Afrikaans:
a doubled colon as a card line's separator ("Title :: Source :: age"), ages abbreviated with
a full stop ("2 hod.", "3 u."), ages in words no reader knows whose unit differs from card to
card ("2 uur gelede", "3 dae gelede"), and a card's byline line that names no source: recorded
as removed, never left out of the record unaccounted."""

from __future__ import annotations

import pytest

from declutter import clean_text
from declutter.content.ages import is_card_age

CS_HEAD = """\
Brno otevře novou tramvajovou trať do Bystrce už v létě
Radnice v pondělí oznámila, že nová tramvajová trať mezi Kníničkami a Bystrcí bude hotová o dva měsíce dříve, než se plánovalo.
Trať měří čtyři kilometry a má šest zastávek, tramvaje na ní budou ve špičce jezdit každých deset minut.
Stavba stála 1,2 miliardy korun, většinu nákladů pokryly evropské fondy přidělené městu před třemi lety.
Další zprávy
"""
CS_TITLES = ["Olomouc opraví hlavní nádraží do konce příštího roku",
             "Ve Zlíně vznikne nová cyklostezka podél řeky",
             "Ostrava hlásí rekordní návštěvnost zoologické zahrady"]
CS_SOURCES = ["Hanácký deník", "Valašské listy", "Moravskoslezský den"]


def _cards(ages: list[str], sep: str) -> str:
    return CS_HEAD + "".join(f"{t} {sep} {s} {sep} {a}\n" for t, s, a in zip(CS_TITLES, CS_SOURCES, ages, strict=True))


def _story_and_cards(dump: str) -> tuple[int, list[tuple[str | None, str | None, str | None]]]:
    result = clean_text(dump, id="d11")
    return len(result.text.split("\n\n")), [(t.title, t.source, t.age) for t in result.teasers]


@pytest.mark.parametrize(("ages", "sep"), [
    (["před 2 hodinami", "před 5 hodinami", "před 8 hodinami"], "::"),  # a doubled colon
    (["2 hod.", "5 hod.", "9 hod."], "–"),  # abbreviated: the full stop ends no sentence
    (["před 2 hod.", "před 5 hod.", "před 9 hod."], "–"),
    (["před 2 hod.", "před 5 hod.", "před 9 hod."], "::"),
], ids=["colons", "abbreviated", "abbreviated-before", "abbreviated-colons"])
def test_card_lines_with_new_separators_and_abbreviated_ages(ages: list[str], sep: str) -> None:
    paragraphs, cards = _story_and_cards(_cards(ages, sep))
    assert paragraphs == 3
    assert cards == list(zip(CS_TITLES, CS_SOURCES, ages, strict=True))


AF_UNITS = """\
Kaapstad brei MyCiTi-busroetes na die noordelike voorstede uit
Die stadsraad het Maandag aangekondig dat drie nuwe busroetes teen die einde van die jaar na Durbanville en Brackenfell sal loop.
Volgens die burgemeester sal die roetes elke twintig minute in die spitsure ry, en die nuwe busse is reeds bestel.
Die projek kos R450 miljoen, waarvan die grootste deel deur die nasionale vervoerdepartement befonds word.
Meer nuus
Nuwe brug oor die Oranjerivier teen Desember klaar :: Noord-Kaap Nuus :: 2 uur gelede
Wynboere in die Breedevallei verwag 'n rekordoes :: Boland Bulletin :: 5 uur gelede
Stellenbosch kry 'n nuwe fietspad langs die Eersterivier :: Die Wynlander :: 3 dae gelede
"""


def test_ages_no_reader_knows_differ_in_their_unit_only() -> None:
    # "# uur gelede" and "# dae gelede": one layout, one number, the unit beside it differs
    paragraphs, cards = _story_and_cards(AF_UNITS)
    assert paragraphs == 3
    assert [(s, a) for _, s, a in cards] == [
        ("Noord-Kaap Nuus", "2 uur gelede"), ("Boland Bulletin", "5 uur gelede"), ("Die Wynlander", "3 dae gelede")]


def test_counts_of_two_words_are_no_ages() -> None:
    # "# fotek" / "# videí": two words each, a count of things, not an age whose unit varies
    dump = _cards(["12 fotek", "3 videa", "7 fotek"], "·")
    paragraphs, cards = _story_and_cards(dump)
    assert cards == []


@pytest.mark.parametrize("piece", ["3 u.", "2 u. geleden", "15 хв.", "2 godz."])
def test_a_unit_abbreviated_to_one_letter_and_a_full_stop_is_a_card_age(piece: str) -> None:
    assert is_card_age(piece)


CS_BYLINES = CS_HEAD + """\
Olomouc opraví hlavní nádraží do konce příštího roku
– Jana Nováková
před 2 hodinami

Ve Zlíně vznikne nová cyklostezka podél řeky
– Petr Svoboda
před 5 hodinami

Ostrava hlásí rekordní návštěvnost zoologické zahrady
– Eva Dvořáková
před 9 hodinami
"""


def test_no_line_leaves_the_record_unaccounted() -> None:
    # a card's byline line names no source: no field holds it, so it is recorded as removed
    result = clean_text(CS_BYLINES, id="d11")
    assert [t.age for t in result.teasers] == ["před 2 hodinami", "před 5 hodinami", "před 9 hodinami"]
    removed = [r.text for r in result.removed]
    assert {"– Jana Nováková", "– Petr Svoboda", "– Eva Dvořáková"} <= set(removed)
    held = [result.title or "", *result.text.split("\n\n"), *removed,
            *(v for t in result.teasers for v in (t.title, t.source, t.age) if v)]
    for line in filter(None, CS_BYLINES.splitlines()):
        assert line in held, line


AM_DUMP = """\
ባሕር ዳር ዜና
ዋና ገጽ  ዜና  ስፖርት  ባህል
ባሕር ዳር አዲስ የሕዝብ ቤተ መጻሕፍት ከፈተች
የባሕር ዳር ከተማ አስተዳደር ከሃምሳ ሺህ በላይ መጻሕፍትን የያዘ አዲስ የሕዝብ ቤተ መጻሕፍት ረቡዕ ዕለት በይፋ ከፈተ። ቤተ መጻሕፍቱ ለተማሪዎችና ለተመራማሪዎች ትልቅ ጥቅም እንደሚሰጥ ተገልጿል።
የቤተ መጻሕፍቱ ኃላፊ እንደተናገሩት ብዙ የቆዩ መጻሕፍት ወደ ዲጂታል ተቀይረው በኢንተርኔት ሊነበቡ ይችላሉ።
በቤተ መጻሕፍቱ ውስጥ የታሪክ የሕክምና የሃይማኖትና የቋንቋ መጻሕፍት እንዲሁም ለልጆች የተለየ የንባብ ክፍል አለ።
በየቀኑ ከአንድ ሺህ በላይ ሰዎች ይጎበኙታል፤ ቤተ መጻሕፍቱ ከጠዋቱ ሦስት ሰዓት እስከ ምሽቱ አንድ ሰዓት ክፍት ነው።
አጋራ፦ Facebook · Telegram · X
ተዛማጅ ዜናዎች
1. በሰሜን ተራሮች ከባድ ዝናብ መንገዶችን ዘጋ (የክልል ዜና፣ ከ5 ሰዓት በፊት)
2. የባህል ሙዚቃ ፌስቲቫል ወደ ውጭ አገር ተስፋፋ (ጣና ሬዲዮ፣ ከ7 ሰዓት በፊት)
3. የፍራፍሬ ምርት ዘንድሮ ጨመረ (ሳይንስ ዜና፣ ከ9 ሰዓት በፊት)
© 2026 ባሕር ዳር ዜና
"""


def test_a_scripts_own_comma_parts_a_cards_source_from_its_age() -> None:
    """A card's "(Source, age)" written with the script's own comma: the Ethiopic "፣"
    (separators.COMMAS; the Tibetan shad "།" parts them so too: fresh-user kind D1, whose
    related list kept "(source། age།)" in its titles). Before, the list was read as story."""
    record = clean_text(AM_DUMP, id="am")
    lines = AM_DUMP.splitlines()
    assert record.text.split("\n\n") == lines[3:7]
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("በሰሜን ተራሮች ከባድ ዝናብ መንገዶችን ዘጋ", "የክልል ዜና", "ከ5 ሰዓት በፊት"),
        ("የባህል ሙዚቃ ፌስቲቫል ወደ ውጭ አገር ተስፋፋ", "ጣና ሬዲዮ", "ከ7 ሰዓት በፊት"),
        ("የፍራፍሬ ምርት ዘንድሮ ጨመረ", "ሳይንስ ዜና", "ከ9 ሰዓት በፊት"),
    ]
