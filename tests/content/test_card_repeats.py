"""``repeated_cards``: a run of sibling cards of one shape is a teaser section, no heading needed."""

from __future__ import annotations

from declutter.content.card_repeats import repeated_cards
from declutter.content.chains import Chains
from declutter.html import parse_html

STORY = "<p>El consell municipal va aprovar ahir el pressupost, després d'un debat molt llarg.</p>"


def _sections(cards: str) -> dict[int, object]:
    html = f"<html><body><div>{STORY * 4}<div>{cards}</div></div></body></html>"
    page = parse_html(html.encode(), id="t", url="https://example.cat/a")
    sections: dict[int, object] = {}
    repeated_cards(page.blocks, Chains(page.blocks), sections)
    return {i: page.blocks[i].text for i in sections}


def card(href: str, title: str, source: str, age: str) -> str:
    return (f"<div><div><a href='{href}'>{title}</a></div>"
            f"<div><span>{source}</span> <span>{age}</span></div></div>")


def test_two_cards_of_one_shape_are_a_section_whatever_their_words() -> None:
    found = _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "fa 3 hores")
                      + card("/c", "La platja tanca per obres aquest estiu", "Ràdio Costa", "ahir"))
    assert {"El port amplia el moll de càrrega", "La platja tanca per obres aquest estiu"} <= set(
        found.values())


def test_one_card_alone_is_no_list() -> None:
    assert _sections(card("/b", "El port amplia el moll de càrrega", "Diari del Port", "ahir")) == {}


def test_tiles_of_one_block_each_above_the_headline_are_teasers() -> None:
    """A strip of tiles before the story's ``<h1>``, each one block "<a>Title</a><span>Source ·
    age</span>" (fresh-user 11 kind H5): a run of one-block cards of one shape is a teaser list
    wherever it stands, not text outside the story."""
    import json

    from declutter.api import extract

    tiles = [("/1", "Il traghetto riduce le corse invernali", "Gazzetta Isolana", "2 ore fa"),
             ("/2", "La cooperativa della lana vince un premio", "Corriere del Porto", "5 ore fa"),
             ("/3", "Allerta meteo per le isole minori", "Voce del Nord", "8 ore fa")]
    strip = "".join(f'<div class="tile"><a href="{h}">{t}</a><span>{s} · {a}</span></div>'
                    for h, t, s, a in tiles)
    story = "".join(f"<p>{p}</p>" for p in (
        "Due guardiani si sono trasferiti lunedì nel faro meridionale, i primi a viverci dopo l'automazione.",
        "L'ente dei fari dice che la prova mostrerà se il personale residente riduce i costi.",
        "La sperimentazione dura due anni e potrebbe essere estesa ad altri fari remoti."))
    html = (f'<html><body><div class="strip">{strip}</div><article><h1>I guardiani tornano al faro '
            f"dopo quarant'anni</h1>{story}</article></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [x[1:] for x in tiles]


def test_tiles_with_ages_in_an_unknown_language_are_teasers() -> None:
    """Fresh-user report 12, kind H2: tiles "<a>Title</a><small>age</small>" above the
    headline, the age in a language the regexes do not read (here Basque, "duela 2 ordu"):
    read when the run's ages vary as ages do (the dump reader's test), none when they do not."""
    import json

    from declutter.api import extract

    def page(ages: tuple[str, str, str]) -> list[tuple[str, str]]:
        titles = ("Itsasontziak neguko bidaiak murrizten ditu", "Artilearen kooperatibak saria irabazi du",
                  "Eguraldi abisua uharte txikietarako gaur")
        strip = "".join(f'<div class="tile"><a href="/b/{k}">{t}</a><small>{a}</small></div>'
                        for k, (t, a) in enumerate(zip(titles, ages, strict=True)))
        story = "".join(f"<p>{p}</p>" for p in (
            "Bi zaindari hegoaldeko itsasargira joan dira astelehenean, automatizazioaren ondoren "
            "bertan bizi diren lehenak.",
            "Itsasargien erakundeak dio probak erakutsiko duela langileek kostuak murrizten dituzten.",
            "Esperimentuak bi urte iraungo du eta beste itsasargi batzuetara zabal daiteke."))
        html = (f'<html><body><div class="strip">{strip}</div><article><h1>Zaindariak itsasargira '
                f"itzuli dira berrogei urteren ondoren</h1>{story}</article></body></html>")
        record = json.loads(extract(html, output_format="json") or "{}")
        return [(t["title"], t["age"]) for t in record.get("teasers") or []]

    ages = ("duela 2 ordu", "duela 5 ordu", "duela 8 ordu")
    assert [a for _, a in page(ages)] == list(ages)
    assert page(("Bilbo 2", "Bilbo 2", "Bilbo 2")) == []


def test_a_list_of_title_and_meta_items_with_unread_ages_is_found_by_its_shape() -> None:
    """A plain ``<section>`` (no class) of ``<li><a>Title</a> <span>Source · age</span></li>``
    whose ages no age test reads ("3 ora lasa", Malagasy), short titles under half link text,
    and a day word in one card's age place (fresh-user 13 kind H5): the column of numbered
    ages makes it a teaser list, each card with its source and age."""
    import json

    from declutter.api import extract

    items = "".join(
        f'<li><a href="/{i}">{t}</a> <span>{s} · {a}</span></li>'
        for i, (t, s, a) in enumerate([("Nisokatra indray ny seranana", "Gazety Midi", "3 ora lasa"),
                                       ("Niakatra ny vidin'ny solika", "Radio Don Bosco", "5 ora lasa"),
                                       ("Nandresy ny Barea", "TV Plus Madagasikara", "omaly")]))
    story = "".join(
        f"<p>Nanambara ny governemanta omaly fa hanomboka ny asa fanamboarana ny lalana {k} any "
        "atsimon'ny nosy, ary hahatratra roa taona ny fotoana ilaina amin'izany.</p>" for k in range(3))
    html = (f"<html><body><article><h1>Hamboarina ny lalana</h1>{story}</article>"
            f"<section><h2>Vaovao hafa</h2><ul>{items}</ul></section></body></html>")
    record = json.loads(extract(html, output_format="json") or "{}")
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [
        ("Nisokatra indray ny seranana", "Gazety Midi", "3 ora lasa"),
        ("Niakatra ny vidin'ny solika", "Radio Don Bosco", "5 ora lasa"),
        ("Nandresy ny Barea", "TV Plus Madagasikara", "omaly")]
