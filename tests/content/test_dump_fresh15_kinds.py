# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds of dump a fresh user's inputs showed read wrong (session 10, fresh15), each on a page
of our own in a language other than the reproducer's."""

from __future__ import annotations

from declutter import clean_text

RANKED_MIXED_CLOSING = [
    "თბილისში ახალი საჯარო ბიბლიოთეკა გაიხსნა",
    "თბილისში დღეს ახალი საჯარო ბიბლიოთეკა გაიხსნა. ბიბლიოთეკაში ათი ათასზე მეტი ქართული წიგნია და მკითხველებს უფასო ინტერნეტიც ექნებათ.",
    "მერის თქმით, ბიბლიოთეკა სტუდენტებისთვის ძალიან სასარგებლო იქნება და იგი ყოველდღე საღამოს ათ საათამდე იმუშავებს.",
    "ასევე წაიკითხეთ",
    "1",
    "ბათუმში ზღვის ფესტივალი იწყება",
    "აჭარის ამბები | 2 საათის წინ",
    "2",
    "ქუთაისში ახალი ხიდი აშენდა",
    "იმერეთის ხმა | 4 საათის წინ",
    "3",
    "სვანეთში პირველი თოვლი მოვიდა",
    "მთის ამბავი | 8 საათის უკან",
]


def test_ranked_cards_whose_ages_close_in_another_word_are_one_list() -> None:
    """D1: three ranked cards whose ages no reader knows, two closing in one word and the third
    in another (the same number and unit): all three are cards."""
    record = clean_text("\n".join(RANKED_MIXED_CLOSING) + "\n", id="ranked-mixed")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (RANKED_MIXED_CLOSING[5], "აჭარის ამბები", "2 საათის წინ"),
        (RANKED_MIXED_CLOSING[8], "იმერეთის ხმა", "4 საათის წინ"),
        (RANKED_MIXED_CLOSING[11], "მთის ამბავი", "8 საათის უკან"),
    ]


PER_FIELD_SHORT_EXCERPT = [
    "Ný brú opnuð yfir Ölfusá við Selfoss",
    "Ný brú yfir Ölfusá var opnuð í dag og mun hún stytta ferðatíma milli Selfoss og Reykjavíkur um tíu mínútur á hverjum degi.",
    "Framkvæmdir hófust fyrir þremur árum og kostuðu rúma átta milljarða króna, að sögn Vegagerðarinnar sem stóð að verkinu.",
    "Fleiri fréttir",
    "Eldgos hafið á Reykjanesskaga",
    "Suðurnesjablaðið",
    "2 klst. síðan",
    "Hraun rennur til suðurs.",
    "Ný sundlaug opnuð á Akureyri",
    "Norðurljós",
    "5 klst. síðan",
    "Laugin er opin alla daga vikunnar frá sex á morgnana.",
    "Loðnuvertíð hefst í næstu viku",
    "Fiskifréttir Vestfjarða",
    "7 klst. síðan",
    "Skipin eru tilbúin að sigla.",
]


def test_per_field_cards_with_excerpts_short_and_long_are_all_cards() -> None:
    """D3: title / source / age / excerpt cards with no blank line, some excerpts a short
    sentence and one a longer one: the card with the odd excerpt is a card as well."""
    record = clean_text("\n".join(PER_FIELD_SHORT_EXCERPT) + "\n", id="per-field")
    lines = PER_FIELD_SHORT_EXCERPT
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        (lines[k], lines[k + 1], lines[k + 2], lines[k + 3]) for k in (4, 8, 12)
    ]


EXCERPTED_ONE_LINE_CARDS = [
    "Lo tramvai de Tolosa arriba fins a l'aeropòrt",
    "Lo novèl tram de Tolosa es estat inaugurat aqueste matin e ligarà lo centre de la vila a l'aeropòrt de Blanhac en vint minutas.",
    "Lo cap de la metropòli a dich que lo servici passarà cada dètz minutas, del matin fins a mièjanuèch, tota la setmana.",
    "Legissètz tanben",
    "Montpelhièr: un parc novèl per la dintrada — Jornalet, 2 oras a",
    "Lo parc serà dubèrt a totes a partir de diluns.",
    "Nimes celèbra sa feria de prima — La Setmana, 4 oras a",
    "Mai de cent mila personas son esperadas dins las carrièras.",
    "Pau: la nèu tomba sus las montanhas — Ràdio País, ièr",
    "Las rotas de las valadas son barradas per la nuèch.",
]


