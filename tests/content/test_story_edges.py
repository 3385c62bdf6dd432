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


_ID = "".join(f"<p>{p}</p>" for p in (
    "Pemerintah kota meresmikan jalur kereta ringan yang menghubungkan pusat kota dengan "
    "pelabuhan setelah pembangunan selama tiga tahun.",
    "Menurut operator, jalur tersebut diperkirakan melayani sekitar delapan ribu penumpang "
    "setiap hari pada bulan pertama.",
    "Para pedagang di sekitar stasiun berharap jumlah pembeli meningkat setelah layanan mulai "
    "beroperasi penuh.",
))


def test_an_exclaimed_pitch_at_the_story_foot_goes_whatever_its_words() -> None:
    # (fresh-user report 11, kinds H7/H9; Indonesian) an app pitch as the story's last <p>,
    # under a share row, ending in an exclamation and sharing no content word with the story's
    # prose: the dump reader's foot pitch (foot_pitches.foot_pitch)
    html = ("<html><body><table><tr><td><h2>Jalur kereta ringan ke pelabuhan diresmikan</h2>"
            f"{_ID}<p>Bagikan: Facebook · X · WhatsApp</p>"
            "<p>Pasang aplikasi kami sekarang juga, jangan lewatkan berita penting!</p>"
            "</td></tr></table></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    assert [b.label for b in page.blocks if b.kind == "p"][:3] == [STORY] * 3
    assert (page.blocks[-1].label, page.blocks[-1].rule) == (BOILERPLATE, "heuristic.pitch")
    assert page.blocks[-2].label == BOILERPLATE  # the share row above it, the story's tail then
