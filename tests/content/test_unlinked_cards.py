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


_KA = "".join(
    f'<div class="p">{p}</div>' for p in (
        "თბილისის საკრებულომ ხუთშაბათს დაამტკიცა ახალი საკონცერტო დარბაზის მშენებლობა მტკვრის "
        "სანაპიროზე, სადაც ორი ათასი მსმენელი დაეტევა.",
        "პროექტი თითქმის ასი მილიონი ლარი ღირს, და დაფინანსების ნახევარი საერთაშორისო "
        "ფონდებიდან მოვა, განაცხადა მერმა.",
        "შენობაში ასევე იქნება პატარა დარბაზი კამერული მუსიკისთვის.",
    ))


def test_one_line_cards_in_bare_divs_after_the_story_become_teasers() -> None:
    """"Title — Source, 5 საათის წინ" lines, each a bare ``<div>``, after the story (fresh-user
    11 kind H2): read as the dump reader reads one-line cards, by their repeated layout."""
    cards = [("ბათუმის პორტში ტვირთის რეკორდული რაოდენობა", "აჭარა ტაიმსი", "5 საათის წინ"),
             ("მთავრობა მინიმალური ხელფასის ზრდას განიხილავს", "ქართული ამბები", "7 საათის წინ"),
             ("ქუთაისის აეროპორტში ახალი ტერმინალი გაიხსნება", "იმერეთის ხმა", "1 დღის წინ")]
    rows = "".join(f"<div>{t} — {s}, {a}</div>" for t, s, a in cards)
    html = (f'<html><body><div class="wrap"><h1>თბილისი ახალ საკონცერტო დარბაზს აშენებს</h1>{_KA}'
            f'<div class="rel"><div>მეტი ამბები</div>{rows}</div></div></body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    got = [(t.get("title"), t.get("source"), t.get("age")) for t in page.teasers.values()]
    assert got == cards
    assert len([b for b in page.blocks if b.label == "story"]) == 3
