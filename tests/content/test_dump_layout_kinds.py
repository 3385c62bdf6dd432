# ruff: noqa: E501, RUF001  (the dump lines below are data, kept whole)
"""Kinds of dump layout, each in a dump of our own (wordings not in the benchmark's generator):

- a share row of many words ("Send: WhatsApp | Facebook | Mail | Print this page") between two
  paragraphs is chrome, not a subheading;
- a comment widget with no comments ("Be the first to comment.") between the story and a
  teaser list with no heading: its lone sentence is no story;
- a one-line card whose title holds a separator of its own ("LYON, France — Title — Source, 3h");
- an age-first card whose date begins with a day number ("3. März 2025 · Source · Title");
- a blank line before a footer line a rule took still ends the card list above it, so the
  cookie line under the footer is no card's title.
"""

from __future__ import annotations

from declutter import clean_text

EN = [
    "The two cranes that stood over the old quay until 2015 were lifted back into place on Tuesday, after a restoration that took the town's volunteers almost four years to finish.",
    "Both were built in Glasgow in 1938 and worked the timber trade until the port closed; the council sold them for scrap, and a group of former dockers bought them back.",
    "The restoration cost 1.2 million pounds, most of it raised in the town itself, and the cranes will now be lit at night from the first of March.",
    "The volunteers plan to open the cab of the larger crane to visitors in the summer, with a guide who worked it in the last years of the timber trade.",
]
TITLE = "Harbour cranes return to the old quay after a decade"


def _removed(record) -> set[str]:  # noqa: ANN001
    return {r.text for r in record.removed or []}


def test_a_long_share_row_between_paragraphs_is_chrome() -> None:
    row = "Send: WhatsApp | Facebook | Mail | Print this page"
    dump = "\n".join([TITLE, "", EN[0], "", EN[1], "", row, EN[2], "", EN[3]]) + "\n"
    record = clean_text(dump, id="row")
    assert record.text.split("\n\n") == EN
    assert row in _removed(record)


EMPTY_WIDGET = ["#harbour #heritage", "Discussion (0)", "Order by: Oldest", "Be the first to comment on this article."]
TITLE_TEXT_META = [
    "Ferry timetable changes from the first of May",
    "Morning sailings move half an hour earlier to meet the train from the city, the operator said on Monday",
    "Valley Courier | 4 hours ago",
    "",
    "New footbridge over the river opens to walkers",
    "The bridge links the two halves of the park for the first time since the flood of 2019 swept the old one away",
    "The Morning Kite | 6h",
]


def test_an_empty_comment_widget_before_a_headless_card_list_is_no_story() -> None:
    dump = "\n".join([TITLE, "", *EN, "", *EMPTY_WIDGET, "", *TITLE_TEXT_META, "", "This site uses cookies. OK · More info"]) + "\n"
    record = clean_text(dump, id="widget")
    assert record.text.split("\n\n") == EN
    assert set(EMPTY_WIDGET) <= _removed(record)
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (TITLE_TEXT_META[0], "Valley Courier", "4 hours ago"),
        (TITLE_TEXT_META[4], "The Morning Kite", "6h"),
    ]


def test_a_card_title_with_a_dateline_keeps_it() -> None:
    cards = [
        "LYON, France — Riverside market reopens after two years of works — Le Républicain, 3h",
        "Night trains to the coast return for the summer — Ouest Matin, hier",
        "BREST – Shipyard wins an order for four research vessels — La Voix du Rhône, il y a 2 jours",
    ]
    dump = "\n".join([TITLE, "", *EN, "", "Autres articles", "", *cards]) + "\n"
    record = clean_text(dump, id="dateline")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("LYON, France — Riverside market reopens after two years of works", "Le Républicain", "3h"),
        ("Night trains to the coast return for the summer", "Ouest Matin", "hier"),
        ("BREST – Shipyard wins an order for four research vessels", "La Voix du Rhône", "il y a 2 jours"),
    ]


