"""Line shapes: the reader-address and pitch word tests."""

from __future__ import annotations

import re

import pytest

from declutter.content.line_shapes import _READER_ADDRESS, shape_of
from declutter.content.vocabulary import READER_ADDRESS

LINES = ["You'll love it", "Young readers", "your-phone", "Ourselves alone", "Sign up for OUR letter",
         "Unsere Angebote", "Abonnez-vous à notre lettre", "Status update", "Tu opinión", "house rules",
         "Deine Meinung zählt", "nosso app", "Trust us", "USA today"]


@pytest.mark.parametrize("line", LINES)
def test_whole_word_search_answers_as_the_token_lookup(line: str) -> None:
    tokens = set(re.findall(r"\w+", line.lower()))
    assert (_READER_ADDRESS.search(line.lower()) is not None) == (not READER_ADDRESS.isdisjoint(tokens))


@pytest.mark.parametrize(("line", "shape"), [
    ("Download our app to get alerts on your phone whenever a story breaks near you.", "chrome"),
    ("Abonnez-vous à notre lettre pour recevoir votre journal chaque matin dans votre boîte.", "chrome"),
    ('"We will send your parcel with our own drivers next week," the company said on Monday.', "prose"),
    ("The harbour authority said on Monday that the new crane would double the port's capacity.", "prose"),
])
def test_pitches_to_the_reader_are_chrome_and_quotes_are_not(line: str, shape: str) -> None:
    assert shape_of(line).shape == shape


def test_the_line_caches_are_bounded() -> None:
    """The caches of line answers keep at most CACHED_LINES lines each, whatever the run's
    length: a long run's memory stays flat (at 65,536 lines the shape cache alone took
    46 MiB more at 100,000 pages than at 10,000)."""
    from declutter.content import ages, line_repeats, line_shapes

    caches = (line_shapes._cached_shape, line_repeats._cached_caption, ages.is_age_fast)
    assert {c.cache_info().maxsize for c in caches} == {line_shapes.CACHED_LINES}
    assert line_shapes.CACHED_LINES <= 16384
    for i in range(line_shapes.CACHED_LINES + 50):
        line_shapes.shape_of(f"Zeile {i} der Seitenleiste")
    assert line_shapes._cached_shape.cache_info().currsize == line_shapes.CACHED_LINES
