# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds of dump a fresh user's inputs showed read wrong (session 10, fresh16), each on a page
of our own in a language other than the reproducer's."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.byline_ages import shaped_age

CLOSED_ONE_LINE_CARDS = [
    "ꯏꯝꯐꯥꯂꯗ ꯑꯅꯧꯕ ꯂꯥꯏꯕ꯭ꯔꯦꯔꯤ ꯍꯥꯡꯗꯣꯀꯈ꯭ꯔꯦ",
    "ꯏꯝꯐꯥꯜ ꯁꯍꯔꯗ ꯉꯁꯤ ꯑꯅꯧꯕ ꯃꯤꯌꯥꯝꯒꯤ ꯂꯥꯏꯕ꯭ꯔꯦꯔꯤ ꯑꯃ ꯍꯥꯡꯗꯣꯀꯈ꯭ꯔꯦ ꯑꯃꯁꯨꯡ ꯃꯐꯝ ꯑꯁꯤꯗ ꯂꯥꯏꯔꯤꯛ ꯂꯤꯁꯤꯡ ꯇꯔꯥ ꯍꯦꯟꯅ ꯂꯩ ꯍꯥꯌꯅ ꯂꯥꯎꯊꯣꯀꯈꯤ꯫",
    "ꯃꯦꯌꯔꯅ ꯍꯥꯌꯈꯤꯕꯗꯤ ꯂꯥꯏꯕ꯭ꯔꯦꯔꯤ ꯑꯁꯤ ꯃꯍꯩꯔꯣꯏꯁꯤꯡꯒꯤꯗꯃꯛ ꯌꯥꯝꯅ ꯀꯥꯟꯅꯒꯅꯤ ꯑꯃꯁꯨꯡ ꯅꯨꯃꯤꯠ ꯈꯨꯗꯤꯡꯒꯤ ꯅꯨꯡꯊꯤꯜ ꯐꯥꯑꯣꯕ ꯍꯥꯡꯗꯣꯛꯀꯅꯤ꯫",
    "ꯃꯍꯩꯔꯣꯏꯁꯤꯡꯒꯤ ꯃꯃꯥ ꯃꯄꯥꯁꯤꯡꯅ ꯑꯅꯧꯕ ꯂꯥꯏꯕ꯭ꯔꯦꯔꯤ ꯑꯁꯤꯒꯤ ꯃꯔꯃꯗ ꯌꯥꯝꯅ ꯅꯨꯡꯉꯥꯏꯕ ꯐꯣꯡꯗꯣꯀꯈꯤ꯫",
    "ꯑꯇꯣꯞꯄ ꯄꯥꯎꯁꯤꯡ",
    "ꯊꯧꯕꯥꯜꯗ ꯂꯝꯖꯦꯜ ꯀꯨꯝꯍꯩ — ꯄꯣꯛꯄꯤ ꯄꯥꯎ · ꯲ ꯄꯨꯡ ꯃꯃꯥꯡꯗ꯫",
    "ꯆꯨꯔꯥꯆꯥꯟꯗꯄꯨꯔꯗ ꯑꯅꯧꯕ ꯂꯝꯕꯤ — ꯂꯩꯃꯥꯏ ꯄꯥꯎ · ꯵ ꯄꯨꯡ ꯃꯃꯥꯡꯗ꯫",
    "ꯕꯤꯁ꯭ꯅꯨꯄꯨꯔꯗ ꯑꯍꯥꯅꯕ ꯅꯣꯡ — ꯀꯪꯂꯩꯄꯥꯛ ꯄꯥꯎ · ꯸ ꯄꯨꯡ ꯃꯃꯥꯡꯗ꯫",
]


def test_an_age_in_a_script_whose_vowel_signs_no_list_names_has_its_shape() -> None:
    """The Meetei Mayek vowel signs are combining marks: a word of them is a word."""
    assert shaped_age("꯲ ꯄꯨꯡ ꯃꯃꯥꯡꯗ꯫")


def test_one_line_cards_whose_unknown_ages_end_in_their_script_full_stop_are_cards() -> None:
    """D6/D8: one-line cards "Title — Source · age" whose ages no reader knows, in the
    script's own digits, each closed by the script's full stop (Manipuri, "꯫"): the mark closes
    the age and makes no sentence of the card; the cards are read by their repeated layout."""
    record = clean_text("\n".join(CLOSED_ONE_LINE_CARDS) + "\n", id="closed-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("ꯊꯧꯕꯥꯜꯗ ꯂꯝꯖꯦꯜ ꯀꯨꯝꯍꯩ", "ꯄꯣꯛꯄꯤ ꯄꯥꯎ", "꯲ ꯄꯨꯡ ꯃꯃꯥꯡꯗ"),
        ("ꯆꯨꯔꯥꯆꯥꯟꯗꯄꯨꯔꯗ ꯑꯅꯧꯕ ꯂꯝꯕꯤ", "ꯂꯩꯃꯥꯏ ꯄꯥꯎ", "꯵ ꯄꯨꯡ ꯃꯃꯥꯡꯗ"),
        ("ꯕꯤꯁ꯭ꯅꯨꯄꯨꯔꯗ ꯑꯍꯥꯅꯕ ꯅꯣꯡ", "ꯀꯪꯂꯩꯄꯥꯛ ꯄꯥꯎ", "꯸ ꯄꯨꯡ ꯃꯃꯥꯡꯗ"),
    ]
    assert "ꯄꯨꯡ" not in record.text


