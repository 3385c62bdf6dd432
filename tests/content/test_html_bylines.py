"""The byline under an HTML headline fills ``meta`` (fresh-user report 8, kind H7): pages of
our own in Polish."""

from __future__ import annotations

from fresh17_html_pages import H6_ID, H6_SW, H8_HE, H8_UR, clean

from declutter.blocks import BOILERPLATE
from declutter.content.html_story import label_html
from declutter.html import parse_html

_PL = "".join(
    f"<p>{p}</p>" for p in (
        "Rada miasta przyjęła w piątek uchwałę o strefie czystego transportu, która zacznie "
        "obowiązywać od pierwszego marca przyszłego roku.",
        "Według prezydenta miasta to konieczny krok, ponieważ stężenia dwutlenku azotu na "
        "niektórych ulicach od lat przekraczają normy.",
        "Przestrzegania przepisów będą pilnować kamery przy wjazdach do strefy.",
    ))


def _page(byline: str):
    html = (f"<html><body><article><header><h1>Kraków wprowadza strefę czystego transportu</h1>"
            f"{byline}</header>{_PL}</article></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return page


def test_a_byline_with_a_time_element_gives_author_and_published() -> None:
    page = _page('<p class="meta"><span>Autor: Jan Kowalski</span> · '
                 '<time datetime="2026-12-06T14:20:00+01:00">6 grudnia 2026, 14:20</time></p>')
    assert page.meta["author"] == "Jan Kowalski"
    assert page.meta["published"] == "2026-12-06T13:20:00Z"


def test_a_linked_name_loses_the_word_before_it() -> None:
    page = _page('<p>Przez <a href="/autor/an">Anna Nowak</a> · '
                 '<time datetime="2026-12-06">6 grudnia 2026</time></p>')
    assert page.meta["author"] == "Anna Nowak"
    assert page.meta["published"] == "2026-12-06"


def test_a_bare_div_byline_under_the_headline_is_dropped_and_read() -> None:
    html = ('<html><body><div class="h">Kraków wprowadza strefę czystego transportu</div>'
            f'<div>Anna Nowak, 2026-12-07 09:15</div>{_PL}</body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    line = next(b for b in page.blocks if b.text.startswith("Anna Nowak"))
    assert line.label == BOILERPLATE
    assert page.meta["author"] == "Anna Nowak"
    assert page.meta["published"] == "2026-12-07T09:15:00Z"


def test_the_page_metadata_wins_and_a_date_is_no_author() -> None:
    html = ('<html><head><meta name="author" content="Redakcja"></head><body><article><header>'
            '<h1>Kraków wprowadza strefę czystego transportu</h1>'
            '<p class="meta">Piątek, 6 grudnia 2026</p></header>' + _PL + "</article></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert page.meta["author"] == "Redakcja"
    assert not page.meta.get("published")


_ET = "".join(
    f"<p>{p}</p>" for p in (
        "Tallinna linnavolikogu kiitis neljapäeval heaks uue kontserdimaja ehitamise mere ääres, "
        "kuhu mahub kaks tuhat kuulajat.",
        "Projekt maksab ligi sada miljonit eurot ning pool rahast tuleb Euroopa fondidest, ütles "
        "linnapea.",
        "Majja tuleb ka väike saal kammermuusika jaoks.",
    ))


def _et_page(byline: str, h1: bool = True) -> tuple[dict[str, str], list[str]]:
    head = "<h1>Tallinn ehitab uue kontserdimaja</h1>" if h1 else "<h2>Tallinn ehitab uue kontserdimaja</h2>"
    page = parse_html(f"<html><body><div>{head}{byline}{_ET}</div></body></html>", id="t")
    label_html(page)
    return page.meta, [b.text for b in page.blocks if b.label == "story"]


def test_a_labelled_byline_with_a_dateline_leaves_the_story() -> None:
    # fresh-user report 9, kind H2: "Label: Name | date word time | Label: Source" read as prose
    meta, story = _et_page("<p><small>Autor: Mari Tamm | 6. 12. 2026 kell 18:30 | Allikas: ERR</small></p>",
                           h1=False)
    assert meta.get("author") == "Mari Tamm"
    assert story[0].startswith("Tallinna linnavolikogu")


def test_rel_author_and_a_labelled_link_give_the_author() -> None:
    # fresh-user report 9, kind H3: the markup marks the name, whatever the label's language
    meta, _ = _et_page('<div class="by">Autor: <a href="/a/mari">Mari Tamm</a> · '
                       "7. detsember 2026 kell 09.14</div>")
    assert meta.get("author") == "Mari Tamm"
    meta, _ = _et_page('<p class="meta">Հեղինակ՝ <a rel="author">Անի Պետրոսյան</a> '
                       '<time datetime="2026-12-06T11:00:00+04:00">6 դեկտեմբերի, 2026</time></p>')
    assert meta.get("author") == "Անի Պետրոսյան"


_ES = "".join(
    f"<p>{p}</p>" for p in (
        "El ayuntamiento de Zaragoza aprobó el jueves la construcción de una nueva sala de "
        "conciertos con dos mil butacas junto al Ebro.",
        "El proyecto costará casi cincuenta millones de euros y la mitad llegará de fondos "
        "europeos, según explicó la alcaldesa.",
        "La sala tendrá también un escenario al aire libre para los conciertos de verano.",
    ))


def test_a_dateline_with_two_joined_names_leaves_the_story() -> None:
    # fresh-user report 9, kind H2: "date, time — by A and B" over the story, no label
    page = parse_html("<html><body><div><h2>Zaragoza tendrá una nueva sala de conciertos</h2>"
                      "<p>domingo 6 de diciembre de 2026, 21:40 CET — por Ana Ruiz y Luis Gómez</p>"
                      f"{_ES}</div></body></html>", id="t")
    label_html(page)
    assert page.meta.get("author") == "Ana Ruiz"
    assert [b.text for b in page.blocks if b.label == "story"][0].startswith("El ayuntamiento")


def test_a_labelled_linked_name_outside_the_story_container_gives_the_author() -> None:
    # fresh-user report 9, kind H3: the headline and byline sit in a header outside the story
    page = parse_html('<html><body><div class="top"><h1>Tallinn ehitab uue kontserdimaja</h1>'
                      '<div>Autor: <a href="/a/mari">Mari Tamm</a> · 7. detsember 2026 kell 09.14</div>'
                      '<div>Uus maja mere ääres. Foto: Jaan Kask / ERR</div></div>'
                      f"<main><article>{_ET}</article></main></body></html>", id="t")
    label_html(page)
    assert page.meta.get("author") == "Mari Tamm"


# Fresh-user report 10, kind H7: a word before a linked name of three words or more, the word
# used in lower case on the page too; a page of our own in Portuguese.
_PT = "".join(
    f"<p>{p}</p>" for p in (
        "A câmara municipal aprovou na sexta-feira uma zona de emissões reduzidas, que começa a "
        "funcionar no primeiro dia de março.",
        "Segundo o presidente da câmara, a medida é necessária porque o ar de várias ruas está "
        "poluído por causa do trânsito.",
        "As regras serão fiscalizadas por câmaras instaladas nas entradas da zona.",
    ))


def test_a_linked_name_of_three_words_loses_the_word_before_it() -> None:
    for name in ("Maria do Carmo", "João Dias Ferreira"):
        html = ("<html><body><article><h1>Porto cria uma zona de emissões reduzidas</h1>"
                f'<p class="byline">Por <a href="/autor/x">{name}</a> · 6 de dezembro de 2026</p>'
                f"{_PT}</article></body></html>")
        page = parse_html(html, id="t")
        label_html(page)
        assert page.meta.get("author") == name


def test_a_linked_category_alone_on_its_line_names_no_one() -> None:
    for category in ("Casa e Jardim Urbano", "DIY (Faça Você Mesmo)"):
        html = ("<html><body><article><h1>Porto cria uma zona de emissões reduzidas</h1>"
                f'<p class="byline"><a href="/cat/x">{category}</a></p>{_PT}</article></body></html>')
        page = parse_html(html, id="t")
        label_html(page)
        assert "author" not in page.meta


def test_a_byline_set_as_a_list_over_a_definition_list_story_is_no_story() -> None:
    # (fresh-user report 11, kind H8; a page of our own in Finnish) the byline as <ul><li>
    # (name / date / read time) between the h1 and a story in <dl><dd>: not joined to the story
    # as the headline's section list (an item is a date alone), its name the author
    story = "".join(f"<dd>{p}</dd>" for p in (
        "Helsingin kaupunki vahvisti tänään, että uuden raitiolinjan rakennustyöt valmistuvat "
        "suunnitellusti ensi vuoden kesäkuussa.",
        "Linja yhdistää keskustan, sataman ja linja-autoaseman, ja sen arvioidaan palvelevan "
        "päivittäin lähes kahdeksaatuhatta matkustajaa.",
        "Apulaispormestarin mukaan hankkeen budjetti on pysynyt raameissa, vaikka "
        "rakennusmateriaalien hinnat ovat nousseet.",
    ))
    html = ("<html><body><div class='c'><h1>Uusi raitiolinja valmistuu ensi kesänä</h1>"
            "<ul class='info'><li>Liisa Virtanen</li><li>7. joulukuuta 2026, 09:15</li>"
            f"<li>Lukuaika 3 min</li></ul><dl class='body'>{story}</dl></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert [b.label for b in page.blocks if b.kind == "li"] == [BOILERPLATE] * 3
    assert page.meta["author"] == "Liisa Virtanen"


_TN = "".join(f"<p>{p}</p>" for p in (
    "Puso e phasaladitse gompieno gore e tla aga sekolo se sesha mo motseng wa Serowe, se se "
    "tla tsenwang ke bana ba le makgolo a mararo go simolola ngwaga o o tlang.",
    "Tona ya thuto o buile le baagi ba motse mme a ba tlhalosetsa gore kago e tla simolola mo "
    "kgweding e e tlang, mme e tla fela mo dingwageng di le pedi.",
    "Baagi ba motse ba amogetse dikgang tse ka boitumelo."))


def test_a_labelled_byline_whose_age_no_test_reads_is_no_story() -> None:
    """Kind 3 of s9 (an Igbo page: "Site n'aka Name · Site · awa 2 gara aga" stayed the story's
    first line): a byline no age test reads, here in Tswana, read by its shape (a label of
    lower-case words before the name, a last piece with one number) is dropped, its name the
    author's."""
    html = ('<html><body><div class="wrap"><h1>Sekolo se sesha se tla agiwa mo Serowe</h1>'
            '<div class="by">E kwadilwe ke Kabelo Mokoena · Mmegi · pele ga diura tse 2</div>'
            f'<div class="body">{_TN}</div></div></body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    line = next(b for b in page.blocks if b.text.startswith("E kwadilwe"))
    assert (line.label, line.rule) == (BOILERPLATE, "heuristic.byline")
    assert page.meta.get("author") == "Kabelo Mokoena"


_SW = "".join(
    f"<p>{p}</p>" for p in (
        "Serikali ya kaunti imetangaza kwamba barabara mpya ya lami kati ya mji na bandari "
        "itakamilika kabla ya mwisho wa mwaka ujao.",
        "Kwa mujibu wa gavana, ujenzi huo utagharimu shilingi bilioni mbili na utatoa ajira "
        "kwa vijana wengi wa eneo hilo.",
        "Wakazi wamesema wanatarajia usafiri wa bidhaa zao sokoni kuwa rahisi zaidi.",
    ))


def test_a_linked_name_beside_an_age_no_regex_reads_gives_the_author() -> None:
    # Swahili (fresh-user report 13, kind H3): the age's words are unknown, but a name set
    # apart in a link beside a number and its unit word is a byline all the same
    html = ("<html><body><article><h1>Barabara mpya ya lami kujengwa pwani</h1>"
            '<div class="meta">Na <a href="/w/am">Amina Mwangi</a> | saa 2 zilizopita</div>'
            f"{_SW}</article></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert page.meta["author"] == "Amina Mwangi"


def test_a_byline_under_a_standfirst_leaves_the_story() -> None:
    # Polish (report 13, kind H2): a standfirst (the headline's one paragraph) over a byline
    # whose markup sets the name apart after two words: the byline goes, its name is the author
    html = ('<html><body><div class="content"><h1>Lodowiec, który tego lata stracił najwięcej</h1>'
            '<div class="dek">Od dwudziestu lat mierzy lodowiec. Tego lata padły wszystkie jej '
            'rekordy.</div><div class="by">Rozmowę przeprowadził <a href="/a/jk">Jan Kowalski</a>'
            f" — 6 grudnia 2026</div>{_PL}</div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    by = next(b for b in page.blocks if b.text.startswith("Rozmowę"))
    assert by.label == BOILERPLATE
    assert page.meta["author"] == "Jan Kowalski"
    assert any(b.text.startswith("Od dwudziestu") and b.label == "story" for b in page.blocks)


def test_a_name_beside_its_agency_in_spans_of_their_own_gives_no_agency_as_author() -> None:
    # two capitalised names set apart side by side: the second is no name introduced by the
    # first (only words ending in a lower-case one introduce a name)
    page = _page('<div class="byline"><span class="author">Jan Kowalski</span> '
                 '<span class="agency">Polska Agencja Prasowa</span></div>')
    assert page.meta.get("author") != "Polska Agencja Prasowa"



def test_a_site_name_in_its_own_element_under_the_headline_is_no_author() -> None:
    # the site's name under the headline (set apart in <strong>, its words again in the
    # footer) is the site's, never the author
    html = ("<html><body><article><h1>Kraków wprowadza strefę czystego transportu</h1>"
            f"<p><strong>Gazeta Miejska</strong></p>{_PL}</article>"
            "<footer><p>© 2026 Gazeta Miejska</p></footer></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert "author" not in page.meta


def test_a_two_word_label_ending_in_a_function_word_of_the_page_leaves_the_name() -> None:
    # fresh-user report 14, kind H12, in Portuguese: "Escrito por Ana Lima"
    story = "".join(f"<p>{p}</p>" for p in (
        "O projeto da nova biblioteca foi aprovado por unanimidade na câmara municipal nesta "
        "quinta-feira, depois de dois anos de debate.",
        "As obras devem começar em março e durar cerca de dezoito meses, segundo a prefeitura.",
    ))
    page = parse_html("<html><body><article><h1>Câmara aprova a nova biblioteca municipal</h1>"
                      "<div class='info'><span>Escrito por Ana Lima</span> <span>|</span> "
                      "<time datetime='2026-12-06T17:00:00Z'>6 de dezembro de 2026</time></div>"
                      f"{story}</article></body></html>", id="t")
    label_html(page)
    assert page.meta.get("author") == "Ana Lima"


_TL = "".join(f"<p>{p}</p>" for p in (
    "Inaprubahan ng konseho ng lungsod noong Biyernes ang bagong plano para sa pampublikong "
    "transportasyon sa buong lalawigan.",
    "Ayon sa alkalde, sisimulan ang mga unang ruta sa susunod na taon kapag dumating na ang mga "
    "bagong bus mula sa pabrika.",
    "May mga residenteng nag-aalala tungkol sa dagdag na pamasahe.",
))


def _tl_meta(byline: str) -> dict[str, str]:
    page = parse_html("<html><body><article><header><h1>Bagong plano sa transportasyon</h1>"
                      f"<div>{byline}</div></header>{_TL}</article></body></html>", id="t")
    label_html(page)
    return page.meta


def test_a_byline_age_of_six_words_and_a_name_of_three_are_read() -> None:
    # (issues 12/13 kind 1, seen in Scottish Gaelic; ours in Tagalog) an age of six words in no
    # language the regexes hold, and a name of three words the page shows no introducing word
    # in: kept whole, as the dump reader keeps it (a source's pages may still learn the word)
    assert _tl_meta("Maria Luisa Santos · mga 4 na oras ang nakalipas").get("author") == "Maria Luisa Santos"


def test_a_date_set_with_hyphens_dates_a_byline() -> None:
    # (issues 12/13 kind 1, seen in Romansh) "<name>, 07-12-2026": a day, month and year
    # between hyphens is a date as between dots or slashes
    assert _tl_meta("Andres Bonifacio, 07-12-2026").get("author") == "Andres Bonifacio"


_FY = "".join(
    f"<p>{p}</p>" for p in (
        "De gemeenteried hat tiisdei besletten dat de nije brêge oer de feart takom jier iepen giet, "
        "neidat de wurksumheden mear as twa jier stil lein hawwe.",
        "Neffens de wethâlder is it in grutte stap foar it doarp, om't it frachtferkear net langer "
        "troch de smelle strjitten hoecht.",
        "De bewenners kinne harren miening jaan op in gearkomste yn it doarpshûs.",
    ))


def _fy_page(byline: str):
    html = (f"<html><body><article><h1>Nije brêge oer de feart giet takom jier iepen</h1>"
            f"{byline}{_FY}</article></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return page


def test_a_linked_name_and_a_time_with_no_mark_between_give_the_author() -> None:
    """Fresh-user report 16, kind H3 (Cree there; West Frisian here): "By <a>Name</a>
    <time>date</time>", no separator printed between name and date, names the author."""
    page = _fy_page('<p>Troch <a href="/auteurs/ss">Sjoerd Sikkema</a> '
                    '<time datetime="2026-12-07T09:00:00Z">7 desimber 2026</time></p>')
    assert page.meta["author"] == "Sjoerd Sikkema"
    assert page.meta["published"] == "2026-12-07T09:00:00Z"


def test_a_linked_name_alone_after_its_word_is_the_author_though_the_line_is_link_dense() -> None:
    """The README's own shape, "By <a>Ann Lee</a>" alone on its line, which the scorer drops as
    link-dense: the markup sets the name apart from its word."""
    page = _fy_page('<p>Troch <a href="/auteurs/ss">Sjoerd Sikkema</a></p>')
    assert page.meta["author"] == "Sjoerd Sikkema"


def test_a_line_of_single_word_links_under_the_headline_names_no_author() -> None:
    page = _fy_page('<p><a href="/">Thús</a> <a href="/nijs">Nijs</a></p>')
    assert "author" not in page.meta


def test_a_byline_of_two_marked_authors_names_both() -> None:
    # fresh-user report 17, kind H6: "Na <a rel=author>A</a> na <a rel=author>B</a>"
    assert clean(H6_SW)["meta"]["author"] == "Amina Juma, Baraka Mwita"


def test_a_byline_of_three_itemprop_authors_names_all() -> None:
    # (a variant: itemprop=author spans joined by a comma and a word)
    assert clean(H6_ID)["meta"]["author"] == "Sari Dewi, Budi Santoso, Rina Wati"


def test_a_byline_in_a_script_with_no_case_gives_the_author() -> None:
    # fresh-user report 17, kind H8: "Name · Site · age" under an RTL headline
    assert clean(H8_HE)["meta"]["author"] == "דנה כהן"


def test_an_urdu_byline_gives_the_author() -> None:
    # (a variant: Arabic script, its age no regex reads)
    assert clean(H8_UR)["meta"]["author"] == "عائشہ خان"
