# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds of dump a fresh user's inputs showed read wrong (session 10, fresh15), each on a page
of our own in a language other than the reproducer's."""

from __future__ import annotations

from declutter import clean_text

RANKED_MIXED_CLOSING = [
    "თბილისში ახალი საჯარო ბიბლიოთეკა გაიხსნა",
    "თბილისში დღეს ახალი საჯარო ბიბლიოთეკა გაიხსნა. ბიბლიოთეკაში ათი ათასზე მეტი ქართული წიგნია და მკითხველებს უფასო ინტერნეტიც ექნებათ.",
    "მერის თქმით, ბიბლიოთეკა სტუდენტებისთვის ძალიან სასარგებლო იქნება და იგი ყოველდღე საღამოს ათ საათამდე იმუშავებს.",
    "ასევე წაიკითხეთ",
    "1",
    "ბათუმში ზღვის ფესტივალი იწყება",
    "აჭარის ამბები | 2 საათის წინ",
    "2",
    "ქუთაისში ახალი ხიდი აშენდა",
    "იმერეთის ხმა | 4 საათის წინ",
    "3",
    "სვანეთში პირველი თოვლი მოვიდა",
    "მთის ამბავი | 8 საათის უკან",
]


def test_ranked_cards_whose_ages_close_in_another_word_are_one_list() -> None:
    """D1: three ranked cards whose ages no reader knows, two closing in one word and the third
    in another (the same number and unit): all three are cards."""
    record = clean_text("\n".join(RANKED_MIXED_CLOSING) + "\n", id="ranked-mixed")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (RANKED_MIXED_CLOSING[5], "აჭარის ამბები", "2 საათის წინ"),
        (RANKED_MIXED_CLOSING[8], "იმერეთის ხმა", "4 საათის წინ"),
        (RANKED_MIXED_CLOSING[11], "მთის ამბავი", "8 საათის უკან"),
    ]
