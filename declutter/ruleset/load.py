"""Rule files (YAML) -> checked, compiled :class:`~declutter.ruleset.model.RuleFile` objects.

Files are read by :mod:`declutter.ruleset.source` (safe YAML that remembers where every key
stands), so each problem is reported as ``file:line:column: message``. Loading is all or
nothing: :func:`load_files` raises :class:`RuleError` with every problem found, and a run
never starts with half its rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from declutter.ruleset.cost import TooCostly, compile_regex, regex_set
from declutter.ruleset.matchers import MatchReader
from declutter.ruleset.model import (
    ACTIONS,
    TEASER_KEYS,
    Rule,
    RuleFile,
    RuleTest,
    Scope,
    Where,
)
from declutter.ruleset.source import (
    Problem,
    RuleError,
    YamlMap,
    bundled_dir,
    contained,
    display_path,
    parse_yaml,
    rule_paths,
    strings,
    unknown_keys,
)

FILE_KEYS = {"name", "description", "scope", "definitions", "patterns", "rules", "tests"}
RULE_KEYS = {"id", "description", "match", "action", "pattern", "span"}
SCOPE_KEYS = {"domains", "urls", "sources", "markers"}
TEST_KEYS = {"name", "input", "path", "format", "url", "source", "expect"}
EXPECT_KEYS = {"title", "text", "contains", "not_contains", "teasers", "dropped", "dropped_by_file"}


def _texts(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _expect_shapes(expect: YamlMap) -> list[tuple[str, str]]:
    """``(key, message)`` for each value of a test's ``expect`` mapping that ``rules test``
    could not check (the shapes :func:`declutter.ruleset.testing.check` reads), so lint
    reports them before a test run does."""
    out = []
    for key in ("title", "text"):
        value = expect.get(key)
        if key in expect and not isinstance(value, str) and not (key == "title" and value is None):
            out.append((key, "a text"))
    for key in ("contains", "not_contains"):
        if key in expect and not _texts(expect[key]):
            out.append((key, "a text or a list of texts"))
    for key in ("dropped", "dropped_by_file"):
        value = expect.get(key)
        if key in expect and not (isinstance(value, list) and all(
                isinstance(v, str | int | float) or (isinstance(v, dict) and "text" in v) for v in value)):
            out.append((key, "a list of texts (or of {text:, rule:} mappings)"))
    teasers = expect.get("teasers")
    if "teasers" in expect and not (
        (isinstance(teasers, int) and not isinstance(teasers, bool) and teasers >= 0)
        or (isinstance(teasers, list) and all(
            isinstance(t, dict) and set(t) <= set(TEASER_KEYS) for t in teasers))
    ):
        out.append(("teasers", f"a number or a list of teasers with fields {', '.join(TEASER_KEYS)}"))
    return out


class _FileLoader(MatchReader):
    """Turns one parsed YAML document into a RuleFile, collecting problems."""

    def __init__(self, path: str, data: YamlMap, definitions: dict[str, tuple[str, Where]],
                 measure: bool = True) -> None:
        super().__init__(path, definitions, measure)
        self.data = data
        self.problems: list[Problem] = []

    def scope(self) -> Scope:
        raw = self.data.get("scope", "all")
        where = self.where(self.data, "scope")
        if raw == "all":
            return Scope(all=True)
        if not isinstance(raw, YamlMap):
            raise Problem(where, "scope must be 'all' or a mapping of domains/urls/sources/markers")
        unknown_keys(raw, SCOPE_KEYS, "scope")
        if not any(raw.get(k) for k in SCOPE_KEYS):
            raise Problem(where, "empty scope: name domains, urls, sources or markers (or 'all')")
        w = raw.keys_at
        return Scope(
            domains=strings(raw["domains"], w["domains"], "domains") if "domains" in raw else (),
            urls=tuple(compile_regex(u, w["urls"], self.measure) for u in raw.get("urls") or ()),
            sources=strings(raw["sources"], w["sources"], "sources") if "sources" in raw else (),
            markers=strings(raw["markers"], w["markers"], "markers") if "markers" in raw else (),
        )

    def rule(self, data: Any, name: str) -> Rule | None:
        """One rule of the file; None when it has problems, each of which is added to
        :attr:`problems` (all of them: one lint pass lists a rule's every problem)."""
        where = self.where(data)
        if not isinstance(data, YamlMap):
            raise Problem(where, "a rule is a mapping with id, match and action")
        before = len(self.problems)
        found = self.problems.append
        misspelt = any(key not in RULE_KEYS for key in data)
        self._collect(lambda: unknown_keys(data, RULE_KEYS, "rule"))
        rid = data.get("id")
        if not isinstance(rid, str) or not rid.strip():
            found(Problem(where, "rule has no id"))
        action = data.get("action")
        if action not in ACTIONS and ("action" in data or not misspelt):  # ("acton": said once)
            found(Problem(self.where(data, "action"),
                          f"rule {rid}: action must be one of {', '.join(ACTIONS)}"))
        description = data.get("description")
        if not isinstance(description, str) or not description.strip():
            found(Problem(where, f"rule {rid}: no description (say what it removes or keeps, "
                                 "for the editors after you)"))
        if "match" not in data:
            found(Problem(where, f"rule {rid}: no match"))
        match = self._collect(lambda: self.matcher(data["match"], data.keys_at["match"])) \
            if "match" in data else None
        pattern, span = None, data.get("span", "next")
        if action == "teasers":
            if "pattern" not in data:
                found(Problem(where, f"rule {rid}: a teasers rule needs a pattern"))
            else:
                pattern = self._collect(lambda: self.pattern(data["pattern"], data.keys_at["pattern"]))
            if span not in ("next", "self"):
                found(Problem(data.keys_at["span"], f"rule {rid}: span must be 'next' or 'self'"))
        elif "pattern" in data or "span" in data:
            found(Problem(data.keys_at.get("pattern") or data.keys_at["span"],
                          f"rule {rid}: pattern and span belong to teasers rules only"))
        if len(self.problems) > before:
            return None
        assert isinstance(rid, str) and isinstance(description, str) and match is not None
        rule = Rule(id=rid, action=str(action), match=match, description=description.strip(),
                    where=where, origin=name)
        if pattern is not None:
            rule.pattern, rule.span = pattern, span
        return rule

    def test(self, data: Any, index: int) -> RuleTest:
        where = self.where(data)
        if not isinstance(data, YamlMap):
            raise Problem(where, "a test is a mapping with input or path, and expect")
        unknown_keys(data, TEST_KEYS, "test")
        if ("input" in data) == ("path" in data):
            raise Problem(where, "a test needs exactly one of input (inline page) or path (a file)")
        expect = data.get("expect")
        if not isinstance(expect, YamlMap) or not expect:
            raise Problem(where, "a test needs an expect mapping")
        unknown_keys(expect, EXPECT_KEYS, "expect")
        for key, message in _expect_shapes(expect):
            self.problems.append(Problem(expect.keys_at.get(key, where), f"expect {key}: {message}"))
        test = RuleTest(
            name=str(data.get("name", f"test {index + 1}")),
            where=where,
            input=data.get("input"),
            format=data.get("format"),
            url=data.get("url"),
            source=data.get("source"),
            expect=dict(expect),
        )
        if "path" in data:
            test.path = contained(Path(self.path).parent, data["path"], data.keys_at["path"])
        return test

    def load(self) -> RuleFile:
        self._collect(lambda: unknown_keys(self.data, FILE_KEYS, "rule file"))
        name = str(self.data.get("name") or Path(self.path).stem)
        scope = self._collect(self.scope) or Scope(all=True)
        patterns = self.data.get("patterns") or {}
        if not isinstance(patterns, dict):
            self.problems.append(Problem(self.where(self.data, "patterns"),
                                         "patterns must be a mapping of name: steps"))
            patterns = {}
        for pname, steps in patterns.items():
            where = self.where(patterns, pname)
            fields = self._collect(lambda s=steps, w=where: self.pattern(s, w))
            if fields:
                self.patterns[pname] = fields
        rules = [
            r for r in (self._collect(lambda d=d: self.rule(d, name))
                        for d in self._list("rules")) if r
        ]
        tests = [
            t for t in (self._collect(lambda d=d, i=i: self.test(d, i))
                        for i, d in enumerate(self._list("tests"))) if t
        ]
        return RuleFile(path=self.path, name=name, scope=scope, rules=rules, tests=tests,
                        site=not scope.all)

    def _list(self, key: str) -> list[Any]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            self.problems.append(Problem(self.where(self.data, key), f"{key} must be a list"))
            return []
        return value

    def _collect(self, make: Any) -> Any:
        try:
            return make()
        except Problem as problem:
            self.problems.append(problem)
            return None


def load_files(paths: Sequence[Path], measure_bundled: bool = False) -> list[RuleFile]:
    """Load and check rule files; raise :class:`RuleError` listing every problem found.

    Definitions (named regexes) of all files are shared, so a site file can say
    ``like: age`` with the ``age`` definition of ``global.yaml``. Rule ids must be unique
    across all files. The cost of every XPath and regex is timed on probe pages
    (:mod:`declutter.ruleset.cost`), except in the bundled files unless ``measure_bundled``:
    those ship with the package, ``rules lint`` measures them, and timing them made up most
    of a one-page ``clean``'s start-up (issue 16).
    """
    problems: list[Problem] = []
    docs: list[tuple[str, YamlMap]] = []
    measured: dict[str, bool] = {}
    bundled = bundled_dir().resolve()
    for path in rule_paths(paths):
        name = display_path(path)
        measured[name] = measure_bundled or not path.resolve().is_relative_to(bundled)
        try:
            data = parse_yaml(path.read_text("utf-8"), name)
        except Problem as problem:
            problems.append(problem)
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(Where(name), f"cannot read: {exc}"))
            continue
        if not isinstance(data, YamlMap):
            problems.append(Problem(Where(name, 1, 1), "a rule file is a mapping (rules:, ...)"))
            continue
        docs.append((name, data))

    # Files that are not valid YAML do not stop the check of the others (every problem is
    # reported in one pass), but a definition the others lack may be in them: while any file
    # is unreadable, "no definition named" is not reported.
    unreadable = bool(problems)

    definitions: dict[str, tuple[str, Where]] = {}
    compiled: dict[str, dict[str, Any]] = {}
    for name, data in docs:
        if not data.get("definitions"):
            continue
        defs = data["definitions"]
        if not isinstance(defs, YamlMap):
            problems.append(Problem(data.keys_at["definitions"], "definitions must be a mapping"))
            continue
        for key, value in defs.items():
            where = defs.keys_at[key]
            if key in definitions:
                problems.append(Problem(where, f"definition {key!r} already made at "
                                               f"{definitions[key][1]}"))
                continue
            try:
                compiled.setdefault(name, {})[key] = compile_regex(value, where, measured[name])
            except Problem as problem:
                problems.append(problem)
                continue
            definitions[key] = (value, where)

    files: list[RuleFile] = []
    seen: dict[str, Where] = {}
    for name, data in docs:
        loader = _FileLoader(name, data, definitions, measured[name])
        rule_file = loader.load()
        rule_file.definitions = compiled.get(name, {})
        problems.extend(p for p in loader.problems
                        if not (unreadable and "no definition named" in p.message))
        # ids of every rule entry, also of those with other problems: one pass finds them all
        entries = data.get("rules")
        for entry in entries if isinstance(entries, list) else ():
            rule_id = entry.get("id") if isinstance(entry, YamlMap) else None
            if not isinstance(rule_id, str):
                continue
            where = entry.where
            if rule_id in seen:
                problems.append(Problem(where, f"duplicate rule id {rule_id!r} "
                                               f"(first at {seen[rule_id]})"))
            seen.setdefault(rule_id, where)
        files.append(rule_file)
    sources = [r.match.regex_source for f in files for r in f.rules if r.match.regex_source]
    if len(sources) > 1 and not problems and any(measured.values()):
        # the engine searches them all in one RE2 set: it must fit (~8 ms or more to compile;
        # the bundled files alone are trusted to fit as their costs are, `rules lint` checks)
        try:
            regex_set(sources)
        except TooCostly as exc:
            problems.append(Problem(Where(files[-1].path), str(exc)))
    if problems:
        raise RuleError(sorted(problems, key=lambda p: (p.where.path, p.where.line)))
    return files
