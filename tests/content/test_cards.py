"""Fields of an HTML card grid's cards (declutter.content.cards, declutter.content.inline_cards):
a short excerpt is the card's text, not its source, and no line of a card vanishes (fresh-user
13 kind H1), on a small Swahili page of our own."""

from __future__ import annotations

import json

from fresh17_html_pages import H1_VI, H1_ZU, clean

from declutter.api import extract

_STORY = ("<p>Serikali ya Tanzania imetangaza mpango mpya wa usafiri wa umma utakaoanza mwezi "
          "Machi mwakani katika jiji la Dar es Salaam.</p>"
          "<p>Kwa mujibu wa mpango huo, mabasi ya mwendo kasi yatapita kila dakika tano wakati wa "
          "asubuhi na jioni.</p>"
          "<p>Meya wa jiji alisema lengo ni kupunguza msongamano wa magari katikati ya mji.</p>")
_CARDS = [("Shule mpya yafunguliwa Arusha", "Mwananchi · saa 5 zilizopita"),
          ("Bei ya mafuta yapanda", "Habari Leo · jana"),
          ("Redio yarudi hewani", "Redio Tanzania · siku 2 zilizopita")]


def _teasers(excerpts: list[str]) -> list[tuple[str | None, ...]]:
    cards = "".join(f'<div class="card"><img src="{i}.jpg"><h3><a href="/{i}">{t}</a></h3>'
                    f'<p>{x}</p><span class="meta">{m}</span></div>'
                    for i, ((t, m), x) in enumerate(zip(_CARDS, excerpts, strict=True)))
    html = (f"<html><body><article><h1>Dar es Salaam yabadilisha usafiri</h1>{_STORY}</article>"
            f"<section><h2>Habari zaidi</h2><div class='grid'>{cards}</div></section></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    return [(t["source"], t["age"], t["text"]) for t in record["teasers"]]


def test_a_short_sentence_over_the_meta_line_is_the_excerpt() -> None:
    """A one-sentence excerpt of three words ends in a full stop: the card's text; the meta
    line under it gives source and age."""
    teasers = _teasers(["Wanafunzi wengi walihudhuria sherehe hiyo jana jioni.",
                        "Bei ya mafuta imepanda tena.", "Matangazo ni kila wiki."])
    assert teasers[2] == ("Redio Tanzania", "siku 2 zilizopita", "Matangazo ni kila wiki.")


def test_no_line_of_a_card_vanishes() -> None:
    """Excerpts of few words and no full stop, first read as the source, then the age column
    gives the source to the meta line: each excerpt stays the card's text."""
    teasers = _teasers(["Wanafunzi wengi walihudhuria sherehe hiyo jana jioni.",
                        "Bei imepanda", "Matangazo kila wiki"])
    assert [t[2] for t in teasers] == ["Wanafunzi wengi walihudhuria sherehe hiyo jana jioni.",
                                       "Bei imepanda", "Matangazo kila wiki"]
    assert teasers[2][:2] == ("Redio Tanzania", "siku 2 zilizopita")


def test_a_mid_story_card_with_a_bold_label_a_title_with_a_colon_and_a_meta_line() -> None:
    """Kind H7 of fresh-user 14: "<div><strong>Label</strong><a>A: B</a><em>Source · age</em>
    </div>" inside the story (Friulian here): a teaser (the colon in its title is no label's),
    its meta line read as a name and an age by its shape, no link-dense line glued."""
    card = ('<div class="inline-card"><strong>Lei ancje</strong><a href="/x9">La marilenghe a '
            'scuele: a cressin i mestris</a><em>Il Friûl · 3 dîs indaûr</em></div>')
    paragraphs = _STORY.split("</p>")
    html = (f"<html><body><h1>Dar es Salaam yabadilisha usafiri</h1><div class='body'>"
            f"{'</p>'.join(paragraphs[:2])}</p>{card}{'</p>'.join(paragraphs[2:])}</div></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [
        ("La marilenghe a scuele: a cressin i mestris", "Il Friûl", "3 dîs indaûr")]
    assert "Lei ancje" not in record["text"]


def test_a_card_source_closed_by_its_shad_splits_from_its_age() -> None:
    # Dzongkha (kind H6, found on a Tibetan page): a source closed by its shad before the
    # card's dot, "Name། · age", was no meta line (the shad split as a comma, the age piece
    # began with the dot): the whole line was taken for the source
    html = ("<html><body><h1>ཐིམ་ཕུ་ལུ་ཆརཔ་དྲག་པོ་བབས་ཡི།</h1>"
            "<p>ཉིནམ་གསུམ་གྱི་རིང་ལུ་ཐིམ་ཕུ་ཁྲོམ་སྡེ་ནང་ཆརཔ་དྲག་པོ་བབས་ཏེ་ལམ་ལེ་ཤ་ཆུ་གིས་ཁེངས་ཞིནམ་ལས་སྣུམ་འཁོར་ཚུ་འགྱོ་མ་ཚུགས་པར་ལུས་ཡི།</p>"
            "<p>ས་གནས་བདག་འཛིན་གྱིས་སླབ་མི་ལྟར་དུ་ཁྱིམ་ཚང་བརྒྱ་ལས་ལྷག་པའི་ཁྱིམ་ལུ་གནོད་སྐྱོན་ཕོག་སྟེ་མི་ཚུ་སློབ་གྲྭ་ཚུ་ནང་གནས་སྤོ་འབད་ཡི།</p>"
            "<p>ཞིང་པ་ཚུ་གིས་ལོ་ཐོག་ལུ་གནོད་པ་ཆེན་པོ་ཕོག་ཡོདཔ་ལས་གཞུང་གིས་རོགས་རམ་གནང་དགོཔ་ཟེར་རེ་ཞུ་འབད་ཡི།</p>"
            "<h2>འབྲེལ་ཡོད་གནས་ཚུལ།</h2><ul>"
            '<li><a href="/a">སྤ་རོ་ལུ་སློབ་གྲྭ་གསརཔ་ཅིག་ཁ་ཕྱེ་ཡི།</a> <span>ཀུན་གསལ། · 2026-12-05</span></li>'
            '<li><a href="/b">ཕུན་ཚོགས་གླིང་ལུ་ལམ་གསརཔ་བཟོ་ནི།</a> <span>འབྲུག་གི་མེ་ལོང་། · 2026-12-04</span></li>'
            "</ul></body></html>")
    from declutter import clean_html

    teasers = [(t.title, t.source, t.age) for t in clean_html(html).teasers]
    assert teasers == [("སྤ་རོ་ལུ་སློབ་གྲྭ་གསརཔ་ཅིག་ཁ་ཕྱེ་ཡི།", "ཀུན་གསལ", "2026-12-05"),
                       ("ཕུན་ཚོགས་གླིང་ལུ་ལམ་གསརཔ་བཟོ་ནི།", "འབྲུག་གི་མེ་ལོང་", "2026-12-04")]


def test_a_sponsored_card_among_related_articles_is_no_teaser() -> None:
    # fresh-user report 17, kind H1: "<article class='card sponsored'>" among plain cards
    record = clean(H1_VI)
    assert [t["url"] for t in record["teasers"]] == ["/a", "/b"]
    assert [r["text"] for r in record["removed"] if r["rule"] == "heuristic.promo-card"] == [
        "Tài trợ: Đôi giày bền bỉ qua mọi cơn bão", "Nhà tài trợ TrekCo"]


def test_a_promo_classed_card_in_a_div_list_is_no_teaser() -> None:
    # (a variant: one-block div cards, the paid one classed "promo-card")
    record = clean(H1_ZU)
    assert [t["source"] for t in record["teasers"]] == ["Ilanga", "Isolezwe"]
    assert any(r["rule"] == "heuristic.promo-card" for r in record["removed"])
