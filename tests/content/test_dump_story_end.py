# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Where the story of a dump ends: the chrome after the last paragraph holds prose-like lines
(a teaser's long headline, a pitch, a form's notice), each standing between chrome lines; they
carry the story run on no more. Lines written for these tests, in no site's wording."""

from __future__ import annotations

import pytest

from declutter import clean_text

HEADLINE = "Island ferry to run all winter for the first time"
STORY = [
    "The ferry company said on Monday that it would keep its crossing to the outer islands running through the winter months, ending a timetable gap that islanders have complained about for years.",
    "Until now the last sailing of the season left in late October, and residents had to rely on a small plane that could not fly in strong winds or carry more than a few passengers.",
    "The company will use its smaller vessel between November and March, with two return sailings a day instead of five, and it expects the service to lose money in its first winter.",
    "Island councillors welcomed the decision but said the real test would be whether the sailings were kept in bad weather, when they are needed most.",
]
# after the story, two kinds of prose-like lines: long headlines with no sentence end, two in a
# row (a teaser list), and whole sentences one at a time between chrome lines (pitches, notices)
HEADLINES = [
    "Share this",
    "Facebook",
    "More from the coast",
    "Harbour authority plans a second pier for the larger ferries now waiting offshore",
    "Rail operator drops its Sunday service on the coast line after a poor summer",
    "Photos",
    "Video",
    "Fishing fleet asks for a later start to the season as storms push quotas back",
    "Island school to share a head teacher with the mainland as its rolls fall",
    "About us · Contact · Advertise",
]
SENTENCES = [
    "Share this",
    "Newsletter",
    "Have the morning's harbour news sent to your inbox before the first sailing every day.",
    "Sign up",
    "Comments are closed on this article, as on all our reports that name private people.",
    "Weather",
    "Tide tables and sailing times are updated every hour from the harbour master's office.",
    "About us · Contact · Advertise",
]


@pytest.mark.parametrize("trail", [HEADLINES, SENTENCES], ids=["headlines", "sentences"])
def test_prose_like_lines_after_the_story_are_no_story(trail: list[str]) -> None:
    dump = "\n".join([HEADLINE, *STORY, *trail]) + "\n"
    record = clean_text(dump, id="ferry")
    assert record.title == HEADLINE
    assert record.text.split("\n\n") == STORY
    kept = {r.text for r in record.removed or []} | {t.title for t in record.teasers}
    assert set(trail) <= kept  # nothing is lost: every line is removed or a teaser


def test_a_short_lead_paragraph_set_apart_by_an_ad_stays_story() -> None:
    # the first paragraph stands alone (an ad under it), but the story's run follows it
    lead = "Islanders will be able to reach the mainland by ferry every day this winter, the operator said."
    lines = [HEADLINE, lead, "Advertisement", "Story continues below", *STORY[1:], *SENTENCES]
    record = clean_text("\n".join(lines) + "\n", id="ferry-ad")
    assert record.text.split("\n\n") == [lead, *STORY[1:]]


# a listicle story: each item a heading, one paragraph, a shop line; the paragraphs are longer
# than a teaser's dek, so the items are no teaser list
ITEMS = [
    ("Harbour Lantern, rechargeable, for 24 dollars",
     "This lantern runs for two full nights on one charge and is bright enough to read by on deck, which is more than most lanterns at twice the price can manage. It folds flat, so it fits in a coat pocket on the crossing."),
    ("Waterproof Map Case with a shoulder strap for 15 dollars",
     "A clear case that keeps the island maps dry in spray and rain. The strap is long enough to wear across the body, and the seams held up when we dropped it in the harbour twice to see whether it would leak."),
    ("Thermal Flask, one litre, now 19 dollars",
     "It keeps tea hot for the whole winter crossing and a good while after, and the cup on top is wide enough to drink from with gloves on. The lid comes apart for cleaning, which cheaper flasks do not allow."),
]


