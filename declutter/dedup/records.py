"""What dedup reads: the records of a JSON Lines file, and which records are stories.

A line that is not a JSON object becomes an :class:`InvalidLine` (written as an error record);
a story is a cleaned record (``error`` null) with an id; its text is the story, or its title
when it has none; its source is its ``source`` or its URL's host.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from declutter.io.readers import json_line
from declutter.urls import host as url_host


class InvalidLine:
    """A JSONL line that is not a JSON object (becomes an error record in the output)."""

    __slots__ = ("line", "message")

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message

    def as_error_record(self) -> dict:
        return {"id": f"line-{self.line}", "url": None, "source": None, "title": None, "text": "",
                "teasers": [], "meta": {}, "error": f"invalid input line {self.line}: {self.message}"}


def iter_jsonl(path: str | Path) -> Iterator[dict | InvalidLine]:
    """Records of a JSON Lines file (``-`` is not accepted: dedup reads its input three times)."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json_line(line)
            except ValueError as exc:
                yield InvalidLine(number, f"not JSON ({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(obj, dict):
                yield InvalidLine(number, "not a JSON object")
                continue
            yield obj


def is_story(record: Any) -> bool:
    """Whether a record takes part in dedup: a cleaned record (no error) with an id."""
    return isinstance(record, dict) and record.get("error") is None and record.get("id") is not None


def story_text(record: dict) -> str:
    """The text dedup compares: the story, or the title of a record without one."""
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        return text
    title = record.get("title")
    return title if isinstance(title, str) else ""


def story_source(record: dict) -> str | None:
    """Where a story comes from, for its boilerplate lines: its ``source``, else its URL's host,
    else ``None``."""
    source = record.get("source")
    if isinstance(source, str) and source.strip():
        return source.strip()
    url = record.get("url")
    if isinstance(url, str) and "://" in url:
        host = url_host(url)
        return host.removeprefix("www.") if host else None
    return None
