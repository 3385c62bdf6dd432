# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Cards inside a dump's story run (:func:`declutter.content.story_foot.bare_card`): a label, a
title and a sub-line of two pieces set apart by a mark ("Source · age"), whose age no reader
knows, between paragraphs are a card, not chrome. Written for these tests in Estonian, in no
site's wording."""

from __future__ import annotations

from declutter import clean_text
from declutter.blocks import Block, text_to_blocks
from declutter.content.card_segments import MAX_CARD_LINES
from declutter.content.line_shapes import LineShape, shapes_of
from declutter.content.story_foot import trim_card_head

STORY = [
    "Tallinna linnavalitsus esitles esmaspäeval kava rajada uus trammiliin, mis ühendab kesklinna Lasnamäe elamurajooniga.",
    "Linna transpordiameti juhi sõnul on uue liini pikkus üheksa kilomeetrit ja sellel on neliteist peatust.",
    "Projekti maksumuseks hinnatakse 85 miljonit eurot, millest suurema osa katab Euroopa Liidu toetus.",
    "Lasnamäe elanikud tervitasid otsust, kuid kardavad ehitustööde ajal ummikuid. Linn lubas liikluse ümber suunata etappide kaupa.",
]


def test_a_mid_story_card_whose_meta_line_holds_an_unknown_age_is_a_teaser() -> None:
    lines = ["Tallinn saab uue trammiliini Lasnamäele", "Linnaleht · 5 tundi tagasi", *STORY[:2],
             "Loe lisaks", "Tartu bussipileti hind tõuseb jaanuarist", "Linnaleht · üleeile", *STORY[2:]]
    record = clean_text("\n".join(lines) + "\n", id="card")
    assert [t.title for t in record.teasers] == ["Tartu bussipileti hind tõuseb jaanuarist"]
    assert record.text.split("\n\n") == STORY


def test_a_pitch_at_the_foot_in_a_script_of_short_words_ends_the_story() -> None:
    # Devanagari spells its words in few letters: no word of the pitch has six
    story = [
        "मुख्यमंत्री ने शनिवार को जयपुर मेट्रो की दूसरी लाइन का उद्घाटन किया, जो शहर के पूर्वी हिस्से को रेलवे स्टेशन से जोड़ती है।",
        "नई लाइन की लंबाई बारह किलोमीटर है और इस पर दस स्टेशन बनाए गए हैं, जिनसे रोज़ाना पचास हज़ार यात्रियों को सुविधा मिलेगी।",
        "परियोजना पर लगभग तीन हज़ार करोड़ रुपये खर्च हुए हैं, जिसका बड़ा हिस्सा केंद्र सरकार ने दिया है।",
    ]
    pitch = "हमारा ऐप लें और खबरें सबसे पहले पढ़ें!"
    lines = ["जयपुर में नई मेट्रो लाइन का उद्घाटन", "राजस्थान समाचार · 3 घंटे पहले", *story, pitch,
             "शेयर करें: Facebook · WhatsApp · X", "© 2026 राजस्थान समाचार"]
    record = clean_text("\n".join(lines) + "\n", id="metro")
    assert record.text.split("\n\n") == story
    assert pitch in {r.text for r in record.removed or []}


# Uyghur, written for these tests: a read-also card of three lines (label, title, "Source ·
# age", the age in words no reader knows) right under the story's first paragraph
UG_HEAD = "ئۈرۈمچىدە يېڭى دوختۇرخانا ئېچىلدى"
UG_STORY = [
    "ئۈرۈمچى شەھىرىدە بۈگۈن ئەتىگەن بەش يۈز ئورۇنلۇق يېڭى دوختۇرخانا رەسمىي ئېچىلدى، بۇ دوختۇرخانا ئۈچ يىل ئىچىدە پۈتكۈزۈلگەن.",
    "دوختۇرخانا مەسئۇللىرىنىڭ ئېيتىشىچە، بۇ يەردە بالىلار ۋە ئاياللار ئۈچۈن مەخسۇس بۆلۈملەر بار.",
    "شەھەر ئاھالىلىرى بۇ خەۋەرنى قىزغىن قارشى ئالدى ۋە ھۆكۈمەتكە رەھمەت ئېيتتى.",
]
UG_CARD = ["مۇناسىۋەتلىك خەۋەر", "قەشقەردە يېڭى مەكتەپ سېلىنىدۇ", "تارىم گېزىتى · 2 سائەت ئىلگىرى"]


def test_a_card_under_the_first_paragraph_is_no_headline_over_the_rest() -> None:
    # the first paragraph is as long as those under the card: the story's lede, not a
    # teaser's excerpt; the card's meta line is read by its age's shape
    for byline in ([], ["تەڭرىتاغ خەۋەرلىرى · 3 سائەت ئىلگىرى"]):
        lines = [UG_HEAD, *byline, UG_STORY[0], *UG_CARD, *UG_STORY[1:]]
        record = clean_text("\n".join(lines) + "\n", id="first-card")
        assert record.title == UG_HEAD
        assert record.text.split("\n\n") == UG_STORY
        assert [(t.title, t.source, t.age) for t in record.teasers] == [
            ("قەشقەردە يېڭى مەكتەپ سېلىنىدۇ", "تارىم گېزىتى", "2 سائەت ئىلگىرى")]


