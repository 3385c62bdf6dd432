# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Page-head and story-foot kinds a second fresh user's multilingual dumps showed (Czech,
Finnish, Indonesian), each tested on a dump of our own in another language: a menu row of
capitalised words above a long headline is no headline."""

from __future__ import annotations

import pytest

from declutter import clean_text

HEADLINE = "Stadt Graz erhöht die Preise für Bus und Bim, Jahreskarte kostet künftig 520 Euro"
STORY = [
    "Der Gemeinderat hat am Montag eine Erhöhung der Tarife im öffentlichen Verkehr beschlossen, die ab dem ersten Februar gelten soll.",
    "Die Jahreskarte für Erwachsene steigt von 465 auf 520 Euro, ein Einzelfahrschein kostet künftig drei Euro statt zwei Euro siebzig.",
    "Die Verkehrsstadträtin begründete den Schritt mit den gestiegenen Kosten für Energie und Personal in den letzten beiden Jahren.",
]


@pytest.mark.parametrize("menu", ["Nachrichten  Inland  Ausland  Wirtschaft  Sport",
                                  "Nachrichten Inland Ausland Wirtschaft Sport"])
@pytest.mark.parametrize("byline", [["Von Anna Berger | 7. 12. 2026 10:15"], []])
def test_menu_row_over_long_headline_is_no_headline(menu: str, byline: list[str]) -> None:
    """A run of capitalised words (no short function word, no punctuation) over a headline of
    fourteen words is a menu: the headline under it is the title, not a standfirst."""
    rec = clean_text("\n".join([menu, HEADLINE, *byline, *STORY]))
    assert rec.title == HEADLINE
    assert rec.text.split("\n\n") == STORY


def test_title_case_headline_over_dek_stays_headline() -> None:
    """A headline in title case has short function words ("To", "In"): it stays the title
    over a longer dek without a full stop."""
    head = "A Royal Salute To Polo In Rome"
    dek = "The city hosted its first international polo tournament in decades under the pines of the park"
    rec = clean_text("\n".join([head, dek, *STORY]))
    assert rec.title == head


STORY_FR = [
    "La municipalité a décidé de prolonger l'expérimentation de la circulation alternée sur vingt-six axes jusqu'à la fin du mois de janvier.",
    "Selon le service des transports, le trafic des voitures particulières a baissé de dix-huit pour cent aux heures de pointe du matin.",
    "Plusieurs chauffeurs de taxi se plaignent toutefois d'embouteillages plus longs sur les rues voisines qui ne sont pas concernées.",
]


@pytest.mark.parametrize("footer", ["Tous droits réservés © 2026 Le Courrier du Rhône. Reproduction interdite.",
                                    "Le Courrier du Rhône (c) 2026. Tous droits réservés."])
@pytest.mark.parametrize("tail", [[], ["Commentaires", "Aucun commentaire pour l'instant. Soyez le premier !"]])
def test_copyright_sign_and_year_anywhere_is_chrome(footer: str, tail: list[str]) -> None:
    """A footer holding a copyright sign and a year, whatever it opens with, is chrome: the
    story run does not carry on to it through the empty comment widget above it."""
    rec = clean_text("\n".join(["La ville prolonge la circulation alternée jusqu'à fin janvier",
                                "Le Courrier du Rhône - il y a 5 heures", *STORY_FR, *tail, footer]))
    assert rec.text.split("\n\n") == STORY_FR


STORY_SV = [
    "Kommunfullmäktige beslutade på måndagen att höja biljettpriserna i kollektivtrafiken från och med den första februari nästa år.",
    "Årskortet för vuxna blir dyrare och en enkelbiljett kommer att kosta fyrtio kronor i stället för trettiofem kronor som i dag.",
    "Trafikregionrådet förklarade att staden måste möta de stigande kostnaderna för energi och löner som har ökat kraftigt under två år.",
]


@pytest.mark.parametrize("after", [["Dela  Skriv ut  Skicka med e-post", "© 2026 Dagens Nyheter Väst"], []])
def test_plain_pitch_at_story_foot_is_chrome(after: list[str]) -> None:
    """A pitch in two clauses around a dash ending in a full stop, much shorter than the
    paragraphs above it, naming nothing (no capitalised word, no figure) and sharing no word
    with the story, above the page's chrome or at its end, is no story."""
    pitch = "Prenumerera på nyhetsbrevet – få dagens viktigaste nyheter direkt i mejlen."
    rec = clean_text("\n".join(["Staden höjer priserna för buss och spårvagn från februari",
                                "Av Anna Berg | 7. 12. 2026 10:15", *STORY_SV, pitch, *after]))
    assert rec.text.split("\n\n") == STORY_SV


@pytest.mark.parametrize("last", ["Reportern Karin Lund bidrog med uppgifter från Malmö.",
                                  "Facket meddelar fler åtgärder om ingen överenskommelse nås.",
                                  "Facket väntar – inget besked har kommit från Stockholm."])
def test_short_last_paragraph_stays(last: str) -> None:
    """A story's short last line stays, though it shares no word with the story above it: it
    names a person or a place, or is a plain sentence without a dash."""
    rec = clean_text("\n".join(["Staden höjer priserna för buss och spårvagn från februari",
                                "Av Anna Berg | 7. 12. 2026 10:15", *STORY_SV, last,
                                "Dela  Skriv ut  Skicka med e-post"]))
    assert rec.text.split("\n\n") == [*STORY_SV, last]


STORY_DE = [
    "Der Gemeinderat hat am Montag beschlossen, die Öffnungszeiten der städtischen Bibliotheken ab dem kommenden Jahr deutlich zu verlängern.",
    "Künftig sollen die Häuser auch am Sonntagnachmittag geöffnet sein, finanziert wird das zusätzliche Personal aus dem Kulturhaushalt.",
    "Die Opposition begrüßte den Schritt, verlangte aber einen Bericht über die Besucherzahlen nach dem ersten halben Jahr.",
]
HEAD_DE = "Stadtbibliotheken öffnen künftig auch am Sonntag"


@pytest.mark.parametrize(("byline", "meta"), [
    ("Autor: Hans Meier | 7. 12. 2026 10:15", {"author": "Hans Meier", "age": "7. 12. 2026 10:15"}),
    ("Veröffentlicht vor 4 Stunden · Rheinpfalz Aktuell", {"site_name": "Rheinpfalz Aktuell", "age": "vor 4 Stunden"}),
    ("Por Lucía Martín, publicado el 7 de diciembre de 2026", {"author": "Lucía Martín", "age": "7 de diciembre de 2026"}),
])
def test_byline_fields(byline: str, meta: dict[str, str]) -> None:
    """A byline's label before a colon is no part of the author's name; an age first and a
    source after a separator give both fields (the source's name recurs on the page: the
    site's); a byline a rule drops still fills the page's fields (its "Por" dropped, as in any
    byline, by its shape: a short word before a longer two-word name, content/lead_words.py)."""
    rec = clean_text("\n".join([HEAD_DE, byline, *STORY_DE, "Kontakt  Impressum  Datenschutz",
                                "© 2026 Rheinpfalz Aktuell"]))
    assert rec.title == HEAD_DE
    assert {k: v for k, v in rec.meta.items() if k in ("author", "site_name", "age")} == meta