def test_an_age_first_card_whose_date_begins_with_a_day_number() -> None:
    cards = [
        "3. März 2025 · Weserbote · Neue Buslinie verbindet die Dörfer im Tal",
        "vor 15 Minuten · Bergpost · Freibad öffnet schon Anfang Mai",
        "gestern · Kurier Süd · Stadtrat beschließt den Haushalt für das nächste Jahr",
    ]
    dump = "\n".join([TITLE, "", *EN, "", "Weitere Artikel", "", *cards]) + "\n"
    record = clean_text(dump, id="date-first")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Neue Buslinie verbindet die Dörfer im Tal", "Weserbote", "3. März 2025"),
        ("Freibad öffnet schon Anfang Mai", "Bergpost", "vor 15 Minuten"),
        ("Stadtrat beschließt den Haushalt für das nächste Jahr", "Kurier Süd", "gestern"),
    ]


CARDS = [
    "Le marché de Noël s'installe sur les quais",
    "La Gazette du Nord · il y a 5 heures",
    "Les chalets ouvriront le premier décembre et resteront en place jusqu'au nouvel an, a annoncé la mairie",
    "https://example.org/a/1",
    "Travaux sur le pont : circulation alternée",
    "Le Républicain · hier",
    "Le chantier doit durer trois semaines et une déviation est prévue pour les poids lourds en ville",
    "https://example.org/a/2",
    "La piscine rouvre après deux ans de fermeture",
    "Ouest Matin · il y a 2 jours",
    "Le bassin olympique a été entièrement refait et un toboggan a été installé pour les plus jeunes nageurs",
    "https://example.org/a/3",
]
FOOTER = ["", "© 2024 Exemple Médias · Contact · CGU", "Ce site utilise des cookies. OK · En savoir plus"]
EXPECTED = [
    (CARDS[0], "La Gazette du Nord", "il y a 5 heures", CARDS[2]),
    (CARDS[4], "Le Républicain", "hier", CARDS[6]),
    (CARDS[8], "Ouest Matin", "il y a 2 jours", CARDS[10]),
]


def test_a_blank_line_before_a_ruled_footer_ends_the_card_list() -> None:
    dump = "\n".join([TITLE, "", *EN, "Autres articles", *CARDS, *FOOTER]) + "\n"
    record = clean_text(dump, id="footer")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == EXPECTED
    assert FOOTER[2] in _removed(record)


def test_excerpts_of_a_card_list_under_a_short_story_are_no_story() -> None:
    # each card's excerpt stands between its meta line and the next card: not the story
    # going on after a lone card inside it
    dump = "\n".join([TITLE, "", *EN[:2], "Autres articles", *CARDS, *FOOTER]) + "\n"
    record = clean_text(dump, id="short")
    assert record.text.split("\n\n") == EN[:2]
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == EXPECTED


GUIDE = [
    "Starting a vegetable garden takes less money than most people think, and a small bed by the kitchen door is enough for a family's salad all summer.",
    "Why now: the soil is still warm in October",
    "Autumn work pays back in spring, when the beds are ready to sow as soon as the days grow longer and the ground dries out.",
    "The Soil Step: Dig in a barrow of compost before the first frost",
    "Loosen the ground to the depth of a spade and leave it rough over the winter, so that the frost can break the clods for you.",
    "The Seed Step: Sow lettuce and radish in short rows every fortnight",
    "Short rows sown often give a steady harvest instead of fifty lettuces ready on the same weekend, most of them bolting before you can eat them.",
    "The Water Step: Soak the bed once a week rather than sprinkle it daily",
    "A deep soak sends the roots down where the soil stays moist, while a daily sprinkle keeps them near the surface and the plants thirsty.",
]
CARD = "SEE ALSO: Allotment waiting lists grow longer across the county"