def test_a_listicle_story_with_a_paragraph_an_item_stays_story() -> None:
    lines = [HEADLINE, STORY[0]]
    for heading, paragraph in ITEMS:
        lines += [heading, paragraph, "Get it at the harbour shop"]
    record = clean_text("\n".join([*lines, *SENTENCES]) + "\n", id="ferry-list")
    paragraphs = record.text.split("\n\n")
    assert [p for p in paragraphs if p in {para for _, para in ITEMS}] == [para for _, para in ITEMS]


def test_a_paragraph_between_mid_story_cards_is_no_lone_line() -> None:
    # cards a rule reads ("Read also: Title") stand between two paragraphs: neither stands alone
    cards = ["Read also: Harbour wall to be rebuilt before the storms", "À lire aussi : Le ferry passe l'hiver",
             "Lesen Sie auch: Fähre fährt im Winter", "Lee también: El ferry navega en invierno"]
    after = "Tickets for the winter sailings go on sale next month at the harbour office."
    record = clean_text("\n".join([HEADLINE, STORY[0], *cards, after, *SENTENCES]) + "\n", id="ferry-cards")
    assert record.text.split("\n\n") == [STORY[0], after]
    assert len(record.teasers) == 4


def test_a_list_a_paragraph_announces_with_a_colon_is_story() -> None:
    # the last paragraph ends with a colon; the list under it (items and links) is the story's
    items = ["1) Harbour Lantern, rechargeable", "https://example.org/lantern", "2) Waterproof Map Case",
             "https://example.org/map-case", "3) Thermal Flask, one litre", "https://example.org/flask"]
    intro = "Before the first winter sailing, here are the three things our reporters took with them on the crossing:"
    record = clean_text("\n".join([HEADLINE, *STORY[:2], intro, *items, *SENTENCES]) + "\n", id="ferry-colon")
    assert record.text.split("\n\n") == [*STORY[:2], intro, *items]


def test_a_share_row_ends_a_colon_list() -> None:
    intro = "Before the first winter sailing, here are the three things our reporters took with them on the crossing:"
    items = ["1) Harbour Lantern, rechargeable", "2) Waterproof Map Case"]
    lines = [HEADLINE, *STORY[:2], intro, *items, "Share: Facebook | X | Email", "3) Thermal Flask, one litre", *SENTENCES]
    record = clean_text("\n".join(lines) + "\n", id="ferry-colon-share")
    assert record.text.split("\n\n") == [*STORY[:2], intro, *items]


def test_the_sites_foot_after_a_long_gap_is_no_story() -> None:
    # related links and menus (more than ten lines), then the site's disclaimer in prose
    # (the foot outweighs the gap's cost, so the plain run took it in)
    gap = ["Elsewhere on the coast today", "Harbour wall works start soon", "Ferry fares to rise in spring",
           "Island school head named", "Popular this week on the coast", "Storm sinks two small boats",
           "New pier plans go on show", "Listen to our harbour podcasts", "Weather and tide times",
           "Jobs in the harbour towns"]
    foot = ["The information on this website is for general guidance only and is no substitute for the advice of the harbour master or the coastguard.",
            "Timetables may change at short notice in bad weather, and the operator accepts no liability for missed connections or for delays."]
    record = clean_text("\n".join([HEADLINE, *STORY, *gap, *foot, "© Harbour Post"]) + "\n", id="ferry-foot")
    assert record.text.split("\n\n") == STORY


def test_a_numbered_list_goes_on_while_its_numbers_do() -> None:
    # a long numbered list (more lines than a colon list is read for) under a paragraph
    # ending in a colon, one item long enough to read as prose: the numbers carry the list on
    intro = "Para quien quiera preparar el invierno en la isla, estas son las ofertas de la semana que hemos elegido:"
    names = ["Linterna recargable", "Funda impermeable para mapas", "Termo de un litro", "Chubasquero ligero",
             "Botas de agua", "Guantes de lana", "Gorro de punto", "Mochila estanca", "Prismáticos plegables",
             "Brújula de bolsillo", "Cuerda de amarre", "Navaja multiusos", "Silbato de emergencia",
             "Manta térmica", "Radio de manivela", "Botiquín de viaje"]
    names[12] = "Silbato de emergencia con cordón fluorescente y brújula pequeña para las salidas de noche en barca"
    items = [line for k, name in enumerate(names, 1) for line in (f"{k}) {name}", f"https://example.org/oferta/{k}")]
    foot = ["Deja un comentario", "Debes iniciar sesión para publicar un comentario.", "Aviso legal · Contacto"]
    record = clean_text("\n".join([HEADLINE, *STORY[:2], intro, *items, *foot]) + "\n", id="numbered-colon")
    assert record.text.split("\n\n") == [*STORY[:2], intro, *items]


