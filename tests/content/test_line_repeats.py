# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Ages read by their place in a list (:func:`declutter.content.line_repeats.repeated_dates`,
:mod:`declutter.content.line_columns`): a card whose age is a word no reader knows (a local
"yesterday") among cards whose ages hold a number keeps its list, and an age alone on its own
line, in the same place of each card, is read as the card's age. Written for these tests in
Estonian, Slovenian and Welsh (languages the age readers do not know), in no site's wording."""

from __future__ import annotations

from declutter import clean_text
from declutter.blocks import Block
from declutter.content.line_columns import columns, day_word, unit_below
from declutter.io.readers import RawPage
from declutter.pipeline import parse

ET_STORY = [
    "Tallinna linnavalitsus esitles esmaspäeval kava rajada uus trammiliin, mis ühendab kesklinna Lasnamäe elamurajooniga.",
    "Linna transpordiameti juhi sõnul on uue liini pikkus üheksa kilomeetrit ja sellel on neliteist peatust. Projekti maksumuseks hinnatakse 85 miljonit eurot.",
    "Lasnamäe elanikud tervitasid otsust, kuid kardavad ehitustööde ajal ummikuid. Linn lubas liikluse ümber suunata etappide kaupa.",
]
ET_CARDS = [
    "Tartu saab uue silla üle Emajõe — Postimees, 3 tundi tagasi",
    "Pärnu sadamas avati uus reisiterminal — ERR, 5 tundi tagasi",
    "Narva tehas võtab tööle 300 inimest — Delfi, eile",
]


