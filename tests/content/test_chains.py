"""The element chains above a page's blocks."""

from __future__ import annotations

from declutter.content.chains import Chains
from declutter.html import parse_html

PAGE = """<html><body><div id="orria"><main><article>
<h1>Udalak liburutegi berria irekiko du udazkenean</h1>
<div class="gorputza"><p>Liburutegi berriak hiru solairu izango ditu eta haurrentzako gela bat.</p>
<section><div><p>Obrak iaz hasi ziren eta aurten amaituko dira, udalaren arabera.</p></div>
<p>Herritarrek proposamenak egin ahal izan dituzte prozesu osoan zehar.</p></section></div>
</article><aside><ul>
<li><a href="/a">Trenbide berriaren lanak atzeratu egingo dira berriro</a></li>
<li><a href="/b">Ikastetxeak jantoki berria izango du datorren ikasturtean</a></li>
<li><a href="/c">Jaietako egitaraua aurkeztu dute udaletxean gaur goizean</a></li>
</ul></aside></main></div></body></html>"""


def test_each_block_chain_is_its_element_and_every_ancestor() -> None:
    page = parse_html(PAGE, id="orria", url="https://herria.example/")
    chains = Chains(page.blocks)
    for i, b in enumerate(page.blocks):  # (in reverse order too: memoised chains share no state)
        assert chains[i] == chains.up(b.element)
    fresh = Chains(page.blocks)
    for i in reversed(range(len(page.blocks))):
        assert fresh[i] == chains[i]

