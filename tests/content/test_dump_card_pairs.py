# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Two-line cards (title over meta line) with no blank lines between them, above a pitch: the
cards' direction is read from their repetition, not card by card. A dump of our own."""

from __future__ import annotations

from declutter import clean_text

DUMP = [
    "Neue Fährverbindung zwischen Lindau und Bregenz startet im April",
    "Die Bodensee-Schiffsbetriebe haben am Montag eine neue stündliche Fährverbindung zwischen Lindau und Bregenz angekündigt.",
    "Die Überfahrt soll rund vierzig Minuten dauern und auch Fahrräder kostenlos mitnehmen, wie ein Sprecher sagte.",
    "Pendler hatten seit Jahren eine direkte Verbindung über den See gefordert, weil die Straße im Sommer oft verstopft ist.",
    "Weitere Meldungen",
    "Hafenfest in Friedrichshafen zieht Rekordpublikum an",
    "Seeblick Zeitung · vor 3 Stunden",
    "Uferpromenade in Konstanz wird ab Mai saniert",
    "Südkurier Online · vor 1 Tag",
    "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
    "Impressum · Datenschutz · Kontakt",
]


def test_two_line_cards_pair_title_with_the_meta_line_below_it() -> None:
    record = clean_text("\n".join(DUMP) + "\n", id="pairs")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (DUMP[5], "Seeblick Zeitung", "vor 3 Stunden"),
        (DUMP[7], "Südkurier Online", "vor 1 Tag"),
    ]
    assert DUMP[9] in [r.text for r in record.removed or []]
