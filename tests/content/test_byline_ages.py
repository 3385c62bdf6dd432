"""A date in a byline's place read by its shape (declutter.content.byline_ages.named_date)."""

from __future__ import annotations

import pytest

from declutter.content.byline_ages import named_date


@pytest.mark.parametrize("piece", [
    "ಡಿಸೆಂಬರ್ ೬, ೨೦೨೬",  # Kannada, month word then day, native digits
    "೬ ಡಿಸೆಂಬರ್ ೨೦೨೬",  # the day first
    "ସୋମବାର, ଡିସେମ୍ବର ୬, ୨୦୨୬",  # a weekday before it (Odia)
])
def test_named_dates(piece: str) -> None:
    assert named_date(piece)


@pytest.mark.parametrize("piece", [
    "ವರದಿಗಾರ, ಮೈಸೂರು",  # a name and a place
    "ಡಿಸೆಂಬರ್ ೬, ೩೦೨೬",  # no year of a news page
    "ಮಳಿಗೆಗಳು ೨೦೦೦ ಇರಲಿವೆ ಎಂದು ಜಿಲ್ಲಾಡಳಿತ ತಿಳಿಸಿದೆ",  # a number inside a sentence
])
def test_not_named_dates(piece: str) -> None:
    assert not named_date(piece)
