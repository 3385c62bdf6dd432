# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds of dump teaser cards a fresh user's inputs showed read wrong (session 11, fresh17),
each on a page of our own in a language other than the reproducer's: the repetition of line
shapes (:mod:`declutter.content.line_repeats`) and the byline's age
(:mod:`declutter.content.byline_taught`), cards glued on one line
(:mod:`declutter.content.glued_cards`), a front page's first card (:mod:`declutter.content.listing_dumps`)."""

from __future__ import annotations

from declutter import clean_text

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


TWO_THREE_LINE_CARDS = [
    "Vita ny lalana vaovao mampitohy an'i Toamasina sy Brickaville",
    'Midi Madagasikara · 4 ora lasa',
    "Nanambara ny minisiteran'ny asa vaventy fa ho vita amin'ny faran'ny volana ny lalana vaovao mampitohy an'i Toamasina sy Brickaville.",
    "Hanamora ny fifamoivoizan'ny entana sy ny mpandeha io lalana io, hoy ny tale jeneralin'ny asa vaventy.",
    'Vakio koa',
    "Nidina indray ny vidin'ny vary",
    'Newsmada',
    '2 ora lasa',
    'Hisokatra ny sekoly vaovao any Fianarantsoa',
    'Taratra',
    'omaly',
]


def test_two_cards_of_three_lines_have_the_age_form_of_the_byline() -> None:
    """D7: two cards of title, source and age, one a line (Malagasy: "2 ora lasa", "omaly"),
    ages no reader knows: the byline shows the same age with another number ("4 ora lasa"),
    so the first card's age is one, and the day word in the same place of the card laid out
    alike after it is the second's. Both are teasers, not after-story chrome."""
    record = clean_text("\n".join(TWO_THREE_LINE_CARDS) + "\n", id="two-three-line")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Nidina indray ny vidin'ny vary", "Newsmada", "2 ora lasa"),
        ("Hisokatra ny sekoly vaovao any Fianarantsoa", "Taratra", "omaly"),
    ]
    assert record.meta.get("site_name") == "Midi Madagasikara"


TWO_ONE_LINE_CARDS = [
    'Mvura yakawanda yakanganisa migwagwa muHarare',
    'Kwayedza · maawa 3 apfuura',
    'Mvura yakawanda yakanaya usiku hwese muHarare yakanganisa migwagwa yakawanda uye vatyairi vakatadza kufamba zvakanaka mangwanani.',
    'Kanzuru yeguta yakati ichatanga kugadzira migwagwa iyi svondo rinouya.',
    'Nhau dzakafanana',
    'Chikoro chitsva chavhurwa muMasvingo — Herald, maawa 5 apfuura',
    'Mutengo wechibage wadzikira muGweru — NewsDay, nezuro',
]


def test_two_one_line_cards_have_the_age_form_of_the_byline() -> None:
    """D8: two one-line cards "Title — Source, age" (Shona: "maawa 5 apfuura", "nezuro"), ages
    no reader knows, read by the byline's age ("maawa 3 apfuura")."""
    record = clean_text("\n".join(TWO_ONE_LINE_CARDS) + "\n", id="two-one-line")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Chikoro chitsva chavhurwa muMasvingo", "Herald", "maawa 5 apfuura"),
        ("Mutengo wechibage wadzikira muGweru", "NewsDay", "nezuro"),
    ]
    assert record.text.endswith("svondo rinouya.")


def test_a_day_word_needs_its_card_laid_out_alike() -> None:
    """A card's one-word source under the next card's title ("Taratra") stands where a day
    word could, two lines under the numbered age; it is no age: the lines over the two are
    not laid out alike. Without the day word's card, the numbered age alone is no list."""
    record = clean_text("\n".join(TWO_THREE_LINE_CARDS[:-1]) + "\n", id="no-mate")
    assert all(t.age != "Taratra" for t in record.teasers)


GLUED_CARDS = [
    'Imvula enkulu yonakalise iindlela eMthatha',
    'Iindaba · iiyure ezi-2 ezidlulileyo',
    'Imvula enkulu ebiqhubeka ubusuku bonke yonakalise iindlela ezininzi eMthatha nakwiilali ezikufutshane.',
    'Umasipala uthe uza kuqalisa ukulungisa iindlela kule veki izayo, kodwa abahlali bacela uncedo ngokukhawuleza.',
    'Amanqaku anxulumeneyo: Isikolo esitsha sivuliwe eQonce (Daily Dispatch, iiyure ezi-4 ezidlulileyo) • Amaxabiso okutya anyukile (Isolezwe, izolo) • Ibhulorho entsha eMonti (GroundUp, iintsuku ezi-3 ezidlulileyo)',
]