FR_STORY = [
    "Le groupe reprend la route au printemps pour fêter ses trente ans, avec une tournée qui passera par une douzaine de grandes salles du pays.",
    "Les billets seront mis en vente vendredi matin sur le site du groupe, et une partie des places sera réservée aux membres de son club.",
]
FR_DATES = ["9 juin – Lyon, Halle Tony Garnier", "12 juin – Nantes, Zénith", "14 juin – Bordeaux, Arkéa Arena",
            "2 juillet – Lille, Le Grand Sud", "5 juillet – Paris, Accor Arena"]


def test_a_schedule_under_the_last_paragraph_is_story() -> None:
    # tour dates under a heading with no colon: lines that start with their dates, counting forward
    lines = [HEADLINE, *FR_STORY, "Les dates de la tournée", *FR_DATES, "Partager", "Mentions légales · Contact"]
    record = clean_text("\n".join(lines) + "\n", id="schedule")
    assert record.text.split("\n\n") == [*FR_STORY, "Les dates de la tournée", *FR_DATES]


def test_dated_lines_newest_first_after_the_story_are_no_schedule() -> None:
    # a list of dated links, newest first (an archive of earlier reports), is no part of the story
    lines = [HEADLINE, *FR_STORY, "Nos articles précédents", *reversed(FR_DATES), "Partager", "Mentions légales · Contact"]
    record = clean_text("\n".join(lines) + "\n", id="archive")
    assert record.text.split("\n\n") == FR_STORY


def test_a_teaser_list_whose_first_headline_reads_as_prose_is_no_story() -> None:
    # headline and dek (whole sentences) a card, no ages; the first headline is long enough
    # to read as prose, so the list looked as if it went on from a paragraph
    cards = [
        "Il porto chiede al governo regionale altri fondi per il nuovo molo dei traghetti più grandi in arrivo",
        "La richiesta arriva dopo un'estate in cui le navi hanno aspettato al largo per ore prima di poter attraccare.",
        "Scuola dell'isola, un solo preside con la terraferma",
        "Il numero degli alunni continua a scendere e il comune teme che la scuola chiuda entro tre anni.",
        "Pesca, la flotta chiede di rinviare la stagione",
        "Le tempeste di ottobre hanno tenuto in porto i pescherecci per quasi tre settimane di fila.",
        "Ferrovia costiera, addio alle corse della domenica",
        "L'azienda dice che i treni della domenica hanno viaggiato quasi vuoti per tutta l'estate scorsa.",
    ]
    lines = [HEADLINE, *STORY, "Da non perdere", *cards, "Chi siamo · Contatti · Pubblicità"]
    record = clean_text("\n".join(lines) + "\n", id="prose-headline-list")
    assert record.text.split("\n\n") == STORY


NL_STORY = [
    "De gemeente wil de oude veerpont over de rivier vervangen door een elektrische boot, die vanaf volgend voorjaar moet varen.",
    "De huidige pont is bijna zestig jaar oud en lag afgelopen winter drie weken stil door een kapotte motor.",
    "Bewoners van de overkant hadden al langer om een betrouwbaardere verbinding gevraagd.",
]
NL_INTRO = "Wat er verandert:"  # three words: shorter than a heading a teaser list may have
NL_ITEMS = ["een boot die op stroom vaart en bij de steiger laadt", "Vaartijden tot middernacht in de zomer", "plaats voor twaalf fietsen"]
NL_AFTER = "De gemeenteraad stemt in juni over het krediet voor de nieuwe boot."


