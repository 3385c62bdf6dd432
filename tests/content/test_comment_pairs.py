"""Reader comments as table rows, "<tr><td>Name</td><td>text</td><td>age</td></tr>", under a
counted label (fresh-user report 12, kind H1): a page of our own in Polish."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, TEASER
from declutter.content.html_story import label_html
from declutter.html import parse_html

_PL = "".join(
    f"<p>{p}</p>" for p in (
        "Rada miasta Gdańska zatwierdziła w czwartek budowę nowej biblioteki w dzielnicy Oliwa, "
        "z czytelnią na trzysta miejsc.",
        "Inwestycja ma kosztować czterdzieści milionów złotych, a połowa pieniędzy pochodzi z "
        "funduszy unijnych, powiedział prezydent miasta.",
        "Budynek ma być gotowy za dwa lata, a w podziemiu powstanie parking dla rowerów i sala "
        "wystawowa dla lokalnych artystów.",
    ))


def _page(after: str) -> tuple[dict[str, tuple[str | None, str | None]], int]:
    html = (f"<html><body><h1>Gdańsk zbuduje nową bibliotekę w Oliwie</h1>{_PL}"
            f"{after}</body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}, len(page.teasers)


def _rows(ages: tuple[str, str, str]) -> str:
    texts = ("Wreszcie dobra wiadomość dla Oliwy!", "A kto zapłaci za utrzymanie budynku?",
             "Świetny pomysł, brawo.")
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{a}</td></tr>"
                   for n, t, a in zip(("Kasia", "Marek W.", "olek77x"), texts, ages, strict=True))
    return f"<div><b>Komentarze (3)</b><table>{rows}</table></div>"


def test_comment_rows_under_a_counted_label_are_dropped() -> None:
    labels, teasers = _page(_rows(("2 godziny temu", "1 godzinę temu", "40 minut temu")))
    assert teasers == 0
    for text, (label, rule) in labels.items():
        if "Komentarze" in text or "|" in text:
            assert (label, rule) == (BOILERPLATE, "heuristic.comments"), text
    assert sum(label == STORY for label, _ in labels.values()) == 3


def test_comment_rows_with_known_ages_are_no_teasers() -> None:
    labels, teasers = _page(_rows(("2 hours ago", "1 hour ago", "40 min ago")))
    assert teasers == 0
    assert not any(label == TEASER for label, _ in labels.values())


def test_a_table_of_figures_stays() -> None:
    rows = "".join(f"<tr><td>{d}</td><td>{t}</td><td>{n}</td></tr>" for d, t, n in (
        ("Oliwa", "czytelnia i sala wystawowa", "300 miejsc"),
        ("Wrzeszcz", "filia dla dzieci", "120 miejsc")))
    head = "<tr><th>Filia</th><th>Co</th><th>Miejsca</th></tr>"
    labels, _ = _page(f"<p><b>Filie (2)</b></p><table>{head}{rows}</table>")
    assert all(label == STORY for text, (label, _) in labels.items() if "|" in text)
