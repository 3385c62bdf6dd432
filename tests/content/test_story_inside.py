"""Lines inside the story run, one at a time: a subheading between paragraphs is story, a line
read as chrome is a subheading only when it announces the paragraph under it, a one-line card
is a teaser, any other chrome is boilerplate."""

from __future__ import annotations

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
