"""Reader comments of one block each, "Name: text <i>age</i> Reply", after a heading (fresh-user
report 8, kind H8): a page of our own in Romanian."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

_RO = "".join(
    f"<p>{p}</p>" for p in (
        "Consiliul local din Cluj a aprobat joi construcția unei noi săli de concerte cu două mii "
        "de locuri, lângă malul Someșului.",
        "Proiectul costă aproape cincizeci de milioane de lei, iar jumătate din bani vin din "
        "fonduri europene, a spus primarul.",
        "Sala va avea o scenă în aer liber pentru concertele de vară și o sală mică pentru muzică "
        "de cameră.",
    ))


def _labels(after: str) -> dict[str, tuple[str | None, str | None]]:
    html = (f"<html><body><article><h1>Cluj va avea o nouă sală de concerte</h1>{_RO}</article>"
            f"{after}</body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_one_block_comments_under_a_heading_are_dropped() -> None:
    labels = _labels(
        '<div class="cm"><h4>Păreri (2)</h4>'
        "<div>Ionuț: În sfârșit ceva util pentru oraș! <i>acum 1 oră</i> Răspunde</div>"
        "<div>Maria_P: Sper să nu dureze zece ani ca toate celelalte. <i>acum 30 de minute</i> Răspunde</div>"
        "</div>")
    assert labels["Păreri (2)"] == (BOILERPLATE, "heuristic.comments")
    for text, (label, rule) in labels.items():
        if text.startswith(("Ionuț", "Maria_P")):
            assert (label, rule) == (BOILERPLATE, "heuristic.comments")


def test_a_list_of_labelled_facts_stays() -> None:
    # "<b>Label:</b> value" lines share a shape but no action after a dated stamp
    labels = _labels(
        "<div><h4>Date tehnice</h4>"
        "<div><b>Capacitate:</b> 2000 de locuri</div><div><b>Cost:</b> 50 de milioane</div>"
        "<div><b>Deschidere:</b> în 2028</div></div>")
    assert all(labels[t][1] != "heuristic.comments" for t in labels if t.startswith(("Capacitate", "Cost")))


_CS_STORY = (
    "Městská rada v Brně ve čtvrtek schválila stavbu nové koncertní síně pro dva tisíce "
    "posluchačů u řeky Svratky.",
    "Projekt bude stát téměř dvě miliardy korun a polovinu peněz mají pokrýt evropské "
    "fondy, uvedl primátor.",
    "Síň dostane venkovní pódium pro letní koncerty a malý sál pro komorní hudbu.",
)
"""A story of our own in Czech, three paragraphs, for the comment pages below."""

def test_comment_lines_split_by_br_do_not_pull_chrome_into_the_story() -> None:
    # fresh-user report 9, kind H1: comments as <br> lines of one paragraph, "<b>name</b> age:
    # text <i>action</i>", after a credit, a share row and a pitch (a page of our own in Czech)
    story = "".join(f"<p>{p}</p>" for p in _CS_STORY)
    html = (
        "<html><body><div><h2>Brno postaví novou koncertní síň</h2>" + story
        + "<p><i>Foto: Jan Novák / ČTK</i></p><p>Sdílejte: Facebook · Twitter · E-mail</p>"
        "<p><b>Odebírejte novinky</b> a každý pátek dostanete přehled týdne. <a href='#'>Přihlásit</a></p>"
        "<p><b>Diskuse</b><br><b>petr_b</b> před 3 hodinami: Konečně něco pro město, jen ať to "
        "nestojí dvakrát tolik. <i>Odpovědět</i><br><b>Jana K.</b> před 2 hodinami: Doufám, že "
        "se to postaví rychleji než dálnice. <i>Odpovědět</i></p></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    story_texts = [b.text for b in page.blocks if b.label == "story"]
    assert len(story_texts) == 3
    assert all(not t.startswith(("Foto", "Sdílejte", "Odebírejte", "Diskuse", "petr_b", "Jana"))
               for t in story_texts)


def test_comment_lines_in_a_table_row_do_not_widen_the_story_over_the_sidebar() -> None:
    # fresh-user report 9, kinds H1 and H4: in a table layout the comments' row weighed as
    # story prose, so the container became the whole table and the side cell's list of other
    # stories was read as link-dense story lines instead of teasers (Czech, our own)
    paragraphs = "".join(f"<p>{p}</p>" for p in _CS_STORY)
    side = "".join(f'<li><a href="/c/{i}">{t}</a> <small>{m}</small></li>' for i, (t, m) in enumerate((
        ("Ceny elektřiny v lednu opět porostou", "iDNES · před 2 hodinami"),
        ("Kometa porazila Spartu v derby", "Deník · před 4 hodinami"),
        ("Na horách napadlo až třicet centimetrů sněhu", "ČT24 · včera"),
    )))
    html = ("<html><body><table><tr><td><h2>Brno postaví novou koncertní síň</h2>" + paragraphs
            + f"</td><td><b>Nejčtenější</b><ol>{side}</ol></td></tr>"
            "<tr><td colspan='2'><b>Diskuse</b><br><b>petr_b</b> před 3 hodinami: Konečně něco pro "
            "město, jen ať to nestojí dvakrát tolik. <i>Odpovědět</i><br><b>Jana K.</b> před 2 "
            "hodinami: Doufám, že se to postaví rychleji než dálnice. <i>Odpovědět</i></td></tr>"
            "</table></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    titles = [b.text for b in page.blocks if b.label == "teaser" and b.field == "title"]
    assert len(titles) == 3 and titles[0].startswith("Ceny elektřiny")
    assert [b.text[:5] for b in page.blocks if b.label == "story"] == ["Městs", "Proje", "Síň d"]


def test_comments_of_a_named_text_and_an_action_row_are_dropped() -> None:
    # fresh-user report 9, kind H1 (its second page): "<b>name</b> age — text" then "Reply ·
    # 18 likes", two sibling blocks per comment with no element of their own (Romanian)
    labels = _labels(
        "<div><p><b>ionut_77</b> acum 2 ore — În sfârșit ceva util pentru oraș.</p>"
        "<p>Răspunde · 18 aprecieri</p><p><b>MariaP</b> acum 1 oră — Sper să nu dureze zece ani.</p>"
        "<p>Răspunde · 31 aprecieri</p></div>")
    for text, (label, rule) in labels.items():
        if text.startswith(("ionut_77", "MariaP", "Răspunde")):
            assert (label, rule) == (BOILERPLATE, "heuristic.comments")


def test_action_rows_are_read_once_per_page_and_two_or_none() -> None:
    """The comments' action rows (read once per page, shared by comment_threads and
    paired_comments): each row's index, or none when the page has fewer than two; a page of
    our own in Swedish."""
    from declutter.content.comment_threads import action_rows

    rows = ("<p>Svara · Anmäl · 7 gillar</p>", "<p>Svara · Anmäl · 2 gillar</p>")
    html = ("<html><body><h1>Ny färja till ön</h1><p>Sara L.</p><p>Äntligen en färja som går i tid.</p>"
            f"{rows[0]}<p>Umebo62</p><p>Hoppas den går på vintern också.</p>{rows[1]}</body></html>")
    page = parse_html(html, id="sv")
    assert [page.blocks[k].text for k in action_rows(page.blocks)] == [
        "Svara · Anmäl · 7 gillar", "Svara · Anmäl · 2 gillar"]
    one = parse_html(html.replace(rows[1], ""), id="sv1")
    assert action_rows(one.blocks) == []  # one row: no thread, no two pairs


# Fresh-user report 10, kind H3: comments as pairs of table rows, a "Name – age" head row over
# the text row, under a counted heading; a page of our own in Polish.
_PL = (
    "Rada miasta Gdańska zgodziła się w czwartek na budowę nowej linii tramwajowej do dzielnicy "
    "Jasień, która ma kosztować blisko trzysta milionów złotych.",
    "Pierwsze prace ruszą wiosną przyszłego roku, a tramwaje mają pojechać nową trasą jeszcze "
    "przed końcem dwa tysiące dwudziestego dziewiątego roku.",
    "Mieszkańcy będą mogli zgłaszać uwagi do projektu na spotkaniach w radach dzielnic przez "
    "najbliższe dwa miesiące.",
)


def _pl_labels(heading: str, heads: tuple[str, str]) -> dict[str, tuple[str | None, str | None]]:
    rows = "".join(
        f"<tr><td>{head}</td></tr><tr><td>{text}</td></tr>"
        for head, text in zip(heads, ("Wreszcie! Czekamy na to od lat.",
                                      "Oby tylko nie zamknęli ulicy na dwa lata."), strict=True))
    body = "".join(f"<p>{p}</p>" for p in _PL)
    html = ("<html><body><table><tr><td><h2>Gdańsk: nowa linia tramwajowa na Jasień</h2></td></tr>"
            f"<tr><td>{body}</td></tr><tr><td><b>{heading}</b><br><table>{rows}</table></td></tr>"
            "</table></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_comments_of_a_head_row_over_a_text_row_under_a_counted_heading_are_dropped() -> None:
    labels = _pl_labels("Komentarze (2)", ("<i>Ania K.</i> – 3 godz. temu", "<i>Tomek</i> – 5 godz. temu"))
    assert labels["Komentarze (2)"] == (BOILERPLATE, "heuristic.comments")
    assert labels["Wreszcie! Czekamy na to od lat."] == (BOILERPLATE, "heuristic.comments")
    assert labels["Oby tylko nie zamknęli ulicy na dwa lata."] == (BOILERPLATE, "heuristic.comments")
    assert all(labels[p][0] == STORY for p in _PL)


def test_quoted_people_under_an_uncounted_heading_stay() -> None:
    labels = _pl_labels("Głosy mieszkańców", ("<i>Ania Kowalska</i>, 34 lata", "<i>Tomasz Nowak</i>, 61 lat"))
    assert labels["Wreszcie! Czekamy na to od lat."][0] == STORY


def test_key_and_value_cells_under_a_counted_heading_stay() -> None:
    rows = ("<tr><td>Długość</td><td>12 km</td></tr>"
            "<tr><td colspan='2'>Trasa przez Jasień i Ujeścisko.</td></tr>"
            "<tr><td>Przystanki</td><td>14 nowych</td></tr>"
            "<tr><td colspan='2'>Wszystkie dostępne bez schodów.</td></tr>")
    body = "".join(f"<p>{p}</p>" for p in _PL)
    html = ("<html><body><h1>Gdańsk: nowa linia tramwajowa na Jasień</h1>"
            f"<div>{body}<b>Linia w liczbach (2026)</b><table>{rows}</table></div></body></html>")
    page = parse_html(html, id="t")
    label_html(page)
    labels = {b.text: b.label for b in page.blocks}
    assert labels["Wszystkie dostępne bez schodów."] == STORY
