"""``repeated_cards``: a run of sibling cards of one shape is a teaser section, no heading needed."""

from __future__ import annotations

from fresh17_html_pages import H2_HA, H2_SW, clean

from declutter.content.card_repeats import repeated_cards
from declutter.content.chains import Chains
from declutter.html import parse_html

STORY = "<p>El consell municipal va aprovar ahir el pressupost, després d'un debat molt llarg.</p>"


def _sections(cards: str) -> dict[int, object]:
    html = f"<html><body><div>{STORY * 4}<div>{cards}</div></div></body></html>"
    page = parse_html(html.encode(), id="t", url="https://example.cat/a")
    sections: dict[int, object] = {}
    repeated_cards(page.blocks, Chains(page.blocks), sections)
    return {i: page.blocks[i].text for i in sections}


def card(href: str, title: str, source: str, age: str) -> str:
    return (f"<div><div><a href='{href}'>{title}</a></div>"
            f"<div><span>{source}</span> <span>{age}</span></div></div>")


def test_two_cards_of_one_shape_are_a_section_whatever_their_words() -> None:
    found = _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "fa 3 hores")
                      + card("/c", "La platja tanca per obres aquest estiu", "Ràdio Costa", "ahir"))
    assert {"El port amplia el moll de càrrega", "La platja tanca per obres aquest estiu"} <= set(
        found.values())


def test_one_card_alone_is_no_list() -> None:
    assert _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "ahir")) == {}


