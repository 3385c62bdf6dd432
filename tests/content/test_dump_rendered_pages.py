# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Kinds found on real pages rendered to text, each read by its line shapes: a table whose
cells the renderer pads into columns (``inscriptis``) instead of writing a row as one line;
the marker it sets before a list's items; a blog post of one paragraph standing alone under
a long menu, with a slogan at the top; a comment form's notes and consent sentences after
the story. Lines written for these tests, in no site's wording."""

from __future__ import annotations

from declutter import clean_text

FR_PARAS = [
    "La commune a publié lundi le bilan de la première année du nouveau réseau de bus, qui dessert désormais les trois villages de la vallée.",
    "Le nombre de voyageurs a presque doublé, selon les chiffres transmis au conseil municipal, même si les lignes du soir restent peu fréquentées.",
    "Le maire estime que le coût par voyageur baissera encore l'an prochain, quand la ligne vers la gare sera prolongée jusqu'au collège.",
    "L'opposition demande un audit indépendant, car les chiffres de fréquentation sont comptés par le transporteur lui-même et non par la commune.",
    "Le conseil votera le budget du réseau pour l'année prochaine lors de sa séance du mois de mars, après une consultation des habitants.",
]
FR_TABLE = [
    "Ligne          Voyageurs 2023     Voyageurs 2024     Coût par voyageur",
    "Vallée nord    41 200             78 900             3,10 €",
    "Vallée sud     35 800             66 100             3,45 €",
    "Gare           12 400             30 700             4,80 €",
    "Soirée         2 100              3 900              11,20 €",
    "Total          91 500             179 600            3,60 €",
]


def test_a_table_padded_into_columns_is_story_not_a_break() -> None:
    # inscriptis pads each cell to its column's width: the rows read as rows of interface
    # pieces ("a   b   c"), six of them cost more than the paragraphs above were worth
    lines = ["Le Courrier de la Vallée", "Accueil   Actualités   Sports   Contact",
             "Le réseau de bus a doublé sa fréquentation en un an", "Le Courrier de la Vallée · il y a 3 heures",
             *FR_PARAS[:2], *FR_TABLE, *FR_PARAS[2:], "Partager   Imprimer   Envoyer"]
    record = clean_text("\n".join(lines) + "\n", id="table")
    assert record.title == "Le réseau de bus a doublé sa fréquentation en un an"
    text = record.text.split("\n\n")
    assert text[:2] == FR_PARAS[:2] and text[-3:] == FR_PARAS[2:]
    assert [line.split()[0] for line in text[2:-3]] == [row.split()[0] for row in FR_TABLE]


def test_one_padded_line_alone_is_no_table() -> None:
    # a menu laid out in a row stays chrome: a table needs two padded lines in a row
    lines = ["Le Courrier de la Vallée", "Le réseau de bus a doublé sa fréquentation en un an",
             *FR_PARAS[:3], "Accueil   Actualités   Sports   Contact", *FR_PARAS[3:]]
    record = clean_text("\n".join(lines) + "\n", id="menu")
    assert record.text.split("\n\n") == FR_PARAS


IT_PARAS = [
    "Il consiglio comunale ha approvato ieri sera il piano per riaprire la vecchia stazione, chiusa da quasi vent'anni.",
    "I lavori dovrebbero cominciare in primavera e durare circa diciotto mesi, secondo il progetto presentato dalla giunta.",
    "Le associazioni dei pendolari hanno accolto la notizia con favore, ma chiedono che i treni si fermino anche la sera.",
]
IT_LIST = [
    "* La provincia stanzia nuovi fondi per le strade di alta montagna",
    "* Nuovo orario dei traghetti sul lago a partire dal mese di giugno",
    "* Il mercato coperto del centro chiude per lavori fino a settembre",
    "* Scuole, la regione conferma il calendario e vacanze di Pasqua più lunghe",
]


def test_a_renderers_list_marker_is_no_word() -> None:
    # inscriptis sets "* " before each item of a list: eleven words of a headline and the
    # marker made twelve, the length of a paragraph, and the run took the list in
    lines = ["Gazzetta della Valle", "Riapre la vecchia stazione dopo vent'anni di chiusura",
             *IT_PARAS, *IT_LIST, "Chi siamo   Contatti   Pubblicità"]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert record.text.split("\n\n") == IT_PARAS


ES_MENU = ["+ Cultura (12)", "+ Deportes (31)", "+ Economía (9)", "+ Educación (4)", "+ Medio ambiente (7)",
           "+ Música (15)", "+ Política (22)", "+ Salud (6)", "+ Sociedad (18)", "+ Tecnología (11)",
           "+ Turismo (3)", "+ Viajes (5)"]
ES_PARA = ("En la ciudad se abren nuevas salas de cine, aunque los exhibidores tienen que invertir mucho dinero "
           "en los proyectores digitales. El cambio no ha provocado el cierre de las salas pequeñas, como se temía "
           "hace unos años: el ministerio de cultura ayudó a más de cien de ellas a pagar los equipos, y hoy casi "
           "todas pueden proyectar los estrenos el mismo día que las grandes cadenas.")


