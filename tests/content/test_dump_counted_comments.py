# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A comment section right after a dump's story (fresh-user 2 kind D12, shown on Dutch and
Hindi dumps; here in Spanish): a heading with a count ("Comentarios (3)") over lines "Name:
comment", each with maybe a reaction row under it, is no story and no teaser."""

from __future__ import annotations

from declutter import clean_text

ES_COUNTED_COMMENTS = """\
Valencia amplía el carril bici del centro con cuatro kilómetros nuevos
Diario del Turia · hace 3 horas
El Ayuntamiento de Valencia ha aprobado este martes la ampliación del carril bici del centro histórico con cuatro kilómetros nuevos que conectarán el barrio del Carmen con la estación del Norte.
Según el concejal de Movilidad, las obras comenzarán en septiembre y durarán unos ocho meses, con un presupuesto de casi seis millones de euros.
Los vecinos podrán consultar el trazado definitivo en la web municipal a partir de la próxima semana.
Comentarios (3)
Lucía Martínez: Por fin, llevamos años pidiendo un carril seguro en esa zona.
Responder · 7
Javi R.: Espero que esta vez no tarden el doble de lo previsto.
Responder · 2
"""


def test_a_counted_comment_section_under_the_story_is_dropped() -> None:
    result = clean_text(ES_COUNTED_COMMENTS, id="es-comments")
    lines = ES_COUNTED_COMMENTS.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == lines[2:5]
    assert result.teasers == []
    # the heading a bundled rule knows; its comments are read by their shape
    assert [r.text for r in result.removed if r.rule.endswith(".comments")] == lines[5:]


def test_comments_under_a_heading_no_rule_knows_are_dropped() -> None:
    dump = ES_COUNTED_COMMENTS.replace("Comentarios (3)", "Komentáře (3)")
    result = clean_text(dump, id="cs-comments")
    lines = dump.splitlines()
    assert result.text.split("\n\n") == lines[2:5]
    assert result.teasers == []
    assert [r.text for r in result.removed if r.rule == "heuristic.comments"] == lines[5:]


CY_ONE_COMMENT = """\
Pont newydd dros afon Teifi yn agor i gerddwyr
Gwyn Morgan · 3 awr yn ôl
Agorodd y bont newydd dros afon Teifi i gerddwyr a beicwyr fore Llun ar ôl dwy flynedd o waith adeiladu ar lan yr afon.
Dywedodd y cyngor sir fod y bont yn cysylltu dwy ran o'r dref am y tro cyntaf ers i'r hen bont gau yn dilyn llifogydd mawr.
Bydd y bont ar agor bob dydd o chwech y bore tan hanner nos, ac mae goleuadau newydd wedi eu gosod ar hyd y llwybr.
Sylwadau (1)
Elin · 1 hour ago
Newyddion da iawn i'r dref.
"""


def test_a_lone_comment_under_a_counted_heading_is_no_teaser() -> None:
    """One comment, a name line "Name · age" over its sentence, under "Sylwadau (1)" (Welsh,
    written for this test): a comment section's entry, dropped, never a teaser."""
    result = clean_text(CY_ONE_COMMENT, id="cy-comment")
    lines = CY_ONE_COMMENT.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == lines[2:5]
    assert result.teasers == []
    assert [r.text for r in result.removed if r.rule == "heuristic.comments"][-2:] == lines[-2:]
