"""Mid-story card kinds a fresh user met on dumps (round 6), each on a dump of our own in a
third language: a "read also" card of several lines (label, title, source and age) inside
the story takes no headline nor story paragraphs, and its label is no source; a site's name
over the headline is no headline; a byline's introducing word makes no site name."""

from __future__ import annotations

from midstory_card_dumps import (
    AR_CASELESS_MASTHEAD,
    DE_CARD_LABEL_SOURCE,
    FR_BYLINE_INTRODUCED,
    FR_CARD_LONG_TITLE,
    NL_CARD_UNDER_TWO_PARAGRAPHS,
    PL_CARD_WITHOUT_META,
    PT_SITE_NAME_OVER_HEADLINE,
)

from declutter import clean_text


def _paragraphs(dump: str) -> list[str]:
    """The dump's story paragraphs: its lines of more than twelve words ending in a full stop
    (the fixtures' story lines; their chrome and card lines are shorter or end otherwise)."""
    return [line for line in dump.splitlines()
            if len(line.split()) > 12 and line.rstrip().endswith(".") and not line.startswith("©")]


def test_a_card_under_the_first_paragraphs_steals_no_headline() -> None:
    # headline, "Source · age", two paragraphs, "Lees ook:", a title, "Source · age", three
    # paragraphs: the run after the card is the longer, but the story starts under the head
    result = clean_text(NL_CARD_UNDER_TWO_PARAGRAPHS, id="nl-card")
    lines = NL_CARD_UNDER_TWO_PARAGRAPHS.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == _paragraphs(NL_CARD_UNDER_TWO_PARAGRAPHS)
    assert [(t.title, t.source, t.age) for t in result.teasers] == [
        (lines[5], "Stentor Regio", "3 uur geleden")]


def test_a_card_with_a_sentence_long_title_swallows_no_story_paragraphs() -> None:
    # "À lire aussi", a title of fifteen words with no full stop, its source, its age on lines
    # of their own: the story goes on under the card
    result = clean_text(FR_CARD_LONG_TITLE, id="fr-card")
    lines = FR_CARD_LONG_TITLE.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == _paragraphs(FR_CARD_LONG_TITLE)
    assert [(t.title, t.source, t.age) for t in result.teasers] == [
        (lines[6], "Le Progrès Économie", "il y a 4 heures")]


def test_a_cards_label_over_its_title_is_not_its_source() -> None:
    # "Lesen Sie auch" / title / "Borkener Zeitung" / "vor 3 Stunden": the line under the
    # title is the source, the one over it the card's label (no field)
    result = clean_text(DE_CARD_LABEL_SOURCE, id="de-card")
    lines = DE_CARD_LABEL_SOURCE.splitlines()
    assert [(t.title, t.source, t.age, t.text) for t in result.teasers] == [
        (lines[5], "Borkener Zeitung", "vor 3 Stunden", None)]
    assert result.text.split("\n\n") == _paragraphs(DE_CARD_LABEL_SOURCE)


def test_the_sites_name_over_a_long_headline_is_not_the_headline() -> None:
    # "O Correio do Douro" (short, no punctuation, said again in the app pitch and the copyright
    # line) over a headline as long as a standfirst: the headline is the title, not story
    result = clean_text(PT_SITE_NAME_OVER_HEADLINE, id="pt-site")
    lines = PT_SITE_NAME_OVER_HEADLINE.splitlines()
    assert result.title == lines[1]
    assert lines[1] not in result.text
    assert result.text.startswith(lines[3])


def test_a_bylines_introducing_word_the_page_repeats_makes_no_site_name() -> None:
    # "Par Julien Morel | 3 avril 2026" on a page with "Partager par e-mail": "par" is a
    # function word there, so the name is a person's, without it
    meta = clean_text(FR_BYLINE_INTRODUCED, id="fr-byline").meta
    assert meta.get("author") == "Julien Morel"
    assert "site_name" not in meta


def test_a_page_too_short_for_a_card_above_its_story_reads_without_error() -> None:
    # two lines, no story run: nothing above the run to carry it back across
    dump = "Crónica del puerto\nEl ayuntamiento aprobó ayer el nuevo paseo marítimo.\n"
    result = clean_text(dump, id="short")
    assert result.error in (None, "no story found")


def test_a_card_without_a_meta_line_is_a_teaser() -> None:
    # "Przeczytaj także" / a title / its one-line summary, no source nor age, between two
    # story paragraphs: a teaser (title and text), its label dropped, the story goes on
    result = clean_text(PL_CARD_WITHOUT_META, id="pl-card")
    lines = PL_CARD_WITHOUT_META.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == _paragraphs(PL_CARD_WITHOUT_META)
    assert [(t.title, t.source, t.age, t.text) for t in result.teasers] == [
        (lines[5], None, None, lines[6])]
    assert lines[4] in [r.text for r in result.removed]


def test_a_caseless_masthead_named_again_is_not_the_headline() -> None:
    # "Name — tagline" in a script without capitals (Arabic; shown on Hindi) over the headline:
    # the name stands again in the byline and the copyright line, so it is the site's masthead
    result = clean_text(AR_CASELESS_MASTHEAD, id="ar-masthead")
    lines = AR_CASELESS_MASTHEAD.splitlines()
    assert result.title == lines[1]
    assert result.text.split("\n\n") == lines[3:7]
    assert lines[0] in [r.text for r in result.removed if r.rule == "heuristic.masthead"]
    # a caseless "Name — tagline" named nowhere else is read as before (no masthead)
    alone = AR_CASELESS_MASTHEAD.replace(lines[0], "النيل — حكاية نهر")
    assert not [r for r in clean_text(alone, id="ar-2").removed if r.rule == "heuristic.masthead"]