COUNTED_UNKNOWN_AGES = [
    "Sa dola na wavu vou e Rewa",
    "Na matanitu e dolava ena Siga Tolu na wavu vou e sema na koro kei na makete levu e Nausori, ka sa na vakarawarawataka na nodra lako na lewenivanua.",
    "E kaya na turaga ni koro ni ra dau taura e rua na aua me ra lako ki na makete, ia ena gauna oqo e sega ni sivia e tini na miniti.",
    "Na minisita ni cakacaka e kaya ni na tara tale e so na wavu e Vanua Levu ena yabaki mai.",
    "Wili tale",
    "Na vale ni bula vou e Labasa — Fiji Sun, 3 na aua sa oti · 15",
    "Na koronivuli e Savusavu e vakavoui — Fiji Times, 5 na aua sa oti · 4",
    "Na waqa vou ni Lomaiviti e yaco mai — FBC News, 8 na aua sa oti · 21",
]


def test_counts_after_ages_no_reader_knows_leave_the_cards_cards() -> None:
    """D7: one-line cards whose ages no reader knows (Fijian), each with a count after its age:
    the count is no age; the cards are read by the layout of the piece before it."""
    record = clean_text("\n".join(COUNTED_UNKNOWN_AGES) + "\n", id="counted-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Na vale ni bula vou e Labasa", "Fiji Sun", "3 na aua sa oti"),
        ("Na koronivuli e Savusavu e vakavoui", "Fiji Times", "5 na aua sa oti"),
        ("Na waqa vou ni Lomaiviti e yaco mai", "FBC News", "8 na aua sa oti"),
    ]
    assert "sa oti" not in record.text


def test_two_one_line_cards_with_unknown_ages_are_cards() -> None:
    """D5: two one-line cards "Title — Source, age" under a heading, their ages in a language
    no reader knows (Fijian) the same but for their rising number: a list of two cards."""
    lines = [*COUNTED_UNKNOWN_AGES[:5], *(line.rsplit(" · ", 1)[0] for line in COUNTED_UNKNOWN_AGES[5:7])]
    record = clean_text("\n".join(lines) + "\n", id="two-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Na vale ni bula vou e Labasa", "Fiji Sun", "3 na aua sa oti"),
        ("Na koronivuli e Savusavu e vakavoui", "Fiji Times", "5 na aua sa oti"),
    ]
    assert "sa oti" not in record.text


RANKED_TWO_CLOSINGS = [
    "Kòrsou ta habri un biblioteka nobo den Punda",
    "Diabièrnè a habri un biblioteka públiko nobo den Punda, ku mas ku dies mil buki i internet liber pa tur studiante di e isla.",
    "E minister a bisa ku e biblioteka lo ta habrí tur dia te dies or di anochi, i ku e mayornan ta kontentu ku e plan.",
    "Mas lesá",
    "1",
    "Boto di piská a drenta haf di Willemstad",
    "Notisia Kòrsou · 2 ora pasá",
    "2",
    "Skol nobo ta habri na Bandabou",
    "Radio Hoyer · 5 ora atras",
    "3",
    "Aña di musika ta kuminsá den Otrobanda",
    "Diario di Aruba · 7 ora pasá",
    "4",
    "Áwaseru a sera e kaminda pa Westpunt",
    "Bon Dia Boneiru · 9 ora atras",
]


def test_ranked_cards_whose_ages_close_in_two_words_half_each_are_one_list() -> None:
    """D1: four ranked cards whose ages no reader knows (Papiamentu), two closing in one word
    and two in another, the same number and unit: no word is a one-off, all four are cards."""
    record = clean_text("\n".join(RANKED_TWO_CLOSINGS) + "\n", id="ranked-two-closings")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (RANKED_TWO_CLOSINGS[5], "Notisia Kòrsou", "2 ora pasá"),
        (RANKED_TWO_CLOSINGS[8], "Radio Hoyer", "5 ora atras"),
        (RANKED_TWO_CLOSINGS[11], "Diario di Aruba", "7 ora pasá"),
        (RANKED_TWO_CLOSINGS[14], "Bon Dia Boneiru", "9 ora atras"),
    ]