def _teasers(lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    record = clean_text("\n".join(lines) + "\n", id="list")
    return [(t.title, t.source, t.age) for t in record.teasers]


def test_a_one_line_card_aged_yesterday_keeps_its_list() -> None:
    lines = ["Tallinn saab uue trammiliini Lasnamäele", *ET_STORY, "Veel uudiseid", *ET_CARDS]
    assert _teasers(lines) == [
        ("Tartu saab uue silla üle Emajõe", "Postimees", "3 tundi tagasi"),
        ("Pärnu sadamas avati uus reisiterminal", "ERR", "5 tundi tagasi"),
        ("Narva tehas võtab tööle 300 inimest", "Delfi", "eile"),
    ]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert record.text.split("\n\n") == ET_STORY


def test_a_meta_line_aged_yesterday_keeps_its_list_beside_a_comment_of_its_layout() -> None:
    # Slovenian: "Title" over "Source · pred N urami" cards, the last one "včeraj"; a comment's
    # "Name · pred 1 uro" line of the same layout stands elsewhere on the page
    story = [
        "Ljubljanska občina je v ponedeljek predstavila načrt za novo tramvajsko progo, ki bo povezala središče mesta s Fužinami.",
        "Po besedah vodje prometnega oddelka bo proga dolga devet kilometrov in bo imela štirinajst postajališč. Vrednost projekta ocenjujejo na 85 milijonov evrov.",
        "Prebivalci Fužin so odločitev pozdravili, a se bojijo zastojev med gradnjo. Občina je napovedala, da bo promet preusmerjen postopoma.",
    ]
    lines = ["Ljubljana dobi novo tramvajsko progo", *story, "Komentarji (1)", "Marko_L · pred 1 uro",
             "Končno, na to čakamo že dolgo.", "Več novic", "",
             "Maribor odpira nov most čez Dravo", "Večer · pred 3 urami", "",
             "Koper širi pristanišče proti jugu", "Primorske novice · pred 5 urami", "",
             "Kranj gradi nov bazen ob Savi", "Gorenjski glas · včeraj"]
    assert _teasers(lines)[-3:] == [
        ("Maribor odpira nov most čez Dravo", "Večer", "pred 3 urami"),
        ("Koper širi pristanišče proti jugu", "Primorske novice", "pred 5 urami"),
        ("Kranj gradi nov bazen ob Savi", "Gorenjski glas", "včeraj"),
    ]


WELSH_STORY = [
    "Mae cyngor Caerdydd wedi cyhoeddi cynllun newydd i ymestyn y parth aer glân i bob rhan o'r ddinas o fis Medi nesaf ymlaen.",
    "Yn ôl aelod y cabinet dros drafnidiaeth, bydd y cynllun yn effeithio ar tua hanner can mil o gerbydau sydd heb y label amgylcheddol.",
    "Mae grwpiau trigolion wedi croesawu'r penderfyniad, ond maen nhw'n galw am fwy o fysiau ar y llwybrau prysuraf yn y bore.",
]


def test_an_age_alone_on_its_line_in_each_card_is_the_cards_age() -> None:
    lines = ["Caerdydd yn ymestyn y parth aer glân i'r ddinas gyfan", *WELSH_STORY, "Mwy o Gymru",
             "Abertawe yn agor marina newydd", "Golwg", "3 awr yn ôl",
             "Ysbyty newydd i Wrecsam erbyn 2029", "Y Cymro", "6 awr yn ôl",
             "Pont Caernarfon ar gau am waith", "Newyddion Gwynedd", "ddoe"]
    assert _teasers(lines) == [
        ("Abertawe yn agor marina newydd", "Golwg", "3 awr yn ôl"),
        ("Ysbyty newydd i Wrecsam erbyn 2029", "Y Cymro", "6 awr yn ôl"),
        ("Pont Caernarfon ar gau am waith", "Newyddion Gwynedd", "ddoe"),
    ]
    record = clean_text("\n".join(lines) + "\n", id="alone")
    assert record.text.split("\n\n") == WELSH_STORY


def test_short_numbered_lines_in_a_run_are_no_ages() -> None:
    # "Rhan 1", "Rhan 2" (part 1, 2) one under the other: no card tops them, no age
    lines = ["Caerdydd yn ymestyn y parth aer glân i'r ddinas gyfan", *WELSH_STORY, "Rhan 1 o 3", "Rhan 2 o 3", "Rhan 3 o 3"]
    assert _teasers(lines) == []


def test_a_column_is_a_chain_at_one_stride_with_no_more_day_words_than_numbered_ages() -> None:
    words = {9: "eile", 12: "eile", 30: "eile"}
    # numbered ages at 3 and 6 (a list at a stride of 3), a byline's at 20: the list's column
    # takes its day word at 9, then the one at 12 (two numbered ages allow two day words)
    found = columns([3, 6, 20], words.get, 4)
    assert found == [([3, 6], {9: "eile", 12: "eile"})]
    assert columns([3, 20], words.get, 4) == []  # one numbered age makes no list


def test_a_day_word_is_one_or_two_words_of_letters() -> None:
    assert day_word("eile") and day_word("í gær") and day_word("গতকাল")
    assert not day_word("৩ ঘণ্টা") and not day_word("3 tundi") and not day_word("eile ja täna hommikul")


def test_a_word_after_ages_a_reader_knows_is_no_age_unless_it_reads_it() -> None:
    # ages only dateparser reads (Swedish "för 3 timmar sedan"): the word in the last card's
    # age place is a name, as dateparser says, not a day word
    lines = ["Caerdydd yn ymestyn y parth aer glân i'r ddinas gyfan", *WELSH_STORY, "Sylwadau",
             "Abertawe yn agor marina newydd", "Golwg", "för 3 timmar sedan",
             "Ysbyty newydd i Wrecsam erbyn 2029", "Y Cymro", "för 6 timmar sedan",
             "Pont Caernarfon ar gau am waith", "Newyddion Gwynedd", "Gwenllian"]
    assert "Gwenllian" not in [age for _, _, age in _teasers(lines)]


def test_counts_that_fall_down_a_list_are_no_ages() -> None:
    # "N kommentaari" (comments) per card, a byline of the same layout above: the list's
    # column of counts goes 15, 5, 4, as counts do; ages run from the newest card down
    lines = ["Tallinn saab uue trammiliini Lasnamäele", "Toimetus · 2 kommentaari", *ET_STORY, "Loe veel",
             "Tartu saab uue silla üle Emajõe · 15 kommentaari",
             "Pärnu sadamas avati uus reisiterminal · 5 kommentaari",
             "Narva tehas võtab tööle 300 inimest · 4 kommentaari"]
    assert not any(age and "kommentaari" in age for _, _, age in _teasers(lines))


def test_a_card_whose_age_a_reader_knows_holds_its_place_in_a_numbered_list() -> None:
    """A numbered list of two-line cards ("1. Title" over "Source · age") whose ages no reader
    knows, one card's age a time every reader knows: that card keeps the list's stride, the
    others are read by their layout, and every card is a teaser with its number off."""
    cards = [("Tartu saab uue silla üle Emajõe", "Postimees", "3 tundi tagasi"),
             ("Pärnu sadamas avati uus reisiterminal", "ERR", "6 tundi tagasi"),
             ("Narva linnus avab suveks uue näituse", "Põhjarannik", "14:30"),
             ("Haapsalu raudteejaam saab uue katuse", "Lääne Elu", "2 päeva tagasi")]
    lines = [f"{n}. {title}\n{source} · {age}" for n, (title, source, age) in enumerate(cards, 1)]
    dump = "\n".join(["Tallinn rajab Lasnamäele uue trammiliini", *ET_STORY, "Seotud uudised", *lines])
    record = clean_text(dump + "\n", id="et-numbered")
    assert record.text.split("\n\n") == ET_STORY
    assert [(t.title, t.source, t.age) for t in record.teasers] == cards


def test_an_age_in_another_unit_after_a_column_is_read_by_its_words() -> None:
    # fresh-user 9 kind D4: the list's ages "N tundi tagasi" (hours) are read by their layout;
    # the last card's "2 päeva tagasi" (days) differs only in its unit word, in the same place
    # at the same stride: its age too, not "Sakala, 2 päeva tagasi" nor a dropped card; its
    # title may end in a number's ordinal point ("aastaks 2028.")
    cards = [*ET_CARDS, "Viljandi vald ehitab uue koolimaja — Sakala, 2 päeva tagasi"]
    lines = ["Tallinn saab uue trammiliini Lasnamäele", *ET_STORY, "Veel uudiseid", *cards]
    assert _teasers(lines)[3] == ("Viljandi vald ehitab uue koolimaja", "Sakala", "2 päeva tagasi")
    cards[3] = "Viljandi uus koolimaja valmib aastaks 2028. — Sakala, 2 päeva tagasi"
    lines = ["Tallinn saab uue trammiliini Lasnamäele", *ET_STORY, "Veel uudiseid", *cards]
    assert _teasers(lines)[3] == ("Viljandi uus koolimaja valmib aastaks 2028.", "Sakala", "2 päeva tagasi")


def test_a_count_after_a_column_of_ages_is_no_age() -> None:
    # a count in the age's place after the list ("12 kommentaari", two words: no unit beside
    # the ages' "ago" word) is not read as the card's age by its place
    cards = [*ET_CARDS, "Viljandi vald ehitab uue koolimaja — Sakala, 12 kommentaari"]
    lines = ["Tallinn saab uue trammiliini Lasnamäele", *ET_STORY, "Veel uudiseid", *cards]
    assert "12 kommentaari" not in [age for _, _, age in _teasers(lines)]


def test_two_line_cards_whose_meta_line_parts_source_and_age_at_a_comma_keep_their_list() -> None:
    # Welsh: "Title" over "Source, N awr yn ôl" cards; the comma, no mark, parts the meta line's
    # pieces, and each card names another source, so only the layout repeats
    story = [
        "Cyhoeddodd Cyngor Caerdydd ddydd Llun gynllun i adeiladu llinell dram newydd rhwng canol y ddinas a'r Bae.",
        "Yn ôl pennaeth adran drafnidiaeth y cyngor, bydd y llinell yn naw cilomedr o hyd gyda phedwar arhosfan ar ddeg. Amcangyfrifir y bydd y prosiect yn costio 85 miliwn o bunnoedd.",
        "Croesawodd trigolion y Bae'r penderfyniad, ond maen nhw'n poeni am dagfeydd yn ystod y gwaith adeiladu.",
    ]
    lines = ["Caerdydd yn cael llinell dram newydd", *story, "Newyddion eraill",
             "Pont newydd dros afon Teifi yn agor", "Golwg Wythnosol, 2 awr yn ôl",
             "Porthladd Caergybi yn ehangu tua'r gorllewin", "Yr Herald Cymraeg, 4 awr yn ôl",
             "Abertawe yn adeiladu pwll nofio newydd", "Newyddion y Gogledd, 6 awr yn ôl"]
    assert _teasers(lines) == [
        ("Pont newydd dros afon Teifi yn agor", "Golwg Wythnosol", "2 awr yn ôl"),
        ("Porthladd Caergybi yn ehangu tua'r gorllewin", "Yr Herald Cymraeg", "4 awr yn ôl"),
        ("Abertawe yn adeiladu pwll nofio newydd", "Newyddion y Gogledd", "6 awr yn ôl"),
    ]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert record.text.split("\n\n") == story


# Scottish Gaelic: an age of six words around its number ("o chionn 2 uair a thìde", two hours
# ago), more than an age reader is asked about; the column's repetition is the evidence
GD_HEAD = "Drochaid ùr eadar an t-Eilean Sgitheanach agus Ratharsair"
GD_STORY = [
    "Chaidh drochaid ùr fhosgladh Disathairne eadar an t-Eilean Sgitheanach agus Ratharsair, an dèidh ceithir bliadhna de dh'obair thogail.",
    "Thuirt a' chomhairle gun gearr an drochaid an ùine siubhail eadar na h-eileanan gu leth agus gun cuidich i na gnìomhachasan ionadail.",
]
GD_CARDS = [
    ("Sgoil ùr ga togail ann an Steòrnabhagh", "Naidheachdan Gàidhlig", "o chionn 2 uair a thìde"),
    ("Am bàta-aiseig air ais air an t-slighe", "An Gàidheal Ùr", "o chionn 5 uair a thìde"),
    ("Fèis chiùil mhòr a' tòiseachadh a-màireach", "Radio nan Eilean", "o chionn 7 uair a thìde"),
]


def test_an_age_of_several_words_alone_in_each_card_is_read_by_its_column() -> None:
    # three-line cards (title / source / age), the age on its own line in each card
    lines = [GD_HEAD, *GD_STORY, "Naidheachdan eile"]
    for title, source, age in GD_CARDS:
        lines += [title, source, age, ""]
    assert _teasers(lines) == GD_CARDS


def test_one_line_cards_of_a_long_age_and_the_bylines_age_of_the_same_words() -> None:
    # "Title — Source · age" cards, and the byline "Site · age" under the headline: the byline
    # is a meta line (the page's site and age), not the title
    lines = [GD_HEAD, "Naidheachdan Gàidhlig · o chionn 1 uair a thìde", *GD_STORY, "Naidheachdan eile",
             *(f"{t} — {s} · {a}" for t, s, a in GD_CARDS)]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert record.title == GD_HEAD
    assert record.meta.get("site_name") == "Naidheachdan Gàidhlig"
    assert record.meta.get("age") == "o chionn 1 uair a thìde"
    assert [(t.title, t.source, t.age) for t in record.teasers] == GD_CARDS
    assert record.text.split("\n\n") == GD_STORY


# Igbo: ages as number words ("awa abụọ gara aga", two hours ago): no digit to mask, the
# rest of the age piece repeats across the list's one-line cards
IG_HEAD = "Ụlọ akwụkwọ ọhụrụ meghere n'Enugwu"
IG_STORY = [
    "Gọọmentị steeti Enugwu emeghela ụlọ akwụkwọ ọhụrụ maka ọzụzụ aka ọrụ na Fraịdee, nke ga-anabata ụmụ akwụkwọ puku abụọ.",
    "Gọvanọ kwuru na ụlọ akwụkwọ ahụ ga-akụziri ndị ntorobịa ọrụ aka, kọmputa na ọrụ ugbo nke oge a.",
]
IG_CARDS = [
    ("Ndị ọrụ ugbo na-eme mkpesa maka ọnụ ahịa fatịlaịza", "BBC Igbo", "awa abụọ gara aga"),
    ("Egwuregwu bọọlụ: Rangers meriri n'ụlọ", "Igbo Times", "awa ise gara aga"),
    ("Ọkụ gbara ahịa n'Onitsha", "Akụkọ Igbo", "awa isii gara aga"),
]


def test_one_line_cards_whose_ages_are_number_words_are_read_by_their_column() -> None:
    lines = [IG_HEAD, *IG_STORY, "Akụkọ ndị ọzọ", *(f"• {t} — {s} · {a}" for t, s, a in IG_CARDS)]
    assert _teasers(lines) == IG_CARDS
    assert clean_text("\n".join(lines) + "\n", id="list").text.split("\n\n") == IG_STORY


def test_three_line_cards_whose_ages_are_number_words_alone_are_read_by_their_column() -> None:
    lines = [IG_HEAD, *IG_STORY, "Akụkọ ndị ọzọ"]
    for card in IG_CARDS:
        lines += [*card, ""]
    assert _teasers(lines) == IG_CARDS
    # a line the cards share word for word ("gụọ ọzọ n'ebe a", read more here) is no age
    lines = [IG_HEAD, *IG_STORY, "Akụkọ ndị ọzọ"]
    for title, source, _ in IG_CARDS:
        lines += [title, source, "gụọ ọzọ n'ebe a", ""]
    assert all(t.age is None for t in clean_text("\n".join(lines) + "\n", id="list").teasers)


def test_a_word_column_in_a_lists_last_place_or_in_capitals_is_no_age() -> None:
    # the word that varies is the piece's last ("n'ime Egwuregwu", a section's name) or a name
    # in capitals: no count in words
    assert word_ages_of([f"• {t} — {s} · dere n'ime {w}" for (t, s, _), w in zip(IG_CARDS, ("egwuregwu", "akụkọ", "ahịa"), strict=True)]) == []
    assert word_ages_of([f"• {t} — {s} · awa {w} gara aga" for (t, s, _), w in zip(IG_CARDS, ("Obi", "Ada", "Eze"), strict=True)]) == []
    assert len(word_ages_of([f"• {t} — {s} · {a}" for t, s, a in IG_CARDS])) == 1


def word_ages_of(lines: list[str]) -> list[tuple[list[int], object]]:
    from declutter.content.worded_ages import word_ages

    page = parse(RawPage("p", "text", "\n".join(lines)))
    return word_ages(page.blocks, range(len(page.blocks)))


def test_two_line_cards_whose_unit_is_glued_to_ago_after_a_short_story() -> None:
    # Thai: a story of three paragraphs whose spaces set phrases apart (few spaced words, more
    # words of its script), then a heading and title / "Source · N <unit+ago>" cards with no
    # blank line: the ages differ only in the unit glued to the same "ago", so the list reads
    # as cards by its repetition, and the heading and the first title do not end the story
    from declutter import clean_text
    from declutter.content.line_columns import glued_unit

    head = "ฝนตกหนักในเชียงใหม่ ถนนหลายสายน้ำท่วม"
    story = ["เมื่อคืนนี้ ฝนตกหนัก ในตัวเมืองเชียงใหม่ ทำให้ถนน หลายสาย มีน้ำท่วมขัง และการจราจรติดขัด",
             "กรมอุตุนิยมวิทยา รายงานว่า ปริมาณน้ำฝน วัดได้ เก้าสิบ มิลลิเมตร ตั้งแต่ช่วงเย็น",
             "โรงเรียน บางแห่ง ปิดการเรียน วันนี้ และ ผู้โดยสาร เดินทางลำบาก"]
    cards = ["ข่าวยอดนิยม", "นักท่องเที่ยว เพิ่มขึ้น ที่สุโขทัย", "ไทยนิวส์ · 4 ชม.ที่แล้ว",
             "เปิด สะพานใหม่ ที่ลำปาง", "ลำปางโพสต์ · 6 ชม.ที่แล้ว",
             "น้ำเสีย ใน กว๊านพะเยา น่าห่วง", "พะเยาทูเดย์ · 1 วันที่แล้ว"]
    record = clean_text("\n".join([head, *story, *cards]) + "\n", id="th-glued")
    assert record.title == head
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (cards[1], "ไทยนิวส์", "4 ชม.ที่แล้ว"), (cards[3], "ลำปางโพสต์", "6 ชม.ที่แล้ว"),
        (cards[5], "พะเยาทูเดย์", "1 วันที่แล้ว")]
    assert not glued_unit({"# photos", "# videos"})  # a shared end too short: counts of things


