# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Issue 12, third pass: lines that look like a labelled card but are not one, in dumps of
our own. A "Topic: rest" headline in a list of unlabelled headlines is a headline whole (a
card's label recurs on the cards of its list); a row of short pieces set apart by "/" is an
interface row, not a teaser titled by its pieces."""

from __future__ import annotations

from declutter import clean_text

IT = [
    "IL CORRIERE DELLA LAGUNA",
    "Il consiglio comunale approva il nuovo piano per i trasporti sull'acqua",
    "Il consiglio comunale ha approvato ieri sera il piano che raddoppia le corse dei vaporetti verso le isole minori durante l'inverno.",
    "La spesa, circa quattro milioni di euro, sarà coperta in parte dalla regione e in parte dalla tassa di soggiorno.",
    "I residenti delle isole chiedevano da anni collegamenti più frequenti nelle ore serali, soprattutto per gli studenti.",
    "",
    "LEGGI ANCHE: Nuovi orari per la biblioteca civica di Cannaregio",
    "LEGGI ANCHE: Il mercato del pesce resta aperto anche la domenica",
    "",
    "I più letti",
    "Chiude dopo ottant'anni la storica pasticceria del ponte",
    "Maltempo: i danni superano i due milioni di euro",
    "Riapre la spiaggia libera degli Alberoni",
]
DE = [
    "NORDSEE-RUNDSCHAU",
    "Fährverbindung nach Helgoland fällt im Winter zweimal pro Woche aus",
    "Die Reederei streicht von Dezember an die Dienstags- und Donnerstagsfahrten nach Helgoland, weil zu wenige Gäste mitfahren.",
    "Der Bürgermeister der Insel nannte die Entscheidung enttäuschend und kündigte Gespräche mit dem Land an.",
    "Für Pendler und Schüler soll es an den übrigen Tagen zusätzliche Plätze geben, teilte die Reederei mit.",
    "Artikel weitergeben: E-Mail / Kurznachricht / Drucken",
    "Mehr aus der Region",
    "Neuer Radweg am Deich freigegeben (Inselbote, vor 2 Stunden)",
    "Kutter kehren mit Rekordfang zurück (Küstenfunk, gestern)",
]


def test_a_topic_colon_headline_in_a_most_read_list_is_no_labelled_card() -> None:
    record = clean_text("\n".join(IT) + "\n", id="most-read")
    titles = [t.title for t in record.teasers]
    # the recurring label makes cards: both are teasers, without their label
    assert titles[:2] == [IT[6][len("LEGGI ANCHE: "):], IT[7][len("LEGGI ANCHE: "):]]
    # the one-off "Maltempo:" among unlabelled headlines is part of its headline, no teaser
    assert not any("danni" in t for t in titles), titles
    assert IT[11] not in record.text
    assert record.text.split("\n\n") == IT[2:5]


def test_a_slash_share_row_is_no_teaser() -> None:
    record = clean_text("\n".join(DE) + "\n", id="share-slash")
    assert [t.title for t in record.teasers] == [
        "Neuer Radweg am Deich freigegeben", "Kutter kehren mit Rekordfang zurück"]
    assert all(t.source and t.age for t in record.teasers)
    assert DE[5] in [r.text for r in record.removed or []]
    assert record.text.split("\n\n") == DE[2:5]
