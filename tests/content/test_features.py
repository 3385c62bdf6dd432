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


def test_a_tibetan_word_is_letters_its_vowel_signs_and_tshegs() -> None:
    """features.LETTER takes the Tibetan vowel signs and the tsheg that joins a word's syllables,
    so an age in Tibetan reads as words around a number ("ཆུ་ཚོད་ ༣ སྔོན", "3 hours ago") and
    "ཁ་སང" ("yesterday") as a day word, as their Latin-script counterparts do (fresh-user kind
    D1). A tsheg never begins a word."""
    import re

    from declutter.content.byline_ages import byline_age
    from declutter.content.features import LETTERS
    from declutter.content.line_columns import day_word

    assert all(re.fullmatch(LETTERS, w) for w in ("སྔོན", "ཆུ་ཚོད་", "ཁ་སང"))
    assert not re.fullmatch(LETTERS, "་ཁ")
    assert byline_age("ཆུ་ཚོད་ ༣ སྔོན") and byline_age("ཉིན་ ༢ སྔོན")
    assert day_word("ཁ་སང")


def test_whole_words_search_as_its_regex() -> None:
    """WholeWords.search runs its regex only when an automaton hit is a whole token: a word
    inside a longer one (Icelandic "þú" in "þúsund", "við" in "viðtal"), after a digit or "_",
    is none; at either end of the text or between marks it is one. Its answer (and the match)
    stays the regex's own."""
    from declutter.content.features import WholeWords

    words = WholeWords(frozenset({"þú", "við", "okkar"}))
    texts = ["þúsund manns", "viðtal", "2við", "við_", "_okkar", "okkar", "Skráðu þig, þú!",
             "viðtal við okkur", "(við)", "okkarokkar okkar", "", "þ"]
    for text in texts:
        found, expected = words.search(text), words.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert words.search("þúsund viðtöl") is None
    assert words.search("Skráðu þig, þú!").group() == "þú"
