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


def test_a_teaser_line_whose_field_the_card_parsed_otherwise_is_removed() -> None:
    """A card line standing for a field its parsed fields give another value (an excerpt
    read as the source, the meta line under it parsed into source and age) is no field of
    the record: it is listed in ``removed``, not lost (fresh-user 13 kind H1; Swahili)."""
    from declutter.blocks import TEASER, Block, Page
    from declutter.content.assemble import assemble

    def line(n: int, text: str, field: str) -> Block:
        return Block(index=n, text=text, kind="p", label=TEASER, rule="heuristic.teaser",
                     field=field, teaser=0)

    page = Page(id="t", format="html", blocks=[line(0, "Redio yarudi hewani", "title"),
                                line(1, "Matangazo kila wiki", "source"),
                                line(2, "Redio Tanzania · siku 2 zilizopita", "age")])
    page.new_teaser(source="Redio Tanzania", age="siku 2 zilizopita")
    record = assemble(page)
    assert record.teasers[0].source == "Redio Tanzania"
    assert [r.text for r in record.removed] == ["Matangazo kila wiki"]


def test_a_teaser_line_with_words_no_field_holds_is_removed_not_lost() -> None:
    """A meta line read as its age alone, its source left unread ("Nuesa · 5 eur" gave the
    age "5 eur": "Nuesa" was in no field and in no removal, fresh18 D6), is listed in
    ``removed``; a title line's rank number ("12.") or label ("Оқыңыз:") is what it was read
    by, not a dropped line (Kazakh)."""
    from declutter.blocks import TEASER, Block, Page
    from declutter.content.assemble import assemble

    def line(n: int, text: str, field: str, teaser: int) -> Block:
        return Block(index=n, text=text, kind="p", label=TEASER, rule="heuristic.dump-teaser",
                     field=field, teaser=teaser)

    page = Page(id="t", format="text", blocks=[
        line(0, "Алматыда жаңа көпір ашылды", "title", 0), line(1, "Дала · 5 сағ", "age", 0),
        line(2, "12. Астанада қар жауды", "title", 1),
        line(3, "Оқыңыз: Шымкентте су құбыры жөнделді", "title", 2)])
    page.new_teaser(age="5 сағ")
    page.new_teaser(title="Астанада қар жауды")
    page.new_teaser(title="Шымкентте су құбыры жөнделді")
    record = assemble(page)
    assert [t.age for t in record.teasers] == ["5 сағ", None, None]
    assert [r.text for r in record.removed] == ["Дала · 5 сағ"]
