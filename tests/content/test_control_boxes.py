"""Boxes around a control inside an HTML story (fresh-user report 10, kind H2): an app's
pitch whose store badges are links in a sibling ``div`` of the same box, not ``button``
elements; a page of our own in Portuguese."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_PT = (
    "A câmara municipal de Coimbra aprovou na quinta-feira a construção de uma nova ponte "
    "pedonal sobre o rio Mondego, junto ao parque verde.",
    "A obra custará cerca de oito milhões de euros, metade dos quais vem de fundos europeus, "
    "disse o vereador no fim da reunião.",
    "Os trabalhos deverão começar no próximo verão e durar dois anos, segundo o calendário "
    "apresentado aos moradores.",
)
_PITCH = "Descarregue a aplicação e receba as notícias primeiro!"


def _labels(box: str) -> dict[str, tuple[str | None, str | None]]:
    body = "".join(f"<div>{p}</div>" for p in _PT)
    html = ("<html><body><div><h1>Coimbra vai ter uma nova ponte pedonal</h1>"
            f"<div>{body}</div>{box}</div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_a_pitch_over_a_row_of_store_links_goes() -> None:
    labels = _labels(f'<div><div>{_PITCH}</div><div><a href="#">Google Play</a> '
                     '<a href="#">App Store</a></div></div>')
    assert labels[_PITCH][0] == BOILERPLATE
    assert [labels[p][0] for p in _PT] == [STORY] * 3


def test_a_line_over_one_long_link_stays() -> None:
    link = "O que muda nas portagens da A1 a partir de janeiro"
    labels = _labels(f'<div><div>{_PITCH}</div><div><a href="/a1">{link}</a></div></div>')
    assert labels[_PITCH][0] == STORY





def test_a_pitch_box_after_the_story_container_goes_too() -> None:
    # the story reader takes the pitch back as the story's continuation past a share row; its
    # store links stay outside the story (not link-dense story lines): the box is the same
    body = "".join(f"<div>{p}</div>" for p in _PT)
    cards = "".join(f'<div><a href="/a/{k}">{t}</a><div>Diário de Coimbra · {k + 2} horas</div></div>'
                    for k, t in enumerate(("Câmara anuncia novas regras para o estacionamento",
                                           "Universidade abre inscrições para cursos de verão",
                                           "Académica vence o dérbi no último minuto")))
    html = ("<html><body><div><div><h1>Coimbra vai ter uma nova ponte pedonal</h1></div>"
            f'<div>{body}</div><div>Partilhar: <a href="#">Facebook</a> | <a href="#">X</a></div>'
            f'<div><div>{_PITCH}</div><div><a href="#">Google Play</a> <a href="#">App Store</a></div></div>'
            f"<div><div>Mais de Coimbra</div>{cards}</div></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text: (b.label, b.rule) for b in page.blocks}
    assert labels[_PITCH] == (BOILERPLATE, "heuristic.form")


def test_a_newsletter_box_in_a_layout_table_side_cell_goes() -> None:
    """Fresh-user report 12, kind H3: "<td><b>name</b><br>pitch<br><input><button>" beside
    the story's cell (here in Czech): the cell's lines are blocks of its row, the box."""
    story = "".join(f"<p>{p}</p>" for p in (
        "Zastupitelstvo Brna ve čtvrtek schválilo stavbu nové knihovny v Židenicích, která "
        "pojme na tři sta čtenářů najednou.",
        "Stavba má stát čtyřicet milionů korun a polovinu peněz pokryjí evropské fondy, uvedl "
        "primátor města.",
        "Budova má být hotová za dva roky a v suterénu vznikne parkoviště pro kola.",
    ))
    side = ("<table><tr><td><b>Zpravodaj</b><br>Nejdůležitější zprávy dne do vaší schránky."
            '<br><input type="email"><button>Odebírat</button></td></tr></table>')
    html = (f'<html><body><table><tr><td valign="top"><h1>Brno postaví novou knihovnu</h1>{story}'
            f'</td><td valign="top">{side}</td></tr></table></body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text: (b.label, b.rule) for b in page.blocks}
    assert labels["Zpravodaj"] == (BOILERPLATE, "heuristic.form")
    assert labels["Nejdůležitější zprávy dne do vaší schránky."] == (BOILERPLATE, "heuristic.form")
    assert sum(label == STORY for label, _ in labels.values()) == 3
