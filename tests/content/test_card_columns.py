"""Ages read by their column across a list's cards (declutter.content.card_columns), on small
pages of our own in languages the age tests do not know (fresh-user 8 kind H6)."""

from __future__ import annotations

import json

from declutter.api import extract

_STORY = ("<p>Tallinna linnavalitsus kinnitas teisipäeval uue ühistranspordi kava, mis jõustub "
          "järgmise aasta märtsis ja muudab mitmeid bussiliine kesklinnas.</p>"
          "<p>Uue kava järgi sõidavad trammid tipptunnil iga viie minuti järel ning öised "
          "bussid hakkavad käima ka nädalavahetustel.</p>"
          "<p>Linnapea sõnul on muudatuste eesmärk vähendada autoliiklust kesklinnas.</p>")


def _teasers(rel: str) -> list[dict[str, str | None]]:
    html = (f"<html><body><article><h1>Tallinn muudab bussiliine</h1>{_STORY}</article>"
            f"{rel}</body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    return [{k: t[k] for k in ("title", "source", "age", "text")} for t in record["teasers"]]


def _meta_teasers(lines: list[tuple[str, str]]) -> list[dict[str, str | None]]:
    """The teasers of a list of cards, each a linked title over a meta line."""
    cards = "".join(f'<div class="k"><a href="/{i}">{t}</a><div>{m}</div></div>'
                    for i, (t, m) in enumerate(lines))
    return _teasers(f'<div class="rel"><div>Veel lugemist</div>{cards}</div>')


def test_an_age_block_in_each_card_is_the_age_whatever_its_words() -> None:
    cards = "".join(
        f'<div class="k"><div class="t"><a href="/{i}">{t}</a></div><div class="s">{s}</div>'
        f'<div class="a">{n} tundi tagasi</div></div>'
        for i, (t, s, n) in enumerate([("Tartus avati uus kergliiklustee sild", "Postimees", 2),
                                       ("Pärnu sadam saab uue kai", "ERR Uudised", 4),
                                       ("Narva maanteel piiratakse liiklust", "Õhtuleht", 6)]))
    teasers = _teasers(f'<div class="rel"><div class="h">Veel lugemist</div>{cards}</div>')
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Postimees", "2 tundi tagasi", None), ("ERR Uudised", "4 tundi tagasi", None),
        ("Õhtuleht", "6 tundi tagasi", None)]


def test_a_meta_line_is_split_at_its_age_column() -> None:
    """"Source · age" lines whose age no test reads, one source shaped like an age ("24h"):
    the piece whose shape repeats down the list is the age, a day word in that place too."""
    lines = [("Tartus avati uus kergliiklustee sild", "Postimees · 3 tunni eest"),
             ("Pärnu sadam saab uue kai", "24h · 5 tunni eest"),
             ("Narva maanteel piiratakse liiklust", "Õhtuleht · eile")]
    teasers = _meta_teasers(lines)
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Postimees", "3 tunni eest", None), ("24h", "5 tunni eest", None),
        ("Õhtuleht", "eile", None)]


def test_numbers_that_differ_in_their_words_are_no_age_column() -> None:
    """An excerpt with a number in each card is no age: its words differ from card to card."""
    lines = [("Tartus avati uus kergliiklustee sild", "Sild on 120 meetrit pikk"),
             ("Pärnu sadam saab uue kai", "Kai maksab 8 miljonit eurot")]
    teasers = _meta_teasers(lines)
    assert all(t["age"] is None for t in teasers)


def _page(body: str) -> dict:
    return json.loads(extract(f"<html><body>{body}</body></html>", output_format="json") or "{}")


_HI_CARDS = [("दिल्ली में यमुना का जलस्तर फिर बढ़ा", "दैनिक भास्कर", "3 घंटे पहले"),
             ("जयपुर में नई मेट्रो लाइन का काम शुरू", "अमर उजाला", "5 घंटे पहले"),
             ("लखनऊ में कोहरे से कई उड़ानें रद्द", "नवभारत", "कल")]
_HI_STORY = ("<p>मौसम विभाग के अनुसार इस साल राजधानी में बारिश सामान्य से चालीस प्रतिशत कम हुई है, "
             "जिससे गर्मियों में पानी की कमी की आशंका बढ़ गई है।</p>"
             "<p>जल बोर्ड के अध्यक्ष ने कहा कि पांच मुख्य जलाशयों में भंडार क्षमता के बीस प्रतिशत से "
             "नीचे आ गया है और रात में पानी का दबाव कम किया जाएगा।</p>"
             "<p>विशेषज्ञों ने चेतावनी दी है कि भूजल के अत्यधिक दोहन से शहर के दक्षिण में जमीन धंस रही है।</p>")


