# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Lines inside a dump's story that read as chrome or teasers alone: a subheading under a rule
drawn between sections, an interview's short questions and answers, a story's short sentences
to its reader; and lines that read as paragraphs but are not: photo captions; and labelled
cards whose titles read as no headline (a handle first, a link after an arrow). Lines written
for these tests, in no site's wording."""

from __future__ import annotations

from declutter import clean_text

DE_HEADLINE = "Neue Fähre soll die Inseln auch im Winter verbinden"
DE_BODY = [
    "Die Fähre zu den äußeren Inseln fährt in diesem Jahr zum ersten Mal den ganzen Winter über, wie die Reederei am Montag mitteilte.",
    "Bisher legte das letzte Schiff der Saison Ende Oktober ab, und die Bewohner waren auf ein kleines Flugzeug angewiesen, das bei starkem Wind nicht fliegen konnte.",
    "Die Gemeinderäte begrüßten die Entscheidung, sagten aber, die eigentliche Prüfung komme erst bei schlechtem Wetter, wenn die Fahrten am meisten gebraucht würden.",
]


def test_a_subheading_under_a_drawn_rule_is_story() -> None:
    # sections set apart by a rule line ("* * *", "___"), each under its own subheading
    paras = [
        "A câmara aprovou na terça-feira o novo horário da travessia, que passa a ter duas partidas diárias durante todo o inverno.",
        "A decisão foi tomada por unanimidade, depois de uma reunião de mais de três horas com os representantes das freguesias.",
        "Os moradores da ilha pediam a mudança há anos, porque o último barco da temporada saía no fim de outubro.",
        "Até agora dependiam de um pequeno avião, que não voava com vento forte nem levava mais de oito passageiros.",
        "A empresa diz que a linha vai perder dinheiro no primeiro inverno, mas espera recuperar parte do custo no verão.",
        "O governo regional prometeu cobrir metade do prejuízo durante os dois primeiros anos do novo horário.",
    ]
    lines = ["Jornal da Ilha", "Travessia passa a funcionar o ano inteiro", "Jornal da Ilha · há 2 horas", *paras[:2],
             "* * *", "Quem ganha com o novo horário", *paras[2:4], "___", "Quanto custa a mudança", *paras[4:], "Partilhar"]
    record = clean_text("\n".join(lines) + "\n", id="rules")
    assert record.text.split("\n\n") == [*paras[:2], "Quem ganha com o novo horário", *paras[2:4],
                                          "Quanto custa a mudança", *paras[4:]]


def test_an_interviews_questions_and_answers_are_story() -> None:
    # "Frage:" and "Antwort:" taking turns; short ones read as labelled teasers or as chrome
    qa = [
        "Frage: Sie leiten die Reederei seit dem Frühjahr. Was hat Sie in den ersten Monaten am meisten überrascht?",
        "Antwort: Wie sehr die Menschen auf den Inseln an jeder einzelnen Abfahrt hängen, im Sommer wie im Winter.",
        "Frage: Ihr Lieblingsbuch?",
        "Antwort: Moby Dick",
        "Frage: Wo sind Sie aufgewachsen?",
        "Antwort: Auf Föhr, direkt am Hafen",
        "Frage: Und was machen Sie, wenn Sie nicht arbeiten?",
        "Antwort: Segeln, lesen und viel Zeit mit meiner Familie verbringen, am liebsten alles zugleich.",
    ]
    lines = ["Inselbote", DE_HEADLINE, "Inselbote · vor 2 Stunden", *DE_BODY[:2], *qa, DE_BODY[2], "Teilen", "Impressum · Datenschutz · Kontakt"]
    record = clean_text("\n".join(lines) + "\n", id="interview")
    assert record.text.split("\n\n") == [*DE_BODY[:2], *qa, DE_BODY[2]]
    assert record.teasers == []


def test_a_story_written_to_its_reader_keeps_its_short_sentences() -> None:
    # short sentences to the reader read as pitches one by one; a story holding many is
    # written to its reader, and they are its own
    paras = [
        "Prendre la parole devant un public fait peur à presque tout le monde, même aux personnes qui dirigent une équipe depuis des années.",
        "La bonne nouvelle, c'est que cette peur diminue dès que l'on commence par de petites interventions, devant quelques collègues seulement.",
        "Avec le temps, chaque intervention devient plus facile, et l'on finit par accepter des invitations que l'on aurait refusées il y a un an.",
        "Le plus important reste de commencer, même modestement, plutôt que d'attendre le moment parfait qui ne viendra jamais de lui-même.",
    ]
    spoken = ["Vous devez accepter de montrer le chemin.", "Vous avez sans doute déjà vécu ces moments :",
              "Et vous ne ferez peut-être jamais le premier pas."]
    body = [paras[0], spoken[0], paras[1], spoken[1], paras[2], spoken[2], paras[3]]
    lines = ["Le Carnet du Dirigeant", "Oser prendre la parole en public", "Le Carnet du Dirigeant · il y a 3 heures", *body, "Partager", "Mentions légales · Contact"]
    record = clean_text("\n".join(lines) + "\n", id="spoken")
    assert record.text.split("\n\n") == body