MG_CARDS = """\
Nisokatra ny lalana vaovao mampitohy an'Antsirabe sy Betafo
Gazety Vaovao · 2 ora lasa
Nisokatra tamin'ny alatsinainy ny lalana vaovao mampitohy an'Antsirabe sy Betafo, taorian'ny asa naharitra roa taona.
Nilaza ny minisitry ny asa vaventy fa hihena antsasany ny fotoana ilaina amin'ny dia eo amin'ireo tanàna roa ireo.
Nanome vola ny ankamaroan'ny asa ny banky iraisam-pirenena ho an'ny fampandrosoana.

Vaovao hafa

Nitombo ny vidin'ny vary any Toamasina
Ny Gazety
3 ora lasa

Nikatona ny seranana any Mahajanga noho ny rivodoza
Midi Madagasikara
5 ora lasa

Nanokatra sekoly vaovao ny kaominina any Fianarantsoa
Gazety Vaovao
1 andro lasa

© 2026 Gazety Vaovao.
"""


def test_multi_line_cards_whose_unknown_age_changes_its_unit_are_one_list() -> None:
    """Cards of title / source / age lines whose ages no reader knows and whose unit differs
    from card to card ("3 ora lasa", "1 andro lasa": hours, a day ago; kind D3) are one list,
    its ages read by their repetition as ages differing in their unit only."""
    record = clean_text(MG_CARDS)
    assert [(t.source, t.age) for t in record.teasers] == [
        ("Ny Gazety", "3 ora lasa"), ("Midi Madagasikara", "5 ora lasa"), ("Gazety Vaovao", "1 andro lasa")]
    assert "Toamasina" not in record.text