def test_tiles_of_one_block_each_above_the_headline_are_teasers() -> None:
    """A strip of tiles before the story's ``<h1>``, each one block "<a>Title</a><span>Source ·
    age</span>" (fresh-user 11 kind H5): a run of one-block cards of one shape is a teaser list
    wherever it stands, not text outside the story."""
    import json

    from declutter.api import extract

    tiles = [("/1", "Il traghetto riduce le corse invernali", "Gazzetta Isolana", "2 ore fa"),
             ("/2", "La cooperativa della lana vince un premio", "Corriere del Porto", "5 ore fa"),
             ("/3", "Allerta meteo per le isole minori", "Voce del Nord", "8 ore fa")]
    strip = "".join(f'<div class="tile"><a href="{h}">{t}</a><span>{s} · {a}</span></div>'
                    for h, t, s, a in tiles)
    story = "".join(f"<p>{p}</p>" for p in (
        "Due guardiani si sono trasferiti lunedì nel faro meridionale, i primi a viverci dopo l'automazione.",
        "L'ente dei fari dice che la prova mostrerà se il personale residente riduce i costi.",
        "La sperimentazione dura due anni e potrebbe essere estesa ad altri fari remoti."))
    html = (f'<html><body><div class="strip">{strip}</div><article><h1>I guardiani tornano al faro '
            f"dopo quarant'anni</h1>{story}</article></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [x[1:] for x in tiles]


def test_tiles_with_ages_in_an_unknown_language_are_teasers() -> None:
    """Fresh-user report 12, kind H2: tiles "<a>Title</a><small>age</small>" above the
    headline, the age in a language the regexes do not read (here Basque, "duela 2 ordu"):
    read when the run's ages vary as ages do (the dump reader's test), none when they do not."""
    import json

    from declutter.api import extract

    def page(ages: tuple[str, str, str]) -> list[tuple[str, str]]:
        titles = ("Itsasontziak neguko bidaiak murrizten ditu", "Artilearen kooperatibak saria irabazi du",
                  "Eguraldi abisua uharte txikietarako gaur")
        strip = "".join(f'<div class="tile"><a href="/b/{k}">{t}</a><small>{a}</small></div>'
                        for k, (t, a) in enumerate(zip(titles, ages, strict=True)))
        story = "".join(f"<p>{p}</p>" for p in (
            "Bi zaindari hegoaldeko itsasargira joan dira astelehenean, automatizazioaren ondoren "
            "bertan bizi diren lehenak.",
            "Itsasargien erakundeak dio probak erakutsiko duela langileek kostuak murrizten dituzten.",
            "Esperimentuak bi urte iraungo du eta beste itsasargi batzuetara zabal daiteke."))
        html = (f'<html><body><div class="strip">{strip}</div><article><h1>Zaindariak itsasargira '
                f"itzuli dira berrogei urteren ondoren</h1>{story}</article></body></html>")
        record = json.loads(extract(html, output_format="json") or "{}")
        return [(t["title"], t["age"]) for t in record.get("teasers") or []]

    ages = ("duela 2 ordu", "duela 5 ordu", "duela 8 ordu")
    assert [a for _, a in page(ages)] == list(ages)
    assert page(("Bilbo 2", "Bilbo 2", "Bilbo 2")) == []


_SO_CARDS = [("Qiimaha bariiska oo hoos u dhacay suuqa Bakaaraha", "Goobjoog", "3 saac kahor"),
             ("Dugsi cusub oo laga furay magaalada Garoowe", "Hiiraan", "5 saac kahor"),
             ("Roobab culus oo ka da'ay gobolka Bay", "Radio Muqdisho", "shalay"),
             ("Dhalinyaro baranaya xirfadaha kombiyuutarka Hargeysa", "Hiiraan", "2 maalmood kahor")]
_SO_STORY = "".join(f"<p>{p}</p>" for p in (
    "Beeraleyda degmada Afgooye ayaa bilaabay goosashada dalagga sannadkan, iyagoo soo bandhigay "
    "galley, digir iyo khudaar ay beerteen xilligii roobabka.",
    "Guddoomiyaha ururka beeraleyda ayaa sheegay in goosashada sannadkan ay ka badan tahay tii "
    "sannadkii hore, maadaama roobku si fiican u da'ay.",
    "Si kastaba ha ahaatee, qaar badan oo ka mid ah ayaa ka cabanaya kharashka gaadiidka oo sare."))


def _so_teasers(cards: str) -> list[tuple[str, str | None, str | None]]:
    import json

    from declutter.api import extract

    html = (f"<html><body><div><h1>Beeraleyda Afgooye oo bilaabay goosashada dalagga</h1>"
            f'<div class="body">{_SO_STORY}</div></div>{cards}</body></html>')
    record = json.loads(extract(html, output_format="json") or "{}")
    return [(t["title"], t["source"], t["age"]) for t in record.get("teasers") or []]


def test_one_block_cards_with_a_source_beside_an_unknown_age_are_teasers() -> None:
    """Kind of our own new-user pages (Igbo bare divs, Malagasy table rows): one-block cards
    "<a>Title</a> · Source · age" or a table row "Title | Source | age", the age in a language
    no test reads (here Somali, "3 saac kahor", one card "shalay", yesterday): the piece with
    the number, beside its source, read as the run's ages by their shape."""
    rows = "".join(f'<div><a href="/w/{k}">{t}</a> · {s} · {a}</div>'
                   for k, (t, s, a) in enumerate(_SO_CARDS))
    assert _so_teasers(f"<div>{rows}</div>") == _SO_CARDS
    rows = "".join(f'<tr><td><a href="/w/{k}">{t}</a></td><td>{s}</td><td>{a}</td></tr>'
                   for k, (t, s, a) in enumerate(_SO_CARDS))
    assert _so_teasers(f"<table>{rows}</table>") == _SO_CARDS
    sections = "".join(f'<div><a href="/w/{k}">{t}</a> · {s} · Siyaasad</div>'
                       for k, (t, s, _) in enumerate(_SO_CARDS))
    assert _so_teasers(f"<div>{sections}</div>") == []  # (words in the age's place: no list)


def test_tiles_of_a_title_over_an_unknown_age_and_its_source_are_teasers() -> None:
    """Kind of our own new-user page (Haitian Creole tiles "<a>Title</a><br>sa gen 3 èdtan,
    Source" above the headline): a card of a linked title and one line "age, Source" whose age
    no test reads (here Lingala, "ngonga 3 eleki") is of one shape with its run's, its ages
    told by their shape; a run of titles over lines of words only, or of counts that fall
    down the list, is no list."""
    import json

    from declutter.api import extract

    cards = [("Ntalo ya loso emati lisusu na zando ya Gambela", "Radio Okapi", "ngonga 3 eleki"),
             ("Gbagba ya sika ekotongama likolo ya ebale Lukaya", "Top Congo", "ngonga 6 eleki"),
             ("Mbula makasi ebebisi bandako na Matadi", "Mbote", "mikolo 2 eleki")]

    def teasers(lines: list[str]) -> list[tuple[str, str | None, str | None]]:
        strip = "".join(f'<div><a href="/s/{k}">{t}</a><br>{m}</div>'
                        for k, ((t, _, _), m) in enumerate(zip(cards, lines, strict=True)))
        story = "".join(f"<p>{p}</p>" for p in (
            "Bateyi ya Kinshasa bafungoli lisusu bikolo na mokolo ya yambo sima ya poso misato ya "
            "grève ya balakisi, oyo bazalaki kosenga lifuti ya malamu.",
            "Mokambi ya mateya na etuka alobi ete guvernema endimi kofuta mbongo oyo babongisaki "
            "te banda sanza mingi, mpe komite moko ezali kosala likambo yango.",
            "Baboti basepeli komona bana na bango kozonga na eteyelo, kasi mingi bazali na mitungisi."))
        html = (f'<html><body><div class="tiles">{strip}</div><div id="c"><h1>Bikolo bifungwami '
                f"lisusu na Kinshasa</h1>{story}</div></body></html>")
        record = json.loads(extract(html, output_format="json") or "{}")
        return [(t["title"], t["source"], t["age"]) for t in record.get("teasers") or []]

    assert teasers([f"{a}, {s}" for _, s, a in cards]) == cards
    assert teasers([f"Politiki, {s}" for _, s, _ in cards]) == []
    # counts of a "most commented" list fall down it, as no list's ages do: no list
    assert teasers([f"{n} makanisi, {s}" for n, (_, s, _) in zip((40, 25, 12), cards, strict=True)]) == []


def test_one_block_cards_opened_by_a_dash_are_teasers() -> None:
    """Kind of our own new-user page (Haitian Creole "<p>— <a>Title</a> | Source | age</p>",
    no teaser even with English ages): a dash before the linked title is the list's bullet;
    the card is read as one that opens with its title, its age (here Yoruba, "wákàtí 3
    sẹ́yìn", no test reads it) by its column."""
    import json

    from declutter.api import extract

    cards = [("Iye owo iresi tun gòkè ni ọja Bodija", "Alaroye", "wákàtí 3 sẹ́yìn"),
             ("Afara tuntun yoo so Ibadan ati Oyo pọ", "Iroyin Owuro", "wákàtí 5 sẹ́yìn"),
             ("Ojo nla ba ọpọlọpọ ile jẹ ni Ilorin", "Alaroye", "ọjọ́ 2 sẹ́yìn")]
    rows = "".join(f'<p>— <a href="/y/{k}">{t}</a> | {s} | {a}</p>' for k, (t, s, a) in enumerate(cards))
    story = "".join(f"<p>{p}</p>" for p in (
        "Awọn ile-iwe ijọba ni ilu Ibadan ṣi ilẹkun wọn pada ni ọjọ Aje lẹyin ọsẹ mẹta ti awọn "
        "olukọ fi daṣẹ silẹ lati beere fun owo-oṣu to dara.",
        "Alakoso eto ẹkọ ni ipinlẹ naa sọ pe ijọba ti gba lati san owo ti wọn jẹ awọn olukọ, "
        "ti igbimọ kan si n ṣiṣẹ lori ilana owo-oṣu tuntun.",
        "Inu awọn obi dun lati ri awọn ọmọ wọn ti wọn pada si ile-iwe."))
    html = (f'<html><body><div id="c"><h1>Awọn ile-iwe tun ṣi ni Ibadan</h1>{story}</div>'
            f'<div class="x">{rows}</div></body></html>')
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == cards


_SM_CARDS = [("Ua siitia le tau o le araisa i Apia", "Samoa Observer", "3 itula ua mavae"),
             ("Ua tatalaina le alalaupapa fou i Savaii", "Talamua", "5 itula ua mavae"),
             ("Timuga mamafa i Upolu", "Newsline", "2 aso ua mavae")]


def _sm_teasers(cards: str) -> list[tuple[str, str | None, str | None]]:
    import json

    from declutter.api import extract

    story = "".join(f"<p>{p}</p>" for p in (
        "Ua toe tatalaina aoga a le malo i Apia i le aso Gafua ina ua maea vaiaso e tolu o le "
        "teteega a faiaoga, o e sa talosaga mo se siitaga o totogi.",
        "Na faapea mai le pule o le matagaluega o aoga ua malie le malo e totogi tupe ua tuai, "
        "ma o loo galue se komiti i se fuafuaga fou o totogi.",
        "Ua fiafia matua ina ua toe foi a latou fanau i aoga."))
    html = (f'<html><body><div id="c"><h1>Ua toe tatala aoga i Apia</h1>{story}</div>'
            f"{cards}</body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    return [(t["title"], t["source"], t["age"]) for t in record.get("teasers") or []]


def test_card_layouts_with_ages_no_test_reads() -> None:
    """Layouts of our own new-user pages (Haitian Creole, varied), each with its ages in a
    language no test reads (here Samoan, "3 itula ua mavae"): a short title beside a long
    age (its link under half the card's text: "<li><a>Title</a> — age · Source</li>"), and a
    card of a title, its source and its age each on its own line (the age line no heading of
    a list after it); a bracketed tail ("<a>Title</a> (Source, age)") stays read as before."""
    items = "".join(f'<li><a href="/s/{k}">{t}</a> — {a} · {s}</li>' for k, (t, s, a) in enumerate(_SM_CARDS))
    assert _sm_teasers(f"<ul>{items}</ul>") == _SM_CARDS
    items = "".join(f'<li><a href="/s/{k}">{t}</a> ({s}, {a})</li>' for k, (t, s, a) in enumerate(_SM_CARDS))
    assert _sm_teasers(f"<ul>{items}</ul>") == _SM_CARDS
    cards = "".join(f'<div><a href="/s/{k}">{t}</a><div>{s}</div><div>{a}</div></div>'
                    for k, (t, s, a) in enumerate(_SM_CARDS))
    assert _sm_teasers(f"<div>{cards}</div>") == _SM_CARDS


def test_a_list_of_title_and_meta_items_with_unread_ages_is_found_by_its_shape() -> None:
    """A plain ``<section>`` (no class) of ``<li><a>Title</a> <span>Source · age</span></li>``
    whose ages no age test reads ("3 ora lasa", Malagasy), short titles under half link text,
    a day word in one card's age place, numbers inside sources' names ("Radio 2MA", "TV5";
    fresh-user 13 kind H5): the column of numbered
    ages makes it a teaser list, each card with its source and age."""
    import json

    from declutter.api import extract

    items = "".join(
        f'<li><a href="/{i}">{t}</a> <span>{s} · {a}</span></li>'
        for i, (t, s, a) in enumerate([("Nisokatra indray ny seranana", "Gazety Midi", "3 ora lasa"),
                                       ("Niakatra ny vidin'ny solika", "Radio 2MA", "5 ora lasa"),
                                       ("Nandresy ny Barea", "TV5 Madagasikara", "omaly")]))
    story = "".join(
        f"<p>Nanambara ny governemanta omaly fa hanomboka ny asa fanamboarana ny lalana {k} any "
        "atsimon'ny nosy, ary hahatratra roa taona ny fotoana ilaina amin'izany.</p>" for k in range(3))
    html = (f"<html><body><article><h1>Hamboarina ny lalana</h1>{story}</article>"
            f"<section><h2>Vaovao hafa</h2><ul>{items}</ul></section></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [
        ("Nisokatra indray ny seranana", "Gazety Midi", "3 ora lasa"),
        ("Niakatra ny vidin'ny solika", "Radio 2MA", "5 ora lasa"),
        ("Nandresy ny Barea", "TV5 Madagasikara", "omaly")]


_GN_STORY = "".join(f"<p>{p}</p>" for p in (
    "Tetã ñemoakãhára omoñepyrũ ko árape peteĩ tembiapo pyahu omopu'ã hag̃ua mbo'ehao "
    "pyahu opaite tetãvore rupi, ha mbo'ehára kuéra ohecha porã ko mba'e.",
    "Mbo'ehao pyahu oguerekóta ñe'ẽ mokõi: guarani ha castellano, ha mitãnguéra oñemoarandúta "
    "mokõive ñe'ẽme ary oúvape guive.",
    "Tavaguasu ñemoakãhára he'i ko tembiapo opátaha mokõi ary rire."))


_GN_CARDS = [("Oñemopyenda kuri peteĩ tape pyahu Caaguazúpe", "ABC Color"),
             ("Ojehupi yvy rrepy ko arapokõindy pahápe", "Última Hora"),
             ("Mitãnguéra ohasa ñembosarái tuichavéva Encarnaciónpe", "La Nación")]


def _gn_teasers(rows: str) -> list[tuple[str, str | None, str | None]]:
    import json

    from declutter.api import extract

    html = (f"<html><body><article><h1>Mbo'ehao pyahu opaite tetãvore rupi</h1>{_GN_STORY}</article>"
            f"{rows}</body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    return [(t["title"], t["source"], t["age"]) for t in record.get("teasers") or []]


def test_cards_whose_age_comes_before_their_title_are_teasers() -> None:
    """Kind 2 of s9's own pages (Maori): "age | <a>Title</a> | Source" table rows and "<span>age
    </span> <a>Title</a> <span>Source</span>" blocks, no heading: 0 teasers even with ages the
    regexes read. The card reader takes its pieces in any order (here Guarani cards, aged in
    Spanish, "hace 2 horas", and in Guarani, "2 aravo ohasa", read by their column)."""
    known = ["hace 2 horas", "hace 5 horas", "hace 1 día"]
    rows = "".join(f'<tr><td>{a}</td><td><a href="/g/{k}">{t}</a></td><td>{s}</td></tr>'
                   for k, ((t, s), a) in enumerate(zip(_GN_CARDS, known, strict=True)))
    want = [(t, s, a) for (t, s), a in zip(_GN_CARDS, known, strict=True)]
    assert _gn_teasers(f"<table>{rows}</table>") == want
    unread = ["2 aravo ohasa", "5 aravo ohasa", "9 aravo ohasa"]
    spans = "".join(f'<div class="c"><span>{a}</span> · <a href="/g/{k}">{t}</a> · <span>{s}</span></div>'
                    for k, ((t, s), a) in enumerate(zip(_GN_CARDS, unread, strict=True)))
    want = [(t, s, a) for (t, s), a in zip(_GN_CARDS, unread, strict=True)]
    assert _gn_teasers(f"<div>{spans}</div>") == want


_GA_STORY = "".join(f"<p>{p}</p>" for p in (
    "Dúirt an chomhairle contae inniu go mbeidh an bóthar nua réidh roimh dheireadh na bliana seo chugainn.",
    "Tá muintir an bhaile ag fanacht le blianta ar an mbóthar, agus tá an trácht ag dul i méid gach mí.",
    "Beidh cruinniú poiblí ar siúl sa halla paróiste Dé Máirt seo chugainn chun an plean a phlé go mion."))
_GA_CARDS = [("Scoil nua Ghaeilge ag oscailt i nGaillimh", "Nuacht Ghaoth"),
             ("Féile cheoil ar siúl ar an Daingean", "Raidió an Chósta"),
             ("Bád iascaigh tarrtháilte amach ó Árainn", "An Scéala")]


def _ga_teasers(items: str) -> list[tuple[str, str | None, str | None]]:
    import json

    from declutter.api import extract

    html = (f"<html><body><article><h1>Bóthar nua don bhaile mór</h1>{_GA_STORY}</article>"
            f"<aside><h2>Tuilleadh nuachta</h2><ol>{items}</ol></aside></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    return [(t["title"], t["source"], t["age"]) for t in record.get("teasers") or []]


def test_ages_whose_unit_is_several_words_are_read_by_their_run() -> None:
    """fresh14 kind H1 (Gaelic "3 uairean a thìde air ais" among "2 mhionaid air ais"): an
    age whose unit takes three words beside one of a one-word unit gave no teaser (each card
    dropped as outside the story), before or after the title. Here in Irish: "uair an chloig"
    (hours) beside "nóiméad" (minutes), the words after the unit the same."""
    ages = ["2 nóiméad ó shin", "3 uair an chloig ó shin", "5 uair an chloig ó shin"]
    want = [(t, s, a) for (t, s), a in zip(_GA_CARDS, ages, strict=True)]
    after = "".join(f'<li><a href="/n/{k}">{t}</a> <span>{s} · {a}</span></li>'
                    for k, ((t, s), a) in enumerate(zip(_GA_CARDS, ages, strict=True)))
    assert _ga_teasers(after) == want
    before = "".join(f'<li><span>{a}</span> <a href="/n/{k}">{t}</a> <span>{s}</span></li>'
                     for k, ((t, s), a) in enumerate(zip(_GA_CARDS, ages, strict=True)))
    assert _ga_teasers(before) == want


def test_a_hyphenated_day_word_after_the_title_is_the_cards_age() -> None:
    """fresh14 kind H2 ("an-dè"): a day word of two words joined by a hyphen, in the place of
    its run's numbered ages, is the card's age, its other piece the source (Occitan
    "abans-ièr" among "fa 2 oras"); it was no day word, and the card dropped."""
    ages = ["fa 2 oras", "fa 7 oras", "abans-ièr"]
    cards = [("Novèla escòla occitana a Tolosa", "Jornalet"), ("Festenal de musica a Pau", "Ràdio País"),
             ("La neu tampa la rota del Portalet", "La Setmana")]
    items = "".join(f'<li><a href="/n/{k}">{t}</a> <span>{s} · {a}</span></li>'
                    for k, ((t, s), a) in enumerate(zip(cards, ages, strict=True)))
    assert _ga_teasers(items) == [(t, s, a) for (t, s), a in zip(cards, ages, strict=True)]


def test_a_day_word_before_the_title_is_the_cards_age() -> None:
    """fresh14 kind H2 ("<span>an-dè</span> <a>Title</a> <span>Source</span>"): a day word in
    the place before the title where its list's other cards give their ages was dropped with
    its card, or taken for the source. Occitan "ièr" (yesterday) and "abans-ièr"."""
    for day in ("ièr", "abans-ièr"):
        ages = ["fa 2 oras", "fa 7 oras", day]
        cards = [("Novèla escòla occitana a Tolosa", "Jornalet"), ("Festenal de musica a Pau", "Ràdio País"),
                 ("La neu tampa la rota del Portalet", "La Setmana")]
        items = "".join(f'<li><span>{a}</span> <a href="/n/{k}">{t}</a> <span>{s}</span></li>'
                        for k, ((t, s), a) in enumerate(zip(cards, ages, strict=True)))
        assert _ga_teasers(items) == [(t, s, a) for (t, s), a in zip(cards, ages, strict=True)]


def test_a_page_of_two_one_line_cards_alone_is_a_listing() -> None:
    # fresh-user report 14, kind H13, in Estonian: two cards, one aged by a day word, no story
    from declutter.blocks import TEASER
    from declutter.content.html_story import label_html
    from declutter.html import parse_html

    for ages in (("2 t. tagasi", "eile"), ("2 tundi tagasi", "eile"), ("2 hours ago", "yesterday")):
        page = parse_html(
            "<html><body><h1>Uudised</h1><ul><li><a href='/1'>Tartus avati raamatukogu</a> "
            f"<span>Raadio Tartu Uudised · {ages[0]}</span></li><li><a href='/2'>Pärnu uus sadam</a> "
            f"<span>Pärnu Postimees · {ages[1]}</span></li></ul></body></html>", id="t")
        label_html(page)
        assert [b.label for b in page.blocks[1:]] == [TEASER, TEASER]


def test_a_heading_beside_the_cards_in_the_story_element_heads_them() -> None:
    # fresh-user report 15, H4: the story's paragraphs, a heading <div> and the cards all
    # children of one content <div>: the short line of no full stop right above the first
    # card is the list's heading, read with the cards; a sentence there stays (Hungarian)
    def page(head: str) -> dict[int, str]:
        cards = "".join(
            f"<div class='it'><div><a href='/h/{k}'>{t}</a></div><div>{s}</div><div>{x}</div></div>"
            for k, (t, s, x) in enumerate((
                ("Felújítják a Tisza-parti sétányt a nyár végéig", "Délmagyar · 5 órája",
                 "A munkák augusztusban zárulnak."),
                ("Bővül a szegedi repülőtér kifutópályája", "Szegedma · 9 órája",
                 "Nagyobb gépek is leszállhatnak majd."))))
        html = (f"<html><body><div class='content'>{'<div>' + STORY[3:-4] + '</div>'}"
                f"<div>{head}</div>{cards}</div></body></html>")
        doc = parse_html(html.encode(), id="t", url="https://example.hu/a")
        sections: dict[int, object] = {}
        repeated_cards(doc.blocks, Chains(doc.blocks), sections)
        return {i: doc.blocks[i].text for i in sections}

    assert "Szép napot! Olvassa el ezeket" in page("Szép napot! Olvassa el ezeket").values()
    assert "Ez volt a mai hír." not in page("Ez volt a mai hír.").values()


def test_a_rail_whose_ages_are_counts_in_words_gives_its_cards() -> None:
    # fresh-user report 17, kind H2: "Source · saa mbili zilizopita" in each card of a rail
    # before the story; the ages differ in one word (the count), the same words around it
    teasers = clean(H2_SW)["teasers"]
    assert [(t["source"], t["age"]) for t in teasers] == [
        ("Habari Leo", "saa mbili zilizopita"), ("Mwananchi Digital", "saa tatu zilizopita"),
        ("Arusha Sauti", "saa tano zilizopita")]
    assert teasers[1]["title"] == "Mvua kubwa yaharibu nyumba Dar es Salaam"


def test_a_side_list_of_cards_aged_in_five_words_after_the_story_gives_its_cards() -> None:
    # (a variant: the list after the story, under a plain div label, ages of five words)
    teasers = clean(H2_HA)["teasers"]
    assert [t["age"] for t in teasers] == [
        "awanni biyu da suka wuce", "awanni uku da suka wuce", "awanni biyar da suka wuce"]
    assert teasers[0]["source"] == "Kano Labarai"
