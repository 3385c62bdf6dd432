"""The output record: one per input page, the same from the CLI and the library.

A record is a plain JSON object (one line of JSON Lines)::

    {"id": ..., "url": ..., "source": ..., "title": ..., "text": ...,
     "teasers": [{"title", "source", "age", "text", "url"}],
     "removed": [{"rule", "text", "at"}], "meta": {...}, "error": null,
     "input": {...}}

Keys are always in this order, ``id`` first. Keys of a JSONL input line that declutter does
not read (anything but id, url, html, text, source, fetched_at) are carried through unchanged
under ``input`` (present only when there are some), so they never overwrite declutter's own
fields, whatever they are called.
The JSON Schema is ``declutter/schema/record.schema.json`` (:func:`schema`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

import orjson


@dataclass(slots=True)
class Teaser:
    """A related-article teaser found on a page, kept as data rather than story text."""

    title: str | None = None
    source: str | None = None
    age: str | None = None
    text: str | None = None
    url: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return Teaser, (self.title, self.source, self.age, self.text, self.url)


TEASER_KEYS = tuple(f.name for f in fields(Teaser))
"""The fields of a :class:`Teaser`, in order ("title", "source", "age", "text", "url"): the
fields a rule test's expected teaser may name."""

@dataclass(slots=True)
class Removal:
    """One dropped block and the rule or heuristic that dropped it (the audit trail)."""

    rule: str
    text: str
    at: int | None = None
    """Where it stood: the number of story paragraphs before it (0: before the first)."""
    seen: int | None = None
    """For a learned template block (``template.<source>``): on how many of the source's
    pages it was seen. Left out of the JSON when None."""

    def __reduce__(self) -> tuple[Any, ...]:
        return Removal, (self.rule, self.text, self.at, self.seen)


@dataclass(slots=True)
class Record:
    """The cleaned form of one input page, or an error record that still names the page."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    text: str = ""
    teasers: list[Teaser] = field(default_factory=list)
    removed: list[Removal] | None = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Input keys declutter does not read, written back under ``input`` in the output line."""
    markdown: str | None = field(default=None, compare=False)
    """The story as Markdown (headings, lists, tables, links), when the pipeline was asked for
    it (:attr:`declutter.Pipeline.markdown`); never part of the JSON object."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the constructor's arguments, teasers and removals as plain tuples: a
        slotted dataclass's default pickling (its slots as state) takes about four times as
        long to load, and one ``__reduce__`` call per teaser and removal a third longer to
        dump, which a run with templates pays on every page it spools, and ``--jobs`` on
        every page it sends."""
        removed = self.removed
        return _record, (self.id, self.url, self.source, self.title, self.text,
                         [(t.title, t.source, t.age, t.text, t.url) for t in self.teasers],
                         None if removed is None else
                         [(r.rule, r.text, r.at, r.seen) for r in removed],
                         self.meta, self.error, self.extra, self.markdown)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, keys in the documented order (``id`` first;
        ``removed`` left out when auditing is off; ``input`` only when there are input keys)."""
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "teasers": [{"title": t.title, "source": t.source, "age": t.age, "text": t.text,
                         "url": t.url} for t in self.teasers],
        }  # (built by hand: dataclasses.asdict deep-copies and cost a third of the JSON time)
        if self.removed is not None:
            out["removed"] = [_removal(r) for r in self.removed]
        out["meta"] = self.meta
        out["error"] = self.error
        if self.extra:
            out["input"] = self.extra
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from its JSON object (the inverse of :meth:`to_dict`)."""
        removed = data.get("removed")
        return cls(
            id=str(data["id"]),
            url=data.get("url"),
            source=data.get("source"),
            title=data.get("title"),
            text=data.get("text") or "",
            teasers=[Teaser(**{k: t.get(k) for k in Teaser.__slots__}) for t in data.get("teasers") or []],
            removed=None if removed is None else [
                Removal(r["rule"], r["text"], r.get("at"), r.get("seen")) for r in removed],
            meta=data.get("meta") or {},
            error=data.get("error"),
            extra=dict(data.get("input") or {}),
        )

    @classmethod
    def failure(cls, id: str, error: str, url: str | None = None,
                extra: dict[str, Any] | None = None) -> Record:
        """An error record: the page could not be cleaned, but it is named, not lost.
        ``extra``: the input keys to carry under ``input``, as on a cleaned record."""
        return cls(id=id, url=url, error=error, extra=dict(extra or {}))


def _record(id: str, url: str | None, source: str | None, title: str | None, text: str,
            teasers: list[tuple[Any, ...]], removed: list[tuple[Any, ...]] | None,
            meta: dict[str, Any], error: str | None, extra: dict[str, Any],
            markdown: str | None) -> Record:
    """A record from what :meth:`Record.__reduce__` pickles."""
    return Record(id, url, source, title, text, [Teaser(*t) for t in teasers],
                  None if removed is None else [Removal(*r) for r in removed],
                  meta, error, extra, markdown)


RECORD_KEYS = frozenset(("id", "text", "teasers", "meta", "error"))
"""Keys every declutter output line has (and input pages do not have all of)."""


def is_record(data: Any) -> bool:
    """Whether a parsed JSON value is a declutter output record (it has :data:`RECORD_KEYS`,
    ``teasers`` a list and ``meta`` an object), as opposed to an input page or other JSON."""
    return (isinstance(data, dict) and data.keys() >= RECORD_KEYS
            and isinstance(data["teasers"], list) and isinstance(data["meta"], dict))


def _removal(removal: Removal) -> dict[str, Any]:
    """A removal's JSON object; ``seen`` only for template removals (built by hand, as above)."""
    out: dict[str, Any] = {"rule": removal.rule, "text": removal.text, "at": removal.at}
    if removal.seen is not None:
        out["seen"] = removal.seen
    return out


def dumps(record: Record | dict[str, Any]) -> str:
    """One JSON Lines line for a record: always valid UTF-8 JSON, whatever the page held.

    Lone surrogates (from undecodable bytes) are replaced, never written raw. U+0085, U+2028
    and U+2029 are escaped: valid raw in JSON, but line breaks to ``str.splitlines()``, so a
    reader splitting on them would see one record as two lines.

    Written by orjson (about ten times faster than :mod:`json`; the same compact output); a
    record orjson refuses (a lone surrogate, an integer over 64 bits carried from the input)
    goes through :mod:`json`, with lone surrogates replaced by ``?``.
    """
    data = record.to_dict() if isinstance(record, Record) else record
    try:
        line = orjson.dumps(data).decode("utf-8")
    except TypeError:
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        line = line.encode("utf-8", "replace").decode("utf-8")
    # (three str.find scans in C: a hundred times faster than the regex on a long line)
    if not line.isascii() and ("\u2028" in line or "\u2029" in line or "\x85" in line):
        line = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


_LINE_BREAKS = re.compile("[\u0085\u2028\u2029]")


def schema() -> dict[str, Any]:
    """The JSON Schema of an output line."""
    text = resources.files("declutter").joinpath("schema/record.schema.json").read_text("utf-8")
    return json.loads(text)