def test_a_one_paragraph_post_under_its_headline_beats_a_slogan_over_the_menu() -> None:
    # a blog's only paragraph stands alone under its headline, deep under a long menu: the
    # lone-paragraph rule set it aside, and the site's slogan at the top, a sentence by its
    # shape, was taken as the story
    lines = ["Apuntes de la semana", "Imágenes que emocionan y textos que atrapan, cada semana en este rincón del blog!",
             *ES_MENU, "Las salas de cine pequeñas resisten al cambio digital", ES_PARA,
             "Por R. R. el 07.08.2013 a las 09:07, guardado en Cultura", "Todavía no hay comentarios",
             "Escribir un comentario", "Nombre (obligatorio)", "Correo (no se publicará)", *ES_MENU[:6]]
    record = clean_text("\n".join(lines) + "\n", id="post")
    assert record.text == ES_PARA
    assert record.title == "Las salas de cine pequeñas resisten al cambio digital"


SV_PARAS = [
    "Kommunen meddelade på tisdagen att färjan till ön ska gå året runt från och med nästa år, efter flera års krav från de boende.",
    "Hittills har den sista turen gått i slutet av oktober, och sedan har öborna fått förlita sig på ett litet flygplan som inte lyfter i hård vind.",
    "Fullmäktige ställer sig bakom förslaget men vill veta vem som betalar förlusten om färre resenärer än väntat åker med under den första vintern.",
]
SV_FORM = [
    "Lämna ett svar",
    "Din e-postadress kommer inte att publiceras. Obligatoriska fält är märkta *",
    "Kommentar",
    "Namn *",
    "E-post *",
    "Webbplats",
    "Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.",
    "Genom att skicka formuläret godkänner du att tidningen lagrar dina uppgifter för att kunna publicera din kommentar.",
    "Dina uppgifter lämnas aldrig ut till tredje part, och du kan när som helst återkalla ditt samtycke till lagringen.",
    "Mer information om hur vi hanterar personuppgifter finns i vår integritetspolicy på webbplatsen.",
]


def test_the_sentences_around_a_comment_form_are_no_story() -> None:
    # a form's notes and consent sentences read as prose and carried the run on past the
    # form's field labels; two labels marked required ("Namn *", "E-post *") are a form
    lines = ["Färjan ska gå året runt", *SV_PARAS, "Dela", *SV_FORM]
    record = clean_text("\n".join(lines) + "\n", id="form")
    assert record.text.split("\n\n") == SV_PARAS


PL_PARAS = [
    "Rada miasta zdecydowała we wtorek, że prom na wyspę będzie kursował przez cały rok, a nie tylko od maja do października.",
    "Dotąd mieszkańcy wyspy zimą mogli liczyć jedynie na mały samolot, który przy silnym wietrze w ogóle nie startował.",
    "Przewoźnik zapowiada, że nowe połączenie zacznie się zwracać po trzech latach, gdy latem dojdą dodatkowe kursy.",
]
PL_TAGS = [
    "Bałtyk Gdańsk Hel Jastarnia Jurata Kuźnica Władysławowo Puck Rewa Sopot Gdynia Łeba Ustka Darłowo Kołobrzeg "
    "Międzyzdroje Świnoujście Wolin Kamień Dziwnów Pobierowo Rewal Niechorze Mrzeżyno Dźwirzyno Mielno Sarbinowo Łazy Dąbki Jarosławiec",
    "Aktualności Gospodarka Kultura Komunikacja Ludzie Morze Pogoda Polityka Porty Promy Przyroda Rybołówstwo Samorząd Sport "
    "Szkoły Turystyka Wybory Zdrowie Żegluga Archiwum Galerie Wideo Podcasty Ogłoszenia Nekrologi Kontakt Redakcja Reklama Prenumerata Regulamin",
]


def test_long_lines_of_words_with_no_punctuation_are_no_story() -> None:
    # a tag cloud and a menu whose links no space or bar sets apart, over the headline:
    # thirty words and more with no comma or stop read as paragraphs, and the run took them in
    lines = ["Kurier Wybrzeża", PL_TAGS[1], "Tematy", PL_TAGS[0], "Prom na wyspę przez cały rok", *PL_PARAS,
             "Udostępnij", "Polityka prywatności"]
    record = clean_text("\n".join(lines) + "\n", id="tags")
    assert record.text.split("\n\n") == PL_PARAS


def test_a_long_line_of_a_script_without_stops_stays_prose() -> None:
    # Thai sets no full stop and no capitals: a paragraph of many space-separated phrases
    from declutter.content.line_shapes import shape_of

    line = " ".join(["คณะกรรมการเมืองประกาศว่า", "เรือข้ามฟากจะให้บริการ", "ตลอดทั้งปี"] * 11)
    assert shape_of(line).shape == "prose"
