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