def test_captions_closing_with_a_credit_are_no_story() -> None:
    # photo captions read as paragraphs; the credit in brackets that closes them tells them apart
    captions = ["Die neue Fähre liegt am Montagmorgen im Hafen von Wyk auf Föhr (Foto: Inselbote)",
                "Die Gemeinderäte hatten den Winterfahrplan seit Jahren gefordert (Bild: Archiv)"]
    lines = ["Inselbote", DE_HEADLINE, "Inselbote · vor 2 Stunden", captions[0], DE_BODY[0], DE_BODY[1],
             captions[1], DE_BODY[2], "Teilen", "Impressum · Datenschutz · Kontakt"]
    record = clean_text("\n".join(lines) + "\n", id="captions")
    assert record.title == DE_HEADLINE
    assert record.text.split("\n\n") == DE_BODY


def test_captions_signed_after_their_last_sentence_are_no_story() -> None:
    # the credit after the caption's last sentence: a copyright sign, a one-word label and a
    # name, an agency and a photographer in brackets (Norwegian, written for this test); a
    # news paragraph signed by its agency in brackets, lower case, stays story
    captions = ["Den nye ferja ligger ved kaia i Hammerfest mandag morgen. © Øyvind Berg / Havneposten",
                "Kommunestyret har bedt om en vinterrute i mange år. Foto: Kari Nilsen",
                "Ferja på vei ut av havna i sterk vind i fjor høst (NTB/Per Haugen)"]
    signed = ("Selskapet regner med å tape penger den første vinteren, men håper at flere turister vil "
              "komme hvis ferja går hele året. (ntb/kh)")
    body = ["Ferja til øyene skal for første gang gå gjennom hele vinteren, opplyste selskapet mandag, "
            "med to avganger om dagen fra november til mars.", signed,
            "Til nå gikk den siste avgangen i slutten av oktober, og de som bor på øyene måtte ta et lite "
            "fly som ikke kunne lette i sterk vind.",
            "Kommunestyret er fornøyd, men sier at den virkelige prøven blir dårlig vær, når avgangene trengs mest."]
    lines = ["Havneposten", "Ferja skal gå hele vinteren", "Havneposten · 2 timer siden", captions[0], body[0],
             body[1], captions[1], body[2], body[3], captions[2], "Del", "Om oss · Personvern · Kontakt"]
    record = clean_text("\n".join(lines) + "\n", id="signed-captions")
    assert record.text.split("\n\n") == body


# a story none of whose paragraphs stands right under another: each sits between a subheading
# and a product credit under a long menu (Dutch, written for this test); no paragraph alone
# deep in the chrome, but a run all the same, worth more than a notice over the menu
NL_MENU = ["Home", "Mode", "Beauty", "Wonen", "Reizen", "Koken", "Winkel", "Over ons", "Contact"]
NL_HEADLINE = "Zo draag je deze zomer grote oorbellen"
NL_PARAGRAPHS = [
    "De zomer is begonnen en de korte jurken komen weer uit de kast, dus is het tijd om ook de oorbellen groter te kiezen dan in de winter.",
    "Een klein merk uit Utrecht laat je elke oorbel zelf samenstellen: je kiest een ring en hangt er een of twee bedeltjes aan.",
    "Wie geen gaatje in het oor heeft, hoeft niet te wachten: een oorklem zit stevig en valt onder lang haar nauwelijks op.",
]


def test_paragraphs_each_between_subheadings_and_credits_are_the_story() -> None:
    notice = "Je browser heeft JavaScript uitgeschakeld, waardoor deze website maar voor een deel werkt."
    lines = [notice, *NL_MENU, NL_HEADLINE, "Mode · 14 juni", "Groot is het nieuwe klein", NL_PARAGRAPHS[0],
             "Zilver mag", NL_PARAGRAPHS[1], "Oorbel: merk", "Bedel: merk", NL_PARAGRAPHS[2],
             "Oorklem: merk", "Deel dit artikel", *NL_MENU[:4]]
    record = clean_text("\n".join(lines) + "\n", id="between-credits")
    for para in NL_PARAGRAPHS:
        assert para in record.text.split("\n\n")
    assert notice not in record.text