def test_an_age_in_another_unit_one_line_under_the_age_place_is_told() -> None:
    """The line under a word in a list's age place is an age of the list but for its unit
    ("1 andro lasa" under "Gazety Vaovao" in a list of "# ora lasa"): that word is a card's
    source (the card above had an excerpt, kind D3), no day word."""
    blocks = [Block(index=k, text=t) for k, t in enumerate(["Gazety Vaovao", "1 andro lasa", "Vaovao hafa"])]
    assert unit_below(blocks, 0, "# ora lasa")
    assert not unit_below(blocks, 1, "# ora lasa")
    assert not unit_below(blocks, 0, "·2:1")


def test_one_line_cards_whose_age_unit_and_agreeing_word_change_are_one_list() -> None:
    """Dump one-line cards whose ages no reader knows, the last in another unit that changes
    the word after the number too ("saa 3 zilizopita", "wiki 1 iliyopita": Swahili's "ago"
    agrees with its unit; fresh-user 12 kind H2, as a dump): one list, its ages read by their
    shape, the cards out of the story."""
    story = ["Serikali imetangaza mpango mpya wa kujenga masoko ya kisasa katika miji mitano ya pwani, "
             "kazi ikitarajiwa kuanza mwezi ujao na kukamilika ndani ya miaka miwili.",
             "Waziri wa biashara alisema masoko hayo yatakuwa na maeneo ya kuhifadhia samaki na matunda, "
             "ili wafanyabiashara wadogo wapunguze hasara wanazopata kila siku.",
             "Wafanyabiashara wa Tanga na Mombasa wamepokea habari hiyo kwa furaha."]
    cards = ["Bei ya mahindi yapanda tena Arusha — Mwananchi, saa 3 zilizopita",
             "Reli mpya ya kisasa yafika Dodoma — Taifa Leo, saa 6 zilizopita",
             "Wakulima wa chai walalamikia bei ndogo — Habari Leo, wiki 1 iliyopita"]
    lines = ["Masoko mapya kujengwa pwani", *story, "Habari zaidi", *cards]
    assert _teasers(lines) == [
        ("Bei ya mahindi yapanda tena Arusha", "Mwananchi", "saa 3 zilizopita"),
        ("Reli mpya ya kisasa yafika Dodoma", "Taifa Leo", "saa 6 zilizopita"),
        ("Wakulima wa chai walalamikia bei ndogo", "Habari Leo", "wiki 1 iliyopita")]
    assert "Arusha" not in clean_text("\n".join(lines) + "\n", id="list").text