SM_STORY = [
    "Na tatalaina e le Malo se falemataaga fou i Apia i le Aso Lulu, o loo teuina ai le silia ma le lima afe mea tau aganuu mai atumotu uma o le Pasefika.",
    "Fai mai le pule o le falemataaga o le a avanoa le fale i aso uma mai le iva i le taeao e oo atu i le lima i le afiafi.",
    "O tamaiti aoga mai aoga uma i Upolu ma Savaii o le a asiasi fua i le falemataaga i le masina muamua ina ua tatala.",
    "Ua faailoa mai foi e le Malo o le a fausia se isi falemataaga i Salelologa i le tausaga fou, ina ia faigofie ai ona asiasi atu tagata.",
]
SM_FOOT = ["Faasoa: Facebook | WhatsApp | X | Imeli", "© 2026 Samoa Talafou."]


def test_a_pitch_with_one_content_word_much_shorter_than_the_story_ends_it() -> None:
    """Samoan spells its words in few letters: the app pitch above the share row has one word
    of five ("matou") and none of six, so the two content words a pitch needs were never there
    (fresh-user kind D4, a Twi pitch). One such word not in the story suffices when the line is
    much shorter than every paragraph above it; in HTML too (the HTML reader asks the same)."""
    from declutter import clean_html

    pitch = "Sii mai la matou app ma e vave ona e iloa tala!"
    lines = ["Ua tatalaina se falemataaga fou i Apia", *SM_STORY, pitch, *SM_FOOT]
    record = clean_text("\n".join(lines) + "\n", id="sm")
    assert record.text.split("\n\n") == SM_STORY
    assert pitch in {r.text for r in record.removed or []}
    html = (f"<html><body><article><h1>{lines[0]}</h1>" + "".join(f"<p>{p}</p>" for p in SM_STORY)
            + f"<p>{pitch}</p><div class='share'>{SM_FOOT[0]}</div></article>"
            f"<footer>{SM_FOOT[1]}</footer></body></html>")
    assert clean_html(html, id="sm").text.split("\n\n") == SM_STORY


def test_a_closing_exclamation_sharing_its_word_with_the_story_stays() -> None:
    closing = "Ua fiafia tele tagata uma o Apia i le falemataaga fou!"  # its one long word is the story's
    lines = ["Ua tatalaina se falemataaga fou i Apia", *SM_STORY, closing, *SM_FOOT]
    record = clean_text("\n".join(lines) + "\n", id="sm")
    assert record.text.split("\n\n") == [*SM_STORY, closing]


# Swahili, written for these tests: a card list under the story whose cards repeat their meta
# line at the longest period a card list has (``MAX_CARD_LINES``), the first card's title in
# the story run and its excerpt (six lines) under it: the farthest first meta line
# :func:`declutter.content.story_foot.trim_card_head` reads (its gate stops reading past it)
SW_STORY = [
    "Serikali ya Tanzania imetangaza mpango mpya wa kujenga reli ya kisasa kutoka Dar es Salaam hadi Mwanza mwaka ujao.",
    "Waziri wa uchukuzi alisema mradi huo utagharimu shilingi trilioni kumi na utakamilika ndani ya miaka minne.",
    "Wakazi wa mikoa ya kati wamepokea habari hiyo kwa furaha, wakisema usafiri utakuwa rahisi na wa bei nafuu.",
]
SW_TITLES = ["Bei ya mafuta yapanda tena mjini Arusha", "Timu ya taifa yajiandaa kwa mechi ya kirafiki",
             "Mvua kubwa yasababisha mafuriko Morogoro"]
SW_PARTS = ("kwanza", "pili", "tatu", "nne", "tano", "sita", "saba")


def _sw_cards(excerpt_lines: int) -> tuple[list[Block], dict[int, LineShape]]:
    lines = list(SW_STORY)
    for k, title in enumerate(SW_TITLES):
        lines += [title, *(f"Sehemu ya {w} ya habari hii fupi." for w in SW_PARTS[:excerpt_lines]),
                  f"Habari Leo · {k + 2} h"]
    blocks = text_to_blocks("\n".join(lines) + "\n")
    return blocks, shapes_of(blocks)


def test_a_card_list_at_the_longest_period_gives_back_its_first_cards_head() -> None:
    blocks, shapes = _sw_cards(MAX_CARD_LINES - 2)  # (title, excerpt, meta line: the period)
    assert trim_card_head(blocks, shapes, 0, len(SW_STORY) + 1) == len(SW_STORY)


def test_a_list_of_a_longer_period_is_no_card_list() -> None:
    blocks, shapes = _sw_cards(MAX_CARD_LINES - 1)
    assert trim_card_head(blocks, shapes, 0, len(SW_STORY) + 1) == len(SW_STORY) + 1
