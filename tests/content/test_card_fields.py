"""Fields of a multi-line card given as text lines, in any field order."""

from __future__ import annotations

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
