"""Shapes read by structure, whatever the words (fresh-user report 2, kinds H1, H3, H4): a
card's meta row read piece by piece, a photo credit line, a comment thread; small pages of
our own in languages no word list was written for."""

from __future__ import annotations

from declutter.blocks import BOILERPLATE, STORY, Block
from declutter.content.html_story import label_html
from declutter.content.inline_cards import meta_row, row_fields
from declutter.content.names import credit_names
from declutter.html import parse_html

_SENTENCE = "Het college heeft dinsdag de begroting voor het komende jaar vastgesteld na een lang debat. "
_STORY = "".join(f"<p>{_SENTENCE * 2}</p>" for _ in range(3))


def _page(body: str):
    html = f"<html><body><div class=a><h1>Begroting vastgesteld</h1>{_STORY}{body}</div></body></html>"
    return parse_html(html, id="t", url="https://example.test/a")


def _block(body: str, text: str) -> Block:
    return next(b for b in _page(body).blocks if b.text.startswith(text))


def test_a_meta_row_is_its_inline_pieces_or_its_separated_pieces() -> None:
    assert meta_row(_block("<div><span>Diari del Camp</span> <span>fa 3 hores</span></div>", "Diari")) == [
        "Diari del Camp", "fa 3 hores"]
    assert meta_row(_block("<div>ACN · ahir</div>", "ACN")) == ["ACN", "ahir"]
    # a sentence, a linked row and a lone piece are no meta rows
    assert meta_row(_block("<div><span>Dit is</span> <span>een zin.</span></div>", "Dit is")) is None
    assert meta_row(_block('<div><a href="/x">Sport</a> <a href="/y">Cultuur</a></div>', "Sport")) is None
    assert meta_row(_block("<div><span>Alleen</span></div>", "Alleen")) is None


def test_a_name_beside_an_unread_piece_gives_source_and_age() -> None:
    assert row_fields(["Diari del Camp", "fa 3 hores"], set()) == {
        "source": "Diari del Camp", "age": "fa 3 hores"}
    assert row_fields(["ahir", "ACN"], set()) == {"source": "ACN", "age": "ahir"}
    assert row_fields(["Sport", "Cultuur"], set()) == {}  # two names: which is the source?
    assert row_fields(["ACN", "ahir"], {"source"}) == {}


def test_credit_lines_by_shape() -> None:
    assert credit_names("Foto: Jan de Vries / ANP") == 2
    assert credit_names("Bild: Kari Nordmann, NTB") == 2
    assert credit_names("Foto: Michal Šula, Vltavský zpravodaj") == 2
    assert credit_names("Foto: Michal Šula, Vltavský zpravodaj", strict=True) == 0
    assert credit_names("A: Tie between Istanbul, Turkey and Cape Town, South Africa") == 0
    assert credit_names("Let op: de prijzen kunnen wijzigen.") == 0


def test_comment_thread_by_shape_after_the_story_only() -> None:
    thread = "".join(
        f'<div class=c><div>{name}</div><div>{text}</div><div>Svar · Rapporter · {n} liker</div></div>'
        for name, text, n in (("fjellgeit88", "Endelig skjer det noe.", 12), ("Kari H.", "Flott!", 3)))
    page = _page(f"<div class=t><div>Innlegg (31)</div>{thread}</div>")
    label_html(page)
    rules = {b.text: b.rule for b in page.blocks}
    assert rules["Innlegg (31)"] == rules["fjellgeit88"] == rules["Flott!"] == "heuristic.comments"
    assert all(b.label == STORY for b in page.blocks if b.text.startswith("Het college"))
    # the same run with story text after it is no thread after the story
    page = _page(f"<div class=t>{thread}</div><p>{_SENTENCE * 2}</p>")
    label_html(page)
    assert not any(b.label == BOILERPLATE and b.rule == "heuristic.comments" for b in page.blocks)


def test_cards_wrapped_in_their_link_keep_source_and_age() -> None:
    from declutter.content.assemble import assemble

    cards = "".join(
        f'<div class=f><a href="/{k}"><div>{title}</div><div>{meta}</div></a></div>'
        for k, (title, meta) in enumerate((
            ("Reus obrirà la nova biblioteca central al setembre", "Diari del Camp · fa 3 hores"),
            ("Els sindicats convoquen vaga a Rodalies per dijous", "ACN · ahir"))))
    page = _page(f"<div class=m><div>Més notícies d'altres mitjans</div>{cards}</div>")
    label_html(page)
    teasers = [(t.title, t.source, t.age) for t in assemble(page).teasers]
    assert teasers == [
        ("Reus obrirà la nova biblioteca central al setembre", "Diari del Camp", "fa 3 hores"),
        ("Els sindicats convoquen vaga a Rodalies per dijous", "ACN", "ahir")]
