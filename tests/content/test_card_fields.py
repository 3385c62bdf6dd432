# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Fields of a multi-line card given as text lines, in any field order."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.card_fields import card_fields


def test_title_source_and_excerpt_in_any_order() -> None:
    lines = ["Gazeta Morska", "Port w Gdyni otwiera nowy terminal promowy",
             "Terminal obsłuży dwa promy dziennie i ma kosztować czterysta milionów złotych."]
    names, parsed = card_fields(lines, ["short", "title", "prose"], [None, None, None])
    assert names == ["source", "title", "text"]
    assert parsed == {"source": "Gazeta Morska"}


def test_a_meta_line_gives_its_values_and_a_numbered_title_loses_its_number() -> None:
    lines = ["2. Port w Gdyni otwiera nowy terminal", "Gazeta Morska · 3 godz. temu"]
    meta = {"source": "Gazeta Morska", "age": "3 godz. temu"}
    names, parsed = card_fields(lines, ["title", "meta"], [None, meta])
    assert names == ["title", "source"]
    assert parsed == {**meta, "title": "Port w Gdyni otwiera nowy terminal"}


def test_a_labelled_card_leaves_its_label_without_a_field() -> None:
    lines = ["Czytaj też", "Port w Gdyni otwiera nowy terminal", "Gazeta Morska", "3 godz. temu"]
    shapes = ["short", "title", "short", "meta"]
    names, parsed = card_fields(lines, shapes, [None, None, None, {"age": "3 godz. temu"}], labelled=True)
    assert names == [None, "title", "source", "age"]
    assert parsed == {"age": "3 godz. temu", "source": "Gazeta Morska"}


def test_a_labelled_card_whose_meta_line_names_the_source_leaves_its_label_without_a_field() -> None:
    # label, title, "Source · age": the source is the meta line's, the line over the title no text
    lines = ["Lees ook", "Busprijzen stijgen vanaf januari in de hele provincie", "Stadsblad · 1 dag geleden"]
    meta = {"source": "Stadsblad", "age": "1 dag geleden"}
    names, parsed = card_fields(lines, ["short", "title", "meta"], [None, None, meta], labelled=True)
    assert names == [None, "title", "source"]
    assert parsed == meta


def test_a_lone_card_inside_a_dump_story_puts_its_label_in_removed() -> None:
    story = [
        "De gemeente Utrecht heeft maandag een plan gepresenteerd voor een nieuwe tramlijn die het centrum met de oostelijke wijken verbindt.",
        "Volgens de wethouder wordt de lijn negen kilometer lang en krijgt ze veertien haltes langs de route.",
        "Het project kost naar schatting 85 miljoen euro, waarvan het grootste deel door de provincie wordt betaald.",
        "Bewoners van de oostelijke wijken zijn blij met het besluit, maar vrezen overlast tijdens de bouw.",
    ]
    card = ["Lees ook", "Busprijzen stijgen vanaf januari in de hele provincie", "Stadsblad · 1 dag geleden"]
    dump = "\n".join(["Utrecht krijgt een nieuwe tramlijn naar het oosten", *story[:2], *card, *story[2:]]) + "\n"
    record = clean_text(dump, id="tram")
    assert record.text.split("\n\n") == story
    [teaser] = record.teasers
    assert (teaser.title, teaser.source, teaser.age, teaser.text) == (card[1], "Stadsblad", "1 dag geleden", None)
    assert "Lees ook" in {r.text for r in record.removed or []}
