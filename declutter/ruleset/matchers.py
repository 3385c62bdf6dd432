"""A rule's match conditions and teaser patterns (YAML) -> checked, compiled
:class:`~declutter.ruleset.model.Matcher` and :class:`~declutter.ruleset.model.PatternField`
objects.

:class:`MatchReader` reads the ``match:`` of a rule (text, phrase, prefix, regex or a named
definition, CSS or XPath, word bounds, ``after``) and the steps of a teasers rule's
``pattern:`` with their ``parts:``; the rule file around them is :mod:`declutter.ruleset.load`'s.
Each problem raises :class:`~declutter.ruleset.source.Problem` at its place in the file.
"""

from __future__ import annotations

from typing import Any

from cssselect import GenericTranslator, SelectorError
from lxml import etree

from declutter.ruleset.cost import compile_regex, compile_xpath
from declutter.ruleset.model import TEASER_FIELDS, Matcher, Part, PatternField, Where
from declutter.ruleset.source import Problem, YamlMap, strings, unknown_keys, whole_number

MATCH_KEYS = {"text", "phrase", "prefix", "regex", "like", "css", "xpath", "kind",
              "min_words", "max_words", "after"}
FIELD_KEYS = {"field", "match", "optional", "repeat", "parts"}
PART_KEYS = {"css", "xpath", "regex", "like"}