def test_cut_excerpts_alternating_with_bylines_are_no_story() -> None:
    # a list of teasers after the story: each an excerpt cut with an ellipsis over its author,
    # alone between chrome lines though the next excerpt is two lines down; more words than
    # the story, but no run of its own
    excerpts = [
        "Wie deze zomer iets nieuws zoekt voor op het terras, hoeft er niet veel voor uit te geven, want in de...",
        "Iedereen smeert in de zon zijn huid in, maar aan het haar denkt bijna niemand, terwijl ook dat droog...",
        "Groot, klein, van stof of van leer: dit zijn de tassen die we deze maand het vaakst zagen op straat en...",
        "Een goede zonnebril hoeft niet duur te zijn, zolang het glas maar beschermt tegen het felle licht van...",
        "Op vakantie wil je zo weinig mogelijk meenemen, en toch voor elke avond iets anders kunnen aantrekken...",
        "Linnen kreukt snel, maar het blijft de koelste stof voor warme dagen, en met deze drie trucs ziet het...",
        "Sandalen met een dikke zool zijn terug, en dat is goed nieuws voor iedereen die de hele dag door de stad...",
        "Een wit overhemd past bij bijna alles, van een spijkerbroek tot een lange rok, en daarom kiezen we er deze...",
        "Strepen horen bij de zee, maar ook in de stad staan ze goed als je ze combineert met een effen broek of een...",
        "Een hoed beschermt tegen de zon en maakt een eenvoudige outfit meteen af, zeker als je kiest voor een brede...",
    ]
    teasers = [line for e in excerpts for line in (e, "door de redactie")]
    story = NL_PARAGRAPHS[:2]
    lines = [*NL_MENU, NL_HEADLINE, "Mode · 14 juni", *story, "Deel dit artikel",
             "Meer lezen", "Nieuwsbrief", "Volg ons", "Instagram", "Facebook", "Pinterest", "YouTube", "TikTok",
             *teasers, *NL_MENU[:4]]
    record = clean_text("\n".join(lines) + "\n", id="cut-excerpts")
    assert record.text.split("\n\n") == story


# a document of sections, each a numbered heading, one long paragraph and a row of counters
# (Swedish, written for this test): three lines between paragraphs, none alone in the chrome
SV_SECTIONS = [
    ("1) Varför vi samlar in uppgifter", "Föreningen samlar bara in de uppgifter som behövs för att skicka ut tidningen och kallelser till årsmötet, och vi sparar dem inte längre än medlemskapet varar, om inte lagen kräver något annat av oss."),
    ("2) Vem som får se dem", "Uppgifterna används bara av styrelsen och av det tryckeri som skickar ut tidningen; inget av detta lämnas vidare till någon annan, och tryckeriet raderar adresserna när varje nummer har skickats ut."),
    ("3) Hur du ändrar eller tar bort dem", "Du kan när som helst be oss visa vad vi har sparat om dig, rätta det som är fel eller ta bort allt, och vi svarar inom en månad; skriv till styrelsen eller ring kansliet under dess öppettider."),
]


def test_sections_with_counter_rows_between_them_are_one_story() -> None:
    menu = ["Start", "Om oss", "Medlemskap", "Tidningen", "Kalender", "Kontakt", "Logga in", "Sök", "Meny"]
    notice = "Din webbläsare har JavaScript avstängt, så en del av sidan fungerar inte som den ska."
    lines = [notice, *menu, "Så hanterar föreningen dina uppgifter"]
    for heading, paragraph in SV_SECTIONS:
        lines += [heading, paragraph, "0 kommentarer", "0 förslag"]
    lines += ["Dela", "Skriv ut", *menu[:3]]
    record = clean_text("\n".join(lines) + "\n", id="sections")
    paragraphs = record.text.split("\n\n")
    for _, paragraph in SV_SECTIONS:
        assert paragraph in paragraphs
    assert notice not in paragraphs


# a subheading that speaks to the reader reads as chrome ("a pitch"), but it announces the
# section under it: they share a word (French, written for this test); a pitch between the
# same paragraphs announces nothing and stays out
FR_HEADLINE = "Savoir dire non sans se fâcher avec ses amis"
FR_FIRST = ("Un ami vous demande pour la troisième fois de l'aider à déménager, une collègue veut que vous "
            "restiez tard, et votre sœur attend une réponse avant ce soir: tout le monde a besoin de vous.")
