"""Cards read from one block's inline pieces (declutter.content.inline_cards) and card ages
(declutter.content.ages.is_card_age), on small pages of our own."""

from __future__ import annotations

from fresh17_html_pages import H3_MG, H7_ID, clean

from declutter.blocks import BOILERPLATE, TEASER, Block
from declutter.content.ages import is_card_age
from declutter.content.html_story import label_html
from declutter.content.inline_cards import inline_cards, meta_line
from declutter.content.labelled_links import labelled_link
from declutter.html import parse_html

_SENTENCE = "Der Gemeinderat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen. "
_STORY = f"<p>{_SENTENCE * 3}</p>"


def _block(body: str, text: str) -> Block:
    """The block of a small page whose text starts with ``text``."""
    html = f"<html><body><article><h1>Haushalt beschlossen</h1>{_STORY}{body}</article></body></html>"
    page = parse_html(html, id="t", url="https://example.test/a")
    return next(b for b in page.blocks if b.text.startswith(text))


def test_kickers_before_each_title_stay_with_their_card() -> None:
    b = _block('<div class="rail"><span>Kabar Teluk</span>'
               '<a href="/x">Jembatan gantung selesai diperbaiki</a><span>Suara Bahari</span>'
               '<a href="/y">Festival laut kembali digelar bulan depan</a></div>',
               "Kabar Teluk")
    cards = inline_cards(b)
    assert [(c.fields.get("source"), c.fields["title"]) for c in cards] == [
        ("Kabar Teluk", "Jembatan gantung selesai diperbaiki"),
        ("Suara Bahari", "Festival laut kembali digelar bulan depan")]
    assert cards[1].href == "/y"


def test_ages_after_each_title_stay_with_their_card() -> None:
    b = _block('<div class="rail"><a href="/x">Jembatan gantung selesai diperbaiki</a> <time>2 jam</time> '
               '<a href="/y">Festival laut kembali digelar bulan depan</a> <time>6 Des 2026</time></div>',
               "Jembatan")
    cards = inline_cards(b)
    assert [c.fields["title"] for c in cards] == ["Jembatan gantung selesai diperbaiki",
                                                  "Festival laut kembali digelar bulan depan"]
    assert cards[1].fields.get("age") == "6 Des 2026"


def test_a_paragraph_with_two_links_is_one_card_at_most() -> None:
    b = _block('<p>Der Plan folgt dem <a href="/x">Bericht der unabhängigen Kommission</a> und dem '
               '<a href="/y">Gutachten des Landesrechnungshofs von 2024</a>, sagte die Bürgermeisterin '
               'am Abend vor den Mitgliedern des Rates.</p>', "Der Plan")
    assert len(inline_cards(b)) <= 1


def test_label_and_one_link_is_an_inline_teaser_whatever_the_label() -> None:
    title = "Nowy most otwarty dla pieszych i rowerzystów"
    line = _block(f'<p>Przeczytaj również: <a href="/x">{title}</a></p>', "Przeczytaj")
    assert labelled_link(line) == ("Przeczytaj również", title)
    # a credit, an origin line, a time stamp and a line of two links are none
    assert labelled_link(_block('<p>Foto: <a href="/x">Jan de Vries</a></p>', "Foto")) is None
    assert labelled_link(_block('<p>Bron: <a href="/x">IJsselbode</a> · 6 uur geleden</p>', "Bron")) is None
    update = '<p>Update 12:30: <a href="/x">Der Rat vertagt die Abstimmung auf Freitag</a></p>'
    assert labelled_link(_block(update, "Update")) is None
    assert labelled_link(_block('<p>Abgelegt unter: <a href="/x">Projekte und Aktionen</a> '
                                '<a href="/y">12 Kommentare</a></p>', "Abgelegt")) is None


