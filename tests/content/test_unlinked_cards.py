"""Teaser lists without links, headline and meta line pairs in plain ``<div>``s (fresh-user
report 9, kind H4): a page of our own in Finnish."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.html import parse_html

_FI = "".join(
    f"<p>{p}</p>" for p in (
        "Tampereen kaupunginvaltuusto hyväksyi torstaina uuden konserttitalon rakentamisen "
        "Näsijärven rantaan, ja saliin mahtuu kaksituhatta kuulijaa.",
        "Hanke maksaa lähes sata miljoonaa euroa, ja puolet rahoituksesta tulee EU:n "
        "rahastoista, kertoi pormestari.",
        "Taloon tulee myös pieni sali kamarimusiikille.",
    ))


def test_unlinked_headline_and_meta_pairs_become_teasers() -> None:
    cards = "".join(
        f'<div class="r"><div>{title}</div><div>{meta}</div></div>' for title, meta in (
            ("Turun satamaan ennätysmäärä rahtia", "Yle · 3 tuntia sitten"),
            ("Hallitus päättää minimipalkan korotuksesta", "Aamulehti · 5 tuntia sitten"),
            ("Oulun raitiotiestä tehdään uusi selvitys", "Kaleva · eilen"),
        ))
    html = (f"<html><body><article><h1>Tampere rakentaa uuden konserttitalon</h1>{_FI}</article>"
            f'<div class="x"><div class="h">Lisää uutisia</div>{cards}</div></body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    titles = [b.text for b in page.blocks if b.label == "teaser" and b.field == "title"]
    assert titles == ["Turun satamaan ennätysmäärä rahtia", "Hallitus päättää minimipalkan korotuksesta",
                      "Oulun raitiotiestä tehdään uusi selvitys"]
    assert [t.get("source") for t in page.teasers.values()] == ["Yle", "Aamulehti", "Kaleva"]
    assert len([b for b in page.blocks if b.label == "story"]) == 3