# Chichewa, written for these tests, its ages with the number glued to a word ("maola a-4
# apitawo"): no reader and no shape test reads them, the list of cards at the page's foot does
NY_STORY = [
    "Boma la mzinda wa Blantyre lalengeza lero kuti msika watsopano wa ndiwo zamasamba udzatsegulidwa mwezi wamawa.",
    "Malinga ndi mkulu wa boma, msikawu udzakhala ndi malo okwana chikwi chimodzi a ogulitsa komanso madzi aukhondo.",
    "Ogulitsa ambiri ati ndi okondwa chifukwa msika wakale unali wopanda denga ndipo ankavutika nthawi yamvula.",
]
NY_CARDS = [("Madzi abwerera ku Zomba patatha sabata", "Nyasa Times", "maola a-6 apitawo"),
            ("Masewera a mpira ayimitsidwa chifukwa cha mvula", "Malawi24", "maola a-8 apitawo"),
            ("Sukulu ya ku Mangochi yatsegula laibulale yatsopano", "Nkhani za Malawi", "maola a-9 apitawo")]


def test_the_cards_ages_read_the_byline_and_a_labelled_card_of_that_age() -> None:
    # the byline's site name in sentence case, and a labelled card mid-story whose title ends
    # in a source and an age of the cards' layout
    lines = ["Blantyre itsegula msika watsopano", "Nkhani za Malawi · maola a-4 apitawo", NY_STORY[0],
             "Werenganinso: Ophunzira a ku Dedza alandira makompyuta atsopano — Nyasa Times, maola a-3 apitawo",
             *NY_STORY[1:], "Zowerengedwa kwambiri", *[f"{k}. {t} — {s}, {a}" for k, (t, s, a) in enumerate(NY_CARDS, 1)]]
    record = clean_text("\n".join(lines) + "\n", id="glued")
    assert record.meta == {"site_name": "Nkhani za Malawi", "age": "maola a-4 apitawo"}
    assert record.text.split("\n\n") == NY_STORY
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Ophunzira a ku Dedza alandira makompyuta atsopano", "Nyasa Times", "maola a-3 apitawo"), *NY_CARDS]


