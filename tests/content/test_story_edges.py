"""Chrome at the end of an HTML story's body, read by shape (fresh-user report 8, kind H2): a
share row of short pieces and a one-name photo credit; a page of our own in Dutch."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_NL = (
    "De gemeenteraad van Utrecht heeft donderdag ingestemd met de bouw van een nieuw "
    "concertgebouw met tweeduizend plaatsen aan de Vaartsche Rijn.",
    "Het project kost ruim vijftig miljoen euro, waarvan de helft uit Europese fondsen komt, "
    "zei de wethouder na afloop van de vergadering.",
    "Het gebouw krijgt een grote zaal voor symfonische muziek, een kleine zaal voor kamermuziek "
    "en een openluchtpodium voor de zomer.",
)


def _labels(between: str, after: str) -> dict[str, tuple[str | None, str | None]]:
    paragraphs = [f"<p>{p}</p>" for p in _NL]
    html = ("<html><body><article><h1>Utrecht krijgt een nieuw concertgebouw</h1>"
            f"{paragraphs[0]}{paragraphs[1]}{between}{paragraphs[2]}{after}</article></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_a_share_row_after_the_last_paragraph_goes() -> None:
    row = "Deel dit artikel: Facebook · WhatsApp · Telegram · E-mail · Link kopiëren"
    labels = _labels("", f"<p>{row}</p>")
    assert labels[row][0] == BOILERPLATE
    assert [v[0] for k, v in labels.items() if k in _NL] == [STORY] * 3


def test_a_one_name_credit_between_paragraphs_goes() -> None:
    labels = _labels("<p>Beeld: Gemeente Utrecht</p>", "")
    assert labels["Beeld: Gemeente Utrecht"] == (BOILERPLATE, "heuristic.caption")


def test_a_sentence_with_a_colon_between_paragraphs_stays() -> None:
    labels = _labels("<p>Let op: de plannen kunnen nog wijzigen.</p>", "")
    assert labels["Let op: de plannen kunnen nog wijzigen."][0] == STORY


def test_an_interview_line_between_paragraphs_stays() -> None:
    labels = _labels("<p>Jansen: En de paardenkoetsen …</p>", "")
    assert labels["Jansen: En de paardenkoetsen …"][0] == STORY


# Fresh-user report 10, kind H6: a story set as a description list, its parts headed by
# <dt> terms over <dd> paragraphs; a page of our own in Dutch.
def _dl_labels(body: str) -> dict[str, tuple[str | None, str | None]]:
    html = f"<html><body><h1>Utrecht krijgt een nieuw concertgebouw</h1>{body}</body></html>"
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_a_description_lists_first_term_over_a_paragraph_stays() -> None:
    labels = _dl_labels(f"<dl><dt>Het plan</dt><dd>{_NL[0]}</dd><dd>{_NL[1]}</dd>"
                        f"<dt>De kosten</dt><dd>{_NL[2]}</dd></dl>")
    assert labels["Het plan"][0] == STORY
    assert labels["De kosten"][0] == STORY


def test_a_term_over_a_short_value_before_the_story_goes() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _NL)
    labels = _dl_labels(f"<div><dl><dt>Auteur</dt><dd>Jan de Vries</dd></dl>{paragraphs}</div>")
    assert labels["Auteur"][0] == BOILERPLATE
