"""One short item left alone in a list whose other items went (fresh-user report 9, kinds H7
and H8): pages of our own in Italian and Hungarian."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.html import parse_html
from declutter.ruleset.engine import RuleSet


def _story(html: str) -> list[str]:
    page = parse_html(html, id="t")
    RuleSet.load().apply(page)
    label_html(page)
    return [b.text for b in page.blocks if b.label == "story"]


def test_the_last_item_of_a_share_list_goes_with_the_others() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "Il consiglio comunale di Bologna ha approvato giovedì la costruzione di una nuova sala "
        "da concerti per duemila spettatori vicino al canale.",
        "Il progetto costerà quasi cinquanta milioni di euro e metà dei fondi arriverà "
        "dall'Unione europea, ha detto il sindaco.",
        "La sala avrà anche un palco all'aperto per i concerti estivi.",
    ))
    story = _story(f"<html><body><article><h1>Bologna avrà una nuova sala da concerti</h1>{paragraphs}"
                   "<ul><li>Condividi</li><li>Facebook</li><li>X</li><li>WhatsApp</li><li>Posta</li></ul>"
                   "</article></body></html>")
    assert story[-1].startswith("La sala avrà")


def test_a_lone_dt_label_of_a_dl_layout_goes() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "<strong>1. Mit döntött a közgyűlés?</strong> A debreceni közgyűlés csütörtökön jóváhagyta "
        "egy új, kétezer férőhelyes koncertterem építését a Nagyerdő szélén, a régi uszoda helyén.",
        "<strong>2. Mennyibe kerül?</strong> A beruházás csaknem húszmilliárd forintba kerül, a pénz "
        "felét európai uniós forrásból fedezik, a többit a város és az állam adja – mondta a polgármester.",
        "<strong>3. Mikor nyit?</strong> Az építkezés jövő tavasszal kezdődik, és ha minden a terv "
        "szerint halad, az első koncertet három év múlva tarthatják meg az új teremben.",
    ))
    story = _story("<html><body><dl>\n<dt>Cím</dt><dd><h1>Új koncertterem épül Debrecenben</h1></dd>\n"
                   "<dt>Frissítve</dt><dd>2026. december 6., vasárnap 21:40 — írta Kovács Péter és "
                   f"Nagy Éva</dd>\n<dt>Összefoglaló</dt>\n<dd>\n{paragraphs}\n</dd>\n"
                   "<dt>Fotó</dt><dd><p>Fotó: Kovács Anna / MTI</p></dd>\n</dl></body></html>")
    assert "Összefoglaló" not in story
    assert any(t.startswith("1. Mit döntött") for t in story)