def test_one_line_cards_source_and_age_after_a_dash() -> None:
    """"<li><a>Title</a> — Source, age</li>" with an age no test reads (fresh-user 8 kind H5):
    the dash is no part of the source, and the age column gives source and age."""
    items = "".join(f'<li><a href="/{i}">{t}</a> — {s}, {a}</li>' for i, (t, s, a) in enumerate(_HI_CARDS))
    record = _page(f"<article><h1>राजधानी में बारिश चालीस प्रतिशत कम</h1>{_HI_STORY}</article>"
                   f'<div class="more"><h3>संबंधित समाचार</h3><ul>{items}</ul></div>')
    assert [(t["source"], t["age"]) for t in record["teasers"]] == [(s, a) for _, s, a in _HI_CARDS]


def test_a_list_whose_ages_the_regexes_read_keeps_its_counts_and_dates() -> None:
    """Counts beside read ages ("12 kommentaari") are no age column, and a date is not cut at
    its comma ("20. november 2026" stays whole; "November 20, 2026" is no "source 2026")."""
    lines = [("Tartus avati uus kergliiklustee sild", "3h", "12 kommentaari"),
             ("Pärnu sadam saab uue kai", "5h", "4 kommentaari")]
    cards = "".join(f'<div class="k"><a href="/{i}">{t}</a><div>{a}</div><div>{c}</div></div>'
                    for i, (t, a, c) in enumerate(lines))
    teasers = _teasers(f'<div class="rel"><div>Veel lugemist</div>{cards}</div>')
    assert [t["age"] for t in teasers] == ["3h", "5h"]
    dated = "".join(f'<div class="k"><a href="/{i}">{t}</a><div>November {d}, 2026</div></div>'
                    for i, (t, d) in enumerate([(lines[0][0], 20), (lines[1][0], 19)]))
    teasers = _teasers(f'<div class="rel"><div>Veel lugemist</div>{dated}</div>')
    assert [(t["source"], t["age"]) for t in teasers] == [
        (None, "November 20, 2026"), (None, "November 19, 2026")]


def test_a_day_word_with_combining_marks_is_an_age_in_its_column() -> None:
    """The column's day word is told by the dump reader's test (line_columns.day_word): letters
    and their combining marks ("গতকাল": its vowel sign is a mark, no letter), as in a dump."""
    lines = [("Tartus avati uus kergliiklustee sild", "Postimees · 3 tunni eest"),
             ("Pärnu sadam saab uue kai", "ERR Uudised · 5 tunni eest"),
             ("Narva maanteel piiratakse liiklust", "Õhtuleht · গতকাল")]
    teasers = _meta_teasers(lines)
    assert [(t["source"], t["age"]) for t in teasers][2] == ("Õhtuleht", "গতকাল")


_CY_STORY = (
    "<p>Cyhoeddodd y cyngor ddydd Llun y bydd llwybr beicio newydd yn cysylltu canol y dref â'r "
    "traeth, gyda gwaith yn dechrau yn y gwanwyn.</p>"
    "<p>Bydd y llwybr yn bedwar cilomedr o hyd ac yn costio tua chwe miliwn o bunnoedd, gyda'r "
    "rhan fwyaf o'r arian yn dod gan y llywodraeth.</p>"
    "<p>Dywedodd trigolion lleol eu bod yn croesawu'r cynllun, er bod rhai yn poeni am golli "
    "lleoedd parcio ar y stryd fawr.</p>")


def test_ages_that_differ_in_their_unit_word_are_one_column() -> None:
    """Fresh-user 9 kind H5: "N awr yn ôl", "N diwrnod yn ôl", "N wythnos yn ôl" (hours, days,
    weeks ago, in Welsh) share no shape but the words about their number: one column, so
    each "Source · age" line is split, not left whole in the card's text."""
    titles = ["Ysgol newydd yn agor ym Mhwllheli", "Prisiau tai yn codi eto yn y gogledd",
              "Gŵyl fwyd Conwy yn denu miloedd"]
    metas = ["Golwg · 3 awr yn ôl", "Y Cymro · 1 diwrnod yn ôl", "Newyddion Môn · 2 wythnos yn ôl"]
    cards = "".join(f'<div class="c"><a href="/x/{i}">{t}</a><span>{m}</span></div>'
                    for i, (t, m) in enumerate(zip(titles, metas, strict=True)))
    html = (f"<html><body><article><h1>Llwybr beicio newydd i Aberystwyth</h1>{_CY_STORY}</article>"
            f'<div class="more"><h3>Mwy o newyddion</h3>{cards}</div></body></html>')
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["source"], t["age"], t["text"]) for t in record["teasers"]] == [
        ("Golwg", "3 awr yn ôl", None), ("Y Cymro", "1 diwrnod yn ôl", None),
        ("Newyddion Môn", "2 wythnos yn ôl", None)]


