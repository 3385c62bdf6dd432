"""``repeated_cards``: a run of sibling cards of one shape is a teaser section, no heading needed."""

from __future__ import annotations

from declutter.content.card_repeats import repeated_cards
from declutter.content.chains import Chains
from declutter.html import parse_html

STORY = "<p>El consell municipal va aprovar ahir el pressupost, després d'un debat molt llarg.</p>"


def _sections(cards: str) -> dict[int, object]:
    html = f"<html><body><div>{STORY * 4}<div>{cards}</div></div></body></html>"
    page = parse_html(html.encode(), id="t", url="https://example.cat/a")
    sections: dict[int, object] = {}
    repeated_cards(page.blocks, Chains(page.blocks), sections)
    return {i: page.blocks[i].text for i in sections}


def card(href: str, title: str, source: str, age: str) -> str:
    return (f"<div><div><a href='{href}'>{title}</a></div>"
            f"<div><span>{source}</span> <span>{age}</span></div></div>")


def test_two_cards_of_one_shape_are_a_section_whatever_their_words() -> None:
    found = _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "fa 3 hores")
                      + card("/c", "La platja tanca per obres aquest estiu", "Ràdio Costa", "ahir"))
    assert {"El port amplia el moll de càrrega", "La platja tanca per obres aquest estiu"} <= set(
        found.values())


def test_one_card_alone_is_no_list() -> None:
    assert _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "ahir")) == {}
