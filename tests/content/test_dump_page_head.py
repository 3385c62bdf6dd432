# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A dump's page head read as such: the masthead "NAME | tagline" at the top is chrome (no
teaser, no title); a headline with the byline under it is the title, and a short first story
line under the byline is story; a meta-shaped card in a run of one-line cards is a card.
Dumps of our own (French, German, Spanish, Dutch), written after a fresh user's English
corpus showed each kind."""

from __future__ import annotations

import pytest

from declutter import clean_text

FR = [
    "LE PETIT RHODANIEN | L'actualité de la vallée, chaque heure",
    "Valence : la passerelle sur le Rhône rouvre aux piétons après deux ans de travaux",
    "Le Petit Rhodanien · 4h",
    "La passerelle qui relie Valence à Guilherand-Granges a rouvert samedi matin, après deux années de travaux de renforcement.",
    "Le chantier, estimé à douze millions d'euros, a été financé par l'agglomération et le département de l'Ardèche.",
    "Les cyclistes devront encore patienter quelques semaines avant de pouvoir l'emprunter à nouveau.",
    "Les commerçants du quai espèrent retrouver la clientèle venue de l'autre rive dès cet été.",
    "Plus de la vallée",
    "Le marché de Tournon change de place · il y a 2 heures",
    "Inondations : l'alerte levée en Drôme · il y a 5 heures",
    "© 2026 Le Petit Rhodanien",
]
# the headline cut short (two words, as a dump of a headline cut at "S.C." gives it): the old
# reader took the masthead, the first title-like line, for the title
ES = [
    "DIARIO DEL VALLE — Noticias del valle, cada hora",
    "MÉRIDA, Bad",
    "Diario del Valle · 22h",
    "MÉRIDA, Badajoz (EFE) — La Junta de Extremadura aprobó este martes un plan para reabrir las líneas de autobús rurales cerradas durante la pandemia.",
    "El plan prevé recuperar treinta y dos rutas antes del verano y contratar a cuarenta conductores.",
    "Los alcaldes de la comarca celebraron la decisión, aunque pidieron más frecuencias en los días de mercado.",
    "La consejera de Movilidad dijo que el coste se cubrirá con fondos europeos durante los dos primeros años.",
    "© 2026 Diario del Valle",
]


@pytest.mark.parametrize(("lines", "headline"), [(FR, FR[1]), (ES, ES[1])])
def test_a_masthead_at_the_top_is_chrome_not_a_teaser_nor_the_title(lines: list[str], headline: str) -> None:
    record = clean_text("\n".join(lines) + "\n", id="masthead")
    assert record.title == headline
    masthead = lines[0]
    assert all(masthead.split(" ", 3)[-1] not in (t.title or "") for t in record.teasers)
    assert [(r.rule, r.text) for r in record.removed or [] if r.text == masthead] == [("heuristic.masthead", masthead)]
    assert masthead not in record.text


def test_a_label_line_with_no_page_head_under_it_stays_a_teaser() -> None:
    # a labelled card under the story ("LIRE AUSSI | Title") is no masthead: no page head
    # under it; the masthead at the top is no teaser
    lines = [*FR[:7], "LIRE AUSSI | Le marché de Tournon change de place cet été", "© 2026 Le Petit Rhodanien"]
    record = clean_text("\n".join(lines) + "\n", id="label")
    assert [t.title for t in record.teasers] == ["Le marché de Tournon change de place cet été"]


DE = [
    "RHEINBOTE | Nachrichten vom Niederrhein seit 1948",
    "Kleve bekommt ein neues Hallenbad bis zum Herbst",
    "Rheinbote · vor 10 Std.",
    "Kleve bekommt ein neues Hallenbad bis zum Herbst 2027",
    "Der Stadtrat hat am Dienstagabend den Bau eines neuen Hallenbades beschlossen, das das alte Bad an der Triftstraße ersetzen soll.",
    "Die Kosten werden auf 24 Millionen Euro geschätzt; ein Teil soll aus Fördermitteln des Landes kommen.",
    "Schwimmvereine und Schulen hatten seit Jahren auf einen Neubau gedrängt, weil das alte Becken undicht ist.",
]


def test_the_headline_over_the_byline_is_the_title_and_the_short_first_line_story() -> None:
    # the story's first line is as short as a headline: the line over the byline is the
    # headline, the head is no teaser card (masthead as text, headline, byline as source)
    record = clean_text("\n".join(DE) + "\n", id="head")
    assert record.title == DE[1]
    assert record.teasers == []
    assert record.meta.get("site_name") == "Rheinbote"
    assert record.text.split("\n\n")[:2] == DE[3:5]


NL = [
    "Haven van Harlingen krijgt nieuwe kademuur",
    "Het Kustblad · 3u",
    "De gemeente Harlingen vervangt de komende twee jaar de oude kademuur langs de Noorderhaven, die op meerdere plekken is verzakt.",
    "De werkzaamheden beginnen na het zomerseizoen, zodat de toeristische boten er geen last van hebben.",
    "Meer van de kust",
    "Veerboot vaart weer op tijd · 48 uur geleden",
    "Vuurtoren weer open · 16 uur geleden",
    "Scheepswerf neemt 40 leerlingen aan · 13 uur geleden",
    "Het Kustblad is een onafhankelijke redactie uit Harlingen.",
]


def test_a_meta_shaped_card_in_a_run_of_one_line_cards_is_a_card() -> None:
    # "Vuurtoren weer open · 16 uur geleden" alone reads as "Source · age": between cards of
    # its layout it is one, and the rail's heading is no card's title
    record = clean_text("\n".join(NL) + "\n", id="rail")
    assert [(t.title, t.age) for t in record.teasers] == [
        ("Veerboot vaart weer op tijd", "48 uur geleden"),
        ("Vuurtoren weer open", "16 uur geleden"),
        ("Scheepswerf neemt 40 leerlingen aan", "13 uur geleden"),
    ]
    assert "Meer van de kust" in [r.text for r in record.removed or []]


BLOG = [
    "Drei Tage im Elbsandsteingebirge mit Kind und Kegel",
    "Seit zwei Jahren wohnen wir in Dresden, und fast jedes Wochenende zieht es uns in die Sächsische Schweiz, weil unsere Kinder die Felsen lieben und wir dort endlich abschalten können.",
    "Unsere Ausrüstung für die Wanderung ist wirklich ganz einfach.",
    "Wir packen Wasser, ein paar belegte Brote und Regenjacken ein, und unsere Tochter trägt ihren eigenen kleinen Rucksack mit Nüssen und Äpfeln, auf den sie sehr stolz ist.",
    "Am zweiten Tag sind wir die Schrammsteine hinaufgestiegen, und der Blick über das Elbtal hat uns für jeden Schritt im Regen entschädigt, den wir am Morgen noch verflucht hatten.",
]
REPORT = [
    "Stadtrat beschließt neue Buslinie zum Klinikum",
    "Der Stadtrat hat am Dienstag eine neue Buslinie beschlossen, die ab März das Klinikum mit dem Hauptbahnhof verbinden soll, im Takt von zwanzig Minuten.",
    "Laden Sie unsere App herunter und verpassen Sie keine Meldung.",
    "Die Verkehrsbetriebe rechnen mit rund zweitausend Fahrgästen am Tag; die Kosten von 1,2 Millionen Euro im Jahr trägt zur Hälfte der Landkreis.",
    "Die Opposition kritisierte, dass die Linie am Wochenende nur stündlich fährt und abends gar nicht.",
]


def test_a_short_sentence_in_the_story_s_voice_is_story_a_pitch_in_a_report_is_not() -> None:
    # "Unsere ..." reads as a pitch alone (the site speaking: "unsere"); between paragraphs
    # that say "wir" and "unsere" themselves it is the blog's own sentence
    record = clean_text("\n".join(BLOG) + "\n", id="voice")
    assert BLOG[2] in record.text.split("\n\n")
    record = clean_text("\n".join(REPORT) + "\n", id="pitch")
    assert REPORT[2] not in record.text
    assert REPORT[3] in record.text.split("\n\n")


IT = [
    "Cronaca",
    "Sport",
    "Il nuovo ponte sul Brenta apre al traffico dopo tre anni di lavori",
    "Di Giulia Ferri, 5 ore fa",
    "Condividi su: Facebook Twitter WhatsApp Telegram",
    "Il ponte sul Brenta è stato aperto stamattina alla presenza del sindaco e di centinaia di residenti arrivati a piedi e in bicicletta.",
    "L'opera, costata undici milioni di euro, sostituisce la vecchia passerella chiusa dopo l'alluvione di tre anni fa.",
    "I commercianti del centro sperano in un aumento dei clienti già dalla prossima estate.",
]
# a breadcrumb's last item ("3. Title") over the date, the headline under it: the headline stays
CRUMB = [
    "1. Startseite",
    "2. Meldungen",
    "3. Neue Fähre für die Halligen in Dienst gestellt",
    "Husum, 11.10.2026",
    "Neue Fähre für die Halligen in Dienst gestellt",
    "Die Reederei hat am Montag ihre neue Fähre für die Halligen in Dienst gestellt, die bei jedem Wasserstand fahren kann.",
    "Das Schiff bietet Platz für 250 Fahrgäste und zwölf Autos und ersetzt die über fünfzig Jahre alte Hilligenlei.",
    "Die Gemeinden auf den Halligen hatten seit Jahren auf ein Schiff gewartet, das auch bei Niedrigwasser fährt.",
]


@pytest.mark.parametrize(("lines", "headline"), [(IT, IT[2]), (CRUMB, CRUMB[4])])
def test_the_line_over_the_byline_is_the_headline_unless_the_line_under_it_repeats_it(
        lines: list[str], headline: str) -> None:
    # a share row under the byline is no headline however it reads; a breadcrumb's last item
    # over the date says what the headline under it says: that one is the title
    record = clean_text("\n".join(lines) + "\n", id="head-over-byline")
    assert record.title == headline
    assert headline not in [t.title for t in record.teasers]


def test_a_title_case_headline_under_a_site_name_over_its_byline_is_the_title() -> None:
    """A headline in Title Case (which reads like a menu row of capitalised words) between the
    site's name on the first line and the byline naming that site (kind D1) is the title, not
    the site's name above it."""
    dump = ("Wiadomości Podhala\n"
            "Nowa Kolejka Linowa Kasprowy Wierch Rusza Przyszłym Tygodniem\n"
            "Wiadomości Podhala · 3 godziny temu\n"
            "Polskie Koleje Linowe zapowiedziały, że nowa kolej na Kasprowy Wierch zacznie kursować w przyszły poniedziałek po dwóch latach modernizacji.\n"
            "Wagoniki zabiorą jednorazowo po sześćdziesiąt osób, a podróż na szczyt skróci się do czterech minut.\n"
            "Bilety będzie można kupić przez internet oraz w kasach przy dolnej stacji w Kuźnicach.\n")
    record = clean_text(dump)
    assert record.title == "Nowa Kolejka Linowa Kasprowy Wierch Rusza Przyszłym Tygodniem"