FR_SUBHEADING = "Comment reconnaître vos propres limites"
FR_SECTION = ("Les limites de chacun sont différentes, et on les découvre souvent trop tard, quand la fatigue "
              "est déjà là; noter ce qui vous donne de l'énergie et ce qui vous en prend aide à les voir plus tôt.")
FR_LAST = ("Dire non une fois ne fâche presque jamais personne, et ceux qui comptent vraiment finissent toujours "
           "par comprendre que chacun a besoin d'un peu de temps pour lui-même.")


def test_a_subheading_to_the_reader_that_announces_its_section_is_story() -> None:
    lines = ["Accueil", "Santé", "Famille", FR_HEADLINE, "Le Quotidien · 12 mars", FR_FIRST, FR_SUBHEADING,
             FR_SECTION, "Recevez votre lettre chaque matin", FR_LAST, "Partager", "Accueil", "Contact"]
    record = clean_text("\n".join(lines) + "\n", id="reader-subheading")
    assert record.text.split("\n\n") == [FR_FIRST, FR_SUBHEADING, FR_SECTION, FR_LAST]


def test_a_last_paragraph_signed_off_in_brackets_ends_a_sentence() -> None:
    # the agency's sign-off after the last sentence ("... hele året. (ntb/kh)") leaves it a
    # finished paragraph: alone after a caption at the story's foot, it is story all the same
    body = ["Ferja til øyene skal for første gang gå gjennom hele vinteren, opplyste selskapet mandag, "
            "med to avganger om dagen fra november til mars.",
            "Til nå gikk den siste avgangen i slutten av oktober, og de som bor på øyene måtte ta et lite "
            "fly som ikke kunne lette i sterk vind.",
            "Selskapet regner med å tape penger den første vinteren, men håper at flere turister vil komme "
            "hvis ferja går hele året, og at kommunen vil dele regningen. (ntb/kh)"]
    caption = "Ferja på vei ut av havna i sterk vind i fjor høst (NTB/Per Haugen)"
    lines = ["Havneposten", "Ferja skal gå hele vinteren", "Havneposten · 2 timer siden", *body[:2], caption,
             body[2], "Del", "Om oss · Personvern · Kontakt"]
    record = clean_text("\n".join(lines) + "\n", id="signed-off")
    assert record.text.split("\n\n") == body


NL_PARAS = [
    "De gemeente heeft dinsdag bekendgemaakt dat de veerdienst naar het eiland vanaf volgend jaar ook in de winter blijft varen.",
    "Tot nu toe voer de laatste boot eind oktober, waarna de bewoners aangewezen waren op een klein vliegtuig dat bij harde wind niet vertrok.",
    "De raad steunt het plan, maar wil weten wie het verlies betaalt als er in de eerste winter minder mensen meegaan dan verwacht.",
    "De rederij verwacht dat de nieuwe dienst binnen drie jaar quitte speelt, omdat er in de zomer meer afvaarten bij komen.",
]


def test_a_labelled_card_whose_title_opens_with_a_handle_is_a_teaser() -> None:
    # "@name" opens a name, not a sentence going on in lower case after its label
    card = "LEES OOK: @veerdienst_noord over de nieuwe dienstregeling voor de winter"
    dump = "\n".join(["Veerdienst blijft ook in de winter varen", *NL_PARAS[:2], card, *NL_PARAS[2:]]) + "\n"
    record = clean_text(dump, id="handle")
    assert record.text.split("\n\n") == NL_PARAS
    assert [t.title for t in record.teasers] == ["@veerdienst_noord over de nieuwe dienstregeling voor de winter"]


def test_a_card_after_an_arrow_whose_title_holds_a_link_is_a_teaser() -> None:
    # a colon label with a link after it is a row of fields ("More info: www..."); an arrow
    # points to a teaser whatever its title holds
    card = "ZIE OOK → Dienstregeling: alle afvaarten van de winter op www.veerdienst.example"
    dump = "\n".join(["Veerdienst blijft ook in de winter varen", *NL_PARAS[:2], card, *NL_PARAS[2:]]) + "\n"
    record = clean_text(dump, id="arrow")
    assert record.text.split("\n\n") == NL_PARAS
    assert len(record.teasers) == 1