class MatchReader:
    """Reads the match conditions and teaser patterns of one rule file (``path``), with the
    definitions (named regexes) of all loaded files; ``patterns`` are the file's named teaser
    patterns, which a rule may name instead of spelling its steps."""

    def __init__(self, path: str, definitions: dict[str, tuple[str, Where]], measure: bool = True) -> None:
        self.path = path
        self.measure = measure
        """Time XPath and regex costs (off for bundled files, which lint measures)."""
        self.definitions = definitions
        self.patterns: dict[str, list[PatternField]] = {}

    def where(self, data: Any, key: str | None = None) -> Where:
        """Where ``data`` (or its ``key``) stands in the file."""
        if isinstance(data, YamlMap):
            return data.keys_at.get(key, data.where) if key else data.where
        return Where(self.path)

    def matcher(self, data: Any, where: Where) -> Matcher:
        """A rule's ``match:`` mapping (at ``where``) -> its compiled :class:`Matcher`."""
        if not isinstance(data, YamlMap) or not data:
            raise Problem(where, "match must be a mapping with at least one condition")
        unknown_keys(data, MATCH_KEYS, "match")
        m = Matcher()
        w = data.keys_at
        if "text" in data:
            m.text = strings(data["text"], w["text"], "text")
        if "phrase" in data:
            m.phrase = strings(data["phrase"], w["phrase"], "phrase")
        if "prefix" in data:
            m.prefix = strings(data["prefix"], w["prefix"], "prefix")
        if "regex" in data and "like" in data:
            raise Problem(w["like"], "use either regex or like, not both")
        if "regex" in data:
            m.regex = compile_regex(data["regex"], w["regex"], self.measure)
            m.regex_source = data["regex"]
        if "like" in data:
            name = data["like"]
            if name not in self.definitions:
                known = ", ".join(sorted(self.definitions)) or "none"
                raise Problem(w["like"], f"like: no definition named {name!r} (defined: {known})")
            m.regex_source = self.definitions[name][0]
            m.regex = compile_regex(m.regex_source, self.definitions[name][1], self.measure)
        if "css" in data:
            if not isinstance(data["css"], str):
                raise Problem(w["css"], "css must be a selector string")
            try:
                m.compiled_xpath = compile_xpath(GenericTranslator().css_to_xpath(data["css"]), self.measure)
            except (SelectorError, etree.XPathError, ValueError) as exc:
                raise Problem(w["css"], f"bad CSS selector {data['css']!r}: {exc}") from None
            m.css = data["css"]
        if "xpath" in data:
            if "css" in data:
                raise Problem(w["xpath"], "use either css or xpath, not both")
            try:
                m.compiled_xpath = compile_xpath(data["xpath"], self.measure)
            except (etree.XPathError, TypeError, ValueError) as exc:
                raise Problem(w["xpath"], f"bad XPath {data['xpath']!r}: {exc}") from None
            m.xpath = data["xpath"]
        if "kind" in data:
            m.kind = strings(data["kind"], w["kind"], "kind")
        if "min_words" in data:
            m.min_words = whole_number(data["min_words"], w["min_words"], "min_words")
        if "max_words" in data:
            m.max_words = whole_number(data["max_words"], w["max_words"], "max_words")
        if "after" in data:
            m.after = self.matcher(data["after"], w["after"])
        return m

    def pattern(self, data: Any, where: Where) -> list[PatternField]:
        """A teasers rule's ``pattern:`` (its steps, or the name of one of the file's
        ``patterns``) -> its fields; a pattern without a title is refused."""
        if isinstance(data, str):
            if data not in self.patterns:
                raise Problem(where, f"no teaser pattern named {data!r} in this file")
            return self.patterns[data]
        if not isinstance(data, list) or not data:
            raise Problem(where, "a teaser pattern is a non-empty list of fields")
        fields = []
        for item in data:
            if not isinstance(item, YamlMap):
                raise Problem(where, "each pattern step is a mapping with a 'field'")
            unknown_keys(item, FIELD_KEYS, "pattern step")
            name = item.get("field")
            if name not in TEASER_FIELDS and not (
                isinstance(name, str) and "match" in item and name == "line"
            ):
                raise Problem(
                    self.where(item, "field"),
                    f"field must be one of {', '.join(TEASER_FIELDS)} (or 'line' with a regex "
                    "whose named groups fill fields)",
                )
            match = self.matcher(item["match"], item.keys_at["match"]) if "match" in item else None
            parts = self.parts(item["parts"], item.keys_at["parts"]) if "parts" in item else []
            fields.append(PatternField(
                field=name,
                match=match,
                optional=bool(item.get("optional", False)),
                repeat=bool(item.get("repeat", False)),
                parts=parts,
            ))
        if not any(f.field == "title" or _has_group(f.match, "title")
                   or any(p.field == "title" or _has_group_re(p.regex, "title") for p in f.parts)
                   for f in fields):
            raise Problem(where, "a teaser pattern needs a title (a 'title' field or a regex group)")
        return fields

    def parts(self, data: Any, where: Where) -> list[Part]:
        """``parts: {title: "a", url: "a", line: {css: ".meta", like: source-age}}``."""
        if not isinstance(data, YamlMap) or not data:
            raise Problem(where, "parts must be a mapping of field: CSS selector")
        out = []
        for name, spec in data.items():
            at = data.keys_at[name]
            if name not in TEASER_FIELDS and name != "line":
                raise Problem(data.names_at[name], f"parts: field must be one of "
                                                   f"{', '.join(TEASER_FIELDS)} or line")
            if isinstance(spec, str):
                spec_map: dict[str, Any] = {"css": spec}
            elif isinstance(spec, YamlMap):
                unknown_keys(spec, PART_KEYS, "part")
                spec_map = dict(spec)
            else:
                raise Problem(at, "a part is a CSS selector or a mapping with css/xpath and regex/like")
            if ("css" in spec_map) == ("xpath" in spec_map):
                raise Problem(at, "a part needs exactly one of css or xpath")
            selector = spec_map.get("css") or spec_map.get("xpath")
            if not isinstance(selector, str) or not selector.strip():
                raise Problem(at, "the selector must be a non-empty string")
            try:
                source = (GenericTranslator().css_to_xpath(selector, prefix="descendant-or-self::")
                          if "css" in spec_map else selector)
                xpath = compile_xpath(source, self.measure)
            except SelectorError as exc:
                raise Problem(at, f"bad CSS selector {selector!r}: {exc}") from None
            except (etree.XPathError, TypeError, ValueError) as exc:
                raise Problem(at, f"bad XPath {selector!r}: {exc}") from None
            regex = None
            if "regex" in spec_map:
                regex = compile_regex(spec_map["regex"], at, self.measure)
            elif "like" in spec_map:
                if spec_map["like"] not in self.definitions:
                    raise Problem(at, f"like: no definition named {spec_map['like']!r}")
                regex = compile_regex(*self.definitions[spec_map["like"]], self.measure)
            if name == "line" and (regex is None or not regex.groupindex):
                raise Problem(at, "a 'line' part needs a regex (or like) with named groups")
            out.append(Part(field=name, xpath=xpath, selector=selector, regex=regex))
        return out


def _has_group(match: Matcher | None, group: str) -> bool:
    return bool(match and match.regex is not None and group in match.regex.groupindex)


def _has_group_re(regex: Any, group: str) -> bool:
    return regex is not None and group in regex.groupindex
