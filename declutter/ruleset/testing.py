"""Run the tests that editors write inside rule files (``tests:``), as ``declutter rules test`` does.

A test gives a page (``input:`` inline, or ``path:`` to a file next to the rules, such as
``../../samples/dumps/x.txt``) and what must come out of cleaning it with the whole rule set:

- ``title``: the record's title, exactly;
- ``text``: the story text, exactly (paragraphs separated by a blank line);
- ``contains`` / ``not_contains``: strings (one or a list) that must / must not be in the
  story text (``not_contains`` also checks the title);
- ``teasers``: a number (how many teasers), or a list of teasers in order, each a mapping of
  the fields to check (``title``, ``source``, ``age``, ``text``, ``url``; fields left out are
  not checked, ``null`` means "no value");
- ``dropped``: every dropped block of the page in order (the bundled rules' and the
  heuristics' too: the complete list), each a text or ``{text: ..., rule: rule-id}``;
- ``dropped_by_file``: the same for only the blocks that the test's own file's rules drop
  (other blocks, whoever dropped them, are not checked).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, RawPage
from declutter.pipeline import Pipeline
from declutter.record import Record
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.model import TEASER_KEYS, RuleFile, RuleTest


@dataclass(slots=True)
class TestResult:
    """The outcome of one rule-file test: failures (empty when it passed)."""

    file: str
    test: RuleTest
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def name(self) -> str:
        return f"{self.file}::{self.test.name}"


def _short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value or ()]


def read_test_page(path: Path, limit: int = DEFAULT_MAX_PAGE_BYTES) -> bytes:
    """The bytes of a test page: a regular file (not a device, FIFO or folder) of at most
    ``limit`` bytes; raises :class:`OSError` saying which it is not."""
    with path.open("rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"not a regular file: {path}")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"larger than --max-page-bytes ({limit} bytes): {path}")
    return data


def page_of(test: RuleTest) -> RawPage:
    """The raw page a test feeds to the pipeline (raises OSError when its file is missing,
    not a regular file or larger than the page limit)."""
    if test.path is not None:
        content: bytes | str = read_test_page(test.path)
        guessed = "html" if test.path.suffix.lower() in (".html", ".htm", ".xhtml") else "text"
    else:
        content = test.input or ""
        guessed = "html" if content.lstrip().startswith("<") else "text"
    return RawPage(id=test.name, format=test.format or guessed, content=content,
                   url=test.url, source=test.source)


def check(record: Record, expect: dict[str, Any], own_rules: Iterable[str] = ()) -> list[str]:
    """Compare a cleaned record with a test's ``expect`` mapping; return what differs.
    ``own_rules``: the ids of the test's file's rules (for ``dropped_by_file``)."""
    out: list[str] = []
    if record.error and record.error != "no story found":
        out.append(f"the page could not be cleaned: {record.error}")
    if "title" in expect and record.title != expect["title"]:
        out.append(f"title: expected {_short(expect['title'])}, got {_short(record.title)}")
    if "text" in expect:
        want = str(expect["text"]).strip("\n")
        if record.text != want:
            out.append(_text_difference(want, record.text))
    for phrase in _as_list(expect.get("contains")):
        if phrase not in record.text:
            out.append(f"contains: story text lacks {_short(phrase)}")
    for phrase in _as_list(expect.get("not_contains")):
        if phrase in record.text or phrase in (record.title or ""):
            out.append(f"not_contains: story has {_short(phrase)}")
    if "teasers" in expect:
        out.extend(_check_teasers(record, expect["teasers"]))
    if "dropped" in expect:
        out.extend(_check_dropped(record.removed or [], expect["dropped"], "dropped"))
    if "dropped_by_file" in expect:
        own = set(own_rules)
        mine = [r for r in record.removed or [] if r.rule in own]
        out.extend(_check_dropped(mine, expect["dropped_by_file"], "dropped_by_file"))
    return out


def _text_difference(want: str, got: str) -> str:
    wanted, found = want.split("\n\n"), got.split("\n\n") if got else []
    for n, (a, b) in enumerate(zip(wanted, found, strict=False)):
        if a != b:
            return f"text: paragraph {n + 1} expected {_short(a)}, got {_short(b)}"
    if len(wanted) != len(found):
        extra = found[len(wanted):] or wanted[len(found):]
        which = "extra" if len(found) > len(wanted) else "missing"
        return (f"text: expected {len(wanted)} paragraphs, got {len(found)} "
                f"({which}: {_short(extra[0])})")
    return "text: differs in white space"


def _check_teasers(record: Record, want: Any) -> list[str]:
    got = record.teasers
    if isinstance(want, int) and not isinstance(want, bool):
        if len(got) != want:
            titles = [t.title for t in got]
            return [f"teasers: expected {want}, got {len(got)} {_short(titles, 200)}"]
        return []
    if not isinstance(want, list):
        return ["teasers: expect a number or a list of teasers"]
    out = []
    if len(got) != len(want):
        out.append(f"teasers: expected {len(want)}, got {len(got)} "
                   f"{_short([t.title for t in got], 200)}{_unknown_ages(want)}")
    for n, (w, g) in enumerate(zip(want, got, strict=False)):
        if not isinstance(w, dict):
            out.append(f"teaser {n + 1}: expect a mapping of fields")
            continue
        for key in TEASER_KEYS:
            if key in w:
                value = getattr(g, key)
                expected = None if w[key] is None else str(w[key]).strip("\n")
                if value != expected:
                    out.append(f"teaser {n + 1} {key}: expected {_short(expected)}, got {_short(value)}")
        for key in w:
            if key not in TEASER_KEYS:
                out.append(f"teaser {n + 1}: unknown field {key!r} (fields: {', '.join(TEASER_KEYS)})")
    return out


def _unknown_ages(want: list[Any]) -> str:
    """A hint for a test whose teasers were not found: the expected ages the card reader does
    not know (:func:`declutter.content.ages.is_card_age`), which a regex's ``age`` group only
    takes where the regex holds the slot to an age's shape (rules/README.md, "what an age
    takes"); "" when there are none."""
    from declutter.content.ages import is_card_age

    ages = [str(w["age"]) for w in want if isinstance(w, dict) and w.get("age")]
    unknown = [a for a in ages if not is_card_age(a)]
    if not unknown:
        return ""
    return (f"; the card reader does not know the age {_short(unknown[0])}: a regex's age group "
            "takes it only where the regex holds the slot to an age's shape, e.g. "
            "(?P<age>\\d+ [^|]+) for a number and its words, or use a {field: age} step")