def test_a_labelled_card_in_a_script_without_spaces_is_a_teaser_with_source_and_age() -> None:
    # Khmer (no case, no spaces between words: the short label shapes as a title): a label, a
    # title and "Source · age" (an age no reader knows) between two story paragraphs is a teaser
    # with its source and age, not chrome
    head = "រដ្ឋាភិបាលបើកផ្លូវថ្មីនៅភ្នំពេញ"
    story = ["ក្រសួងសាធារណការបានបើកផ្លូវថ្មីចំនួនបីខ្សែនៅក្នុងរាជធានីភ្នំពេញកាលពីព្រឹកនេះ ដើម្បីកាត់បន្ថយការកកស្ទះ។",
             "មន្ត្រីបាននិយាយថាផ្លូវទាំងនេះនឹងជួយកាត់បន្ថយការកកស្ទះចរាចរណ៍នៅក្នុងទីក្រុងយ៉ាងច្រើន។",
             "ប្រជាពលរដ្ឋបានស្វាគមន៍គម្រោងនេះយ៉ាងខ្លាំង ហើយសង្ឃឹមថានឹងមានផ្លូវថ្មីបន្ថែមទៀត។",
             "រដ្ឋាភិបាលគ្រោងនឹងបើកផ្លូវពីរខ្សែទៀតនៅឆ្នាំក្រោយ។"]
    card = ["អានទៀត", "តម្លៃប្រេងឥន្ធនៈធ្លាក់ចុះម្តងទៀត", "ទីភ្នាក់ងារព័ត៌មានកម្ពុជា · 1 ថ្ងៃមុន"]
    lines = [head, *story[:2], "", *card, "", *story[2:]]
    record = clean_text("\n".join(lines) + "\n", id="km-card")
    assert record.text.split("\n\n") == story
    [teaser] = record.teasers
    assert (teaser.title, teaser.source, teaser.age) == (card[1], "ទីភ្នាក់ងារព័ត៌មានកម្ពុជា", "1 ថ្ងៃមុន")


def test_a_read_also_line_with_a_dash_between_paragraphs_is_a_teaser() -> None:
    # Albanian: "Label - Title" (a spaced hyphen, not a colon) alone between two story
    # paragraphs is a labelled card, as "Label: Title" is; a dash inside a sentence is not
    head = "Tirana hap tre linja të reja autobusi"
    story = ["Bashkia e Tiranës hapi sot tre linja të reja autobusi që lidhin qendrën me periferinë.",
             "Sipas bashkisë, linjat e reja do të shërbejnë mbi dhjetë mijë udhëtarë në ditë - sidomos në mëngjes.",
             "Banorët e zonave periferike e përshëndetën vendimin në rrjetet sociale.",
             "Bashkia planifikon të shtojë edhe dy linja të tjera vitin e ardhshëm."]
    line = "Lexo edhe - Çmimet e naftës rriten sërish në Tiranë"
    record = clean_text("\n".join([head, *story[:2], line, *story[2:]]) + "\n", id="sq-dash")
    assert record.text.split("\n\n") == story
    [teaser] = record.teasers
    assert teaser.title == "Çmimet e naftës rriten sërish në Tiranë"


def test_a_lone_card_whose_age_holds_a_digit_is_a_teaser() -> None:
    # Swahili, written for these tests: "Title — Source · saa 3 zilizopita" between paragraphs
    # (an age no regex reads, by its shape); lone_card reads no line without a digit
    story = [
        "Serikali ya Tanzania imetangaza mpango mpya wa kujenga reli ya kisasa kutoka Dar es Salaam hadi Mwanza mwaka ujao.",
        "Waziri wa uchukuzi alisema mradi huo utagharimu shilingi trilioni kumi na utakamilika ndani ya miaka minne.",
        "Wakazi wa mikoa ya kati wamepokea habari hiyo kwa furaha, wakisema usafiri utakuwa rahisi na wa bei nafuu.",
        "Wataalamu wa uchumi wanasema reli hiyo itaongeza biashara kati ya Tanzania na nchi jirani za Uganda na Rwanda.",
    ]
    card = "Bei ya mafuta yapanda tena mjini Arusha — Habari Leo · saa 3 zilizopita"
    lines = ["Reli mpya ya kisasa kujengwa hadi Mwanza", *story[:2], card, *story[2:], "© Habari Leo"]
    record = clean_text("\n".join(lines) + "\n", id="sw-lone")
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Bei ya mafuta yapanda tena mjini Arusha", "Habari Leo", "saa 3 zilizopita")]
