# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A one-line card whose title is a question or an exclamation ("age · source · title?") is a
teaser like its neighbours, not chrome after the story: dumps of our own in two languages."""

from __future__ import annotations

import pytest

from declutter import clean_text

ES = [
    "EL FARO AUSTRAL",
    "Punta Arenas estrena un muelle para cruceros tras dos años de obras",
    "El nuevo muelle de Punta Arenas recibió este martes su primer crucero, con más de dos mil pasajeros a bordo.",
    "La obra costó 45 millones de dólares y permitirá atender a dos barcos grandes al mismo tiempo.",
    "Los operadores turísticos esperan un aumento de visitantes durante toda la temporada de verano.",
    "La autoridad portuaria anunció que la próxima etapa incluirá una terminal de pasajeros techada.",
    "Lo más leído",
    "hace 2 horas · Diario del Estrecho · Temporada récord de avistamiento de ballenas en el canal",
    "hace 5 horas · El Faro Austral · ¿Volverá el tren de pasajeros a la Patagonia?",
    "ayer · Radio Magallanes · Pescadores artesanales piden nuevas cuotas de merluza",
]
DE = [
    "HAFENBOTE",
    "Fähre nach Helgoland fährt ab März wieder täglich",
    "Die Reederei hat angekündigt, die Verbindung nach Helgoland ab dem ersten März wieder täglich anzubieten.",
    "Im Winter war die Fähre nur dreimal pro Woche gefahren, weil zu wenige Gäste auf die Insel wollten.",
    "Die Gemeinde begrüßt die Entscheidung und hofft auf mehr Tagesgäste in der Vorsaison.",
    "Tickets können ab sofort online und an den Schaltern im Hafen gebucht werden.",
    "Weitere Meldungen",
    "vor 1 Stunde · Küstenkurier · Neuer Radweg entlang des Deiches eröffnet",
    "vor 3 Stunden · Hafenbote · Endlich wieder Matjes vom Kutter!",
    "gestern · Inselblatt · Wer rettet das alte Leuchtfeuer?",
]


@pytest.mark.parametrize("lines", [ES, DE])
def test_a_card_whose_title_ends_in_a_question_or_exclamation_mark_is_a_teaser(lines: list[str]) -> None:
    record = clean_text("\n".join(lines) + "\n", id="question-cards")
    cards = [line.split(" · ") for line in lines if line.count(" · ") == 2]
    assert [(t.title, t.source, t.age) for t in record.teasers] == [(c[2], c[1], c[0]) for c in cards]
    assert record.title == lines[1]
    assert record.text.split("\n\n") == lines[2:6]
