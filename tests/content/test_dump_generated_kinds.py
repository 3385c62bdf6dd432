# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds found on the generated aggregator dumps of the tuned-on (even) families, widened with
more pages (``benchmarks/dump_corpus.py``, seeds 1-7), each read by its structure: a teaser's
excerpt cut short with no punctuation (running text, not a tag cloud). Lines written for
these tests, in no site's wording and in other languages than the pages that showed them."""

from __future__ import annotations

from declutter import clean_text
from declutter.content.line_shapes import shape_of

DE_PARAS = [
    "Der Gemeinderat hat am Montag beschlossen, die alte Fähre über den See auch im Winter fahren zu lassen, zunächst für zwei Jahre.",
    "Bisher ruhte der Betrieb von November bis März, weil sich die Fahrten nach Ansicht der Verwaltung nicht lohnten.",
    "Nun zahlen die drei Ufergemeinden gemeinsam den Fehlbetrag, den der Betreiber auf rund achtzigtausend Euro im Jahr schätzt.",
    "Ob die Fähre danach weiter im Winter fährt, soll von den Fahrgastzahlen der ersten beiden Jahre abhängen.",
]
# an excerpt is the article's opening cut at 30 words: running text, no stop and no comma
DE_EXCERPTS = [
    "die Stadtwerke wollen im kommenden Frühjahr mit dem Bau der neuen Leitung beginnen und rechnen mit einer Bauzeit von etwa zwei Jahren in denen die Straße nur einspurig befahrbar bleibt",
    "nach dem langen Streit um die Öffnungszeiten hat sich die Bibliothek mit dem Personalrat geeinigt und öffnet künftig auch am Samstagvormittag für alle die unter der Woche keine Zeit haben",
    "der Sportverein sucht seit dem Sommer einen neuen Platzwart weil der bisherige nach mehr als dreißig Jahren in den Ruhestand gegangen ist und bisher niemand die Arbeit übernehmen wollte bis heute",
]


def test_an_excerpt_cut_short_with_no_punctuation_is_running_text() -> None:
    # thirty words and no stop or comma: a tag cloud only when many of its words are capitalised
    for excerpt in DE_EXCERPTS:
        assert shape_of(excerpt).shape != "chrome", excerpt


def test_cards_whose_excerpts_have_no_punctuation_keep_them() -> None:
    cards = [
        ("Neue Leitung: Bauzeit von zwei Jahren", "Seebote", "vor 2 Stunden"),
        ("Bibliothek öffnet auch am Samstag", "Uferblatt", "gestern"),
        ("Sportverein sucht einen Platzwart", "Seebote", "vor 3 Tagen"),
    ]
    lines = ["Fähre fährt auch im Winter", ""]
    for p in DE_PARAS:
        lines += [p, ""]
    lines += ["Weitere Meldungen"]
    for (title, source, age), excerpt in zip(cards, DE_EXCERPTS, strict=True):
        lines += ["", title, f"{source} · {age}", excerpt]
    record = clean_text("\n".join(lines) + "\n", id="excerpts")
    assert record.text.split("\n\n") == DE_PARAS
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        (*card, excerpt) for card, excerpt in zip(cards, DE_EXCERPTS, strict=True)
    ]


def test_a_menu_in_a_script_without_case_with_one_latin_tag_stays_chrome() -> None:
    # only words of a cased script count towards the share of capitals
    menu = " ".join(["新闻", "地方", "国际", "财经", "汽车", "房产", "教育", "科技", "体育", "旅游"] * 3 + ["AR/VR"])
    assert shape_of(menu).shape == "chrome"


ES_PARAS = [
    "El ayuntamiento aprobó el lunes el nuevo plan de transporte, que amplía el horario de los autobuses nocturnos hasta las dos de la madrugada.",
    "La medida llega después de dos años de quejas vecinales, sobre todo de quienes trabajan en la hostelería y salen tarde del centro.",
    "¿Tiene algo que contarnos sobre el transporte de la ciudad? Escriba a la redacción por correo o llame al 900 123 456, guardamos siempre la confidencialidad de las fuentes.",
    "El plan costará unos dos millones de euros al año, que se pagarán con una parte de la tasa turística que cobra la ciudad desde el verano.",
]


