"""The slow age test (``dateparser``) is asked of a card's or byline's piece only when the
piece can be nothing else: the answer is the same, with fewer slow calls."""

from __future__ import annotations

from declutter.content.card_lines import byline_names, meta_fields


def _recording(answer: bool) -> tuple[list[str], object]:
    asked: list[str] = []

    def age(piece: str) -> bool:
        asked.append(piece)
        return answer

    return asked, age


def test_meta_line_asks_only_the_piece_that_cannot_be_its_source() -> None:
    asked, age = _recording(False)
    # a four-digit number is no source: if the line is a meta line, it is the age
    assert meta_fields("Tageblatt Kultur, 2019", (), age) == {}  # type: ignore[arg-type]
    assert asked == ["2019"]


def test_meta_line_of_two_pieces_that_are_no_source_asks_nothing() -> None:
    asked, age = _recording(True)
    # both pieces too long to be a source: they cannot both be the one age
    line = "die Stadt hat heute entschieden · der Rat hat gestern abgestimmt"
    assert meta_fields(line, (), age) == {}  # type: ignore[arg-type]
    assert asked == []


def test_byline_asks_the_piece_that_is_no_name_first() -> None:
    asked, age = _recording(False)
    assert byline_names("Anna Weber · vor sieben tagen", age) is None  # type: ignore[arg-type]
    assert asked == ["vor sieben tagen"]


def test_byline_with_two_pieces_that_are_no_names_asks_nothing() -> None:
    asked, age = _recording(True)
    assert byline_names("vor sieben tagen · heute morgen früh", age) is None  # type: ignore[arg-type]
    assert asked == []


def test_byline_date_is_joined_to_its_time_only_when_a_time_follows() -> None:
    asked, age = _recording(True)
    # no time of day after the date: not asked as a date to join; then two pieces no name
    assert byline_names("vor sieben tagen, 12. März 2025, heute morgen früh", age) is None  # type: ignore[arg-type]
    assert asked == []
