# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Cards inside a dump's story run (:func:`declutter.content.story_foot.bare_card`): a label, a
title and a sub-line of two pieces set apart by a mark ("Source · age"), whose age no reader
knows, between paragraphs are a card, not chrome. Written for these tests in Estonian, in no
site's wording."""

from __future__ import annotations

from declutter import clean_text

STORY = [
    "Tallinna linnavalitsus esitles esmaspäeval kava rajada uus trammiliin, mis ühendab kesklinna Lasnamäe elamurajooniga.",
    "Linna transpordiameti juhi sõnul on uue liini pikkus üheksa kilomeetrit ja sellel on neliteist peatust.",
    "Projekti maksumuseks hinnatakse 85 miljonit eurot, millest suurema osa katab Euroopa Liidu toetus.",
    "Lasnamäe elanikud tervitasid otsust, kuid kardavad ehitustööde ajal ummikuid. Linn lubas liikluse ümber suunata etappide kaupa.",
]


def test_a_mid_story_card_whose_meta_line_holds_an_unknown_age_is_a_teaser() -> None:
    lines = ["Tallinn saab uue trammiliini Lasnamäele", "Linnaleht · 5 tundi tagasi", *STORY[:2],
             "Loe lisaks", "Tartu bussipileti hind tõuseb jaanuarist", "Linnaleht · üleeile", *STORY[2:]]
    record = clean_text("\n".join(lines) + "\n", id="card")
    assert [t.title for t in record.teasers] == ["Tartu bussipileti hind tõuseb jaanuarist"]
    assert record.text.split("\n\n") == STORY
