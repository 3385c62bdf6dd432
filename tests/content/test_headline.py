"""The headline and what stands above it on HTML pages without a usable ``h1`` (fresh-user
report 8, kinds H1 and H3): pages of our own in Hungarian and Czech."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, TITLE
from declutter.content.html_story import label_html
from declutter.html import parse_html

_HU = (
    "A fővárosi közgyűlés szerdán elfogadta a jövő évi költségvetést, amely több pénzt szán a "
    "közösségi közlekedésre és a kerületi iskolák felújítására.",
    "A főpolgármester szerint a tervezet kompromisszum eredménye, de a legfontosabb beruházások "
    "mind megmaradtak benne a következő két évre.",
    "Az ellenzéki képviselők a parkolási díjak emelését bírálták, amelyet szerintük a lakók "
    "nem tudnak megfizetni.",
)


def test_a_table_layout_keeps_its_nav_row_out_and_its_h2_as_the_title() -> None:
    # a nav row of short pieces set apart by bars is no prose, however many words it has: the
    # story container is the table holding the h2 and the paragraphs, and the h2 is the title
    paragraphs = "".join(f"<p>{p}</p>" for p in _HU)
    html = (
        "<html><head><title>Napi Hírek - Elfogadták a költségvetést</title></head><body>"
        "<table><tr><td>NAPI HÍREK</td><td>Belföld | Külföld | Gazdaság | Sport | Kultúra | Tudomány</td>"
        "</tr></table><table><tr><td>"
        f"<h2>Elfogadták a főváros jövő évi költségvetését</h2>{paragraphs}"
        "</td></tr></table></body></html>"
    )
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text[:10]: b.label for b in page.blocks}
    assert labels["NAPI HÍREK"] == BOILERPLATE
    assert labels["Elfogadták"] == TITLE
    assert [b.label for b in page.blocks if b.kind == "p"] == [STORY] * 3


_CS = (
    "V neděli byla v Brně slavnostně otevřena nová lávka pro pěší a cyklisty přes řeku Svratku, "
    "která spojuje dvě městské čtvrti.",
    "Stavba trvala téměř dva roky a podle radnice stála přibližně dvě stě milionů korun.",
    "Podle architektů byla konstrukce navržena tak, aby nenarušila říční ekosystém a "
    "neoslňovala okolní domy.",
)


def test_short_lines_above_a_bare_div_headline_are_not_story() -> None:
    # story divs straight under <body>, no wrapper: the menu's divs above the headline (the
    # div over the first paragraph) are chrome, as they are above an h1
    menu = "".join(f"<div>{w}</div>" for w in ("Úvod", "Domov", "Svět", "Ekonomika", "Sport"))
    paragraphs = "".join(f'<div class="p">{p}</div>' for p in _CS)
    html = (f'<html><body><div class="top">{menu}</div>'
            f'<div class="h">V Brně otevřeli novou lávku přes Svratku</div>{paragraphs}</body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text: (b.label, b.rule) for b in page.blocks}
    assert labels["V Brně otevřeli novou lávku přes Svratku"][0] == TITLE
    for word in ("Úvod", "Domov", "Svět", "Ekonomika", "Sport"):
        assert labels[word] == (BOILERPLATE, "heuristic.above-title")
    assert [b.label for b in page.blocks if b.element.get("class") == "p"] == [STORY] * 3


def test_byline_and_credit_under_a_bare_div_headline_go_once_the_menu_above_is_out() -> None:
    # the menu above the headline made the story's start too long to trim; once it is out,
    # the byline and the photo credit between the headline and the first paragraph go
    menu = "".join(f"<div>{w}</div>" for w in ("Úvod", "Domov", "Svět", "Ekonomika", "Sport"))
    paragraphs = "".join(f'<div class="p">{p}</div>' for p in _CS)
    html = ('<html><head><title>V Brně otevřeli novou lávku | Zprávy</title></head>'
            f'<body><div class="top">{menu}</div><div class="wrap">'
            '<div class="h">V Brně otevřeli novou lávku přes Svratku</div>'
            '<div class="by">Jana Dvořáková, 2026-12-07 09:15</div><div class="img">Foto Petr Novák</div>'
            f'{paragraphs}</div><div class="foot">© 2026 Zprávy. Všechna práva vyhrazena.</div>'
            '</body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text: b.label for b in page.blocks}
    assert labels["Jana Dvořáková, 2026-12-07 09:15"] == BOILERPLATE
    assert labels["Foto Petr Novák"] == BOILERPLATE
    assert page.meta["author"] == "Jana Dvořáková"
    assert [b.label for b in page.blocks if b.element.get("class") == "p"] == [STORY] * 3


_SW = (
    "Serikali ya jiji imetangaza kuwa njia mpya ya mabasi yaendayo haraka itaanza kazi mwezi "
    "ujao, ikiunganisha katikati ya mji na vitongoji vya kusini.",
    "Maafisa wa usafiri walisema kuwa vituo kumi na viwili vimekamilika na madereva wamepata "
    "mafunzo ya wiki kadhaa kabla ya kuanza safari.",
    "Wafanyabiashara wa eneo hilo wanatarajia kuwa wateja wengi zaidi watafika katika masoko "
    "yao mara baada ya huduma hiyo kuanza.",
)


def test_a_byline_with_an_age_in_unknown_words_is_not_the_headline() -> None:
    # no h1: a bare-div headline over "Site · saa 3 zilizopita" (an age the regexes do not
    # know, read as the dump path reads a byline's age) stays the title; the byline is no title
    paragraphs = "".join(f"<div class='p'>{p}</div>" for p in _SW)
    html = (
        "<html><head><title>x</title></head><body>"
        "<div class='hd'>Njia mpya ya mabasi kuanza kazi mwezi ujao jijini</div>"
        f"<div class='by'>Habari Leo · saa 3 zilizopita</div>{paragraphs}</body></html>"
    )
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text[:10]: b.label for b in page.blocks}
    assert labels["Njia mpya "] == TITLE
    assert labels["Habari Leo"] != TITLE


_TH = (
    "เกษตรกรในจังหวัดเชียงใหม่เริ่มเก็บเกี่ยวลำไยประจำปีนี้แล้ว โดยผลผลิตสูงกว่าปีที่ผ่านมาอย่างชัดเจน",
    "เจ้าหน้าที่เกษตรจังหวัดกล่าวว่า พื้นที่เพาะปลูกเพิ่มขึ้นประมาณสิบเปอร์เซ็นต์เมื่อเทียบกับปีก่อน",
    "ราคาลำไยในตลาดท้องถิ่นยังคงทรงตัว ทำให้เกษตรกรส่วนใหญ่พอใจกับรายได้ในฤดูกาลนี้",
)


def test_a_long_h2_headline_in_an_unspaced_script_is_the_title_not_a_paragraph() -> None:
    # no h1, a table layout: the h2 over the story counts a word per two Thai characters and
    # reads as prose, but a heading is no paragraph: it is the title, not the story's start
    paragraphs = "".join(f"<p>{p}</p>" for p in _TH)
    html = (
        "<html><head><title>ข่าว</title></head><body><table><tr><td>"
        f"<h2>เกษตรกรเชียงใหม่เริ่มเก็บเกี่ยวลำไยผลผลิตสูง</h2>{paragraphs}"
        "</td></tr></table></body></html>"
    )
    page = parse_html(html, id="t")
    label_html(page)
    assert [b.label for b in page.blocks] == [TITLE, STORY, STORY, STORY]


_LB = (
    "D'Gemengerot huet en Dënschdeg decidéiert, datt déi nei Bréck iwwer d'Sauer d'nächst Joer "
    "opgeet, nodeems d'Aarbechten zwee Joer laang stoungen.",
    "De Buergermeeschter seet, et wier e grousse Schrëtt fir d'Duerf, well de Camionsverkéier "
    "net méi duerch déi enk Stroosse muss.",
    "D'Awunner kënnen hir Meenung op enger Versammlung am Centre culturel soen.",
)


def test_a_masthead_holding_the_head_title_beside_its_motto_is_no_headline() -> None:
    """Fresh-user report 16, kind H4 (English there; Luxembourgish here): ``<title>`` names
    the site alone, and the masthead line holds it whole beside a motto. The headline div
    over the byline is the title, not the masthead that shares the title's words."""
    paragraphs = "".join(f'<div class="p">{p}</div>' for p in _LB)
    html = ("<html><head><title>Uewersauer Blat</title></head><body><div id='w'>"
            "<div class='mh'>UEWERSAUER BLAT | Neiegkeeten aus dem Éislek</div><div class='s'>"
            "<div class='t'>Nei Bréck iwwer d'Sauer geet d'nächst Joer op</div>"
            "<div class='b'>Vum Jos Weber, 6. Dezember 2026</div>"
            f"{paragraphs}</div></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    titles = [b.text for b in page.blocks if b.label == TITLE]
    assert titles == ["Nei Bréck iwwer d'Sauer geet d'nächst Joer op"]
