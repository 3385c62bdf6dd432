"""Reading a rule's match conditions and teaser patterns: each problem at its place."""

from __future__ import annotations

import textwrap

import pytest

from declutter.ruleset.matchers import MatchReader
from declutter.ruleset.source import Problem, parse_yaml


def problem_of(text: str, key: str, read: str = "pattern") -> str:
    """The problem of reading ``key`` of a YAML mapping as a match (``read="matcher"``) or a
    teaser pattern."""
    data = parse_yaml(textwrap.dedent(text), "bad.yaml")
    reader = MatchReader("bad.yaml", {"stamp": (r"^\d{2}:\d{2}$", data.where)}, measure=False)
    with pytest.raises(Problem) as info:
        getattr(reader, read)(data[key], data.keys_at[key])
    return str(info.value)


def test_card_parts_are_checked():
    problem = problem_of("""\
        pattern:
          - field: title
            parts: {title: 'a[[', line: {css: .meta}}
        """, "pattern")
    assert problem.startswith("bad.yaml:3:") and "bad CSS selector 'a[['" in problem


def test_a_pattern_needs_a_title():
    problem = problem_of("""\
        pattern:
          - {field: source, match: {like: stamp}}
        """, "pattern")
    assert problem.startswith("bad.yaml:2:") and "needs a title" in problem


def test_a_match_takes_regex_or_like_not_both_and_a_known_definition():
    assert "use either regex or like" in problem_of(
        "match: {regex: 'a', like: stamp}\n", "match", read="matcher")
    assert "no definition named 'horodatage' (defined: stamp)" in problem_of(
        "match: {like: horodatage}\n", "match", read="matcher")


def test_a_named_pattern_and_a_matcher_read():
    data = parse_yaml("match: {like: stamp, max_words: 2, after: {prefix: 'Lire aussi'}}\n", "ok.yaml")
    reader = MatchReader("ok.yaml", {"stamp": (r"^\d{2}:\d{2}$", data.where)}, measure=False)
    m = reader.matcher(data["match"], data.keys_at["match"])
    assert m.regex is not None and m.regex.search("14:05") and m.max_words == 2
    assert m.after is not None and m.after.prefix == ("lire aussi",)  # (folded)
    reader.patterns["carte"] = []
    assert reader.pattern("carte", data.where) == []
