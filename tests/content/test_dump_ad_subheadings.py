# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A subheading right under an ad label a rule dropped is story when it announces the section
under it (shares its words); a line under the label announcing nothing ("Story continues
below") stays out: dumps of our own in two languages."""

from __future__ import annotations

import pytest

from declutter import clean_text

ES = [
    "Los ferris de Chiloé tendrán salidas cada media hora desde marzo",
    "La empresa naviera anunció que duplicará la frecuencia de los ferris entre Pargua y Chacao a partir del próximo mes.",
    "Hasta ahora los camiones esperaban hasta dos horas en temporada alta para cruzar el canal.",
    "El gobierno regional celebró la medida, aunque pidió que las tarifas no suban durante el verano.",
    "Publicidad",
    "Nuevas rampas en ambos muelles",
    "Las nuevas rampas de los muelles permitirán cargar dos ferris a la vez y reducir las esperas en las horas punta.",
    "Las obras de las rampas terminarán en febrero, según el ministerio de obras públicas.",
]
EN = [
    "Harbour town to replace its Victorian sea wall within five years",
    "Work on a new sea wall for Port Carrow will begin next spring after the council secured funding from the flood defence budget.",
    "The old wall was badly damaged in the storms of the last two winters and now leaks at high tide.",
    "Engineers say the new wall will be a metre higher and built to last at least a century.",
    "Advertisement",
    "Residents asked to comment",
    "The council has asked residents to comment on three designs for the promenade on top of the wall by the end of the month.",
    "An exhibition of the designs will open at the harbour library next week.",
]


@pytest.mark.parametrize("lines", [ES, EN])
def test_a_subheading_under_an_ad_label_stays_story(lines: list[str]) -> None:
    record = clean_text("\n".join(lines) + "\n", id="ad-subheading")
    ad = lines.index(next(line for line in lines if line in ("Publicidad", "Advertisement")))
    assert record.title == lines[0]
    assert record.text.split("\n\n") == lines[1:ad] + lines[ad + 1:]
    assert [r.text for r in record.removed or []] == [lines[ad]]


def test_a_line_under_an_ad_label_announcing_nothing_is_no_subheading() -> None:
    lines = [*EN[:5], "Article continues after this message", *EN[6:]]
    record = clean_text("\n".join(lines) + "\n", id="ad-notice")
    assert "Article continues after this message" not in record.text
    assert record.text.split("\n\n") == lines[1:4] + lines[6:]
