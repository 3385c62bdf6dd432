# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A numbered list of two-line cards without excerpts under a heading a generic rule knows: the
last card takes no excerpt (the cookie line under it is no part of it) and the numbers come
off the titles. A dump of our own."""

from __future__ import annotations

from declutter import clean_text

DUMP = [
    "Le tramway de Brest prolongé jusqu'au port de commerce en 2028",
    "La métropole a voté jeudi soir le prolongement de la ligne A du tramway jusqu'au port de commerce, soit trois kilomètres de voies nouvelles.",
    "Les travaux doivent commencer à l'automne prochain et coûter environ 95 millions d'euros, financés en partie par l'État.",
    "Les commerçants du quartier craignent une baisse de fréquentation pendant le chantier et demandent des indemnités.",
    "À lire aussi",
    "1. Le pont de Recouvrance fermé deux nuits pour entretien",
    "Le Télégramme du Ponant · il y a 4 heures",
    "2. Un nouveau parking relais ouvre à Kergaradec",
    "Ouest Matin · il y a 9 heures",
    "3. La rade accueille les vieux gréements cet été",
    "Brest Hebdo · hier",
    "Ce site utilise des cookies pour mesurer l'audience. En poursuivant, vous acceptez leur usage.",
]


def test_numbered_cards_without_excerpts_leave_the_cookie_line() -> None:
    record = clean_text("\n".join(DUMP) + "\n", id="numbered")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        (DUMP[5][3:], "Le Télégramme du Ponant", "il y a 4 heures", None),
        (DUMP[7][3:], "Ouest Matin", "il y a 9 heures", None),
        (DUMP[9][3:], "Brest Hebdo", "hier", None),
    ]
    assert DUMP[11] in [r.text for r in record.removed or []]
