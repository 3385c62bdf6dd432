# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Teaser cards of text dumps: the kinds of failure met on the generator's tuned-on families,
each in a dump or a line of our own (wordings not in the generator)."""

from __future__ import annotations

import pytest

from declutter import clean_text
from declutter.blocks import TEASER
from declutter.content.ages import is_age, is_age_fast
from declutter.content.card_lines import card_line_fields, meta_fields
from declutter.content.line_shapes import shape_of
from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline, parse

STORY = [
    "The harbour authority said on Tuesday that dredging of the outer channel will start in March and last for about eleven weeks.",
    "Ships of more than two hundred metres will be held at anchor during the night shifts, when the dredgers work closest to the quay.",
    "Fishermen asked for compensation for the weeks in which the western moorings cannot be reached, and the authority said it would meet them.",
]
HEADLINE = "Harbour dredging to start in March after years of delay"


def _dump(tail: list[str]) -> str:
    return "\n".join([HEADLINE, "", *STORY, "", *tail]) + "\n"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # the title's own brackets are no meta part: read on to the separators
        ("yesterday · Port Gazette · Ministry of Trade, Industry and Energy (MOTIE) cuts its forecast",
         {"age": "yesterday", "source": "Port Gazette", "title": "Ministry of Trade, Industry and Energy (MOTIE) cuts its forecast"}),
        ("2 h · Port Gazette · New ferry timetable for the islands (PDF)",
         {"age": "2 h", "source": "Port Gazette", "title": "New ferry timetable for the islands (PDF)"}),
        # the words after a dash inside the title are no source unless they read as a name
        ("CAIRO, Egypt — the canal's busiest week in years | 3 hours ago",
         {"age": "3 hours ago", "title": "CAIRO, Egypt — the canal's busiest week in years"}),
        ("Canal traffic reaches a record in spring — Port Gazette · 3h",
         {"title": "Canal traffic reaches a record in spring", "source": "Port Gazette", "age": "3h"}),
    ],
)
def test_one_line_card_fields(line: str, fields: dict[str, str]) -> None:
    assert card_line_fields(line, is_age_fast) == fields


def test_a_sentence_before_an_age_is_a_card_title_not_a_source() -> None:
    # "The lights went out again | 12 June 2025": five words in lower case are no name
    assert meta_fields("The lights went out again | 12 June 2025", (), is_age_fast) == {}
    assert shape_of("The lights went out again | 12 June 2025").shape == "card"
    assert meta_fields("Port Gazette | 12 June 2025", (), is_age_fast) == {
        "source": "Port Gazette", "age": "12 June 2025"}


def test_one_line_cards_whose_title_has_lower_case_words_after_a_dash() -> None:
    cards = [
        "The lights went out again | 12 June 2025",
        "CAIRO, Egypt — the canal's busiest week in years | 3 hours ago",
        "Pilots of the harbour strike for a second day | yesterday",
    ]
    record = clean_text(_dump(["Elsewhere today", *cards]), id="cards")
    assert record.text.split("\n\n") == STORY
    assert [t.title for t in record.teasers] == [c.split(" | ")[0] for c in cards]


def test_a_feature_list_after_the_story_is_no_teaser_list() -> None:
    # title-like lines without bullets, meta lines or a second field: a product's features,
    # a list of venues, subheadings; no card
    features = [
        "Waterproof casing rated for ten metres",
        "Battery lasts for two full days of use",
        "Charges from flat in under an hour",
    ]
    record = clean_text(_dump(["Harbour Cam X2", *features, "Buy now"]), id="features")
    assert record.teasers == []
    assert set(features) <= {r.text for r in record.removed or []}


def test_bulleted_titles_are_teasers() -> None:
    bulleted = ["• Dock workers vote on new shift rota", "• Ferry fares rise by five percent in April"]
    record = clean_text(_dump(["More from the port", *bulleted]), id="bulleted")
    assert [t.title for t in record.teasers] == [b[2:] for b in bulleted]


def test_cjk_headline_in_a_card_is_its_title() -> None:
    # a CJK headline is as long as a sentence, but it does not end like one
    title = "항구 준설 공사 3월 시작, 어민들 보상 요구 나서"
    cards = [title, "부산일보 · 2 hours ago", "", "Dock workers vote on new shift rota", "Port Gazette · 5 hours ago"]
    assert shape_of(title).shape != "prose"
    record = clean_text(_dump(["More stories", "", *cards]), id="cjk")
    assert [t.title for t in record.teasers] == [title, "Dock workers vote on new shift rota"]
    assert shape_of("항구 준설 공사가 3월에 시작된다고 항만청이 화요일에 밝혔으며 어민들은 보상을 요구했다.").shape == "prose"


def test_a_line_of_fields_with_a_link_is_no_labelled_card() -> None:
    assert shape_of("Tested by: Ana Ruiz Price: £40 More info: www.example.org").shape != "label"
    assert shape_of("READ MORE: Dock workers vote on new shift rota").shape == "label"


@pytest.mark.parametrize("text", ["* 3", "1. 1", "+ 2020", "W5", "258 Shares", "Top 25 Promises"])
def test_numbers_without_a_date_word_are_no_age(text: str) -> None:
    assert not is_age(text)


@pytest.mark.parametrize("text", ["2 timmar sedan", "12 czerwca 2025", "3 settimane fa", "14 Kasım 2024", "* 11/19/2019 06:39 PM"])
def test_ages_only_dateparser_reads_are_ages(text: str) -> None:
    assert is_age(text)


# A fresh user's kinds of failure, in dumps of our own: a French headline "Topic : rest" under
# the masthead, pitches written as sentences, a comment widget (sort menu, "name · age",
# the comment, a reaction row), a cookie line, then cards whose titles hold " : ".
FRENCH = """\
LE COURRIER DU LAC
Accueil | Région | Sport | Culture
Réforme des transports : la navette lacustre reprend du service
Écouter l'article
La navette qui relie les deux rives du lac reprendra son service lundi, après quatre mois d'arrêt pour des travaux sur les pontons, a annoncé la régie intercommunale.
Les horaires d'hiver restent en vigueur jusqu'à la fin du mois, avec un départ toutes les quarante minutes entre sept heures et vingt heures.
La régie promet une cadence renforcée à partir d'avril, lorsque deux nouveaux bateaux électriques seront livrés par le chantier naval de la ville voisine.
Téléchargez notre application pour recevoir vos alertes info en temps réel sur votre téléphone.
Inscrivez-vous à notre lettre du matin et recevez chaque jour l'essentiel de l'actualité de votre région.
Ce qu'en disent nos lecteurs (2)
Trier par : Les plus récents
Marc_74 · il y a 2 h
Enfin ! J'attendais ça depuis des mois, bravo à la régie.
12 J'aime · Répondre · Signaler
claire.d · il y a 5 h
Dommage que les horaires du soir ne changent pas.
3 J'aime · Répondre · Signaler
Ce site dépose des traceurs pour mesurer votre visite · Tout accepter · Paramétrer
À lire aussi
Le pont de la Corniche fermé trois week-ends : les itinéraires de déviation
Le Veilleur · il y a 3 h
Pêche : les quotas de perche revus à la baisse pour la saison
Presse Océane · hier
"""

ENGLISH = """\
THE LAKESIDE POST
Home | Local | Sport | Opinion
Ferry service: the lake shuttle returns after four months
The shuttle that links the two shores of the lake will run again on Monday after four months of repairs to its piers, the transport board said on Friday.
Winter timetables stay in force until the end of the month, with a crossing every forty minutes between seven in the morning and eight at night.
The board has promised more frequent crossings from April, when two new electric boats are delivered by the shipyard across the water.
Download our app to get breaking news alerts for your area on your phone.
Sign up to our morning briefing and get the day's top stories in your inbox.
What readers think (2)
Sort: Top comments
dan_w · 3 h
About time, the detour by road was taking me an hour each way.
4 Likes · Reply · Report
lakeside_mum · 6 h
Shame the evening times are not changing at all.
1 Like · Reply · Report
This site stores small files to remember your choices · OK · Learn more
More from the lake
Harbour wall repairs: the work that starts next week
Shore Courier · 2 hours ago
Fishing: perch quotas cut for the coming season
Lakes Weekly · yesterday
"""


@pytest.mark.parametrize(("dump", "story"), [(FRENCH, 4), (ENGLISH, 3)], ids=["fr", "en"])
def test_fresh_user_dump(dump: str, story: int) -> None:
    lines = dump.splitlines()
    record = clean_text(dump, id="fresh")
    assert record.title == lines[2]  # the headline, not the masthead; " : " kept whole
    assert record.text.split("\n\n") == lines[story : story + 3]
    removed = {r.text for r in record.removed or []}
    assert set(lines[story + 3 : story + 5]) <= removed  # the pitches are no story
    # the sort menu, the comments and the cookie line are no teasers; the cards keep " : "
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (lines[-4], *lines[-3].split(" · ")), (lines[-2], *lines[-1].split(" · "))]
    assert set(lines[story + 6 : -5]) <= removed


def test_a_pitch_is_a_sentence_where_the_site_speaks_to_the_reader() -> None:
    assert shape_of("Download our app to get breaking news alerts for your area on your phone.").shape == "chrome"
    # a person quoted, or a sentence with one side only, is prose
    assert shape_of('"We want your vote in our city," the mayor told the crowd on Monday.').shape == "prose"
    assert shape_of("Our correspondent spent a week on the ferry to see how the crews cope with winter.").shape == "prose"


def test_generic_source_age_pattern_checks_the_age() -> None:
    # under a generic "You might also like" heading, "Share · Save" after a title is no
    # "Source · age" line: the rule reads no card from it (the dump reader decides)
    dump = _dump(["You might also like", "Ferry fares rise by five percent in April", "Share · Save",
                  "", "Dock workers vote on new shift rota", "Port Gazette · 2 hours ago"])
    rules = Pipeline().rules
    assert rules.definition("source-age").search("Share · Save")  # the regex alone takes it
    page = parse(RawPage(id="source-age", format="text", content=dump))
    rules.apply(page)
    ruled = [b.text for b in page.blocks if b.label == TEASER and b.rule == "global.also-like"]
    assert "Share · Save" not in ruled and "Ferry fares rise by five percent in April" not in ruled
    record = clean_text(dump, id="source-age")
    assert ("Ferry fares rise by five percent in April", "Share", "Save") not in [
        (t.title, t.source, t.age) for t in record.teasers]


def test_a_lone_paragraph_deep_in_the_chrome_is_no_story() -> None:
    # a photo caption under a long menu, and a cookie note after the footer links: each a
    # sentence, each alone among chrome lines; the story is the run of paragraphs between
    menu = ["Home", "World", "Business", "Science", "Sport", "Culture", "Travel", "Video", "Audio"]
    caption = "In this file photo the outer harbour is seen from the lighthouse on a clear morning in May last year."
    footer = ["About us", "Contact", "Careers", "Advertise", "Terms", "Privacy", "Sitemap", "Help", "Archive"]
    cookie = ("This website stores small files on the device to improve the experience and to measure "
              "visits; continuing to browse means agreeing to it, as the settings page explains in detail.")
    dump = "\n".join([*menu, caption, "Photo: Harbour Archive", HEADLINE, *STORY, *footer, cookie, "OK"]) + "\n"
    record = clean_text(dump, id="lone")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY
    assert {caption, cookie} <= {r.text for r in record.removed or []}


CARDS = [  # title (12, 11, 10 words), excerpt (unclosed, 20-22 words), meta
    ("Dock workers vote on a new shift rota for the container terminal",
     "The union said members would decide by the end of the month whether to accept the offer made last week by the operator",
     "Port Gazette", "2 hours ago"),
    ("Ferry fares rise by five percent in April on all island routes",
     "The operator blamed fuel costs and new safety rules, and said season tickets would keep their old price until the summer",
     "Coast Courier", "yesterday"),
    ("Lighthouse keepers' cottages to become a museum of the shore",
     "The council bought the row of cottages last year and plans to open the museum to visitors in the autumn of next year",
     "Shore Weekly", "12 June 2025"),
]
COMMENTS = ["Readers' views (2)", "Order: newest", "Pat O. · 3 hours ago",
            "Long overdue, the channel has been silting up for a decade now.", "Like · Reply · Report",
            "m_kelly · yesterday", "Who pays for the compensation, the port or the ratepayers?",
            "Like · Reply · Report"]


@pytest.mark.parametrize("blank", [False, True], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize(
    "layout",
    [lambda t, x, s, a: [t, x, f"{s} | {a}"], lambda t, x, s, a: [f"{s} — {a}", t, x]],
    ids=["title-excerpt-meta", "meta-title-excerpt"],
)
def test_cards_with_long_titles_and_unclosed_excerpts(blank: bool, layout) -> None:  # noqa: ANN001
    # a title of 12 words reads as prose by its length and an excerpt may end without a full
    # stop: the shorter of the two unclosed lines is the title, the card's shape decides
    tail = [*COMMENTS, "Elsewhere on the coast"]
    for t, x, s, a in CARDS:
        tail += ([""] if blank else []) + layout(t, x, s, a)
    record = clean_text(_dump(tail), id="long-titles")
    assert record.text.split("\n\n") == STORY
    assert [(t.title, t.text, t.source, t.age) for t in record.teasers] == CARDS


AM_STORY = [
    "በባሕር ዳር አዲስ የአማርኛ ትምህርት ቤት ተከፈተ",
    "በባሕር ዳር ከተማ አዲስ የአማርኛ ትምህርት ቤት ተከፈተ፤ ከሁለት መቶ በላይ ልጆች በአማርኛ ቋንቋ ለመማር ተመዝግበዋል ሲሉ የከተማው ባለሥልጣናት ገልጸዋል።",
    "የትምህርት ቤቱ ርዕሰ መምህር ይህ ቀን ለአካባቢው ማኅበረሰብ ትልቅ ቀን ነው ብለዋል፤ ወላጆችም ልጆቻቸው በራሳቸው ቋንቋ መማራቸው እንዳስደሰታቸው ተናግረዋል።",
    "የአካባቢው ነዋሪዎች ትምህርት ቤቱ ለብዙ ዓመታት ሲጠበቅ የነበረ መሆኑን ገልጸው መንግሥትን አመስግነዋል።",
    "ተዛማጅ ዜናዎች ከሌሎች ምንጮች",  # a heading of four words over the cards
]
AM_CARDS = [
    ("በጎንደር ከተማ የባህል ፌስቲቫል", "አማራ ዜና", "3 ሰዓት በፊት"),
    ("በደሴ ከተማ አዲስ ሆስፒታል", "ወሎ ዜና", "5 ሰዓት በፊት"),
    ("በላሊበላ ከተማ አዲስ ሙዚየም", "ሰሜን ዜና", "8 ሰዓት በፊት"),
]


@pytest.mark.parametrize("close", ["", "።"])
def test_a_heading_over_one_line_cards_in_a_script_without_case_is_no_card_s_title(close: str) -> None:
    """fresh16 D8 (Santali): in a script without case every short title reads as a name, so
    the first of a run of one-line cards, under a title-like heading, read as that heading's
    meta line (author, source, age) and the heading became its title. A card line next to
    another card line is a card of its run. With the script's full stop after each age the
    lines are 11 words, prose by their shape, and read as cards by their repetition."""
    cards = [f"{title} — {source} · {age}{close}" for title, source, age in AM_CARDS]
    record = clean_text("\n".join(AM_STORY + cards) + "\n", id="am-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == AM_CARDS
    assert [r.text for r in record.removed] == [AM_STORY[-1]]
