"""Shallow features shared by the readers: here, a name the page says again."""

from __future__ import annotations

from declutter.blocks import text_to_blocks
from declutter.content.features import named_again

PAGE = text_to_blocks(
    "Gazeta Wybrzeża\n\nTytuł artykułu\n\nTreść.\n\n© 2026 GAZETA WYBRZEŻA\n\nGazeta Wybrzeża")


def test_named_again_within_its_bounds() -> None:
    assert named_again("Gazeta Wybrzeża", PAGE, start=1)  # the last line
    assert not named_again("Gazeta Wybrzeża", PAGE, start=1, stop=-1)  # the copyright is in capitals
    assert named_again("Gazeta Wybrzeża", PAGE, start=1, stop=-1, caseless=True)
    assert named_again("Gazeta Wybrzeża", PAGE, start=-2)


def test_named_again_longer_and_besides() -> None:
    name = "Gazeta Wybrzeża"
    assert not named_again(name, PAGE, start=-1, longer=True)  # the same line, no longer
    assert named_again(name, PAGE, caseless=True, longer=True)  # "© 2026 GAZETA WYBRZEŻA"
    assert not named_again(name, PAGE, besides=name)  # every line holding it exactly is itself
    assert named_again(name, PAGE, caseless=True, besides=name)
