"""Photo captions in a dump told by the credit that closes them (declutter.content.line_captions):
a bracketed, signed or labelled credit after a caption's words; lines of our own in Polish."""

from __future__ import annotations

import pytest

from declutter.content.line_captions import is_caption


@pytest.mark.parametrize("line", [
    "Rowerzyści przejeżdżają przez nowy most nad Wisłą w sobotę rano (Foto: PAP)",
    "Prezydent miasta otwiera nowy park przy ulicy Długiej (REUTERS/Jan Kowalski)",
    "Mieszkańcy czekają na tramwaj przy dworcu głównym. © AFP / Anna Nowak",
    "Dzieci bawią się na placu zabaw w centrum miasta. Zdjęcie: Piotr Wiśniewski",
])
def test_a_caption_closed_by_a_credit_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "(Foto: PAP)",  # only a credit: no caption's words before it
    "Rada miasta przyjęła budżet na przyszły rok większością głosów.",
    "Nowy most kosztował 40 mln zł (dpa/gem)",
])
def test_a_line_with_no_credit_after_a_caption_is_none(line: str) -> None:
    assert not is_caption(line)
