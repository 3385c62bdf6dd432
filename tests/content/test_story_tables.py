"""A data table right after the story, outside its container (declutter.content.story_tables;
fresh-user 12 kind H4): pages of our own in Basque."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.html import parse_html

_EU = "".join(f"<li><p>{p}</p></li>" for p in (
    "Bilboko udalak astelehenean jakinarazi zuenez, hiriko tranbia berriaren lehen zatia "
    "datorren udaberrian irekiko da, bi urteko lanen ondoren.",
    "Lanek hogeita hamar milioi euro inguru balio izan dute, eta Eusko Jaurlaritzak erdia "
    "ordaindu du, alkateak adierazi zuenez.",
    "Auzokideek ongi hartu dute berria, nahiz eta batzuek lanen zaratagatik kexak aurkeztu "
    "dituzten azken hilabeteetan.",
))
_ROWS = [("2024ko martxoa", "Lanak hasi ziren Zorrotzaurren"),
         ("2025eko urria", "Lehen trenak probak egin zituen"),
         ("2026ko apirila", "Zerbitzua bidaiarientzat irekiko da")]


def _labels(table: str) -> dict[str, str | None]:
    html = (f"<html><body><h1>Bilboko tranbia berria udaberrian irekiko da</h1>"
            f'<ul class="istorioa">{_EU}</ul>{table}<div class="oina">Bilbo Gaur</div></body></html>')
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: b.label for b in page.blocks}


def test_a_data_table_right_after_the_story_is_story() -> None:
    rows = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in _ROWS)
    labels = _labels(f'<table class="kronologia"><caption>Kronologia</caption>{rows}</table>')
    assert labels["Kronologia"] == "story"
    assert [labels[f"{d} | {t}"] for d, t in _ROWS] == ["story"] * 3
    assert labels["Bilbo Gaur"] != "story"


def test_a_table_of_links_or_without_a_caption_or_header_cells_stays_out() -> None:
    """Related links (their rows teasers), rows with no caption or header cells (a layout, a
    comment table), a table with a chrome mark (class "comments")."""
    linked = "".join(f'<tr><td>{d}</td><td><a href="/a/{k}">{t}</a></td></tr>'
                     for k, (d, t) in enumerate(_ROWS))
    labels = _labels(f"<table><caption>Kronologia</caption>{linked}</table>")
    assert all(labels[f"{d} | {t}"] != "story" for d, t in _ROWS)
    bare = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in _ROWS)
    labels = _labels(f"<table>{bare}</table>")
    assert all(labels[f"{d} | {t}"] != "story" for d, t in _ROWS)
    marked = f'<table class="comments"><tr><th>Izena</th><th>Iruzkina</th></tr>{bare}</table>'
    labels = _labels(marked)
    assert all(labels[f"{d} | {t}"] != "story" for d, t in _ROWS)