def test_a_share_row_between_paragraphs_is_no_subheading() -> None:
    # "Compartir: WhatsApp | Telegram | Correo" over a paragraph that says "correo": a line
    # read as chrome that announces the paragraph under it may be a subheading, a row of
    # short pieces never is
    lines = ["Los autobuses nocturnos llegarán hasta las dos", "", ES_PARAS[0], "", ES_PARAS[1],
             "Compartir: WhatsApp | Telegram | Correo", ES_PARAS[2], "", ES_PARAS[3], ""]
    record = clean_text("\n".join(lines), id="share-row")
    assert record.text.split("\n\n") == ES_PARAS


def test_a_title_with_a_topic_colon_over_an_excerpt_is_the_cards_title() -> None:
    # cards of title, excerpt, meta: the title "Hafen: ..." reads as "label: title", yet a
    # meta line stands in its card (no blank line between): it is the card's title, with the
    # card's source and age, not a lone labelled teaser
    cards = [
        ("Hafen: Die Fähre fährt jetzt auch im Winter", "Seebote", "gestern"),
        ("Neue Leitung bringt zwei Jahre Baustelle", "Uferblatt", "vor 3 Tagen"),
        ("Bibliothek öffnet auch am Samstag", "Seebote", "vor 2 Stunden"),
    ]
    lines = ["Fähre fährt auch im Winter", ""]
    for p in DE_PARAS:
        lines += [p, ""]
    lines += ["Weitere Meldungen"]
    for (title, source, age), excerpt in zip(cards, DE_EXCERPTS, strict=True):
        lines += ["", title, excerpt, f"{source} | {age}"]
    record = clean_text("\n".join(lines) + "\n", id="topic-colon")
    assert record.text.split("\n\n") == DE_PARAS
    assert [(t.title, t.source, t.age) for t in record.teasers] == cards


FR_PARAS = [
    "Le groupe reprendra la route au printemps pour une tournée de vingt dates, la première depuis la sortie de son dernier album il y a trois ans.",
    "Les billets seront mis en vente vendredi matin sur le site du groupe, et une partie des recettes ira à une association de musiciens.",
]
FR_DATES = [
    "9 juin – Lyon, Halle Tony Garnier", "11 juin – Grenoble, Le Summum", "14 juin – Marseille, Le Dôme",
    "16 juin – Montpellier, Zénith Sud", "20 juin – Toulouse, Zénith", "23 juin – Bordeaux, Arkéa Arena",
    "27 juin – Nantes, Zénith", "2 juillet – Rennes, Le Liberté", "5 juillet – Lille, Zénith Arena",
    "9 juillet – Paris, Accor Arena",
]


def test_a_schedule_goes_on_after_a_share_row_and_a_card_inside_it() -> None:
    # tour dates counting forward, a share row and a one-line card set in the middle of them:
    # the dates after the card are the schedule's, not teasers (their date is no age)
    lines = ["Le groupe repart en tournée", "", *[x for p in FR_PARAS for x in (p, "")], "Les dates de la tournée",
             *FR_DATES[:5], "Partager : Facebook | X | E-mail", "À lire aussi : Le festival du lac annonce sa programmation",
             *FR_DATES[5:], "", "© 2025 Journal du Lac · Mentions légales"]
    record = clean_text("\n".join(lines) + "\n", id="schedule")
    assert record.text.split("\n\n") == [*FR_PARAS, "Les dates de la tournée", *FR_DATES]
    assert [t.title for t in record.teasers] == ["Le festival du lac annonce sa programmation"]


def test_a_short_title_with_an_age_among_blank_separated_one_line_cards_is_a_card() -> None:
    # "Title | age" cards, a blank line between each: the one of few words ("Puerto de
    # Vigo | ayer") reads as "Source | age" alone, in its list it is a card like the others
    cards = [
        ("El ayuntamiento amplía el horario de la biblioteca municipal", "hace 2 horas"),
        ("Puerto de Vigo", "ayer"),
        ("Los vecinos votan el nuevo plan de tráfico del centro", "hace 3 días"),
    ]
    lines = ["Los autobuses nocturnos llegarán hasta las dos", ""]
    for p in ES_PARAS:
        lines += [p, ""]
    lines += ["Lo más leído"]
    for title, age in cards:
        lines += ["", f"{title} | {age}"]
    record = clean_text("\n".join(lines) + "\n", id="short-card")
    assert record.text.split("\n\n") == ES_PARAS
    assert [(t.title, t.source, t.age) for t in record.teasers] == [(t, None, a) for t, a in cards]


