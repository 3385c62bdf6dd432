# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A row of short pieces set apart by | or · after a label of a few words is a share row
(interface), whatever the label's length: dumps of our own in two languages."""

from __future__ import annotations

import pytest

from declutter import clean_text

IT = [
    "LA GAZZETTA DEL PORTO",
    "Trieste, il molo storico riapre ai pedoni dopo il restauro",
    "Il molo Audace è tornato accessibile ai pedoni questa mattina dopo quattordici mesi di lavori di consolidamento.",
    "Condividi questo articolo con amici: Facebook · WhatsApp · Email · Copia link",
    "Il restauro ha riguardato le pietre della pavimentazione e le vecchie bitte in ghisa, restituite alla città.",
    "Il comune prevede di installare nuove panchine e un'illuminazione a basso consumo entro l'estate.",
    "Gli operatori turistici contano su un aumento delle visite durante i fine settimana di primavera.",
]
EN = [
    "NORTHGATE HERALD",
    "Library extends opening hours after reader petition",
    "Northgate's central library will open until nine on weekday evenings from next month, the council confirmed.",
    "More than two thousand residents signed a petition asking for later hours so students could study after work.",
    "The extra hours will be staffed by two new part-time librarians funded from the culture budget.",
    "Volunteers from the reading group will run a homework club on Tuesday and Thursday evenings.",
    "Send this story to friends: Email | WhatsApp | Facebook | Print",
]


@pytest.mark.parametrize("lines", [IT, EN])
def test_a_share_row_after_a_long_label_is_no_story(lines: list[str]) -> None:
    record = clean_text("\n".join(lines) + "\n", id="share-row")
    row = next(line for line in lines if line.count(" | ") + line.count(" · ") >= 2)
    assert row not in record.text
    assert row in [r.text for r in record.removed or []]
    assert record.text.split("\n\n") == [line for line in lines[2:] if line != row]