def test_a_bold_label_without_colon_before_one_link_is_an_inline_teaser() -> None:
    title = "Nowy most otwarty dla pieszych i rowerzystów"
    line = _block(f'<div><b>CZYTAJ TAKŻE</b> <a href="/x">{title}</a></div>', "CZYTAJ")
    assert labelled_link(line) == ("CZYTAJ TAKŻE", title)
    # a bold lead-in of a sentence and a bold name before a short link are none
    assert labelled_link(_block('<div><b>Jan Nowak</b> <a href="/x">Kowalski</a></div>', "Jan")) is None
    assert labelled_link(_block('<div><b>Uwaga.</b> <a href="/x">Most zamknięty dla ruchu jutro</a></div>',
                                "Uwaga")) is None


def test_card_ages_beyond_the_regexes() -> None:
    assert is_card_age("2 saat önce") and is_card_age("dün") and is_card_age("i går")
    assert not is_card_age("Sport") and not is_card_age("Radio Hav")
    # a whole meta line is no piece: its pieces are asked one by one
    assert not is_card_age("Valley Herald · 2 saat önce")


def test_a_block_cut_to_its_last_card_is_read_again() -> None:
    """``is_prose`` is cached on the block (issue 16); a block holding several cards is cut to
    its last card's text, and its prose verdict is read again from that text."""
    from declutter.blocks import Page
    from declutter.content.cards import _read_inline
    from declutter.content.features import is_prose

    cards = [("Kabar Teluk Utara Raya", "Jembatan gantung selesai diperbaiki warga desa bersama"),
             ("Suara Bahari Timur Jaya", "Festival laut kembali digelar bulan depan di pantai"),
             ("Warta Pesisir Selatan Kita", "Harga ikan segar naik menjelang musim hujan tahun ini"),
             ("Berita Lembah Hijau Asri", "Sekolah baru dibuka untuk anak nelayan di kampung")]
    rail = "".join(f'<span>{k}</span><a href="/{i}">{t}</a>' for i, (k, t) in enumerate(cards))
    b = _block(f'<div class="rail">{rail}</div>', "Kabar Teluk")
    assert is_prose(b)  # 41 words, two thirds of them linked: read as prose, and cached
    fields = _read_inline(Page(id="t", format="html", blocks=[b], url="https://example.test/a"), b, [])
    assert fields["title"] == cards[-1][1]
    assert not is_prose(b)  # now one linked title: no prose


def test_a_label_ending_in_a_colon_before_the_link_is_no_source() -> None:
    """A "read also" label in the card's element, before its link, is the card's label in
    any language (fresh-user 8 kind H4): the short piece ending in ":" gives no source."""
    b = _block('<div class="more"><b>Ezt is olvassa el:</b> '
               '<a href="/x">Új gyalogoshíd épül a Duna felett</a></div>', "Ezt is")
    fields = inline_cards(b)[0].fields
    assert fields["title"] == "Új gyalogoshíd épül a Duna felett"
    assert "source" not in fields
    assert fields["label"] == "Ezt is olvassa el:"  # (recorded among the removed blocks)
    # a kicker without a colon is still the card's source
    kicker = _block('<div class="more"><b>Kabar Teluk</b> '
                    '<a href="/x">Jembatan gantung selesai diperbaiki</a></div>', "Kabar Teluk")
    assert inline_cards(kicker)[0].fields.get("source") == "Kabar Teluk"


def test_a_meta_row_may_end_in_an_abbreviated_age() -> None:
    """A row "Source · 3 val." ends in the full stop of its abbreviated age, not of a sentence
    (fresh-user 8 kind H6: the first card of a list was lost so)."""
    from declutter.content.inline_cards import meta_row

    assert meta_row(_block("<div>Postimees · 3 t.</div>", "Postimees")) == ["Postimees", "3 t."]
    assert meta_row(_block("<div>Postimees · Linn kasvab.</div>", "Postimees")) is None