def test_a_series_of_labelled_subheadings_is_story_and_a_card_among_them_a_teaser() -> None:
    lines = [*GUIDE[:7], CARD, *GUIDE[7:]]
    dump = "\n".join(["A kitchen garden in three steps", *lines, "", "© 2024 Garden Weekly · Contact"]) + "\n"
    record = clean_text(dump, id="series")
    assert record.text.split("\n\n") == GUIDE
    assert [t.title for t in record.teasers] == ["Allotment waiting lists grow longer across the county"]


def test_the_same_label_on_two_lines_is_two_cards_not_a_series() -> None:
    cards = ["READ MORE: Allotment waiting lists grow longer across the county",
             "READ MORE: Seed swap at the library draws a record crowd"]
    dump = "\n".join(["A kitchen garden in three steps", GUIDE[0], cards[0], GUIDE[4], cards[1], GUIDE[6]]) + "\n"
    record = clean_text(dump, id="same-label")
    assert [t.title for t in record.teasers] == [c.split(": ", 1)[1] for c in cards]
    assert record.text.split("\n\n") == [GUIDE[0], GUIDE[4], GUIDE[6]]


WALKS = [
    "Round the reservoir at Upper Mill, four miles on the dam path",
    "The ridge above Hollin Clough and back through the pine wood",
    "From the station at Greyford along the canal to the locks",
    "The old tramway to the quarry, with a café at the top",
    "Across Long Moor to the standing stones and down the brook",
    "The coast path from the harbour to the lighthouse and back",
    "A loop of the deer park, flat and good for pushchairs",
    "Up Beacon Hill for the view of three counties",
    "Through the beech hangers to the village with the two pubs",
    "Along the river from the abbey ruins to the weir",
]
WALK_CHROME = ["— Ad —", "Send: WhatsApp | Facebook | Mail | Print this page"]
WALK_FOOT = [
    "#walks #outdoors", "Install the Kestrel News app for breaking alerts", "Discussion (0)", "Order by: Oldest",
    "Be the first to comment on this article.", "",
    "Bus fares to rise in the spring — Valley Courier, 2 days ago",
    "Night market returns to the square — The Morning Kite, yesterday",
    "New footbridge opens to walkers — Eastgate Herald, 6h",
    "", "© 2024 Kestrel News Group · About us · Contact · Terms",
]


def test_a_story_that_is_a_list_with_no_paragraphs() -> None:
    for blank in (False, True):
        body: list[str] = []
        for k, walk in enumerate(WALKS):
            body += [walk, ""] if blank else [walk]
            if k in (4, 7):
                body.append(WALK_CHROME[k == 7])
        dump = "\n".join(["Ten winter walks within an hour of the city", "Play audio version", "", *body, "", *WALK_FOOT]) + "\n"
        record = clean_text(dump, id=f"list-{blank}")
        assert record.error is None
        assert record.title == "Ten winter walks within an hour of the city"
        assert record.text.split("\n\n") == WALKS
        assert set(WALK_CHROME) <= _removed(record)
        assert [(t.source, t.age) for t in record.teasers] == [
            ("Valley Courier", "2 days ago"), ("The Morning Kite", "yesterday"), ("Eastgate Herald", "6h")]


def test_a_related_coverage_heading_of_another_site_is_read_by_its_own_layout() -> None:
    # "Related coverage" heads WireWatch's teasers too; its site rules (title / body / meta
    # cards) must not take another site's one-line cards under the same heading
    cards = ["Bus fares to rise in the spring — Valley Courier, 2 days ago",
             "Night market returns to the square — The Morning Kite, yesterday",
             "New footbridge opens to walkers — Eastgate Herald, 6h"]
    dump = "\n".join([TITLE, *EN, "Related coverage", *cards, "© 2024 Harbour Gazette · Contact · Terms"]) + "\n"
    record = clean_text(dump, id="related-coverage")
    assert record.text.split("\n\n") == EN
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Bus fares to rise in the spring", "Valley Courier", "2 days ago"),
        ("Night market returns to the square", "The Morning Kite", "yesterday"),
        ("New footbridge opens to walkers", "Eastgate Herald", "6h"),
    ]
    assert not any(r.rule.startswith("wirewatch.") for r in record.removed or [])