IT_PARAS = [
    "Il consiglio comunale ha approvato ieri sera il progetto del nuovo ponte pedonale sul fiume, atteso da oltre dieci anni dai residenti.",
    "I lavori cominceranno in primavera e dureranno circa diciotto mesi, con una spesa prevista di quattro milioni di euro.",
    "L'opposizione ha votato contro, chiedendo che i fondi fossero usati prima per la manutenzione delle strade del centro storico.",
]


def test_a_card_label_with_an_arrow_over_the_story_is_no_headline() -> None:
    # the line nearest the story that reads as a headline is the headline; "LEGGI ANCHE →
    # Title" is a card's label (an arrow, no topic's colon), a teaser, not the headline
    lines = ["Via libera al nuovo ponte pedonale sul fiume", "", "Condividi: Facebook | X | Email",
             "LEGGI ANCHE → Il comune rinnova il parco giochi del quartiere", "",
             *[x for p in IT_PARAS for x in (p, "")]]
    record = clean_text("\n".join(lines), id="arrow-label")
    assert record.title == "Via libera al nuovo ponte pedonale sul fiume"
    assert record.text.split("\n\n") == IT_PARAS
    assert [t.title for t in record.teasers] == ["Il comune rinnova il parco giochi del quartiere"]


def test_a_work_named_in_angle_brackets_in_the_story_is_no_labelled_card() -> None:
    # "<Der Hafen: Eine Chronik>" names a book or a play; its colon is inside the brackets
    lines = ["Fähre fährt auch im Winter", "", DE_PARAS[0], "", "<Der Hafen: Eine Chronik der Fähre>", "",
             *[x for p in DE_PARAS[1:] for x in (p, "")]]
    record = clean_text("\n".join(lines), id="angle")
    assert record.teasers == []


def test_a_title_with_a_dash_in_it_ends_before_the_cards_source() -> None:
    # "Title — aside — Source, age": the title runs to the last piece before "Source, age",
    # also when that piece's words stand again in the source or the age
    from declutter.content.ages import is_age_fast
    from declutter.content.card_lines import card_line_fields

    assert card_line_fields("La ruta del ferri se amplía al sur — Mar — Gaceta del Mar, hace 2 horas", is_age_fast) == {
        "title": "La ruta del ferri se amplía al sur — Mar", "source": "Gaceta del Mar", "age": "hace 2 horas"}
    assert card_line_fields("El ferri vuelve a navegar — 24 horas — Gaceta del Mar, hace 24 horas", is_age_fast) == {
        "title": "El ferri vuelve a navegar — 24 horas", "source": "Gaceta del Mar", "age": "hace 24 horas"}


def test_a_sentence_ending_in_an_exclamation_is_no_card_whose_source_comes_last() -> None:
    # "Heute, ... Warum sie zählt, ehrlich!": an age, a title and a "source" at the end, but a
    # "?" or "!" ends a title, never a source: a paragraph of the story, not a one-line card
    from declutter.content.ages import is_age_fast
    from declutter.content.card_lines import card_line_fields

    line = "Heute, wir sprechen darüber warum Ruhe beim Lernen zählt. Warum sie so wichtig ist, ehrlich!"
    assert card_line_fields(line, is_age_fast) is None
    assert card_line_fields("vor 2 Stunden · Seebote · Fährt die Fähre bald auch nachts?", is_age_fast) == {
        "age": "vor 2 Stunden", "source": "Seebote", "title": "Fährt die Fähre bald auch nachts?"}
    lines = ["Fähre fährt auch im Winter", "", DE_PARAS[0], "", line, "", *[x for p in DE_PARAS[1:] for x in (p, "")]]
    record = clean_text("\n".join(lines), id="exclaim")
    assert record.teasers == []
    assert line in record.text
