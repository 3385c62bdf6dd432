# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Lines inside the story run, one at a time: a subheading between paragraphs is story, a line
read as chrome is a subheading only when it announces the paragraph under it, a one-line card
is a teaser, any other chrome is boilerplate."""

from __future__ import annotations

from declutter import clean_text
from declutter.blocks import BOILERPLATE, STORY, TEASER, Page, text_to_blocks
from declutter.content.line_shapes import shapes_of
from declutter.content.story_inside import label_in_run

P1 = ("De gemeenteraad heeft gisteravond ingestemd met het plan om het oude station na bijna "
      "twintig jaar weer te openen voor reizigers.")
P2 = ("De werkzaamheden beginnen in het voorjaar en duren volgens de planning ongeveer achttien "
      "maanden, zo meldt het college.")


def labelled(line: str, after: str = P2) -> tuple[str | None, str | None]:
    """The label and rule the line between P1 and ``after`` gets, the paragraphs being story
    (the run ends with the page)."""
    blocks = text_to_blocks("\n".join([P1, line, after]) + "\n")
    page = Page(id="t", format="text", blocks=blocks)
    shapes = shapes_of(blocks)
    blocks[0].label = STORY
    label_in_run(page, blocks[1], shapes, blocks, end=len(blocks))
    return blocks[1].label, blocks[1].rule


def test_a_subheading_between_paragraphs_is_story() -> None:
    assert labelled("Wat gaat er veranderen voor reizigers") == (STORY, "heuristic.subheading")


def test_a_one_line_card_is_a_teaser_and_a_share_row_is_chrome() -> None:
    assert labelled("Nieuwe bus naar de kust rijdt vanaf mei — Kustkrant · 3 uur geleden")[0] == TEASER
    assert labelled("Delen   Printen   Mailen")[0] == BOILERPLATE


def test_a_line_read_as_chrome_is_a_subheading_only_when_it_announces_its_paragraph() -> None:
    line = "So erkennst du deine Grenzen"  # (the reader addressed: chrome by its shape)
    after = ("Deine Grenzen erkennst du am besten nach einer langen Wanderung, wenn die Beine "
             "schwer werden und der Atem kurz.")
    assert labelled(line, after) == (STORY, "heuristic.subheading")
    assert labelled(line)[0] == BOILERPLATE


# Wolof, written for these tests: a lone read-also card between the story's paragraphs whose
# age no reader knows ("4 waxtu ci ginaaw", "4 hours ago") and no list of cards backs
WO_HEAD = "Ndakaaru ubbi na marse bu bees ci Medina"
WO_STORY = [
    "Meeru Ndakaaru ubbi na tey bennu marse bu bees ci Medina, ginaaw ñetti at yu ñu ko tabax.",
    "Jaaykat yi nee nañu marse bi dafa gëna set te gëna yaatu, te dinañu man a jaay ak ñu bari.",
    "Meer bi dig na ne dinañu defar yeneen marse yu bees ci Pikin ak Rufisk ci at mii.",
]
WO_CARD = ("Ñoom Tivaawan tabax nañu ekool bu mag", "Xibaar Wolof", "4 waxtu ci ginaaw")


def test_a_lone_card_s_source_and_age_are_read_by_their_shape() -> None:
    # its last piece, after a separator, is short and holds a number of one or two digits with
    # its unit word: the card's age, the piece beside it its source; a label over it goes
    from declutter import clean_text

    title, source, age = WO_CARD
    for line in (f"JÀNGAT IT: {title} — {source} · {age}", f"Jàngat it: {title} — {source}, {age}",
                 f"Jàngat it → {title} | {source} | {age}", f"{title} — {source} · {age}",
                 f"JÀNGAT IT: {title} ({source}, {age})"):
        record = clean_text("\n".join([WO_HEAD, WO_STORY[0], line, *WO_STORY[1:]]) + "\n", id="lone")
        assert record.text.split("\n\n") == WO_STORY, line
        assert [(t.title, t.source, t.age) for t in record.teasers] == [WO_CARD], line


def test_a_catalogue_row_with_a_number_before_capitals_is_no_lone_card() -> None:
    # "… — 48 NDIAYE Awa Sall": a number before a name in capitals is no age
    line = "Nataal bu mag ci Ndakaaru, ak xaritam yi — 1911 — 48 NDIAYE Awa Sall"
    assert labelled(line)[0] != TEASER


PL_WIDGET = [  # a listen widget with its length between paragraphs, in no rule's wording
    "Port w Ustce otwarty po dwóch latach remontu nabrzeża",
    "Kurier Pomorski · 3 godz. temu",
    "Prace przy nowym nabrzeżu w porcie w Ustce zakończyły się w piątek, dwa lata po położeniu pierwszego kamienia i długo po terminie, który obiecała gmina.",
    "Zarząd portu powiedział, że nowe nabrzeże pozwoli większym łodziom wyładować połów, a rybacy nie będą już musieli czekać na przypływ.",
    "Posłuchaj tego artykułu · 6 min",
    "Miejscowi rybacy przyjęli wiadomość z radością, ale powiedzieli, że koszt paliwa nadal jest dla floty większym zmartwieniem.",
    "Gmina planuje otworzyć nabrzeże dla mieszkańców wiosną podczas festynu.",
]


def test_a_widget_line_with_a_length_between_paragraphs_is_chrome_not_a_card_nor_the_story_end() -> None:
    """fresh16 D2: "Posłuchaj tego artykułu · 6 min" reads as a meta line (its wording the
    "source", "6 min" the age) and ended the story's run, the two paragraphs under it lost; a
    widget of more words reads as a one-line card with no source and became a teaser. A bare
    count of a unit alone between prose lines is a length: chrome, and the story goes on."""
    record = clean_text("\n".join(PL_WIDGET) + "\n", id="pl-widget")
    assert record.text.split("\n\n") == PL_WIDGET[2:4] + PL_WIDGET[5:]
    assert record.teasers == []
    assert ("heuristic.dump-chrome", "Posłuchaj tego artykułu · 6 min") in [(r.rule, r.text) for r in record.removed]
    longer = [*PL_WIDGET[:4], "Posłuchaj tego artykułu w naszej aplikacji · 6 min", *PL_WIDGET[5:]]
    record = clean_text("\n".join(longer) + "\n", id="pl-widget-card")
    assert record.teasers == [] and len(record.text.split("\n\n")) == 4


def test_a_lone_card_with_a_day_word_age_between_paragraphs_stays_a_card() -> None:
    """A one-line card alone between paragraphs whose age reads as one ("(wczoraj)") is no
    widget: it stays a teaser."""
    card = "Czytaj też → Festiwal jazzowy wraca na dziedziniec starego klasztoru w Gdańsku (wczoraj)"
    record = clean_text("\n".join([*PL_WIDGET[:4], card, *PL_WIDGET[5:]]) + "\n", id="pl-card")
    assert [(t.title, t.age) for t in record.teasers] == [
        ("Festiwal jazzowy wraca na dziedziniec starego klasztoru w Gdańsku", "wczoraj")]
