# ruff: noqa: E501  (the page lines below are data, kept whole)
"""The word that introduces a byline's name, read by its shape when the page shows nothing else
(declutter/content/lead_words.py; fresh-user issues 12/13, D3 and H2: "By Carla Benedetti,
5 decembre 2026" kept "By" in the author). The dump and HTML readers agree. Pages written for
these tests: Swedish dumps and German HTML pages, in no site's wording, whose prose holds the
introducing word nowhere in lower case (no "av", no "von"), so only the shape can tell."""

from __future__ import annotations

import pytest

from declutter import clean_html, clean_text
from declutter.content.lead_words import lead_shaped

SV = [
    "Nytt konstmuseum i Umeå öppnar för besökare i januari",
    "{byline}",
    "Det nya konstmuseet vid älven i Umeå öppnar sina dörrar den tionde januari, efter fyra års byggande och flera förseningar.",
    "Museet visar både samisk slöjd och nutida måleri, och entrén blir gratis för barn och studenter under det första året.",
    "Kommunen har betalat drygt halva kostnaden, medan resten kommer från en stiftelse och från staten.",
]
DE = (
    "<html><body><div class='kopf'>WESER TAGESBLATT | Nachrichten aus dem Norden</div>"
    "<div class='artikel'><div class='titel'>Neue Fähre zwischen Bremerhaven und Nordenham fährt ab Januar</div>"
    "<div class='zeile'>{byline}</div>"
    "<div class='p'>Die neue Fähre zwischen Bremerhaven und Nordenham soll ab Januar jede halbe Stunde fahren, auch am Wochenende.</div>"
    "<div class='p'>Das Schiff bietet Platz für vierzig Autos und zweihundert Fahrgäste und fährt mit Strom aus einer großen Batterie.</div>"
    "<div class='p'>Die beiden Städte teilen sich die Kosten für den neuen Anleger, der im Frühjahr fertig werden soll.</div>"
    "</div></body></html>"
)


def _dump_author(byline: str) -> str | None:
    text = "\n".join(SV).replace("{byline}", byline)
    return (clean_text(text + "\n", id="sv").meta or {}).get("author")


def _html_author(byline: str) -> str | None:
    return (clean_html(DE.replace("{byline}", byline), id="de").meta or {}).get("author")


def test_a_short_word_before_a_two_word_name_is_no_name_s_in_a_dump() -> None:
    # (D3, seen in Interlingua with English "By"; ours in Swedish) the name alone is the author
    assert _dump_author("Av Ingrid Holmberg, 5 december 2026") == "Ingrid Holmberg"


def test_a_short_word_before_a_two_word_name_is_no_name_s_in_html() -> None:
    # (H2, seen in English; ours in German) the HTML reader agrees with the dump reader
    assert _html_author("Von Katrin Schulte, 6. Dezember 2026") == "Katrin Schulte"


@pytest.mark.parametrize("name", ["Ng Kim Lee", "Ana Da Silva", "Tom Van Dyke", "Maria De la Cruz"])
def test_a_name_of_short_words_keeps_its_first_word_on_both_paths(name: str) -> None:
    # real names: short words after the first one ("Kim Lee", "Da Silva", "Van Dyke"), or a
    # joining word in lower case ("De la Cruz"), leave the name whole
    assert _dump_author(f"{name}, 5 december 2026") == name
    assert _html_author(f"{name}, 6. Dezember 2026") == name


def test_a_short_word_the_page_shows_bound_to_the_next_one_stays() -> None:
    # a place's name the story holds ("San Remo") begins the byline's name: no introducing word
    lines = [*SV[:4], "Konstnären föddes i San Remo men har bott i Umeå i trettio år.", *SV[4:]]
    text = "\n".join(lines).replace("{byline}", "San Remo Kuriren, 5 december 2026")
    assert (clean_text(text + "\n", id="sv").meta or {}).get("author") == "San Remo Kuriren"


@pytest.mark.parametrize(("first", "rest", "shaped"), [
    ("Par", "Élodie Marchand", True), ("By", "Marie-Claire O'Brien", True), ("Na", "Juma Hassani Mwinyi", True),
    ("Ng", "Kim Lee", False), ("AP", "Staff Writer", False), ("Oleh", "Budi Santoso", False),
    ("By", "Ann Lee", False), ("By", "Carla Benedetti Rossi Verdi", False),
])
def test_the_shape_of_an_introducing_word(first: str, rest: str, shaped: bool) -> None:
    assert lead_shaped(first, rest) is shaped
