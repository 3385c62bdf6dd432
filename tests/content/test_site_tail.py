"""The story's end where the site speaks of itself (declutter.content.site_tail)."""

from __future__ import annotations

from declutter.content.html_story import label_html
from declutter.content.site_tail import site_names
from declutter.html import parse_html

_BODY = "".join(
    f"<p>Der Gemeinderat hat am Dienstag über den Umbau des Bahnhofs Nummer {k} beraten und "
    "nach langer Debatte mehrere Varianten für die Unterführung geprüft.</p>"
    for k in range(4)
)


def _story(tail: str, site: str = "Kurier am Fluss") -> str:
    html = (
        f'<html><head><title>Bahnhof | {site}</title><meta property="og:site_name" content="{site}">'
        f"</head><body><article><h1>Bahnhof</h1>{_BODY}{tail}</article>"
        "<footer><p>Impressum</p></footer></body></html>"
    )
    page = parse_html(html, id="t", url="https://www.kurieramfluss.example/bahnhof")
    label_html(page)
    return "\n".join(b.text for b in page.blocks if b.label == "story")


def test_names_from_site_and_host() -> None:
    head = "<title>x</title><meta property='og:site_name' content='nachrichten.example'>"
    html = f"<html><head>{head}</head><body><p>x</p></body></html>"
    page = parse_html(html, id="t", url="https://www.haitiantimes.com/a")
    assert site_names(page) == ("nachrichtenexample", "haitiantimes", "nachrichten")


def test_pitch_naming_the_site_ends_the_story() -> None:
    text = _story('<p>Alle Nachrichten aus der Region in der <a href="/app">Kurier-am-Fluss-App</a></p>')
    assert "Nummer 3" in text and "App" not in text


def test_report_naming_the_site_stays() -> None:
    # a sentence of the report (no link, a full stop) and a source quoted naming the site
    said = "<p>Die Bahn hat auf eine Anfrage von Kurier am Fluss bisher nicht geantwortet.</p>"
    assert "nicht geantwortet" in _story(said)
    quoted = ('<p>„Wir bauen die Unterführung bis 2027 fertig“, sagte die Sprecherin der Bahn dem '
              '<a href="/x">Kurier</a> am Fluss</p>')
    assert "Wir bauen" in _story(quoted)


def test_pitch_inside_the_story_keeps_the_paragraphs_after_it() -> None:
    pitch = '<p>Sie lesen gern <a href="/abo">Kurier am Fluss</a>? Dann abonnieren Sie uns.</p>'
    text = _story(pitch + _BODY.replace("Nummer", "Gleis"))
    assert "Gleis 3" in text


def _head(first: str, boxed: bool) -> str:
    body = "".join(f"<p>Nous avons testé la bouilloire numéro {k} pendant une semaine entière, matin "
                   "et soir, avec de l'eau du robinet et de l'eau filtrée.</p>" for k in range(4))
    lead = f'<section class="encadre"><p>{first}</p></section>' if boxed else ""
    inner = body if boxed else f"<p>{first}</p>{body}"
    html = (f"<html><head><title>Bouilloires</title></head><body><article><h1>Bouilloires</h1>"
            f'{lead}<div class="texte">{inner}</div></article></body></html>')
    page = parse_html(html, id="t", url="https://www.exemple.example/bouilloires")
    label_html(page)
    return "\n".join(b.text for b in page.blocks if b.label == "story")


def test_disclosure_set_apart_above_the_body_goes() -> None:
    note = ('Si vous achetez par nos liens, nous touchons une commission. '
            '<a href="/politique">Notre politique</a>.')
    assert "commission" not in _head(note, boxed=True)
    # the same words as the body's first paragraph, set as the body is: a lead to the reader
    lead = ('Aujourd\'hui nous vous montrons nos <a href="/tests">cinq bouilloires</a> préférées '
            'pour votre cuisine.')
    assert "cinq bouilloires" in _head(lead, boxed=False)
