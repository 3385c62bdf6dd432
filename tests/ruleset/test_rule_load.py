"""Loading rule files: every problem reported as file:line:column, all or nothing, RE2 only."""

from __future__ import annotations

import re

import pytest

from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import RuleError, compile_regex, load_files
from declutter.ruleset.model import Where


def problems_of(write_rules, text: str) -> list[str]:
    path = write_rules("bad.yaml", text)
    with pytest.raises(RuleError) as info:
        load_files([path])
    return [str(p) for p in info.value.problems]


def located(messages: list[str], line: int, column: int, fragment: str) -> bool:
    return any(
        re.match(rf".*bad\.yaml:{line}:{column}: ", m) and fragment in m for m in messages
    )


def test_each_problem_is_reported_with_its_line_and_column(write_rules):
    messages = problems_of(write_rules, """\
        name: bad
        rules:
          - id: bad.unknown-key
            description: a key the loader does not know
            match: {phrase: foo, colour: red}
            action: drop
          - description: no id at all
            match: {text: x}
            action: drop
          - id: bad.regex
            description: a pattern with a backreference
            match: {regex: '(a+)\\1'}
            action: drop
          - id: bad.css
            description: broken selector
            match: {css: 'div[[['}
            action: drop
          - id: bad.xpath
            description: broken XPath
            match: {xpath: '//div[@'}
            action: drop
          - id: bad.action
            description: an action that does not exist
            match: {text: z}
            action: delete
          - id: bad.no-description
            match: {text: w}
            action: drop
        """)
    assert located(messages, 5, 26, "unknown key 'colour' in match")
    assert located(messages, 7, 5, "rule has no id")
    assert located(messages, 12, 20, "not valid RE2")
    assert located(messages, 16, 18, "bad CSS selector")
    assert located(messages, 20, 20, "bad XPath")
    assert located(messages, 25, 13, "action must be one of drop, keep, teasers, end-of-story")
    assert located(messages, 26, 5, "bad.no-description: no description")
    assert len(messages) == 7


def test_duplicate_ids_across_files_name_both_places(write_rules, tmp_path):
    write_rules("a.yaml", """\
        rules:
          - {id: same.id, description: first, match: {text: a}, action: drop}
        """)
    write_rules("b.yaml", """\
        rules:
          - {id: other, description: fine, match: {text: b}, action: drop}
          - {id: same.id, description: second, match: {text: c}, action: drop}
        """)
    with pytest.raises(RuleError) as info:
        load_files([tmp_path / "rules"])
    (problem,) = info.value.problems
    assert str(problem).endswith("b.yaml:3:5: duplicate rule id 'same.id' (first at "
                                 f"{tmp_path / 'rules' / 'a.yaml'}:2:5)")


def test_empty_scope_unknown_scope_key_and_duplicate_yaml_key(write_rules):
    assert located(problems_of(write_rules, "scope: {}\nrules: []\n"), 1, 8, "empty scope")
    assert located(problems_of(write_rules, "scope: {hosts: [a.example]}\n"), 1, 9,
                   "unknown key 'hosts' in scope")
    assert located(problems_of(write_rules, "name: a\nname: b\n"), 2, 1, "duplicate key 'name'")


def test_yaml_syntax_error_points_at_the_line(write_rules):
    messages = problems_of(write_rules, "rules:\n  - id: x\n    match: {text: [unclosed\n")
    assert len(messages) == 1 and "not valid YAML" in messages[0]
    assert re.search(r"bad\.yaml:4:1: ", messages[0])


def test_yaml_tags_that_build_objects_are_refused(write_rules):
    messages = problems_of(write_rules, "name: !!python/object/apply:os.system ['true']\n")
    assert len(messages) == 1 and "not valid YAML" in messages[0]


def test_a_broken_file_loads_nothing(write_rules, tmp_path):
    write_rules("good.yaml", """\
        rules:
          - {id: good.one, description: fine, match: {text: a}, action: drop}
        """)
    write_rules("zbad.yaml", "rules:\n  - {id: bad.one, match: {text: b}, action: drop}\n")
    with pytest.raises(RuleError):
        RuleSet.load([tmp_path / "rules"], bundled=False)


