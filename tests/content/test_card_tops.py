"""The card above a block: the highest element holding at most one link target, below the
elements the caller stops at."""

from __future__ import annotations

from declutter.content.card_tops import MANY, card_tops, link_targets
from declutter.content.chains import Chains
from declutter.html import parse_html

PAGE = """<html><body><main><section id="liste">
<div class="kort"><h3><a href="/a">Ny färja till ön från och med maj</a></h3><p>Öposten · 2 tim</p></div>
<div class="kort"><h3><a href="/b">Skolan får ny idrottshall nästa år</a></h3><p>Öposten · 5 tim</p></div>
</section></main></body></html>"""


def test_each_block_belongs_to_its_card_and_the_list_to_none() -> None:
    page = parse_html(PAGE, id="kort", url="https://oposten.example/")
    blocks = page.blocks
    up = Chains(blocks).parent
    every = range(len(blocks))
    targets = link_targets(blocks, every, up)
    tops = card_tops(blocks, every, up, targets)
    cards = [el.get("class") if el is not None else None for el in tops]
    assert [b.text for b in blocks] == ["Ny färja till ön från och med maj", "Öposten · 2 tim",
                                        "Skolan får ny idrottshall nästa år", "Öposten · 5 tim"]
    assert cards == ["kort"] * 4 and tops[0] is tops[1] and tops[1] is not tops[2]
    section = tops[0].getparent()
    assert targets[section] is MANY  # two targets: many, no card
    assert targets[tops[0]] == "https://oposten.example/a"  # a card's one target


def test_the_walk_stops_below_the_elements_above() -> None:
    page = parse_html(PAGE, id="kort", url="https://oposten.example/")
    blocks = page.blocks
    up = Chains(blocks).parent
    card = blocks[0].element.getparent()  # the <h3>'s <div class="kort">
    above = {card}
    window = range(0, 2)
    tops = card_tops(blocks, window, up, link_targets(blocks, window, up, above), above)
    assert tops[0] is blocks[0].element  # the <h3>, below the card it may not reach
    assert card not in link_targets(blocks, window, up, above)
