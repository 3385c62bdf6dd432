"""Failure kinds a fresh user met on aggregator dumps (issue 12), each on dumps of our own:
card ages in languages the regexes do not read, a standfirst without a full stop, a byline
whose date and time a comma splits, two-line cards over a "More" link, a source that is a
number, a dateline word glued to its age, a subheading under a "Read also:" card, a dashed
newsletter pitch at the story's end."""

from __future__ import annotations

import pytest
from fresh_user_dumps import (
    CS_AGE_FIRST,
    DA_ONE_LINE,
    DE_NUMBER_SOURCE,
    DE_UPDATED,
    EL_CARDS,
    EN_BYLINE_DATE,
    EN_DEK,
    EN_NUMBER_SOURCE,
    EN_PITCH_END,
    EN_READ_ALSO,
    EN_UPDATED,
    ES_DEK,
    ES_READ_ALSO,
    FR_NUMBER_SOURCE,
    FR_PITCH_END,
    HU_CARDS,
    ID_CARDS,
    IT_BYLINE_DATE,
    JA_MORE_LINK,
    KO_MORE_LINK,
    KO_YEAR_FIRST,
    SV_CARDS,
    ZH_YEAR_FIRST,
)

from declutter import clean_text


def _cards(dump: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(t.title, t.source, t.age) for t in clean_text(dump, id="fresh").teasers]


def _two_line_cards(dump: str) -> list[tuple[str, str, str]]:
    """(title, source, age) of each "Title / Source · age" pair of a dump, age first or last."""
    lines = dump.splitlines()
    out = []
    for title, meta in zip(lines, lines[1:], strict=False):
        pieces = [p.strip() for p in meta.replace(" | ", " · ").split(" · ")]
        if len(pieces) == 2 and any(ch.isdigit() for ch in meta) and "|" not in title and "·" not in title:
            age_first = pieces[0][:1].isalpha() and not pieces[1][:1].isdigit() and any(
                ch.isdigit() for ch in pieces[0])
            source, age = (pieces[1], pieces[0]) if age_first else (pieces[0], pieces[1])
            out.append((title, source, age))
    return out


@pytest.mark.parametrize("dump", [SV_CARDS, ID_CARDS, EL_CARDS, HU_CARDS, CS_AGE_FIRST],
                         ids=["sv", "id", "el", "hu", "cs-age-first"])
def test_card_ages_in_words_the_regexes_miss_are_read_by_the_cards_layout(dump: str) -> None:
    # "för 3 timmar sedan", "3 jam yang lalu", "πριν από 2 ώρες", "2 órája", "před 2 hodinami":
    # meta lines laid out alike, one per card, each naming another source
    expected = _two_line_cards(dump)
    assert len(expected) == 4
    assert _cards(dump) == expected


def test_one_line_cards_with_an_age_the_regexes_miss() -> None:
    # "Title — Source, for 2 timer siden": the ages' layout repeats, the titles differ
    cards = _cards(DA_ONE_LINE)
    assert [c[1:] for c in cards] == [
        ("Erhvervsnyt", "for 2 timer siden"), ("Hovedstaden", "for 5 timer siden"),
        ("Sportsliv", "for 1 dag siden"), ("Erhvervsnyt", "for 3 dage siden")]
    assert cards[2][0] == "FCK vinder pokalfinalen efter straffespark"


@pytest.mark.parametrize("dump", [EN_DEK, ES_DEK], ids=["en", "es"])
def test_a_standfirst_without_full_stop_is_no_title(dump: str) -> None:
    lines = dump.splitlines()
    record = clean_text(dump, id="dek")
    assert record.title == lines[2]  # the headline, not the longer dek under it
    assert record.text.split("\n\n")[0] == lines[3]  # the dek is the story's standfirst
    assert lines[4] in [r.text for r in record.removed]  # the byline


@pytest.mark.parametrize(("dump", "age"), [(EN_BYLINE_DATE, "Wednesday 12 March 2025, 14:05 GMT"),
                                           (IT_BYLINE_DATE, "mercoledì 12 marzo 2025, 14:05")],
                         ids=["en", "it"])
def test_a_byline_with_a_date_and_time_is_no_card(dump: str, age: str) -> None:
    lines = dump.splitlines()
    record = clean_text(dump, id="byline")
    assert record.teasers == []
    assert record.title == lines[2]
    assert record.meta["age"] == age
    assert lines[3] in [r.text for r in record.removed]


@pytest.mark.parametrize("dump", [KO_MORE_LINK, JA_MORE_LINK], ids=["ko", "ja"])
def test_two_line_cards_over_a_more_link_keep_their_own_meta(dump: str) -> None:
    # "Title / Source · age" pairs with a short "More" line under the last: not cut one off
    expected = _two_line_cards(dump)
    assert len(expected) == 4
    assert _cards(dump) == expected


@pytest.mark.parametrize("dump", [DE_NUMBER_SOURCE, EN_NUMBER_SOURCE, FR_NUMBER_SOURCE],
                         ids=["de", "en", "fr"])
def test_a_source_that_is_a_number_keeps_its_card(dump: str) -> None:
    cards = _cards(dump)
    sources = [c[1] for c in cards]
    assert len(cards) == len([s for s in sources if s]) >= 3
    assert {"24", "360", "9", "20", "7"} & set(sources)
    assert all(c[0] and len(c[0].split()) >= 5 for c in cards)  # each its own title, no excerpt
    assert all(t.text is None for t in clean_text(dump, id="n").teasers)


@pytest.mark.parametrize(("dump", "age"), [(EN_UPDATED, "3 hours ago"), (DE_UPDATED, "vor 3 Stunden")],
                         ids=["en", "de"])
def test_an_updated_line_under_the_byline_is_no_site_name(dump: str, age: str) -> None:
    record = clean_text(dump, id="updated")
    assert "site_name" not in record.meta
    assert record.meta["age"] == age


@pytest.mark.parametrize("dump", [EN_READ_ALSO, ES_READ_ALSO], ids=["en", "es"])
def test_a_subheading_under_a_mid_story_card_stays_in_the_story(dump: str) -> None:
    lines = dump.splitlines()
    label = next(k for k, line in enumerate(lines) if ": " in line and len(line.split()) > 5)
    record = clean_text(dump, id="read-also")
    paragraphs = record.text.split("\n\n")
    assert lines[label + 1] in paragraphs  # the subheading right under the card
    assert paragraphs.index(lines[label + 1]) + 1 == paragraphs.index(lines[label + 2])
    assert [t.title for t in record.teasers] == [lines[label].split(": ", 1)[1]]


@pytest.mark.parametrize("dump", [EN_PITCH_END, FR_PITCH_END], ids=["en", "fr"])
def test_a_dashed_pitch_at_the_story_end_is_removed(dump: str) -> None:
    pitch = next(line for line in dump.splitlines() if " – " in line)
    record = clean_text(dump, id="pitch")
    assert pitch not in record.text
    assert pitch in [r.text for r in record.removed]
    assert record.text.split("\n\n")[-1].endswith(".")


@pytest.mark.parametrize(("dump", "cards"), [(KO_YEAR_FIRST, 4), (ZH_YEAR_FIRST, 3)], ids=["ko", "zh"])
def test_two_line_cards_with_year_first_dates(dump: str, cards: int) -> None:
    # "경제투데이 | 2026.03.14 14:05", "江南日报 | 2026/03/14 09:30": a date as CJK sites print it
    expected = _two_line_cards(dump)
    assert len(expected) == cards
    assert _cards(dump) == expected