def test_a_long_meta_line_read_by_its_column_frees_the_card_excerpt() -> None:
    """Fresh-user 9 kind H6: a "Source · age" line of five words or more is first taken for
    the card's text, and the excerpt under it dropped; once the column reads the line as the
    source and age, the excerpt is the card's text again."""
    lines = [("Tartus avati uus kergliiklustee sild", "Lõuna-Eesti Postimees · 3 tunni eest",
              "Sild ühendab kaht kallast."),
             ("Pärnu sadam saab uue kai", "Pärnu Postimehe toimetus · 5 tunni eest",
              "Kai valmib järgmisel suvel."),
             ("Narva maanteel piiratakse liiklust", "Õhtuleht · eile", "Teetööd kestavad kuu aega.")]
    cards = "".join(f'<article><h3><a href="/{i}">{t}</a></h3><p>{m}</p><p>{x}</p></article>'
                    for i, (t, m, x) in enumerate(lines))
    teasers = _teasers(f'<section class="related"><h2>Veel lugemist</h2>{cards}</section>')
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Lõuna-Eesti Postimees", "3 tunni eest", "Sild ühendab kaht kallast."),
        ("Pärnu Postimehe toimetus", "5 tunni eest", "Kai valmib järgmisel suvel."),
        ("Õhtuleht", "eile", "Teetööd kestavad kuu aega.")]


def test_an_age_span_after_the_title_and_source_spans_is_the_age_whatever_its_length() -> None:
    # fresh-user 10 kind H4: "<li><a>Title</a> <span>Source</span> <span>Age</span></li>",
    # the age five words of Scottish Gaelic (no separator to cut the line at)
    rows = [("Drochaid ùr fosgailte ann am Port Rìgh", "Naidheachdan", 2),
            ("Sgoil ùr ga togail ann an Steòrnabhagh", "Radio nan Gàidheal", 5),
            ("Aiseag a bharrachd gu Barraigh as t-samhradh", "An Làrach", 7)]
    cards = "".join(f'<li><a href="/{i}">{t}</a> <span>{s}</span> <span>o chionn {n} uair a thìde</span></li>'
                    for i, (t, s, n) in enumerate(rows))
    teasers = _teasers(f'<section class="related"><h3>Tuilleadh</h3><ul>{cards}</ul></section>')
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Naidheachdan", "o chionn 2 uair a thìde", None),
        ("Radio nan Gàidheal", "o chionn 5 uair a thìde", None),
        ("An Làrach", "o chionn 7 uair a thìde", None)]


def test_ages_whose_unit_comes_before_the_number_are_one_column() -> None:
    """Swahili sets the unit before the number ("saa 2 zilizopita": hours 2 past): the ages of
    a column differ in the word before their number, as others' in the word after it."""
    lines = [("Tartus avati uus kergliiklustee sild", "Postimees · saa 2 zilizopita tu"),
             ("Pärnu sadam saab uue kai", "ERR Uudised · siku 3 zilizopita tu"),
             ("Narva maanteel piiratakse liiklust", "Õhtuleht · dakika 40 zilizopita tu")]
    teasers = _meta_teasers(lines)
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Postimees", "saa 2 zilizopita tu", None), ("ERR Uudised", "siku 3 zilizopita tu", None),
        ("Õhtuleht", "dakika 40 zilizopita tu", None)]


def test_an_age_column_in_a_script_whose_vowel_signs_part_its_letters() -> None:
    """"Source · 2 రోజుల ముందు" (fresh-user 11 kind H4): an age whose words hold no two base
    letters in a row (each followed by a vowel sign) is still an age shape, and its column
    splits the meta line into source and age."""
    lines = [("విజయవాడలో కొత్త బస్ స్టేషన్ ప్రారంభం", "తెలుగు వార్త · 2 రోజుల ముందు"),
             ("గోదావరి నీటి మట్టం పెరిగింది", "ఆంధ్ర మిత్ర · 5 రోజుల ముందు"),
             ("విశాఖలో చేపల వేట నిషేధం ముగిసింది", "కోస్తా వాణి · 3 రోజుల ముందు")]
    teasers = _meta_teasers(lines)
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("తెలుగు వార్త", "2 రోజుల ముందు", None), ("ఆంధ్ర మిత్ర", "5 రోజుల ముందు", None),
        ("కోస్తా వాణి", "3 రోజుల ముందు", None)]