@pytest.mark.parametrize("foot", [["Vind ik leuk 12 | Reageren | Delen", "Reacties (1)", "Jan_K · 2 uur geleden",
                                    "Eindelijk, die oude pont was een ramp.", "Beantwoorden · Melden"],
                                   ["Delen | Reageren", "Colofon · Contact"]])
def test_a_list_whose_first_item_begins_in_lower_case_is_the_storys(foot: list[str]) -> None:
    # a short line ending in a colon under the last paragraph, a list whose first item carries
    # its sentence on (lower case), and a paragraph under the list before the share row: the
    # story's, whatever the introducing line's length
    lines = [HEADLINE, *NL_STORY, NL_INTRO, *NL_ITEMS, NL_AFTER, *foot]
    record = clean_text("\n".join(lines) + "\n", id="lower-case-list")
    assert record.text.split("\n\n") == [*NL_STORY, NL_INTRO, *NL_ITEMS, NL_AFTER]


def test_a_short_heading_over_capitalised_items_after_the_story_is_no_story() -> None:
    # the same short heading over headlines (upper case): a teaser list's, not the story's
    items = [i[0].upper() + i[1:] for i in NL_ITEMS]
    lines = [HEADLINE, *NL_STORY, NL_INTRO, *items, "Delen | Reageren", "Colofon · Contact"]
    record = clean_text("\n".join(lines) + "\n", id="upper-case-list")
    assert record.text.split("\n\n") == NL_STORY


HU_STORY = [
    "A debreceni közgyűlés hétfőn jóváhagyta a harmadik villamosvonal megépítését, amely a belvárost köti össze az egyetemi negyeddel.",
    "A polgármester szerint a vonal naponta mintegy húszezer utast szállít majd, és jelentősen csökkenti a belvárosi forgalmat.",
    "Az ellenzék bírálta a projekt költségeit, amelyek a tervezés óta csaknem a duplájukra nőttek.",
]


def test_a_credit_over_a_pitch_the_run_leaves_out_is_no_subheading() -> None:
    """The story run's last line announces no section ("Fotó: MTI" over an app pitch that
    ends the run): a title-shaped line is a subheading only with story under it (dump_story)."""
    record = clean_text("\n".join([
        "Új villamosvonal indul Debrecenben jövő hónaptól", *HU_STORY, "Fotó: MTI",
        "Töltse le a Hírek Gyűjtő alkalmazást, és ne maradjon le semmiről!"]))
    assert record.text.split("\n\n") == HU_STORY


HI_STORY = [
    "राजधानी जयपुर में ट्राम की दूसरी लाइन अगले महीने आंशिक रूप से चालू होने जा रही है। शुरुआत में सिंधी कैंप से चांदपोल तक चार स्टेशनों पर ट्राम चलेगी।",
    "नगर निगम के प्रबंध निदेशक ने बताया कि हर दिन सुबह सात बजे से रात नौ बजे तक हर दस मिनट पर ट्राम चलेगी।",
    "शहरी योजनाकारों का कहना है कि नई लाइन शुरू होने पर पूर्वी जयपुर का जाम काफी कम होगा।",
    "हालांकि स्टेशनों के आसपास पार्किंग और पैदल रास्तों की कमी को लेकर आलोचना भी हो रही है।",
]


def test_a_foot_pitch_in_a_script_with_vowel_signs() -> None:
    """A pitch at the story's foot is read by its content words whatever the script: a
    Devanagari word holds vowel signs that ``\\w`` does not match (story_foot)."""
    record = clean_text("\n".join([
        "जयपुर में नई ट्राम सेवा अगले महीने से शुरू होगी", *HI_STORY,
        "हमारा ऐप डाउनलोड करें और सबसे पहले ताज़ा समाचार पाएं!", "शेयर करें: फेसबुक | व्हाट्सऐप | ईमेल"]))
    assert record.text.split("\n\n") == HI_STORY
