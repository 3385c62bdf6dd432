# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline block no byline reader parses, under a dump's headline: the headline stays the
title, the block is the byline (:mod:`declutter.content.byline_blocks`)."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.byline_blocks import two_names

HEADLINE = "Tartu avab jõe ääres uue linnapargi koos rattateedega"
STORY = [
    "Tartu linnavalitsus avas laupäeval Emajõe kaldal uue linnapargi, mis laiub enam kui kümnel hektaril vanade ladude kohal.",
    "Pargis on rattateed, laste mänguväljakud ja suur lava, kus suvel hakatakse korraldama tasuta kontserte.",
    "Linnapea sõnul rahastati projekt täielikult linna eelarvest ning see läks maksma umbes kaheksa miljonit eurot.",
]


def test_a_name_line_over_an_unread_age_line_is_the_byline_under_the_headline() -> None:
    record = clean_text("\n".join([HEADLINE, "Kirjutas Mari Tamm", "3 tunni eest", *STORY]) + "\n", id="et")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY
    # (the introducing word stays: no line of the page shows it in lower case)
    assert record.meta.get("author") == "Kirjutas Mari Tamm"


def test_a_row_of_labelled_fields_is_the_byline_under_the_headline() -> None:
    row = "Avaldatud: 6. detsember 2026, 17:20 | Autor: Mari Tamm"
    record = clean_text("\n".join([HEADLINE, row, *STORY]) + "\n", id="et")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY
    assert record.meta.get("author") == "Mari Tamm"


def test_two_names_joined_by_a_short_word_read_as_two_authors() -> None:
    """Two or three capitalised words on either side of a lower-case joining word (or "&");
    a headline in title case or with a verb is none."""
    assert two_names("Amina Juma na Hassan Mwinyi")
    assert two_names("Anna Nowak i Piotr Zieliński")
    assert two_names("Ann Lee & Tom Avery")
    assert not two_names("Obama meets Merkel in Berlin today")
    assert not two_names("Storm Hits the Coast and Town")
    assert not two_names("Ann Lee and Tom")