SW_DUMP = """\
Ujenzi wa barabara mpya ya Dar es Salaam hadi Morogoro waanza
Habari Leo · saa 2 zilizopita
Serikali imeanza ujenzi wa barabara mpya inayounganisha Dar es Salaam na Morogoro, ahadi iliyotolewa kwa wananchi zaidi ya miaka kumi iliyopita.
Waziri wa ujenzi amesema barabara hiyo itakuwa na urefu wa kilomita 190 na itakamilika ndani ya miaka mitatu.
Wafanyabiashara wa Chalinze wanasema barabara hiyo itapunguza msongamano wa magari uliowasumbua kwa muda mrefu.
Shiriki: Facebook · WhatsApp · X · Barua pepe

Habari unazoweza kupenda

Timu ya taifa yaichapa Uganda mabao 2-1
Redio Tanzania · saa 5 zilizopita

Bei za vyakula zapanda katika masoko ya Arusha
Mwananchi · saa 7 zilizopita

Wanafunzi wapya waanza masomo chuo kikuu
Habari Leo · saa 9 zilizopita

Andika maoni yako
Juma K. · dakika 30 zilizopita
Hii ni habari njema sana, tunaishukuru serikali.
Penda (4) · Jibu
Jiandikishe kupokea habari zetu kwa barua pepe
© 2026 Habari za Leo
"""


