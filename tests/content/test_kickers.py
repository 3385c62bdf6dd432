"""Kickers of teaser cards: a piece in a card's source place that names a section of the site
(a menu link's text) is no source; a partner's name stays the source."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE
from declutter.content.assemble import assemble
from declutter.content.html_story import label_html
from declutter.html import parse_html

PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Sevilla estrena su nuevo tranvía</title></head><body>
<header><a href="/">Diario del Guadalquivir</a><ul class="menu"><li><a href="/deportes/">Deportes</a></li>
<li><a href="/economia/">Economía</a></li><li><a href="/cultura/">Cultura</a></li></ul></header>
<main><article><h1>Sevilla estrena su nuevo tranvía</h1>
<p>El nuevo tranvía de Sevilla une desde este lunes la estación de Santa Justa con el centro histórico,
tras tres años de obras y un retraso de cuatro meses sobre el calendario previsto.</p>
<p>La línea tiene once paradas y el ayuntamiento calcula que la usarán veinte mil viajeros cada día.</p>
<p>Las obras han costado ochenta millones de euros, financiados en su mayor parte por la Junta.</p>
</article>
<section class="fichas"><h3>Para leer</h3>
""" + "".join(
    f'<div class="ficha"><span class="seccion">{kicker}</span>'
    f'<a href="https://diariodelguadalquivir.example/{path}">{title}</a></div>'
    for kicker, path, title in (
        ("Deportes", "deportes/derbi", "El Betis gana el derbi en el último minuto"),
        ("Economía", "economia/aceite", "El precio del aceite baja por tercer mes seguido"),
        ("Cultura", "cultura/feria", "La Feria del Libro bate su récord de visitantes"))
) + """</section>
<section class="socios"><h3>De nuestros socios</h3>""" + "".join(
    f'<div class="card"><a href="https://{site}/{path}">{title}</a><div class="fuente">{source}</div></div>'
    for site, path, title, source in (
        ("gaceta.example", "patios", "Los patios de Córdoba abren en otoño", "Gaceta Cordobesa"),
        ("gaceta.example", "mezquita", "La Mezquita amplía su horario de visitas", "Gaceta Cordobesa"),
        ("heraldo.example", "playas", "Huelva limpia sus playas antes del invierno", "Heraldo Onubense"))
) + """</section></main>
<footer><p>© 2026 Diario del Guadalquivir · Privacidad</p></footer></body></html>"""


def test_a_section_kicker_is_no_source_and_a_partner_is() -> None:
    page = parse_html(PAGE, id="tranvia", url="https://diariodelguadalquivir.example/2026/12/tranvia/")
    label_html(page)
    record = assemble(page)
    teasers = {t.title: t for t in record.teasers}
    assert teasers["El Betis gana el derbi en el último minuto"].source is None
    assert teasers["Los patios de Córdoba abren en otoño"].source == "Gaceta Cordobesa"
    assert teasers["Huelva limpia sus playas antes del invierno"].source == "Heraldo Onubense"
    assert not {t.source for t in record.teasers} & {"Deportes", "Economía", "Cultura"}
    assert all(b.label == BOILERPLATE for b in page.blocks if b.rule == "heuristic.kicker")
