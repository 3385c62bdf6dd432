"""A post's sign-off closing the story ("Posted by <Name> on <date>", issues 12/13 kind 6, seen
in English in an old table-layout page): no story line, in a table cell too. Pages of our own
in Italian."""

from __future__ import annotations

import pytest

from declutter.content.html_story import label_html
from declutter.html import parse_html

_IT = [
    "Il consiglio comunale ha approvato venerdì la costruzione di un nuovo ponte sul fiume che "
    "collegherà le due sponde della città.",
    "Il progetto costa circa venti milioni di euro e dovrebbe essere pronto tra due anni, secondo "
    "gli ingegneri della provincia.",
    "I residenti sperano che il ponte accorci la strada verso il mercato e alleggerisca il traffico.",
]


def _story(last: str, sep: str) -> list[str]:
    body = sep.join([*_IT, last])
    html = ('<html><body><table width="100%"><tr><td colspan="2"><font size="5">Il Corriere del '
            'Fiume</font></td></tr><tr><td width="20%"><a href="/">Home</a><br><a href="/a">Archivio'
            '</a></td><td><font size="4"><b>Il consiglio approva il nuovo ponte</b></font><br><br>'
            f'{body}</td></tr><tr><td colspan="2">© 2026 Il Corriere del Fiume</td></tr></table>'
            "</body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return [b.text for b in page.blocks if b.label == "story"]


@pytest.mark.parametrize("sep", ["<br><br>", "</p><p>"])
def test_a_sign_off_after_the_story_leaves_it(sep: str) -> None:
    line = "Pubblicato da Marco Rossi il 06/12/2026, 10:30"
    story = _story(line, sep)
    assert line not in story and story[-1].startswith("I residenti")


def test_a_last_sentence_with_a_name_and_a_date_is_no_sign_off() -> None:
    from declutter.content.story_edges import signed_off

    assert signed_off("Pubblicato da Marco Rossi il 06/12/2026")
    assert not signed_off("Il sindaco Marco Rossi ha parlato il 06/12/2026.")
    assert not signed_off("Pubblicato il 06/12/2026")  # no name: the edge trimming's own
