"""Teaser sections under headings (declutter.content.sections), on small pages of our own."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.chains import Chains
from declutter.content.sections import heading_sections
from declutter.html import parse_html

_CARDS = [("Schnee auf der Passstraße: Ketten sind Pflicht", "Bergbote", "vor 3 Stunden"),
          ("Stausee im Tal erreicht den tiefsten Stand", "Talblatt", "vor 5 Stunden"),
          ("Bau der neuen Wasserleitung beginnt im Frühjahr", "Kreisanzeiger", "gestern")]


def test_a_heading_read_as_the_storys_last_block_heads_the_list_after_it() -> None:
    """A heading in words no vocabulary knows that the story reader took as the story's last
    block (its container held the list's box too), over a list of one-line cards: the list is
    a teaser section, not left to be dropped as link-dense (fresh-user 8 kind H5, a Persian
    page)."""
    items = "".join(f'<li><a href="/{i}">{t}</a> — {s}, {a}</li>' for i, (t, s, a) in enumerate(_CARDS))
    html = ("<html><body><h1>Regen um 40 Prozent zurückgegangen</h1>"
            "<p>Nach Angaben des Wetterdienstes blieb die Regenmenge seit Beginn des Wasserjahres "
            "um etwa 40 Prozent unter dem langjährigen Mittel.</p>"
            "<p>Die Bürger fordern einen klaren Plan für das Sparen von Wasser.</p>"
            f'<div class="more"><h3>Aus dem Umland</h3><ul>{items}</ul></div></body></html>')
    page = parse_html(html, id="t", url="https://example.test/a")
    blocks = page.blocks
    for b in blocks:  # as the story reader left them: the heading story, the cards dropped
        if b.href:
            b.set(BOILERPLATE, "heuristic.link-dense")
        elif b.kind != "h1":
            b.set(STORY, "heuristic.story")
    sections: dict[int, object] = {}
    heading_sections(blocks, Chains(blocks), {}, sections, {})
    heading = next(b for b in blocks if b.text == "Aus dem Umland")
    assert heading.rule == "heuristic.teaser-heading"
    assert sorted(blocks[i].text.split(" — ")[0] for i in sections) == sorted(t for t, _, _ in _CARDS)


def test_one_card_with_its_age_under_a_heading_after_the_story_is_a_teaser() -> None:
    """A related list of ONE card (source and age after its linked title) under a heading in
    words no vocabulary knows, after the story: a teaser by its shape, not dropped (fresh-user
    8 kind H9); the heading is dropped with its rule."""
    import json

    from declutter.api import extract

    story = "".join(f"<p>{p}</p>" for p in (
        "Consiliul local din Cluj a aprobat luni introducerea unei zone cu emisii reduse, care va "
        "intra în vigoare de la 1 martie anul viitor, în tot centrul istoric al orașului.",
        "Potrivit primarului, măsura este necesară, deoarece concentrațiile de dioxid de azot "
        "depășesc de ani buni limitele stabilite de Uniunea Europeană pe mai multe străzi.",
        "Locuitorii zonei și vehiculele de urgență vor primi derogări, iar în primele șase luni "
        "poliția locală va da doar avertismente șoferilor care nu respectă regulile."))
    html = (f"<html><body><article><h1>Cluj introduce o zonă cu emisii reduse</h1>{story}</article>"
            '<div class="rel"><h3>Din aceeași regiune</h3><ul><li><a href="/y">Oradea analizează '
            'o măsură asemănătoare</a> Agerpres · acum 2 ore</li></ul></div></body></html>')
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [
        ("Oradea analizează o măsură asemănătoare", "Agerpres", "acum 2 ore")]
    assert ("heuristic.teaser-heading", "Din aceeași regiune") in [
        (r["rule"], r["text"]) for r in record["removed"]]


# Fresh-user report 10, kind H5: bare linked titles in the side column of a layout table,
# under a heading no vocabulary knows, are the site's navigation; a page of our own in Spanish.
_ES_TITLES = ("Cortes de tráfico en la autovía del Cantábrico", "Nuevo récord en el precio de la vivienda",
              "Se espera nieve en los Picos de Europa")


def _es_page(side: str, table: bool = True) -> dict[str, tuple[str | None, str | None]]:
    from declutter.content.html_story import label_html

    story = ("<h2>Santander tendrá un nuevo tranvía en 2029</h2>"
             "<p>Las obras del tranvía entre la estación y el Sardinero empezarán en marzo, según "
             "confirmó el viernes la consejera de Movilidad en una rueda de prensa.</p>"
             "<p>La nueva línea tendrá doce kilómetros y unirá el aeropuerto con el centro de la "
             "ciudad en menos de veinte minutos.</p>"
             "<p>La consejera prometió que los trabajos se harán por fases para molestar lo menos "
             "posible a los vecinos de cada barrio.</p>")
    html = (f'<html><body><table><tr><td valign="top">{story}</td><td valign="top">{side}</td></tr>'
            "</table></body></html>" if table else
            f"<html><body><div><div>{story}</div><div>{side}</div></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def _es_list() -> str:
    rows = "".join(f'<tr><td><a href="/n/{k}">{t}</a></td></tr>' for k, t in enumerate(_ES_TITLES))
    return f"<table><tr><th>Lo más visto</th></tr>{rows}</table>"


def test_bare_titles_in_a_layout_tables_side_column_are_navigation() -> None:
    labels = _es_page(_es_list())
    assert labels["Lo más visto"] == (BOILERPLATE, "heuristic.side-list")
    assert all(labels[t] == (BOILERPLATE, "heuristic.side-list") for t in _ES_TITLES)
    assert labels[next(k for k in labels if k.startswith("Las obras"))][0] == STORY


def test_cards_with_a_source_and_age_in_the_side_column_stay_teasers() -> None:
    rows = "".join(f'<tr><td><a href="/n/{k}">{t}</a><br>El Diario · hace {k + 2} horas</td></tr>'
                   for k, t in enumerate(_ES_TITLES))
    labels = _es_page(f"<table><tr><th>Lo más visto</th></tr>{rows}</table>")
    assert labels[_ES_TITLES[0]][0] == "teaser"


def test_bare_titles_in_a_div_beside_the_story_stay_teasers() -> None:
    labels = _es_page(_es_list(), table=False)
    assert labels[_ES_TITLES[0]][0] == "teaser"


def _es_items(tag: str) -> str:
    items = "".join(f'<li><a href="/n/{k}">{t}</a></li>' for k, t in enumerate(_ES_TITLES))
    return f"<h3>Lo más visto</h3><{tag}>{items}</{tag}>"


def test_a_ranked_list_of_bare_titles_after_the_story_is_navigation() -> None:
    labels = _es_page(_es_items("ol"), table=False)
    assert all(labels[t] == (BOILERPLATE, "heuristic.side-list") for t in _ES_TITLES)


def test_an_unranked_list_of_bare_titles_after_the_story_stays_teasers() -> None:
    labels = _es_page(_es_items("ul"), table=False)
    assert labels[_ES_TITLES[0]][0] == "teaser"
