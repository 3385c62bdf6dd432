# ruff: noqa: E501, RUF001  (the dump lines below are data, kept whole)
"""Teaser layouts of text dumps, in dumps of our own (en/de/es/fr/ja; wordings not in the
benchmark's generator): card fields in any order, with and without blank lines, meta lines
under each title, a teaser list straight under a comment widget, numbered one-line teasers,
bare URL link lines, two teaser sections in one dump, labelled cards inside the story.

Each dump states its story, its teasers (title, source, age) and its chrome; the test checks
that the story is exactly the story, every teaser is a record with the right fields, and no
chrome or comment line is a teaser or story."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import pytest

from declutter import clean_text


@dataclass
class Case:
    """A dump built from its parts, with what it should give."""

    head: list[str]
    title: str
    story: list[str]
    tail: list[str]
    teasers: list[tuple[str, str | None, str | None]]
    chrome: list[str] = field(default_factory=list)
    urls: list[str] | None = None

    def dump(self) -> str:
        return "\n".join([*self.head, self.title, *self.story, *self.tail]) + "\n"


EN_STORY = [
    "The county council voted on Thursday to close the old swimming baths on Mill Street at the end of the summer, after a survey found cracks in the main pool.",
    "Repairs would cost more than four million pounds, officials said, and the money would be better spent on the new leisure centre planned for the north of the town.",
    "Swimming clubs that train at the baths will be offered lanes at the school pools until the new centre opens, which is not expected before the spring of 2027.",
]
EN_COMMENTS = [
    "Comments (3)",
    "Sort by: Oldest",
    "rob_h · 2 hours ago",
    "My children learned to swim there, it is a sad day for the town.",
    "Like · Reply · Report",
    "janet.m · 5 hours ago",
    "Four million is nothing compared with what the new centre will cost us.",
    "Like · Reply · Report",
]
EN_CARDS = [
    ("Library opening hours cut to four days a week",
     "The council says falling visitor numbers leave it no choice, but campaigners plan a petition",
     "Valley Echo", "3 hours ago"),
    ("Bus route 14 to be withdrawn from the hospital in June",
     "Passengers will have to change at the station, adding up to twenty minutes to the journey",
     "Town Herald", "yesterday"),
    ("New cycle lanes on the ring road delayed by a year",
     "Contractors blamed a shortage of materials and a dispute over the design of two junctions",
     "Valley Echo", "2 days ago"),
]

DE_STORY = [
    "Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Mühlbach bis zum Herbst vollständig zu sanieren, nachdem Gutachter Schäden an den Pfeilern festgestellt hatten.",
    "Während der Bauarbeiten wird der Verkehr über die Umgehungsstraße geleitet, was für Pendler aus den Nachbarorten bis zu fünfzehn Minuten mehr Fahrzeit bedeutet.",
    "Die Kosten von rund zwei Millionen Euro teilen sich die Gemeinde und der Landkreis, wie der Bürgermeister nach der Sitzung mitteilte.",
]
DE_CARDS = [
    ("Neuer Radweg zwischen Altdorf und Neumühle eröffnet", "Bergland-Bote", "vor 2 Stunden"),
    ("Freibad öffnet in diesem Jahr schon im Mai", "Talblatt", "vor 5 Stunden"),
    ("Stadtbibliothek verlängert die Öffnungszeiten am Samstag", "Bergland-Bote", "gestern"),
]

DE_URL_CARDS = [
    ("Neuer Radweg zwischen Altdorf und Neumühle eröffnet", "Der Oberland Kurier", "vor 2 Stunden"),
    ("Freibad öffnet in diesem Jahr schon im Mai", "Talblatt", "gestern"),
    ("Stadtbibliothek verlängert die Öffnungszeiten am Samstag", "Bergland Bote", "vor 3 Tagen"),
]
DE_URLS = ["https://oberland-kurier.example/radweg", "https://talblatt.example/freibad-mai",
           "https://bergland-bote.example/bibliothek"]

ES_STORY = [
    "El ayuntamiento aprobó el jueves la reforma del mercado central, que permanecerá cerrado durante seis meses mientras se renuevan la cubierta y las instalaciones eléctricas.",
    "Los comerciantes se trasladarán a una carpa provisional en la plaza de la Constitución, donde podrán seguir vendiendo de lunes a sábado por la mañana.",
    "La obra costará tres millones de euros y estará financiada en parte con fondos europeos, según explicó la concejala de Urbanismo en rueda de prensa.",
]
ES_CARDS = [
    ("La biblioteca municipal amplía su horario en época de exámenes",
     "Las salas de estudio abrirán hasta la medianoche durante todo el mes de junio",
     "Diario del Valle", "hace 3 horas"),
    ("Nuevo carril bici entre la estación y el puerto deportivo",
     "El tramo de dos kilómetros estará terminado antes del verano, según el consistorio",
     "La Voz del Puerto", "hace 5 horas"),
    ("El festival de jazz regresa al claustro del antiguo convento",
     "La programación incluye doce conciertos gratuitos durante el mes de julio",
     "Diario del Valle", "ayer"),
]

FR_STORY = [
    "Le conseil municipal a voté mardi la piétonnisation de la rue du Marché, qui sera fermée aux voitures à partir du premier juin, après deux années de concertation avec les commerçants.",
    "Les livraisons resteront autorisées le matin jusqu'à dix heures, et les riverains disposeront d'un badge pour accéder à leur garage pendant toute la journée.",
    "L'opposition a dénoncé un projet coûteux et mal préparé, tandis que le maire a promis un bilan public au bout de six mois.",
]
FR_CARDS = [
    ("Le marché de Noël déménage sur les quais cette année", "Le Petit Rhodanien", "3h"),
    ("Travaux sur la ligne de tramway : trois semaines de perturbations", "Écho des Vallées", "5h"),
    ("La piscine municipale rouvre après deux ans de travaux", "Le Petit Rhodanien", "hier"),
]

JA_STORY = [
    "市議会は火曜日、老朽化した市民会館を来年三月で閉館し、跡地に図書館と子育て支援施設を併設した複合施設を建設する計画を賛成多数で可決した。",
    "新施設の総事業費はおよそ四十億円で、国の補助金を活用して市の負担を半分程度に抑える方針だと市長は記者会見で説明した。",
    "一方、市民会館を利用してきた文化団体からは、新施設が完成するまでの三年間の活動場所を確保してほしいという要望が相次いでいる。",
]
JA_CARDS = [
    ("駅前の再開発ビル、来春の開業が決定", "北陸日報", "3時間前"),
    ("市営バスの路線再編、利用者から不安の声", "みなと新聞", "5時間前"),
    ("夏祭りの花火大会、今年は規模を縮小して開催へ", "北陸日報", "昨日"),
]

EN_NUMBERED = [
    ("Harbour ferry fares to rise by ten percent in April", "Coast Courier", "2 days ago"),
    ("Fishermen win extra quota for the winter season", "Shore Weekly", "3 days ago"),
    ("Old lighthouse to open as a museum next summer", "Coast Courier", "4 days ago"),
]

CASES = {
    # cards of title / excerpt / "Source | age", no blank lines, right under a comment widget
    # with no heading of their own
    "en-title-excerpt-meta-under-comments": Case(
        head=["THE VALLEY TIMES", "News | Sport | What's on"],
        title="Council votes to close the Mill Street swimming baths",
        story=EN_STORY,
        tail=[*EN_COMMENTS, *[line for t, x, s, a in EN_CARDS for line in (t, x, f"{s} | {a}")],
              "© 2026 The Valley Times"],
        teasers=[(t, s, a) for t, _, s, a in EN_CARDS],
        chrome=[*EN_COMMENTS, "© 2026 The Valley Times"],
    ),
    # age / source / title, no blank lines, under a heading
    "de-age-source-title": Case(
        head=["BERGLAND-BOTE", "Startseite | Region | Sport"],
        title="Mühlbachbrücke wird bis zum Herbst saniert",
        story=DE_STORY,
        tail=["Teilen · Drucken · Merken", "Mehr aus der Region",
              *[line for t, s, a in DE_CARDS for line in (a, s, t)], "Impressum | Datenschutz"],
        teasers=[(t, s, a) for t, s, a in DE_CARDS],
        chrome=["Teilen · Drucken · Merken", "Impressum | Datenschutz"],
    ),
    # meta first ("Source · age"), then title, then excerpt; blank lines between cards
    "es-meta-title-excerpt": Case(
        head=["DIARIO DEL VALLE", "Portada | Local | Deportes"],
        title="El mercado central cerrará seis meses por obras",
        story=ES_STORY,
        tail=["Compartir en Facebook · Compartir en X", "", "Te puede interesar",
              *[line for t, x, s, a in ES_CARDS for line in ("", f"{s} · {a}", t, x)]],
        teasers=[(t, s, a) for t, _, s, a in ES_CARDS],
        chrome=["Compartir en Facebook · Compartir en X"],
    ),
    # "Source · 3h" under each title, blank lines between cards, no heading
    "fr-title-meta": Case(
        head=["LE PETIT RHODANIEN", "Accueil | Ville | Sports"],
        title="La rue du Marché sera piétonne dès le mois de juin",
        story=FR_STORY,
        tail=["", *[line for t, s, a in FR_CARDS for line in (t, f"{s} · {a}", "")],
              "Mentions légales · Contact"],
        teasers=[(t, s, a) for t, s, a in FR_CARDS],
        chrome=["Mentions légales · Contact"],
    ),
    # Japanese: title / "Source・age" meta under each, no blank lines, under a heading
    "ja-title-meta": Case(
        head=["北陸日報", "ニュース | 地域 | スポーツ"],
        title="市民会館、来年三月で閉館へ　跡地に複合施設",
        story=JA_STORY,
        tail=["関連記事", *[line for t, s, a in JA_CARDS for line in (t, f"{s} · {a}")]],
        teasers=[(t, s, a) for t, s, a in JA_CARDS],
    ),
    # numbered one-line teasers "1. Title — Source, 2 days ago" under a comment widget
    "en-numbered-under-comments": Case(
        head=["COAST COURIER"],
        title="Council votes to close the Mill Street swimming baths",
        story=EN_STORY,
        tail=[*EN_COMMENTS, "Most read",
              *[f"{k}. {t} — {s}, {a}" for k, (t, s, a) in enumerate(EN_NUMBERED, 1)]],
        teasers=EN_NUMBERED,
        chrome=EN_COMMENTS,
    ),
    # cards whose link line is a bare URL: title / meta / url, blank lines between
    "en-bare-url": Case(
        head=["THE VALLEY TIMES"],
        title="Council votes to close the Mill Street swimming baths",
        story=EN_STORY,
        tail=["", "More on this story",
              *[line for k, (t, _, s, a) in enumerate(EN_CARDS)
                for line in ("", t, f"{s} · {a}", f"https://valleytimes.example/news/{k}")]],
        teasers=[(t, s, a) for t, _, s, a in EN_CARDS],
        urls=[f"https://valleytimes.example/news/{k}" for k in range(3)],
    ),
    # cards whose link line is a bare URL, no blank lines, excerpt then url
    "es-bare-url-no-blanks": Case(
        head=["DIARIO DEL VALLE"],
        title="El mercado central cerrará seis meses por obras",
        story=ES_STORY,
        tail=["Más noticias",
              *[line for k, (t, x, s, a) in enumerate(ES_CARDS)
                for line in (t, x, f"{s} | {a}", f"https://diariodelvalle.example/n/{k}")]],
        teasers=[(t, s, a) for t, _, s, a in ES_CARDS],
        urls=[f"https://diariodelvalle.example/n/{k}" for k in range(3)],
    ),
    # two teaser sections in one dump: one-line cards, then comments, then multi-line cards
    "de-two-sections": Case(
        head=["BERGLAND-BOTE"],
        title="Mühlbachbrücke wird bis zum Herbst saniert",
        story=DE_STORY,
        tail=["Das könnte Sie auch interessieren",
              *[f"{t} ({s}, {a})" for t, s, a in DE_CARDS[:2]],
              "Kommentare (1)", "Sortieren: Neueste zuerst", "hans_k · vor 1 Stunde",
              "Endlich wird da etwas gemacht, die Brücke ist seit Jahren marode.",
              "Gefällt mir · Antworten · Melden",
              "", "Weitere Nachrichten", "",
              "Wochenmarkt zieht im Sommer auf den Kirchplatz", "Talblatt · vor 3 Tagen", "",
              "Neue Buslinie verbindet die Ortsteile am Wochenende", "Bergland-Bote · vor 4 Tagen"],
        teasers=[*[(t, s, a) for t, s, a in DE_CARDS[:2]],
                 ("Wochenmarkt zieht im Sommer auf den Kirchplatz", "Talblatt", "vor 3 Tagen"),
                 ("Neue Buslinie verbindet die Ortsteile am Wochenende", "Bergland-Bote", "vor 4 Tagen")],
        chrome=["Kommentare (1)", "Sortieren: Neueste zuerst", "hans_k · vor 1 Stunde",
                "Endlich wird da etwas gemacht, die Brücke ist seit Jahren marode.",
                "Gefällt mir · Antworten · Melden"],
    ),
    # meta first then title, no blank lines, no excerpt, right under a comment widget
    "en-meta-title-under-comments": Case(
        head=["THE VALLEY TIMES"],
        title="Council votes to close the Mill Street swimming baths",
        story=EN_STORY,
        tail=[*EN_COMMENTS, *[line for t, _, s, a in EN_CARDS for line in (f"{s} · {a}", t)]],
        teasers=[(t, s, a) for t, _, s, a in EN_CARDS],
        chrome=EN_COMMENTS,
    ),
    # meta first, then title, then excerpt, no blank lines, straight after the story
    "es-meta-title-excerpt-no-blanks": Case(
        head=["DIARIO DEL VALLE"],
        title="El mercado central cerrará seis meses por obras",
        story=ES_STORY,
        tail=[*[line for t, x, s, a in ES_CARDS for line in (f"{s} · {a}", t, x)]],
        teasers=[(t, s, a) for t, _, s, a in ES_CARDS],
    ),
    # title / "Source · 3h", no blank lines, no heading, straight after the story
    "fr-title-meta-no-blanks": Case(
        head=["LE PETIT RHODANIEN"],
        title="La rue du Marché sera piétonne dès le mois de juin",
        story=FR_STORY,
        tail=[*[line for t, s, a in FR_CARDS for line in (t, f"{s} · {a}")], "Mentions légales · Contact"],
        teasers=[(t, s, a) for t, s, a in FR_CARDS],
        chrome=["Mentions légales · Contact"],
    ),
    # age / source / title / excerpt under a comment widget, blank lines between cards
    "en-age-source-title-excerpt-under-comments": Case(
        head=["THE VALLEY TIMES"],
        title="Council votes to close the Mill Street swimming baths",
        story=EN_STORY,
        tail=[*EN_COMMENTS, *[line for t, x, s, a in EN_CARDS for line in ("", a, s, t, x)]],
        teasers=[(t, s, a) for t, _, s, a in EN_CARDS],
        chrome=EN_COMMENTS,
    ),
    # source / title / age / URL, no blank lines (sources of one, two and three words), then a
    # newsletter pitch: the cards end with the last URL, the pitch breaks their shape
    "de-source-title-age-url-pitch": Case(
        head=["BERGLAND-BOTE"],
        title="Die Mühlbachbrücke wird bis zum Herbst saniert",
        story=DE_STORY,
        tail=["Teilen · Drucken", "Mehr aus der Region",
              *[line for (t, s, a), u in zip(DE_URL_CARDS, DE_URLS, strict=True) for line in (s, t, a, u)],
              "Abonnieren Sie unseren Newsletter und lesen Sie jeden Morgen die wichtigsten Meldungen.",
              "Impressum · Datenschutz"],
        teasers=DE_URL_CARDS,
        chrome=["Abonnieren Sie unseren Newsletter und lesen Sie jeden Morgen die wichtigsten Meldungen."],
        urls=DE_URLS,
    ),
    # mid-story one-line cards with labels of any wording
    "fr-mid-story-labels": Case(
        head=["LE PETIT RHODANIEN"],
        title="La rue du Marché sera piétonne dès le mois de juin",
        story=FR_STORY,
        tail=[],
        teasers=[("Le marché de Noël déménage sur les quais cette année", None, None),
                 ("La piscine municipale rouvre après deux ans de travaux", None, None)],
    ),
    # bulleted one-line cards with the meta in brackets, age before source
    "es-bulleted-brackets": Case(
        head=["LA VOZ DEL PUERTO"],
        title="El mercado central cerrará seis meses por obras",
        story=ES_STORY,
        tail=["", "Lo más leído", *[f"• {t} ({a} · {s})" for t, _, s, a in ES_CARDS], "",
              "Aviso legal | Política de cookies"],
        teasers=[(t, s, a) for t, _, s, a in ES_CARDS],
        chrome=["Aviso legal | Política de cookies"],
    ),
}


def _mid_story(case: Case) -> str:
    """The French mid-story case: a labelled card between each pair of paragraphs."""
    lines = [*case.head, case.title, case.story[0],
             "VOIR AUSSI → Le marché de Noël déménage sur les quais cette année",
             case.story[1], "À découvrir aussi : La piscine municipale rouvre après deux ans de travaux",
             case.story[2]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", list(CASES))
def test_card_layout(name: str) -> None:
    case = CASES[name]
    dump = _mid_story(case) if name == "fr-mid-story-labels" else case.dump()
    record = clean_text(dump, id=name)
    assert record.title == case.title
    assert record.text.split("\n\n") == case.story
    assert [(t.title, t.source, t.age) for t in record.teasers] == case.teasers
    if case.urls is not None:
        assert [t.url for t in record.teasers] == case.urls
    teaser_text = {v for t in record.teasers for v in (t.title, t.text, t.source, t.age) if v}
    for line in case.chrome:
        assert line not in record.text
        assert line not in teaser_text


ORDERS = ["TMX", "TXM", "MTX", "MXT", "XTM", "XMT"]
"""Field orders of a three-line card: T title, M "Source · age", X excerpt."""


@pytest.mark.parametrize("blank", [False, True], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("lang", "story", "cards"), [("en", EN_STORY, EN_CARDS), ("es", ES_STORY, ES_CARDS)])
def test_three_line_cards_in_any_order(lang: str, story: list[str], cards, order: str, blank: bool) -> None:  # noqa: ANN001
    # the same cards in every field order, with and without blank lines, straight after the
    # story with no heading: the story ends where the first card begins
    tail: list[str] = []
    for t, x, s, a in cards:
        parts = {"T": t, "M": f"{s} · {a}", "X": x}
        tail += ([""] if blank else []) + [parts[c] for c in order]
    record = clean_text("\n".join(["Headline of the local story today", *story, *tail]) + "\n", id=lang)
    assert record.text.split("\n\n") == story
    assert [(t.title, t.text, t.source, t.age) for t in record.teasers] == cards


ONE_LINE = {  # one teaser a line: (line, title, source, age)
    "en-pipes-age-first": [
        ("3 hours ago | Valley Echo | Library opening hours cut to four days a week", "Library opening hours cut to four days a week", "Valley Echo", "3 hours ago"),
        ("yesterday | Town Herald | Bus route 14 to be withdrawn from the hospital", "Bus route 14 to be withdrawn from the hospital", "Town Herald", "yesterday"),
    ],
    "de-dash-comma": [
        ("- Neuer Radweg zwischen Altdorf und Neumühle eröffnet, Bergland-Bote, vor 2 Stunden", "Neuer Radweg zwischen Altdorf und Neumühle eröffnet", "Bergland-Bote", "vor 2 Stunden"),
        ("- Freibad öffnet in diesem Jahr schon im Mai, Talblatt, gestern", "Freibad öffnet in diesem Jahr schon im Mai", "Talblatt", "gestern"),
    ],
    "fr-absolute-dates": [
        ("Le marché de Noël déménage sur les quais cette année · Le Petit Rhodanien · 12 mars 2026", "Le marché de Noël déménage sur les quais cette année", "Le Petit Rhodanien", "12 mars 2026"),
        ("La piscine municipale rouvre après deux ans de travaux · Écho des Vallées · 3 mars 2026", "La piscine municipale rouvre après deux ans de travaux", "Écho des Vallées", "3 mars 2026"),
    ],
    "es-source-first-brackets": [
        ("Diario del Valle: La biblioteca municipal amplía su horario (hace 3 horas)", "La biblioteca municipal amplía su horario", "Diario del Valle", "hace 3 horas"),
        ("La Voz del Puerto: Nuevo carril bici entre la estación y el puerto (ayer)", "Nuevo carril bici entre la estación y el puerto", "La Voz del Puerto", "ayer"),
    ],
    "ja-katakana-dot": [
        ("駅前の再開発ビル、来春の開業が決定・北陸日報・3時間前", "駅前の再開発ビル、来春の開業が決定", "北陸日報", "3時間前"),
        ("市営バスの路線再編、利用者から不安の声・みなと新聞・5時間前", "市営バスの路線再編、利用者から不安の声", "みなと新聞", "5時間前"),
    ],
    "ja-fullwidth-pipe": [
        ("駅前の再開発ビル、来春の開業が決定｜北陸日報｜2026年3月12日", "駅前の再開発ビル、来春の開業が決定", "北陸日報", "2026年3月12日"),
        ("市営バスの路線再編、利用者から不安の声｜みなと新聞｜2026年3月11日", "市営バスの路線再編、利用者から不安の声", "みなと新聞", "2026年3月11日"),
    ],
}
STORIES = {"en": EN_STORY, "de": DE_STORY, "fr": FR_STORY, "es": ES_STORY, "ja": JA_STORY}


@pytest.mark.parametrize("name", list(ONE_LINE))
def test_one_line_teasers(name: str) -> None:
    story = STORIES[name[:2]]
    cards = ONE_LINE[name]
    dump = "\n".join(["Headline of the local story today", *story, "", *[c[0] for c in cards]]) + "\n"
    record = clean_text(dump, id=name)
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == [c[1:] for c in cards]


@pytest.mark.parametrize("blank", [False, True], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize("order", ["TSAX", "SATX", "TXSA", "ATSX"])
def test_source_and_age_on_lines_of_their_own(order: str, blank: bool) -> None:
    # source and age each on a line of their own, under a comment widget with no heading
    tail = list(EN_COMMENTS)
    for t, x, s, a in EN_CARDS:
        parts = {"T": t, "S": s, "A": a, "X": x}
        tail += ([""] if blank else []) + [parts[c] for c in order]
    record = clean_text("\n".join(["Headline of the local story today", *EN_STORY, *tail]) + "\n", id=order)
    assert record.text.split("\n\n") == EN_STORY
    assert [(t.title, t.text, t.source, t.age) for t in record.teasers] == EN_CARDS
    teaser_text = {v for t in record.teasers for v in (t.title, t.text, t.source, t.age) if v}
    assert not teaser_text & set(EN_COMMENTS)


DE_COMMENTS = ["Leserkommentare (2)", "Sortieren nach: Beliebteste", "hans_k · vor 1 Stunde",
               "Endlich wird da etwas gemacht, die Brücke ist seit Jahren marode.",
               "Antworten · Melden", "Gerda M. · vor 3 Stunden",
               "Und wer bezahlt das am Ende? Natürlich wieder wir Bürger.", "Antworten · Melden"]
MORE_LAYOUTS = {
    # numbered titles, each over its meta line, under a comment widget with no heading
    "de-numbered-title-meta-under-comments": (
        DE_STORY, [*DE_COMMENTS, *[line for k, (t, s, a) in enumerate(DE_CARDS, 1) for line in (f"{k}. {t}", f"{s} · {a}")]],
        DE_CARDS, DE_COMMENTS),
    # bulleted titles over "Source | age", blank lines between
    "es-bulleted-title-meta": (
        ES_STORY, ["", "Te puede interesar", *[line for t, _, s, a in ES_CARDS for line in ("", f"• {t}", f"{s} | {a}")]],
        [(t, s, a) for t, _, s, a in ES_CARDS], []),
    # a "Read more →" line closes each card
    "en-read-more-per-card": (
        EN_STORY, ["More stories", *[line for t, x, s, a in EN_CARDS for line in (t, x, f"{s} · {a}", "Read more →")]],
        [(t, s, a) for t, _, s, a in EN_CARDS], ["Read more →"]),
    # a meta line of three fields: author, source, age
    "fr-author-source-age": (
        FR_STORY, ["À lire aussi", "", *[line for t, s, a in FR_CARDS for line in (t, f"Par Anne Morel · {s} · {a}", "")]],
        FR_CARDS, []),
}


@pytest.mark.parametrize("name", list(MORE_LAYOUTS))
def test_more_layouts(name: str) -> None:
    story, tail, cards, chrome = MORE_LAYOUTS[name]
    record = clean_text("\n".join(["Headline of the local story today", *story, *tail]) + "\n", id=name)
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == cards
    teaser_text = {v for t in record.teasers for v in (t.title, t.text, t.source, t.age) if v}
    assert not teaser_text & set(chrome)


def _cards_after(story: list[str], tail: list[str]) -> Any:  # noqa: ANN401
    return clean_text("\n".join(["Headline of the local story today", *story, *tail]) + "\n", id="cards")


ES_META_LAYOUTS = {
    # labelled field lines: "Fuente: X" and "Publicado: age"
    "labelled-fields": lambda t, x, s, a: [t, f"Fuente: {s}", f"Publicado {a}"],
    # a section kicker over each title
    "kicker": lambda t, x, s, a: ["CULTURA", t, f"{s} · {a}"],
    # a reading time line in each card
    "reading-time": lambda t, x, s, a: [t, x, f"{s} · {a}", "3 min de lectura"],
    # separator lines between cards
    "separator-lines": lambda t, x, s, a: ["---", t, f"{s} | {a}"],
    # capitalised ages and « » quoted titles
    "quoted-titles": lambda t, x, s, a: [f"«{t}»", f"{s} · {a.capitalize()}"],
    # tab-separated one-line cards
    "tabs": lambda t, x, s, a: [f"{t}\t{s}\t{a}"],
}


@pytest.mark.parametrize("name", list(ES_META_LAYOUTS))
def test_spanish_card_fields(name: str) -> None:
    tail = ["", "Más noticias"]
    for card in ES_CARDS:
        tail += ES_META_LAYOUTS[name](*card)
    record = _cards_after(ES_STORY, tail)
    assert record.text.split("\n\n") == ES_STORY
    got = [(t.title, t.source, (t.age or "").lower()) for t in record.teasers]
    assert got == [(t, s, a) for t, _, s, a in ES_CARDS]


def test_a_topic_before_a_colon_in_one_card_is_no_source() -> None:
    # "Name: Title" is a source only when every card of the list begins so
    cards = ["Valle Alto: La biblioteca municipal amplía su horario (hace 3 horas)",
             "Nuevo carril bici entre la estación y el puerto (ayer)"]
    record = _cards_after(ES_STORY, ["", "Más noticias", *cards])
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Valle Alto: La biblioteca municipal amplía su horario", None, "hace 3 horas"),
        ("Nuevo carril bici entre la estación y el puerto", None, "ayer")]


MID_STORY = {  # a teaser between the first two paragraphs: lines, title, source, age
    "de-label-no-colon": (DE_STORY, ["Lesen Sie auch: Freibad öffnet in diesem Jahr schon im Mai"],
                          "Freibad öffnet in diesem Jahr schon im Mai", None, None),
    "es-arrow-with-meta": (ES_STORY, ["Lee también → El festival de jazz regresa al claustro del antiguo convento (ayer)"],
                           "El festival de jazz regresa al claustro del antiguo convento", None, "ayer"),
    "fr-card-of-two-lines": ([*FR_STORY, "Les travaux d'aménagement commenceront en mai et dureront trois semaines."], ["À LIRE AUSSI", "La piscine municipale rouvre après deux ans de travaux",
                                        "Le Petit Rhodanien · hier"],
                             "La piscine municipale rouvre après deux ans de travaux", "Le Petit Rhodanien", "hier"),
    "ja-label": (JA_STORY, ["【関連記事】駅前の再開発ビル、来春の開業が決定"], "駅前の再開発ビル、来春の開業が決定", None, None),
}


@pytest.mark.parametrize("name", list(MID_STORY))
def test_mid_story_teasers(name: str) -> None:
    # the teaser stands after the first paragraph; a card with a meta line after the second,
    # with two more after it (a card after a first paragraph shorter than the rest is not
    # read, nor one before the last paragraph: that is a card with its excerpt)
    story, lines, title, source, age = MID_STORY[name]
    at = 2 if name == "fr-card-of-two-lines" else 1
    record = clean_text("\n".join(["Headline of the local story today", *story[:at], *lines, *story[at:]]) + "\n", id=name)
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == [(title, source, age)]


FR_COMMENTS = ["Réactions (2)", "Trier : les plus récentes", "Marc_74 · il y a 2 h",
               "Enfin ! J'attendais ça depuis des mois, bravo à la régie.", "12 J'aime · Répondre · Signaler",
               "claire.d · il y a 5 h", "Dommage que les horaires du soir ne changent pas.",
               "3 J'aime · Répondre · Signaler"]
DE_EXCERPT = "Die Stadtverwaltung hat am Montag neue Pläne dafür vorgestellt und will bald entscheiden"
PROBES = {  # story, the lines after it, the teasers (title, source, age)
    "fr-one-line-hyphens-under-comments": (
        FR_STORY, [*FR_COMMENTS, *[f"{t} - {s} - {a}" for t, s, a in FR_CARDS]], FR_CARDS),
    "en-slash-dates": (
        EN_STORY, ["", "Latest", *[line for t, _, s, _ in EN_CARDS for line in ("", t, f"{s} - 12/03/2026")]],
        [(t, s, "12/03/2026") for t, _, s, _ in EN_CARDS]),
    "de-meta-title-excerpt-under-comments": (
        DE_STORY, [*DE_COMMENTS, *[line for t, s, a in DE_CARDS for line in (f"{s} | {a}", t, DE_EXCERPT)]], DE_CARDS),
    "es-title-source-age-url": (
        ES_STORY, ["Más noticias", *[line for k, (t, _, s, a) in enumerate(ES_CARDS)
                                     for line in (t, s, a, f"https://diario.example/{k}")]],
        [(t, s, a) for t, _, s, a in ES_CARDS]),
    "en-bullets-square-brackets": (
        EN_STORY, ["", "Related", *[f"- {t} [{s}, {a}]" for t, _, s, a in EN_CARDS]],
        [(t, s, a) for t, _, s, a in EN_CARDS]),
    "ja-meta-first": (JA_STORY, ["関連記事", *[line for t, s, a in JA_CARDS for line in (f"{s}｜{a}", t)]], JA_CARDS),
    "fr-numbers-on-lines-of-their-own": (
        FR_STORY, ["", "Les plus lus", *[line for k, (t, s, a) in enumerate(FR_CARDS, 1) for line in (f"{k}", t, f"{s} · {a}")]],
        FR_CARDS),
}


@pytest.mark.parametrize("name", list(PROBES))
def test_more_card_layouts(name: str) -> None:
    story, tail, cards = PROBES[name]
    record = _cards_after(story, tail)
    assert record.text.split("\n\n") == story
    assert [(t.title, t.source, t.age) for t in record.teasers] == cards


ES_COMMENTS = ["Comentarios (2)", "Ordenar por: Más recientes", "pepe_g · hace 1 hora",
               "Ya era hora de que arreglaran el mercado, estaba fatal.", "Me gusta · Responder · Denunciar",
               "lucia.m · hace 4 horas", "¿Y dónde van a aparcar los clientes durante las obras?",
               "Me gusta · Responder · Denunciar"]


GRID = {  # story, cards (title, excerpt, source, age), comment widget, heading
    "es": (ES_STORY, ES_CARDS, ES_COMMENTS, "Más noticias"),
    "de": (DE_STORY, [(t, DE_EXCERPT, s, a) for t, s, a in DE_CARDS], DE_COMMENTS, "Mehr zum Thema"),
    "fr": (FR_STORY, [(t, "La mairie a présenté lundi un calendrier détaillé des travaux aux habitants du quartier", s, a)
                      for t, s, a in FR_CARDS], FR_COMMENTS, "À lire aussi"),
    "en": (EN_STORY, EN_CARDS, EN_COMMENTS, "More stories"),
}


@pytest.mark.parametrize("lang", list(GRID))
def test_card_layout_grid(lang: str) -> None:
    # every field order (T title, M meta, X excerpt, S source, A age) with and without blank
    # lines, a heading (one the bundled rules know, for de and fr), a comment widget above,
    # and each meta separator: 256 dumps
    story, cards, comments_, heading_ = GRID[lang]
    failed = []
    for order, blank, heading, comments, sep in itertools.product(
            ["TMX", "TXM", "MTX", "XTM", "TM", "MT", "TSA", "ATS"], [False, True], [False, True],
            [False, True], [" · ", " | ", " — ", ", "]):
        tail = [*(comments_ if comments else []), *([heading_] if heading else [])]
        for t, x, s, a in cards:
            parts = {"T": t, "M": f"{s}{sep}{a}", "X": x, "S": s, "A": a}
            tail += ([""] if blank else []) + [parts[c] for c in order]
        record = _cards_after(story, [*tail, "Aviso legal | Cookies"])
        if record.text.split("\n\n") != story or [(t.title, t.source, t.age) for t in record.teasers] != [
                (t, s, a) for t, _, s, a in cards]:
            failed.append((order, blank, heading, comments, sep))
    assert failed == []
