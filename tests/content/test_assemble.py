"""The record's headline is its title, never also a removed block."""

from __future__ import annotations

from locations import SAMPLES

from declutter import clean_html

PARAGRAPH = "<p>" + "Divers found the wreck of the paddle steamer in twelve metres of water. " * 4 + "</p>"


def _page(before_article: str) -> str:
    return ("<html><head><meta property='og:title' content='Paddle steamer wreck found off the point'>"
            f"</head><body><header>{before_article}</header><main><article>{PARAGRAPH * 3}"
            "</article></main></body></html>")


def test_headline_outside_the_story_is_the_title_not_a_removal() -> None:
    record = clean_html(_page("<h1>Paddle steamer wreck found off the point</h1>"))
    assert record.title == "Paddle steamer wreck found off the point"
    assert not [r for r in record.removed if r.text == record.title]


def test_a_breadcrumb_copy_stays_removed_the_heading_goes() -> None:
    record = clean_html(_page("<nav><ul><li><a href='/'>Home</a></li><li>Paddle steamer wreck found "
                              "off the point</li></ul></nav><h1>Paddle steamer wreck found off the "
                              "point</h1>"))
    copies = [r for r in record.removed if r.text == record.title]
    assert len(copies) == 1  # the breadcrumb entry; the <h1> is the title


def test_samples_never_list_their_title_as_removed() -> None:
    checked = 0
    for path in sorted((SAMPLES / "html").glob("*.htm*")):
        record = clean_html(path.read_bytes())
        checked += 1
        assert record.title and record.title not in [r.text for r in record.removed], path.name
    assert checked == 7
