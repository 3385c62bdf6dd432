# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A mid-story labelled card whose label begins with an emoji or a symbol ("📌 Ver también:
Title") is a teaser like the bare label's: the leading symbols do not stop the reading."""

from __future__ import annotations

import pytest

from declutter import clean_text

STORY = [
    "El puerto de Vigo recibió el domingo tres cruceros a la vez por primera vez desde 2019, con más de ocho mil pasajeros.",
    "Los comerciantes del casco viejo calcularon que el gasto medio por visitante superó los sesenta euros durante la jornada.",
    "La autoridad portuaria prevé cerrar la temporada con récord de escalas y ya negocia con dos navieras para el próximo año.",
    "Los vecinos pidieron reforzar la limpieza y el transporte público en los días de mayor afluencia.",
]


@pytest.mark.parametrize("label", ["📌 Ver también:", "➡️ LEE ADEMÁS:", "► Te puede interesar:"])
def test_a_label_led_by_a_symbol_makes_a_mid_story_teaser(label: str) -> None:
    title = "La estación marítima estrena pasarela cubierta para los pasajeros"
    dump = "\n".join(["Vigo recibe tres cruceros en un solo día", *STORY[:2], f"{label} {title}", *STORY[2:]]) + "\n"
    record = clean_text(dump, id="label")
    assert record.text.split("\n\n") == STORY
    assert [t.title for t in record.teasers] == [title]