# Dzongkha (Tibetan script): the shad "།" closes the masthead, the headline, the byline's
# name and every paragraph alike. Kind D3 (a Tibetan dump): the byline "Name། · age" read as
# a labelled teaser (the shad as a label's colon) made the masthead the title; once the byline
# was read, the first paragraph, restating the headline's syllables, was taken for a headline
# repeated under the byline; and paragraphs closed by a shad counted as cut short, so the
# story ended at the first one of fewer than twelve words.
DZ = [
    "ཀུན་གསལ།",
    "ཐིམ་ཕུ་ལུ་ཆརཔ་དྲག་པོ་བབས་ཡི།",
    "ཀུན་གསལ། · ཆུ་ཚོད་ ༤ ཧེ་མ",
    "ཉིནམ་གསུམ་གྱི་རིང་ལུ་ཐིམ་ཕུ་ཁྲོམ་སྡེ་ནང་ཆརཔ་དྲག་པོ་བབས་ཏེ་ལམ་ལེ་ཤ་ཆུ་གིས་ཁེངས་ཞིནམ་ལས་སྣུམ་འཁོར་ཚུ་འགྱོ་མ་ཚུགས་པར་ལུས་ཡི།",
    "ས་གནས་བདག་འཛིན་གྱིས་སླབ་མི་ལྟར་དུ་ཁྱིམ་ཚང་བརྒྱ་ལས་ལྷག་པའི་ཁྱིམ་ལུ་གནོད་སྐྱོན་ཕོག་སྟེ་མི་ཚུ་སློབ་གྲྭ་ཚུ་ནང་གནས་སྤོ་འབད་ཡི།",
    "གནམ་གཤིས་ལས་ཁུངས་ཀྱིས་ཉིནམ་གཉིས་ཀྱི་ཤུལ་ལས་ཆརཔ་ཉུང་སུ་འགྱོ་འོང་ཟེར་བརྡ་བསྐུལ་འབད་ཡི།",
    "ཞིང་པ་ཚུ་གིས་ལོ་ཐོག་ལུ་གནོད་པ་ཆེན་པོ་ཕོག་ཡོདཔ་ལས་གཞུང་གིས་རོགས་རམ་གནང་དགོཔ་ཟེར་རེ་ཞུ་འབད་ཡི།",
    "བརྒྱུད་སྤེལ། Facebook · WeChat",
    "© ༢༠༢༦ ཀུན་གསལ།",
]


@pytest.mark.parametrize("closed", [False, True])
def test_a_shad_closed_headline_over_its_byline_is_the_title_and_every_paragraph_story(closed: bool) -> None:
    lines = [*DZ[:2], DZ[2] + "།" * closed, *DZ[3:]]
    record = clean_text("\n".join(lines) + "\n", id="dz-head")
    assert record.title == DZ[1]
    assert record.text.split("\n\n") == DZ[3:7]
    if not closed:  # (an age closed by its shad: read once the age readers strip it)
        assert record.meta.get("site_name") == "ཀུན་གསལ"


def test_a_paragraph_restating_the_headline_is_no_repeat_of_it() -> None:
    from declutter.content.dump_head import _repeats
    from declutter.content.story_run import _finished

    assert not _repeats(DZ[1], DZ[3])  # (its syllables stand in it, among three times as many)
    assert _repeats("3. Neue Fähre für die Halligen", "Neue Fähre für die Halligen")
    assert _finished(DZ[5]) and not _finished(DZ[5][:-1])