def test_a_block_of_an_element_cut_at_line_breaks_is_its_own_card_only() -> None:
    """"<p>Label: <a>A</a><br>Label: <a>B</a></p>" is two blocks; each is the one card whose
    text it holds, not both (each block once read both, and each card came twice)."""
    html = ('<p>Järgmine postitus: <a href="/a">Linn ehitab uue silla üle jõe</a><br>'
            'Eelmine postitus: <a href="/b">Turg kolib suveks sadamasse tagasi</a></p>')
    second = _block(html, "Eelmine")
    cards = inline_cards(second)
    assert [c.fields["title"] for c in cards] == ["Turg kolib suveks sadamasse tagasi"]


def test_a_label_in_its_own_table_cell_before_one_link_is_an_inline_teaser() -> None:
    title = "Uusi silta avattiin jalankulkijoille ja pyöräilijöille"
    row = _block(f'<table><tr><td><b>Lue myös:</b></td><td><a href="/x">{title}</a></td></tr></table>',
                 "Lue")
    assert labelled_link(row) == ("Lue myös", title)
    # a row of two links, or of a figure and a link, is none
    assert labelled_link(_block('<table><tr><td><a href="/y">Urheilu</a></td><td><a href="/x">'
                                f'{title}</a></td></tr></table>', "Urheilu")) is None
    assert labelled_link(_block(f'<table><tr><td>2026</td><td><a href="/x">{title}</a></td></tr></table>',
                                "2026")) is None


def _story_page(box: str) -> list[Block]:
    """The labelled blocks of a small story page with ``box`` between its paragraphs."""
    para = "<p>Městská rada ve středu schválila nový rozpočet na příští rok po dlouhé debatě.</p>"
    html = f"<html><body><article><h1>Rozpočet schválen</h1>{para * 2}{box}{para * 2}</article></body></html>"
    page = parse_html(html, id="t", url="https://example.test/a")
    label_html(page)
    return page.blocks


def test_a_label_and_one_link_alone_in_an_aside_between_paragraphs_is_a_teaser() -> None:
    title = "Nová autobusová linka spojí nádraží s letištěm"
    blocks = _story_page(f'<aside><h4>Čtěte také</h4><a href="/x">{title}</a></aside>')
    line = next(b for b in blocks if b.text == title)
    assert (line.label, line.field) == (TEASER, "title")
    label = next(b for b in blocks if b.text == "Čtěte také")
    assert (label.label, label.rule) == (BOILERPLATE, "heuristic.teaser-label")
    # an aside holding more than the label and its link stays dropped
    blocks = _story_page(f'<aside><h4>Čtěte také</h4><a href="/x">{title}</a>'
                         '<p>Reklama partnera.</p></aside>')
    assert next(b for b in blocks if b.text == title).label != TEASER


def test_a_span_label_glued_to_its_link_between_paragraphs_is_a_teaser() -> None:
    """"<span>LABEL</span><a><strong>Title</strong></a>" (fresh-user 11 kind H3): the label set
    apart by a span is no part of the title, though no space parts it in the block's text."""
    title = "Pont newydd ar agor i gerddwyr a beicwyr"
    blocks = _story_page(f'<div class="card"><span>DARLLENWCH HEFYD</span><a href="/x"><strong>{title}'
                         '</strong></a></div>')
    line = next(b for b in blocks if b.text.endswith(title))
    assert (line.label, line.field) == (TEASER, "title")


def test_a_caseless_headline_of_four_words_after_a_label_is_no_name() -> None:
    """In a script without case every word looks capitalised, so a headline of four words reads
    as a name (fresh-user 11 kind H3, an ``<aside>``): past ``CARD_TITLE_WORDS`` words it is a
    headline."""
    title = "சென்னை மெட்ரோ பாதை திறப்பு"
    blocks = _story_page(f'<aside><b>இதையும் படியுங்கள்:</b> <a href="/x">{title}</a></aside>')
    line = next(b for b in blocks if b.text.endswith(title))
    assert (line.label, line.field) == (TEASER, "title")