@pytest.mark.parametrize("pattern", [
    r"^(\w+)\s+\1$",             # backreference: exponential in backtracking engines
    r"^(?=(a+))\1b",              # lookahead + backreference, the classic ReDoS shape
    r"(?<=x)a",                   # lookbehind
    r"a*+b",                      # possessive quantifier
])
def test_patterns_re2_refuses_are_lint_errors(pattern):
    with pytest.raises(Exception) as info:
        compile_regex(pattern, Where("f.yaml", 3, 7))
    assert str(info.value).startswith("f.yaml:3:7: regex ")
    assert "not valid RE2" in str(info.value)


def test_nested_quantifiers_run_in_linear_time_under_re2():
    # (a+)+$ backtracks exponentially in Python's re on "aaa...b"; RE2 answers at once.
    regex = compile_regex(r"^(a+)+$", Where("f.yaml", 1, 1))
    assert regex.search("a" * 50_000 + "b") is None
    assert regex.search("a" * 50_000) is not None


def test_test_paths_may_not_leave_the_project(write_rules):
    messages = problems_of(write_rules, """\
        tests:
          - path: ../../../../etc/passwd
            expect: {contains: root}
        """)
    assert located(messages, 2, 11, "leaves the project folder")


def test_like_names_a_definition_of_any_loaded_file(write_rules, tmp_path):
    write_rules("defs.yaml", "definitions:\n  stamp: '^\\d{2}:\\d{2}$'\n")
    write_rules("use.yaml", """\
        rules:
          - {id: use.stamp, description: time stamps, match: {like: stamp}, action: drop}
          - {id: use.nothing, description: missing, match: {like: nowhere}, action: drop}
        """)
    with pytest.raises(RuleError) as info:
        load_files([tmp_path / "rules"])
    (problem,) = info.value.problems
    assert "use.yaml:3:59: like: no definition named 'nowhere' (defined: stamp)" in str(problem)


def test_the_bundled_rules_load():
    rules = RuleSet.load()
    ids = {r.id for r in rules.rules}
    assert {"global.hashtags", "global.read-also", "brief24.more-from", "wirewatch.related"} <= ids
    assert all(r.description for r in rules.rules)


def test_a_file_that_is_not_yaml_is_reported_alone(write_rules, tmp_path):
    write_rules("a-defs.yaml", "definitions:\n  stamp: '^\\d{2}:\\d{2}$'\nrules: [unclosed\n")
    write_rules("b-use.yaml", """\
        rules:
          - {id: use.stamp, description: time stamps, match: {like: stamp}, action: drop}
        """)
    with pytest.raises(RuleError) as info:
        load_files([tmp_path / "rules"])
    (problem,) = info.value.problems  # no follow-on "no definition named 'stamp'" in b-use.yaml
    assert "a-defs.yaml" in str(problem) and "not valid YAML" in str(problem)


def test_definitions_are_available_to_other_labelling_code():
    rules = RuleSet.load()
    meta = rules.definition("source-age")
    assert meta.search("Provence Matin · hier").groupdict() == {"source": "Provence Matin", "age": "hier"}
    assert rules.definition("age").search("vor 3 Stunden") is not None
    assert rules.definition("no-such-definition") is None


def test_bundled_regexes_compile_on_first_use_and_lint_compiles_them_all() -> None:
    """Start-up (issue 16): a run compiles a bundled regex when a page first uses it (a
    deferred one searches as the compiled one does, here on Norwegian text); ``rules lint``
    (``measure_bundled``) compiles and measures every one at load."""
    from declutter.ruleset.cost import DeferredRegex
    from declutter.ruleset.load import bundled_dir

    lazy = compile_regex(r"(?i)^for (?P<n>\d+) timer siden$", Where("t"), measure=False)
    assert isinstance(lazy, DeferredRegex) and "search" not in vars(lazy)
    assert lazy.search("For 3 timer siden")["n"] == "3" and lazy.groupindex == {"n": 1}
    assert "search" in vars(lazy) and lazy.search("i går") is None
    run = [r.match.regex for f in load_files([bundled_dir()]) for r in f.rules
           if r.match.regex is not None]
    lint = [r.match.regex for f in load_files([bundled_dir()], measure_bundled=True)
            for r in f.rules if r.match.regex is not None]
    assert any(isinstance(r, DeferredRegex) for r in run)
    assert lint and not any(isinstance(r, DeferredRegex) for r in lint)
