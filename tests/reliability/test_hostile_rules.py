"""Hostile rule files: data only, no code, no escape from the rules folder, no regex or XPath
that makes a page slow or reaches outside RE2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from declutter.ruleset.load import RuleError, load_files


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "hostile.yaml").write_text(text, "utf-8")
    return folder


def _rule(match: str) -> str:
    return ("name: hostile\nrules:\n  - id: hostile.r\n    description: hostile\n"
            f"    match: {match}\n    action: drop\n")


@pytest.mark.parametrize("match, message", [
    ('{xpath: "//p[re:test(., \'^(a+)+$\')]"}', "Undefined namespace prefix"),
    ('{xpath: "//p[contains(., \'\\0\')]"}', "bad XPath"),
    ('{css: "p[title"}', "bad CSS selector"),
    ("{regex: '(a+)+\\1'}", "not valid RE2"),
    ("{regex: '(?<=a)b'}", "not valid RE2"),
])
def test_regexes_outside_re2_and_broken_selectors_are_lint_errors(tmp_path: Path, match: str,
                                                                  message: str) -> None:
    with pytest.raises(RuleError, match="hostile.yaml:5:") as caught:
        load_files([_write(tmp_path / "rules", _rule(match))])
    assert message in str(caught.value)


def test_a_nul_in_a_css_selector_loads_or_is_refused_never_crashes(tmp_path: Path) -> None:
    # cssselect >= 1.6 reads NUL as U+FFFD, as CSS says; older versions refuse it.
    try:
        files = load_files([_write(tmp_path / "rules", _rule('{css: "p\\0"}'))])
    except RuleError as exc:
        assert "bad CSS selector" in str(exc)
        return
    assert files[0].rules[0].match.compiled_xpath is not None


def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    # nine levels of ten aliases: a billion strings if anything expanded them
    lines = ['a0: &a0 ["lol"]'] + [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(10))}]"
                                   for i in range(1, 10)]
    text = "\n".join(lines) + "\nrules:\n  - id: x\n    description: bomb\n    match: {text: *a9}\n" \
                              "    action: drop\n"
    folder = _write(tmp_path / "rules", text)
    proc = subprocess.run([sys.executable, "-m", "declutter", "rules", "lint", str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "hostile.yaml" in proc.stdout + proc.stderr


def test_a_symlinked_test_page_outside_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.html"
    outside.write_text("<p>secret</p>", "utf-8")
    project = tmp_path / "project"
    rules = project / "rules"
    rules.mkdir(parents=True)
    (rules / "page.html").symlink_to(outside)
    _write(rules, "name: hostile\nrules: []\ntests:\n  - path: page.html\n"
                  "    expect: {contains: secret}\n")
    with pytest.raises(RuleError, match="leaves the project folder"):
        load_files([rules])


def test_a_nested_quantifier_rule_on_a_huge_line_stays_linear(tmp_path: Path) -> None:
    # with a backtracking engine '(a*)*b' on a megabyte of 'a' would never end
    folder = _write(tmp_path / "rules", _rule("{regex: '(a*)*b'}") + _rule(
        "{regex: '^(\\w+\\s?)*$'}").replace("name: hostile\nrules:\n", "").replace(
        "hostile.r", "hostile.s"))
    page = tmp_path / "long.txt"
    page.write_text("Headline\n" + "a" * (1 << 20) + "\n" + "word " * 200_000 + "!\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "declutter", "clean", str(page), "--rules", str(folder),
         "--page-timeout", "60", "--no-progress", "--allow-errors"],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    [line] = proc.stdout.splitlines()
    assert "PageTimeout" not in line


@pytest.mark.parametrize("xpath", [
    "//*[count(following::*[count(following::*) > 0]) > 0]",   # cubic: 12.8 s on 2,000 elements
    "//p[. = //a]",                                              # quadratic
])
def test_an_xpath_that_grows_faster_than_the_page_is_a_lint_error(tmp_path: Path, xpath: str) -> None:
    with pytest.raises(RuleError, match="a rule must stay linear"):
        load_files([_write(tmp_path / "rules", _rule(f'{{xpath: "{xpath}"}}'))])


def test_ordinary_selectors_pass_the_growth_check(tmp_path: Path) -> None:
    for match in ('{css: "div.related a, aside h3"}', '{xpath: "//div[contains(@class, \'promo\')]//p"}'):
        assert load_files([_write(tmp_path / "rules", _rule(match))])