def test_one_line_cards_each_over_an_excerpt_keep_it_out_of_the_story() -> None:
    """D5: "Title — Source, age" cards, each over one sentence: the sentences are the cards'
    excerpts, not story paragraphs."""
    record = clean_text("\n".join(EXCERPTED_ONE_LINE_CARDS) + "\n", id="excerpted")
    lines = EXCERPTED_ONE_LINE_CARDS
    assert [(t.source, t.age, t.text) for t in record.teasers] == [
        ("Jornalet", "2 oras a", lines[5]), ("La Setmana", "4 oras a", lines[7]), ("Ràdio País", "ièr", lines[9]),
    ]
    assert record.text == "\n\n".join(lines[1:3])


DATED_BYLINE = [
    "Drochaid ùr fosgailte eadar an t-Eilean Sgitheanach agus Ratharsair",
    "Le Seumas MacLeòid — DiMàirt 5 an Cèitean 2026, 10:05 GMT",
    "Chaidh drochaid ùr fhosgladh an-diugh eadar an t-Eilean Sgitheanach agus Ratharsair, agus bidh i a' giorrachadh na slighe le fichead mionaid gach latha.",
    "Thuirt a' chomhairle gun do chosg an obair còrr is deich millean not agus gun tug i trì bliadhna ri chrìochnachadh.",
]


def test_byline_with_a_weekday_and_a_month_of_two_words_before_its_time_is_one_age() -> None:
    """D4: "Name — weekday day month-of-two-words year, hh:mm" under the headline is the
    byline, its date and time one age, never a card."""
    record = clean_text("\n".join(DATED_BYLINE) + "\n", id="dated-byline")
    assert record.teasers == []
    assert record.meta.get("age") == "DiMàirt 5 an Cèitean 2026, 10:05 GMT"
    assert "Seumas MacLeòid" in record.meta.get("author", "")


TWO_LINE_BYLINE = [
    "Ua tatalaina le falemaʻi fou i Apia",
    "Samoa Observer",
    "2 itula ua mavae",
    "Na tatalaina aloaʻia i lenei vaiaso le falemaʻi fou i Apia, ma e toʻatele tagata na o mai e matamata i le sauniga ma sa latou fiafia tele.",
    "Na saunoa le Minisita o le Soifua Maloloina e faapea o le a fesoasoani le falemaʻi i tina ma tamaiti mai nuu uma o Upolu ma Savaiʻi.",
]


def test_two_line_byline_whose_age_no_reader_knows_is_site_and_age() -> None:
    """D7: a site's name over an age of words around a number and its unit, between the
    headline and the story: the site's name and the age, not an author."""
    record = clean_text("\n".join(TWO_LINE_BYLINE) + "\n", id="two-line-byline")
    assert record.meta.get("site_name") == "Samoa Observer"
    assert record.meta.get("age") == "2 itula ua mavae"
    assert "author" not in record.meta


COUNTED_SHORT_COMMENTS = [
    "Mestni svet potrdil obnovo stare tramvajske proge do obale",
    "Mestni svetniki so v četrtek z devetimi glasovi proti štirim potrdili obnovo opuščene tramvajske proge med postajo in obalo, kar končuje desetletje razprav.",
    "Proga je bila zaprta leta 1998, tiri pa so večinoma prekriti z asfaltom. Inženirji ocenjujejo, da bo obnova trajala tri leta in stala okoli 40 milijonov evrov.",
    "Komentarji (3)",
    "Janez Novak: Končno! — 1 h",
    "Maja Kranjc: Škoda denarja — 3 h",
    "Luka Horvat: Bravo svetniki — 5 h",
]


def test_short_comments_under_a_counted_heading_are_comments() -> None:
    """D2: as many "Name: words — age" lines as a heading counts, short or with no sentence
    end, are its comments, not teasers."""
    record = clean_text("\n".join(COUNTED_SHORT_COMMENTS) + "\n", id="counted-short")
    assert record.teasers == []
    assert [r.rule for r in record.removed or [] if r.text in COUNTED_SHORT_COMMENTS[3:]] == ["heuristic.comments"] * 4


TIMED_LISTEN_WIDGET = [
    "Le premier avion à hydrogène décolle de l'aéroport de Brest",
    "Le premier avion à hydrogène a décollé ce matin de l'aéroport de Brest-Bretagne et a rejoint Ouessant en quarante minutes. Les pilotes ont jugé le vol excellent.",
    "Écouter l'article  3 min",
    "La région espère relier les îles du Ponant par avion à hydrogène avant la fin de l'année prochaine. Le président de région parle d'un grand pas pour le territoire.",
]


def test_listen_widget_with_its_length_goes_and_the_story_goes_on() -> None:
    """D6: a listen widget with its length beside it is chrome (``global.listen``), and the
    story goes on under it."""
    record = clean_text("\n".join(TIMED_LISTEN_WIDGET) + "\n", id="timed-listen")
    assert record.text == "\n\n".join([TIMED_LISTEN_WIDGET[1], TIMED_LISTEN_WIDGET[3]])
    assert [r.rule for r in record.removed or []] == ["global.listen"]
