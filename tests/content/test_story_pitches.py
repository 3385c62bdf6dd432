# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Pitches among a dump story's paragraphs (:mod:`declutter.content.story_pitches`): a short
exclamation that speaks of the site, not of the story, in any language; a story's own
exclamation stays. Written for these tests in Swahili, in no site's wording."""

from __future__ import annotations

from declutter import clean_text

HEADLINE = "Serikali yazindua mpango mpya wa maji safi mjini Dodoma"
BYLINE = "Habari Leo · saa 3 zilizopita"
STORY = [
    "Serikali imezindua mpango wa kusambaza maji safi kwa kaya elfu hamsini katika mji wa Dodoma, ikilenga kumaliza uhaba wa maji unaoathiri wakazi kwa miaka mingi.",
    "Waziri wa Maji alisema mradi huo utagharimu shilingi bilioni mia mbili na utakamilika ndani ya miezi kumi na nane.",
    "Wakazi wa mitaa ya pembezoni walikaribisha mpango huo, lakini walitaka uwazi katika matumizi ya fedha za mradi.",
    "Mamlaka ya maji ya jiji itaajiri mafundi mia tatu kwa ajili ya kazi za ujenzi wa mabomba mapya.",
]
PITCH = "Pakua programu yetu upate habari kwanza kila siku!"


def _clean(middle: str) -> tuple[list[str], set[str]]:
    dump = "\n".join([HEADLINE, BYLINE, *STORY[:2], middle, *STORY[2:]]) + "\n"
    record = clean_text(dump, id="maji")
    return record.text.split("\n\n"), {r.text for r in record.removed or []}


def test_an_app_pitch_between_paragraphs_is_removed() -> None:
    text, removed = _clean(PITCH)
    assert text == STORY
    assert PITCH in removed


def test_the_story_s_own_exclamation_stays() -> None:
    # it speaks of the story's matter: its words stand in the paragraphs around it
    own = "Mradi huu wa maji safi utabadilisha maisha ya wakazi wa Dodoma!"
    text, _ = _clean(own)
    assert text == [*STORY[:2], own, *STORY[2:]]
