"""The page-time budget is never swallowed: a page whose rules outrun ``--page-timeout`` is
an error record on every machine, not a record with the slow rule quietly left out
(issue 18, item 4)."""

from __future__ import annotations

import time

import pytest
from lxml import etree

from declutter.io.readers import RawPage
from declutter.pipeline import PageTimeout, Pipeline, _budget
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.model import Matcher, Rule, RuleFile, Scope


def _slow_rules() -> RuleSet:
    """One drop rule whose XPath is quadratic in the paragraphs (lint would refuse it; a
    library user can still build it), so the page's time goes by inside the rule engine."""
    slow = "//p[count(//p[. = 'never']) > 0]"
    rule = Rule(id="slow.quadratic", action="drop",
                match=Matcher(xpath=slow, compiled_xpath=etree.XPath(slow)))
    return RuleSet([RuleFile(path="slow.yaml", name="slow", scope=Scope(all=True), rules=[rule])])


def test_budget_that_expires_in_a_rule_is_an_error_record() -> None:
    paragraphs = "".join(f"<p>Paragraph {i}: the council agreed to repair the bridge.</p>"
                         for i in range(1500))
    page = RawPage("slow", "html", f"<html><body><article>{paragraphs}</article></body></html>")
    record = Pipeline(rules=_slow_rules(), page_seconds=0.1).clean(page)
    assert record.error is not None and record.error.startswith("PageTimeout")
    assert record.text == ""


def test_page_inside_its_budget_is_cleaned() -> None:
    page = RawPage("quick", "html", "<html><body><article><p>The council agreed on Tuesday to "
                   "repair the old bridge over the river before winter.</p></article></body></html>")
    record = Pipeline(rules=_slow_rules(), page_seconds=5).clean(page)
    assert record.error is None and "bridge" in record.text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_budget_that_rings_inside_a_finalizer_still_ends_the_page() -> None:
    # The alarm can ring while Python runs a __del__ or a weakref callback, which print the
    # exception and swallow it (seen once in CI: the slow-rule page above came out whole)
    class Slow:
        def __del__(self) -> None:
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                pass

    with pytest.raises(PageTimeout), _budget(0.05):
        Slow()  # collected at once: the alarm rings inside its __del__