def test_title_and_age_cards_keep_a_dash_inside_their_titles() -> None:
    # "Title | age" cards: a dash inside a title sets off no source, neither a word in lower
    # case ("— in") nor, when the rest of the list has no source, a capitalised one ("— El
    # Congreso"); brackets with a price in them end no card ("(£40)")
    cards = [
        "El ayuntamiento aprueba el presupuesto para el año que viene | hace 5 horas",
        "LIMA, Perú (EFE) — El Congreso | ayer",
        "Beauty company Coty is breaking out — in | hace 2 días",
        "Tested by: Ann Lee RRP: 49.95 Euro (£40) | hace 3 días",
    ]
    dump = "\n".join([TITLE, *EN, "", "Otras noticias", "", *cards]) + "\n"
    record = clean_text(dump, id="title-age")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("El ayuntamiento aprueba el presupuesto para el año que viene", None, "hace 5 horas"),
        ("LIMA, Perú (EFE) — El Congreso", None, "ayer"),
        ("Beauty company Coty is breaking out — in", None, "hace 2 días"),
        ("Tested by: Ann Lee RRP: 49.95 Euro (£40)", None, "hace 3 días"),
    ]


def test_a_list_a_line_ending_in_a_colon_introduces_is_story() -> None:
    # the items are title-like lines between the intro and the next paragraph; an ad label
    # after them, and a two-word "Tags:" list under the story, are no story
    intro = "The crews will work on these stretches of the line this winter:"
    items = ["Greyford to Upper Mill, from the first of December", "The viaduct at Hollin Clough in January",
             "Long Moor tunnel, weekends only"]
    dump = "\n".join([TITLE, EN[0], intro, *items, "ADVERTISEMENT", EN[1], EN[2], "Tags:", "Railways", "Winter works"]) + "\n"
    record = clean_text(dump, id="intro")
    assert record.text.split("\n\n") == [EN[0], intro, *items, EN[1], EN[2]]
    assert {"ADVERTISEMENT", "Tags:", "Railways"} <= _removed(record)


def test_a_list_at_the_story_foot_that_its_last_line_introduces_is_story() -> None:
    intro = "These are the dates of the tour next summer, with the venues:"
    dates = ["June 9 -- Harbour Arena, Greyford", "June 12 -- The Old Mill, Upper Mill",
             "June 14 -- Town Hall, Hollin Clough", "June 20 -- Pier Pavilion, Long Moor",
             "June 22 -- Castle Green, Beacon Hill"]
    share = "Send: WhatsApp | Facebook | Mail | Print this page"
    cards = ["Bus fares to rise in the spring — Valley Courier, 2 days ago",
             "Night market returns to the square — The Morning Kite, yesterday"]
    dump = "\n".join([TITLE, *EN, intro, *dates[:3], share, *dates[3:], "#music #tour",
                      "Discussion (0)", "", *cards]) + "\n"
    record = clean_text(dump, id="tail")
    assert record.text.split("\n\n") == [*EN, intro, *dates]
    assert {share, "#music #tour", "Discussion (0)"} <= _removed(record)
    assert len(record.teasers) == 2


def test_a_labelled_card_whose_title_ends_in_a_bracket() -> None:
    card = "EDITOR PICKS → What changes in the spring timetable (full list)"
    dump = "\n".join([TITLE, EN[0], EN[1], card, EN[2], EN[3]]) + "\n"
    record = clean_text(dump, id="bracket")
    assert [t.title for t in record.teasers] == ["What changes in the spring timetable (full list)"]
    assert record.text.split("\n\n") == EN


HARBOURS = [
    ("1. Greyford, for the fish market at dawn",
     "The market opens at five and is over by eight, when the boats that went out at midnight have sold their catch to restaurants from three counties."),
    ("2. Upper Mill Cove, for the swimming",
     "A sandbar shelters the cove from the swell, so the water stays calm even when the wind is up on the headland above it."),
    ("3. Hollin Quay, for the lifeboat station",
     "The station's open day in August draws thousands, and the crew show visitors the boat that has been in service for thirty years."),
    ("4. Long Moor Harbour, for the walk along the breakwater",
     "The breakwater runs almost a mile out to the light, and on a clear evening you can see the islands from the end of it."),
]