def test_a_label_cell_in_a_script_without_spaces_counts_its_letters_not_its_signs() -> None:
    """A table row "<td><b>ဆက်ဖတ်ရန်:</b></td><td><a>Title</a></td>" (fresh-user 11 kind H3):
    the label's vowel signs and viramas are no letters of its length."""
    title = "ရန်ကုန်မြို့တွင်မိုးသည်းထန်စွာရွာသွန်း"
    blocks = _story_page(f'<table><tr><td><b>ဆက်ဖတ်ရန်:</b></td><td><a href="/x">{title}</a></td></tr></table>')
    line = next(b for b in blocks if b.text.endswith(title))
    assert (line.label, line.field) == (TEASER, "title")


def test_a_labelled_link_in_a_story_cut_at_line_breaks_is_its_own_card_only() -> None:
    """A story of one ``<div>`` cut by ``<br><br>``, with "<span>LABEL › <a>Title</a></span>"
    between its paragraphs (fresh-user 11 kind H6): the arrow closes the label as a colon
    would, the title is the link alone, and the next paragraph stays the story's, not the
    card's text."""
    paras = ["Bæjarstjórnin samþykkti á mánudag nýja áætlun um almenningssamgöngur í bænum.",
             "Samkvæmt áætluninni munu strætisvagnar ganga á tíu mínútna fresti á annatímum.",
             "Íbúar fögnuðu breytingunni og sögðu hana löngu tímabæra fyrir hverfin í austri.",
             "Nýja kerfið tekur gildi í byrjun næsta árs og verður endurskoðað eftir tvö ár."]
    title = "Ný göngubrú opnuð yfir ána"
    card = f'<span class="ra">LESTU EINNIG &rsaquo; <a href="/x">{title}</a></span>'
    story = "<br><br>".join([*paras[:2], card, *paras[2:]])
    html = f'<html><body><h1>Strætó á tíu mínútna fresti</h1><div class="story">{story}</div></body></html>'
    page = parse_html(html, id="t", url="https://example.test/a")
    label_html(page)
    assert [t.get("title") for t in page.teasers.values()] == [title]
    assert all(t.get("text") is None for t in page.teasers.values())
    assert [b.text for b in page.blocks if b.label == "story"] == paras


def test_a_span_label_link_and_meta_line_between_paragraphs_is_a_teaser() -> None:
    """"<span>LABEL</span><a>Title</a><em>Source · age</em>" (fresh-user 11 kind H3): the
    short line after the link does not keep the card from being read."""
    title = "Pont newydd ar agor i gerddwyr a beicwyr"
    blocks = _story_page(f'<div class="card"><span>DARLLENWCH HEFYD</span><a href="/x">{title}</a>'
                         '<em>Newyddion y Fro · ddoe</em></div>')
    line = next(b for b in blocks if title in b.text)
    assert (line.label, line.field) == (TEASER, "title")


def test_a_card_line_of_a_layout_cell_reads_its_bracketed_source_and_age() -> None:
    # fresh-user report 14, kind H9, in French: "<a>Title</a> (Source, age)<br>" lines in a
    # table cell (no block element: the row's), each its own card
    from declutter.html import parse_html

    page = parse_html(
        "<html><body><table><tr><td><b>À LIRE AUSSI</b><br><a href='/a'>Record de phoques sur "
        "les îles</a> (Ouest Matin, il y a 3 heures)<br><a href='/b'>Le dragage du port repoussé"
        "</a> (Le Phare, hier)<br></td></tr></table></body></html>", id="t")
    card = next(b for b in page.blocks if b.text.startswith("Record"))
    assert inline_cards(card)[0].fields == {
        "title": "Record de phoques sur les îles", "source": "Ouest Matin", "age": "il y a 3 heures"}


