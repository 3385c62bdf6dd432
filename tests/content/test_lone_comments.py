"""One reader comment at an HTML story's foot, with no second comment to repeat its shape
(fresh-user report 14, kind H8): a page of our own in Czech."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_CS = (
    "Radnice v pondělí otevřela novou tramvajovou trať, která spojuje centrum města s "
    "nádražím, po třech letech stavebních prací.",
    "Podle dopravního podniku by trať měla už v prvním měsíci provozu přepravit zhruba osm "
    "tisíc cestujících denně.",
    "Obchodníci v okolí doufají, že s novými cestujícími přijde do čtvrti i více zákazníků.",
)


def _page(tail: str):
    story = "".join(f"<div>{p}</div>" for p in _CS)
    html = ("<html><body><h1>Nová tramvajová trať spojila centrum s nádražím</h1>"
            f"<div class='b'>{story}</div>{tail}</body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return page


def test_one_comment_of_stamped_name_text_and_counted_row_goes_with_its_heading() -> None:
    page = _page(
        "<div class='q'><h4>Názory čtenářů</h4><div class='r'><span class='a'>Jitka</span>"
        "<span class='d'>před 3 hodinami</span><div>Konečně dobrá zpráva, na tohle jsme v naší "
        "čtvrti čekali dlouhé roky!</div>"
        "<div>Líbí se mi (5) · Odpovědět</div></div></div>"
    )
    labels = {b.text: b.label for b in page.blocks}
    assert [labels[p] for p in _CS] == [STORY] * 3
    assert labels["Jitka před 3 hodinami"] == BOILERPLATE
    assert labels["Konečně dobrá zpráva, na tohle jsme v naší čtvrti čekali dlouhé roky!"] == BOILERPLATE
    assert labels["Názory čtenářů"] == BOILERPLATE


def test_a_quoted_person_with_a_date_is_no_comment_when_no_counted_row_follows() -> None:
    page = _page(
        "<div class='q'><div class='r'><span>Jitka Nováková</span><span>před 3 hodinami</span>"
        "<div>Trať podle ní ulehčí cestu do práce stovkám lidí z okrajových čtvrtí města.</div>"
        "<div>Foto: Jan Malý</div></div></div>"
    )
    labels = {b.text: b.label for b in page.blocks}
    assert labels["Trať podle ní ulehčí cestu do práce stovkám lidí z okrajových čtvrtí města."] == STORY


def test_a_page_of_only_a_comment_widget_has_no_story() -> None:
    # kind H14, in Hungarian: a short line and a counted reaction row are no story
    page = parse_html("<html><body><div class='v'><p>Nagyon jó hír!</p><p>Tetszik (3) · Válasz</p>"
                      "</div></body></html>", id="t")
    label_html(page)
    assert all(b.label == BOILERPLATE for b in page.blocks)


def test_a_short_story_with_prose_keeps_a_reaction_row_question_open() -> None:
    page = _page("<div>Tetszik (3) · Válasz</div>")
    assert [b.label for b in page.blocks if b.text in _CS] == [STORY] * 3
