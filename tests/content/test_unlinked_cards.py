"""Teaser lists without links, headline and meta line pairs in plain ``<div>``s (fresh-user
report 9, kind H4): a page of our own in Finnish."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.html import parse_html
from declutter.pipeline import clean_html

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


def test_linked_one_line_cards_with_ages_in_an_unknown_language_become_teasers() -> None:
    """Fresh-user report 12, kind H2: "<a>Title</a> — Source, age" in bare divs, no class and
    no heading, the age in a language the regexes do not read (here Yoruba): read by its
    column, as the unlinked one-line cards are."""
    story = "".join(f"<p>{p}</p>" for p in (
        "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti fọwọ́ sí kíkọ́ ilé-ìkàwé tuntun ní Ìbàdàn, tí yóò gba ẹgbẹ̀rún "
        "méjì òǹkàwé lẹ́ẹ̀kan náà.",
        "Gómìnà sọ pé iṣẹ́ náà yóò parí láàárín ọdún méjì, àti pé ìdajì owó náà wá láti ọ̀dọ̀ "
        "àwọn olùrànlọ́wọ́ ilẹ̀ òkèèrè.",
        "Àwọn olùgbé ìlú náà ti fi ayọ̀ wọn hàn sí ìròyìn náà ní ọjà Dùgbẹ̀ ní àárọ̀ òní.",
    ))
    cards = "".join(f'<div><a href="/iroyin/{n}">{t}</a> — {s}, wákàtí {n} sẹ́yìn</div>' for t, s, n in (
        ("Owó epo rọ̀bì gòkè ní ọjà àgbáyé", "Alàròyé", 2),
        ("Àwọn àgbẹ̀ kóko ń retí òjò ní Oǹdó", "Ìròyìn Òwúrọ̀", 5),
        ("Ilé-ẹ̀kọ́ gíga Ifẹ̀ ṣí ìforúkọsílẹ̀ tuntun", "Alàròyé", 7),
    ))
    html = (f"<html><body><h1>Ọ̀yọ́ yóò kọ́ ilé-ìkàwé tuntun ní Ìbàdàn</h1>{story}"
            f"<div>{cards}</div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    teasers = list(page.teasers.values())
    record = clean_html(html, id="t")
    assert [t.get("source") for t in teasers] == ["Alàròyé", "Ìròyìn Òwúrọ̀", "Alàròyé"]
    assert [t.get("age") for t in teasers] == ["wákàtí 2 sẹ́yìn", "wákàtí 5 sẹ́yìn", "wákàtí 7 sẹ́yìn"]
    assert [t["url"] for t in record.to_dict()["teasers"]] == ["/iroyin/2", "/iroyin/5", "/iroyin/7"]
    assert len([b for b in page.blocks if b.label == "story"]) == 3


def test_one_line_cards_whose_age_unit_and_agreeing_word_change_become_teasers() -> None:
    """Bare-``<div>`` one-line cards whose ages no reader knows, the last in another unit that
    changes the word after the number too ("saa 6 zilizopita", "wiki 1 iliyopita": Swahili's
    "ago" agrees with its unit; fresh-user 12 kind H2): their ages' shape is one all the same."""
    cards = [("Bei ya mahindi yapanda tena Arusha", "Mwananchi", "saa 3 zilizopita"),
             ("Reli mpya ya kisasa yafika Dodoma", "Taifa Leo", "saa 6 zilizopita"),
             ("Wakulima wa chai walalamikia bei ndogo", "Habari Leo", "wiki 1 iliyopita")]
    story = "".join(f"<p>{p}</p>" for p in (
        "Serikali imetangaza mpango mpya wa kujenga masoko ya kisasa katika miji mitano ya pwani, "
        "kazi ikitarajiwa kuanza mwezi ujao na kukamilika ndani ya miaka miwili.",
        "Waziri wa biashara alisema masoko hayo yatakuwa na maeneo ya kuhifadhia samaki na matunda, "
        "ili wafanyabiashara wadogo wapunguze hasara wanazopata kila siku.",
        "Wafanyabiashara wa Tanga na Mombasa wamepokea habari hiyo kwa furaha."))
    rows = "".join(f'<div><a href="/{i}">{t}</a> — {s}, {a}</div>' for i, (t, s, a) in enumerate(cards))
    html = (f"<html><body><article><h1>Masoko mapya kujengwa pwani</h1>{story}</article>"
            f"<div>{rows}</div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert [(t.get("title"), t.get("source"), t.get("age")) for t in page.teasers.values()] == cards