def test_a_comments_counted_reaction_row_is_no_card_in_the_lists_column() -> None:
    """A comment under a list of cards, in the list's column: its reaction row "Penda (4) ·
    Jibu" ("Like (4) · Reply", in Swahili) stood in the place of a card's "Source · age", its
    "Jibu" read as a day word, and the line above it became a teaser (fresh-user kind D3, a
    Luganda widget). An action counted in brackets is a reaction row's, never a source's."""
    from declutter.content.dump_comments import counted_row

    assert counted_row("Penda (4) · Jibu") and counted_row("Like (12) · Reply · Report")
    assert not counted_row("Mwananchi · jana") and not counted_row("Chapter (4): the end of the road")
    record = clean_text(SW_DUMP, id="sw")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Timu ya taifa yaichapa Uganda mabao 2-1", "Redio Tanzania", "saa 5 zilizopita"),
        ("Bei za vyakula zapanda katika masoko ya Arusha", "Mwananchi", "saa 7 zilizopita"),
        ("Wanafunzi wapya waanza masomo chuo kikuu", "Habari Leo", "saa 9 zilizopita"),
    ]



def test_the_first_loops_gates_nest() -> None:
    # repeated_dates tests the card gate alone first and reads a digit-free title of a few
    # words as a date line's: sound only while a date line is a card line and such a title a
    # date line
    from declutter.content import line_repeats as lr

    assert lr._DATE_SHAPES <= lr._CARD_SHAPES and "title" in lr._DATE_SHAPES
    assert lr.COLUMN_AGE_WORDS <= lr.META_WORDS <= lr.CARD_WORDS


SV_READ_TIMES = [  # each card's age (a reader knows it) with a reading time after it
    "Biblioteket i Umeå öppnar en ny sal för minoritetsspråk",
    "Stadsbiblioteket i Umeå öppnade i går en ny sal för regionens minoritetsspråk, med mer än tre tusen böcker på samiska och meänkieli.",
    "Bibliotekschefen sa att salen är den första i sitt slag i landet och att den ska erbjuda gratis kurser för vuxna varje vecka.",
    "Läs också",
    "Museet i Kiruna öppnar igen efter renoveringen — Norrbottens Kuriren · för 2 timmar sedan · 3 min lästid",
    "Ny bro över Torneälven blir klar i mars — Haparandabladet · för 4 timmar sedan · 5 min lästid",
    "Språkfestival i Jokkmokk med tre dagar av konserter — Piteå-Tidningen · för 6 timmar sedan · 8 min lästid",
]


def test_a_reading_time_after_an_age_a_reader_knows_is_no_age_though_its_numbers_rise() -> None:
    """s10 kind 5: reading times in a word no reader knows ("3 min lästid", "5 ...", "8 ...")
    rise down the list as ages do, and the group's layout read them as the cards' ages, the
    real age beside them ("för 2 timmar sedan") as the source and the source in the title.
    The second clue is the age a reader knows right before the end piece: it is the age, the
    end piece the card's text. (With no such age beside it, nothing tells a rising reading
    time from an age in an unknown language: both are a number, a unit and a word.)"""
    record = clean_text("\n".join(SV_READ_TIMES) + "\n", id="sv-read-times")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        ("Museet i Kiruna öppnar igen efter renoveringen", "Norrbottens Kuriren", "för 2 timmar sedan", "3 min lästid"),
        ("Ny bro över Torneälven blir klar i mars", "Haparandabladet", "för 4 timmar sedan", "5 min lästid"),
        ("Språkfestival i Jokkmokk med tre dagar av konserter", "Piteå-Tidningen", "för 6 timmar sedan", "8 min lästid"),
    ]


# a one-line card whose fields read swapped joins its group (:func:`declutter.content.line_repeats._swapped`;
# session 11, fresh17 kind D1)
SWAPPED_SOURCE_CARDS = [
    'Boma la Zomba latsegula msika watsopano wa alimi',
    'Nkhani Zathu · maola 2 apitawo',
    'Boma la Zomba latsegula msika watsopano womwe udzathandiza alimi ambiri kugulitsa chimanga ndi nyemba pamtengo wabwino.',
    "Alimi a m'midzi yozungulira ati msikawu udzawapulumutsira nthawi yochuluka yomwe ankayenda kupita ku Blantyre.",
    'Werenganinso',
    'Mvula yamphamvu yawononga nyumba ku Nsanje — Nyasa Times, maola 3 apitawo',
    'Ophunzira abwerera ku sukulu ku Mzuzu — Malawi24, dzulo',
    'Mtengo wa feteleza watsika ku Lilongwe — Heute, maola 5 apitawo',
]