def test_a_table_of_ranked_cards_reads_its_meta_lines_and_no_rank_as_source() -> None:
    """A table of "rank | <a>Title</a><br><small>Source · age</small>" rows in a script
    without spaces (fresh-user 11 kind H4): the rank cell is no source, and the meta lines the
    card reader took for text are split at their age column, the unit joined to the word after
    it differing ("ຊົ່ວໂມງກ່ອນ", "ມື້ກ່ອນ")."""
    rows = [("ລາຄານ້ຳມັນຫຼຸດລົງໃນນະຄອນຫຼວງ", "ວຽງຈັນໃໝ່", "໒ ຊົ່ວໂມງກ່ອນ"),
            ("ໂຮງຮຽນໃໝ່ເປີດຢູ່ແຂວງຈຳປາສັກ", "ປະຊາຊົນ", "໔ ຊົ່ວໂມງກ່ອນ"),
            ("ງານບຸນຊ່ວງເຮືອຈະຈັດຂຶ້ນອາທິດໜ້າ", "ລາວພັດທະນາ", "໑ ມື້ກ່ອນ")]
    body = "".join(f'<tr><td>{n + 1}</td><td><a href="/{n}">{t}</a><br><small>{s} · {a}</small></td></tr>'
                   for n, (t, s, a) in enumerate(rows))
    teasers = _teasers(f'<table class="rel"><tr><th colspan="2">ຂ່າວຍອດນິຍົມ</th></tr>{body}</table>')
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [(s, a, None) for _, s, a in rows]


_SW_STORY = (
    "<p>Serikali imetangaza mpango mpya wa kujenga masoko ya kisasa katika miji mitano ya "
    "pwani, kazi ikitarajiwa kuanza mwezi ujao na kukamilika ndani ya miaka miwili.</p>"
    "<p>Waziri wa biashara alisema masoko hayo yatakuwa na maeneo ya kuhifadhia samaki na "
    "matunda, ili wafanyabiashara wadogo wapunguze hasara wanazopata kila siku.</p>"
    "<p>Wafanyabiashara wa Tanga na Mombasa wamepokea habari hiyo kwa furaha.</p>")
_SW_CARDS = [("Bei ya mahindi yapanda tena Arusha", "Mwananchi", "saa 3 zilizopita"),
             ("Reli mpya ya kisasa yafika Dodoma", "Taifa Leo", "saa 6 zilizopita"),
             ("Wakulima wa chai walalamikia bei ndogo", "Habari Leo", "wiki 1 iliyopita")]


def test_an_age_whose_unit_and_the_word_agreeing_with_it_change_is_in_its_column() -> None:
    """Kind H2 of fresh-user 12 (its last card): "saa 3 zilizopita", "wiki 1 iliyopita" (hours,
    a week ago, in Swahili; "ago" agrees with the unit's class, so both words beside the number
    change) are one column, and the last card's "Source, age" is split too."""
    items = "".join(f'<div><a href="/{i}">{t}</a> — {s}, {a}</div>' for i, (t, s, a) in enumerate(_SW_CARDS))
    record = _page(f"<article><h1>Masoko mapya kujengwa pwani</h1>{_SW_STORY}</article>"
                   f'<div class="more"><div>Habari zaidi</div>{items}</div>')
    assert [(t["source"], t["age"]) for t in record["teasers"]] == [(s, a) for _, s, a in _SW_CARDS]


def test_a_meta_line_above_each_title_is_read_by_its_column() -> None:
    """Cards "<div>age · Source</div><div><a>Title</a></div>" whose ages no test reads (a
    layout of our own new-user page in Haitian Creole; here Samoan, "3 itula ua mavae"): the
    line above the title is a place of the card too, its age column read there."""
    cards = [("Ua siitia le tau o le araisa i Apia", "Samoa Observer", "3 itula ua mavae"),
             ("Ua tatalaina le alalaupapa fou i Savaii", "Talamua", "5 itula ua mavae"),
             ("Timuga mamafa i Upolu", "Newsline", "2 aso ua mavae")]
    items = "".join(f'<div><div>{a} · {s}</div><div><a href="/s/{k}">{t}</a></div></div>'
                    for k, (t, s, a) in enumerate(cards))
    record = _page(f"<article><h1>Masoko mapya kujengwa pwani</h1>{_SW_STORY}</article><div>{items}</div>")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == cards


