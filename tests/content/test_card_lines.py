# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline's date in words and its time, set apart by a comma, are one age
(:func:`declutter.content.card_lines.byline_names`), whatever the month's language: not a
site's name and a time. Written for these tests in Tamil (a month's word with combining marks,
which no date regex reads), in no site's wording."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import byline_names

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
