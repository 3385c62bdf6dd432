"""Controls in a story's text (:func:`declutter.content.story_boxes.control_rows`)."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_IT = (
    "Il consiglio comunale ha approvato giovedì sera la concessione delle vecchie case dei "
    "guardiani del faro all'università.",
    "Le tre case, vuote da quando il faro è stato automatizzato, ospiteranno laboratori e un "
    "piccolo acquario.",
    "La concessione dura venticinque anni per un affitto simbolico di un euro all'anno.",
)


def test_a_row_of_bracketed_controls_goes() -> None:
    # fresh-user report 14, kind H9, in Italian: a text-only page's buttons in brackets, in a
    # table cell of <br> lines, the story's text before it and reader comments after it
    story = "".join(f"{p}<br><br>" for p in _IT)
    page = parse_html(
        "<html><body><table><tr><td><font size=5><b>Le case del faro diventano un laboratorio</b>"
        f"</font><br><br>{story}<hr><b>Condividi:</b> [Email] [Stampa] [Facebook]<br><hr>"
        "<b>Commenti</b><br><i>Luca</i> ha scritto 2 ore fa:<br>Era ora, finalmente!<br>"
        "Mi piace (4) · Rispondi<br><br><i>Anna B</i> ha scritto 1 ora fa:<br>E il parcheggio?<br>"
        "Mi piace (0) · Rispondi<br></td></tr></table></body></html>", id="t")
    label_html(page)
    labels = {b.text: b.label for b in page.blocks}
    assert [labels[p] for p in _IT] == [STORY] * 3
    assert labels["Condividi: [Email] [Stampa] [Facebook]"] == BOILERPLATE