def test_counts_that_do_not_rise_down_the_list_are_no_age_column() -> None:
    """A "most commented" list ("<span>Source</span> <span>12 şîrove</span>", Kurmanji for
    comments) or reading times: a number and a word in one place of each card, no age test
    reading it, whose numbers do not rise down the list as a list's ages do (newest first): no
    age column; the ages of a list of cards of our own in Kurmanji still are one."""
    def cards(meta: list[str]) -> str:
        titles = ["Xwendekar li dijî bacên nû xwepêşandan dikin", "Şano demsala xwe ya nû vedike",
                  "Pirtûkxaneyeke nû li taxa bakur", "Tîma futbolê di maça dawî de bi ser ket"]
        return '<div class="rel"><div>Herî zêde şîrovekirî</div>' + "".join(
            f'<div class="k"><a href="/{i}">{t}</a> <span>Rûdaw</span> <span>{m}</span></div>'
            for i, (t, m) in enumerate(zip(titles, meta, strict=True))) + "</div>"

    counts = ["12 şîrove", "31 şîrove", "7 şîrove", "19 şîrove"]
    assert [(t["age"], t["text"]) for t in _teasers(cards(counts))] == [(None, m) for m in counts]
    reading = ["3 minutos de lectura", "4 minutos de lectura", "6 minutos de lectura", "8 minutos de lectura"]
    assert [t["age"] for t in _teasers(cards(reading))] == [None] * 4  # (rising, one shape)
    ages = ["berî 2 demjimêran", "berî 5 demjimêran", "berî 9 demjimêran", "berî 1 rojê"]
    assert [t["age"] for t in _teasers(cards(ages))] == ages


def test_minutes_of_reading_that_do_not_rise_are_no_ages() -> None:
    """Reading times a list prints beside each card's link ("<a>Title</a> <span>5 minutos</span>"
    on cards in Kurmanji): a bare number and a time unit the slow age test reads, the same unit
    on every card, the numbers not rising down the list as its ages would: no ages."""
    titles = ["Xwendekar li dijî bacên nû xwepêşandan dikin", "Şano demsala xwe ya nû vedike",
              "Pirtûkxaneyeke nû li taxa bakur", "Tîma futbolê di maça dawî de bi ser ket"]
    items = "".join(f'<div class="k"><a href="/{i}">{t}</a> <span>{m} minutos</span></div>'
                    for i, (t, m) in enumerate(zip(titles, [5, 7, 4, 6], strict=True)))
    teasers = _teasers(f'<div class="rel"><div>Çand</div>{items}</div>')
    assert [(t["age"], t["text"]) for t in teasers] == [(None, f"{m} minutos") for m in [5, 7, 4, 6]]


def test_reading_times_beside_each_cards_age_are_no_source() -> None:
    """"<span>hace 3 horas</span> <span>5 minutos de lectura</span>" on cards in Kurmanji: beside
    an age, a piece of one shape on every card whose number varies is a count, no source."""
    titles = ["Xwendekar li dijî bacên nû xwepêşandan dikin", "Şano demsala xwe ya nû vedike",
              "Pirtûkxaneyeke nû li taxa bakur", "Tîma futbolê di maça dawî de bi ser ket"]
    ages = ["hace 3 horas", "hace 5 horas", "hace 1 día", "hace 2 días"]
    cards = enumerate(zip(titles, ages, [5, 4, 6, 3], strict=True))
    items = "".join(f'<div class="k"><a href="/{i}">{t}</a> <span>{a}</span> <span>{m} minutos de '
                    f"lectura</span></div>" for i, (t, a, m) in cards)
    teasers = _teasers(f'<div class="rel"><div>Çand</div>{items}</div>')
    assert [(t["source"], t["age"]) for t in teasers] == [(None, a) for a in ages]


