# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline's date in words and its time, set apart by a comma, are one age
(:func:`declutter.content.card_lines.byline_names`), whatever the month's language: not a
site's name and a time. Written for these tests in Tamil (a month's word with combining marks,
which no date regex reads), in no site's wording."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.ages import is_age, is_age_fast
from declutter.content.card_lines import byline_names
from declutter.content.line_shapes import is_title_like

TA = [
    "சென்னையில் புதிய மெட்ரோ பாதை அடுத்த மாதம் திறப்பு",
    "சிறப்பு நிருபர் | 7 டிசம்பர் 2026, 10:30",
    "சென்னை மெட்ரோ ரயிலின் இரண்டாம் கட்ட பாதை அடுத்த மாதம் பகுதியாக திறக்கப்பட உள்ளது. முதல் கட்டமாக நான்கு நிலையங்களில் ரயில்கள் இயக்கப்படும்.",
    "மெட்ரோ நிர்வாக இயக்குநர் கூறுகையில், தினமும் காலை ஆறு மணி முதல் இரவு பத்து மணி வரை பத்து நிமிடங்களுக்கு ஒருமுறை ரயில்கள் ஓடும் என்றார்.",
    "புதிய பாதை திறக்கப்பட்டால் நகரின் தெற்கு பகுதியில் போக்குவரத்து நெரிசல் கணிசமாக குறையும் என நகர திட்டமிடுபவர்கள் தெரிவிக்கின்றனர்.",
]


def test_a_date_in_words_and_its_time_are_one_age_of_a_byline() -> None:
    assert byline_names(TA[1], is_age_fast) == (["சிறப்பு நிருபர்"], "7 டிசம்பர் 2026, 10:30")
    record = clean_text("\n".join(TA) + "\n", id="dated-byline")
    assert record.title == TA[0]
    assert record.meta == {"author": "சிறப்பு நிருபர்", "age": "7 டிசம்பர் 2026, 10:30"}
    assert record.text.split("\n\n") == TA[2:]


def test_a_name_with_a_number_before_a_time_stays_a_name() -> None:
    # no year: "Kanal 7" is a name, the time alone the age
    assert byline_names("Anna Berg · Kanal 7, 10:30", is_age_fast) == (["Anna Berg", "Kanal 7"], "10:30")


def test_a_bracketed_number_is_a_list_marker_not_a_label() -> None:
    """"[1] Title — Source — age" lines: the bracketed number marks a list's item (no label of
    a labelled teaser), the card's title goes without it; a source ending in digits
    ("Sõnumitooja24") before the age is no range of numbers. Estonian, whose ages no reader
    knows: the repeated layout reads them."""
    story = [
        "Tallinna linnavalitsus esitles esmaspäeval kava rajada uus trammiliin, mis ühendab kesklinna Lasnamäe elamurajooniga.",
        "Linna transpordiameti juhi sõnul on uue liini pikkus üheksa kilomeetrit ja sellel on neliteist peatust.",
        "Lasnamäe elanikud tervitasid otsust, kuid kardavad ehitustööde ajal ummikuid ja müra.",
    ]
    cards = [("Tartu saab uue silla üle Emajõe", "Sõnumitooja24", "2 tundi tagasi"),
             ("Pärnu sadamas avati uus reisiterminal", "ERR", "4 tundi tagasi"),
             ("Narva linnus avab suveks uue näituse ja kohviku", "Põhjarannik", "eile")]
    lines = [f"[{n}] {title} — {source} — {age}" for n, (title, source, age) in enumerate(cards, 1)]
    record = clean_text("\n".join(["Tallinn rajab Lasnamäele uue trammiliini", *story, "Veel lugusid", *lines]) + "\n",
                        id="et-bracketed")
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == cards


def test_a_card_line_ending_in_any_script_s_question_mark_past_its_title_is_no_card() -> None:
    """A one-line card whose line ends in a question or exclamation mark after its title is an
    excerpt's sentence, no source (":data:`declutter.punctuation.ASKS`": the Arabic "؟" and
    the double "‼" as the Latin "?")."""
    from declutter.content.card_lines import card_line_fields

    for line in ("ارتفاع أسعار الوقود في المدينة الكبرى — منذ 3 ساعات — هل تستمر الزيادة؟",
                 "Fuel prices rise again in the city — 3 hours ago — will it last?",
                 "Fuel prices rise again in the city — 3 hours ago — will it last‼"):
        assert card_line_fields(line, is_age_fast) is None


FA_ARABIC_COMMA = """\
شهرداری تهران خط جدید مترو را افتتاح کرد
خبرگزاری شهر · ۴ ساعت پیش
شهرداری تهران امروز صبح خط هشتم مترو را با حضور شهردار و اعضای شورای شهر افتتاح کرد.
این خط دوازده کیلومتر طول دارد و نه ایستگاه را به مرکز شهر وصل می‌کند.
مسئولان می‌گویند روزانه دویست هزار مسافر از این خط استفاده خواهند کرد.
خبرهای مرتبط
بازسازی بازار تاریخی تبریز آغاز شد — آذر نیوز، ۲ ساعت پیش
فرودگاه جدید شیراز تا پایان سال آماده می‌شود — پارس امروز، ۵ ساعت پیش
نمایشگاه کتاب اصفهان رکورد بازدید را شکست — زاینده‌رود، ۱ روز پیش
"""


def test_one_line_cards_split_by_the_arabic_comma() -> None:
    """A one-line card whose source and age the Arabic script's own comma "،" sets apart
    ("Title — Source، age", kind D2) is a card like one split by ",": the comma is a
    separator of every card reader, not of the Latin one alone."""
    record = clean_text(FA_ARABIC_COMMA)
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("بازسازی بازار تاریخی تبریز آغاز شد", "آذر نیوز", "۲ ساعت پیش"),
        ("فرودگاه جدید شیراز تا پایان سال آماده می‌شود", "پارس امروز", "۵ ساعت پیش"),
        ("نمایشگاه کتاب اصفهان رکورد بازدید را شکست", "زاینده‌رود", "۱ روز پیش")]
    assert "آذر نیوز" not in record.text


def test_arabic_script_semicolon_ends_a_sentence_like_the_latin_one() -> None:
    """The Arabic semicolon "؛" ends a line as ";" does: no headline shape."""
    assert not is_title_like("مسئولان گفتند کار ساخت این خط سه سال طول کشید؛", 8)
    assert not is_title_like("مسئولان گفتند کار ساخت این خط سه سال طول کشید،", 8)


def test_a_year_after_a_comma_is_part_of_the_date_never_a_name() -> None:
    """"Desember 6, 2026" split at its comma: the year is the date's end, not a second name
    (a piece of digits is never a name). Indonesian, written for this test."""
    assert byline_names("Budi Santoso, Desember 6, 2026", is_age) == (["Budi Santoso"], "Desember 6, 2026")
    assert byline_names("Budi Santoso · Warta Pelabuhan · 6 Desember, 2026", is_age) == (
        ["Budi Santoso", "Warta Pelabuhan"], "6 Desember, 2026")
    assert byline_names("Budi Santoso · 2026", is_age) is None  # a year alone: no name, no age
    # the year in the middle, and a year with its time
    assert byline_names("Oktober 9, 2026 | Budi Santoso", is_age_fast) == (["Budi Santoso"], "Oktober 9, 2026")
    assert byline_names("Budi Santoso · 7 Des, 2026 14:05", is_age_fast) == (["Budi Santoso"], "7 Des, 2026 14:05")