def test_a_one_line_card_whose_source_reads_as_a_day_word_joins_its_list() -> None:
    """D1: one-line cards "Title — Source, age" whose ages no reader knows (Chichewa, "maola 3
    apitawo"), the last one's source a word an age reader knows ("Heute"): its fields are not
    swapped (source "maola 5 apitawo"), the line joins its list's group of alike lines, and all
    three cards are read, their heading no story."""
    record = clean_text("\n".join(SWAPPED_SOURCE_CARDS) + "\n", id="swapped-source")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Mvula yamphamvu yawononga nyumba ku Nsanje", "Nyasa Times", "maola 3 apitawo"),
        ("Ophunzira abwerera ku sukulu ku Mzuzu", "Malawi24", "dzulo"),
        ("Mtengo wa feteleza watsika ku Lilongwe", "Heute", "maola 5 apitawo"),
    ]
    assert "Werenganinso" not in record.text and "apitawo" not in record.text


RW_OLDEST_FIRST = [
    "Imvura nyinshi yateje imyuzure i Rubavu, imiryango irimurwa",
    "Imvura nyinshi yaguye ijoro ryose mu karere ka Rubavu, imiryango myinshi ihungira mu mashuri ari hafi aho.",
    "Polisi ivuga ko imihanda myinshi ifunze kubera amazi menshi atemba mu mujyi rwagati.",
    "Ikigo cy'iteganyagihe kivuga ko imvura izakomeza kugwa kugeza ku cyumweru.",
    "Andi makuru",
    "Umuhanda wa Musanze wongeye gufungurwa nyuma y'inkangu",
    "Izuba Rirashe",
    "ejo",
    "Abahinzi b'ibirayi i Nyabihu babonye isoko rishya",
    "Radiyo Huguka",
    "amasaha 6 ashize",
    "Ikipe ya Rayon Sports yatsinze umukino wa gicuti",
    "Igihe Online",
    "amasaha 2 ashize",
]


def test_three_line_cards_from_the_oldest_down_have_their_ages_by_place() -> None:
    """Issue 12, D5: three-line cards (title / source / age alone on its line) listed from the
    oldest card down, a day word ("ejo") leading two numbered ages that fall ("amasaha 6
    ashize", "amasaha 2 ashize"), in a language no age reader knows (Kinyarwanda): each card
    is a teaser with its source and age, and the list's heading over them is no card's age."""
    lines = RW_OLDEST_FIRST
    record = clean_text("\n".join(lines) + "\n", id="oldest-first")
    assert record.text.split("\n\n") == lines[1:4]
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (lines[k], lines[k + 1], lines[k + 2]) for k in (5, 8, 11)]
    assert lines[4] in [r.text for r in record.removed]


WAR_BULLETS = [
    "Bagyo nag-igo ha Samar, damo nga balay an naguba",
    "An bagyo nag-igo ha amihanan nga bahin han Samar kagab-i, ngan damo nga pamilya an binalhin ha mga eskwelahan.",
    "Sumala ha mga opisyal, mayda duha ka tulay nga naguba ngan diri makakaagi an mga sarakyan.",
    "Waray klase ha bug-os nga probinsya ugma sumala han Department of Education.",
    "Iba pa nga Balita",
    "• Presyo han bugas ha Tacloban tinmaas — Leyte Samar Daily, 3 ka oras an naglabay",
    "• Bag-o nga merkado ginbuksan ha Ormoc — Radyo Waray, kahapon",
    "• Mga mangingisda ha Guiuan nakakuha hin bulig — Leyte Samar Daily, 2 ka adlaw an naglabay",
]


def test_bulleted_one_line_cards_whose_ages_share_a_linking_word() -> None:
    """Issue 12, D3: bulleted one-line cards "• Title — Source, age" whose ages differ in the
    unit after a linking word they share ("3 ka oras an naglabay", "2 ka adlaw an naglabay"),
    a day word ("kahapon") between them, in a language no age reader knows (Waray): each card
    is a teaser with its source and age, and the rail's heading and first card are not story."""
    lines = WAR_BULLETS
    record = clean_text("\n".join(lines) + "\n", id="bullets")
    assert record.text.split("\n\n") == lines[1:4]
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Presyo han bugas ha Tacloban tinmaas", "Leyte Samar Daily", "3 ka oras an naglabay"),
        ("Bag-o nga merkado ginbuksan ha Ormoc", "Radyo Waray", "kahapon"),
        ("Mga mangingisda ha Guiuan nakakuha hin bulig", "Leyte Samar Daily", "2 ka adlaw an naglabay"),
    ]
