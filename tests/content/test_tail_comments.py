"""Reader comments in plain ``<div>``s at an HTML story's foot (fresh-user report 11, kind
H9): a page of our own in Portuguese."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_PT = (
    "A prefeitura inaugurou nesta segunda-feira a nova linha de bonde que liga o centro da "
    "cidade ao porto, depois de três anos de obras.",
    "Segundo a empresa de transportes, a linha deve atender cerca de oito mil passageiros por "
    "dia já no primeiro mês de funcionamento.",
    "Os comerciantes da região esperam que o movimento nas lojas aumente com a chegada dos "
    "novos passageiros ao bairro.",
)


def _page(comments: str):
    story = "".join(f"<p>{p}</p>" for p in _PT)
    html = ("<html><body><div class='page'><h1>Nova linha de bonde liga o centro ao porto</h1>"
            f"<div class='materia'>{story}</div><div class='x'>{comments}</div></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return page


def test_comments_of_name_line_text_and_reaction_row_in_plain_divs_go() -> None:
    # no class, no heading: the name lines ("Name · age") and the repeated reaction rows tell them
    page = _page(
        "<div>Joana Silva · há 2 horas</div><div>Finalmente uma boa notícia para o bairro, parabéns.</div>"
        "<div>Responder · 5 curtidas</div>"
        "<div>tio_beto · há 40 minutos</div><div>E o estacionamento perto das estações, alguém sabe?</div>"
        "<div>Responder · 1 curtidas</div>"
    )
    assert [b.label for b in page.blocks if b.kind == "p"] == [STORY] * 3
    assert [b.label for b in page.blocks if b.kind != "p" and b.kind != "h1"] == [BOILERPLATE] * 6


def test_a_single_name_line_over_text_stays() -> None:
    # one "Name · age" line over a sentence and a row is no widget: a repeat tells one
    page = _page("<div>Joana Silva · há 2 horas</div>"
                 "<div>Finalmente uma boa notícia para o bairro, parabéns a todos.</div>"
                 "<div>Responder · 5 curtidas</div>")
    assert not any(b.rule == "heuristic.comments" for b in page.blocks)


def test_name_lines_of_name_verb_and_age_with_no_separator_go() -> None:
    # fresh-user report 14, kind H9: "Name wrote 2 hours ago:" lines, no separator in them
    page = _page(
        "<div>joana escreveu há 2 horas:</div><div>Finalmente uma boa notícia para o bairro.</div>"
        "<div>Curtir (4) · Responder</div>"
        "<div>Beto S escreveu há 1 hora:</div><div>E o estacionamento perto das estações?</div>"
        "<div>Curtir (0) · Responder</div>"
    )
    assert [b.label for b in page.blocks if b.kind == "p"] == [STORY] * 3
    assert [b.label for b in page.blocks if b.kind != "p" and b.kind != "h1"] == [BOILERPLATE] * 6
