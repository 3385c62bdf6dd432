"""Every rule's cost is bounded and measured when it is loaded (issue 18, item 13): XPath is
timed on probe pages that hold what it names, a regex's compiled size is capped, regex rules
share one RE2 set however many there are, and a rule over the page budget is refused with
the figure."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
import re2

from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline
from declutter.ruleset.cost import names_in, probe_page
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import RuleError, load_files
from declutter.ruleset.model import Matcher, Rule, RuleFile, Scope


def _rules(folder: Path, *matches: str) -> Path:
    folder.mkdir(exist_ok=True)
    text = "name: costly\nrules:\n" + "".join(
        f"  - id: costly.r{i}\n    description: costly\n    match: {m}\n    action: drop\n"
        for i, m in enumerate(matches))
    (folder / "costly.yaml").write_text(text, "utf-8")
    return folder


def test_probe_pages_hold_what_the_expression_names() -> None:
    tags, attributes, strings = names_in("//li[@data-x = 'card'][count(following::li) > 0]")
    assert tags == ("li",) and attributes == ("data-x",) and strings == ("card",)
    page = probe_page(400, list(tags), list(attributes), list(strings))
    assert len(page.xpath("//li[@data-x]")) >= 60


def test_a_cubic_xpath_over_a_tag_the_old_probes_lacked_is_refused(tmp_path: Path) -> None:
    # 83 s on one page of 2,000 <li> before; the old probe pages held only div, p and a
    xpath = "//li[count(following::li[count(following::li) > 0]) > 0]"
    started = time.monotonic()
    with pytest.raises(RuleError, match=r"costly.yaml:5:\d+: bad XPath .*(ms on a probe page|"
                                        r"grows faster)"):
        load_files([_rules(tmp_path / "rules", f'{{xpath: "{xpath}"}}')])
    assert time.monotonic() - started < 30  # lint itself stays bounded


def test_a_regex_of_20000_alternatives_is_refused_with_its_size(tmp_path: Path) -> None:
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdefghij") for _ in range(8)) for _ in range(20_000)]
    with pytest.raises(RuleError, match=r"compiles to [\d,]+ RE2 instructions, over the cap"):
        load_files([_rules(tmp_path / "rules", "{regex: '" + "|".join(words) + "'}")])


def test_20000_regex_rules_run_as_one_set() -> None:
    rng = random.Random(2)
    sources = [f"\\b{''.join(rng.choice('klmnopqrst') for _ in range(9))}\\s+\\d+"
               for _ in range(20_000)] + ["^Share this story"]
    # built directly: 20,000 rules through the YAML loader take a minute of this test's time
    rules = RuleSet([RuleFile("many.yaml", "many", Scope(all=True), [
        Rule(f"many.r{i}", "drop", Matcher(regex=re2.compile(s), regex_source=s))
        for i, s in enumerate(sources)])])
    paragraphs = "".join(f"<p>Paragraph {i}: the council agreed on Tuesday to repair the old "
                         "bridge over the river before the winter floods.</p>" for i in range(40))
    page = RawPage("p", "html", f"<html><body><article>{paragraphs}<p>Share this story</p>"
                                "</article></body></html>")
    pipeline = Pipeline(rules=rules, page_seconds=0)
    pipeline.clean(page)  # the set for this page's rules is built once
    started = time.thread_time()
    for _ in range(10):
        record = pipeline.clean(page)
    per_page = (time.thread_time() - started) / 10
    assert "Share this story" not in record.text and "Paragraph 39" in record.text
    assert per_page < 0.05, f"{per_page:.3f} s a page with 20,000 regex rules"


def test_ordinary_rules_pass(tmp_path: Path) -> None:
    assert load_files([_rules(tmp_path / "rules", "{regex: '(?i)^(read more|share)\\b'}",
                              '{css: "ul.related li a"}',
                              "{xpath: \"//li[contains(@class, 'promo')]//a\"}")])


def test_a_run_trusts_the_bundled_rules_cost_and_lint_measures_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from declutter.ruleset import cost, load
    timed: list[str] = []
    monkeypatch.setattr(cost, "check_xpath", lambda xpath, source: timed.append(source))
    monkeypatch.setattr(cost, "_WITHIN_BOUNDS", set())
    mine = _rules(tmp_path / "rules", '{xpath: "//aside[@data-x]"}')
    load_files([load.bundled_dir(), mine])
    assert timed == ["//aside[@data-x]"]  # the user's XPath only: the start-up of a run
    timed.clear()
    load_files([load.bundled_dir(), mine], measure_bundled=True)
    bundled = [s for s in timed if s != "//aside[@data-x]"]
    assert len(bundled) >= 5 and "//aside[@data-x]" in timed
    # what lint measures, the bundled rules pass
    load_files([load.bundled_dir()], measure_bundled=True)
