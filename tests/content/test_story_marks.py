"""What the markup of an HTML story's blocks tells (declutter.content.story_marks): an
editor's note set wholly in emphasis with a link goes, a bold lead that opens the story stays."""

from __future__ import annotations

from declutter.api import extract

_PARAGRAPHS = (
        "Gradska uprava je u utorak predstavila novi plan javnog prijevoza koji stupa na snagu "
        "u ožujku sljedeće godine i mijenja nekoliko autobusnih linija u središtu grada.",
        "Prema novom planu tramvaji će u vršnim satima voziti svakih pet minuta, a noćni "
        "autobusi prometovat će i vikendom, rekli su iz uprave na konferenciji za medije.",
        "Gradonačelnik je rekao da je cilj promjena smanjiti promet automobila u središtu "
        "grada i skratiti vrijeme putovanja za većinu putnika koji dolaze iz predgrađa.")


def test_an_editors_note_in_italics_with_a_link_goes_a_bold_lead_stays() -> None:
    lead = ("<p><b>Novi plan prijevoza donosi češće tramvaje i noćne autobuse vikendom, a "
            "promjene stupaju na snagu u ožujku, <a href='/plan'>objavila je uprava</a>.</b></p>")
    note = "<p><i>Pratite nas i na <a href='https://t.me/x'>Telegramu</a>.</i></p>"
    body = [f"<p>{p}</p>" for p in _PARAGRAPHS]
    html = (f"<html><body><article><h1>Grad mijenja autobusne linije</h1>{lead}{body[0]}{note}"
            f"{''.join(body[1:])}"
            "</article></body></html>")
    text = extract(html) or ""
    assert "Novi plan prijevoza" in text and "Gradonačelnik" in text
    assert "Telegramu" not in text
