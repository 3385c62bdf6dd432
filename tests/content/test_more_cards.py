"""Cards closed by a "more" link at the end of an HTML story (declutter.content.more_cards)."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.html import parse_html

_BODY = "".join(
    f"<p>Il consiglio comunale ha discusso per la {k}ª volta il nuovo piano del traffico, con "
    "molte proposte dei cittadini sulle piste ciclabili del centro.</p>"
    for k in range(4)
)


def _card(title: str, text: str, link: str) -> str:
    return f'<div class="c"><div class="t">{title}</div><p>{text}</p><a href="/{link}">{link}</a></div>'


def _story(tail: str) -> str:
    html = (f"<html><head><title>Traffico</title></head><body><main><div class='x'><h1>Traffico</h1>"
            f"{_BODY}{tail}</div></main></body></html>")
    page = parse_html(html, id="t", url="https://www.esempio.example/traffico")
    label_html(page)
    return "\n".join(b.text for b in page.blocks if b.label == "story")


def test_cards_in_a_row_go() -> None:
    cards = (_card("Parcheggi in centro", "Le nuove tariffe partono a maggio.", "Parcheggi")
             + _card("Autobus notturni", "Tre linee nuove nel fine settimana.", "Autobus"))
    text = _story(cards)
    assert "Parcheggi in centro" not in text and "Autobus notturni" not in text
    assert "3ª volta" in text


def test_one_section_closed_by_a_link_stays() -> None:
    text = _story(_card("Il calendario dei lavori", "I cantieri aprono a giugno nelle vie del "
                        "centro storico e chiudono a settembre, prima dell'inizio delle scuole.",
                        "Calendario"))
    assert "I cantieri aprono a giugno" in text
