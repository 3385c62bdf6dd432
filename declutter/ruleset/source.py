"""Reading rule files: which files, their YAML with the place of every key, and problems.

A rule file is read with a *safe* YAML loader (no tags, no code) that remembers where every
mapping and key stands, so each problem can be reported as ``file:line:column: message``
(:class:`Problem`); :class:`RuleError` carries every problem found. Compiling what was read
into rules is :mod:`declutter.ruleset.load`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from declutter.ruleset.model import Where


class Problem(Exception):
    """One problem in a rule file, at a place an editor can open."""

    def __init__(self, where: Where, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class RuleError(Exception):
    """Rule files that cannot be used; ``problems`` lists every one found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class YamlMap(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers where it and each of its keys stand."""

    where: Where
    keys_at: dict[str, Where]
    """Where each key's value starts (for messages about a value)."""
    names_at: dict[str, Where]
    """Where each key itself stands (for messages about the key)."""


_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (the wheels are): it parses the bundled
rules about 10x faster than the pure-Python one, most of a one-page ``clean``'s start-up."""


class _Loader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """Safe YAML loader that records positions; it constructs plain data only."""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> YamlMap:
    out = YamlMap()
    out.where = Where(loader.name, node.start_mark.line + 1, node.start_mark.column + 1)
    out.keys_at = {}
    out.names_at = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in out:
            raise Problem(_at(loader.name, key_node), f"duplicate key {key!r}")
        out[key] = loader.construct_object(value_node, deep=True)
        out.keys_at[key] = _at(loader.name, value_node)
        out.names_at[key] = _at(loader.name, key_node)
    return out


def _at(name: str, node: yaml.Node) -> Where:
    return Where(name, node.start_mark.line + 1, node.start_mark.column + 1)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


def parse_yaml(text: str, name: str) -> Any:
    """The data of one rule file's ``text`` (``name`` is where messages say it stands): a
    :class:`YamlMap` for a mapping, None for an empty file. Raises :class:`Problem` for text
    that is not YAML, nests deeper than :data:`MAX_DEPTH` or repeats a key."""
    if not text.strip():
        return None
    try:
        _check_depth(text, name)
        return yaml.load(text, Loader=_make_loader(name))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Where(name, mark.line + 1, mark.column + 1) if mark else Where(name)
        raise Problem(where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None


MAX_DEPTH = 64
"""Deepest nesting of mappings and lists a rule file may have (the deepest bundled one is 8):
the YAML composer recurses once per level, so 50,000 levels would end in RecursionError."""

_OPENS = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
          yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
_CLOSES = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _check_depth(text: str, name: str) -> None:
    """Raise a :class:`Problem` at the first place nested deeper than :data:`MAX_DEPTH`; the
    scanner walks tokens without recursing, so any depth is measured safely."""
    depth = 0
    for token in yaml.scan(text, Loader=_SAFE_LOADER):
        if isinstance(token, _OPENS):
            depth += 1
            if depth > MAX_DEPTH:
                mark = token.start_mark
                raise Problem(Where(name, mark.line + 1, mark.column + 1),
                              f"nested deeper than {MAX_DEPTH} levels")
        elif isinstance(token, _CLOSES):
            depth -= 1


def _make_loader(name: str) -> type[_Loader]:
    class Named(_Loader):
        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self.name = name

    return Named


def test_base(rule_folder: Path) -> Path:
    """The folder a rule file's test pages must lie in: the project that holds the nearest
    folder named ``rules`` above the rule file (so ``rules/sites/x.yaml`` may use
    ``../../samples/...``), else the folder that holds the rule file itself. Never wider:
    a rule file directly in ``/tmp`` reads nothing outside ``/tmp``."""
    folder = rule_folder.resolve()
    for ancestor in (folder, *folder.parents):
        if ancestor.name == "rules":
            return ancestor.parent
    return folder


def contained(base: Path, ref: Any, where: Where) -> Path:
    """Resolve a test's file reference (links too); it must stay inside :func:`test_base`."""
    if not isinstance(ref, str) or not ref:
        raise Problem(where, "path must be a file path")
    root = test_base(base)
    target = (base / ref).resolve()
    if not target.is_relative_to(root):
        raise Problem(where, f"path {ref!r} leaves the project folder {root} (the folder "
                             "above rules/, else the rule file's own folder)")
    return target


def display_path(path: Path) -> str:
    """``path`` as messages show it: relative to the working folder when it lies inside it."""
    for form in (path.resolve(), path.absolute()):
        try:
            return str(form.relative_to(Path.cwd()))
        except ValueError:
            continue
    return str(path)


def bundled_dir() -> Path:
    """The rule files shipped with declutter."""
    return Path(str(resources.files("declutter").joinpath("rules")))


def rule_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders (recursively) into the YAML rule files they hold, in order.

    A file named twice (``--rules rules/`` next to the bundled copy of the same folder) is
    loaded once, at its first place.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif path.exists():
            found = [path]
        else:
            raise RuleError([Problem(Where(str(path)), "no such rule file or folder")])
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                out.append(file)
    return out


def strings(value: Any, where: Where, key: str) -> tuple[str, ...]:
    """A string or non-empty list of strings, whitespace-collapsed and casefolded; else a
    :class:`Problem` at ``where``."""
    values = [value] if isinstance(value, str) else value
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise Problem(where, f"{key} must be a non-empty string or a list of them")
    return tuple(" ".join(v.split()).casefold() for v in values)


def whole_number(value: Any, where: Where, key: str) -> int:
    """An int >= 0 (not a bool); else a :class:`Problem` at ``where``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Problem(where, f"{key} must be a whole number >= 0")
    return value


def unknown_keys(data: YamlMap, allowed: set[str], what: str) -> None:
    for key in data:
        if key not in allowed:
            raise Problem(
                data.names_at.get(key, data.where),
                f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})",
            )
