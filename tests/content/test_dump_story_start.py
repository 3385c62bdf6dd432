# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Where the story of a dump starts: its lead paragraph, under a long menu, the headline and a
byline, with a photo credit or an ad line between it and the rest of the story, is story; a
photo caption under the menu, over the story, is not. Lines written for these tests."""

from __future__ import annotations

from declutter import clean_text

MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Podcasts", "Newsletters", "Search"]
HEADLINE = "Island ferry to run all winter for the first time"
LEAD = "The ferry to the outer islands will run through the winter for the first time, the operator said on Monday."
BODY = [
    "Until now the last sailing of the season left in late October, and residents had to rely on a small plane that could not fly in strong winds or carry more than a few passengers.",
    "The company will use its smaller vessel between November and March, with two return sailings a day instead of five, and it expects the service to lose money in its first winter.",
    "Island councillors welcomed the decision but said the real test would be whether the sailings were kept in bad weather, when they are needed most.",
]
FOOT = ["Share", "About us · Contact · Advertise"]


def test_the_lead_under_a_long_menu_and_a_byline_is_story() -> None:
    lines = [*MENU, HEADLINE, "Harbour Post · 2 hours ago", LEAD, "Photo: Harbour Post", "Advertisement", *BODY, *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="lead")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == [LEAD, *BODY]


def test_a_caption_under_the_menu_over_the_story_is_no_story() -> None:
    caption = "Passengers board the smaller ferry at the harbour on a grey morning in early November last year."
    lines = [*MENU, "Gallery", caption, "Photo: Harbour Post", HEADLINE, *BODY, *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="caption")
    assert record.text.split("\n\n") == BODY


def test_a_story_of_one_paragraph_deep_in_the_chrome_is_found() -> None:
    # a paywalled page: the headline, a long menu, the one paragraph, then the paywall
    para = "The harbour board met on Tuesday to talk about how the town can keep its young workers, and agreed to meet again in spring."
    lines = [*MENU, HEADLINE, "Share", "Print", para, "Want to read on?", "Log in", "Subscribe", *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="one-paragraph")
    assert record.error is None
    assert record.text == para


def test_a_short_comment_alone_in_the_chrome_is_no_story() -> None:
    # no paragraph at all: a one-line comment under the menu is not made the story
    lines = [*MENU, HEADLINE, "Share", "Print", "Comments (1)", "Great news, finally somebody did something.", "Reply", *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="no-story")
    assert "Great news" not in record.text


def test_a_standfirst_with_no_full_stop_under_the_headline_is_no_headline() -> None:
    # the run starts at a standfirst (a sentence with no full stop); the headline is above it
    standfirst = "Islanders welcome the change but fear that the smaller boat will not sail when the winter storms come in from the west"
    lines = [*MENU, HEADLINE, "Harbour Post · 4 min read", standfirst, *BODY, *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="standfirst")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == [standfirst, *BODY]


# a masthead, a cookie sentence (prose) and then the headline with its dateline: the run of
# prose starts at the cookie sentence and took the headline in as chrome
DE_HEADLINE = "Neue Fähre soll die Inseln auch im Winter verbinden"
DE_BODY = [
    "Die Fähre zu den äußeren Inseln fährt in diesem Jahr zum ersten Mal den ganzen Winter über, wie die Reederei am Montag mitteilte.",
    "Bisher legte das letzte Schiff der Saison Ende Oktober ab, und die Bewohner waren auf ein kleines Flugzeug angewiesen, das bei starkem Wind nicht fliegen konnte.",
    "Die Gemeinderäte begrüßten die Entscheidung, sagten aber, die eigentliche Prüfung komme erst bei schlechtem Wetter, wenn die Fahrten am meisten gebraucht würden.",
]
# a cookie note in words the bundled rules do not name
DE_COOKIE = "Diese Seite merkt sich Ihre Einstellungen mit kleinen Dateien und zählt die Besuche anonym."


def test_a_headline_with_its_dateline_inside_the_run_starts_the_story() -> None:
    for dateline in ("Veröffentlicht am 5. April 2026, 15:45 Uhr", "Von Anna Schmidt, 05.04.2026"):  # ruled, or not
        lines = ["Inselbote", DE_COOKIE, DE_HEADLINE, dateline, *DE_BODY, "Teilen", "Impressum · Datenschutz · Kontakt"]
        record = clean_text("\n".join(lines) + "\n", id="dateline")
        assert record.title == DE_HEADLINE, dateline
        assert record.text.split("\n\n") == DE_BODY, dateline


def test_a_headline_with_an_author_byline_under_a_cookie_line_starts_the_story() -> None:
    # masthead, menu, cookie sentence, headline, then a byline of author | site | age (no
    # meta shape: two names): the byline marks the story's head as a dateline does
    it_body = [
        "Il consiglio comunale di Lagoverde ha approvato ieri sera il nuovo piano per il traffico nel centro storico.",
        "Dal prossimo giugno le auto private non potranno più entrare nelle vie intorno al porto, salvo i residenti.",
        "I commercianti sono divisi: alcuni temono di perdere clienti, altri sperano in più passanti nei fine settimana.",
    ]
    headline = "Lagoverde chiude il centro storico alle auto da giugno"
    for byline in ("Di Marco Rossi | Gazzetta del Lago | 3 ore fa", "Marco Rossi — Gazzetta del Lago — ieri"):
        lines = ["GAZZETTA DEL LAGO", "Home | Cronaca | Sport | Cultura",
                 "Questo sito usa cookie tecnici e di terze parti. Continuando accetti la nostra informativa.",
                 headline, byline, *it_body, "Condividi", "© 2026 Gazzetta del Lago"]
        record = clean_text("\n".join(lines) + "\n", id="byline-head")
        assert record.title == headline, byline
        assert record.text.split("\n\n") == it_body, byline


def test_a_headline_like_line_with_no_dateline_under_it_stays_in_the_story() -> None:
    # a subheading-like line early in the story, with prose right under it: no story head
    lines = ["Inselbote", DE_HEADLINE, "Inselbote · vor 2 Stunden", DE_BODY[0], "Warum die Reederei jetzt umdenkt", *DE_BODY[1:], "Teilen"]
    record = clean_text("\n".join(lines) + "\n", id="subheading")
    assert record.title == DE_HEADLINE
    assert record.text.split("\n\n") == [DE_BODY[0], "Warum die Reederei jetzt umdenkt", *DE_BODY[1:]]



def test_a_gallerys_counted_captions_over_the_story_are_no_story() -> None:
    # captions led by their counters ("1 de 3 ..."), right under the headline, read as prose
    captions = [
        "1 de 3 Los pasajeros suben al barco pequeño en el puerto en una mañana gris de principios de noviembre, ayer.",
        "2 de 3 La naviera usará su barco más pequeño entre noviembre y marzo, con dos salidas diarias en lugar de cinco.",
        "3 de 3 Los concejales de la isla celebraron la decisión en el ayuntamiento, aunque pidieron garantías para los días de temporal.",
    ]
    lines = [*MENU, HEADLINE, "Diario del Puerto · hace 2 horas", *captions, *BODY, *FOOT]
    record = clean_text("\n".join(lines) + "\n", id="gallery")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == BODY


# a standfirst between the headline and its byline: the byline (a meta line) ends every run,
# so the run starts under it; the standfirst is story all the same (Italian, written for this test)
IT_MENU = ["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Meteo", "Cerca"]
IT_HEADLINE = "Il traghetto per le isole viaggerà anche d'inverno"
IT_STANDFIRST = "Per la prima volta il servizio non si fermerà a novembre: due corse al giorno fino a marzo con la nave più piccola."
IT_BODY = [
    "Finora l'ultima corsa della stagione partiva a fine ottobre, e chi abita sulle isole doveva affidarsi a un piccolo aereo che con il vento forte non poteva decollare.",
    "La compagnia userà la nave più piccola tra novembre e marzo, con due corse di andata e ritorno al giorno invece di cinque, e prevede di perdere denaro nel primo inverno.",
    "I consiglieri delle isole hanno accolto la decisione, ma dicono che la vera prova sarà il maltempo, quando le corse servono di più.",
]


def test_a_standfirst_above_the_byline_is_story() -> None:
    lines = [*IT_MENU, IT_HEADLINE, IT_STANDFIRST, "Gazzetta del Porto · 3 ore fa", "Condividi", "Stampa",
             "Foto: Archivio", *IT_BODY, "Chi siamo · Contatti · Pubblicità"]
    record = clean_text("\n".join(lines) + "\n", id="standfirst-byline")
    assert record.title == IT_HEADLINE
    assert record.text.split("\n\n") == [IT_STANDFIRST, *IT_BODY]


def test_a_sentence_above_the_headline_is_no_standfirst() -> None:
    # a cookie sentence over the headline, a pitch between two buttons under it: neither stands
    # right under the story's head, so neither is its standfirst
    cookie = "Questo sito usa i cookie per migliorare la tua esperienza e per mostrarti pubblicità in linea con le tue preferenze."
    lines = [*IT_MENU, cookie, IT_HEADLINE, "Gazzetta del Porto · 3 ore fa", *IT_BODY, "Chi siamo · Contatti · Pubblicità"]
    record = clean_text("\n".join(lines) + "\n", id="no-standfirst")
    assert record.title == IT_HEADLINE
    assert record.text.split("\n\n") == IT_BODY


# a dump that opens with the page's <title> ("Site » Blog » Headline"): its story is one
# paragraph deep in the chrome, under the headline that repeats the title's last piece, while a
# pitch (a sentence too) stands at the top (Portuguese, written for this test)
PT_HEADLINE = "Balsas para as ilhas passam a navegar no inverno"
PT_PARAGRAPH = ("Pela primeira vez, a balsa para as ilhas de fora vai navegar durante todo o inverno, com duas "
                "viagens por dia entre novembro e março, disse a empresa na segunda-feira; até agora a última "
                "viagem da temporada saía no fim de outubro, e quem mora nas ilhas dependia de um pequeno avião "
                "que não voava com vento forte nem levava mais de quatro passageiros.")


def test_a_lone_paragraph_under_the_titles_headline_is_the_story() -> None:
    menu = ["Início", "Notícias", "Cidade", "Porto", "Cultura", "Esporte", "Tempo", "Contato", "Arquivo",
            "Categorias", "Balsas (4)", "Ilhas (12)", "Turismo (7)"]
    lines = [f"Gazeta do Porto » Blog » {PT_HEADLINE}", "Gazeta do Porto",
             "Textos que informam e fotos que emocionam: conheça nossas ferramentas!", *menu,
             PT_HEADLINE, PT_PARAGRAPH, "Publicado em 7 de novembro por J. Silva", "Nenhum comentário",
             "Deixe um comentário", "Nome (obrigatório)", *menu[:4]]
    record = clean_text("\n".join(lines) + "\n", id="title-echo")
    assert record.text == PT_PARAGRAPH
    assert record.title == PT_HEADLINE