def test_a_guide_of_numbered_sections_under_its_first_paragraph_is_story() -> None:
    # headline / paragraph pairs right under the story's paragraph: the story's own sections,
    # not a teaser list without ages (which stands under a heading)
    sections = [line for pair in HARBOURS for line in pair]
    for ad in ([], ["ADVERTISEMENT"]):  # an ad label may stand between
        dump = "\n".join(["Four small harbours worth a detour", "Play audio version", "", EN[0], *ad, *sections,
                          "", "#travel #coast", "Discussion (0)"]) + "\n"
        record = clean_text(dump, id="guide")
        assert record.text.split("\n\n") == [EN[0], *sections]


def test_a_headed_list_of_headlines_and_excerpts_without_ages_is_no_story() -> None:
    # the same pairs under a heading after the story's end: a teaser list, its excerpts no story
    sections = [line for pair in HARBOURS for line in pair]
    dump = "\n".join([TITLE, *EN, "#harbour #heritage", "Most read this week", *sections, "© 2024 Harbour Gazette"]) + "\n"
    record = clean_text(dump, id="headed")
    assert record.text.split("\n\n") == EN


def test_an_introduced_list_goes_on_across_a_share_row_and_a_card() -> None:
    # items of any length that end no sentence; the share row and the card inside the list
    # stay chrome and a teaser, the paragraphs after the list stay story
    intro = "Readers sent us their favourite routes, and these are the ones we liked best this year:"
    long_items = [w + ", which our readers walked in every season of the year" for w in WALKS[:3]]
    card = "MORE → Ferry fares to rise in the spring"
    share = "Send: WhatsApp | Facebook | Mail"
    dump = "\n".join([TITLE, EN[0], intro, *long_items, *WALKS[3:6], share, card, *WALKS[6:], EN[1], EN[2]]) + "\n"
    record = clean_text(dump, id="crossing")
    assert record.text.split("\n\n") == [EN[0], intro, *long_items, *WALKS[3:], EN[1], EN[2]]
    assert [t.title for t in record.teasers] == ["Ferry fares to rise in the spring"]
    assert share in _removed(record)


def test_an_introduced_list_of_labelled_items_is_story() -> None:
    intro = "The new ferry, which enters service in May, has these figures to its name:"
    specs = ["Length: 72 metres from bow to stern", "Capacity: 400 passengers and 60 cars",
             "Engines: two hybrid units built in Finland"]
    dump = "\n".join([TITLE, EN[0], intro, *specs, EN[1], EN[2]]) + "\n"
    record = clean_text(dump, id="specs")
    assert record.text.split("\n\n") == [EN[0], intro, *specs, EN[1], EN[2]]
    assert record.teasers == []


def test_paragraphs_an_introduced_long_list_and_more_paragraphs_are_one_story() -> None:
    # the paragraphs after the list outweigh those before it; the introducing line joins them
    intro = "Readers sent us their favourite routes, and these are the twenty we liked best this year:"
    items = [*WALKS, *(w.replace("the", "a") for w in WALKS)]
    share, card = "Send: WhatsApp | Facebook | Mail", "MORE → Ferry fares to rise in the spring"
    after = [*EN[1:], "The council says it will put up new signs on all of the routes before the spring, with maps at each car park."]
    dump = "\n".join([TITLE, "Play audio version", "", EN[0], "ADVERTISEMENT", intro, *items[:10], share, card,
                      *items[10:], *after, "#walks", "Discussion (0)"]) + "\n"
    record = clean_text(dump, id="head")
    assert record.title == TITLE
    assert record.text.split("\n\n") == [EN[0], intro, *items, *after]
    assert [t.title for t in record.teasers] == ["Ferry fares to rise in the spring"]