def test_one_cards_age_worded_otherwise_in_the_column_is_its_age() -> None:
    """fresh14 kind H11 (Sardinian "45 minutos faghet" among "5 oras a como"): one card's age
    has other words after its unit than its neighbours', its number and unit in the same place;
    it stayed in the card's text, "Source · age" whole. Here in Friulian."""
    rows = [("Udin, al ven vierzût il gnûf marcjât", "Il Diari", "5 oris indaûr"),
            ("Il Friûl al vinç cuintri la Lazio", "Radio Onde", "1 dì indaûr"),
            ("Pordenon, la fieste dal vin e je finide", "Il Friûl", "45 minûts fa")]
    items = "".join(f'<li><a href="/f{i}">{t}</a> <span>{s} · {a}</span></li>'
                    for i, (t, s, a) in enumerate(rows))
    teasers = _teasers(f"<section><h3>Altris gnovis</h3><ul>{items}</ul></section>")
    assert [(t["title"], t["source"], t["age"], t["text"]) for t in teasers] == [
        (t, s, a, None) for t, s, a in rows]


def _grid(cards: list[tuple[str, str, str]]) -> list[dict[str, str | None]]:
    """A grid of cards "<a><h3>Title</h3></a><p>Excerpt</p><span>meta line</span>"."""
    items = "".join(f'<div class="card"><a href="/g{i}"><h3>{t}</h3></a><p>{x}</p>'
                    f'<span class="meta">{m}</span></div>' for i, (t, x, m) in enumerate(cards))
    return _teasers(f'<section class="more"><h2>Zina zambiri</h2><div class="grid">{items}</div></section>')


def test_a_meta_line_under_each_excerpt_is_read_by_its_column() -> None:
    """Kind H10 of fresh-user 14: in a grid of cards (title, excerpt, "Source · age"), the meta
    line fills no field alone (the excerpt is the text, the age unknown: Chichewa here): it is
    held by its card until its column is read, its source and age out of the removed lines."""
    teasers = _grid([("Mtengo wa chimanga wakwera ku Lilongwe", "Alimi akudandaula.",
                      "Nyasa Times · maola 5 apitawo"),
                     ("Msewu watsopano watsegulidwa ku Zomba", "Magalimoto ambiri.", "Malawi24 · dzulo"),
                     ("Mvula yamphamvu yawononga nyumba", "Nyumba 30 zagwa.", "Zodiak · maola 9 apitawo")])
    assert [(t["source"], t["age"], t["text"]) for t in teasers] == [
        ("Nyasa Times", "maola 5 apitawo", "Alimi akudandaula."), ("Malawi24", "dzulo", "Magalimoto ambiri."),
        ("Zodiak", "maola 9 apitawo", "Nyumba 30 zagwa.")]


def test_two_ages_whose_unit_and_agreeing_word_both_change_are_a_column() -> None:
    """Kind H10 of fresh-user 14: a column of two ages alone that share no shape, "amasaha 5
    ashize", "iminsi 2 ishize" (Kinyarwanda: hours, days ago; "ago" agrees with the unit's
    class), is read by their agreeing words; a day word ("ejo") beside them too."""
    teasers = _grid([("Igiciro cy'ibirayi cyazamutse i Musanze", "Abahinzi barishimye.",
                      "Igihe · amasaha 5 ashize"),
                     ("Umuhanda mushya wafunguwe i Huye", "Imodoka nyinshi.", "Umuseke · ejo"),
                     ("Imvura nyinshi yangije inzu i Rubavu", "Inzu 30 zasenyutse.",
                      "Kigali Today · iminsi 2 ishize")])
    assert [(t["source"], t["age"]) for t in teasers] == [
        ("Igihe", "amasaha 5 ashize"), ("Umuseke", "ejo"), ("Kigali Today", "iminsi 2 ishize")]


def test_a_numbered_list_with_a_dash_before_each_meta_line_is_read_by_its_column() -> None:
    """Kind H5 of fresh-user 14: "1. <a>Title</a> – Source · age", the ages unknown (Haitian
    Creole here): the list's number before the title is no age, the line after it is read."""
    cards = [("Pri diri a monte ankò nan Okap", "Le Nouvelliste", "5 èdtan pase"),
             ("Yon nouvo lekòl louvri nan Jakmèl", "Radyo Kiskeya", "1 jou pase"),
             ("Lapli fè gwo dega nan Latibonit", "Ayibopost", "40 minit pase")]
    items = "".join(f'<div>{k + 1}. <a href="/n{k}">{t}</a> – {s} · {a}</div>'
                    for k, (t, s, a) in enumerate(cards))
    record = _page(f"<article><h1>Masoko mapya kujengwa pwani</h1>{_SW_STORY}</article>"
                   f'<div class="side"><h3>Pi li</h3>{items}</div>')
    assert [(t["title"], t["source"], t["age"], t["text"]) for t in record["teasers"]] == [
        (t, s, a, None) for t, s, a in cards]