def test_cards_glued_on_one_line_are_teasers() -> None:
    """D3: a related box flattened to one line under its label (Xhosa), "Label: Title
    (Source, age) • Title (Source, age) • ...", ages no reader knows ("iiyure ezi-4
    ezidlulileyo", "izolo"): each card is a teaser, the label dropped, the line no story."""
    record = clean_text("\n".join(GLUED_CARDS) + "\n", id="glued-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Isikolo esitsha sivuliwe eQonce", "Daily Dispatch", "iiyure ezi-4 ezidlulileyo"),
        ("Amaxabiso okutya anyukile", "Isolezwe", "izolo"),
        ("Ibhulorho entsha eMonti", "GroundUp", "iintsuku ezi-3 ezidlulileyo"),
    ]
    assert record.text.endswith("ngokukhawuleza.")
    assert [r.text for r in record.removed if r.rule == "heuristic.glued-teasers"] == ["Amanqaku anxulumeneyo:"]


def test_a_line_of_bracketed_counts_is_no_glued_cards() -> None:
    """Pieces whose bracketed pairs hold no age column (names in both places) are no cards:
    the line stays whole."""
    line = "Abadlali abatsha: Sipho Dlamini (Bucks, Durban) • Thabo Nkosi (Chiefs, Soweto)"
    record = clean_text("\n".join([*GLUED_CARDS[:4], line]) + "\n", id="no-glued")
    assert record.teasers == [] and line in [record.text.split("\n\n")[-1], *(r.text for r in record.removed)]


FOOTED_FRONT_PAGE = [
    'Nūhela Manuʻa',
    'Nā moʻolelo nui o kēia lā',
    'Ua wehe ʻia he kula ʻōlelo Hawaiʻi hou ma Hilo i kēia lā, a ʻoi aku ma mua o ʻelua haneli nā haumāna i kākau inoa.',
    'Ka Wai Ola · 5 hola i hala',
    'Ua lanakila ka hui pōpeku o Kahului',
    'Hawaii News · 3 hola i hala',
    'He mau nūhou hou e pili ana i ke aniau',
    'Star Advertiser · 1 hola i hala',
]


def test_a_front_page_whose_first_card_is_a_sentence_is_a_listing() -> None:
    """D10: a front page (Hawaiian) under its section heading, the first card a sentence over
    "Source · age", the others a headline each over a meta line of the same layout: the
    sentence is the first card's title, not the page's story, and the heading no title."""
    record = clean_text("\n".join(FOOTED_FRONT_PAGE) + "\n", id="footed-front")
    assert record.text == "" and record.title is None
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (FOOTED_FRONT_PAGE[2], "Ka Wai Ola", "5 hola i hala"),
        ("Ua lanakila ka hui pōpeku o Kahului", "Hawaii News", "3 hola i hala"),
        ("He mau nūhou hou e pili ana i ke aniau", "Star Advertiser", "1 hola i hala"),
    ]


def test_a_story_paragraph_over_cards_whose_meta_line_heads_them_stays_a_story() -> None:
    """One paragraph under its headline and byline, then cards "Source · age" / "Title": the
    meta line under the paragraph heads the first card (the last title hangs alone under the
    last meta line), so the paragraph is the story."""
    lines = ["Ua wehe ʻia he kula hou ma Hilo", "Ka Wai Ola · 1 hola i hala", FOOTED_FRONT_PAGE[2],
             "Hawaii News · 3 hola i hala", "Ua lanakila ka hui pōpeku o Kahului",
             "Star Advertiser · 4 hola i hala", "He mau nūhou hou e pili ana i ke aniau",
             "KITV · 6 hola i hala", "Ua hoʻokuʻu ʻia nā iʻa hou i ke kai"]
    record = clean_text("\n".join(lines) + "\n", id="headed-cards")
    assert record.text == FOOTED_FRONT_PAGE[2]
    assert len(record.teasers) == 3