def _check_dropped(got: list[Any], want: Any, key: str) -> list[str]:
    """``got`` (removed blocks) against the ``key`` list of a test; failures name ``key``."""
    if not isinstance(want, list):
        return [f"{key}: expect a list of texts"]
    out = []
    got_texts = [r.text for r in got]
    want_texts = [w.get("text") if isinstance(w, dict) else str(w) for w in want]
    if got_texts != want_texts:
        missing = [t for t in want_texts if t not in got_texts]
        extra = [f"{r.text} [{r.rule}]" for r in got if r.text not in want_texts]
        by = " by this file's rules" if key == "dropped_by_file" else ""
        if missing:
            out.append(f"{key}: not dropped{by} {_short(missing, 300)}")
        if extra:
            hint = (" (`dropped` is every dropped line of the page; `dropped_by_file` checks only "
                    "those of this file's rules)") if key == "dropped" else ""
            out.append(f"{key}: also dropped{by} {_short(extra, 300)}{hint}")
        if not missing and not extra:
            out.append(f"{key}: order differs, got {_short(got_texts, 300)}")
    for w in want:
        if isinstance(w, dict) and "rule" in w:
            rules = [r.rule for r in got if r.text == w.get("text")]
            if rules and w["rule"] not in rules:
                out.append(f"{key} {_short(w.get('text'))}: expected rule {w['rule']}, got {rules[0]}")
    return out


def run_tests(rules: RuleSet, files: Iterable[RuleFile]) -> Iterator[TestResult]:
    """Run every test of ``files`` against the whole rule set ``rules``; yield one result each."""
    pipeline = Pipeline(rules=rules)
    for rule_file in files:
        for test in rule_file.tests:
            result = TestResult(rule_file.path, test)
            try:
                raw = page_of(test)
            except OSError as exc:
                why = f"{exc.strerror}: {test.path}" if exc.strerror else str(exc)
                result.failures.append(f"cannot read the test page: {why}")
                yield result
                continue
            try:
                record = pipeline.clean(raw)
            except Exception as exc:  # a test reports a crash; it never stops the others
                result.failures.append(f"cleaning the page raised {type(exc).__name__}: {exc}")
                yield result
                continue
            result.failures = check(record, test.expect, (rule.id for rule in rule_file.rules))
            yield result