def test_counts_after_a_title_are_no_source_and_a_name_beside_a_day_word_is() -> None:
    """Kind H3 of fresh-user 14 (cards "<a>Title</a><span>12 sylw</span> · <span>5 mun.
    darllen</span>", Welsh here): a count is the card's text, no source; "<span>Golwg360</span> ·
    <span>ddoe</span>" is the source and an age no test reads."""
    counted = _block('<div class="rail"><a href="/x">Pysgotwyr Môn yn cwyno am gwotâu</a>'
                     '<span>12 sylw</span> · <span>5 mun. darllen</span></div>', "Pysgotwyr")
    named = _block('<div class="rail"><a href="/y">Bad achub newydd yng Nghaergybi</a>'
                   '<span>Golwg360</span> · <span>ddoe</span></div>', "Bad achub")
    fields = [inline_cards(b)[0].fields for b in (counted, named)]
    assert [(f.get("source"), f.get("age"), f.get("text")) for f in fields] == [
        (None, None, "12 sylw"), ("Golwg360", "ddoe", None)]


_HSB = "".join(f"<p>{p}</p>" for p in (
    "Gmejnska rada je wutoru wobzamknyła, zo so nowy móst přez rěku přichodne lěto wotewri, "
    "po tym zo su dźěła dwě lěće stejało.",
    "Po słowach wjesneho předsydy je to wulki krok za wjes, dokelž ćežke awta hižo přez wuske "
    "hasy jězdźić njetrjebaja.",
))


def test_a_card_box_with_its_link_loose_in_it_takes_the_meta_line_no_reader_knows() -> None:
    """Fresh-user report 16, kind H1 (Avar there; Upper Sorbian here): a card mid-story, a box
    holding a label, its link loose in it and a meta line of a source in lower-case words and
    an age no regex reads; the meta line is the teaser's source and age, not story text."""
    html = ("<html><body><div id='post'><h1>Nowy móst přez rěku so wotewri</h1>" + _HSB
            + "<div class='card'><div class='l'>Čitajće tež</div><a href='/n/7'>Nowa šula w "
            "susodnej wsy wotewrjena</a><div class='m'>Serbske nowiny · 2 hodźinje zady</div></div>"
            + _HSB + "</div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert [(t.get("source"), t.get("age")) for t in page.teasers.values()] == [
        ("Serbske nowiny", "2 hodźinje zady")]
    assert not any("hodźinje" in b.text for b in page.blocks if b.label != TEASER)


def test_meta_line_reads_a_block_by_its_pieces_and_a_line_of_text_by_its_separators() -> None:
    row = _block('<div class="meta"><span>Suara Bahari</span> <span>kemarin sore</span></div>',
                 "Suara Bahari")
    assert meta_line(row)  # two inline pieces, no age any regex reads
    assert not meta_line("Suara Bahari kemarin sore")  # the same words, no separator
    assert meta_line("Suara Bahari · kemarin sore")  # (the text after a card's linked title)
    linked = _block('<div class="meta"><a href="/s">Suara Bahari</a> <span>kemarin sore</span></div>',
                    "Suara Bahari")
    assert not meta_line(linked)  # a block with a link is no meta line
def test_a_layout_cell_of_cards_cut_at_line_breaks_gives_its_cards() -> None:
    # fresh-user report 17, kind H3: "<a>Title</a><br><i>Source · 2 ora lasa</i><br>" in a
    # table cell beside the story: each meta line is a line of the cell, read by its own separators
    record = clean(H3_MG)
    assert [(t["source"], t["age"]) for t in record["teasers"]] == [
        ("Midi Madagasikara", "2 ora lasa"), ("Gazety Vaovao", "5 ora lasa"),
        ("Radio Fahazavana", "1 andro lasa")]
    assert [r["text"] for r in record["removed"]] == ["Vaovao mifandraika"]


def test_a_rail_label_before_the_first_link_is_no_card_source() -> None:
    # fresh-user report 17, kind H7: "<span>Berita terkait</span> <a>A</a> <a>B</a>": only the
    # first card has loose text before its link, so it is the rail's label, kept in removed
    record = clean(H7_ID)
    assert [t["source"] for t in record["teasers"]] == [None, None]
    assert {"rule": "heuristic.teaser", "text": "Berita terkait", "at": 0} in record["removed"]
